"""The phone page's queue never turns an edit into a refusal (issue 8, follow-up of point 13).

The server refuses an idempotency key re-sent with another body. An entry whose answer was lost
on the venue Wi-Fi may already be stored, so the page must not change what it re-sends under
that key: an edit ("set") goes with a new key, an edit or a deletion of an add that may be stored
waits for the add's answer and goes as its own request. Real headless Chromium (Debian's), a live
server; Playwright's routing lets the first request reach the server and loses its answer.
"""

from __future__ import annotations

import re

import pytest
from browser_support import add_swot, browser, fx, join, phone_page

from smartbimtek.services import programs, swot

pytestmark = [pytest.mark.browser]
__all__ = ["browser", "fx"]  # the fixtures this module uses from browser_support

# Pauses the page's queue (as if still offline) once a send got no answer and nothing is in
# flight; checked and set in one go inside the page, so no send can slip in between.
PAUSE_AFTER_LOSS = """() => {
  const q = SB.queue;
  if (q.busy || !q.ops.some(op => op.tries >= 1)) { return false; }
  q.paused = true;
  return true;
}"""


@pytest.fixture
def phone(browser):
    """A phone page that lets ``wait_for_function`` evaluate (``bypass_csp``)."""
    with phone_page(browser, device_scale_factor=1, bypass_csp=True) as page:
        yield page


class LostAnswer:
    """Routes one endpoint: the first ``method`` request reaches the server (``reach``) but its
    answer is lost; then the network stays down for that endpoint (requests aborted before the
    server) until ``release``. Requests let through afterwards are recorded in ``sent``."""

    def __init__(self, page, path: str, method: str, reach: bool = True) -> None:
        self.page, self.method, self.reach = page, method, reach
        self.pattern = re.compile(re.escape(path) + r"(/[^?]*)?(\?.*)?$")
        self.dropped: list[str] = []
        self.sent: list[tuple[str, str]] = []
        self.down = False
        page.route(self.pattern, self._handle)

    def _handle(self, route) -> None:
        request = route.request
        if request.method == self.method and not self.dropped:
            if self.reach:
                route.fetch()  # the server stores the entry...
            self.dropped.append(request.headers.get("idempotency-key", ""))
            self.down = True
            route.abort("connectionreset")  # ...but the phone never hears back
        elif self.down:
            route.abort("internetdisconnected")
        else:
            self.sent.append((request.method, request.url))
            route.continue_()

    def wait_lost(self) -> None:
        """Wait until the page saw the lost answer, then hold its queue (still offline)."""
        self.page.wait_for_function(PAUSE_AFTER_LOSS, timeout=15_000)
        assert len(self.dropped) == 1

    def release(self) -> None:
        """The network works again: everything waiting is sent; wait until the queue is empty."""
        self.down = False
        self.page.evaluate("SB.queue.paused = false; SB.queue.kick();")
        self.page.wait_for_function("SB.queue.ops.length === 0", timeout=30_000)


def not_saved(page) -> list[str]:
    return page.evaluate("SB.queue.failed.map(op => (op.error || {}).code)")


def test_an_item_edited_after_its_add_lost_its_answer_is_saved_once_edited(phone, fx):
    fx.start("swot")
    join(phone, fx, "DINKES", "Ani")
    phone.wait_for_selector("#swot-form")
    net = LostAnswer(phone, "/api/swot", "POST")
    add_swot(phone, "O", "Dana alokasi khusus kesehatan")
    net.wait_lost()
    stored = [i for i in swot.list_items(fx.ws, opd_id=fx.opds["DINKES"])
              if i.text == "Dana alokasi khusus kesehatan"]
    assert len(stored) == 1  # the server has it; the phone does not know
    card = phone.locator(".item[data-state=pending]", has_text="Dana alokasi khusus kesehatan")
    card.locator("button", has_text="Ubah").click()
    phone.fill("#swot-text", "Dana alokasi khusus bidang kesehatan 2026")
    phone.click("#swot-save")
    phone.wait_for_selector(".item >> text=Dana alokasi khusus bidang kesehatan 2026")
    net.release()
    assert not_saved(phone) == []
    assert phone.locator("#failed-box").is_hidden()
    mine = [i for i in swot.list_items(fx.ws, opd_id=fx.opds["DINKES"])
            if i.text.startswith("Dana alokasi khusus")]
    assert [(i.id, i.text) for i in mine] == [(stored[0].id, "Dana alokasi khusus bidang kesehatan 2026")]
    assert [m for m, _ in net.sent] == ["POST", "PUT"]  # the add again (same key), then the edit
    assert net.sent[1][1].endswith(f"/api/swot/{stored[0].id}")
    phone.wait_for_selector(f".item[data-id='{stored[0].id}'][data-state=saved]"
                            " >> text=bidang kesehatan 2026", timeout=15_000)


