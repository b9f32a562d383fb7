"""The phone page in Debian's headless Chromium at a 360x640 phone viewport, against a live
server: scan-free join, entries saved, seen by the console, offline and back without loss or
duplicates, a lost answer retried without a duplicate, bad input explained.

Set ``SMARTBIMTEK_SCREENSHOTS=1`` to (re)write the phone screenshots in ``docs/screenshots``.
"""

from __future__ import annotations

import threading
import time

import pytest
from browser_support import add_swot, browser, fx, join, phone, shot
from clock_support import MonotonicClock

from smartbimtek import changes
from smartbimtek.services import lan, programs, swot

pytestmark = [pytest.mark.browser]
__all__ = ["browser", "fx", "phone"]  # the fixtures this module uses from browser_support


def test_join_by_link_add_an_item_and_the_console_sees_it(phone, fx, tmp_path):
    fx.start("swot")
    seen: list = []
    arrived = threading.Event()

    def on_change(change) -> None:
        if change.entity == "swot" and change.source == "phone":
            seen.append(change)
            arrived.set()

    unsubscribe = changes.subscribe(fx.path, on_change)
    try:
        phone.goto(f"{fx.url}/j/{fx.codes['DISKOMINFO']}")
        phone.wait_for_selector("#join-view:not(.hidden)")
        shot(phone, "join", tmp_path)
        phone.fill("#join-name", "Budi Santoso")
        phone.click("#join-button")
        phone.wait_for_selector("#swot-form")
        assert phone.text_content("#table-code") == "DISKOMINFO"
        assert "SWOT" in phone.text_content("#step-title")
        shot(phone, "step", tmp_path)
        add_swot(phone, "W", "Jaringan internet di kecamatan belum merata", "governance",
                 "governance.service")
        phone.wait_for_selector(".item[data-state=saved]")
        assert "dikirim" in phone.text_content("#swot-flash")
        shot(phone, "swot", tmp_path)
        assert arrived.wait(15)
    finally:
        unsubscribe()
    items = swot.list_items(fx.ws, opd_id=fx.opds["DISKOMINFO"])
    mine = [i for i in items if i.text == "Jaringan internet di kecamatan belum merata"]
    assert len(mine) == 1
    assert (mine[0].quadrant, mine[0].element, mine[0].source, mine[0].author) == \
        ("W", "governance.service", "phone", "Budi Santoso")
    assert seen[0].entity_id == mine[0].id and seen[0].action == "add"
    assert seen[0].opd_id == fx.opds["DISKOMINFO"]
    assert phone.locator(f".item[data-id='{mine[0].id}'] .chip").text_content().endswith(
        "Tersimpan")
    phone.click("#lang")
    assert phone.text_content("#swot-save") == "Save item"
    assert phone.locator(f".item[data-id='{mine[0].id}'] .chip").text_content().endswith("Saved")
    phone.click("#lang")


def test_offline_entries_wait_and_land_once_when_back_online(phone, fx, tmp_path):
    fx.start("swot")
    join(phone, fx, "BAPPEDA", "Rina")
    phone.wait_for_selector("#swot-form")
    context = phone.context
    context.set_offline(True)
    texts = [f"Butir luring nomor {n}" for n in range(1, 4)]
    for n, text in enumerate(texts):
        add_swot(phone, "SWOT"[n], text)
    phone.wait_for_selector("#banner.warn")
    assert "3" in phone.text_content("#banner")
    assert "dikirim otomatis" in phone.text_content("#swot-flash")
    assert phone.locator(".item[data-state=pending]").count() == 3
    assert phone.evaluate("JSON.parse(localStorage.getItem('sb_queue')).ops.length") == 3
    shot(phone, "offline", tmp_path)
    before = {i.text for i in swot.list_items(fx.ws, opd_id=fx.opds["BAPPEDA"])}
    assert not before & set(texts)
    context.set_offline(False)
    phone.locator(".item[data-state=saved]").nth(3).wait_for(timeout=30_000)
    phone.locator(".item[data-state=pending]").first.wait_for(state="detached", timeout=30_000)
    phone.wait_for_selector("#banner.good")
    assert "tersimpan" in phone.text_content("#banner")
    assert phone.evaluate("JSON.parse(localStorage.getItem('sb_queue')).ops.length") == 0
    shot(phone, "entries", tmp_path, full_page=True)
    after = [i.text for i in swot.list_items(fx.ws, opd_id=fx.opds["BAPPEDA"])]
    for text in texts:
        assert after.count(text) == 1
    keys = fx.ws.query("SELECT count(*) FROM lan_idempotency WHERE opd_id=?",
                       (fx.opds["BAPPEDA"],))[0][0]
    assert keys == 3


