"""Agenda steps of an event, the step runner, and notes/decisions per step."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import TYPE_CHECKING

from .. import reference
from ..errors import PermissionDenied, ValidationError
from ..model import ANONYMITY, NOTE_KINDS, STEP_KINDS, AgendaStep, new_id
from ..rules import agenda as rules
from ..store.workshop import Transaction, Workshop
from ..text import clean_choice, clean_number, clean_short, clean_text
from .common import check_dimension, require_row

if TYPE_CHECKING:
    from ..model import Note

_STEP_COLUMNS = ("id", "event_id", "day", "position", "planned_start", "minutes", "title", "kind",
                 "dimension", "instructions", "anonymity", "state", "actual_start", "actual_end",
                 "paused_at", "paused_seconds", "extra_seconds")


def _step(row) -> AgendaStep:
    return AgendaStep(**{c: row[c] for c in _STEP_COLUMNS})


def _clean_start(value, field: str = "planned_start", record: str | None = None) -> str:
    try:
        return rules.format_hhmm(rules.parse_hhmm(str(value)))
    except (ValueError, TypeError):
        raise ValidationError(field, f"{value!r} is not a time HH:MM", code="format",
                              record=record) from None


def insert_step_row(tx: Transaction, step: AgendaStep) -> None:
    """Insert one step row (used by templates and the importer, inside their transaction)."""
    data = asdict(step)
    tx.execute(f"INSERT INTO agenda_steps ({', '.join(_STEP_COLUMNS)}) VALUES "
               f"({', '.join('?' for _ in _STEP_COLUMNS)})", tuple(data[c] for c in _STEP_COLUMNS))


def insert_template_steps(tx: Transaction, event_id: str, stage: str) -> int:
    """Add the shipped two-day agenda template of ``stage`` to an event."""
    template = reference.agenda_templates().get(stage)
    count = 0
    for day in (template or {}).get("days", []):
        for position, item in enumerate(day["steps"]):
            insert_step_row(tx, AgendaStep(
                new_id(), event_id, day["day"], position, item["start"], item["minutes"],
                item["title"], item.get("kind", "other"), item.get("dimension"),
                item.get("instructions", "")))
            count += 1
    return count


def list_steps(ws: Workshop, event_id: str, day: int | None = None) -> list[AgendaStep]:
    """The event's live steps in running order (day, position)."""
    sql = "SELECT * FROM agenda_steps WHERE event_id=? AND deleted_at IS NULL"
    params: tuple = (event_id,)
    if day is not None:
        sql += " AND day=?"
        params += (day,)
    return [_step(r) for r in ws.query(sql + " ORDER BY day, position", params)]


def get_step(ws: Workshop, step_id: str) -> AgendaStep:
    """One step."""
    return _step(require_row(ws, "agenda_steps", step_id, "agenda step"))


def current_step(ws: Workshop, event_id: str) -> AgendaStep | None:
    """The step being run in the event, if any."""
    row = ws.query_one("SELECT current_step_id FROM events WHERE id=?", (event_id,))
    if row is None or row[0] is None:
        return None
    found = ws.query_one("SELECT * FROM agenda_steps WHERE id=? AND deleted_at IS NULL", (row[0],))
    return _step(found) if found else None


def _write_step(tx: Transaction, step: AgendaStep) -> None:
    data = asdict(step)
    columns = [c for c in _STEP_COLUMNS if c != "id"]
    tx.execute(f"UPDATE agenda_steps SET {', '.join(c + '=?' for c in columns)} WHERE id=?",
               tuple(data[c] for c in columns) + (step.id,))


def _reflow_day(ws: Workshop, tx: Transaction, event_id: str, day: int) -> None:
    steps = list_steps(ws, event_id, day)
    for position, step in enumerate(steps):
        if step.position != position:
            tx.execute("UPDATE agenda_steps SET position=? WHERE id=?", (position, step.id))
    for step_id, start in rules.reflow(steps).items():
        tx.execute("UPDATE agenda_steps SET planned_start=? WHERE id=?", (start, step_id))


def clean_step_fields(fields: dict, record: str | None = None) -> dict:
    """Validate editable step fields (shared by the services and the importer)."""
    cleaned = {}
    for key, value in fields.items():
        if key == "title":
            value = clean_short(value, "title", record=record)
        elif key == "minutes":
            value = clean_number(value, "minutes", minimum=1, maximum=600, integer=True,
                                 record=record)
        elif key == "kind":
            value = clean_choice(value, "kind", STEP_KINDS, record=record)
        elif key == "dimension":
            value = check_dimension(value, record=record)
        elif key == "instructions":
            value = clean_text(value, "instructions", required=False, record=record)
        elif key == "anonymity":
            value = clean_choice(value, "anonymity", ANONYMITY, record=record)
        elif key == "planned_start":
            value = _clean_start(value, record=record)
        else:
            raise ValidationError(key, "is not an editable step field", code="unknown_field",
                                  record=record)
        cleaned[key] = value
    return cleaned