def test_an_item_deleted_after_its_add_lost_its_answer_is_deleted(phone, fx):
    fx.start("swot")
    join(phone, fx, "BAPPEDA", "Rina")
    phone.wait_for_selector("#swot-form")
    net = LostAnswer(phone, "/api/swot", "POST")
    add_swot(phone, "T", "Butir yang segera dihapus")
    net.wait_lost()
    assert [i for i in swot.list_items(fx.ws) if i.text == "Butir yang segera dihapus"]
    phone.once("dialog", lambda dialog: dialog.accept())
    phone.locator(".item", has_text="Butir yang segera dihapus").locator(
        "button", has_text="Hapus").click()
    net.release()
    assert not_saved(phone) == []
    assert not [i for i in swot.list_items(fx.ws) if i.text == "Butir yang segera dihapus"]
    assert [m for m, _ in net.sent] == ["POST", "DELETE"]


def test_an_edit_changed_again_after_its_answer_was_lost_is_saved(phone, fx):
    fx.start("swot")
    join(phone, fx, "DISKOMINFO", "Budi")
    phone.wait_for_selector("#swot-form")
    add_swot(phone, "S", "Jaringan serat optik sampai kecamatan")
    phone.wait_for_selector(".item[data-state=saved] >> text=serat optik")
    item = next(i for i in swot.list_items(fx.ws, opd_id=fx.opds["DISKOMINFO"])
                if i.text == "Jaringan serat optik sampai kecamatan")
    net = LostAnswer(phone, "/api/swot", "PUT")
    phone.locator(f".item[data-id='{item.id}'] button", has_text="Ubah").click()
    phone.fill("#swot-text", "Jaringan serat optik sampai desa")
    phone.click("#swot-save")
    net.wait_lost()
    assert swot.get_item(fx.ws, item.id).text == "Jaringan serat optik sampai desa"
    phone.locator(f".item[data-id='{item.id}'] button", has_text="Ubah").click()
    phone.fill("#swot-text", "Jaringan serat optik sampai semua desa")
    phone.click("#swot-save")
    net.release()
    assert not_saved(phone) == []
    assert swot.get_item(fx.ws, item.id).text == "Jaringan serat optik sampai semua desa"
    assert len(net.sent) == 1 and net.sent[0][0] == "PUT"


def test_a_score_changed_after_a_lost_answer_is_saved(phone, fx):
    fx.start("prioritisation")
    join(phone, fx, "DINKES", "Ani")
    target = fx.programs["BAPPEDA"]
    card = phone.locator(f".ballot-item[data-id='{target}']")
    card.wait_for(timeout=15_000)
    net = LostAnswer(phone, "/api/scores", "PUT")
    card.locator(".crit").nth(0).locator("button.score", has_text="4").click()
    net.wait_lost()
    assert [(s.criterion, s.value) for s in
            programs.list_scores(fx.ws, program_id=target, rater="DINKES")] == [("impact", 4)]
    card.locator(".crit").nth(0).locator("button.score", has_text="2").click()
    net.release()
    assert not_saved(phone) == []
    assert phone.locator("#failed-box").is_hidden()
    assert [(s.criterion, s.value) for s in
            programs.list_scores(fx.ws, program_id=target, rater="DINKES")] == [("impact", 2)]
    phone.wait_for_selector(f".ballot-item[data-id='{target}'] button.score.on >> text=2")


