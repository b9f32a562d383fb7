"""Helpers shared by the services: id checks and reference-data validation."""

from __future__ import annotations

import json

from .. import reference
from ..errors import NotFoundError, ValidationError
from ..store.workshop import Workshop


def require_row(ws: Workshop, table: str, record_id: str, what: str):
    """The live (not deleted) row ``record_id`` of ``table``, or ``NotFoundError``."""
    row = ws.query_one(f"SELECT * FROM {table} WHERE id = ? AND deleted_at IS NULL", (record_id,))
    if row is None:
        raise NotFoundError(f"{what} {record_id} does not exist (or was deleted).",
                            entity=what, id=record_id)
    return row


def require_opd(ws: Workshop, opd_id: str, field: str = "opd", record: str | None = None) -> None:
    """Refuse an OPD id that does not exist."""
    if not isinstance(opd_id, str) or ws.query_one(
            "SELECT 1 FROM opds WHERE id = ? AND deleted_at IS NULL", (opd_id,)) is None:
        raise ValidationError(field, f"unknown OPD {opd_id!r}", code="unknown_opd", record=record)


def check_dimension(value, *, required: bool = False, field: str = "dimension",
                    record: str | None = None) -> str | None:
    """A known dimension id, or None when allowed."""
    if value in (None, ""):
        if required:
            raise ValidationError(field, "a dimension is required", code="empty", record=record)
        return None
    if value not in reference.dimension_ids():
        raise ValidationError(field, f"{value!r} is not a dimension id "
                              f"({', '.join(reference.dimension_ids())})", code="choice",
                              record=record)
    return value


def check_element(value, dimension: str | None, *, field: str = "element",
                  record: str | None = None) -> str | None:
    """A known element id that belongs to ``dimension`` (or None)."""
    if value in (None, ""):
        return None
    element = reference.elements().get(value)
    if element is None:
        raise ValidationError(field, f"{value!r} is not an element id", code="choice",
                              record=record)
    if dimension and element["dimension"] != dimension:
        raise ValidationError(field, f"element {value!r} belongs to {element['dimension']}, "
                              f"not {dimension}", code="mismatch", record=record)
    return value


def check_component(value, *, field: str = "component", record: str | None = None) -> str | None:
    """A known readiness component id (or None)."""
    if value in (None, ""):
        return None
    if value not in reference.component_ids():
        raise ValidationError(field, f"{value!r} is not a readiness component "
                              f"({', '.join(reference.component_ids())})", code="choice",
                              record=record)
    return value


def loads(text: str | None, default):
    """JSON column to value."""
    return json.loads(text) if text else default


def dumps(value) -> str:
    """Value to JSON column (UTF-8, not escaped)."""
    return json.dumps(value, ensure_ascii=False)


def field_changes(before, after: dict) -> dict[str, list]:
    """``{field: [old, new]}`` for every field of ``after`` whose value differs from
    ``before`` (a mapping or an object with attributes): the audit detail of an edit, from
    which the change report (``smartbimtek.history``) shows old and new values."""
    out = {}
    for name, new in after.items():
        old = before.get(name) if isinstance(before, dict) else getattr(before, name, None)
        if isinstance(old, tuple):
            old = list(old)
        if isinstance(new, tuple):
            new = list(new)
        if old != new and not (old in (None, "") and new in (None, "")):
            out[name] = [old, new]
    return out


def check_input_open(ws: Workshop, source: str) -> None:
    """Refuse entries from tables and phones while the facilitator has locked input."""
    if source in ("phone", "table") and ws.setting("input_locked"):
        from ..errors import PermissionDenied

        raise PermissionDenied("Input is locked by the facilitator.", code="locked_input")


def current_event_id(ws: Workshop) -> str | None:
    """Id of the event being run (the setting), or None."""
    return ws.setting("current_event_id")


#: Tables whose rows carry ``updated_at``: their change time is the later of ``updated_at``
#: and ``deleted_at`` (what a merge compares, see ``interchange.merge``).
CHANGE_STAMPED = frozenset({"swot_items", "strategies", "programs"})


def soft_delete(ws: Workshop, table: str, entity: str, record_id: str, *,
                opd_id: str | None = None, source: str | None = None,
                actor: str | None = None) -> None:
    """Mark a record deleted (kept in the file so that undo and restore lose nothing)."""
    with ws.transaction(actor, source) as tx:
        tx.execute(f"UPDATE {table} SET deleted_at=? WHERE id=?", (tx.now, record_id))
        tx.audit("delete", entity, record_id, opd_id=opd_id)


def undelete(ws: Workshop, table: str, entity: str, record_id: str, what: str) -> None:
    """Bring back a soft-deleted record (undo of ``soft_delete``); ``table`` has an ``opd_id``
    column, or is ``opds`` itself. Rows with ``updated_at`` get the time of the restore."""
    opd_column = "id" if table == "opds" else "opd_id"
    row = ws.query_one(f"SELECT {opd_column} FROM {table} WHERE id=?", (record_id,))
    if row is None:
        raise NotFoundError(f"{what} {record_id} does not exist.", entity=what, id=record_id)
    opd_id = row[0]
    with ws.transaction() as tx:
        if table in CHANGE_STAMPED:  # a restore is a change: it beats an older deletion
            tx.execute(f"UPDATE {table} SET deleted_at=NULL, updated_at=? WHERE id=?",
                       (tx.now, record_id))
        else:
            tx.execute(f"UPDATE {table} SET deleted_at=NULL WHERE id=?", (record_id,))
        tx.audit("restore", entity, record_id, opd_id=opd_id)
