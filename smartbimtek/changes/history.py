"""The file's own history, read for the change report (``changes.report``).

Every service writes an audit row with each change (``Transaction.audit``). This module reads
the rows that matter for the change report (adds, edits, deletions, restores and merges of
programs, SWOT items, strategies and tujuan/sasaran) together with a short description of
every record they name, deleted records included, into a ``History``: plain data that the
report is computed from without the file (a pure function, as the exporters need).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..store.workshop import Workshop

#: Audit entities of the report, in the order their sections appear.
ENTITIES = ("program", "swot", "strategy", "objective")
#: Audit actions that change a record's content or existence.
ACTIONS = ("add", "edit", "delete", "restore", "merge", "unmerge")


@dataclass(frozen=True)
class Entry:
    """One audit row: ``at`` (ISO local time), what was done to which record, the detail."""

    at: str
    action: str
    entity: str
    entity_id: str
    detail: dict
    actor: str = ""
    source: str = ""


@dataclass(frozen=True)
class Record:
    """What the report says about a record: its label and owner, as the file holds it now."""

    entity: str
    id: str
    label: str
    opd_id: str | None = None
    dimension: str | None = None
    kind: str = ""  # SWOT quadrant, strategy type or objective level
    quick_win: bool = False
    deleted: bool = False


@dataclass(frozen=True)
class EventPoint:
    """A bimtek as a point of the report: its id, stage, title and dates."""

    id: str
    stage: str
    title: str = ""
    start_date: str = ""
    days: int = 2


@dataclass
class History:
    """The change history of a workshop file (see the module docstring)."""

    entries: list[Entry] = field(default_factory=list)
    records: dict[tuple[str, str], Record] = field(default_factory=dict)
    events: list[EventPoint] = field(default_factory=list)
    opd_codes: dict[str, str] = field(default_factory=dict)
    current_event_id: str | None = None
    #: Table groups by id (their name), so that a record's group shows by name.
    group_names: dict[str, str] = field(default_factory=dict)

    def record(self, entity: str, record_id: str) -> Record | None:
        """The record named by an audit row (None when the file no longer has it)."""
        return self.records.get((entity, record_id))

    def event(self, event_id: str) -> EventPoint | None:
        """The event ``event_id`` or None."""
        return next((e for e in self.events if e.id == event_id), None)


def _detail(text: str) -> dict:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def load_history(ws: Workshop) -> History:
    """Read the history of the open workshop (call inside a read transaction for a
    consistent view, as ``take_snapshot`` does)."""
    marks = ", ".join("?" * len(ENTITIES))
    acts = ", ".join("?" * len(ACTIONS))
    entries = [
        Entry(row["at"], row["action"], row["entity"], row["entity_id"], _detail(row["detail"]),
              row["actor"] or "", row["source"] or "")
        for row in ws.query(f"SELECT at, actor, source, action, entity, entity_id, detail "
                            f"FROM audit WHERE entity IN ({marks}) AND action IN ({acts}) "
                            f"ORDER BY id", (*ENTITIES, *ACTIONS))
    ]
    records: dict[tuple[str, str], Record] = {}
    for row in ws.query("SELECT id, title, opd_id, dimension, quick_win, deleted_at "
                        "FROM programs"):
        records["program", row[0]] = Record("program", row[0], row[1], row[2], row[3], "",
                                            bool(row[4]), row[5] is not None)
    for row in ws.query("SELECT id, text, opd_id, dimension, quadrant, deleted_at "
                        "FROM swot_items"):
        records["swot", row[0]] = Record("swot", row[0], row[1], row[2], row[3], row[4],
                                         False, row[5] is not None)
    for row in ws.query("SELECT id, text, opd_id, dimension, type, deleted_at "
                        "FROM strategies"):
        records["strategy", row[0]] = Record("strategy", row[0], row[1], row[2], row[3],
                                             row[4], False, row[5] is not None)
    for row in ws.query("SELECT id, text, dimension, level, deleted_at FROM objectives"):
        records["objective", row[0]] = Record("objective", row[0], row[1], None, row[2],
                                              row[3], False, row[4] is not None)
    events = [EventPoint(row[0], row[1], row[2] or "", row[3] or "", row[4] or 2)
              for row in ws.query("SELECT id, stage, title, start_date, days FROM events "
                                  "WHERE deleted_at IS NULL ORDER BY start_date, stage, rowid")]
    codes = {row[0]: row[1] for row in ws.query("SELECT id, code FROM opds")}
    names = {row[0]: row[1] for row in ws.query("SELECT id, name FROM groups")}
    return History(entries, records, events, codes, ws.setting("current_event_id"), names)
