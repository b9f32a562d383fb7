"""Entries from phones and table laptops: one idempotent, audited write per submission.

``submit`` is the only way the local-network server writes an entry. It

* replays the stored response when the idempotency key was seen before (a retry after a lost
  answer never writes twice),
* checks that the step the facilitator opened allows the action (with a grace period so that
  entries queued on a phone while offline still land after the step ended),
* keeps a session to its own OPD, or to its group's OPDs (another OPD's item is reported as
  not found; a group session names the owner OPD of a new item with ``opd_id``),
* records the session's group on what it writes (SWOT items, programs, keywords, comments),
* accepts only the fields a table may set,
* and calls the ordinary services with ``source="phone"`` and the session as actor, inside
  ONE transaction that also stores the key and the response.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ..errors import NotFoundError, PermissionDenied, ValidationError
from ..model import AgendaStep, Program, SwotItem
from ..store.workshop import Workshop
from . import agenda, groups, keywords, programs, review, swot
from .lan import LanSession, current_step, request_digest, set_done, step_is_anonymous
from .lan_limits import check_quota

#: Entries queued on a phone during a step are still accepted this long after it ended.
GRACE_SECONDS = 15 * 60
SWOT_FIELDS = ("quadrant", "text", "dimension", "element", "component")
PROGRAM_FIELDS = ("title", "dimension", "element", "description", "benefit", "horizon",
                  "start_year", "end_year", "funding", "indicator", "target")
#: Which step kind each action needs (None: any running step).
ACTION_KINDS: dict[str, str | None] = {
    "swot.add": "swot", "swot.edit": "swot", "swot.delete": "swot",
    "program.add": "programs", "program.edit": "programs", "program.delete": "programs",
    "score": "prioritisation", "vote": "prioritisation", "done": None,
    "keyword.add": "keywords", "review.comment": "review",
}
_KEY = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


@dataclass(frozen=True)
class Outcome:
    """The answer to a submission: HTTP-like status, JSON body, and whether it was replayed."""

    status: int
    body: dict
    replayed: bool = False


def swot_dict(item: SwotItem) -> dict:
    """What a phone sees of a SWOT item."""
    return {"id": item.id, "opd_id": item.opd_id, "quadrant": item.quadrant, "text": item.text,
            "dimension": item.dimension, "element": item.element, "component": item.component,
            "author": item.author, "created_at": item.created_at, "updated_at": item.updated_at}


def program_dict(program: Program) -> dict:
    """What a phone sees of a program."""
    return {"id": program.id, "opd_id": program.opd_id, "title": program.title,
            "dimension": program.dimension, "element": program.element,
            "description": program.description, "benefit": program.benefit,
            "horizon": program.horizon,
            "start_year": program.start_year, "end_year": program.end_year,
            "funding": program.funding, "indicator": program.indicator,
            "target": program.target, "updated_at": program.updated_at}


def check_key(key: object) -> str:
    """A client idempotency key: 8-64 letters, digits, ``-`` or ``_``."""
    if not isinstance(key, str) or not _KEY.match(key):
        raise ValidationError("idempotency_key", "a key of 8-64 letters, digits, '-' or '_' "
                              "is required on every submission", code="format")
    return key


def _only(payload: dict, allowed: tuple[str, ...]) -> dict:
    if not isinstance(payload, dict):
        raise ValidationError("body", "must be a JSON object", code="type")
    for key in payload:
        if key not in allowed:
            raise ValidationError(str(key)[:40], "cannot be set from a table", code="unknown_field")
    return dict(payload)


def _id(payload: dict, field: str = "id") -> str:
    value = payload.get(field)
    if not isinstance(value, str) or not value:
        raise ValidationError(field, "is required", code="empty")
    return value


def table_opds(ws: Workshop, session: LanSession) -> list[str]:
    """The OPDs a session writes for: its own, or every live member OPD of its group."""
    if session.group_id is None:
        return [session.opd_id]
    try:
        group = groups.get_group(ws, session.group_id)
    except NotFoundError:
        return [session.opd_id]
    ids = ([group.opd_id] if group.opd_id else []) + list(group.opd_ids)
    live = {r[0] for r in ws.query("SELECT id FROM opds WHERE deleted_at IS NULL")}
    out = [i for i in dict.fromkeys(ids) if i in live]
    return out or [session.opd_id]


def _owner(ws: Workshop, session: LanSession, fields: dict) -> str:
    """The OPD a new item belongs to: the ``opd_id`` the page chose (only a table of several
    OPDs may choose, else the field is unknown; an OPD outside the table is refused with code
    ``opd``), else the session's OPD."""
    if "opd_id" not in fields:
        return session.opd_id
    chosen = fields.pop("opd_id")
    owners = table_opds(ws, session)
    if len(owners) < 2:
        raise ValidationError("opd_id", "cannot be set from a table", code="unknown_field")
    if chosen is None or chosen == "":
        return session.opd_id
    if not isinstance(chosen, str) or chosen not in owners:
        raise PermissionDenied("This table cannot write for that OPD.", code="opd")
    return chosen


