"""The phone page's issue-10 exercises in Debian's headless Chromium at a 360x640 phone
viewport, against a live server: a dimension group of two OPDs joins with its group code and
its entry records the group and the chosen OPD; vision keywords are sent and listed; a review
comment is sent and the facilitator's answer shows up; the stage line leads."""

from __future__ import annotations

import pytest
from browser_support import browser, join_code, phone, served, shot
from lan_support import LanFixture, add_exercise_steps

from smartbimtek.services import groups, keywords, lan, review, swot

pytestmark = [pytest.mark.browser]
__all__ = ["browser", "phone"]  # the fixtures this module uses from browser_support


@pytest.fixture(scope="module")
def fx(tmp_path_factory) -> LanFixture:
    with served(tmp_path_factory.mktemp("browserx") / "phonex.bimtek") as fixture:
        add_exercise_steps(fixture)
        yield fixture


@pytest.fixture(scope="module")
def group(fx):
    made = groups.add_group(fx.ws, "Kelompok Living", "dimension", dimension="living",
                            opd_ids=[fx.opds["DINKES"], fx.opds["BAPPEDA"]])
    return made, lan.ensure_group_codes(fx.ws)[made.id]


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
