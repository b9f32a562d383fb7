"""Photos from phones (issue 11): POST /api/photos against a live waitress server. The photo
lands on the table's OPD and the running step, stripped of its metadata; a retry with the same
key stores nothing twice; refusals (no token, not an image, too large, quota) store nothing."""

from __future__ import annotations

import io
import uuid

from lan_support import fx
from photos_support import camera_jpeg
from PIL import Image

from smartbimtek.server import api
from smartbimtek.server.security import CSRF_HEADER, KEY_HEADER
from smartbimtek.services import lan_limits, photos

__all__ = ["fx"]  # the fixture this module uses from lan_support


def _upload(client, data: bytes, *, caption: str = "", key: str | None = None,
            content_type: str = "image/jpeg", csrf: bool = True):
    headers = {KEY_HEADER: key or uuid.uuid4().hex, "Content-Type": content_type}
    if csrf:
        headers[CSRF_HEADER] = client.csrf
    from urllib.parse import quote

    return client.request("POST", f"/api/photos?caption={quote(caption)}", raw=data,
                          headers=headers)


def _photos(fx) -> int:
    return fx.ws.query_one("SELECT count(*) FROM photos")[0]


def test_phone_photo_lands_on_its_table_and_the_running_step(fx):
    step_id = fx.start("swot")
    client = fx.client("DISKOMINFO", "Sari")
    key = uuid.uuid4().hex
    status, body, _ = _upload(client, camera_jpeg(800, 400), caption="Flip chart meja 1",
                              key=key)
    assert status == 201, body
    photo = photos.get_photo(fx.ws, body["photo"]["id"])
    assert (photo.opd_id, photo.step_id, photo.event_id, photo.source) == (
        fx.opds["DISKOMINFO"], step_id, fx.event_id, "phone")
    assert photo.caption == "Flip chart meja 1" and (photo.width, photo.height) == (400, 800)
    stored = photos.photo_jpeg(fx.ws, photo.id)
    assert len(Image.open(io.BytesIO(stored)).getexif()) == 0 and b"GPS" not in stored
    audit = fx.ws.query_one("SELECT actor, source FROM audit WHERE entity='photo' "
                            "ORDER BY id DESC LIMIT 1")
    assert audit["source"] == "phone" and audit["actor"].startswith("DISKOMINFO/Sari#")
    # a retry after a lost answer: the same answer, nothing stored twice
    before = _photos(fx)
    status, again, headers = _upload(client, camera_jpeg(800, 400), caption="Flip chart meja 1",
                                     key=key)
    assert status == 201 and again == body and headers.get("Idempotent-Replay") == "true"
    assert _photos(fx) == before
    # the same key with another photo is refused
    status, refused, _ = _upload(client, camera_jpeg(300, 300), key=key)
    assert status in (400, 422), refused
    assert refused["error"]["code"] == "idempotency_mismatch"


def test_refused_uploads_store_nothing(fx):
    fx.start("swot")
    client = fx.client("BAPPEDA")
    before = _photos(fx), fx.counts()
    status, body, _ = _upload(client, camera_jpeg(), csrf=False)
    assert status == 403 and body["error"]["code"] == "csrf"
    status, body, _ = _upload(client, b"not an image at all")
    assert body["error"]["code"] == "not_image", body
    status, body, _ = _upload(client, b"{}", content_type="application/json")
    assert status == 415
    big = b"\xff\xd8" + b"\0" * (api.PHOTO_MAX_BODY + 10)
    status, body, _ = _upload(client, big)
    assert status == 413 and body["error"]["code"] == "too_large"
    assert (_photos(fx), fx.counts()) == before


def test_other_routes_keep_the_small_body_limit(fx):
    fx.start("swot")
    client = fx.client("DINKES")
    status, body, _ = client.submit("POST", "/api/swot", {"quadrant": "S", "text": "x" * 300_000})
    assert status == 413 and body["error"]["code"] == "too_large"


def test_photo_quota_per_table_and_step(fx, monkeypatch):
    fx.start("programs")
    client = fx.client("DINKES")
    monkeypatch.setattr(lan_limits, "MAX_PHOTOS_PER_STEP", 2)
    assert _upload(client, camera_jpeg(64, 64))[0] == 201
    assert _upload(client, camera_jpeg(64, 64))[0] == 201
    before = _photos(fx)
    status, body, _ = _upload(client, camera_jpeg(64, 64))
    assert status == 409 and body["error"]["code"] == "quota_items"
    assert body["error"]["params"] == {"kind": "photos", "max": 2}
    assert _photos(fx) == before
