"""The region's plan and the bimtek events."""

from __future__ import annotations

import datetime as dt

from .. import reference
from ..errors import ValidationError
from ..model import REGION_TYPES, STAGES, Event, Plan, Speaker, new_id
from ..store.workshop import Workshop
from ..text import MAX_TEXT, clean_choice, clean_number, clean_short, clean_text
from .common import dumps, loads, require_row, soft_delete

#: Narrative fields of the master plan the workshop does not produce (the Tim Pelaksana writes
#: them). The export outline (``exports/outline.py``) may use only these keys; a test checks.
NARRATIVE_KEYS = ("background", "aims", "legal_basis", "scope", "method", "regional_profile",
                  "digital_profile", "readiness", "strategic_issues",
                  "development_suprastruktur", "development_infrastruktur",
                  "development_struktur", "closing")


def get_plan(ws: Workshop) -> Plan:
    """The region and master plan fields."""
    row = ws.query_one("SELECT * FROM plan WHERE id = 1")
    return Plan(row["region_name"], row["region_type"], row["plan_title"], row["period_start"],
                row["period_end"], row["vision"], loads(row["missions"], []),
                loads(row["goals"], []), loads(row["targets"], []),
                loads(row["narratives"], {}), loads(row["facilitators"], []))


def _clean_list(values, field: str, record: str | None = None) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str) or not isinstance(values, list | tuple):
        raise ValidationError(field, "must be a list of texts", code="type", record=record)
    cleaned = [clean_text(v, f"{field}[{i}]", required=False, record=record)
               for i, v in enumerate(values)]
    return [v for v in cleaned if v]


_PLAN_FIELDS = tuple(Plan().__dict__)


def clean_plan_fields(fields: dict, record: str | None = None) -> dict:
    """Validate plan fields (shared by ``update_plan`` and the importer).

    Unknown names are refused; the period is checked by ``check_period``.
    """
    out = {}
    for name, value in fields.items():
        if name not in _PLAN_FIELDS:
            raise ValidationError(name, "is not a plan field", code="unknown_field",
                                  record=record)
        if name in ("region_name", "plan_title"):
            value = clean_short(value, name, required=False, record=record)
        elif name == "region_type":
            value = clean_choice(value, name, REGION_TYPES, record=record)
        elif name in ("period_start", "period_end"):
            value = clean_number(value, name, minimum=2000, maximum=2100, integer=True,
                                 required=False, record=record)
        elif name == "vision":
            value = clean_text(value, name, required=False, record=record)
        elif name in ("missions", "goals", "targets", "facilitators"):
            value = _clean_list(value, name, record)
        elif name == "narratives":
            if value is None:
                value = {}
            if not isinstance(value, dict):
                raise ValidationError(name, "must be a mapping", code="type", record=record)
            value = {str(k): clean_text(v, f"narratives.{k}", required=False,
                                        max_len=MAX_TEXT * 5, record=record)
                     for k, v in value.items()}
            value = {k: v for k, v in value.items() if v}
        out[name] = value
    return out


def check_period(start: int | None, end: int | None, record: str | None = None) -> None:
    """Refuse a plan period that runs backwards or covers more than 10 years."""
    if start and end and not (start <= end <= start + 10):
        raise ValidationError("period_end", f"the plan period {start}-{end} must run forward "
                              "and cover at most 10 years", code="range", record=record)


def update_plan(ws: Workshop, **fields) -> Plan:
    """Change plan fields (region_name, region_type, plan_title, period_start, period_end,
    vision, missions, goals, targets, narratives, facilitators). Unknown names are refused."""
    values = dict(get_plan(ws).__dict__)
    values.update(clean_plan_fields(fields))
    start, end = values["period_start"], values["period_end"]
    check_period(start, end)
    with ws.transaction() as tx:
        tx.execute(
            "UPDATE plan SET region_name=?, region_type=?, plan_title=?, period_start=?, "
            "period_end=?, vision=?, missions=?, goals=?, targets=?, narratives=?, "
            "facilitators=?, updated_at=? WHERE id = 1",
            (values["region_name"], values["region_type"], values["plan_title"], start, end,
             values["vision"], dumps(values["missions"]), dumps(values["goals"]),
             dumps(values["targets"]), dumps(values["narratives"]),
             dumps(values["facilitators"]), tx.now))
        tx.audit("edit", "plan", "1", {"fields": sorted(fields)})
    return get_plan(ws)


