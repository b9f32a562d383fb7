"""The JSON API of the phone page (documented in ``docs/lan-api.md``).

Reads need the session cookie; writes also need the anti-forgery header and an idempotency
key, and go through ``services.lan_entries.submit``. There is no administration over the
network: codes, locks and reveals are only changed on the facilitator's laptop.
"""

from __future__ import annotations

import threading

from flask import Blueprint, Response, current_app, jsonify, request

from ..services import lan, lan_entries, photos, photos_lan
from ..services.lan import csrf_token
from . import qr, security, state
from .limits import retry_after, write_limiter
from .refusals import Refused, refusal

blueprint = Blueprint("api", __name__)

#: Body limit of a photo upload (the only route above the app's ``security.MAX_BODY``).
PHOTO_MAX_BODY = photos.MAX_BYTES
#: Photos decoded at once (a 12 MP photo takes about 40 MB while it is decoded).
_decoding = threading.BoundedSemaphore(2)


def _ctx() -> dict:
    return current_app.extensions["smartbimtek"]


def _ws():
    return _ctx()["pool"].get()


def _write(fn):
    """Run a write through the server's group-committing writer (see ``writer.py``)."""
    return _ctx()["writer"].run(fn)


def _client() -> str:
    return request.remote_addr or "?"


def _session(ws) -> tuple[str, lan.LanSession]:
    token = request.cookies.get(security.COOKIE, "")
    session = lan.session_for_token(ws, token)
    if session is None:
        raise Refused(401, "session", "Join with your table's code first (or again: the "
                      "facilitator may have issued a new code).")
    return token, session


def _writable_session(ws) -> lan.LanSession:
    if not security.same_origin(request):
        raise Refused(403, "csrf", "Request from another site refused.")
    token, session = _session(ws)
    if not security.csrf_ok(request, token):
        raise Refused(403, "csrf", "Missing or wrong anti-forgery token; reload the page.")
    return session


def _body(optional: bool = False) -> dict:
    if optional and not request.content_length and not request.data:
        return {}
    if not request.is_json:
        raise Refused(415, "media_type", "Send JSON (Content-Type: application/json).")
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise Refused(400, "bad_request", "The body must be a JSON object.")
    return data


def _conditional(body: dict, tag: str | None = None) -> Response:
    """A JSON answer with an ETag (``tag``, else a digest of ``body``): ``304`` without a body
    when the page's ``If-None-Match`` already names it (unchanged polls cost a few bytes)."""
    response = jsonify(body)
    response.set_etag(tag or state.version_tag(body))
    return response.make_conditional(request)


def _slow_down(wait: float) -> Response:
    seconds = retry_after(wait)
    response, status = refusal(429, "slow_down", "Too many entries at once from this phone; "
                               f"send this one again in {seconds} s.", retry_after=seconds)
    response.status_code = status
    response.headers["Retry-After"] = str(seconds)
    return response


def _submit(action: str, payload: dict) -> Response:
    ws = _ws()
    session = _writable_session(ws)
    wait = write_limiter(current_app).take(session.id)
    if wait:  # see services.lan_limits for the numbers and why
        return _slow_down(wait)
    payload = dict(payload, **_body(optional=action.endswith(".delete"))) \
        if action.endswith((".edit", ".delete")) else _body()
    key = request.headers.get(security.KEY_HEADER)
    hint = request.headers.get(security.STEP_HEADER)
    outcome = _write(lambda w: lan_entries.submit(w, session, key, action, payload, hint))
    response = jsonify(outcome.body)
    response.status_code = outcome.status
    if outcome.replayed:
        response.headers["Idempotent-Replay"] = "true"
    return response


# -- joining ------------------------------------------------------------------------------
@blueprint.get("/public")
def public():
    """Region name and whether the current step asks for a name (before joining)."""
    return jsonify(state.public_state(_ws()))


@blueprint.post("/join")
def join():
    """Open a session with a table's join code (throttled per client address)."""
    if not security.same_origin(request):
        raise Refused(403, "csrf", "Request from another site refused.")
    wait = _ctx()["join_limiter"].check(_client())
    if wait:
        raise Refused(429, "rate_limited", "Too many join attempts; wait a minute.",
                      {"Retry-After": str(int(wait + 0.999))})
    body = _body()
    client = _client()
    session, token = _write(lambda w: lan.join(w, body.get("code"), body.get("name", ""),
                                               client=client))
    response = jsonify({"table": {"opd_code": session.opd_code, "opd_name": session.opd_name,
                                  "name": session.display_name, "session": session.id[:8],
                                  "group": state.group_dict(_ws(), session)},
                        "csrf": csrf_token(token)})
    security.set_session_cookie(response, token)
    return response


@blueprint.post("/leave")
def leave():
    """End this phone's session (the table's entries stay)."""
    ws = _ws()
    session = _writable_session(ws)
    _write(lambda w: lan.leave(w, session))
    response = jsonify({"left": True})
    security.clear_session_cookie(response)
    return response