def test_a_follow_up_edit_fails_with_its_refused_add(phone, fx, monkeypatch):
    """The add never reached the server and is then refused (quota): the edit queued after it
    is not sent (it would only get a confusing not_found); one "not saved" entry remains,
    with the add's reason and the newest text, ready to be fixed."""
    from smartbimtek.services import lan_limits

    monkeypatch.setattr(lan_limits, "MAX_SWOT_PER_STEP", 0)
    fx.start("swot")
    join(phone, fx, "BAPPEDA", "Rina")
    phone.wait_for_selector("#swot-form")
    net = LostAnswer(phone, "/api/swot", "POST", reach=False)
    add_swot(phone, "W", "Butir pertama yang ditolak")
    net.wait_lost()
    phone.locator(".item[data-state=pending]", has_text="Butir pertama yang ditolak").locator(
        "button", has_text="Ubah").click()
    phone.fill("#swot-text", "Butir kedua yang ditolak")
    phone.click("#swot-save")
    net.release()
    assert [m for m, _ in net.sent] == ["POST"]  # the edit was never sent
    assert not_saved(phone) == ["quota_items"]
    box = phone.locator("#failed-box")
    assert "Butir kedua yang ditolak" in box.text_content()
    assert "Batas tercapai" in box.text_content()
    assert "tidak ditemukan" not in box.text_content()
    box.locator("button", has_text="Perbaiki").click()
    assert phone.input_value("#swot-text") == "Butir kedua yang ditolak"
    assert not [i for i in swot.list_items(fx.ws) if "yang ditolak" in i.text]


def test_host_and_key_refusals_are_explained_in_both_languages(phone, fx):
    fx.start("swot")
    join(phone, fx, "DISKOMINFO", "Budi")
    texts = {}
    for lang in ("id", "en"):
        texts[lang] = phone.evaluate(
            f"SB.lang = '{lang}'; [SB.errorText({{code: 'host'}}), "
            "SB.errorText({code: 'idempotency_mismatch', field: 'idempotency_key'})]")
    assert "kartu meja" in texts["id"][0] and "table card" in texts["en"][0]
    for lang, generic in (("id", "ditolak ("), ("en", "refused (")):
        assert all(generic not in text for text in texts[lang]), texts[lang]
    assert texts["id"] != texts["en"]


def test_an_add_refused_while_locked_is_changed_in_place(phone, fx):
    """A 423 wrote nothing: editing the waiting add changes it (same key, one request)."""
    from smartbimtek.services import lan

    fx.start("swot")
    join(phone, fx, "DISKOMINFO", "Budi")
    phone.wait_for_selector("#swot-form")
    sent: list = []
    phone.on("request", lambda r: sent.append((r.method, r.headers.get("idempotency-key")))
             if "/api/swot" in r.url else None)
    lan.set_input_locked(fx.ws, True)
    try:
        phone.wait_for_selector("#lock-notice:not(.hidden)", timeout=15_000)
        add_swot(phone, "W", "Ditulis saat terkunci")
        phone.wait_for_selector(".item[data-state=blocked]", timeout=15_000)
        phone.locator(".item[data-state=blocked] button", has_text="Ubah").click()
        phone.fill("#swot-text", "Ditulis saat terkunci lalu diubah")
        phone.click("#swot-save")
    finally:
        lan.set_input_locked(fx.ws, False)
    phone.wait_for_selector(".item[data-state=saved] >> text=lalu diubah", timeout=15_000)
    assert not_saved(phone) == []
    assert [i.text for i in swot.list_items(fx.ws) if i.text.startswith("Ditulis saat terkunci")] \
        == ["Ditulis saat terkunci lalu diubah"]
    assert {m for m, _ in sent} == {"POST"} and len({k for _, k in sent}) == 1


def test_done_taken_back_after_a_lost_answer_is_taken_back(phone, fx):
    from smartbimtek.services import lan

    step = fx.start("swot")
    join(phone, fx, "DINKES", "Ani")
    phone.wait_for_selector("#swot-form")
    net = LostAnswer(phone, "/api/done", "POST")
    phone.click("#done-button")
    net.wait_lost()
    assert fx.opds["DINKES"] in lan.done_opds(fx.ws, step)
    phone.click("#done-button")  # "not done after all", while the first answer is lost
    net.release()
    assert not_saved(phone) == []
    assert fx.opds["DINKES"] not in lan.done_opds(fx.ws, step)
    phone.wait_for_selector("#done-button:not(.on)")
