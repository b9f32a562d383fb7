"""Table cards per group (issue 10): besides each OPD's card, every group that is not an OPD's
own table gets a card with its join code and QR code, its name, kind, dimension or component
and member OPDs. Read back from the PDF."""

from __future__ import annotations

import pdfplumber

from smartbimtek.server.cards import write_table_cards
from smartbimtek.services import groups, lan, plan, roster
from smartbimtek.store import open_workshop

URL = "http://192.168.43.10:8765"


def _text(pdf) -> tuple[str, int]:
    with pdfplumber.open(pdf) as doc:
        text = " ".join(" ".join(page.extract_text() for page in doc.pages).split())
        return text, len(doc.pages)


def test_group_cards_carry_code_qr_name_kind_and_members(tmp_path):
    with open_workshop(tmp_path / "c.bimtek", create=True) as ws:
        plan.add_event(ws, "II")
        kominfo = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1)
        bappeda = roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah", 2)
        groups.ensure_opd_groups(ws)  # OPD groups use their OPD's card: no extra card
        dimension = groups.add_group(ws, "Kelompok <Tata> & Kelola", "dimension",
                                     dimension="governance", opd_ids=[kominfo.id, bappeda.id])
        component = groups.add_group(ws, "Meja Struktur", "component", component="struktur",
                                     opd_ids=[bappeda.id])
        pdf = write_table_cards(ws, URL, tmp_path / "cards.pdf")
        codes = lan.group_codes(ws)
        text, pages = _text(pdf)
        assert pages == 2  # two OPD cards, two group cards, two per page
        assert set(codes) == {dimension.id, component.id}
        for group in (dimension, component):
            assert " ".join(codes[group.id]) in text
            assert f"{URL}/j/{codes[group.id]}" in text  # the QR code's address under it
        assert "Kelompok <Tata> & Kelola" in text and "Meja Struktur" in text
        assert "Kelompok dimensi" in text and "Smart Governance" in text  # kind and dimension
        assert "Kelompok komponen" in text and "Struktur" in text
        assert "Anggota: DISKOMINFO, BAPPEDA" in text
        assert "Kode kelompok / Group code:" in text
        # OPDs only, as before
        only_opds = write_table_cards(ws, URL, tmp_path / "opds.pdf", groups=False)
        assert _text(only_opds)[1] == 1
        assert not list(tmp_path.glob("*.tmp"))


def test_group_without_members_says_so(tmp_path):
    with open_workshop(tmp_path / "e.bimtek", create=True) as ws:
        plan.add_event(ws, "I")
        group = groups.add_group(ws, "Meja bebas", "custom")
        pdf = write_table_cards(ws, URL, tmp_path / "cards.pdf", groups=True)
        text, pages = _text(pdf)
        assert pages == 1
        assert " ".join(lan.group_codes(ws)[group.id]) in text
        assert "Meja bebas" in text and "Kelompok bebas" in text
        assert "Belum ada OPD anggota" in text


def test_the_consoles_print_table_cards_prints_the_group_cards(qtbot, tmp_path):
    from ui_support import make_controller, opd_id, show

    from ui.lan_panel import LanPanel

    controller = make_controller(tmp_path)
    group = groups.add_group(controller.ws, "Kelompok Ekonomi", "dimension",
                             dimension="economy", opd_ids=[opd_id(controller, "BAPPEDA")])
    panel = show(qtbot, LanPanel(controller), 1200, 700)
    pdf = panel.print_cards(tmp_path / "kartu.pdf")
    assert pdf is not None
    text, pages = _text(pdf)
    assert pages == 2  # three OPD cards and the group's card
    assert "Kelompok Ekonomi" in text and "Anggota: BAPPEDA" in text
    assert " ".join(lan.group_codes(controller.ws)[group.id]) in text
    controller.close()
