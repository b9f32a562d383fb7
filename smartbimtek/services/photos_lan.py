"""Photos from phones over the local network: a table photographs its flip chart; the photo
lands on the table's OPD and group (a group session) and on the step being run (or on the
current event outside steps).

Like every phone entry (``lan_entries``) an upload is idempotent: the phone sends a key with
it and a retry after a lost answer returns the stored answer instead of storing the photo
twice; the key's request digest is the SHA-256 of the uploaded bytes and the caption, so a key
re-sent with another photo is refused. The image is decoded and re-encoded (``photos.prepare``)
before the write transaction, by the caller, so the writer never waits for Pillow.
"""

from __future__ import annotations

import hashlib
import json

from ..errors import PermissionDenied, ValidationError
from ..store.workshop import Workshop
from . import agenda, photos
from .common import check_input_open, current_event_id
from .lan import LanSession, current_step, request_digest, step_is_anonymous
from .lan_entries import Outcome, check_key
from .lan_limits import check_photo_quota

ACTION = "photo.add"


def upload_digest(data: bytes, caption: str) -> str:
    """The request digest of an upload (its bytes and caption)."""
    return request_digest(ACTION, {"sha256": hashlib.sha256(data).hexdigest(),
                                   "caption": caption})


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


def replay(ws: Workshop, session: LanSession, key: object, digest: str) -> Outcome | None:
    """The stored answer when ``key`` was already used for this upload (checked before the
    image is decoded: a retry costs no decoding), else None."""
    return _stored(ws, session, check_key(key), digest)


def _taken_in(ws: Workshop, step_hint: object, event_id: str | None):
    """The step a photo was taken in, as the phone says (``X-Step-Id``): a live step of
    ``event_id`` that has started; None otherwise."""
    if not isinstance(step_hint, str) or not step_hint or not event_id:
        return None
    row = ws.query_one("SELECT id FROM agenda_steps WHERE id=? AND event_id=? AND "
                       "deleted_at IS NULL AND actual_start IS NOT NULL", (step_hint, event_id))
    return agenda.get_step(ws, row["id"]) if row else None


def submit_photo(ws: Workshop, session: LanSession, key: object, prepared: photos.Prepared,
                 caption: object, digest: str, step_hint: object = None) -> Outcome:
    """Store a phone's photo exactly once, on its OPD and group and on the step it was taken
    in (``step_hint``, a started step of the event; a photo kept on the phone while the
    network was down arrives later) or else the running step, in ONE transaction with its
    audit row and idempotency key. Refusals raise the core's exceptions (``locked_input``,
    ``no_event``, ``quota_items``, caption ``ValidationError``)."""
    key = check_key(key)
    caption = "" if caption is None else caption
    check_input_open(ws, "phone")
    step = current_step(ws)
    if step is not None and step.state not in ("running", "paused"):
        step = None
    event_id = step.event_id if step else current_event_id(ws)
    step = _taken_in(ws, step_hint, event_id) or step
    if not event_id:
        raise PermissionDenied("No bimtek is being run: the photo has no event.",
                               code="no_event")
    actor = session.actor(step_is_anonymous(step))
    step_id = step.id if step else None
    group_id = session.group_id if photos.group_fits(ws, session.group_id, event_id) else None
    with ws.transaction(actor, "phone") as tx:
        tx.actor, tx.source = actor, "phone"  # also when joined into the server's batch
        stored = _stored(ws, session, key, digest)  # a parallel retry may have won
        if stored is not None:
            return stored
        check_photo_quota(ws, session.opd_id, step_id)
        photo = photos.store_prepared(ws, prepared, event_id=event_id, step_id=step_id,
                                      opd_id=session.opd_id, caption=caption, source="phone",
                                      actor=actor, group_id=group_id)
        body = {"photo": {"id": photo.id, "caption": photo.caption, "width": photo.width,
                          "height": photo.height, "step_id": step_id}}
        tx.execute("INSERT INTO lan_idempotency (key, session_id, opd_id, step_id, action, "
                   "status, response, created_at, request_hash) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (key, session.id, session.opd_id, step_id, ACTION, 201,
                    json.dumps(body, ensure_ascii=False), tx.now, digest))
    return Outcome(201, body)
