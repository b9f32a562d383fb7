"""Generic services for the master plan's simple records (migration 6 tables).

Each record kind is described once (``Kind``: table, dataclass, one cleaner per field); the
family modules (``gap``, ``direction``, ``budget``, ``institutions``, ``quickwin_profiles``)
name their public functions from the domain and call these. Every write is one transaction
with an audit row; deletions are soft (``deleted_at``) and restorable; every write stamps
``updated_at`` so that an interchange merge can tell the newer change (``interchange.merge``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from .. import reference
from ..errors import NotFoundError, ValidationError
from ..model import new_id
from ..store.workshop import Workshop
from ..text import MAX_SHORT, clean_choice, clean_number, clean_short, clean_text
from .common import check_component, check_dimension, field_changes

#: A cleaner: (workshop, value, field, record) -> the value to store.
Cleaner = Callable[[Workshop, object, str, "str | None"], object]


@dataclass(frozen=True)
class Kind:
    """One kind of record: its table, dataclass, audit entity and field cleaners."""

    table: str
    entity: str
    cls: type
    fields: dict[str, Cleaner]
    required: tuple[str, ...] = ()
    order: str = "position, created_at, rowid"
    check: Callable[[Workshop, dict, str | None], None] | None = None

    def row_to(self, row, **extra):
        """The dataclass of a row (columns the dataclass has), with ``extra`` fields."""
        names = {f.name for f in dataclasses.fields(self.cls)}
        values = {k: row[k] for k in row.keys() if k in names}  # noqa: SIM118 (sqlite3.Row)
        return self.cls(**values, **extra)


# -- cleaners -----------------------------------------------------------------------------
def text(*, required: bool = False, short: bool = False, max_len: int | None = None) -> Cleaner:
    """Free text (multi-line) or, with ``short``, one-line text."""
    def clean(ws, value, field, record):
        if short:
            return clean_short(value, field, required=required, record=record,
                               max_len=max_len or MAX_SHORT)
        return clean_text(value, field, required=required, record=record)
    return clean


def choice(choices, *, required: bool = True) -> Cleaner:
    """One of ``choices``."""
    def clean(ws, value, field, record):
        return clean_choice(value, field, choices, required=required, record=record)
    return clean


def integer(minimum: int, maximum: int, *, required: bool = False) -> Cleaner:
    """A whole number within ``minimum..maximum``."""
    def clean(ws, value, field, record):
        return clean_number(value, field, minimum=minimum, maximum=maximum, integer=True,
                            required=required, record=record)
    return clean


def rupiah(*, required: bool = False) -> Cleaner:
    """An amount of rupiah: a whole number, not negative."""
    def clean(ws, value, field, record):
        if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
            raise ValidationError(field, f"{value} is negative: a budget is 0 rupiah or more",
                                  code="negative", record=record)
        return clean_number(value, field, minimum=0, maximum=10**15, integer=True,
                            required=required, record=record)
    return clean


def plan_period(ws: Workshop) -> tuple[int | None, int | None]:
    """The plan's (start, end) years (either may be unset)."""
    row = ws.query_one("SELECT period_start, period_end FROM plan WHERE id = 1")
    return (row[0], row[1]) if row else (None, None)


def check_year_in_period(ws: Workshop, year, field: str, record: str | None = None, *,
                         required: bool = True) -> int | None:
    """A year of the plan period (any year 2000-2100 while the period is not set)."""
    year = clean_number(year, field, minimum=2000, maximum=2100, integer=True,
                        required=required, record=record)
    start, end = plan_period(ws)
    if year is not None and (start and year < start or end and year > end):
        raise ValidationError(field, f"{year} is outside the plan period "
                              f"{start or '…'}-{end or '…'}", code="out_of_period",
                              record=record, year=year, start=start, end=end)
    return year


def period_year(*, required: bool = False) -> Cleaner:
    """A year inside the plan period."""
    def clean(ws, value, field, record):
        return check_year_in_period(ws, value, field, record, required=required)
    return clean


def baseline_year() -> Cleaner:
    """The year of a baseline: 2000-2100 and not after the end of the plan period."""
    def clean(ws, value, field, record):
        year = clean_number(value, field, minimum=2000, maximum=2100, integer=True,
                            required=False, record=record)
        end = plan_period(ws)[1]
        if year is not None and end and year > end:
            raise ValidationError(field, f"baseline year {year} is after the plan period "
                                  f"(ends {end})", code="out_of_period", record=record)
        return year
    return clean


def dimension(*, required: bool = False) -> Cleaner:
    """A dimension id."""
    def clean(ws, value, field, record):
        return check_dimension(value, required=required, field=field, record=record)
    return clean


def component(*, required: bool = False) -> Cleaner:
    """A readiness component id."""
    def clean(ws, value, field, record):
        value = check_component(value, field=field, record=record)
        if required and value is None:
            raise ValidationError(field, "a component is required", code="empty",
                                  record=record)
        return value
    return clean