def add_step(ws: Workshop, event_id: str, day: int, title: str, minutes: int, *,
             kind: str = "other", position: int | None = None, **fields) -> AgendaStep:
    """Insert a step into a day (at ``position``, default the end); later steps move on."""
    event = require_row(ws, "events", event_id, "event")
    day = clean_number(day, "day", minimum=1, maximum=event["days"], integer=True)
    values = clean_step_fields(dict(fields, title=title, minutes=minutes, kind=kind))
    steps = list_steps(ws, event_id, day)
    position = len(steps) if position is None else max(0, min(int(position), len(steps)))
    start = values.pop("planned_start", None) or (steps[0].planned_start if steps else "08:00")
    step = AgendaStep(new_id(), event_id, day, position, start, values.pop("minutes"),
                      values.pop("title"), **values)
    with ws.transaction() as tx:
        for later in steps[position:]:
            tx.execute("UPDATE agenda_steps SET position=position+1 WHERE id=?", (later.id,))
        insert_step_row(tx, step)
        _reflow_day(ws, tx, event_id, day)
        tx.audit("add", "agenda_step", step.id, {"title": step.title})
    return get_step(ws, step.id)


def update_step(ws: Workshop, step_id: str, **fields) -> AgendaStep:
    """Edit a step (title, minutes, kind, dimension, instructions, anonymity, planned_start);
    later steps' planned times follow a change of duration."""
    step = get_step(ws, step_id)
    values = clean_step_fields(fields)
    with ws.transaction() as tx:
        for key, value in values.items():
            tx.execute(f"UPDATE agenda_steps SET {key}=? WHERE id=?", (value, step_id))
        if "minutes" in values or "planned_start" in values:
            _reflow_day(ws, tx, step.event_id, step.day)
        tx.audit("edit", "agenda_step", step_id, {"fields": sorted(values)})
    return get_step(ws, step_id)


def delete_step(ws: Workshop, step_id: str) -> None:
    """Remove a step (restorable); later steps move up."""
    step = get_step(ws, step_id)
    with ws.transaction() as tx:
        tx.execute("UPDATE agenda_steps SET deleted_at=? WHERE id=?", (tx.now, step_id))
        tx.execute("UPDATE events SET current_step_id=NULL WHERE current_step_id=?", (step_id,))
        _reflow_day(ws, tx, step.event_id, step.day)
        tx.audit("delete", "agenda_step", step_id)


def restore_step(ws: Workshop, step_id: str) -> AgendaStep:
    """Undo a step's deletion (it goes back to its former place)."""
    row = ws.query_one("SELECT * FROM agenda_steps WHERE id=?", (step_id,))
    if row is None:
        raise ValidationError("step", "unknown step", code="not_found")
    step = _step(row)
    siblings = list_steps(ws, step.event_id, step.day)
    with ws.transaction() as tx:
        for later in siblings[step.position:]:
            tx.execute("UPDATE agenda_steps SET position=position+1 WHERE id=?", (later.id,))
        tx.execute("UPDATE agenda_steps SET deleted_at=NULL WHERE id=?", (step_id,))
        _reflow_day(ws, tx, step.event_id, step.day)
        tx.audit("restore", "agenda_step", step_id)
    return get_step(ws, step_id)


def move_step(ws: Workshop, step_id: str, new_position: int) -> AgendaStep:
    """Reorder a step within its day; planned times follow."""
    step = get_step(ws, step_id)
    steps = [s for s in list_steps(ws, step.event_id, step.day) if s.id != step_id]
    new_position = max(0, min(int(new_position), len(steps)))
    first_start = (list_steps(ws, step.event_id, step.day) or [step])[0].planned_start
    steps.insert(new_position, step)
    with ws.transaction() as tx:
        for position, item in enumerate(steps):
            tx.execute("UPDATE agenda_steps SET position=? WHERE id=?", (position, item.id))
        ordered = list_steps(ws, step.event_id, step.day)
        for step_id_, start in rules.reflow(ordered, first_start).items():
            tx.execute("UPDATE agenda_steps SET planned_start=? WHERE id=?", (start, step_id_))
        tx.audit("move", "agenda_step", step_id, {"position": new_position})
    return get_step(ws, step_id)


# -- running ------------------------------------------------------------------------------
def _run(ws: Workshop, event_id: str, command: str, *args) -> AgendaStep | None:
    require_row(ws, "events", event_id, "event")
    steps = list_steps(ws, event_id)
    current = current_step(ws, event_id)
    runner = rules.AgendaRunner(steps, current.id if current else None, ws.clock)
    try:
        changed = getattr(runner, command)(*args)
    except rules.RunnerError as exc:
        raise PermissionDenied(str(exc), code="runner") from None
    with ws.transaction() as tx:
        for step in changed:
            _write_step(tx, step)
        tx.execute("UPDATE events SET current_step_id=? WHERE id=?", (runner.current_id, event_id))
        tx.audit(command, "agenda_step", runner.current_id or "", {"event": event_id})
    return runner.current