def test_a_lost_answer_is_retried_without_a_duplicate(phone, fx):
    fx.start("swot")
    join(phone, fx, "DINKES", "Ani")
    phone.wait_for_selector("#swot-form")
    dropped = []

    def lose_first_answer(route) -> None:
        if route.request.method == "POST" and not dropped:
            route.fetch()  # the server commits the entry...
            dropped.append(route.request.headers.get("idempotency-key"))
            route.abort("connectionreset")  # ...but the phone never hears back
        else:
            route.continue_()

    phone.route("**/api/swot", lose_first_answer)
    add_swot(phone, "O", "Dana alokasi khusus bidang kesehatan")
    phone.wait_for_selector(".item[data-state=saved]", timeout=30_000)
    phone.unroute("**/api/swot")
    rows = [i for i in swot.list_items(fx.ws, opd_id=fx.opds["DINKES"])
            if i.text == "Dana alokasi khusus bidang kesehatan"]
    assert len(rows) == 1 and len(dropped) == 1
    stored = fx.ws.query_one("SELECT key FROM lan_idempotency WHERE response LIKE ?",
                             (f"%{rows[0].id}%",))
    assert stored["key"] == dropped[0]


def test_bad_input_is_explained_on_the_phone(phone, fx):
    fx.start("swot")
    join(phone, fx, "DISKOMINFO", "Budi")
    phone.wait_for_selector("#swot-form")
    phone.click("#swot-save")
    assert "wajib diisi" in phone.text_content("#swot-form .error")
    phone.evaluate("document.getElementById('swot-text').removeAttribute('maxlength')")
    add_swot(phone, "S", "x" * 20001)
    phone.wait_for_selector("#failed-box:not(.hidden)")
    assert "terlalu panjang: 20001 karakter, paling banyak 20000" in \
        phone.text_content("#failed-box")
    phone.click("#failed-box button:has-text('Perbaiki')")
    assert len(phone.input_value("#swot-text")) == 20001
    assert phone.locator("#failed-box").is_hidden()


def test_programs_and_scoring_from_the_phone(phone, fx, tmp_path):
    fx.start("programs")
    join(phone, fx, "DINKES", "Ani")
    phone.wait_for_selector("#program-form")
    phone.fill("#program-title", "Telemedisin puskesmas")
    phone.select_option("#program-dimension", "living")
    phone.select_option("#program-element", "living.health")
    phone.select_option("#program-horizon", "quick_win")
    phone.click("#program-save")
    phone.wait_for_selector("#entries .item[data-state=saved] >> text=Telemedisin puskesmas")
    mine = [p for p in programs.list_programs(fx.ws, opd_id=fx.opds["DINKES"])
            if p.title == "Telemedisin puskesmas"]
    assert len(mine) == 1 and mine[0].horizon == "quick_win" and mine[0].source == "phone"
    fx.start("prioritisation")
    phone.wait_for_selector(".ballot-item", timeout=15_000)
    card = phone.locator(f".ballot-item[data-id='{fx.programs['BAPPEDA']}']")
    card.locator(".crit").nth(0).locator("button.score", has_text="4").click()
    card.locator(".dots button", has_text="+").click()
    card.locator(".dots button", has_text="+").click()
    phone.locator(".ballot-item .chip").first.wait_for(state="detached", timeout=15_000)
    shot(phone, "scoring", tmp_path)
    scores = programs.list_scores(fx.ws, program_id=fx.programs["BAPPEDA"], rater="DINKES")
    assert [(s.criterion, s.value) for s in scores] == [("impact", 4)]
    assert programs.votes_used(fx.ws, "DINKES") == 2
    assert "2 dari 5" in phone.text_content("#votes-left")
    phone.click("#done-button")
    phone.wait_for_selector("#done-button.on")


