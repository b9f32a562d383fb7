"""OPDs, participants and attendance (daftar hadir)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import reference
from ..errors import ValidationError
from ..model import PARTICIPANT_CATEGORIES, Opd, new_id
from ..rules.formal import opd_title_default
from ..store.workshop import Workshop
from ..text import clean_choice, clean_number, clean_short
from .common import require_opd, require_row, soft_delete, undelete

if TYPE_CHECKING:
    from ..model import Attendance, Participant

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9 .&/-]{0,29}$")


def _opd(row) -> Opd:
    return Opd(row["id"], row["code"], row["name"], row["table_no"], row["title"])


def clean_code(value, field: str = "code", record: str | None = None) -> str:
    """An OPD code: short, upper case letters, digits and a few separators."""
    code = clean_short(value, field, record=record, max_len=30).upper()
    if not _CODE.match(code):
        raise ValidationError(field, f"{code!r} is not a valid OPD code (letters, digits, "
                              "'-', '.', '/', '&', at most 30)", code="format", record=record)
    return code


def list_opds(ws: Workshop) -> list[Opd]:
    """Live OPDs ordered by table number, then code."""
    rows = ws.query("SELECT * FROM opds WHERE deleted_at IS NULL "
                    "ORDER BY table_no IS NULL, table_no, code")
    return [_opd(r) for r in rows]


def get_opd(ws: Workshop, opd_id: str) -> Opd:
    """One OPD by id."""
    return _opd(require_row(ws, "opds", opd_id, "OPD"))


def find_opd(ws: Workshop, code: str) -> Opd | None:
    """The live OPD with ``code`` (case-insensitive), or None."""
    row = ws.query_one("SELECT * FROM opds WHERE code = ? AND deleted_at IS NULL",
                       (str(code).strip().upper(),))
    return _opd(row) if row else None


def add_opd(ws: Workshop, code: str, name: str, table_no: int | None = None,
            opd_id: str | None = None, title: str | None = None) -> Opd:
    """Add an OPD. A deleted OPD with the same code comes back instead of a duplicate.
    ``title`` (the head's jabatan) defaults to ``rules.formal.opd_title_default``."""
    code = clean_code(code)
    name = clean_short(name, "name")
    title = clean_short(title, "title", required=False) or opd_title_default(name, code)
    table_no = clean_number(table_no, "table_no", minimum=1, maximum=999, integer=True,
                            required=False)
    existing = ws.query_one("SELECT * FROM opds WHERE code = ?", (code,))
    if existing is not None and existing["deleted_at"] is None:
        raise ValidationError("code", f"an OPD with code {code} already exists",
                              code="duplicate")
    with ws.transaction() as tx:
        if existing is not None:
            opd_id = existing["id"]
            tx.execute("UPDATE opds SET name=?, table_no=?, title=?, deleted_at=NULL "
                       "WHERE id=?", (name, table_no, title, opd_id))
        else:
            opd_id = opd_id or new_id()
            tx.execute("INSERT INTO opds (id, code, name, table_no, title, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (opd_id, code, name, table_no, title, tx.now))
        tx.audit("add", "opd", opd_id, {"code": code}, opd_id=opd_id)
    return get_opd(ws, opd_id)


def update_opd(ws: Workshop, opd_id: str, *, code: str | None = None, name: str | None = None,
               table_no: int | None | str = "keep", title: str | None = None) -> Opd:
    """Change an OPD's code, name, table number or head's title (an empty title goes back
    to the default derived from the name)."""
    opd = get_opd(ws, opd_id)
    new_code = clean_code(code) if code is not None else opd.code
    new_name = clean_short(name, "name") if name is not None else opd.name
    new_title = opd.title if title is None else (
        clean_short(title, "title", required=False) or opd_title_default(new_name, new_code))
    new_table = opd.table_no if table_no == "keep" else clean_number(
        table_no, "table_no", minimum=1, maximum=999, integer=True, required=False)
    if new_code != opd.code and ws.query_one("SELECT 1 FROM opds WHERE code = ?", (new_code,)):
        raise ValidationError("code", f"an OPD with code {new_code} already exists",
                              code="duplicate")
    with ws.transaction() as tx:
        tx.execute("UPDATE opds SET code=?, name=?, table_no=?, title=? WHERE id=?",
                   (new_code, new_name, new_table, new_title, opd_id))
        tx.audit("edit", "opd", opd_id, {"code": new_code}, opd_id=opd_id)
    return get_opd(ws, opd_id)


def delete_opd(ws: Workshop, opd_id: str) -> None:
    """Remove an OPD from the roster (kept in the file; its entries stay, restorable)."""
    get_opd(ws, opd_id)
    soft_delete(ws, "opds", "opd", opd_id, opd_id=opd_id)


def restore_opd(ws: Workshop, opd_id: str) -> Opd:
    """Bring back a deleted OPD (undo)."""
    undelete(ws, "opds", "opd", opd_id, "OPD")
    return get_opd(ws, opd_id)


def add_template_opds(ws: Workshop, codes: list[str] | None = None) -> list[Opd]:
    """Add OPDs from the shipped template list (all, or those ``codes``), skipping existing."""
    wanted = [o for o in reference.opd_template() if codes is None or o["code"] in codes]
    existing = {o.code for o in list_opds(ws)}
    next_table = max([o.table_no or 0 for o in list_opds(ws)] + [0]) + 1
    added = []
    with ws.transaction():
        for item in wanted:
            if item["code"] in existing:
                continue
            added.append(add_opd(ws, item["code"], item["name"], next_table))
            next_table += 1
    return added


# -- participants -------------------------------------------------------------------------
def _participant(row) -> Participant:
    from ..model import Participant  # on first use: the first window makes none

    return Participant(row["id"], row["name"], row["opd_id"], row["position"], row["phone"],
                       row["category"], row["institution"])


def clean_category(value, record: str | None = None) -> str | None:
    """An optional participant group (one of ``PARTICIPANT_CATEGORIES``); empty: None."""
    if value in (None, ""):
        return None
    return clean_choice(value, "category", PARTICIPANT_CATEGORIES, record=record)


def list_participants(ws: Workshop, opd_id: str | None = None) -> list[Participant]:
    """Live participants (of one OPD, if given), by name."""
    sql = "SELECT * FROM participants WHERE deleted_at IS NULL"
    params: tuple = ()
    if opd_id:
        sql += " AND opd_id = ?"
        params = (opd_id,)
    return [_participant(r) for r in ws.query(sql + " ORDER BY name COLLATE NOCASE", params)]


def get_participant(ws: Workshop, participant_id: str) -> Participant:
    """One participant."""
    return _participant(require_row(ws, "participants", participant_id, "participant"))


def clean_phone(value, record: str | None = None) -> str:
    """An optional phone number: digits, spaces, +, -, brackets (6-30 characters)."""
    phone = clean_short(value, "phone", required=False, max_len=30, record=record)
    if phone and not re.fullmatch(r"[+0-9 ()-]{6,30}", phone):
        raise ValidationError("phone", f"{phone!r} is not a phone number", code="format",
                              record=record)
    return phone


def add_participant(ws: Workshop, name: str, opd_id: str | None = None, position: str = "",
                    phone: str = "", participant_id: str | None = None, *,
                    category: str | None = None, institution: str = "") -> Participant:
    """Add a participant (daftar hadir entry). The group defaults to ``opd`` for a
    participant of an OPD; ``institution`` is the instansi of someone outside the OPDs."""
    name = clean_short(name, "name")
    if opd_id:
        require_opd(ws, opd_id)
    position = clean_short(position, "position", required=False)
    phone = clean_phone(phone)
    category = clean_category(category) or ("opd" if opd_id else None)
    institution = clean_short(institution, "institution", required=False)
    participant_id = participant_id or new_id()
    with ws.transaction() as tx:
        tx.execute("INSERT INTO participants (id, name, opd_id, position, phone, category, "
                   "institution, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (participant_id, name, opd_id, position, phone, category, institution,
                    tx.now))
        tx.audit("add", "participant", participant_id, opd_id=opd_id)
    return get_participant(ws, participant_id)


def update_participant(ws: Workshop, participant_id: str, **fields) -> Participant:
    """Change a participant's name, opd_id, position, phone, category or institution."""
    person = get_participant(ws, participant_id)
    values = dict(person.__dict__)
    for key, value in fields.items():
        if key == "name":
            value = clean_short(value, "name")
        elif key == "opd_id":
            if value:
                require_opd(ws, value)
            value = value or None
        elif key == "position":
            value = clean_short(value, "position", required=False)
        elif key == "phone":
            value = clean_phone(value)
        elif key == "category":
            value = clean_category(value)
        elif key == "institution":
            value = clean_short(value, "institution", required=False)
        else:
            raise ValidationError(key, "is not a participant field", code="unknown_field")
        values[key] = value
    with ws.transaction() as tx:
        tx.execute("UPDATE participants SET name=?, opd_id=?, position=?, phone=?, category=?, "
                   "institution=? WHERE id=?",
                   (values["name"], values["opd_id"], values["position"], values["phone"],
                    values["category"], values["institution"], participant_id))
        tx.audit("edit", "participant", participant_id, opd_id=values["opd_id"])
    return get_participant(ws, participant_id)


def delete_participant(ws: Workshop, participant_id: str) -> None:
    """Remove a participant (restorable)."""
    person = get_participant(ws, participant_id)
    soft_delete(ws, "participants", "participant", participant_id, opd_id=person.opd_id)


def restore_participant(ws: Workshop, participant_id: str) -> None:
    """Undo a participant's deletion."""
    undelete(ws, "participants", "participant", participant_id, "participant")


def find_participants(ws: Workshop, text: str, limit: int = 10) -> list[Participant]:
    """Participants whose name (or OPD code) contains ``text``: the fast check-in search."""
    needle = f"%{text.strip()}%"
    rows = ws.query(
        "SELECT p.* FROM participants p LEFT JOIN opds o ON o.id = p.opd_id "
        "WHERE p.deleted_at IS NULL AND (p.name LIKE ? OR o.code LIKE ?) "
        "ORDER BY p.name COLLATE NOCASE LIMIT ?", (needle, needle, limit))
    return [_participant(r) for r in rows]


# -- attendance ---------------------------------------------------------------------------
def check_in(ws: Workshop, participant_id: str, event_id: str, day: int) -> Attendance:
    """Record that a participant is present on ``day`` of the event (idempotent)."""
    from ..model import Attendance  # on first use: the first window makes none

    person = get_participant(ws, participant_id)
    event = require_row(ws, "events", event_id, "event")
    day = clean_number(day, "day", minimum=1, maximum=event["days"], integer=True)
    with ws.transaction() as tx:
        tx.execute("INSERT OR IGNORE INTO attendance (participant_id, event_id, day, "
                   "checked_in_at) VALUES (?, ?, ?, ?)", (participant_id, event_id, day, tx.now))
        tx.audit("check_in", "attendance", participant_id, {"event": event_id, "day": day},
                 opd_id=person.opd_id)
    row = ws.query_one("SELECT * FROM attendance WHERE participant_id=? AND event_id=? AND day=?",
                       (participant_id, event_id, day))
    return Attendance(row["participant_id"], row["event_id"], row["day"], row["checked_in_at"])


def undo_check_in(ws: Workshop, participant_id: str, event_id: str, day: int) -> None:
    """Take back a check-in (wrong person clicked)."""
    with ws.transaction() as tx:
        tx.execute("DELETE FROM attendance WHERE participant_id=? AND event_id=? AND day=?",
                   (participant_id, event_id, day))
        tx.audit("undo_check_in", "attendance", participant_id, {"event": event_id, "day": day})


def attendance(ws: Workshop, event_id: str) -> list[Attendance]:
    """All check-ins of an event."""
    from ..model import Attendance  # on first use: the first window makes none

    rows = ws.query("SELECT * FROM attendance WHERE event_id=? ORDER BY day, checked_in_at",
                    (event_id,))
    return [Attendance(r["participant_id"], r["event_id"], r["day"], r["checked_in_at"])
            for r in rows]


def attendance_counts(ws: Workshop, event_id: str) -> dict[str, dict[int, int]]:
    """Present participants per OPD id (None key: no OPD) and day."""
    counts: dict[str, dict[int, int]] = {}
    for row in ws.query("SELECT p.opd_id, a.day, count(*) AS n FROM attendance a "
                        "JOIN participants p ON p.id = a.participant_id "
                        "WHERE a.event_id=? AND p.deleted_at IS NULL GROUP BY p.opd_id, a.day",
                        (event_id,)):
        counts.setdefault(row["opd_id"], {})[row["day"]] = row["n"]
    return counts