def start_step(ws: Workshop, event_id: str, step_id: str) -> AgendaStep | None:
    """Bring everyone to a step: it starts (timer running), the previous current one ends."""
    return _run(ws, event_id, "start", step_id)


def next_step(ws: Workshop, event_id: str) -> AgendaStep | None:
    """End the current step and start the next one."""
    return _run(ws, event_id, "next")


def stop_step(ws: Workshop, event_id: str) -> AgendaStep | None:
    """End the current step without starting another (end of the day)."""
    return _run(ws, event_id, "stop")


def previous_step(ws: Workshop, event_id: str) -> AgendaStep | None:
    """Go back to the previous step."""
    return _run(ws, event_id, "previous")


def toggle_pause(ws: Workshop, event_id: str) -> AgendaStep | None:
    """Pause or resume the current step's timer."""
    return _run(ws, event_id, "toggle_pause")


def extend_step(ws: Workshop, event_id: str, minutes: int) -> AgendaStep | None:
    """Give the current step more (or, negative, less) time."""
    minutes = clean_number(minutes, "minutes", minimum=-120, maximum=120, integer=True)
    return _run(ws, event_id, "extend", minutes)


# -- notes --------------------------------------------------------------------------------
def clean_due_date(value, record: str | None = None) -> str:
    """A follow-up's optional due date (ISO ``YYYY-MM-DD``); empty stays empty."""
    if value in (None, ""):
        return ""
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValidationError("due_date", f"{value!r} is not a date (YYYY-MM-DD)",
                              code="type", record=record) from None


def add_note(ws: Workshop, event_id: str, text: str, *, kind: str = "note",
             step_id: str | None = None, note_id: str | None = None, owner: str = "",
             due_date: str = "") -> Note:
    """Record a note, decision or follow-up (tindak lanjut, with its owner and due date),
    optionally on a step."""
    from ..model import Note  # on first use: the first window makes none

    require_row(ws, "events", event_id, "event")
    text = clean_text(text, "text")
    kind = clean_choice(kind, "kind", NOTE_KINDS)
    owner = clean_short(owner, "owner", required=False)
    due_date = clean_due_date(due_date)
    if step_id:
        require_row(ws, "agenda_steps", step_id, "agenda step")
    note_id = note_id or new_id()
    with ws.transaction() as tx:
        tx.execute("INSERT INTO notes (id, event_id, step_id, kind, text, created_at, owner, "
                   "due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (note_id, event_id, step_id, kind, text, tx.now, owner, due_date))
        tx.audit("add", "note", note_id, {"kind": kind})
    return Note(note_id, event_id, step_id, kind, text, tx.now, owner, due_date)


def update_note(ws: Workshop, note_id: str, text: str, kind: str | None = None, *,
                owner: str | None = None, due_date: str | None = None) -> None:
    """Edit a note's text (and kind, owner, due date; None keeps them)."""
    row = require_row(ws, "notes", note_id, "note")
    text = clean_text(text, "text")
    kind = clean_choice(kind or row["kind"], "kind", NOTE_KINDS)
    owner = row["owner"] if owner is None else clean_short(owner, "owner", required=False)
    due_date = row["due_date"] if due_date is None else clean_due_date(due_date)
    with ws.transaction() as tx:
        tx.execute("UPDATE notes SET text=?, kind=?, owner=?, due_date=? WHERE id=?",
                   (text, kind, owner, due_date, note_id))
        tx.audit("edit", "note", note_id)


def delete_note(ws: Workshop, note_id: str) -> None:
    """Remove a note (restorable)."""
    require_row(ws, "notes", note_id, "note")
    with ws.transaction() as tx:
        tx.execute("UPDATE notes SET deleted_at=? WHERE id=?", (tx.now, note_id))
        tx.audit("delete", "note", note_id)


def list_notes(ws: Workshop, event_id: str, step_id: str | None = None) -> list[Note]:
    """Notes of an event (of one step, if given), oldest first."""
    from ..model import Note  # on first use: the first window makes none

    sql = "SELECT * FROM notes WHERE event_id=? AND deleted_at IS NULL"
    params: tuple = (event_id,)
    if step_id:
        sql += " AND step_id=?"
        params += (step_id,)
    return [Note(r["id"], r["event_id"], r["step_id"], r["kind"], r["text"], r["created_at"],
                 r["owner"], r["due_date"])
            for r in ws.query(sql + " ORDER BY created_at, rowid", params)]
