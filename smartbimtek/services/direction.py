"""The plan's direction (BAB IV): the region's RPJMD misi/sasaran, and the master plan's
tujuan and sasaran with indicator, baseline (value, year) and a target per year of the plan
period. Each sasaran (and each program, see ``budget``) names the RPJMD item it serves."""

from __future__ import annotations

from ..errors import ValidationError
from ..model import OBJECTIVE_LEVELS, RPJMD_KINDS, Objective, RpjmdItem
from ..store.workshop import Workshop
from ..text import clean_short
from . import records as r
from .common import field_changes

#: Longest target or baseline value ("85 %", "Perbup ditetapkan", "12 desa").
MAX_VALUE = 120


# -- RPJMD --------------------------------------------------------------------------------
def _check_rpjmd(ws: Workshop, values: dict, record_id: str | None) -> None:
    parent = values.get("parent_id")
    if parent is None:
        return
    if values.get("kind") != "sasaran":
        raise ValidationError("parent_id", "only an RPJMD sasaran sits under a misi",
                              code="mismatch")
    row = ws.query_one("SELECT kind FROM rpjmd_items WHERE id = ?", (parent,))
    if row["kind"] != "misi" or parent == record_id:
        raise ValidationError("parent_id", "the parent of an RPJMD sasaran is a misi",
                              code="mismatch")


RPJMD = r.Kind(
    "rpjmd_items", "rpjmd_item", RpjmdItem,
    {"kind": r.choice(RPJMD_KINDS), "text": r.text(required=True),
     "code": r.text(short=True, max_len=40), "parent_id": r.ref("rpjmd_items", "RPJMD item"),
     "position": r.integer(0, 100000)},
    required=("kind", "text"), check=_check_rpjmd)


def add_rpjmd(ws: Workshop, kind: str, text: str, *, item_id: str | None = None,
              **fields) -> RpjmdItem:
    """Add a misi or sasaran of the RPJMD (code such as "Misi 2"; a sasaran's parent_id is
    its misi)."""
    return get_rpjmd(ws, r.add(ws, RPJMD, item_id, kind=kind, text=text, **fields))


def get_rpjmd(ws: Workshop, item_id: str) -> RpjmdItem:
    """One RPJMD item."""
    return RPJMD.row_to(r.get_row(ws, RPJMD, item_id))


def update_rpjmd(ws: Workshop, item_id: str, **fields) -> RpjmdItem:
    """Edit an RPJMD item (kind, text, code, parent_id, position)."""
    r.update(ws, RPJMD, item_id, **fields)
    return get_rpjmd(ws, item_id)


def delete_rpjmd(ws: Workshop, item_id: str) -> None:
    """Delete an RPJMD item (restorable)."""
    r.delete(ws, RPJMD, item_id)


def restore_rpjmd(ws: Workshop, item_id: str) -> RpjmdItem:
    """Undo the deletion of an RPJMD item."""
    r.restore(ws, RPJMD, item_id)
    return get_rpjmd(ws, item_id)


def list_rpjmd(ws: Workshop) -> list[RpjmdItem]:
    """The RPJMD list: misi first, then sasaran, each in order."""
    rows = r.list_rows(ws, RPJMD)
    return sorted((RPJMD.row_to(row) for row in rows), key=lambda i: i.kind != "misi")


# -- tujuan and sasaran -------------------------------------------------------------------
def _check_objective(ws: Workshop, values: dict, record_id: str | None) -> None:
    parent = values.get("parent_id")
    if parent is None:
        return
    row = ws.query_one("SELECT level FROM objectives WHERE id = ?", (parent,))
    if values.get("level") != "sasaran" or row["level"] != "tujuan" or parent == record_id:
        raise ValidationError("parent_id", "a sasaran sits under a tujuan", code="mismatch")