# -- reading ------------------------------------------------------------------------------
@blueprint.get("/state")
def current_state():
    """The table's view: step, timer, switches, own entries, ballot (polled every few s;
    ``304`` when nothing but the clock changed since the ETag the page sends back)."""
    ws = _ws()
    token, session = _session(ws)
    if lan.needs_touch(ws, session):
        _write(lambda w: lan.touch_session(w, session))
    body, tag = state.phone_state_tagged(ws, session, csrf_token(token))
    return _conditional(body, tag)


@blueprint.get("/reference")
def reference_data():
    """Dimensions, elements, components and vocabularies for the forms (both languages)."""
    response = jsonify(state.reference_data())
    response.headers["Cache-Control"] = "max-age=3600"
    return response


@blueprint.get("/results")
def results():
    """Results of the workshop so far, once the facilitator has revealed them."""
    ws = _ws()
    _session(ws)
    if ws.setting("results_hidden"):
        raise Refused(403, "results_hidden", "The facilitator has not revealed the results yet.")
    return _conditional(state.results(ws))


@blueprint.get("/programs/<program_id>")
def program_details(program_id: str):
    """One program in full (the ballot lists titles only; the page asks for the rest when a
    participant opens a program's details)."""
    ws = _ws()
    _session(ws)
    return _conditional(state.program_details(ws, program_id))


@blueprint.get("/share.svg")
def share_qr():
    """A QR code of this table's join address, to show a neighbour at the same table."""
    ws = _ws()
    _, session = _session(ws)
    url = f"{request.host_url.rstrip('/')}/j/{session.join_code}"
    return Response(qr.svg(url, scale=6), mimetype="image/svg+xml")


# -- writing ------------------------------------------------------------------------------
@blueprint.post("/swot")
def swot_add():
    """Add a SWOT item of the table's OPD."""
    return _submit("swot.add", {})


@blueprint.put("/swot/<item_id>")
def swot_edit(item_id: str):
    """Edit one of the table's SWOT items."""
    return _submit("swot.edit", {"id": item_id})


@blueprint.delete("/swot/<item_id>")
def swot_delete(item_id: str):
    """Delete one of the table's SWOT items."""
    return _submit("swot.delete", {"id": item_id})


@blueprint.post("/programs")
def program_add():
    """Propose a program owned by the table's OPD."""
    return _submit("program.add", {})


@blueprint.put("/programs/<program_id>")
def program_edit(program_id: str):
    """Edit one of the table's programs."""
    return _submit("program.edit", {"id": program_id})


@blueprint.delete("/programs/<program_id>")
def program_delete(program_id: str):
    """Delete one of the table's programs."""
    return _submit("program.delete", {"id": program_id})


@blueprint.put("/scores")
def score():
    """The table's score of a program on one criterion (null clears it)."""
    return _submit("score", {})


@blueprint.put("/votes")
def vote():
    """The table's dots on a program (within the vote budget)."""
    return _submit("vote", {})


@blueprint.post("/photos")
def photo_add():
    """A photo of the table's work (its flip chart): the raw image is the body (Content-Type
    ``image/...``), the caption is the ``caption`` query parameter. It lands on the table's OPD
    and group and on the step it was taken in (``X-Step-Id``) or the running step; see
    ``services.photos`` for what is checked and stored."""
    request.max_content_length = PHOTO_MAX_BODY  # this route only (Flask 3.1)
    ws = _ws()
    session = _writable_session(ws)
    wait = write_limiter(current_app).take(session.id)
    if wait:
        return _slow_down(wait)
    if not (request.mimetype.startswith("image/")
            or request.mimetype == "application/octet-stream"):
        raise Refused(415, "media_type", "Send the photo itself (Content-Type: image/jpeg).")
    data = request.get_data(cache=False)  # 413 too_large above PHOTO_MAX_BODY
    caption = request.args.get("caption", "")
    key = request.headers.get(security.KEY_HEADER)
    digest = photos_lan.upload_digest(data, caption)
    outcome = photos_lan.replay(ws, session, key, digest)
    if outcome is None:
        with _decoding:
            prepared = photos.prepare(data)
        hint = request.headers.get(security.STEP_HEADER)  # the step it was taken in
        outcome = _write(lambda w: photos_lan.submit_photo(w, session, key, prepared, caption,
                                                           digest, hint))
    response = jsonify(outcome.body)
    response.status_code = outcome.status
    if outcome.replayed:
        response.headers["Idempotent-Replay"] = "true"
    return response


@blueprint.post("/keywords")
def keyword_add():
    """A vision keyword from the table (the running step must be a keywords exercise); it
    records the session's group and OPD (a group table may name one of its OPDs)."""
    return _submit("keyword.add", {})


@blueprint.post("/review/comments")
def review_comment():
    """A tanggapan on a master plan chapter or a program (the running step must be a review
    exercise); it records the session's group. Answers come back in ``/api/state``."""
    return _submit("review.comment", {})


@blueprint.post("/done")
def done():
    """"Kami selesai": the table is done with the current step (or takes it back)."""
    return _submit("done", {})
