"""Data of the coverage board (Bimtek II): programs per dimension x element x horizon
(1, 5 and 10 years) from ``roadmap.coverage``, with the labels the console and the projector
show, and which programs fill a cell."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from smartbimtek import reference

from .board_base import dimension_label, element_label

#: The plan horizons in years, in column order.
HORIZONS = ("1", "5", "10")


@dataclass
class CoverageRow:
    """One element of a dimension with its program count per horizon."""

    dimension: str
    element: str
    label: str
    counts: dict[str, int]


def horizon_label(years: str, short: bool = False) -> str:
    """Column head of a horizon ("1 year", "5 years"; short: "1 yr", "5 yrs")."""
    if short:
        return QCoreApplication.translate("Coverage", "{0} yr").format(years)
    if years == "1":
        return QCoreApplication.translate("Coverage", "1 year")
    return QCoreApplication.translate("Coverage", "{0} years").format(years)


def coverage_rows(ws) -> dict[str, list[CoverageRow]]:
    """Rows per dimension (reference order): every element, empty ones with zeros; programs
    without an element in a last row of their own (only when there are such programs)."""
    from smartbimtek.services import roadmap

    cov = roadmap.coverage(ws) if ws is not None else {}
    out: dict[str, list[CoverageRow]] = {}
    for dim in reference.dimension_ids():
        cells = cov.get(dim, {})
        rows = [CoverageRow(dim, e["id"], element_label(e["id"]),
                            {h: cells.get(e["id"], {}).get(h, 0) for h in HORIZONS})
                for e in reference.dimension(dim)["elements"]]
        loose = cells.get("", {})
        if any(loose.values()):
            rows.append(CoverageRow(dim, "", QCoreApplication.translate(
                "Coverage", "(no element)"), {h: loose.get(h, 0) for h in HORIZONS}))
        out[dim] = rows
    return out


def empty_cells(rows: dict[str, list[CoverageRow]]) -> int:
    """How many dimension x element x horizon cells have no program."""
    return sum(1 for dim_rows in rows.values() for row in dim_rows
               for h in HORIZONS if row.counts[h] == 0)


def cell_programs(ws, dimension: str, element: str, years: str) -> list:
    """The live programs of one coverage cell."""
    from smartbimtek.model import HORIZON_PLAN_YEARS
    from smartbimtek.services import programs

    elements = {e["id"] for e in reference.dimension(dimension)["elements"]} \
        if dimension in reference.dimension_ids() else set()
    out = []
    for program in programs.list_programs(ws, dimension=dimension):
        own = program.element if program.element in elements else ""
        if own == element and str(HORIZON_PLAN_YEARS.get(program.horizon, 1)) == years:
            out.append(program)
    return out


__all__ = ["HORIZONS", "CoverageRow", "cell_programs", "coverage_rows", "dimension_label",
           "empty_cells", "horizon_label"]
