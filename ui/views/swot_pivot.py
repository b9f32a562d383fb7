"""Grouping SWOT items by dimension or readiness component (the overview, on the console
and on the projector)."""

from __future__ import annotations

from smartbimtek import reference
from smartbimtek.model import SwotItem


def pivot_items(items: list[SwotItem], by: str) -> dict[tuple[str | None, str], list]:
    """Item texts per (dimension or component id, quadrant), oldest first."""
    cells: dict[tuple[str | None, str], list] = {}
    for item in items:
        key = item.dimension if by == "dimension" else item.component
        cells.setdefault((key, item.quadrant), []).append(item.text)
    return cells


def pivot_groups(by: str, cells: dict | None = None) -> list[str | None]:
    """Rows of the overview: every dimension (or component) in reference order, then None
    ("not assigned") when some items have no dimension (component)."""
    groups: list[str | None] = list(reference.dimension_ids() if by == "dimension"
                                    else reference.component_ids())
    if cells and any(key is None for key, _q in cells):
        groups.append(None)
    return groups