def _preset_dimension(ws: Workshop, session: LanSession, fields: dict) -> None:
    """A dimension group's entries take the group's dimension unless the page sent one."""
    if session.group_id is None or fields.get("dimension"):
        return
    try:
        dimension = groups.get_group(ws, session.group_id).dimension
    except NotFoundError:
        return
    if dimension:
        fields["dimension"] = dimension


def _record_group(ws: Workshop, session: LanSession, entity: str, record_id: str) -> None:
    if session.group_id is not None:
        groups.set_entry_group(ws, entity, record_id, session.group_id)


def _record_rating_group(ws: Workshop, session: LanSession, table: str, where: str,
                         params: tuple) -> None:
    """Record a group session's group on its score or dots (``scores``/``votes`` rows are
    keyed by program, rater and criterion, not by id; runs inside the entry's transaction)."""
    if session.group_id is not None:
        with ws.transaction() as tx:  # joins the entry's transaction
            tx.execute(f"UPDATE {table} SET group_id=? WHERE {where}",  # noqa: S608
                       (session.group_id, *params))


def _own_item(ws: Workshop, session: LanSession, item_id: str) -> SwotItem:
    item = swot.get_item(ws, item_id)
    if item.opd_id not in table_opds(ws, session):  # another table's item: it does not exist for this one
        raise NotFoundError(f"SWOT item {item_id} does not exist (or was deleted).")
    return item


def _own_program(ws: Workshop, session: LanSession, program_id: str) -> Program:
    program = programs.get_program(ws, program_id)
    if program.opd_id not in table_opds(ws, session):
        raise NotFoundError(f"program {program_id} does not exist (or was deleted).")
    return program


# -- handlers: (ws, session, step, payload, actor, anonymous) -> (status, body) -------------
def _swot_add(ws, session, step, payload, actor, anonymous):
    fields = _only(payload, (*SWOT_FIELDS, "opd_id"))
    owner = _owner(ws, session, fields)
    _preset_dimension(ws, session, fields)
    item = swot.add_item(ws, owner, fields.pop("quadrant", None),
                         fields.pop("text", None), **fields,
                         author="" if anonymous else session.display_name,
                         source="phone", actor=actor, event_id=step.event_id)
    _record_group(ws, session, "swot", item.id)
    return 201, {"item": swot_dict(swot.get_item(ws, item.id))}


def _swot_edit(ws, session, step, payload, actor, anonymous):
    item_id = _id(payload)
    fields = _only({k: v for k, v in payload.items() if k != "id"}, SWOT_FIELDS)
    _own_item(ws, session, item_id)
    item = swot.update_item(ws, item_id, source="phone", actor=actor, **fields)
    return 200, {"item": swot_dict(item)}


def _swot_delete(ws, session, step, payload, actor, anonymous):
    item_id = _id(payload)
    _only({k: v for k, v in payload.items() if k != "id"}, ())
    _own_item(ws, session, item_id)
    swot.delete_item(ws, item_id, source="phone", actor=actor)
    return 200, {"deleted": item_id}


def _program_add(ws, session, step, payload, actor, anonymous):
    fields = _only(payload, (*PROGRAM_FIELDS, "opd_id"))
    owner = _owner(ws, session, fields)
    _preset_dimension(ws, session, fields)
    program = programs.add_program(ws, owner, fields.pop("title", None),
                                   fields.pop("dimension", None), **fields, source="phone",
                                   actor=actor, event_id=step.event_id)
    _record_group(ws, session, "program", program.id)
    return 201, {"program": program_dict(programs.get_program(ws, program.id))}


