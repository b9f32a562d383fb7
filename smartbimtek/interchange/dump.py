"""The dump half of the JSON interchange format ``smartbimtek/1``: a workshop as a document.

Dump, import into a new file, dump again gives the same document: every list is written in a
stable order that the importer reproduces (records keep their creation times, and records
without one are inserted in document order).
"""

from __future__ import annotations

from .. import __version__
from ..model import STAGES
from ..services import roadmap as roadmap_service
from ..services.common import loads
from ..store.workshop import Workshop
from .document import FORMAT, SETTINGS
from .masterplan import dump_masterplan, program_plan_fields
from .stages import dump_stages


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
                                            "text": r["text"], "created_at": r["created_at"],
                                            "owner": r["owner"], "due_date": r["due_date"]})
    doc_events = []
    for r in events:
        current = r["current_step_id"] if live_steps.get(r["current_step_id"]) == r["id"] \
            else None
        doc_events.append({
            "id": r["id"], "stage": r["stage"], "title": r["title"], "venue": r["venue"],
            "start_date": r["start_date"], "days": r["days"],
            "facilitators": loads(r["facilitators"], []), "current_step": current,
            "legal_basis": r["legal_basis"], "agreement_number": r["agreement_number"],
            "facilitator_institution": r["facilitator_institution"],
            "speakers": loads(r["speakers"], []), "conclusions": r["conclusions"],
            "recommendations": r["recommendations"],
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
         "phone": r["phone"], "category": r["category"], "institution": r["institution"],
         "attended_days": attended.get(r["id"], [])}
        for r in _rows(ws, "SELECT * FROM participants WHERE deleted_at IS NULL "
                           "ORDER BY name COLLATE NOCASE, rowid")]

    swot_rows = _rows(ws, "SELECT * FROM swot_items WHERE deleted_at IS NULL "
                          "ORDER BY created_at, rowid")
    live_swot = {r["id"] for r in swot_rows}
    links: dict[str, list[str]] = {}
    for sid, swot_id in _rows(ws, "SELECT l.strategy_id, l.swot_id FROM strategy_links l "
                                  "JOIN swot_items s ON s.id = l.swot_id "
                                  "ORDER BY s.created_at, s.rowid"):
        if swot_id in live_swot:
            links.setdefault(sid, []).append(swot_id)
    strategy_rows = _rows(ws, "SELECT * FROM strategies WHERE deleted_at IS NULL "
                              "ORDER BY type, created_at, rowid")
    live_strategies = {r["id"] for r in strategy_rows}

    def swot_record(r) -> dict:
        return {"id": r["id"], "opd": opd(r["opd_id"]), "quadrant": r["quadrant"],
                "text": r["text"], "dimension": r["dimension"], "element": r["element"],
                "component": r["component"], "weight": r["weight"], "rating": r["rating"],
                "author": r["author"], "source": r["source"], "event": ev(r["event_id"]),
                "created_at": r["created_at"], "updated_at": r["updated_at"]}

    def strategy_record(r) -> dict:
        return {"id": r["id"], "type": r["type"], "text": r["text"], "opd": opd(r["opd_id"]),
                "dimension": r["dimension"],
                "swot_refs": links.get(r["id"], []), "created_at": r["created_at"],
                "updated_at": r["updated_at"]}

    swot = [swot_record(r) for r in swot_rows]
    strategies = [strategy_record(r) for r in strategy_rows]
    programs = _dump_programs(ws, opd, ev, live_swot, live_strategies)
    # Deleted records with a change time travel too, so that a merge keeps them deleted.
    deleted = {
        "swot": [dict(swot_record(r), deleted_at=r["deleted_at"]) for r in _rows(
            ws, "SELECT * FROM swot_items WHERE deleted_at IS NOT NULL "
                "ORDER BY created_at, rowid")],
        "strategies": [dict(strategy_record(r), deleted_at=r["deleted_at"]) for r in _rows(
            ws, "SELECT * FROM strategies WHERE deleted_at IS NOT NULL "
                "ORDER BY type, created_at, rowid")],
        "programs": _dump_programs(ws, opd, ev, live_swot, live_strategies, deleted=True)}
    deleted = {kind: records for kind, records in deleted.items() if records}

    stages = dump_stages(ws, opd, ev)
    stages = {k: v for k, v in stages.items() if v}
    opds = []
    for r in _rows(ws, "SELECT * FROM opds ORDER BY table_no IS NULL, table_no, code"):
        if r["deleted_at"] is not None and r["id"] not in used_opds:
            continue
        item = {"id": r["id"], "code": r["code"], "name": r["name"], "table_no": r["table_no"],
                "title": r["title"]}
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
    settings["ifas_convention"] = ws.setting("ifas_convention") or "diagram"
    settings["current_event"] = ev(ws.setting("current_event_id"))
    limits = roadmap_service.limits(ws)
    if any(v is not None for v in limits.values()):  # a file that never set them: left out
        settings["roadmap_limits"] = limits
    masterplan = dump_masterplan(ws, opd)
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
        "masterplan": masterplan,
        **({"stages": stages} if stages else {}),
        **({"deleted": deleted} if deleted else {}),
    }


def _dump_programs(ws: Workshop, opd, ev, live_swot: set, live_strategies: set, *,
                   deleted: bool = False) -> list[dict]:
    rows = _rows(ws, f"SELECT * FROM programs WHERE deleted_at IS {'NOT ' if deleted else ''}"
                     "NULL ORDER BY created_at, rowid")
    if not rows:
        return []
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
    plans = program_plan_fields(ws)
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
            "votes": votes.get(pid, []), **plans.get(pid, {})})
        if deleted:
            out[-1]["deleted_at"] = r["deleted_at"]
    return out


