"""Gap analysis per readiness component x dimension, the region's consolidated SWOT (linked
to the OPD items it came from) and the strategic issues per dimension (BAB III)."""

from __future__ import annotations

from ..errors import ValidationError
from ..model import QUADRANTS, GapCell, RegionSwotItem, StrategicIssue, SwotItem
from ..rules import ifas as ifas_rules
from ..store.workshop import Workshop
from ..text import clean_text
from . import records as r
from .common import check_component, check_dimension
from .swot import ifas_convention, list_items

GAP_FIELDS = ("current", "expected", "gap", "recommendation")


# -- gap analysis -------------------------------------------------------------------------
def _cell(component, dimension, record: str | None = None) -> tuple[str, str]:
    component = check_component(component, record=record)
    if component is None:
        raise ValidationError("component", "a component is required", code="empty",
                              record=record)
    return component, check_dimension(dimension, required=True, record=record)


def clean_gap_fields(fields: dict, record: str | None = None) -> dict:
    """Validate gap fields (current, expected, gap, recommendation); unknown names refused."""
    out = {}
    for name, value in fields.items():
        if name not in GAP_FIELDS:
            raise ValidationError(name, "is not a gap analysis field", code="unknown_field",
                                  record=record)
        out[name] = clean_text(value, name, required=False, record=record)
    return out


def get_gap(ws: Workshop, component: str, dimension: str) -> GapCell:
    """The gap analysis of one cell (empty texts when nothing is written yet)."""
    component, dimension = _cell(component, dimension)
    row = ws.query_one("SELECT * FROM gap_analysis WHERE component = ? AND dimension = ?",
                       (component, dimension))
    return _gap(row) if row else GapCell(component, dimension)


def _gap(row) -> GapCell:
    return GapCell(row["component"], row["dimension"], row["current"], row["expected"],
                   row["gap"], row["recommendation"], row["updated_at"])


def set_gap(ws: Workshop, component: str, dimension: str, **fields) -> GapCell:
    """Write fields of one cell's gap analysis: current (kondisi saat ini), expected
    (kondisi yang diharapkan), gap (kesenjangan), recommendation (rekomendasi)."""
    component, dimension = _cell(component, dimension)
    values = clean_gap_fields(fields)
    merged = {k: getattr(get_gap(ws, component, dimension), k) for k in GAP_FIELDS} | values
    with ws.transaction() as tx:
        tx.execute("INSERT INTO gap_analysis (component, dimension, current, expected, gap, "
                   "recommendation, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT(component, dimension) DO UPDATE SET current=excluded.current, "
                   "expected=excluded.expected, gap=excluded.gap, "
                   "recommendation=excluded.recommendation, updated_at=excluded.updated_at",
                   (component, dimension, *[merged[k] for k in GAP_FIELDS], tx.now))
        tx.audit("set", "gap", f"{component}/{dimension}", {"fields": sorted(values)})
    return get_gap(ws, component, dimension)


def list_gaps(ws: Workshop) -> list[GapCell]:
    """Every written gap analysis cell, by component then dimension."""
    return [_gap(row) for row in ws.query("SELECT * FROM gap_analysis "
                                          "ORDER BY component, dimension")]


def swot_for_cell(ws: Workshop, component: str, dimension: str) -> list[SwotItem]:
    """The OPDs' SWOT items tagged with this component and dimension (what feeds the cell)."""
    component, dimension = _cell(component, dimension)
    return [i for i in list_items(ws) if i.component == component
            and i.dimension == dimension]


# -- consolidated SWOT --------------------------------------------------------------------
REGION_SWOT = r.Kind(
    "region_swot", "region_swot", RegionSwotItem,
    {"quadrant": r.choice(QUADRANTS), "text": r.text(required=True),
     "dimension": r.dimension(), "component": r.component(),
     "weight": lambda ws, v, f, rec: r.clean_number(v, f, minimum=0, maximum=1,
                                                   required=False, record=rec),
     "rating": r.integer(1, 4), "position": r.integer(0, 100000)},
    required=("quadrant", "text"))


def _check_sources(ws: Workshop, swot_ids, record: str | None = None) -> list[str]:
    if swot_ids is None:
        return []
    if isinstance(swot_ids, str) or not isinstance(swot_ids, list | tuple):
        raise ValidationError("source_ids", "must be a list of SWOT item ids", code="type",
                              record=record)
    ids = list(dict.fromkeys(swot_ids))
    for swot_id in ids:
        if ws.query_one("SELECT 1 FROM swot_items WHERE id = ? AND deleted_at IS NULL",
                        (swot_id,)) is None:
            raise ValidationError("source_ids", f"unknown SWOT item {swot_id!r}",
                                  code="unknown", record=record)
    return ids


def _write_sources(ws: Workshop, item_id: str, ids: list[str]) -> None:
    with ws.transaction() as tx:
        tx.execute("DELETE FROM region_swot_sources WHERE region_swot_id = ?", (item_id,))
        tx.conn.executemany("INSERT INTO region_swot_sources VALUES (?, ?)",
                            [(item_id, i) for i in ids])


def _sources(ws: Workshop) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item_id, swot_id in ws.query(
            "SELECT l.region_swot_id, l.swot_id FROM region_swot_sources l JOIN swot_items s "
            "ON s.id = l.swot_id WHERE s.deleted_at IS NULL ORDER BY s.created_at, s.rowid"):
        out.setdefault(item_id, []).append(swot_id)
    return out