#: Event fields of the laporan pelaksanaan (migration 9): short texts, narratives, speakers.
EVENT_REPORT_SHORT = ("agreement_number", "facilitator_institution")
EVENT_REPORT_TEXTS = ("legal_basis", "conclusions", "recommendations")


def _speakers(raw) -> list[Speaker]:
    return [Speaker(str(s.get("name", "")), str(s.get("institution", "")),
                    str(s.get("topic", ""))) for s in loads(raw, []) if isinstance(s, dict)]


def _event(row) -> Event:
    return Event(row["id"], row["stage"], row["venue"], row["start_date"], row["days"],
                 loads(row["facilitators"], []), row["title"], row["legal_basis"],
                 row["agreement_number"], row["facilitator_institution"],
                 _speakers(row["speakers"]), row["conclusions"], row["recommendations"])


def clean_speakers(values, record: str | None = None) -> list[Speaker]:
    """Validate the narasumber list: items with a name, an institution and a topic (mappings
    or ``Speaker``); items without a name are dropped."""
    if values is None:
        return []
    if isinstance(values, str) or not isinstance(values, list | tuple):
        raise ValidationError("speakers", "must be a list of narasumber", code="type",
                              record=record)
    out = []
    for i, item in enumerate(values):
        if isinstance(item, Speaker):
            item = item.__dict__
        if not isinstance(item, dict):
            raise ValidationError(f"speakers[{i}]", "must have a name, an institution and a "
                                  "topic", code="type", record=record)
        name = clean_short(item.get("name"), f"speakers[{i}].name", required=False,
                           record=record)
        if name:
            out.append(Speaker(name, clean_short(item.get("institution"),
                                                 f"speakers[{i}].institution",
                                                 required=False, record=record),
                               clean_short(item.get("topic"), f"speakers[{i}].topic",
                                           required=False, record=record)))
    return out


def _speakers_json(speakers: list[Speaker]) -> str:
    return dumps([s.__dict__ for s in speakers])


def _check_date(value, field: str = "start_date", record: str | None = None) -> str:
    if value in (None, ""):
        return ""
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a date (YYYY-MM-DD)",
                              code="type", record=record) from None


def clean_event_fields(fields: dict, record: str | None = None) -> dict:
    """Validate event fields: stage, title, venue, start_date, days, facilitators and the
    laporan's fields (legal_basis, agreement_number, facilitator_institution, speakers,
    conclusions, recommendations); shared by the services and the importer. Unknown names
    are refused."""
    out = {}
    for name, value in fields.items():
        if name == "stage":
            value = clean_choice(value, name, STAGES, record=record)
        elif name in ("venue", "title"):
            value = clean_short(value, name, required=False, record=record)
        elif name == "start_date":
            value = _check_date(value, record=record)
        elif name == "days":
            value = clean_number(value, name, minimum=1, maximum=5, integer=True, record=record)
        elif name == "facilitators":
            value = _clean_list(value, name, record)
        elif name in EVENT_REPORT_SHORT:
            value = clean_short(value, name, required=False, record=record)
        elif name in EVENT_REPORT_TEXTS:
            value = clean_text(value, name, required=False, record=record)
        elif name == "speakers":
            value = clean_speakers(value, record)
        else:
            raise ValidationError(name, "is not an event field", code="unknown_field",
                                  record=record)
        out[name] = value
    return out


def list_events(ws: Workshop) -> list[Event]:
    """All events, in stage order."""
    rows = ws.query("SELECT * FROM events WHERE deleted_at IS NULL ORDER BY stage, start_date")
    order = {s: i for i, s in enumerate(STAGES)}
    return sorted((_event(r) for r in rows), key=lambda e: (order[e.stage], e.start_date))


def get_event(ws: Workshop, event_id: str) -> Event:
    """One event."""
    return _event(require_row(ws, "events", event_id, "event"))


def current_event(ws: Workshop) -> Event | None:
    """The event being run (the setting, else the latest event)."""
    event_id = ws.setting("current_event_id")
    if event_id:
        row = ws.query_one("SELECT * FROM events WHERE id = ? AND deleted_at IS NULL",
                           (event_id,))
        if row is not None:
            return _event(row)
    events = list_events(ws)
    return events[-1] if events else None


