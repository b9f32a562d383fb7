"""Read-only, big-type boards for the projector window: one OPD's SWOT, the overview per
dimension or component, the matrix, the quick win list and the boards of Bimtek I–IV (keywords, coverage,
road map, review, commitment)."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QWidget

#: Each board kind and the class that paints it (module under ``ui.views``, class name); a
#: board's module is imported when the board is first made.
BOARDS = {
    "swot": ("projector_swot", "SwotProjectorBoard"),
    "overview": ("projector_overview", "OverviewProjectorBoard"),
    "matrix": ("projector_matrix", "MatrixProjectorBoard"),
    "quickwins": ("projector_quickwins", "QuickWinsProjectorBoard"),
    "roadmap": ("projector_roadmap", "RoadmapProjectorBoard"),
    "keywords": ("projector_keywords", "KeywordsProjectorBoard"),
    "coverage": ("projector_coverage", "CoverageProjectorBoard"),
    "review": ("projector_review", "ReviewProjectorBoard"),
    "commitment": ("projector_commitment", "CommitmentProjectorBoard"),
}
KINDS = tuple(BOARDS)


def make_board(kind: str, controller, param=None, parent: QWidget | None = None) -> QWidget:
    """A projector board widget of ``kind`` (see ``KINDS``); it refreshes itself live and
    exposes ``set_font_scale(float)``. Raises ``ValueError`` for an unknown kind."""
    if kind not in BOARDS:
        raise ValueError(f"unknown projector board {kind!r}")
    module, name = BOARDS[kind]
    board_class = getattr(import_module(f".views.{module}", __package__), name)
    return board_class(controller, param, parent)