def test_entries_made_while_locked_wait_and_land_when_opened(phone, fx):
    fx.start("swot")
    join(phone, fx, "BAPPEDA", "Rina")
    phone.wait_for_selector("#swot-form")
    lan.set_input_locked(fx.ws, True)
    try:
        phone.wait_for_selector("#lock-notice:not(.hidden)", timeout=15_000)
        add_swot(phone, "T", "Ditulis saat input dikunci")
        phone.wait_for_selector(".item[data-state=blocked]", timeout=15_000)
        assert "Dikunci (1)" in phone.text_content("#net")
        assert "setelah fasilitator membuka input" in phone.text_content("#swot-flash")
        assert not [i for i in swot.list_items(fx.ws) if i.text == "Ditulis saat input dikunci"]
    finally:
        lan.set_input_locked(fx.ws, False)
    phone.wait_for_selector(".item[data-state=saved] >> text=Ditulis saat input dikunci",
                            timeout=15_000)
    assert len([i for i in swot.list_items(fx.ws) if i.text == "Ditulis saat input dikunci"]) == 1


def test_edit_and_delete_an_item_from_the_phone(phone, fx):
    fx.start("swot")
    join(phone, fx, "DINKES", "Ani")
    phone.wait_for_selector("#swot-form")
    add_swot(phone, "S", "Puskesmas sudah memakai rekam medis elektronik")
    phone.wait_for_selector(".item[data-state=saved] >> text=rekam medis elektronik")
    item = next(i for i in swot.list_items(fx.ws, opd_id=fx.opds["DINKES"])
                if i.text.startswith("Puskesmas sudah"))
    card = phone.locator(f".item[data-id='{item.id}']")
    card.locator("button", has_text="Ubah").click()
    assert phone.input_value("#swot-text") == item.text
    assert phone.text_content("#swot-save") == "Simpan perubahan"
    phone.fill("#swot-text", "Semua puskesmas memakai rekam medis elektronik")
    phone.click(".quad.qO")
    phone.click("#swot-save")
    phone.wait_for_selector(".item[data-state=saved] >> text=Semua puskesmas memakai")
    edited = swot.get_item(fx.ws, item.id)
    assert (edited.text, edited.quadrant) == ("Semua puskesmas memakai rekam medis elektronik", "O")
    phone.once("dialog", lambda dialog: dialog.accept())
    phone.locator(f".item[data-id='{item.id}'] button", has_text="Hapus").click()
    phone.locator(f".item[data-id='{item.id}']").wait_for(state="detached", timeout=15_000)
    assert item.id not in {i.id for i in swot.list_items(fx.ws)}
    actions = [r["action"] for r in fx.ws.query(
        "SELECT action FROM audit WHERE entity='swot' AND entity_id=? ORDER BY id", (item.id,))]
    assert actions == ["add", "edit", "delete"]