def add_event(ws: Workshop, stage: str, *, venue: str = "", start_date: str = "", days: int = 2,
              facilitators: list[str] | None = None, title: str = "",
              with_template: bool = True, event_id: str | None = None) -> Event:
    """Create an event (stage I-IV), by default with the stage's two-day agenda template."""
    from .agenda import insert_template_steps  # agenda builds on events

    values = clean_event_fields(dict(stage=stage, venue=venue, start_date=start_date,
                                     days=days, title=title, facilitators=facilitators))
    stage, venue, start_date = values["stage"], values["venue"], values["start_date"]
    days, title, facilitators = values["days"], values["title"], values["facilitators"]
    if not title:
        template = reference.agenda_templates().get(stage, {})
        title = template.get("title_id", f"Bimtek {stage}")
    event_id = event_id or new_id()
    with ws.transaction() as tx:
        tx.execute("INSERT INTO events (id, stage, title, venue, start_date, days, facilitators, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (event_id, stage, title, venue, start_date, days, dumps(facilitators), tx.now))
        if with_template:
            insert_template_steps(tx, event_id, stage)
        _set_current_event(tx, event_id)
        tx.audit("add", "event", event_id, {"stage": stage})
    return get_event(ws, event_id)


def start_event(ws: Workshop, stage: str, **fields) -> Event:
    """Open the next bimtek on this file (Bimtek II on a Bimtek I file, ...): a new event with
    its stage's agenda template becomes the event being run. Nothing is copied or lost: every
    record stays where it is and keeps the bimtek it was created in (``created_event_id``);
    changes from now on are stamped with the new event. Same arguments as ``add_event``."""
    return add_event(ws, stage, **fields)


def _set_current_event(tx, event_id: str | None) -> None:
    tx.execute("INSERT INTO meta (key, value) VALUES ('setting.current_event_id', ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (dumps(event_id),))


def delete_event(ws: Workshop, event_id: str) -> None:
    """Remove an event with its agenda (kept in the file, restorable). When it was the event
    being run, the latest remaining event becomes current."""
    get_event(ws, event_id)
    with ws.transaction() as tx:
        soft_delete(ws, "events", "event", event_id)
        if ws.setting("current_event_id") == event_id:
            remaining = list_events(ws)
            _set_current_event(tx, remaining[-1].id if remaining else None)


def restore_event(ws: Workshop, event_id: str) -> Event:
    """Bring back a deleted event (undo); it becomes the event being run."""
    if ws.query_one("SELECT 1 FROM events WHERE id=?", (event_id,)) is None:
        raise ValidationError("event", f"unknown event {event_id!r}", code="not_found")
    with ws.transaction() as tx:
        tx.execute("UPDATE events SET deleted_at=NULL WHERE id=?", (event_id,))
        _set_current_event(tx, event_id)
        tx.audit("restore", "event", event_id)
    return get_event(ws, event_id)


def update_event(ws: Workshop, event_id: str, **fields) -> Event:
    """Change an event's stage, title, venue, start_date, days, facilitators or the laporan's
    fields (see ``clean_event_fields``)."""
    event = get_event(ws, event_id)
    values = dict(event.__dict__)
    values.update(clean_event_fields(fields))
    with ws.transaction() as tx:
        tx.execute("UPDATE events SET stage=?, title=?, venue=?, start_date=?, days=?, "
                   "facilitators=?, legal_basis=?, agreement_number=?, "
                   "facilitator_institution=?, speakers=?, conclusions=?, recommendations=? "
                   "WHERE id=?",
                   (values["stage"], values["title"], values["venue"], values["start_date"],
                    values["days"], dumps(values["facilitators"]), values["legal_basis"],
                    values["agreement_number"], values["facilitator_institution"],
                    _speakers_json(values["speakers"]), values["conclusions"],
                    values["recommendations"], event_id))
        tx.audit("edit", "event", event_id, {"fields": sorted(fields)})
    return get_event(ws, event_id)


def event_dates(event: Event) -> list[dt.date | None]:
    """The calendar date of each day of an event (None when the start date is unknown)."""
    if not event.start_date:
        return [None] * event.days
    first = dt.date.fromisoformat(event.start_date)
    return [first + dt.timedelta(days=i) for i in range(event.days)]