def _program_edit(ws, session, step, payload, actor, anonymous):
    program_id = _id(payload)
    fields = _only({k: v for k, v in payload.items() if k != "id"}, PROGRAM_FIELDS)
    _own_program(ws, session, program_id)
    program = programs.update_program(ws, program_id, source="phone", actor=actor, **fields)
    return 200, {"program": program_dict(program)}


def _program_delete(ws, session, step, payload, actor, anonymous):
    program_id = _id(payload)
    _only({k: v for k, v in payload.items() if k != "id"}, ())
    _own_program(ws, session, program_id)
    programs.delete_program(ws, program_id, source="phone", actor=actor)
    return 200, {"deleted": program_id}


def _score(ws, session, step, payload, actor, anonymous):
    fields = _only(payload, ("program_id", "criterion", "value"))
    program_id = _id(fields, "program_id")
    criterion = fields.get("criterion")
    if not isinstance(criterion, str):
        raise ValidationError("criterion", "is required", code="empty")
    score = programs.set_score(ws, program_id, session.opd_code, criterion, fields.get("value"),
                               rater_kind="opd", source="phone", actor=actor,
                               event_id=step.event_id)
    if score is not None:
        _record_rating_group(ws, session, "scores", "program_id=? AND rater_kind='opd' AND "
                             "rater=? AND criterion=?", (program_id, session.opd_code, criterion))
    return 200, {"score": {"program_id": program_id, "criterion": criterion,
                           "value": score.value if score else None}}


def _vote(ws, session, step, payload, actor, anonymous):
    fields = _only(payload, ("program_id", "count"))
    program_id = _id(fields, "program_id")
    vote = programs.set_votes(ws, program_id, session.opd_code, fields.get("count"),
                              voter_kind="opd", source="phone", actor=actor)
    _record_rating_group(ws, session, "votes", "program_id=? AND voter_kind='opd' AND voter=?",
                         (program_id, session.opd_code))
    used = programs.votes_used(ws, session.opd_code, "opd")
    return 200, {"vote": {"program_id": program_id, "count": vote.count}, "votes_used": used}


def _done(ws, session, step, payload, actor, anonymous):
    fields = _only(payload, ("done",))
    done = fields.get("done", True)
    if not isinstance(done, bool):
        raise ValidationError("done", "must be true or false", code="type")
    set_done(ws, session, step.id, done)
    return 200, {"done": done, "step_id": step.id}


def keyword_dict(entry) -> dict:
    """What a phone sees of a keyword it sent."""
    return {"id": entry.id, "text": entry.text, "normalized": entry.normalized,
            "group_id": entry.group_id, "opd_id": entry.opd_id, "author": entry.author,
            "created_at": entry.created_at}


def comment_dict(comment) -> dict:
    """What a phone sees of a review comment (tanggapan) and the facilitator's answer."""
    return {"id": comment.id, "subject_kind": comment.subject_kind,
            "subject_id": comment.subject_id, "group_id": comment.group_id,
            "author": comment.author, "text": comment.text, "answer": comment.answer,
            "resolved": comment.resolved, "created_at": comment.created_at,
            "updated_at": comment.updated_at}


def own_comment_ids(ws: Workshop, session: LanSession) -> set[str]:
    """Ids of the review comments an OPD's phones sent (for a table without a group, whose
    comments carry no group to find them by)."""
    rows = ws.query("SELECT response FROM lan_idempotency WHERE opd_id=? AND "
                    "action='review.comment'", (session.opd_id,))
    return {json.loads(r[0])["comment"]["id"] for r in rows}


def _keyword(ws, session, step, payload, actor, anonymous):
    fields = _only(payload, ("text", "opd_id"))
    owner = _owner(ws, session, fields)
    entry = keywords.add_keyword(ws, fields.get("text"), group_id=session.group_id,
                                 opd_id=owner, author="" if anonymous else session.display_name,
                                 source="phone", actor=actor, event_id=step.event_id)
    return 201, {"keyword": keyword_dict(entry)}