def test_too_fast_entries_wait_for_retry_after_and_all_land(phone, fx):
    """429 with Retry-After: the entry stays queued (nothing lost, nothing in the "not saved"
    list), a calm note says so, and the page waits that long before sending it again."""
    from smartbimtek.server.limits import TokenBucket
    from smartbimtek.services import lan_limits

    fx.start("swot")
    join(phone, fx, "DISKOMINFO", "Cepat")
    phone.wait_for_selector("#swot-form")
    clock = MonotonicClock()
    ctx = fx.server.app.extensions["smartbimtek"]
    ctx["write_limiter"] = TokenBucket(2, 0.5, clock=clock)  # Retry-After: 2 s
    answers: list[tuple[float, int]] = []
    sent: list[float] = []
    phone.on("request", lambda r: sent.append(time.monotonic())
             if r.method == "POST" and r.url.endswith("/api/swot") else None)
    phone.on("response", lambda r: answers.append((time.monotonic(), r.status))
             if r.request.method == "POST" and r.url.endswith("/api/swot") else None)
    texts = [f"Butir cepat nomor {n}" for n in range(4)]
    try:
        for text in texts:
            add_swot(phone, "S", text)
        phone.wait_for_selector("#banner.warn", timeout=15_000)
        assert "tidak ada yang hilang" in phone.text_content("#banner")
        assert "dikirim otomatis dalam 2 detik" in phone.text_content("#banner")
        assert phone.locator(".item[data-state=saved]", has_text="Butir cepat").count() == 2
        assert phone.locator("#failed-box").is_hidden()
        assert phone.evaluate("JSON.parse(localStorage.getItem('sb_queue')).ops.length") == 2
        clock.now += 10  # the bucket refills: the waiting entries go through
        phone.locator(".item[data-state=saved]", has_text="Butir cepat").nth(3).wait_for(
            timeout=30_000)
    finally:
        ctx["write_limiter"] = TokenBucket(lan_limits.WRITE_BURST, lan_limits.WRITE_PER_SECOND)
    assert phone.locator("#failed-box").is_hidden()
    stored = [i.text for i in swot.list_items(fx.ws, opd_id=fx.opds["DISKOMINFO"])]
    assert all(stored.count(text) == 1 for text in texts)
    refused = [at for at, status in answers if status == 429]
    assert refused
    for at in refused:  # nothing was sent again before Retry-After had passed
        later = [s for s in sent if s > at]
        assert not later or later[0] - at >= 1.9
    phone.wait_for_function("!document.getElementById('banner').className.match(/warn/) || "
                            "document.getElementById('banner').className.match(/hidden/)")


def test_the_ballot_shows_a_programs_details_on_demand(phone, fx):
    target = fx.programs["BAPPEDA"]
    programs.update_program(fx.ws, target, description="Uraian panjang " + "x" * 5_000,
                            indicator="Indeks SPBE")
    fx.start("prioritisation")
    responses: list = []
    phone.on("response", lambda r: responses.append(r) if r.url.endswith("/api/state") else None)
    join(phone, fx, "DINKES", "Ani")
    card = phone.locator(f".ballot-item[data-id='{target}']")
    card.wait_for(timeout=15_000)
    assert "Uraian panjang" not in phone.content()
    card.locator("button.details-btn").click()
    card.locator(".details", has_text="Uraian panjang").wait_for(timeout=15_000)
    assert "Indeks SPBE" in card.text_content()
    assert card.locator("button.details-btn").text_content() == "Tutup rincian"
    # the next polls send the ETag back and get 304; the page keeps its ballot
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not any(r.status == 304 for r in responses):
        phone.wait_for_timeout(250)
    assert any(r.status == 304 and r.request.headers.get("if-none-match") for r in responses)
    assert all("Uraian panjang" not in r.text() for r in responses if r.status == 200)
    assert card.locator(".details", has_text="Uraian panjang").count() == 1
    card.locator("button.details-btn").click()
    assert card.locator(".details").count() == 0
    lan.set_results_hidden(fx.ws, False)  # the results, fetched with their ETag
    try:
        phone.wait_for_selector("#results-button:not(.hidden)", timeout=15_000)
        phone.click("#results-button")
        phone.wait_for_selector("#results ol.ranking li")
        assert "Program BAPPEDA" in phone.text_content("#results")
        phone.click("#results-button")
        phone.click("#results-button")  # again: 304, the page shows what it has
        phone.wait_for_selector("#results ol.ranking li")
        assert "Program BAPPEDA" in phone.text_content("#results")
    finally:
        lan.set_results_hidden(fx.ws, True)


def test_a_quota_refusal_is_explained_and_kept_for_fixing(phone, fx, monkeypatch):
    from smartbimtek.services import lan_limits

    monkeypatch.setattr(lan_limits, "MAX_SWOT_PER_STEP", 0)
    fx.start("swot")
    join(phone, fx, "BAPPEDA", "Rina")
    phone.wait_for_selector("#swot-form")
    add_swot(phone, "O", "Satu butir terlalu banyak")
    phone.wait_for_selector("#failed-box:not(.hidden)", timeout=15_000)
    assert "Batas tercapai: meja Anda sudah menambah 0 entri" in phone.text_content("#failed-box")
    assert not [i for i in swot.list_items(fx.ws) if i.text == "Satu butir terlalu banyak"]