def value_text(ws: Workshop, value, field: str, record: str | None = None) -> str:
    """A baseline or target value as short text (numbers are written as typed)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = f"{value:g}" if isinstance(value, float) else str(value)
    return clean_short(value, field, required=False, record=record, max_len=MAX_VALUE)


OBJECTIVES = r.Kind(
    "objectives", "objective", Objective,
    {"level": r.choice(OBJECTIVE_LEVELS), "text": r.text(required=True),
     "parent_id": r.ref("objectives", "tujuan"), "dimension": r.dimension(),
     "indicator": r.text(), "unit": r.text(short=True, max_len=60),
     "baseline_value": value_text, "baseline_year": r.baseline_year(),
     "rpjmd_id": r.ref("rpjmd_items", "RPJMD item"), "position": r.integer(0, 100000)},
    required=("level", "text"), check=_check_objective)


def clean_targets(ws: Workshop, targets, record: str | None = None) -> dict[int, str]:
    """Targets per year ({year: value}; keys may be texts "2026"): every year inside the
    plan period; empty values dropped."""
    if targets is None:
        return {}
    if not isinstance(targets, dict):
        raise ValidationError("targets", "must map years to targets", code="type",
                              record=record)
    out = {}
    for key, value in targets.items():
        try:
            year = int(key) if isinstance(key, str) and key.strip().isdigit() else key
        except ValueError:
            year = key
        year = r.check_year_in_period(ws, year, f"targets.{key}", record)
        value = value_text(ws, value, f"targets.{key}", record)
        if value:
            out[year] = value
    return dict(sorted(out.items()))


def _targets(ws: Workshop, table: str, column: str) -> dict[str, dict[int, str]]:
    out: dict[str, dict[int, str]] = {}
    for owner, year, value in ws.query(f"SELECT {column}, year, value FROM {table} "
                                       "ORDER BY year"):
        out.setdefault(owner, {})[year] = value
    return out


def write_targets(ws: Workshop, table: str, column: str, owner: str,
                  targets: dict[int, str]) -> None:
    """Replace the yearly targets of one record (inside the caller's transaction)."""
    with ws.transaction() as tx:
        tx.execute(f"DELETE FROM {table} WHERE {column} = ?", (owner,))
        tx.conn.executemany(f"INSERT INTO {table} ({column}, year, value) VALUES (?, ?, ?)",
                            [(owner, y, v) for y, v in targets.items()])


def add_objective(ws: Workshop, level: str, text: str, *, targets=None,
                  objective_id: str | None = None, **fields) -> Objective:
    """Add a tujuan or sasaran (parent_id: a sasaran's tujuan; dimension, indicator, unit,
    baseline_value, baseline_year, rpjmd_id; targets: {year: value} in the plan period)."""
    clean = clean_targets(ws, targets)
    with ws.transaction():
        objective_id = r.add(ws, OBJECTIVES, objective_id, level=level, text=text, **fields)
        write_targets(ws, "objective_targets", "objective_id", objective_id, clean)
    return get_objective(ws, objective_id)


def get_objective(ws: Workshop, objective_id: str) -> Objective:
    """One tujuan or sasaran with its yearly targets."""
    row = r.get_row(ws, OBJECTIVES, objective_id)
    targets = {y: v for y, v in ws.query("SELECT year, value FROM objective_targets WHERE "
                                         "objective_id = ? ORDER BY year", (objective_id,))}
    return OBJECTIVES.row_to(row, targets=targets)


def update_objective(ws: Workshop, objective_id: str, *, targets=None,
                     **fields) -> Objective:
    """Edit a tujuan or sasaran; ``targets`` (when given) replaces every yearly target."""
    clean = clean_targets(ws, targets) if targets is not None else None
    with ws.transaction() as tx:
        r.update(ws, OBJECTIVES, objective_id, **fields)
        if clean is not None:
            old = {y: v for y, v in ws.query("SELECT year, value FROM objective_targets WHERE "
                                             "objective_id = ? ORDER BY year", (objective_id,))}
            write_targets(ws, "objective_targets", "objective_id", objective_id, clean)
            tx.execute("UPDATE objectives SET updated_at = ? WHERE id = ?",
                       (tx.now, objective_id))
            tx.audit("edit", "objective", objective_id, {"fields": ["targets"], "changes": (
                field_changes({"targets": old}, {"targets": dict(sorted(clean.items()))}))})
    return get_objective(ws, objective_id)


def set_objective_target(ws: Workshop, objective_id: str, year: int,
                         value: object) -> Objective:
    """Set (or, with an empty value, clear) one year's target of a tujuan or sasaran."""
    targets = dict(get_objective(ws, objective_id).targets)
    year = r.check_year_in_period(ws, year, "year")
    targets[year] = value
    return update_objective(ws, objective_id, targets=targets)


def delete_objective(ws: Workshop, objective_id: str) -> None:
    """Delete a tujuan or sasaran (restorable)."""
    r.delete(ws, OBJECTIVES, objective_id)


def restore_objective(ws: Workshop, objective_id: str) -> Objective:
    """Undo the deletion of a tujuan or sasaran."""
    r.restore(ws, OBJECTIVES, objective_id)
    return get_objective(ws, objective_id)


def list_objectives(ws: Workshop, level: str | None = None) -> list[Objective]:
    """Tujuan then sasaran (or one level), each in order, with their yearly targets."""
    targets = _targets(ws, "objective_targets", "objective_id")
    rows = r.list_rows(ws, OBJECTIVES, "level = ?" if level else "", (level,) if level else ())
    items = [OBJECTIVES.row_to(row, targets=targets.get(row["id"], {})) for row in rows]
    return sorted(items, key=lambda o: OBJECTIVE_LEVELS.index(o.level))
