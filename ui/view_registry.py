"""Which class builds each console view, and building a view with its module imported on
first use (so the start imports only the view on screen). ``main_window`` re-exports both."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

#: Key -> (module under ``ui.views``, class): a view's module is imported when it is first
#: shown, so the start imports only the view on screen (``tests/test_startup_imports.py``).
VIEW_CLASSES = {
    "workshop": ("workshop", "WorkshopView"), "agenda": ("agenda", "AgendaView"),
    "swot": ("swot_board", "SwotBoardView"), "readiness": ("readiness", "ReadinessView"),
    "vision": ("vision", "VisionView"),
    "programs": ("programs", "ProgramsView"), "matrix": ("matrix", "MatrixView"),
    "plan": ("plan_view", "PlanView"), "review": ("review", "ReviewView"),
    "commitment": ("commitment", "CommitmentView"), "roadmap": ("roadmap", "RoadmapView"),
}


def build_view(key: str, *args, **kwargs) -> QWidget:
    """Build the console view ``key`` (``VIEW_CLASSES``), importing its module on first use;
    the arguments go to the view's constructor."""
    module, name = VIEW_CLASSES[key]
    return getattr(importlib.import_module(f"ui.views.{module}"), name)(*args, **kwargs)
