"""The laporan's annex "Perubahan sejak ..." read back from DOCX and PDF (issue 11)."""

from __future__ import annotations

import pytest
from changes_support import build_story
from test_export_documents import docx_chapters, pdf_chapters

from smartbimtek.exports import build, export
from smartbimtek.services import plan
from smartbimtek.snapshot import take_snapshot


@pytest.fixture(scope="module")
def laporan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("changes_export")
    ws, ids = build_story(folder / "w.bimtek")
    try:
        snap = take_snapshot(ws)
    finally:
        ws.close()
    return {"snap": snap, "ids": ids,
            "pdf": pdf_chapters(export(snap, "report", "pdf", folder / "r.pdf",
                                       event_id=ids["two"])),
            "docx": docx_chapters(export(snap, "report", "docx", folder / "r.docx",
                                         event_id=ids["two"]))}


def _annex(chapters: dict[str, str]) -> str:
    found = [text for title, text in chapters.items()
             if title.startswith("LAMPIRAN") and "PERUBAHAN" in title]
    assert len(found) == 1, list(chapters)
    return found[0]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_annex_lists_changes_since_the_previous_bimtek(laporan, fmt):
    titles = [t for t in laporan[fmt] if "PERUBAHAN" in t]
    assert titles == ["LAMPIRAN A PERUBAHAN SEJAK BIMTEK I"]
    text = _annex(laporan[fmt])
    assert "17 Juni 2026 sampai dengan 21 Juli 2026" in text
    for expected in ("Program", "Quick win", "Butir SWOT", "Strategi", "Tujuan dan sasaran",
                     "Satu Data Kabupaten", "Smart Governance", "Smart Branding",
                     "Rp 175.000.000", "Anggaran 2027 APBD",
                     "SDM TI memadai", "SDM TI <b>kuat</b>", "Kekuatan", "Kelemahan",
                     "Wifi Desa", "Dipilih", "Pasar Daring", "Ditambahkan", "Diubah",
                     "Tata kelola digital terpadu", "DISKOMINFO", "BAPPEDA"):
        assert expected in text.replace("\u00a0", " "), expected
    # the order of the sections
    assert text.index("Quick win") < text.index("Butir SWOT") < text.index("Strategi")


def _headings(doc) -> list[str]:
    return [b.text for b in doc.blocks if type(b).__name__ == "Heading"]


def test_the_first_bimtek_has_no_change_annex(laporan):
    headings = _headings(build(laporan["snap"], "report", laporan["ids"]["one"]))
    assert not [h for h in headings if "PERUBAHAN" in h]
    assert "LAMPIRAN A  PERUBAHAN SEJAK BIMTEK I" in _headings(
        build(laporan["snap"], "report", laporan["ids"]["two"]))


def test_an_undated_bimtek_gets_the_annex_with_a_note(tmp_path):
    ws, ids = build_story(tmp_path / "w.bimtek")
    try:
        three = plan.add_event(ws, "III", with_template=False)
        snap = take_snapshot(ws)
    finally:
        ws.close()
    doc = build(snap, "report", three.id)
    assert "LAMPIRAN A  PERUBAHAN SEJAK BIMTEK SEBELUMNYA" in _headings(doc)
    notes = [b for b in doc.blocks if type(b).__name__ == "Placeholder"]
    assert any("Tanggal bimtek belum diisi" in p.display() for p in notes)
