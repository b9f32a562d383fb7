"""Komitmen bersama (Bimtek IV): the commitment sheet is read on the projector and signed by
the regional head, the heads of OPD and the pendamping; the signers are recorded per event
(name, title, their OPD or role, signed and when). The printed sheet
(``exports/formal_parts.py``) shows a check and the date for a recorded signature."""

from __future__ import annotations

from ..errors import NotFoundError, ValidationError
from ..model import new_id
from ..model_stages import Signer
from ..store.workshop import Workshop
from ..text import clean_short
from .common import current_event_id, field_changes, require_opd, soft_delete, undelete

_FIELDS = ("name", "title", "opd_id", "role")


def _signer(row) -> Signer:
    return Signer(row["id"], row["event_id"], row["name"], row["title"], row["opd_id"],
                  row["role"], bool(row["signed"]), row["signed_at"], row["position"])


def _clean(ws: Workshop, fields: dict) -> dict:
    out = {}
    for key, value in fields.items():
        if key == "name":
            out[key] = clean_short(value, "name")
        elif key in ("title", "role"):
            out[key] = clean_short(value, key, required=False)
        elif key == "opd_id":
            if value:
                require_opd(ws, value, field="opd_id")
            out[key] = value or None
        else:
            raise ValidationError(key, "is not a signer field", code="unknown_field")
    return out


def add_signer(ws: Workshop, name: str, *, title: str = "", opd_id: str | None = None,
               role: str = "", event_id: str | None = None,
               signer_id: str | None = None) -> Signer:
    """Add a signer of the commitment at an event (the current one by default)."""
    values = _clean(ws, dict(name=name, title=title, opd_id=opd_id, role=role))
    event_id = event_id or current_event_id(ws)
    signer_id = signer_id or new_id()
    position = ws.query_one("SELECT coalesce(max(position) + 1, 0) FROM commitment_signers "
                            "WHERE event_id IS ?", (event_id,))[0]
    with ws.transaction() as tx:
        tx.execute("INSERT INTO commitment_signers (id, event_id, name, title, opd_id, role, "
                   "position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (signer_id, event_id, values["name"], values["title"], values["opd_id"],
                    values["role"], position, tx.now, tx.now))
        tx.audit("add", "signer", signer_id, {"name": values["name"]}, opd_id=values["opd_id"])
    return get_signer(ws, signer_id)


def get_signer(ws: Workshop, signer_id: str) -> Signer:
    """One live signer."""
    row = ws.query_one("SELECT * FROM commitment_signers WHERE id=? AND deleted_at IS NULL",
                       (signer_id,))
    if row is None:
        raise NotFoundError(f"signer {signer_id} does not exist (or was deleted).",
                            entity="signer", id=signer_id)
    return _signer(row)


def list_signers(ws: Workshop, event_id: str | None = None) -> list[Signer]:
    """The live signers of an event (the current one by default; ``"*"``: every event), in
    their order."""
    if event_id == "*":
        rows = ws.query("SELECT * FROM commitment_signers WHERE deleted_at IS NULL "
                        "ORDER BY created_at, position")
    else:
        rows = ws.query("SELECT * FROM commitment_signers WHERE deleted_at IS NULL AND "
                        "event_id IS ? ORDER BY position, created_at",
                        (event_id or current_event_id(ws),))
    return [_signer(r) for r in rows]


def update_signer(ws: Workshop, signer_id: str, **fields) -> Signer:
    """Change a signer's name, title, OPD or role."""
    current = get_signer(ws, signer_id)
    values = _clean(ws, fields)
    if values:
        with ws.transaction() as tx:
            tx.execute(f"UPDATE commitment_signers SET {', '.join(k + '=?' for k in values)}, "
                       "updated_at=? WHERE id=?", (*values.values(), tx.now, signer_id))
            tx.audit("edit", "signer", signer_id, {"fields": sorted(values),
                                                   "changes": field_changes(current, values)})
    return get_signer(ws, signer_id)


def set_signed(ws: Workshop, signer_id: str, signed: bool = True, *,
               signed_at: str | None = None) -> Signer:
    """Record that a signer signed (now, or at ``signed_at``), or take it back."""
    if not isinstance(signed, bool):
        raise ValidationError("signed", "must be true or false", code="type")
    current = get_signer(ws, signer_id)
    with ws.transaction() as tx:
        when = (signed_at or tx.now) if signed else None
        tx.execute("UPDATE commitment_signers SET signed=?, signed_at=?, updated_at=? "
                   "WHERE id=?", (int(signed), when, tx.now, signer_id))
        tx.audit("sign" if signed else "unsign", "signer", signer_id, {"changes": field_changes(
            current, {"signed": signed, "signed_at": when})}, opd_id=current.opd_id)
    return get_signer(ws, signer_id)


def delete_signer(ws: Workshop, signer_id: str) -> None:
    """Remove a signer (kept in the file)."""
    get_signer(ws, signer_id)
    soft_delete(ws, "commitment_signers", "signer", signer_id)


def restore_signer(ws: Workshop, signer_id: str) -> Signer:
    """Undo the removal of a signer."""
    undelete(ws, "commitment_signers", "signer", signer_id, "signer")
    return get_signer(ws, signer_id)


def signers_from_heads(ws: Workshop, event_id: str | None = None) -> list[Signer]:
    """Add the usual signers when none are recorded yet: the regional head, then the head of
    every OPD (its title), then the pendamping (the facilitators of the events, else of the
    plan), in one transaction. Returns the event's signers."""
    from .formal import head_title  # formal does not know signers
    from .plan import get_plan, list_events

    event_id = event_id or current_event_id(ws)
    if list_signers(ws, event_id):
        return list_signers(ws, event_id)
    head = ws.query_one("SELECT head_name FROM plan WHERE id = 1")[0] or ""
    rows = [(head or head_title(ws), head_title(ws), None, "kepala_daerah")]
    rows += [(r["title"] or r["name"], r["title"] or r["name"], r["id"], "kepala_opd")
             for r in ws.query("SELECT id, name, title FROM opds WHERE deleted_at IS NULL "
                               "ORDER BY coalesce(table_no, 9999), code")]
    pendamping = list(dict.fromkeys(name for event in list_events(ws)
                                    for name in event.facilitators if name))
    pendamping = pendamping or [n for n in get_plan(ws).facilitators if n]
    rows += [(name, "Pendamping", None, "pendamping") for name in pendamping]
    with ws.transaction() as tx:
        for position, (name, title, opd_id, role) in enumerate(rows):
            tx.execute("INSERT INTO commitment_signers (id, event_id, name, title, opd_id, role, "
                       "position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (new_id(), event_id, name, title, opd_id, role, position, tx.now,
                        tx.now))
        tx.audit("add", "signer", event_id or "", {"count": len(rows)})
    return list_signers(ws, event_id)
