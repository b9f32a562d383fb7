"""Phones of a group (kelompok) in Debian's headless Chromium at a 360x640 phone viewport,
against a live server (issue 10): a phone joined with a group's code, or with the code of an
OPD whose table other OPDs share, shows the group's name and its member OPDs in the page
header, and its SWOT and program lists show the group's entries of every OPD at the table, each
with its OPD's code (not the session OPD's own entries from elsewhere); an OPD's own table still
lists its OPD's entries."""

from __future__ import annotations

import pytest
from browser_support import browser, join, join_code, phone, served, shot
from lan_support import LanFixture

from smartbimtek.services import groups, lan, programs, swot

pytestmark = [pytest.mark.browser]
__all__ = ["browser", "phone"]  # the fixtures this module uses from browser_support


@pytest.fixture(scope="module")
def fx(tmp_path_factory) -> LanFixture:
    with served(tmp_path_factory.mktemp("browserg") / "phoneg.bimtek") as fixture:
        yield fixture


def _texts(page, selector: str) -> list[str]:
    return sorted(t.strip() for t in page.locator(selector).all_text_contents())


def test_a_group_phone_shows_the_group_and_its_entries_of_every_opd(phone, fx, tmp_path):
    ws, opds = fx.ws, fx.opds
    made = groups.add_group(ws, "Kelompok Ekonomi", "dimension", dimension="economy",
                            opd_ids=[opds["DINKES"], opds["DISKOMINFO"]])
    code = lan.ensure_group_codes(ws)[made.id]
    swot.add_item(ws, opds["DINKES"], "S", "Klinik desa aktif", group_id=made.id)
    swot.add_item(ws, opds["DISKOMINFO"], "O", "Pasar daring daerah", group_id=made.id)
    swot.add_item(ws, opds["DINKES"], "W", "Butir meja DINKES sendiri")
    programs.add_program(ws, opds["DISKOMINFO"], "Lapak UMKM digital", "economy",
                         group_id=made.id)
    fx.start("swot")
    join_code(phone, fx, code, "Sari")
    phone.wait_for_selector("#swot-form")
    assert phone.text_content("#table-code") == "Kelompok: Kelompok Ekonomi"
    assert phone.text_content("#table-name") == "DINKES, DISKOMINFO"
    phone.wait_for_selector(".item[data-state=saved]")
    assert _texts(phone, ".item .item-text") == ["Klinik desa aktif", "Pasar daring daerah"]
    assert _texts(phone, ".item p.muted.small") == ["DINKES", "DISKOMINFO"]  # whose entry
    shot(phone, "group-swot", tmp_path)
    # a member's entry sent from another phone of the group appears on the next poll
    swot.add_item(ws, opds["DISKOMINFO"], "T", "Persaingan marketplace", group_id=made.id)
    phone.locator(".item .item-text", has_text="Persaingan marketplace").wait_for()
    assert len(_texts(phone, ".item .item-text")) == 3
    fx.start("programs")
    phone.wait_for_selector("#program-form")
    phone.wait_for_selector(".item[data-state=saved]")
    assert _texts(phone, ".item .item-head strong") == ["Lapak UMKM digital"]
    assert phone.text_content(".item p.muted.small").startswith("DISKOMINFO \u00b7 ")


def test_an_opd_table_shared_with_other_opds_shows_the_group(browser, fx, tmp_path):
    from browser_support import phone_page

    ws, opds = fx.ws, fx.opds
    joint = groups.add_group(ws, "BAPPEDA + DINKES", "opd", opd_id=opds["BAPPEDA"],
                             opd_ids=[opds["DINKES"]])
    swot.add_item(ws, opds["DINKES"], "S", "Data sehat terpadu", group_id=joint.id)
    fx.start("swot")
    with phone_page(browser) as page:
        join(page, fx, "BAPPEDA", "Tono")  # the OPD's code opens its (shared) table
        page.wait_for_selector("#swot-form")
        assert page.text_content("#table-code") == "Kelompok: BAPPEDA + DINKES"
        assert page.text_content("#table-name") == "BAPPEDA, DINKES"
        page.wait_for_selector(".item[data-state=saved]")
        assert _texts(page, ".item .item-text") == ["Data sehat terpadu"]
    # an OPD's own table keeps listing its OPD's entries (from before groups too)
    own = groups.add_group(ws, "DISKOMINFO", "opd", opd_id=opds["DISKOMINFO"])
    swot.add_item(ws, opds["DISKOMINFO"], "W", "Jaringan desa lemah")
    with phone_page(browser) as page:
        join(page, fx, "DISKOMINFO", "Ani")
        page.wait_for_selector(".item[data-state=saved]")
        texts = _texts(page, ".item .item-text")
        assert "Jaringan desa lemah" in texts and "Pasar daring daerah" in texts
        assert page.text_content("#table-code") != f"Kelompok: {own.name}"
