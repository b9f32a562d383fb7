"""Rows of the SWOT overview by dimension or readiness component (on the console and on the
projector; the grouping itself is ``services.swot.pivot_texts``)."""

from __future__ import annotations

from smartbimtek import reference


def pivot_groups(by: str, cells: dict | None = None) -> list[str | None]:
    """Rows of the overview: every dimension (or component) in reference order, then None
    ("not assigned") when some items have no dimension (component)."""
    groups: list[str | None] = list(reference.dimension_ids() if by == "dimension"
                                    else reference.component_ids())
    if cells and any(key is None for key, _q in cells):
        groups.append(None)
    return groups
