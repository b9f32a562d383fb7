"""Hostile text through the services into every export: markup, formulas, emoji, control
characters, a 20,000-character item and accented names come out exactly as typed (or, in
XLSX/CSV, neutralised), and nothing crashes."""

from __future__ import annotations

import csv
import io

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from openpyxl import load_workbook
from pypdf import PdfReader

from smartbimtek.exports import document as model
from smartbimtek.exports import export, export_all
from smartbimtek.exports.data import neutralise
from smartbimtek.services import agenda, plan, programs, roster, swot
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop
from smartbimtek.text import MAX_TEXT

MARKUP = "<b>&amp;</b> & <i>miring</i>"
FORMULA = '=HYPERLINK("http://x","y")'
EMOJI = "Roket 🚀 meluncur"
CONTROL = "bel\x07 dan escape\x1b selesai"
ACCENTED = "Désa Ñusantara"
LONG = " ".join(f"w{i:04d}" for i in range(1, 4001))[:MAX_TEXT].rstrip()
TITLE = "<i>Program</i> & =SUM(A1) 🚀"


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A small workshop full of hostile text, entered through the services, and its exports."""
    folder = tmp_path_factory.mktemp("hostile")
    with open_workshop(folder / "hostile.bimtek", create=True) as ws:
        plan.update_plan(ws, region_name=f"Kabupaten {ACCENTED}", plan_title=MARKUP,
                         period_start=2027, period_end=2031, vision=EMOJI,
                         missions=[FORMULA, MARKUP], narratives={"background": CONTROL})
        event = plan.add_event(ws, "I", venue=ACCENTED, start_date="2026-11-24")
        desa = roster.add_opd(ws, "DESA", ACCENTED, 1)
        other = roster.add_opd(ws, "DINKES", "Dinas Kesehatan", 2)
        person = roster.add_participant(ws, ACCENTED, desa.id, MARKUP, "081234567890")
        roster.check_in(ws, person.id, event.id, 1)
        items = [swot.add_item(ws, desa.id, q, text, dimension="governance",
                               element="governance.service", component="struktur")
                 for q, text in (("S", MARKUP), ("W", FORMULA), ("O", EMOJI), ("T", CONTROL),
                                 ("S", LONG), ("W", "+62 nomor"), ("O", "-5 persen"),
                                 ("T", "@semua"))]
        swot.add_strategy(ws, "SO", FORMULA, [items[0].id, items[2].id], desa.id)
        program = programs.add_program(
            ws, desa.id, TITLE, "governance", element="governance.service",
            description=LONG, horizon="quick_win", start_year=2027, end_year=2027,
            funding="APBD", indicator=MARKUP, target=FORMULA, quick_win=True,
            supporting_opd_ids=[other.id], swot_ids=[items[1].id])
        programs.add_program(ws, other.id, ACCENTED, "living", description=EMOJI)
        for rater, impact, effort in (("DESA", 5, 1), ("DINKES", 4, 2)):
            programs.set_score(ws, program.id, rater, "impact", impact)
            programs.set_score(ws, program.id, rater, "effort", effort)
        agenda.add_note(ws, event.id, MARKUP, kind="decision")
        agenda.add_note(ws, event.id, FORMULA, kind="followup")
        snap = take_snapshot(ws)
    files = {}
    for document, fmt in (("masterplan", "pdf"), ("masterplan", "docx"), ("data", "xlsx"),
                          ("data", "csv")):
        files[(document, fmt)] = export(snap, document, fmt, folder / f"{document}.{fmt}")
    return {"snap": snap, "files": files, "folder": folder}


def test_services_kept_the_text_as_typed(hostile):
    texts = {i.text for i in hostile["snap"].swot}
    assert {MARKUP, FORMULA, EMOJI, LONG} <= texts
    assert "bel dan escape selesai" in texts  # control characters removed at entry
    assert len(LONG) == MAX_TEXT


def test_pdf_text_as_typed(hostile):
    reader = PdfReader(hostile["files"][("masterplan", "pdf")])
    text = norm(" ".join(page.extract_text() for page in reader.pages))
    for wanted in (MARKUP, FORMULA, ACCENTED, "bel dan escape selesai", "+62 nomor",
                   "-5 persen", "@semua"):
        assert norm(wanted) in text, wanted
    # the font has no emoji: the glyph is the font's missing-glyph box (code 0 in the text
    # layer); the text around it is intact
    assert "Roket \x00 meluncur" in text
    markers = [f"w{i:04d}" for i in range(1, 4001) if f"w{i:04d}" in LONG]
    positions = [text.find(m) for m in markers]
    assert all(p >= 0 for p in positions), "every word of the 20,000-character item is there"
    assert positions == sorted(positions), "in order"
    assert "\x07" not in text and "\x1b" not in text


def test_docx_text_exactly_as_typed(hostile):
    doc = open_docx(hostile["files"][("masterplan", "docx")])
    cells = set()
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                cells.add(cell.text)
    for wanted in (MARKUP, FORMULA, EMOJI, LONG, "+62 nomor"):
        assert wanted in cells, wanted[:40]
    paragraphs = {p.text for p in doc.paragraphs}
    assert "bel dan escape selesai" in paragraphs
    assert EMOJI in paragraphs  # the vision
    body = doc.element.body
    heading_texts = {"".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))}
    assert any(ACCENTED in t for t in heading_texts)


def test_xlsx_neutralises_formulas_and_keeps_text(hostile):
    book = load_workbook(hostile["files"][("data", "xlsx")])
    assert book.sheetnames == ["opd", "peserta", "kehadiran", "agenda", "swot", "strategi",
                               "kesiapan", "program", "skor", "suara", "catatan"]
    sheet = book["swot"]
    header = [c.value for c in sheet[1]]
    column = header.index("teks")
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    values = [c.value for c in cells]
    assert MARKUP in values and EMOJI in values and LONG in values
    assert "'" + FORMULA in values and FORMULA not in values
    assert "'+62 nomor" in values and "'-5 persen" in values and "'@semua" in values
    assert all(c.data_type == "s" for c in cells)
    strategies = book["strategi"]
    column = [c.value for c in strategies[1]].index("teks")
    assert [row[column].value for row in strategies.iter_rows(min_row=2)] == ["'" + FORMULA]
    program = book["program"]
    head = [c.value for c in program[1]]
    assert program.cell(2, head.index("judul") + 1).value == TITLE  # "<" starts no formula
    assert program.cell(2, head.index("target") + 1).value == "'" + FORMULA
    assert program.cell(2, head.index("tahun_mulai") + 1).value == 2027  # numbers stay numbers
    people = [c.value for c in book["peserta"][2]]
    assert ACCENTED in people and "081234567890" not in people  # phones are private


def test_csv_utf8_bom_and_neutralised(hostile):
    folder = hostile["files"][("data", "csv")]
    raw = (folder / "swot.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    texts = [row[rows[0].index("teks")] for row in rows[1:]]
    assert MARKUP in texts and EMOJI in texts and LONG in texts
    assert "'" + FORMULA in texts and "'-5 persen" in texts
    names = {p.name for p in folder.glob("*.csv")}
    assert names == {f"{n}.csv" for n in ("opd", "peserta", "kehadiran", "agenda", "swot",
                                          "strategi", "kesiapan", "program", "skor", "suara",
                                          "catatan")}


def test_every_document_survives(hostile, tmp_path):
    written = export_all(hostile["snap"], tmp_path)
    assert len(written) == 12  # a report and a daftar hadir per event
    summary = [p for p in written if p.name.startswith("ringkasan") and p.suffix == ".pdf"][0]
    text = norm(" ".join(p.extract_text() for p in PdfReader(summary).pages))
    assert "Roket \x00 meluncur" in text and ACCENTED in text
    report = [p for p in written if p.name.startswith("laporan") and p.suffix == ".docx"][0]
    word = open_docx(report)
    paragraphs = [p.text for p in word.paragraphs]  # follow-ups are a table (owner, due date)
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    assert any(MARKUP in p for p in paragraphs) and any(FORMULA in c for c in cells)


def test_renderers_strip_control_characters_themselves(tmp_path):
    """Even text that bypassed the services (an import, an old file) cannot break a file."""
    from smartbimtek.exports import docx_render, pdf_render

    doc = model.Document("Uji\x0b", "R", "x", header="kepala\x1b")
    doc.add(model.Heading(1, "BAB I  Uji\x07 🚀"), model.Paragraph("a\x00b\x1bc\nd"),
            model.Placeholder("x\x08y"), model.BulletList(["p\x0cq"]),
            model.Fields([("k\x01", "v\x02")]),
            model.Table(["A\x03", "B"], [["c\x04d", "e"], model.Group("g\x05h")]))
    pdf = tmp_path / "x.pdf"
    pdf_render.render(doc, pdf)
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "abc" in text and "cd" in text and "gh" in text
    docx = tmp_path / "x.docx"
    docx_render.render(doc, docx)
    paragraphs = [p.text for p in open_docx(docx).paragraphs]
    assert "abc\nd" in paragraphs


def test_font_coverage_as_documented():
    from smartbimtek.exports.fonts import has_glyph

    for char in "éÑ“”–—…€✓→•":
        assert has_glyph(char), char
    assert not has_glyph("🚀")


def test_neutralise():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("\tx") == "'\tx"
    assert neutralise("\rx") == "'\rx"
    assert neutralise("biasa") == "biasa"
    assert neutralise(-5) == -5 and neutralise(None) is None


def test_longest_names(tmp_path):
    """Names at the services' limits (300 characters) fit every format (Word's document title
    holds 255 characters; the PDF running header is shortened with an ellipsis)."""
    region = "Kabupaten " + "Panjang Sekali " * 19 + "Ujung"
    assert len(region) <= 300
    with open_workshop(tmp_path / "long.bimtek", create=True) as ws:
        plan.update_plan(ws, region_name=region, plan_title="Judul " * 49)
        plan.add_event(ws, "I", venue="Gedung " * 42)
        opd = roster.add_opd(ws, "X" * 30, "Dinas " * 49, 1)
        swot.add_item(ws, opd.id, "S", "Kekuatan")
        programs.add_program(ws, opd.id, "Program " * 37, "governance", quick_win=True)
        snap = take_snapshot(ws)
    written = export_all(snap, tmp_path / "out")
    assert len(written) == 12  # a report and a daftar hadir per event
    docx = next(p for p in written if p.name.startswith("draft") and p.suffix == ".docx")
    assert open_docx(docx).core_properties.title.startswith("Draft Masterplan")
    pdf = next(p for p in written if p.name.startswith("draft") and p.suffix == ".pdf")
    assert norm(region) in norm(" ".join(p.extract_text() for p in PdfReader(pdf).pages))


def test_profile_fields_of_20000_characters(hostile, tmp_path):
    """A quick win whose indicator and target are 20,000 characters: the profile's label/value
    list runs over pages instead of failing."""
    import dataclasses

    snap = hostile["snap"]
    programs_ = [dataclasses.replace(p, indicator=LONG, target=LONG) if p.quick_win else p
                 for p in snap.programs]
    longer = dataclasses.replace(snap, programs=programs_)
    pdf = export(longer, "quickwins", "pdf", tmp_path / "qw.pdf")
    reader = PdfReader(pdf)
    assert len(reader.pages) > 4
    text = norm(" ".join(p.extract_text() for p in reader.pages))
    last = LONG.split()[-2]  # (the very last word is cut at 20,000 characters)
    assert text.count(last) >= 2  # the end of both fields
    docx = export(longer, "quickwins", "docx", tmp_path / "qw.docx")
    cells = {c.text for t in open_docx(docx).tables for r in t.rows for c in r.cells}
    assert LONG in cells


def _random_text(rng, n: int) -> str:
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.6:
            out.append(chr(rng.randint(0x20, 0x7E)))
        elif r < 0.7:
            out.append(rng.choice([" ", "\n", "\t", "  "]))
        elif r < 0.9:
            out.append(chr(rng.randint(0xA0, 0x2FFF)))
        else:  # control characters, emoji, private use, non-characters, a lone surrogate
            out.append(chr(rng.choice([rng.randint(0, 0x1F), rng.randint(0x1F300, 0x1F6FF),
                                       rng.randint(0xE000, 0xF8FF), 0xFFFE, 0xD800])))
    return "".join(out)


@pytest.mark.parametrize("seed", range(3))
def test_random_unicode_in_every_block(seed, tmp_path):
    """Random text, including what the services would never let in, in every kind of block:
    both renderers finish and the DOCX opens again."""
    import random

    from smartbimtek.exports import docx_render, pdf_render

    rng = random.Random(seed)

    def text(n: int) -> str:
        return _random_text(rng, n)

    doc = model.Document(text(40), text(20), "x", header=text(60), subject=text(10),
                         footer=text(80))
    doc.add(model.Cover(text(30), text(30), text(50), [text(20)], text(10), text(20)),
            model.Toc())
    for k in range(3):
        doc.add(model.Heading(1 + k % 3, text(50)), model.Paragraph(text(400)),
                model.Placeholder(text(80)), model.BulletList([text(60)], numbered=bool(k % 2)),
                model.Fields([(text(20), text(300))]),
                model.Table([text(8) for _ in range(4)],
                            [[text(rng.randint(0, 300)) for _ in range(4)] if rng.random() > 0.2
                             else model.Group(text(30)) for _ in range(25)],
                            caption=text(30), highlight={1}, bold_first_line={1},
                            align=["left", "center", "right", "left"]),
                model.SignatureSheet(text(20), [text(100)], text(20),
                                     [model.Signer(text(30), text(10), text(10))]),
                model.SignatureBlock(text(30), text(40), text(40)))
    pdf_render.render(doc, tmp_path / "x.pdf")
    assert len(PdfReader(tmp_path / "x.pdf").pages) >= 3
    docx_render.render(doc, tmp_path / "x.docx")
    assert open_docx(tmp_path / "x.docx").paragraphs
