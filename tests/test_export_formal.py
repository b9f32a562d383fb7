"""Formal parts of the documents read back from the PDF and the DOCX: official titles in the
signature blocks (from the roster's title field: Sekretaris Daerah, Inspektur, Direktur RSUD,
Camat, Kepala Pelaksana BPBD...), the region named with its type, dates at the capital town
(never the venue), the komitmen bersama only from Bimtek IV, the kata pengantar and tim
penyusun, the footer option, and hostile text in the formal fields."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from smartbimtek.exports import build, export
from smartbimtek.exports.document import SignatureBlock, SignatureSheet
from smartbimtek.services import formal, institutions, plan, roster
from smartbimtek.snapshot import take_snapshot

#: What a Bappeda expects to read under each template OPD's signature line.
TITLES = {"SETDA": "Sekretaris Daerah", "SETWAN": "Sekretaris DPRD", "INSPEKTORAT": "Inspektur",
          "RSUD": "Direktur RSUD", "KECAMATAN": "Camat", "BPBD": "Kepala Pelaksana BPBD",
          "SATPOLPP": "Kepala Satuan Polisi Pamong Praja", "DINKES": "Kepala Dinas Kesehatan"}
WRONG = ("Kepala Sekretariat", "Kepala Inspektorat", "Kepala Rumah Sakit",
         "Kepala Badan Penanggulangan", "Kepala Perwakilan Kecamatan", "Pemerintah Majalengka")
VENUE = "Gedung Yudha Karya Abdi Negara"


def norm(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    return norm(" ".join(p.extract_text() or "" for p in PdfReader(path).pages))


def docx_text(path: Path) -> str:
    doc = open_docx(path)
    return norm(" ".join(node.text or "" for node in doc.element.body.iter(qn("w:t"))))


def docx_footer(path: Path) -> str:
    doc = open_docx(path)
    section = doc.sections[0]
    return norm(" ".join(n.text or "" for part in (section.footer, section.first_page_footer)
                         for n in part._element.iter(qn("w:t"))))


@pytest.fixture
def majalengka(ws):
    """Kabupaten Majalengka typed bare ("Majalengka"), the template OPDs, Bimtek I and IV at a
    venue, the capital town and the formal texts."""
    plan.update_plan(ws, region_name="Majalengka", region_type="kabupaten", period_start=2023,
                     period_end=2032)
    roster.add_template_opds(ws)
    plan.add_event(ws, "I", venue=VENUE, start_date="2022-06-15", days=2,
                   facilitators=["Dr. Pendamping Satu"], with_template=False)
    plan.add_event(ws, "IV", venue=VENUE, start_date="2022-09-20", days=2,
                   facilitators=["Dr. Pendamping Satu", "Ir. Pendamping Dua"],
                   with_template=False)
    formal.update_formal(ws, capital_town="Majalengka", head_name="H. Karna Sobahi",
                         foreword="Kata pengantar Bupati.\n\nParagraf kedua.",
                         team_head_name="Ir. Ketua Tim", team_head_title="Kepala Bappeda",
                         team_foreword="Kata pengantar ketua tim.", approval_sheet=True)
    institutions.add_member(ws, "penyusun", "Anggota Penyusun Satu", position="Perencana",
                            institution="Bappeda", role="Anggota")
    return ws


def test_formal_parts_in_the_model(majalengka):
    snap = take_snapshot(majalengka)
    doc = build(snap, "masterplan")
    sheets = [b for b in doc.blocks if isinstance(b, SignatureSheet)]
    assert len(sheets) == 1  # Bimtek IV reached: the komitmen bersama is in the annex
    sheet = sheets[0]
    roles = [s.role for s in sheet.signers]
    assert roles[0] == "Bupati Majalengka" and sheet.signers[0].name == "H. Karna Sobahi"
    assert roles.count("Sekretaris Daerah") == 1  # the Sekda signs once, as the SETDA head
    by_code = {s.organisation: s.role for s in sheet.signers}
    for code, title in TITLES.items():
        assert by_code[code] == title, code
    assert [s.name for s in sheet.signers if s.role == "Pendamping"] == [
        "Dr. Pendamping Satu", "Ir. Pendamping Dua"]
    assert sheet.place_date == "Majalengka, 21 September 2022"  # last day of Bimtek IV
    blocks = [b for b in doc.blocks if isinstance(b, SignatureBlock)]
    assert [b.role for b in blocks] == ["Bupati Majalengka", "Bupati Majalengka",
                                        "Kepala Bappeda"]  # pengesahan, two forewords
    assert all(b.place_date.startswith("Majalengka, ") for b in blocks)
    assert doc.footer == ""
    assert not any(w in doc.plain_text() for w in WRONG)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_formal_parts_read_back(majalengka, tmp_path, fmt):
    snap = take_snapshot(majalengka)
    read = pdf_text if fmt == "pdf" else docx_text
    text = read(export(snap, "masterplan", fmt, tmp_path / f"mp.{fmt}"))
    for wanted in ("Pemerintah Kabupaten Majalengka", "KABUPATEN MAJALENGKA", "LEMBAR PENGESAHAN",
                   "KATA PENGANTAR", "Kata pengantar Bupati.", "Paragraf kedua.",
                   "KATA PENGANTAR KETUA TIM PELAKSANA", "Ir. Ketua Tim", "TIM PENYUSUN",
                   "Anggota Penyusun Satu", "Dr. Pendamping Satu", "KOMITMEN BERSAMA",
                   "H. Karna Sobahi", "Majalengka, 21 September 2022", "Bupati Majalengka"):
        assert wanted in text, wanted
    for title in TITLES.values():
        assert title in text, title
    for wrong in WRONG:
        assert wrong not in text, wrong
    # every date line names the capital town, never the venue
    assert not re.search(re.escape(VENUE) + r", \d", text)
    assert "SmartBimtek" not in text  # the footer option is off
    report = read(export(snap, "report", fmt, tmp_path / f"laporan.{fmt}", event_id="IV"))
    assert "KOMITMEN BERSAMA" in report and "Majalengka, 21 September 2022" in report
    assert "Sekretaris Daerah" in report and "Kepala Sekretariat" not in report
    first = read(export(snap, "report", fmt, tmp_path / f"laporan1.{fmt}", event_id="I"))
    assert "KOMITMEN BERSAMA" not in first  # Bimtek I signs nothing
    assert "Majalengka, 16 Juni 2022" in first and "Ir. Ketua Tim" in first


def test_commitment_waits_for_bimtek_four(majalengka, tmp_path):
    from smartbimtek.exports.masterplan import build_masterplan

    early = plan.list_events(majalengka)[-1]
    plan.delete_event(majalengka, early.id)
    snap = take_snapshot(majalengka)
    assert "KOMITMEN BERSAMA" not in build_masterplan(snap).plain_text()
    sheet = build_masterplan(snap, commitment=True).plain_text()
    assert "KOMITMEN BERSAMA" in sheet  # the option to print it earlier
    assert "Majalengka, ........................ 20...." in \
        [b for b in build_masterplan(snap, commitment=True).blocks
         if isinstance(b, SignatureSheet)][0].place_date


def test_footer_option(majalengka, tmp_path):
    snap = take_snapshot(majalengka)
    assert "SmartBimtek" not in docx_footer(export(snap, "summary", "docx", tmp_path / "a.docx"))
    formal.update_formal(majalengka, footer_programme=True)
    snap = take_snapshot(majalengka)
    for document in ("masterplan", "summary", "quickwins"):
        assert build(snap, document).footer == "Disusun dengan SmartBimtek", document
    assert "Disusun dengan SmartBimtek" in docx_footer(
        export(snap, "summary", "docx", tmp_path / "b.docx"))
    pages = PdfReader(export(snap, "summary", "pdf", tmp_path / "b.pdf")).pages
    assert all("Disusun dengan SmartBimtek" in (p.extract_text() or "") for p in pages)


def test_region_typed_with_its_type_is_not_doubled(ws):
    plan.update_plan(ws, region_name="Kota Bontang", region_type="kota")
    snap = take_snapshot(ws)
    text = build(snap, "masterplan").plain_text()
    assert "Kota Kota" not in text and "Pemerintah Kota Bontang" in text
    sign = [b for b in build(snap, "masterplan").blocks if isinstance(b, SignatureBlock)]
    assert sign[0].role == "Wali Kota Bontang"
    assert sign[0].place_date.startswith("Bontang, ")  # a kota is its own capital


HOSTILE = ("<b>&amp;</b> =HYPERLINK(\"x\") \x07\x1b ]]> " + "panjang " * 400).strip()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_hostile_formal_fields(ws, tmp_path, fmt):
    plan.update_plan(ws, region_name="<i>Maja</i>lengka & Co", region_type="kabupaten")
    roster.add_opd(ws, "X&Y", "<script>Dinas</script>", title="=SUM(A1) <Kepala>")
    plan.add_event(ws, "IV", venue="<venue>", start_date="2022-09-20", days=1,
                   facilitators=["<pendamping>"], with_template=False)
    formal.update_formal(ws, capital_town="<Ibu & Kota>", head_name="@Nama <b>",
                         head_title="+Bupati ]]>", foreword=HOSTILE, team_head_name="-Ketua",
                         team_foreword=HOSTILE, approval_sheet=True)
    institutions.add_member(ws, "penyusun", "<Nama>\tTab", position=HOSTILE[:290])
    snap = take_snapshot(ws)
    path = export(snap, "masterplan", fmt, tmp_path / f"x.{fmt}")
    text = pdf_text(path) if fmt == "pdf" else docx_text(path)
    for wanted in ("Pemerintah Kabupaten <i>Maja</i>lengka & Co", "=SUM(A1) <Kepala>",
                   "<Ibu & Kota>, ", "@Nama <b>", "+Bupati ]]>", "<pendamping>",
                   "<b>&amp;</b> =HYPERLINK(\"x\")"):
        assert wanted in text, wanted
    assert text.count("panjang") >= 400 * 2  # the long foreword printed in full, twice
    assert "\x07" not in text and "\x1b" not in text


def test_opd_codes_never_split_across_lines(demo_file, tmp_path):
    """No line of any document of the demo holds a cut-off OPD code (``DISDUKCAPI`` then
    ``L`` on the next line)."""
    from smartbimtek.store import open_workshop

    with open_workshop(demo_file) as workshop:
        snap = take_snapshot(workshop)
    codes = {o.code for o in snap.opds}
    for document in ("masterplan", "summary", "quickwins", "report"):
        path = export(snap, document, "pdf", tmp_path / f"{document}.pdf")
        for page in PdfReader(path).pages:
            for line in (page.extract_text() or "").splitlines():
                for word in re.findall(r"[A-Z0-9&]{3,}", line):
                    cut = [c for c in codes if word not in codes and c.startswith(word)]
                    assert not cut, (document, word, line)


#: English or non-standard words an Indonesian reader would flag (``../shared/domain.md``).
NOT_INDONESIAN = re.compile(r"\b([Pp]rioriti[sz]asi|Rank|[Rr]anking|[Dd]ot voting|Baseline|"
                            r"Kepala Sekretariat Daerah|Kepala Inspektorat|Kepala Rumah Sakit)\b")
#: A sentence that opens with a figure ("3 perangkat daerah ..."): EYD V writes it as words.
FIGURE_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+)(\d+) (?!\d)[a-z]")


@pytest.mark.parametrize("document", ["masterplan", "summary", "quickwins", "report"])
def test_demo_documents_read_as_formal_indonesian(demo_file, document):
    from smartbimtek.store import open_workshop

    with open_workshop(demo_file) as workshop:
        snap = take_snapshot(workshop)
    doc = build(snap, document)
    bad = NOT_INDONESIAN.findall(doc.plain_text())
    assert not bad, bad
    from smartbimtek.exports.document import Paragraph as Para

    for block in doc.blocks:
        if isinstance(block, Para):
            assert not FIGURE_OPENS_SENTENCE.search(block.text), block.text