def add_region_item(ws: Workshop, quadrant: str, text: str, *, source_ids=None,
                    item_id: str | None = None, **fields) -> RegionSwotItem:
    """Add an item to the region's SWOT (dimension, component, weight, rating optional),
    linked to the OPD SWOT items it came from."""
    ids = _check_sources(ws, source_ids)
    with ws.transaction():
        item_id = r.add(ws, REGION_SWOT, item_id, quadrant=quadrant, text=text, **fields)
        _write_sources(ws, item_id, ids)
    return get_region_item(ws, item_id)


def consolidate(ws: Workshop, swot_ids: list[str], text: str | None = None,
                **fields) -> RegionSwotItem:
    """The plenary's merge: one region item from OPD items of one quadrant; the text, the
    dimension and the component default to the first item's (when the items agree)."""
    ids = _check_sources(ws, swot_ids)
    if not ids:
        raise ValidationError("source_ids", "choose at least one SWOT item", code="empty")
    items = {i.id: i for i in list_items(ws)}
    chosen = [items[i] for i in ids]
    quadrants = {i.quadrant for i in chosen}
    if len(quadrants) > 1:
        raise ValidationError("source_ids", "the items come from different quadrants "
                              f"({', '.join(sorted(quadrants))})", code="mismatch")
    for key in ("dimension", "component"):
        values = {getattr(i, key) for i in chosen}
        if key not in fields and len(values) == 1:
            fields[key] = values.pop()
    return add_region_item(ws, quadrants.pop(), text if text is not None else chosen[0].text,
                           source_ids=ids, **fields)


def get_region_item(ws: Workshop, item_id: str) -> RegionSwotItem:
    """One item of the region's SWOT with its live sources."""
    row = r.get_row(ws, REGION_SWOT, item_id)
    return REGION_SWOT.row_to(row, source_ids=_sources(ws).get(item_id, []))


def update_region_item(ws: Workshop, item_id: str, *, source_ids=None,
                       **fields) -> RegionSwotItem:
    """Edit an item of the region's SWOT (``source_ids`` replaces the links when given)."""
    ids = _check_sources(ws, source_ids) if source_ids is not None else None
    with ws.transaction() as tx:
        r.update(ws, REGION_SWOT, item_id, **fields)
        if ids is not None:
            _write_sources(ws, item_id, ids)
            tx.execute("UPDATE region_swot SET updated_at = ? WHERE id = ?", (tx.now, item_id))
    return get_region_item(ws, item_id)


def delete_region_item(ws: Workshop, item_id: str) -> None:
    """Delete an item of the region's SWOT (restorable)."""
    r.delete(ws, REGION_SWOT, item_id)


def restore_region_item(ws: Workshop, item_id: str) -> RegionSwotItem:
    """Undo the deletion of an item of the region's SWOT."""
    r.restore(ws, REGION_SWOT, item_id)
    return get_region_item(ws, item_id)


def list_region_items(ws: Workshop, *, dimension: str | None = None) -> list[RegionSwotItem]:
    """The region's SWOT (of one dimension, if given) in quadrant and position order."""
    sources = _sources(ws)
    rows = r.list_rows(ws, REGION_SWOT, "dimension = ?" if dimension else "",
                       (dimension,) if dimension else ())
    order = {q: n for n, q in enumerate(QUADRANTS)}
    items = [REGION_SWOT.row_to(row, source_ids=sources.get(row["id"], [])) for row in rows]
    return sorted(items, key=lambda i: order[i.quadrant])


def region_ifas(ws: Workshop, dimension: str | None = None
                ) -> tuple[ifas_rules.IfasResult, ifas_rules.IeResult]:
    """Both readings (diagram, IE matrix) of the region's scored SWOT (of one dimension)."""
    factors = [ifas_rules.Factor(i.quadrant, i.weight, i.rating)
               for i in list_region_items(ws, dimension=dimension)]
    return ifas_rules.evaluate_both(factors, ifas_convention(ws),
                                    ws.setting("ifas_variant") or "difference")


# -- strategic issues ---------------------------------------------------------------------
ISSUES = r.Kind(
    "strategic_issues", "strategic_issue", StrategicIssue,
    {"text": r.text(required=True), "dimension": r.dimension(), "component": r.component(),
     "position": r.integer(0, 100000)}, required=("text",))


def add_issue(ws: Workshop, text: str, *, issue_id: str | None = None,
              **fields) -> StrategicIssue:
    """Add a strategic issue (isu strategis) of a dimension (and component)."""
    return get_issue(ws, r.add(ws, ISSUES, issue_id, text=text, **fields))


def get_issue(ws: Workshop, issue_id: str) -> StrategicIssue:
    """One strategic issue."""
    return ISSUES.row_to(r.get_row(ws, ISSUES, issue_id))


def update_issue(ws: Workshop, issue_id: str, **fields) -> StrategicIssue:
    """Edit a strategic issue's text, dimension, component or position."""
    r.update(ws, ISSUES, issue_id, **fields)
    return get_issue(ws, issue_id)


def delete_issue(ws: Workshop, issue_id: str) -> None:
    """Delete a strategic issue (restorable)."""
    r.delete(ws, ISSUES, issue_id)


def restore_issue(ws: Workshop, issue_id: str) -> StrategicIssue:
    """Undo the deletion of a strategic issue."""
    r.restore(ws, ISSUES, issue_id)
    return get_issue(ws, issue_id)


def list_issues(ws: Workshop, *, dimension: str | None = None) -> list[StrategicIssue]:
    """Strategic issues (of one dimension, if given) in their order."""
    rows = r.list_rows(ws, ISSUES, "dimension = ?" if dimension else "",
                       (dimension,) if dimension else ())
    return [ISSUES.row_to(row) for row in rows]
