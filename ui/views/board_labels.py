"""Translated labels of the core vocabularies used by the boards (horizons, funding,
matrix quadrants, criteria)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smartbimtek.model import Criterion

from .board_base import current_language


def horizon_label(horizon: str | None) -> str:
    """Label of a program horizon."""
    return {
        "quick_win": QCoreApplication.translate("BoardLabels", "Quick win (within 1 year)"),
        "short": QCoreApplication.translate("BoardLabels", "Short term (1–2 years)"),
        "medium": QCoreApplication.translate("BoardLabels", "Medium term (5 years)"),
        "long": QCoreApplication.translate("BoardLabels", "Long term (10 years)"),
    }.get(horizon or "", horizon or "")


def horizon_short(horizon: str | None) -> str:
    """Short label of a horizon for table columns."""
    return {"quick_win": QCoreApplication.translate("BoardLabels", "Quick win"), "short": QCoreApplication.translate("BoardLabels", "Short"), "medium": QCoreApplication.translate("BoardLabels", "Medium"),
            "long": QCoreApplication.translate("BoardLabels", "Long")}.get(horizon or "", horizon or "")


def funding_label(funding: str | None) -> str:
    """Funding sources are Indonesian proper names, except "Lainnya" (other)."""
    if funding == "Lainnya":
        return QCoreApplication.translate("BoardLabels", "Other")
    return funding or ""


def matrix_label(quadrant: str | None) -> str:
    """Quick Win, Proyek Besar, Pengisi, Tidak Sepadan (``rules.priority``'s quadrants)."""
    return {
        "quick_win": QCoreApplication.translate("BoardLabels", "Quick Win"),
        "major_project": QCoreApplication.translate("BoardLabels", "Major Project"),
        "fill_in": QCoreApplication.translate("BoardLabels", "Fill-in"),
        "thankless": QCoreApplication.translate("BoardLabels", "Thankless"),
    }.get(quadrant or "", QCoreApplication.translate("BoardLabels", "Not scored"))


def matrix_labels() -> dict[str, str]:
    """Labels for ``PriorityMatrix.set_labels``."""
    labels = {q: matrix_label(q) for q in ("quick_win", "major_project", "fill_in",
                                           "thankless")}
    labels.update(impact=QCoreApplication.translate("BoardLabels", "Impact"), effort=QCoreApplication.translate("BoardLabels", "Effort"),
                  empty=QCoreApplication.translate("BoardLabels", "No program has impact and effort scores yet."))
    return labels


def criterion_label(criterion: Criterion) -> str:
    """A criterion's label in the UI language (impact and effort translated here)."""
    if criterion.key == "impact":
        return QCoreApplication.translate("BoardLabels", "Impact")
    if criterion.key == "effort":
        return QCoreApplication.translate("BoardLabels", "Effort")
    return criterion.label_en if current_language() == "en" else criterion.label_id
