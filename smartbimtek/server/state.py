"""What the phone page shows, composed from the core services (read only)."""

from __future__ import annotations

import hashlib
import json

from .. import reference
from ..errors import NotFoundError
from ..model import FUNDING, HORIZONS, QUADRANTS, AgendaStep
from ..rules import agenda as agenda_rules
from ..rules import stages as stage_rules
from ..services import groups, keywords, lan, plan, programs, review, roster, swot
from ..services.lan_entries import (
    comment_dict,
    keyword_dict,
    own_comment_ids,
    program_dict,
    swot_dict,
    table_opds,
)
from ..store.workshop import Workshop

#: How many ranked programs the revealed results list.
RESULTS_LIMIT = 30


def step_dict(ws: Workshop, step: AgendaStep | None) -> dict | None:
    """The current step for the page: title, kind, instructions and its timer."""
    if step is None:
        return None
    now = ws.clock()
    return {"id": step.id, "title": step.title, "kind": step.kind,
            "instructions": step.instructions, "dimension": step.dimension,
            "anonymity": step.anonymity, "state": step.state,
            "remaining": round(agenda_rules.remaining_seconds(step, now), 1),
            "total": agenda_rules.total_seconds(step),
            "phase": agenda_rules.phase(step, now)}


def public_state(ws: Workshop) -> dict:
    """What anyone on the network may see before joining: the region and whether the current
    step asks for names (nothing about tables or entries)."""
    step = lan.current_step(ws)
    region = plan.get_plan(ws).region_name
    return {"region": region, "name_required": not lan.step_is_anonymous(step),
            "step_title": step.title if step else None}


def reference_data() -> dict:
    """Labels for the entry forms (both languages): dimensions with elements and hints,
    readiness components, quadrants, horizons, funding sources."""
    dims = [{"id": d["id"], "name_id": d["name_id"], "name_en": d["name_en"],
             "elements": [{"id": e["id"], "name_id": e["name_id"], "name_en": e["name_en"],
                           "hint_id": e.get("hint_id", ""), "hint_en": e.get("hint_en", "")}
                          for e in d["elements"]]} for d in reference.dimensions()]
    comps = [{"id": c["id"], "name_id": c["name_id"], "name_en": c["name_en"],
              "core": bool(c.get("core"))} for c in reference.components()]
    return {"dimensions": dims, "components": comps, "quadrants": list(QUADRANTS),
            "horizons": list(HORIZONS), "funding": list(FUNDING)}


def _ballot(ws: Workshop, session: lan.LanSession, step: AgendaStep) -> dict:
    codes = {o.id: o.code for o in roster.list_opds(ws)}
    items = programs.list_programs(ws, dimension=step.dimension or None)
    scores: dict[str, dict[str, int]] = {}
    for score in programs.list_scores(ws, rater=session.opd_code):
        if score.rater_kind == "opd":
            scores.setdefault(score.program_id, {})[score.criterion] = score.value
    votes = {v.program_id: v.count for v in programs.list_votes(ws)
             if v.voter_kind == "opd" and v.voter == session.opd_code}
    criteria = [{"key": c.key, "label_id": c.label_id, "label_en": c.label_en,
                 "min": c.scale_min, "max": c.scale_max} for c in programs.list_criteria(ws)]
    # Titles and ids only: descriptions come one at a time from ``program_details`` (every
    # phone polls this; one OPD's long texts must not travel to every phone every 4 s).
    return {"programs": [{"id": p.id, "title": p.title, "opd_code": codes.get(p.opd_id, ""),
                          "dimension": p.dimension, "horizon": p.horizon} for p in items],
            "scores": scores, "votes": votes, "criteria": criteria,
            "vote_budget": int(ws.setting("vote_budget") or 0),
            "votes_used": programs.votes_used(ws, session.opd_code, "opd")}


def phone_state(ws: Workshop, session: lan.LanSession, csrf: str) -> dict:
    """Everything the joined page needs in one poll: the table, the step and its timer, the
    facilitator's switches, the table's own entries, and the ballot in a scoring step."""
    return phone_state_tagged(ws, session, csrf)[0]


