"""The JSON interchange format ``smartbimtek/1``: dump a workshop, import (create or merge).

``dump(ws)`` returns the whole workshop as a plain dict (see ``docs/interchange.md`` and
``smartbimtek/schema/interchange.schema.json``); ``import_document(ws, doc)`` validates a
document completely and then writes it in one transaction (see ``interchange_import``).

Dump, import into a new file, dump again gives the same document: every list is written in a
stable order that the importer reproduces (records keep their creation times, and records
without one are inserted in document order).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, reference
from .errors import ValidationError
from .model import STAGES
from .services.common import loads
from .store.workshop import Workshop

log = logging.getLogger(__name__)

FORMAT = "smartbimtek/1"
#: Top-level keys every dump carries (the issue's contract for other tools).
TOP_LEVEL_KEYS = ("format", "region", "events", "opds", "participants", "swot", "strategies",
                  "programs")
#: Settings carried by the format (other settings are per-laptop and stay out).
SETTINGS = ("vote_budget", "matrix_split", "ifas_variant")


def schema_path() -> Path:
    """The JSON Schema (draft 2020-12) of the format, shipped with the package."""
    return Path(__file__).resolve().parent / "schema" / "interchange.schema.json"


def stable_ids() -> dict[str, list[str]]:
    """The stable ids a document uses for dimensions, elements and readiness components."""
    return {"dimensions": list(reference.dimension_ids()),
            "elements": list(reference.elements()),
            "components": list(reference.component_ids())}


# -- dump ---------------------------------------------------------------------------------
def _rows(ws: Workshop, sql: str, params: tuple = ()) -> list:
    return ws.conn.execute(sql, params).fetchall()


def _live_events(ws: Workshop) -> list:
    order = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STAGES))
    return _rows(ws, "SELECT * FROM events WHERE deleted_at IS NULL "
                     f"ORDER BY CASE stage {order} END, start_date, created_at, rowid")


def dump(ws: Workshop) -> dict:
    """The whole workshop as an interchange document (a dict ready for ``json.dump``).

    Only live records are written; a deleted OPD still referenced by a live record is written
    with ``"deleted": true`` so that every reference resolves. Read in one read transaction.
    """
    conn = ws.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        return _dump(ws)
    finally:
        if own:
            conn.execute("COMMIT")


def _dump(ws: Workshop) -> dict:
    events = _live_events(ws)
    stage_count: dict[str, int] = {}
    for row in events:
        stage_count[row["stage"]] = stage_count.get(row["stage"], 0) + 1
    # An event is referred to by its stage when that is unambiguous, else by its id.
    event_ref = {r["id"]: (r["stage"] if stage_count[r["stage"]] == 1 else r["id"])
                 for r in events}

    def ev(event_id):
        return event_ref.get(event_id) if event_id else None

    live_steps = {}
    steps_of: dict[str, list[dict]] = {r["id"]: [] for r in events}
    for r in _rows(ws, "SELECT * FROM agenda_steps WHERE deleted_at IS NULL "
                       "ORDER BY day, position, rowid"):
        if r["event_id"] not in steps_of:
            continue
        live_steps[r["id"]] = r["event_id"]
        steps_of[r["event_id"]].append({
            "id": r["id"], "day": r["day"], "start": r["planned_start"], "minutes": r["minutes"],
            "title": r["title"], "kind": r["kind"], "dimension": r["dimension"],
            "instructions": r["instructions"], "anonymity": r["anonymity"],
            "state": r["state"], "actual_start": r["actual_start"],
            "actual_end": r["actual_end"], "paused_at": r["paused_at"],
            "paused_seconds": r["paused_seconds"], "extra_seconds": r["extra_seconds"]})
    notes_of: dict[str, list[dict]] = {r["id"]: [] for r in events}
    for r in _rows(ws, "SELECT * FROM notes WHERE deleted_at IS NULL "
                       "ORDER BY created_at, rowid"):
        if r["event_id"] in notes_of:
            step = r["step_id"] if live_steps.get(r["step_id"]) == r["event_id"] else None
            notes_of[r["event_id"]].append({"id": r["id"], "step": step, "kind": r["kind"],
                                            "text": r["text"], "created_at": r["created_at"]})
    doc_events = []
    for r in events:
        current = r["current_step_id"] if live_steps.get(r["current_step_id"]) == r["id"] \
            else None
        doc_events.append({
            "id": r["id"], "stage": r["stage"], "title": r["title"], "venue": r["venue"],
            "start_date": r["start_date"], "days": r["days"],
            "facilitators": loads(r["facilitators"], []), "current_step": current,
            "agenda": steps_of[r["id"]], "notes": notes_of[r["id"]]})

    opd_rows = {r["id"]: r for r in _rows(ws, "SELECT * FROM opds")}
    code = {i: r["code"] for i, r in opd_rows.items()}
    used_opds: set[str] = set()

    def opd(opd_id):
        if opd_id is None:
            return None
        used_opds.add(opd_id)
        return code[opd_id]

    attended: dict[str, list[dict]] = {}
    for r in _rows(ws, "SELECT a.* FROM attendance a JOIN events e ON e.id = a.event_id "
                       "WHERE e.deleted_at IS NULL ORDER BY a.participant_id, e.stage, "
                       "e.start_date, e.created_at, e.rowid, a.day"):
        attended.setdefault(r["participant_id"], []).append(
            {"event": event_ref[r["event_id"]], "day": r["day"],
             "checked_in_at": r["checked_in_at"]})
    participants = [
        {"id": r["id"], "name": r["name"], "opd": opd(r["opd_id"]), "position": r["position"],
         "phone": r["phone"], "attended_days": attended.get(r["id"], [])}
        for r in _rows(ws, "SELECT * FROM participants WHERE deleted_at IS NULL "
                           "ORDER BY name COLLATE NOCASE, rowid")]

    swot_rows = _rows(ws, "SELECT * FROM swot_items WHERE deleted_at IS NULL "
                          "ORDER BY created_at, rowid")
    live_swot = {r["id"] for r in swot_rows}
    swot = [{"id": r["id"], "opd": opd(r["opd_id"]), "quadrant": r["quadrant"], "text": r["text"],
             "dimension": r["dimension"], "element": r["element"], "component": r["component"],
             "weight": r["weight"], "rating": r["rating"], "author": r["author"],
             "source": r["source"], "event": ev(r["event_id"]), "created_at": r["created_at"],
             "updated_at": r["updated_at"]} for r in swot_rows]

    links: dict[str, list[str]] = {}
    for sid, swot_id in _rows(ws, "SELECT l.strategy_id, l.swot_id FROM strategy_links l "
                                  "JOIN swot_items s ON s.id = l.swot_id "
                                  "ORDER BY s.created_at, s.rowid"):
        if swot_id in live_swot:
            links.setdefault(sid, []).append(swot_id)
    strategy_rows = _rows(ws, "SELECT * FROM strategies WHERE deleted_at IS NULL "
                              "ORDER BY type, created_at, rowid")
    live_strategies = {r["id"] for r in strategy_rows}
    strategies = [{"id": r["id"], "type": r["type"], "text": r["text"], "opd": opd(r["opd_id"]),
                   "swot_refs": links.get(r["id"], []), "created_at": r["created_at"],
                   "updated_at": r["updated_at"]} for r in strategy_rows]

    programs = _dump_programs(ws, opd, ev, live_swot, live_strategies)

    opds = []
    for r in _rows(ws, "SELECT * FROM opds ORDER BY table_no IS NULL, table_no, code"):
        if r["deleted_at"] is not None and r["id"] not in used_opds:
            continue
        item = {"id": r["id"], "code": r["code"], "name": r["name"], "table_no": r["table_no"]}
        if r["deleted_at"] is not None:
            item["deleted"] = True
        opds.append(item)

    plan = ws.conn.execute("SELECT * FROM plan WHERE id = 1").fetchone()
    region = {"name": plan["region_name"], "type": plan["region_type"],
              "plan_title": plan["plan_title"], "period_start": plan["period_start"],
              "period_end": plan["period_end"], "vision": plan["vision"],
              "missions": loads(plan["missions"], []), "goals": loads(plan["goals"], []),
              "targets": loads(plan["targets"], []), "narratives": loads(plan["narratives"], {}),
              "facilitators": loads(plan["facilitators"], [])}
    settings = {key: ws.setting(key) for key in SETTINGS}
    settings["current_event"] = ev(ws.setting("current_event_id"))
    return {
        "format": FORMAT,
        "generator": f"SmartBimtek {__version__}",
        "region": region,
        "settings": settings,
        "criteria": [{"key": r["key"], "label_id": r["label_id"], "label_en": r["label_en"],
                      "scale_min": r["scale_min"], "scale_max": r["scale_max"]}
                     for r in _rows(ws, "SELECT * FROM criteria ORDER BY position, key")],
        "events": doc_events,
        "opds": opds,
        "participants": participants,
        "swot": swot,
        "strategies": strategies,
        "readiness": [{"component": r["component"], "dimension": r["dimension"],
                       "rating": r["rating"], "notes": r["notes"]}
                      for r in _rows(ws, "SELECT * FROM readiness ORDER BY component, "
                                         "dimension")],
        "programs": programs,
    }


def _dump_programs(ws: Workshop, opd, ev, live_swot: set, live_strategies: set) -> list[dict]:
    rows = _rows(ws, "SELECT * FROM programs WHERE deleted_at IS NULL ORDER BY created_at, rowid")
    support: dict[str, list[str]] = {}
    for pid, opd_id in _rows(ws, "SELECT s.program_id, s.opd_id FROM program_support s "
                                 "JOIN opds o ON o.id = s.opd_id ORDER BY o.code"):
        support.setdefault(pid, []).append(opd_id)
    swot_refs: dict[str, list[str]] = {}
    strategy_refs: dict[str, list[str]] = {}
    for pid, kind, target in _rows(ws, "SELECT program_id, target_kind, target_id "
                                       "FROM program_links ORDER BY rowid"):
        if kind == "swot" and target in live_swot:
            swot_refs.setdefault(pid, []).append(target)
        elif kind == "strategy" and target in live_strategies:
            strategy_refs.setdefault(pid, []).append(target)
    scores: dict[str, list[dict]] = {}
    for r in _rows(ws, "SELECT * FROM scores ORDER BY created_at, rowid"):
        scores.setdefault(r["program_id"], []).append(
            {"rater": r["rater"], "rater_kind": r["rater_kind"], "criterion": r["criterion"],
             "value": r["value"], "source": r["source"], "event": ev(r["event_id"])})
    votes: dict[str, list[dict]] = {}
    for r in _rows(ws, "SELECT * FROM votes ORDER BY voter_kind, voter"):
        votes.setdefault(r["program_id"], []).append(
            {"voter": r["voter"], "voter_kind": r["voter_kind"], "count": r["count"]})
    placed = {r["program_id"]: {"impact": r["impact"], "effort": r["effort"]}
              for r in _rows(ws, "SELECT * FROM placements")}
    out = []
    for r in rows:
        pid = r["id"]
        out.append({
            "id": pid, "opd": opd(r["opd_id"]), "title": r["title"],
            "description": r["description"], "benefit": r["benefit"],
            "dimension": r["dimension"],
            "element": r["element"], "horizon": r["horizon"], "start_year": r["start_year"],
            "end_year": r["end_year"], "funding": r["funding"], "indicator": r["indicator"],
            "target": r["target"],
            "supporting": [opd(o) for o in support.get(pid, []) if o != r["opd_id"]],
            "swot_refs": swot_refs.get(pid, []), "strategy_refs": strategy_refs.get(pid, []),
            "quick_win": bool(r["quick_win"]), "source": r["source"], "event": ev(r["event_id"]),
            "created_at": r["created_at"], "updated_at": r["updated_at"],
            "placement": placed.get(pid), "scores": scores.get(pid, []),
            "votes": votes.get(pid, [])})
    return out


# -- import -------------------------------------------------------------------------------
@dataclass
class ImportReport:
    """What an import did, per kind of record (``swot``, ``programs``, ``scores``...).

    ``created``: new records; ``updated``: records matched (by id or natural key) and
    written; ``kept``: records matched whose copy in the file was newer (left as they were).
    """

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: str, kind: str, n: int = 1) -> None:
        """Count ``n`` records of ``kind`` as ``created``, ``updated`` or ``kept``."""
        if n:
            bucket = getattr(self, outcome)
            bucket[kind] = bucket.get(kind, 0) + n

    def as_dict(self) -> dict:
        """Plain dict (for the audit row and JSON output)."""
        return {"created": dict(self.created), "updated": dict(self.updated),
                "kept": dict(self.kept)}

    def summary(self) -> str:
        """One line for people, e.g. ``created: 12 swot, 3 programs; updated: 1 opds``."""
        parts = []
        for outcome in ("created", "updated", "kept"):
            bucket = getattr(self, outcome)
            if bucket:
                parts.append(f"{outcome}: " + ", ".join(f"{n} {k}" for k, n in bucket.items()))
        return "; ".join(parts) or "nothing to import"


def import_document(ws: Workshop, doc: object, *, source: str = "import",
                    actor: str | None = None) -> ImportReport:
    """Create or merge the records of an interchange document into the workshop.

    Validates the whole document first (raising ``ValidationError`` naming the record and
    field, e.g. ``swot[12].quadrant: 'X' is not one of S, W, O, T``), then writes everything
    in one transaction with one audit row. Returns an ``ImportReport``.
    """
    from .interchange_import import run_import

    return run_import(ws, doc, source=source, actor=actor)


# -- files --------------------------------------------------------------------------------
def read_document(path: str | Path) -> dict:
    """Read an interchange file; bad JSON raises ``ValidationError`` with line and column."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError("file", f"{path} does not exist", code="missing") from None
    except UnicodeDecodeError as exc:
        raise ValidationError("file", f"{path.name} is not UTF-8 text ({exc.reason})",
                              code="encoding") from None
    except OSError as exc:
        raise ValidationError("file", f"{path.name} cannot be read ({exc.strerror})",
                              code="io") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError("file", f"{path.name} is not valid JSON: {exc.msg} at line "
                              f"{exc.lineno}, column {exc.colno}", code="json") from None
    if not isinstance(doc, dict):
        raise ValidationError("file", f"{path.name} must hold a JSON object", code="type")
    return doc


def write_document(doc: dict, path: str | Path) -> Path:
    """Write a document as UTF-8 JSON atomically (temp file, then ``os.replace``)."""
    path = Path(path)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(doc, out, ensure_ascii=False, indent=1)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
