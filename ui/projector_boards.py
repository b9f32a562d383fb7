"""Read-only, big-type boards for the projector window: one OPD's SWOT, the overview per
dimension or component, the matrix and the quick win list."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .views.projector_matrix import MatrixProjectorBoard
from .views.projector_overview import OverviewProjectorBoard
from .views.projector_quickwins import QuickWinsProjectorBoard
from .views.projector_swot import SwotProjectorBoard

KINDS = ("swot", "overview", "matrix", "quickwins", "roadmap", "keywords", "coverage",
         "review", "commitment")


def make_board(kind: str, controller, param=None, parent: QWidget | None = None) -> QWidget:
    """A projector board widget of ``kind`` (see ``KINDS``); it refreshes itself live and
    exposes ``set_font_scale(float)``. Raises ``ValueError`` for an unknown kind."""
    if kind == "swot":
        return SwotProjectorBoard(controller, param, parent)
    if kind == "overview":
        return OverviewProjectorBoard(controller, param, parent)
    if kind == "matrix":
        return MatrixProjectorBoard(controller, param, parent)
    if kind == "quickwins":
        return QuickWinsProjectorBoard(controller, param, parent)
    if kind == "keywords":
        from .views.projector_keywords import KeywordsProjectorBoard
        return KeywordsProjectorBoard(controller, param, parent)
    if kind == "coverage":
        from .views.projector_coverage import CoverageProjectorBoard
        return CoverageProjectorBoard(controller, param, parent)
    if kind == "roadmap":
        from .views.projector_roadmap import RoadmapProjectorBoard
        return RoadmapProjectorBoard(controller, param, parent)
    if kind == "review":
        from .views.projector_review import ReviewProjectorBoard
        return ReviewProjectorBoard(controller, param, parent)
    if kind == "commitment":
        from .views.projector_commitment import CommitmentProjectorBoard
        return CommitmentProjectorBoard(controller, param, parent)
    raise ValueError(f"unknown projector board {kind!r}")
