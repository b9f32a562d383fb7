"""Text cleaning (issue 8, points 13 and 16): control characters, carriage returns, text made
only of invisible characters and bidi overrides, through ``text.py``, a service and the phone
API."""

from __future__ import annotations

import pytest
from lan_support import fx

from smartbimtek.errors import ValidationError
from smartbimtek.services import programs, roster, swot
from smartbimtek.text import clean_short, clean_text

__all__ = ["fx"]  # the fixture this module uses from lan_support

C1 = "".join(chr(c) for c in range(0x80, 0xA0) if c != 0x85)  # U+0085 (NEL) is a newline
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e", "\u00ad", "\u034f",
              "\u2061", "\u2062", "\u2063", "\u2064", "\u200e", "\u200f", "\u061c", "\u3164",
              "\ufe0f")
BIDI = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")


# -- text.py ------------------------------------------------------------------------------
def test_del_and_every_c1_control_are_removed():
    assert clean_text("a\x7fb", "text") == "ab"
    assert clean_text(f"a{C1}b", "text") == "ab"
    assert clean_short(f"Judul\x7f{C1}baru", "title") == "Judulbaru"


def test_lone_cr_and_crlf_become_lf_where_newlines_are_allowed():
    assert clean_text("satu\rdua\r\ntiga\n\rempat", "text") == "satu\ndua\ntiga\n\nempat"
    assert clean_text("a\x85b\u2028c\u2029d", "text") == "a\nb\nc\nd"
    assert "\r" not in clean_text("x\r\r\ny", "text")


def test_newlines_become_one_space_where_they_are_not_allowed():
    assert clean_short("satu\rdua", "title") == "satu dua"
    assert clean_short("satu\r\ndua\n\rtiga\x85empat\u2028lima", "title") == \
        "satu dua tiga empat lima"


@pytest.mark.parametrize("invisible", ZERO_WIDTH)
def test_text_of_only_zero_width_characters_is_empty(invisible):
    for value in (invisible, invisible * 3, f" {invisible}\n{invisible}\t", f"\u200b{invisible}"):
        with pytest.raises(ValidationError) as err:
            clean_text(value, "text")
        assert err.value.code == "empty" and err.value.field == "text"
        with pytest.raises(ValidationError) as err:
            clean_short(value, "title")
        assert err.value.code == "empty"
        assert clean_text(value, "notes", required=False) == ""


def test_zero_width_characters_at_the_ends_go_and_joiners_inside_stay():
    assert clean_text("\ufeff\u200bSatu data\u200b\u2060", "text") == "Satu data"
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji made with ZWJ
    assert clean_text(f"Keluarga {family}", "text") == f"Keluarga {family}"
    assert clean_text("\u2764\ufe0f", "text") == "\u2764\ufe0f"  # a visible character


@pytest.mark.parametrize("control", BIDI)
def test_bidi_override_embedding_and_isolate_characters_are_stripped(control):
    assert clean_text(f"abc{control}def", "text") == "abcdef"
    assert clean_short(f"{control}Judul{control}", "title") == "Judul"
    with pytest.raises(ValidationError) as err:
        clean_text(control * 4, "text")
    assert err.value.code == "empty"


def test_a_spoofed_file_name_loses_its_override():
    assert clean_short("laporan\u202efdp.exe", "title") == "laporanfdp.exe"


def test_tab_newline_and_ordinary_text_are_kept():
    value = "Baris satu\tkolom\nBaris dua: <b>&amp; =SUM(A1)</b> é"
    assert clean_text(value, "text") == value


# -- one service ---------------------------------------------------------------------------
def test_swot_service_refuses_invisible_text_and_cleans_the_rest(ws):
    opd = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1)
    before = ws.query_one("SELECT count(*) FROM swot_items")[0]
    with pytest.raises(ValidationError) as err:
        swot.add_item(ws, opd.id, "S", "\u200b\u200d\ufeff\u2060")
    assert err.value.code == "empty"
    assert ws.query_one("SELECT count(*) FROM swot_items")[0] == before
    item = swot.add_item(ws, opd.id, "W", "Jaringan\r\u202edesa\x7f\x9b\rbelum merata")
    assert swot.get_item(ws, item.id).text == "Jaringan\ndesa\nbelum merata"
    with pytest.raises(ValidationError) as err:
        programs.add_program(ws, opd.id, "\u200b\u202e", "governance")
    assert err.value.code == "empty" and err.value.field == "title"
    program = programs.add_program(ws, opd.id, "Satu\rData\x7f", "governance")
    assert programs.get_program(ws, program.id).title == "Satu Data"


# -- one phone endpoint ----------------------------------------------------------------------
def test_phone_swot_entry_of_invisible_text_is_refused_and_the_rest_cleaned(fx):
    fx.start("swot")
    client = fx.client("DINKES", "Rina")
    before = fx.counts()
    status, body, _ = client.submit("POST", "/api/swot",
                                    {"quadrant": "S", "text": "\u200b\u200c\u2060\ufeff"})
    assert status == 422
    assert body["error"]["code"] == "empty" and body["error"]["field"] == "text"
    status, body, _ = client.submit("POST", "/api/swot", {"quadrant": "S", "text": "\u202e\u2066"})
    assert status == 422 and body["error"]["code"] == "empty"
    assert fx.counts() == before
    status, body, _ = client.submit("POST", "/api/swot",
                                    {"quadrant": "O", "text": "Dana\x7f desa\rnaik\u202e\x85"})
    assert status == 201
    assert swot.get_item(fx.ws, body["item"]["id"]).text == "Dana desa\nnaik"