def _comment(ws, session, step, payload, actor, anonymous):
    fields = _only(payload, ("subject_kind", "subject_id", "text"))
    for name in ("subject_kind", "subject_id"):
        if not isinstance(fields.get(name), str):
            raise ValidationError(name, "is required", code="empty")
    comment = review.add_comment(ws, fields["subject_kind"], fields["subject_id"],
                                 fields.get("text"), group_id=session.group_id,
                                 author="" if anonymous else session.display_name,
                                 source="phone", actor=actor)
    return 201, {"comment": comment_dict(comment)}


_HANDLERS: dict[str, Callable] = {
    "swot.add": _swot_add, "swot.edit": _swot_edit, "swot.delete": _swot_delete,
    "program.add": _program_add, "program.edit": _program_edit,
    "program.delete": _program_delete, "score": _score, "vote": _vote, "done": _done,
    "keyword.add": _keyword, "review.comment": _comment,
}


def step_for(ws: Workshop, action: str, step_hint: object = None) -> AgendaStep:
    """The step an action is recorded under: the current step when its kind fits, else the
    step the phone made the entry in (``step_hint``) if that fits and ended less than
    ``GRACE_SECONDS`` ago. Raises ``PermissionDenied`` (code ``step_closed``) otherwise."""
    kind = ACTION_KINDS[action]
    current = current_step(ws)
    if current is not None and current.state in ("running", "paused") and \
            (kind is None or current.kind == kind):
        return current
    if kind is not None and isinstance(step_hint, str) and step_hint:
        row = ws.query_one("SELECT id FROM agenda_steps WHERE id=? AND deleted_at IS NULL",
                           (step_hint,))
        hinted = agenda.get_step(ws, step_hint) if row else None
        if hinted is not None and hinted.kind == kind and hinted.actual_end:
            ended = datetime.fromisoformat(hinted.actual_end)
            if (ws.clock() - ended).total_seconds() <= GRACE_SECONDS:
                return hinted
    raise PermissionDenied("The current agenda step does not take this kind of entry.",
                           code="step_closed", kind=kind or "")


def _stored(ws: Workshop, session: LanSession, key: str, digest: str) -> Outcome | None:
    row = ws.query_one("SELECT opd_id, status, response, request_hash FROM lan_idempotency "
                       "WHERE key=?", (key,))
    if row is None:
        return None
    if row["opd_id"] != session.opd_id:
        raise PermissionDenied("This submission key belongs to another table.",
                               code="idempotency_key")
    if row["request_hash"] is not None and row["request_hash"] != digest:
        raise ValidationError("idempotency_key", "this key was already used for another "
                              "submission; send a new key", code="idempotency_mismatch")
    return Outcome(row["status"], json.loads(row["response"]), True)


def submit(ws: Workshop, session: LanSession, key: object, action: str, payload: dict,
           step_hint: object = None) -> Outcome:
    """Perform one phone submission exactly once (see the module docstring).

    Refusals raise the core's exceptions (``ValidationError``, ``NotFoundError``,
    ``PermissionDenied``); nothing is written then, and the key is not used up.
    """
    if action not in _HANDLERS:
        raise ValidationError("action", f"unknown action {action!r}", code="choice")
    key = check_key(key)
    digest = request_digest(action, payload)
    replay = _stored(ws, session, key, digest)
    if replay is not None:
        return replay
    step = step_for(ws, action, step_hint)
    anonymous = step_is_anonymous(step)
    actor = session.actor(anonymous)
    with ws.transaction(actor, "phone") as tx:
        tx.actor, tx.source = actor, "phone"  # also when joined into the server's batch
        replay = _stored(ws, session, key, digest)  # a parallel retry may have won the write lock
        if replay is not None:
            return replay
        check_quota(ws, session.opd_id, step.id, action, payload)
        status, body = _HANDLERS[action](ws, session, step, payload, actor, anonymous)
        tx.execute("INSERT INTO lan_idempotency (key, session_id, opd_id, step_id, action, "
                   "status, response, created_at, request_hash) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (key, session.id, session.opd_id, step.id, action, status,
                    json.dumps(body, ensure_ascii=False), tx.now, digest))
    return Outcome(status, body)
