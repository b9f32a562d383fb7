"""The phone page's issue-10 exercises in Debian's headless Chromium at a 360x640 phone
viewport, against a live server: a dimension group of two OPDs joins with its group code and
its entry records the group and the chosen OPD; vision keywords are sent and listed; a review
comment is sent and the facilitator's answer shows up; the stage line leads."""

from __future__ import annotations

import pytest
from lan_support import LanFixture, start_fixture
from test_lan_browser import CHROMIUM, shot
from tools_support import require_chromium

from smartbimtek.services import agenda, groups, keywords, lan, review, swot

pytestmark = [pytest.mark.browser]


@pytest.fixture(autouse=True, scope="module")
def _chromium_installed():
    require_chromium()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def fx(tmp_path_factory) -> LanFixture:
    fixture = start_fixture(tmp_path_factory.mktemp("browserx") / "phonex.bimtek",
                            join_limit=1000)
    for kind, title in (("keywords", "Kata kunci visi"), ("review", "Reviu bab")):
        agenda.add_step(fixture.ws, fixture.event_id, 2, title, 30, kind=kind)
    yield fixture
    fixture.server.stop()
    fixture.ws.close()


@pytest.fixture(scope="module")
def group(fx):
    made = groups.add_group(fx.ws, "Kelompok Living", "dimension", dimension="living",
                            opd_ids=[fx.opds["DINKES"], fx.opds["BAPPEDA"]])
    return made, lan.ensure_group_codes(fx.ws)[made.id]


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 640}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    yield page
    context.close()
    assert problems == [], problems


def join_code(page, fx: LanFixture, code: str, name: str) -> None:
    page.goto(f"{fx.url}/j/{code}")
    page.wait_for_selector("#join-view:not(.hidden)")
    page.fill("#join-name", name)
    page.click("#join-button")
    page.wait_for_selector("#work-view:not(.hidden)")


def test_a_group_joins_and_its_entry_records_the_group_and_the_chosen_opd(phone, fx, group,
                                                                          tmp_path):
    made, code = group
    fx.start("swot")
    join_code(phone, fx, code, "Rina")
    phone.wait_for_selector("#swot-form")
    assert phone.text_content("#table-code") == "Kelompok: Kelompok Living"
    assert phone.text_content("#table-name") == "DINKES, BAPPEDA"
    assert phone.text_content("#stage-line").startswith("Bimtek I: Kesiapan")
    options = phone.locator("#opd-choice option").all_text_contents()
    assert [o.split(" ")[0] for o in options] == ["DINKES", "BAPPEDA"]
    assert phone.input_value("#swot-dimension") == "living"  # the group's dimension, preset
    phone.select_option("#opd-choice", fx.opds["BAPPEDA"])
    phone.click(".quad.qW")
    phone.fill("#swot-text", "Data kesehatan belum terpadu")
    phone.click("#swot-save")
    phone.wait_for_selector(".item[data-state=saved]")
    shot(phone, "group", tmp_path)
    mine = [i for i in swot.list_items(fx.ws) if i.text == "Data kesehatan belum terpadu"]
    assert len(mine) == 1
    assert (mine[0].opd_id, mine[0].dimension) == (fx.opds["BAPPEDA"], "living")
    assert fx.ws.query_one("SELECT group_id FROM swot_items WHERE id=?",
                           (mine[0].id,))[0] == made.id


def test_keywords_are_sent_and_the_tables_own_are_listed(phone, fx, group, tmp_path):
    made, code = group
    fx.start("keywords")
    join_code(phone, fx, code, "Rina")
    phone.wait_for_selector("#keyword-input")
    for word in ("Pelayanan publik", "Inovasi"):
        phone.fill("#keyword-input", word)
        phone.click("#keyword-send")
    phone.locator("#keyword-list li .saved").nth(1).wait_for(timeout=20_000)
    assert "dikirim" in phone.text_content("#keyword-flash")
    shot(phone, "keywords", tmp_path)
    sent = [k for k in keywords.list_keywords(fx.ws) if k.group_id == made.id]
    assert sorted(k.text for k in sent) == ["Inovasi", "Pelayanan publik"]
    assert all(k.source == "phone" and k.author == "Rina" for k in sent)
    # the page polls: a keyword of the same group typed elsewhere appears too
    keywords.add_keyword(fx.ws, "Kolaborasi", group_id=made.id, opd_id=fx.opds["DINKES"])
    phone.wait_for_selector("#keyword-list li:has-text('Kolaborasi')", timeout=20_000)
    assert phone.locator("#keyword-list li").count() == 3


def test_a_review_comment_and_the_facilitators_answer(phone, fx, group, tmp_path):
    made, code = group
    fx.start("review")
    join_code(phone, fx, code, "Rina")
    phone.wait_for_selector("#review-subject")
    chapter = review.chapters()[0][0]
    phone.select_option("#review-subject", f"chapter:{chapter}")
    phone.fill("#review-text", "Data penduduk perlu diperbarui")
    phone.click("#review-send")
    phone.wait_for_selector("#review-list .answer:has-text('Belum dijawab')", timeout=20_000)
    sent = review.list_comments(fx.ws, "chapter", chapter)
    assert [(c.text, c.group_id, c.source) for c in sent] == [
        ("Data penduduk perlu diperbarui", made.id, "phone")]
    review.answer_comment(fx.ws, sent[0].id, "Akan diperbarui dengan data BPS")
    review.set_status(fx.ws, "chapter", chapter, "agreed")
    phone.wait_for_selector(
        "#review-list .answer:has-text('Jawaban fasilitator: Akan diperbarui dengan data BPS')",
        timeout=20_000)
    assert phone.locator("#review-list li.status-agreed").count() == 1
    shot(phone, "review", tmp_path, full_page=True)
