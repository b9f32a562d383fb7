"""The phone page's "Foto flip chart" in Debian's headless Chromium against a live server
(issue 11): a photo picked with the file input (``capture="environment"`` opens the camera on a
phone) is uploaded with progress, lands on the table's OPD and the running step without its
EXIF location; a file that is not an image is explained; a too-large photo is refused before
sending; offline, the photo waits and goes out when the server answers again."""

from __future__ import annotations

import io

import pytest
from browser_support import browser, fx, join, phone
from lan_support import LanFixture
from photos_support import camera_jpeg
from PIL import Image

from smartbimtek.services import photos

pytestmark = [pytest.mark.browser]
__all__ = ["browser", "fx", "phone"]  # the fixtures this module uses from browser_support


def _join(page, fx: LanFixture, opd: str) -> None:
    join(page, fx, opd, "Rina")


def _photos(fx: LanFixture, opd: str) -> list:
    return [p for p in photos.list_photos(fx.ws) if p.opd_id == fx.opds[opd]]


def test_upload_a_flip_chart_photo_from_the_phone_page(phone, fx):
    step_id = fx.start("swot")
    _join(phone, fx, "DISKOMINFO")
    assert phone.get_attribute("#photo-input", "capture") == "environment"
    assert phone.get_attribute("#photo-input", "accept") == "image/*"
    assert phone.text_content("#photo-button") == "Foto flip chart"
    phone.fill("#photo-caption", "Flip chart SWOT")
    phone.set_input_files("#photo-input", files=[{
        "name": "IMG_0001.jpg", "mimeType": "image/jpeg", "buffer": camera_jpeg(1200, 800)}])
    phone.wait_for_selector("#photo-status.good")
    assert phone.text_content("#photo-status") == "Foto tersimpan."
    stored = _photos(fx, "DISKOMINFO")
    assert len(stored) == 1
    photo = stored[0]
    assert (photo.caption, photo.step_id, photo.source) == ("Flip chart SWOT", step_id, "phone")
    assert (photo.width, photo.height) == (800, 1200)  # EXIF orientation applied
    jpeg = photos.photo_jpeg(fx.ws, photo.id)
    assert len(Image.open(io.BytesIO(jpeg)).getexif()) == 0 and b"GPS" not in jpeg
    assert phone.input_value("#photo-caption") == ""
    phone.click("#lang")
    assert phone.text_content("#photo-button") == "Photo of the flip chart"
    phone.click("#lang")


def test_not_an_image_and_too_large_are_explained(phone, fx):
    fx.start("swot")
    _join(phone, fx, "BAPPEDA")
    phone.set_input_files("#photo-input", files=[{
        "name": "foto.jpg", "mimeType": "image/jpeg", "buffer": b"<html>not a photo</html>"}])
    phone.wait_for_selector("#photo-status.error")
    assert "bukan foto" in phone.text_content("#photo-status")
    phone.set_input_files("#photo-input", files=[{
        "name": "besar.jpg", "mimeType": "image/jpeg",
        "buffer": b"\xff\xd8" + b"\0" * (15 * 1024 * 1024 + 1)}])
    phone.wait_for_function(
        "document.getElementById('photo-status').textContent.indexOf('terlalu besar') >= 0")
    assert _photos(fx, "BAPPEDA") == []


def test_offline_photo_waits_and_goes_out_once(phone, fx):
    fx.start("swot")
    _join(phone, fx, "DINKES")
    phone.route("**/api/photos*", lambda route: route.abort())  # the Wi-Fi drops
    phone.set_input_files("#photo-input", files=[{
        "name": "pleno.jpg", "mimeType": "image/jpeg", "buffer": camera_jpeg(400, 300)}])
    phone.wait_for_selector("#photo-status.warn")
    assert "menunggu" in phone.text_content("#photo-status")
    assert _photos(fx, "DINKES") == []
    phone.unroute("**/api/photos*")
    phone.wait_for_selector("#photo-status.good", timeout=40_000)
    assert len(_photos(fx, "DINKES")) == 1


