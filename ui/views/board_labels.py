"""Translated labels of the core vocabularies used by the boards (horizons, funding,
matrix quadrants, criteria)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smartbimtek.model import Criterion

from .board_base import current_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardLabels", text)


def horizon_label(horizon: str | None) -> str:
    """Label of a program horizon."""
    return {
        "quick_win": _tr("Quick win (within 1 year)"),
        "short": _tr("Short term (1–2 years)"),
        "medium": _tr("Medium term (5 years)"),
        "long": _tr("Long term (10 years)"),
    }.get(horizon or "", horizon or "")


def horizon_short(horizon: str | None) -> str:
    """Short label of a horizon for table columns."""
    return {"quick_win": _tr("Quick win"), "short": _tr("Short"), "medium": _tr("Medium"),
            "long": _tr("Long")}.get(horizon or "", horizon or "")


def funding_label(funding: str | None) -> str:
    """Funding sources are Indonesian proper names, except "Lainnya" (other)."""
    if funding == "Lainnya":
        return _tr("Other")
    return funding or ""


def matrix_label(quadrant: str | None) -> str:
    """Quick Win, Proyek Besar, Pengisi, Tidak Sepadan (``rules.priority``'s quadrants)."""
    return {
        "quick_win": _tr("Quick Win"),
        "major_project": _tr("Major Project"),
        "fill_in": _tr("Fill-in"),
        "thankless": _tr("Thankless"),
    }.get(quadrant or "", _tr("Not scored"))


def matrix_labels() -> dict[str, str]:
    """Labels for ``PriorityMatrix.set_labels``."""
    labels = {q: matrix_label(q) for q in ("quick_win", "major_project", "fill_in",
                                           "thankless")}
    labels.update(impact=_tr("Impact"), effort=_tr("Effort"),
                  empty=_tr("No program has impact and effort scores yet."))
    return labels


def criterion_label(criterion: Criterion) -> str:
    """A criterion's label in the UI language (impact and effort translated here)."""
    if criterion.key == "impact":
        return _tr("Impact")
    if criterion.key == "effort":
        return _tr("Effort")
    return criterion.label_en if current_language() == "en" else criterion.label_id
