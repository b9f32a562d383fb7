"""What changed between two points: programs, quick wins, SWOT items, strategies and
tujuan/sasaran added, changed (field by field, old -> new) and removed, from the file's own
history (``changes.history``).

The points: since the current bimtek started (``since_current_event``), between two bimteks
(``between_events``: from the start of the earlier to the end of the later one's last day) or
between two moments (``between_moments``). Moments are local wall-clock times, compared
without the time zone offset (the clock of the room). ``build_report`` is a pure function of
a ``History`` and a ``Range``.

Field-level values come from the audit detail ``changes`` ({field: [old, new]}) that the
services write with every edit since this version. Older edits recorded only the names of
the fields (``fields``): they show the field with its values "not recorded"; an old strategy
edit recorded nothing, and shows as changed without field detail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import reference
from ..errors import ValidationError
from .fields import FIELD_LABELS, field_label, rupiah, value_text
from .history import ENTITIES, Entry, History

#: Report sections in order: programs, then the quick win choice, SWOT, strategies, objectives.
KINDS = ("program", "quick_win", "swot", "strategy", "objective")
STATUSES = ("added", "chosen", "changed", "restored", "dropped", "removed")
#: The order of fields inside one change (others follow by name).
FIELD_ORDER = ("title", "text", "level", "type", "quadrant", "opd_id", "dimension", "element",
               "component", "horizon", "start_year", "end_year", "funding", "description",
               "benefit", "indicator", "target", "unit", "baseline_value", "baseline_year",
               "location", "weight", "rating", "author", "supporting_opd_ids", "swot_ids",
               "strategy_ids", "targets", "budget")
_MISSING = object()


@dataclass(frozen=True)
class Range:
    """The two points of a report: ``start`` and ``end`` as naive local ISO times (None: open),
    with the events that named them (``event_ids``) and how they were chosen (``how``:
    "current", "events" or "moments")."""

    start: str | None
    end: str | None
    how: str = "moments"
    event_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldChange:
    """One field of a changed record: old and new value (``_MISSING``-free: ``known`` tells
    whether the file recorded them; old files recorded only the field's name)."""

    field: str
    old: object = None
    new: object = None
    known: bool = True


@dataclass(frozen=True)
class Change:
    """One record's net change in the range."""

    kind: str
    status: str
    record_id: str
    label: str
    opd_id: str | None
    dimension: str | None
    fields: tuple[FieldChange, ...] = ()
    detail_missing: bool = False  # changed, but the file recorded no field names
    at: str = ""  # the last change in the range


@dataclass(frozen=True)
class ChangeReport:
    """The changes of a range, in report order (kind, status, OPD code, dimension, label)."""

    range: Range
    changes: tuple[Change, ...]

    def of_kind(self, kind: str) -> list[Change]:
        """The changes of one section."""
        return [c for c in self.changes if c.kind == kind]

    def counts(self) -> dict[tuple[str, str], int]:
        """How many changes per (kind, status)."""
        out: dict[tuple[str, str], int] = {}
        for c in self.changes:
            out[c.kind, c.status] = out.get((c.kind, c.status), 0) + 1
        return out


# -- ranges ----------------------------------------------------------------------------------
def moment(value: str | dt.datetime | dt.date) -> str:
    """A point as naive local ISO text to the millisecond (aware times lose their offset)."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise ValidationError("moment", f"{value!r} is not a date and time",
                                  code="moment") from exc
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    return value.replace(tzinfo=None).isoformat(timespec="milliseconds")


def _event_bounds(history: History, event_id: str) -> tuple[str, str]:
    event = history.event(event_id)
    if event is None:
        raise ValidationError("event", f"unknown event {event_id!r}", code="unknown_event")
    if not event.start_date:
        raise ValidationError("event", f"Bimtek {event.stage} has no start date",
                              code="event_without_date", stage=event.stage)
    first = dt.date.fromisoformat(event.start_date)
    return moment(first), moment(first + dt.timedelta(days=max(event.days, 1)))


def since_current_event(history: History) -> Range:
    """From the first day of the current bimtek to now."""
    if not history.current_event_id or history.event(history.current_event_id) is None:
        raise ValidationError("event", "no current bimtek is chosen", code="no_current_event")
    start, _end = _event_bounds(history, history.current_event_id)
    return Range(start, None, "current", (history.current_event_id,))


def between_events(history: History, first_id: str, last_id: str) -> Range:
    """From the start of the earlier bimtek to the end of the later one's last day (the same
    bimtek twice: that bimtek's days)."""
    a, b = _event_bounds(history, first_id), _event_bounds(history, last_id)
    if b[0] < a[0]:
        a, b = b, a
        first_id, last_id = last_id, first_id
    return Range(a[0], max(a[1], b[1]), "events", (first_id, last_id))


def since_previous_event(history: History, event_id: str) -> Range:
    """What a bimtek's laporan reports: from the end of the bimtek before it (the homework
    between them included) to the end of its own last day; the first bimtek: its own days.
    ``event_ids`` names (previous, this) or only this one."""
    start, end = _event_bounds(history, event_id)
    earlier = [e for e in history.events if e.id != event_id and e.start_date
               and _event_bounds(history, e.id)[0] < start]
    if not earlier:
        return Range(start, end, "previous", (event_id,))
    previous = max(earlier, key=lambda e: _event_bounds(history, e.id)[0])
    return Range(min(_event_bounds(history, previous.id)[1], start), end, "previous",
                 (previous.id, event_id))


def between_moments(start, end=None) -> Range:
    """Between two moments (``end`` None: until now); refused when ``end`` is before ``start``."""
    start_text = moment(start) if start is not None else None
    end_text = moment(end) if end is not None else None
    if start_text and end_text and end_text < start_text:
        raise ValidationError("end", "the end is before the start", code="range")
    return Range(start_text, end_text)


# -- the report ------------------------------------------------------------------------------
def _expanded(entries: list[Entry]) -> list[Entry]:
    """Merges as the edits and deletions they are (one entry per record)."""
    out = []
    for e in entries:
        if e.action == "merge":
            out.append(Entry(e.at, "edit", e.entity, e.entity_id, {"fields": ["text"]}))
            out += [Entry(e.at, "delete", e.entity, str(other), {})
                    for other in e.detail.get("merged", [])]
        elif e.action == "unmerge":
            out.append(Entry(e.at, "edit", e.entity, e.entity_id, {"fields": ["text"]}))
            out += [Entry(e.at, "restore", e.entity, str(other), {})
                    for other in e.detail.get("restored", [])]
        else:
            out.append(e)
    return out


def _state(action: str, state: str) -> str:
    return {"add": "live", "restore": "live", "delete": "deleted"}.get(action, state)


def _edits(entries: list[Entry]) -> tuple[dict[str, list], bool]:
    """Per field [old, new, old_known, new_known] over the edits, and whether an edit
    recorded no field at all."""
    fields: dict[str, list] = {}
    missing = False
    for e in entries:
        if e.action != "edit":
            continue
        detail = e.detail
        if "source" in detail and "year" in detail and "amount" in detail:  # a budget line
            name = f"budget:{detail['year']}:{detail['source']}"
            pairs = {name: [detail.get("old", _MISSING), detail["amount"]]}
        else:
            pairs = {k: v for k, v in (detail.get("changes") or {}).items()
                     if isinstance(v, list) and len(v) == 2}
            if "changes" not in detail:  # recorded before field values were kept
                for name in detail.get("fields") or ():
                    pairs[str(name)] = [_MISSING, _MISSING]
                missing = missing or not detail.get("fields")
        for name, (old, new) in pairs.items():
            if name in fields:
                fields[name][1], fields[name][3] = new, new is not _MISSING
            else:
                fields[name] = [old, new, old is not _MISSING, new is not _MISSING]
    return fields, missing


def _field_changes(fields: dict[str, list]) -> tuple[FieldChange, ...]:
    out = []
    for name, (old, new, old_known, new_known) in fields.items():
        if name == "quick_win":
            continue
        if old_known and new_known:
            if old == new or (old in (None, "", []) and new in (None, "", [])):
                continue
            out.append(FieldChange(name, old, new))
        else:
            out.append(FieldChange(name, None if not old_known else old,
                                   None if not new_known else new, known=False))
    return tuple(sorted(out, key=_field_key))


def _field_key(change: FieldChange) -> tuple:
    base = change.field.split(":", 1)[0]
    index = FIELD_ORDER.index(base) if base in FIELD_ORDER else len(FIELD_ORDER)
    return index, change.field


def build_report(history: History, rng: Range) -> ChangeReport:
    """The net change of every record between the two points of ``rng``: added, changed (field
    by field), restored or removed; for programs also the quick win chosen or dropped. A record
    added and removed again inside the range is left out, and so is a field changed back."""
    before: dict[tuple[str, str], str] = {}
    inside: dict[tuple[str, str], list[Entry]] = {}
    after: dict[tuple[str, str], object] = {}
    for e in _expanded(history.entries):
        if e.entity not in ENTITIES:
            continue
        key = (e.entity, e.entity_id)
        at = moment(e.at)
        if rng.start is not None and at < rng.start:
            before[key] = _state(e.action, before.get(key, "live"))
        elif rng.end is None or at < rng.end:
            inside.setdefault(key, []).append(e)
        elif key not in after and "quick_win" in (e.detail.get("changes") or {}):
            after[key] = e.detail["changes"]["quick_win"][0]  # its value at the end
    changes = []
    for key, entries in inside.items():
        changes += _changes_of(history, key, entries, before.get(key), after.get(key))
    dims = reference.dimension_ids()

    def order(c: Change) -> tuple:
        return (KINDS.index(c.kind), STATUSES.index(c.status),
                history.opd_codes.get(c.opd_id or "", c.opd_id or ""),
                dims.index(c.dimension) if c.dimension in dims else len(dims),
                c.label.casefold(), c.record_id)

    return ChangeReport(rng, tuple(sorted(changes, key=order)))


def _changes_of(history: History, key: tuple[str, str], entries: list[Entry],
                state: str | None, quick_later: object = None) -> list[Change]:
    entity, record_id = key
    if state is None:
        state = "absent" if entries[0].action == "add" else "live"
    start = state
    for e in entries:
        state = _state(e.action, state)
    record = history.record(entity, record_id)
    label = record.label if record else record_id
    opd_id, dimension = (record.opd_id, record.dimension) if record else (None, None)
    fields, missing = _edits(entries)
    at = entries[-1].at

    def change(kind, status, field_changes=(), detail_missing=False):
        return Change(kind, status, record_id, label, opd_id, dimension, field_changes,
                      detail_missing, at)

    quick = fields.get("quick_win")
    if quick and quick[3]:
        quick_now = bool(quick[1])
    elif quick_later is not None:
        quick_now = bool(quick_later)
    else:
        quick_now = bool(record and record.quick_win)
    out = []
    if start == "absent" and state == "live":
        out.append(change(entity, "added"))
        if entity == "program" and quick_now:
            out.append(change("quick_win", "chosen"))
    elif start == "live" and state == "deleted":
        out.append(change(entity, "removed"))
        if entity == "program" and quick_now:
            out.append(change("quick_win", "dropped"))
    elif state == "live":
        field_changes = _field_changes(fields)
        if start == "deleted":
            out.append(change(entity, "restored", field_changes))
        elif field_changes or (missing and not fields):
            out.append(change(entity, "changed", field_changes, missing and not fields))
        if entity == "program" and quick is not None and not (
                quick[2] and quick[3] and bool(quick[0]) == bool(quick[1])):
            out.append(change("quick_win", "chosen" if quick_now else "dropped"))
    return out


#: Rendering lives in ``fields``; re-exported so that ``report.field_label`` keeps working.
__all__ = ["FIELD_LABELS", "FIELD_ORDER", "KINDS", "STATUSES", "Change", "ChangeReport",
           "FieldChange", "Range", "between_events", "between_moments", "build_report",
           "field_label", "moment", "rupiah", "since_current_event", "since_previous_event",
           "value_text"]