def ref(table: str, what: str, *, where: str = "", required: bool = False,
        deleted_ok: bool = False) -> Cleaner:
    """The id of a live record of ``table`` (optionally restricted by ``where``; with
    ``deleted_ok`` a deleted record too, as a record kept in the file may name one)."""
    live = "" if deleted_ok else "AND deleted_at IS NULL"

    def clean(ws, value, field, record):
        if value in (None, ""):
            if required:
                raise ValidationError(field, f"a {what} is required", code="empty",
                                      record=record)
            return None
        if not isinstance(value, str) or ws.query_one(
                f"SELECT 1 FROM {table} WHERE id = ? {live} {where}",
                (value,)) is None:
            raise ValidationError(field, f"unknown {what} {value!r}", code="unknown",
                                  record=record)
        return value
    return clean


def flag() -> Cleaner:
    """True or false."""
    def clean(ws, value, field, record):
        if not isinstance(value, bool):
            raise ValidationError(field, "must be true or false", code="type", record=record)
        return value
    return clean


def known_dimensions() -> tuple[str, ...]:
    """The six dimension ids."""
    return reference.dimension_ids()


# -- generic operations -------------------------------------------------------------------
def clean(ws: Workshop, kind: Kind, fields: dict, *, record: str | None = None,
          partial: bool = False) -> dict:
    """Validate ``fields`` of ``kind`` (unknown names refused; with ``partial`` the required
    ones may be absent)."""
    out = {}
    for name, value in fields.items():
        cleaner = kind.fields.get(name)
        if cleaner is None:
            raise ValidationError(name, f"is not a {kind.entity} field", code="unknown_field",
                                  record=record)
        out[name] = cleaner(ws, value, name, record)
    if not partial:
        for name in kind.required:
            if out.get(name) in (None, ""):
                raise ValidationError(name, "must not be empty", code="empty", record=record)
    return out


def get_row(ws: Workshop, kind: Kind, record_id: str, *, deleted_too: bool = False):
    """The row of a record, or ``NotFoundError``."""
    live = "" if deleted_too else " AND deleted_at IS NULL"
    row = ws.query_one(f"SELECT * FROM {kind.table} WHERE id = ?{live}", (record_id,))
    if row is None:
        raise NotFoundError(f"{kind.entity} {record_id} does not exist (or was deleted).",
                            entity=kind.entity, id=record_id)
    return row


def list_rows(ws: Workshop, kind: Kind, where: str = "", params: tuple = ()) -> list:
    """Live rows of ``kind`` in its order."""
    clause = f" AND {where}" if where else ""
    return ws.query(f"SELECT * FROM {kind.table} WHERE deleted_at IS NULL{clause} "
                    f"ORDER BY {kind.order}", params)


def add(ws: Workshop, kind: Kind, record_id: str | None = None, /, **fields) -> str:
    """Insert a record (one transaction, audited); returns its id. A missing ``position``
    puts it last."""
    values = clean(ws, kind, fields)
    if kind.check:
        kind.check(ws, values, None)
    record_id = record_id or new_id()
    names = {f.name for f in dataclasses.fields(kind.cls)}
    with ws.transaction() as tx:
        if "position" in names and "position" not in values:
            values["position"] = tx.execute(
                f"SELECT coalesce(max(position), -1) + 1 FROM {kind.table}").fetchone()[0]
        columns = [*values, "id", "created_at", "updated_at"]
        tx.execute(f"INSERT INTO {kind.table} ({', '.join(columns)}) VALUES "
                   f"({', '.join('?' * len(columns))})",
                   (*[_db(v) for v in values.values()], record_id, tx.now, tx.now))
        tx.audit("add", kind.entity, record_id, {"fields": sorted(values)})
    return record_id


def update(ws: Workshop, kind: Kind, record_id: str, /, **fields) -> None:
    """Change fields of a live record (one transaction, audited)."""
    row = get_row(ws, kind, record_id)
    values = clean(ws, kind, fields, partial=True)
    merged = {k: row[k] for k in kind.fields} | values
    for name in kind.required:
        if merged.get(name) in (None, ""):
            raise ValidationError(name, "must not be empty", code="empty")
    if kind.check:
        kind.check(ws, merged, record_id)
    if not values:
        return
    with ws.transaction() as tx:
        sets = ", ".join(f"{k} = ?" for k in values)
        tx.execute(f"UPDATE {kind.table} SET {sets}, updated_at = ? WHERE id = ?",
                   (*[_db(v) for v in values.values()], tx.now, record_id))
        tx.audit("edit", kind.entity, record_id, {"fields": sorted(values), "changes": field_changes(
            {k: row[k] for k in values}, values)})


def delete(ws: Workshop, kind: Kind, record_id: str) -> None:
    """Soft-delete a record (kept in the file, restorable; the deletion is a change)."""
    get_row(ws, kind, record_id)
    with ws.transaction() as tx:
        tx.execute(f"UPDATE {kind.table} SET deleted_at = ? WHERE id = ?", (tx.now, record_id))
        tx.audit("delete", kind.entity, record_id)


def restore(ws: Workshop, kind: Kind, record_id: str) -> None:
    """Undo a deletion (the restore is a change: it beats an older deletion in a merge)."""
    get_row(ws, kind, record_id, deleted_too=True)
    with ws.transaction() as tx:
        tx.execute(f"UPDATE {kind.table} SET deleted_at = NULL, updated_at = ? WHERE id = ?",
                   (tx.now, record_id))
        tx.audit("restore", kind.entity, record_id)


def _db(value):
    return int(value) if isinstance(value, bool) else value