def version_tag(data: object) -> str:
    """A short digest of JSON-able data (an ETag)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


#: Fields of the state that change with the clock alone; the page runs the timer itself
#: from ``remaining`` (and the phase from it), so they do not make a poll "changed".
_CLOCK_FIELDS = ("remaining", "phase")


def phone_state_tagged(ws: Workshop, session: lan.LanSession, csrf: str) -> tuple[dict, str]:
    """``phone_state`` and its version tag: the tag changes when anything the page shows
    changes (the timer's settings included), not when only the clock moved."""
    step = lan.current_step(ws)
    state = _phone_state(ws, session, csrf, step)
    stable = dict(state, server_time=None)
    if state["step"] is not None:
        stable["step"] = {k: v for k, v in state["step"].items() if k not in _CLOCK_FIELDS}
        stable["timer"] = [step.actual_start, step.actual_end, step.paused_at,
                           step.paused_seconds, step.extra_seconds, step.minutes]
    return state, version_tag(stable)


def group_dict(ws: Workshop, session: lan.LanSession) -> dict | None:
    """The session's group (kelompok) for the page: name, kind, preset dimension and the OPDs
    it may write for (the page offers an OPD choice when there are several)."""
    if session.group_id is None:
        return None
    try:
        group = groups.get_group(ws, session.group_id)
    except NotFoundError:
        return None
    opds = {o.id: o for o in roster.list_opds(ws)}
    return {"id": group.id, "name": group.name, "kind": group.kind,
            "dimension": group.dimension, "component": group.component,
            "opds": [{"id": i, "code": opds[i].code, "name": opds[i].name}
                     for i in table_opds(ws, session) if i in opds]}


def _entries_of(ws: Workshop, session: lan.LanSession) -> dict:
    """Whose SWOT items and programs a table lists: a group's (of every OPD at its table)
    when the session's group is more than one OPD's own table, else its OPD's."""
    if session.group_id is not None:
        try:
            group = groups.get_group(ws, session.group_id)
        except NotFoundError:
            group = None
        if group is not None and (group.kind != "opd" or len(table_opds(ws, session)) > 1):
            return {"group_id": group.id}
    return {"opd_id": session.opd_id}


def _stage(event) -> dict:
    """The running bimtek's stage and the exercises it leads with (``rules.stages``)."""
    if event is None:
        return {"stage": None, "leading": []}
    return {"stage": event.stage, "leading": stage_rules.leading_exercises(event.stage)}


def _keywords(ws: Workshop, session: lan.LanSession, event_id: str | None) -> list[dict]:
    """The table's own keywords at this bimtek (its group's, else its OPD's)."""
    own = [e for e in keywords.list_keywords(ws, event_id)
           if (e.group_id == session.group_id if session.group_id else e.opd_id ==
               session.opd_id)]
    return [keyword_dict(e) for e in own]


def _review(ws: Workshop, session: lan.LanSession) -> dict:
    """The review board (chapters, then programs, with their status) and the table's own
    comments with the facilitator's answers."""
    items = [{"kind": i.subject_kind, "id": i.subject_id, "title": i.title, "status": i.status,
              "open_comments": i.open_comments} for i in review.board(ws)]
    if session.group_id is not None:
        own = [c for c in review.list_comments(ws) if c.group_id == session.group_id]
    else:  # no group at this bimtek: the comments this OPD's phones sent
        sent = own_comment_ids(ws, session)
        own = [c for c in review.list_comments(ws) if c.id in sent]
    return {"items": items, "comments": [comment_dict(c) for c in own]}


def _phone_state(ws: Workshop, session: lan.LanSession, csrf: str,
                 step: AgendaStep | None) -> dict:
    event = plan.current_event(ws)
    state = {
        "table": {"opd_id": session.opd_id, "opd_code": session.opd_code,
                  "opd_name": session.opd_name, "name": session.display_name,
                  "code": session.join_code, "session": session.id[:8],
                  "group": group_dict(ws, session)},
        "csrf": csrf,
        "step": step_dict(ws, step),
        "locked": bool(ws.setting("input_locked")),
        "results_hidden": bool(ws.setting("results_hidden")),
        "done": bool(step and session.opd_id in lan.done_opds(ws, step.id)),
        "server_time": ws.clock().isoformat(timespec="seconds"),
        **_stage(event),
    }
    event_filter = {"event_id": event.id} if event else {}
    whose = _entries_of(ws, session)
    state["swot"] = [swot_dict(i) for i in swot.list_items(ws, **whose, **event_filter)]
    state["programs"] = [program_dict(p) for p in programs.list_programs(ws, **whose)]
    state["ballot"] = _ballot(ws, session, step) if step and step.kind == "prioritisation" \
        else None
    kind = step.kind if step else None
    state["keywords"] = _keywords(ws, session, event.id if event else None) \
        if kind == "keywords" else None
    state["review"] = _review(ws, session) if kind == "review" else None
    return state


def results(ws: Workshop) -> dict:
    """The revealed results: the ranked programs and the SWOT counts per OPD."""
    codes = {o.id: o.code for o in roster.list_opds(ws)}
    owners = {p.id: p.opd_id for p in programs.list_programs(ws)}
    ranked = [{"rank": p.rank, "title": p.title, "dimension": p.dimension,
               "opd_code": codes.get(owners.get(p.program_id, ""), ""),
               "impact": p.impact, "effort": p.effort, "quadrant": p.quadrant,
               "votes": p.votes} for p in programs.priorities(ws)[:RESULTS_LIMIT]]
    counts: dict[str, dict[str, int]] = {}
    event = plan.current_event(ws)
    for item in swot.list_items(ws, event_id=event.id if event else None):
        row = counts.setdefault(codes.get(item.opd_id, "?"), dict.fromkeys(QUADRANTS, 0))
        row[item.quadrant] += 1
    return {"programs": ranked, "swot": counts}


def program_details(ws: Workshop, program_id: str) -> dict:
    """One live program in full (any OPD's: the ballot lists them all), for the phone's
    "details" button. ``NotFoundError`` when it does not exist or was deleted."""
    program = programs.get_program(ws, program_id)
    codes = {o.id: o.code for o in roster.list_opds(ws)}
    return {"program": dict(program_dict(program), opd_code=codes.get(program.opd_id, ""))}