_KEPT = """() => new Promise((resolve) => {
  const req = indexedDB.open("smartbimtek_photos");
  req.onsuccess = () => {
    const db = req.result;
    const tx = db.transaction("waiting", "readonly");
    const all = tx.objectStore("waiting").getAll();
    all.onsuccess = () => { db.close(); resolve(all.result.map((r) => r.caption)); };
  };
  req.onerror = () => resolve(null);
})"""


def _kept(page, wanted: int) -> list:
    """The captions of the photos kept in the page's IndexedDB, once there are ``wanted``."""
    for _ in range(200):
        captions = page.evaluate(_KEPT)
        if captions is not None and len(captions) == wanted:
            return captions
        page.wait_for_timeout(100)
    raise AssertionError(f"the page keeps {captions!r}, not {wanted} photos")


def _loaded(page) -> None:
    page.wait_for_selector("#work-view:not(.hidden)")
    page.wait_for_function("window.SB && SB.photos && SB.photos.loaded === true")


def test_waiting_photo_survives_a_reload_and_lands_once(phone, fx):
    taken_in = fx.start("swot")
    _join(phone, fx, "BAPPEDA")
    sent: list[str] = []
    phone.on("request", lambda r: sent.append(r.url) if "/api/photos" in r.url else None)
    phone.route("**/api/photos*", lambda route: route.abort())  # the Wi-Fi drops
    _loaded(phone)
    phone.fill("#photo-caption", "Flip chart kelompok 2")
    phone.set_input_files("#photo-input", files=[{
        "name": "flip.jpg", "mimeType": "image/jpeg", "buffer": camera_jpeg(600, 400)}])
    phone.wait_for_selector("#photo-status.warn")
    assert _kept(phone, 1) == ["Flip chart kelompok 2"]
    waiting = phone.text_content("#photo-waiting")
    assert waiting.startswith("1 foto menunggu dikirim") and "tersimpan di ponsel" in waiting

    phone.reload()  # the tab is closed or reloaded while the network is down
    _loaded(phone)
    assert phone.text_content("#photo-waiting").startswith("1 foto menunggu dikirim")
    phone.wait_for_selector("#photo-status.warn")  # tried again after the reload
    assert _photos(fx, "BAPPEDA") == []
    fx.start("plenary")  # the agenda moves on before the network comes back

    phone.unroute("**/api/photos*")
    phone.wait_for_selector("#photo-status.good", timeout=40_000)
    stored = _photos(fx, "BAPPEDA")
    assert [(p.caption, p.step_id, p.source) for p in stored] == [
        ("Flip chart kelompok 2", taken_in, "phone")]  # once, on the step it was taken in
    assert _kept(phone, 0) == []
    assert phone.is_hidden("#photo-waiting")

    before = len(sent)
    phone.reload()  # nothing waits any more: nothing is sent
    _loaded(phone)
    assert phone.evaluate("SB.photos.waiting.length") == 0 and _kept(phone, 0) == []
    assert len(sent) == before and len(_photos(fx, "BAPPEDA")) == 1


def test_without_indexeddb_the_page_says_photos_wait_in_memory_only(browser, fx):
    fx.start("swot")
    context = browser.new_context(viewport={"width": 360, "height": 640}, is_mobile=True)
    context.add_init_script("Object.defineProperty(window, 'indexedDB', "
                            "{get: function () { return undefined; }});")  # a private mode
    page = context.new_page()
    try:
        _join(page, fx, "DINKES")
        _loaded(page)
        assert "tidak dapat menyimpan foto" in page.text_content("#photo-waiting")
        page.route("**/api/photos*", lambda route: route.abort())
        before = len(_photos(fx, "DINKES"))
        page.set_input_files("#photo-input", files=[{
            "name": "pleno.jpg", "mimeType": "image/jpeg", "buffer": camera_jpeg(300, 200)}])
        page.wait_for_selector("#photo-status.warn")
        waiting = page.text_content("#photo-waiting")
        assert waiting.startswith("1 foto menunggu dikirim") and "biarkan halaman" in waiting
        page.unroute("**/api/photos*")
        page.wait_for_selector("#photo-status.good", timeout=40_000)  # today's behaviour
        assert len(_photos(fx, "DINKES")) == before + 1
    finally:
        context.close()
