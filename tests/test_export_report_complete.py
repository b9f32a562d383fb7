"""The complete laporan pelaksanaan and the daftar hadir of the demo, read back from PDF (pypdf)
and DOCX (python-docx); no participant's phone number in any export; hostile text in the new
fields through both formats (issue 11)."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from smartbimtek import reference
from smartbimtek.demo import create_demo
from smartbimtek.exports import DOCUMENTS, FORMATS, export, export_all
from smartbimtek.exports.attendance_list import day_text
from smartbimtek.exports.common import date_id
from smartbimtek.exports.sections_report import GROUP_NAMES, stage_outputs
from smartbimtek.services import agenda, plan, roster
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop


def flat(text: str) -> str:
    """Text without any whitespace: table cells wrap at different places in PDF and DOCX."""
    return re.sub(r"\s+", "", text)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def docx_text(path: Path) -> str:
    """Every text of the document body (paragraphs and table cells) in order."""
    body = open_docx(path).element.body
    out = []
    for node in body.iter():
        if node.tag == qn("w:t"):
            out.append(node.text or "")
        elif node.tag in (qn("w:br"), qn("w:tab"), qn("w:p")):
            out.append(" ")
    return "".join(out)


def between(text: str, start: str, end: str | None) -> str:
    i = text.index(start)
    j = text.index(end, i) if end else len(text)
    return text[i:j]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("laporan")
    path = create_demo(folder / "demo.bimtek")
    with open_workshop(path) as ws:
        snap = take_snapshot(ws)
    files = {(doc, fmt): export(snap, doc, fmt, folder / f"{doc}.{fmt}")
             for doc in ("report", "daftar-hadir") for fmt in ("pdf", "docx")}
    return {"snap": snap, "files": files, "folder": folder, "path": path}


def _text(demo, document: str, fmt: str) -> str:
    path = demo["files"][(document, fmt)]
    return flat(" ".join(pdf_pages(path)) if fmt == "pdf" else docx_text(path))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_demo_laporan_has_every_section_with_content(demo, fmt):
    snap = demo["snap"]
    event = snap.events[0]
    content = reference.demo_content()["event"]
    text = _text(demo, "report", fmt)
    first = flat("BAB I DATA KEGIATAN")
    text = text[text.index(first, text.index(first) + 1):]  # the body, after the contents
    data = between(text, flat("BAB I"), flat("BAB II"))
    # legal basis with its number; tim pembimbing and narasumber with institution
    assert flat("1.1 Dasar Hukum") in data
    assert flat(content["legal_basis"].splitlines()[0]) in data
    assert flat(f"Nomor {content['agreement_number']}") in data
    for name in event.facilitators:
        assert flat(name) in data
    assert flat(event.facilitator_institution) in data
    for speaker in event.speakers:
        assert flat(speaker.name) in data and flat(speaker.institution) in data
        assert flat(speaker.topic) in data
    # the stage's output targets against what the file holds
    assert flat("Target keluaran Bimtek I dan capaiannya") in data
    for item in stage_outputs()["I"]:
        assert flat(item["target"]) in data
    assert flat(f"{len(snap.swot)} butir SWOT") in data
    assert "[Belum" not in data, "the demo's event data has no placeholder"
    # agenda as planned and as run; participants by group with attendance per day
    agenda_text = between(text, flat("BAB II"), flat("BAB III"))
    for step in snap.agenda[event.id]:
        assert flat(step.title) in agenda_text
    attendance = between(text, flat("BAB III"), flat("BAB IV"))
    assert flat("Kehadiran per kelompok peserta dan hari") in attendance
    for key in ("opd", "dewan", "pelaksana", "academia", "business", "community"):
        assert flat(GROUP_NAMES[key]) in attendance
    for person in snap.participants:
        assert flat(person.name) in attendance
        if person.opd_id is None:
            assert flat(person.institution) in attendance
    assert flat("Hari 1") in attendance and flat("Hari 2") in attendance
    # results per exercise
    assert flat("Keluaran setiap sesi") in between(text, flat("BAB IV"), flat("BAB V"))
    # conclusions, recommendations, follow-ups with owner and due date
    closing = between(text, flat("BAB VI"), None)
    for part in (content["conclusions"] + "\n\n" + content["recommendations"]).split("\n\n"):
        assert flat(part) in closing
    followups = [n for n in snap.notes if n.kind == "followup"]
    assert followups and flat("Dua tindak lanjut disepakati") in closing
    for note in followups:
        assert flat(note.text) in closing and flat(note.owner) in closing
        assert flat(date_id(note.due_date)) in closing
    before_annex = closing.split(flat("LAMPIRAN"))[0]
    assert "[Belum" not in before_annex, "the demo's conclusions and follow-ups are complete"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_daftar_hadir_one_part_per_day_with_the_roster(demo, fmt):
    snap = demo["snap"]
    event = snap.events[0]
    path = demo["files"][("daftar-hadir", fmt)]
    if fmt == "pdf":
        pages = [flat(p) for p in pdf_pages(path)]
        starts = [next(i for i, p in enumerate(pages) if flat(f"DAFTAR HADIR HARI KE-{d}") in p)
                  for d in range(1, event.days + 1)]
        assert starts[0] == 0 and starts == sorted(set(starts)), "each day on its own pages"
        days = [" ".join(pages[s:e]) for s, e in zip(starts, starts[1:] + [len(pages)],
                                                       strict=True)]
        for part in days:
            assert flat("No Nama Jabatan Instansi/OPD Tanda tangan") in part
    else:
        word = open_docx(path)
        tables = [t for t in word.tables if t.rows[0].cells[0].text == "No"]
        assert len(tables) == event.days
        headings = [p for p in word.paragraphs if p.text.startswith("DAFTAR HADIR HARI")]
        assert [h.text for h in headings] == [f"DAFTAR HADIR HARI KE-{d}"
                                              for d in range(1, event.days + 1)]
        breaks = [h._p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
                  for h in headings]
        assert breaks == [False] + [True] * (event.days - 1)
        days = []
        for table in tables:
            assert [c.text for c in table.rows[0].cells] == ["No", "Nama", "Jabatan",
                                                             "Instansi/OPD", "Tanda tangan"]
            days.append(flat(" ".join(c.text for r in table.rows for c in r.cells)))
    for part in days:
        for person in snap.participants:
            assert flat(person.name) in part
        for key in ("opd", "dewan", "academia", "community"):
            assert flat(GROUP_NAMES[key]) in part
    whole = _text(demo, "daftar-hadir", fmt)
    for day in range(1, event.days + 1):  # "Hari ke-1, Sabtu, 28 November 2026"
        assert flat(day_text(event.start_date, day)) in whole


def _export_texts(path: Path) -> str:
    if path.is_dir():
        return " ".join(p.read_text("utf-8-sig") for p in sorted(path.glob("*.csv")))
    if path.suffix == ".pdf":
        return " ".join(pdf_pages(path))
    with zipfile.ZipFile(path) as archive:  # docx, xlsx: every part, metadata included
        return " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                        if n.endswith((".xml", ".rels")))


def test_no_phone_number_in_any_export(demo, tmp_path):
    """Personal data: the demo's phone numbers appear in no document and no data export."""
    phones = [p["phone"] for p in reference.demo_content()["participants"] if p["phone"]]
    snap = demo["snap"]
    assert {p.phone for p in snap.participants} >= set(phones)
    written = export_all(snap, tmp_path / "all")
    kinds = {(d, f) for d in DOCUMENTS for f in FORMATS[d]}
    assert len(written) == len(kinds)  # one event: every document in every format
    for path in written:
        text = flat(_export_texts(path))
        digits = re.sub(r"\D", "", text)
        for phone in phones:
            assert phone not in text, (path.name, phone)
            assert phone[1:] not in digits or len(phone) < 9, (path.name, phone)
    folder = next(p for p in written if p.is_dir())
    for sheet in folder.glob("*.csv"):
        with open(sheet, encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), [])
        assert not [h for h in header if "phone" in h.lower() or "telepon" in h.lower()]

def test_interchange_dump_keeps_phone_numbers_as_documented(demo, tmp_path):
    """The interchange dump is a data transfer between the team's laptops, not an export
    for the region: it carries the phone numbers (docs/interchange.md says so)."""
    from smartbimtek.interchange import dump

    with open_workshop(demo["path"]) as ws:
        doc = dump(ws)
    assert any(p.get("phone") for p in doc["participants"])
    text = Path("docs/interchange.md").read_text("utf-8")
    assert "phone" in text and "personal data" in text


HOSTILE = '<b>x</b> & =HYPERLINK("http://x","y") \x07 🚀 Şéñ'


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_hostile_text_in_the_new_fields(tmp_path, fmt):
    with open_workshop(tmp_path / "h.bimtek", create=True) as ws:
        plan.update_plan(ws, region_name="Sukamaju")
        event = plan.add_event(ws, "IV", start_date="2026-11-24")
        plan.update_event(ws, event.id, legal_basis=HOSTILE, agreement_number="<i>1</i>/&",
                          facilitator_institution=HOSTILE, conclusions=HOSTILE,
                          recommendations=HOSTILE,
                          speakers=[{"name": "<b>N</b>", "institution": HOSTILE,
                                     "topic": HOSTILE}])
        opd = roster.add_opd(ws, "DISKOMINFO", "Dinas <Komunikasi> & Informatika")
        roster.add_participant(ws, "<script>A</script>", opd.id, HOSTILE)
        roster.add_participant(ws, "B & C", category="academia", institution=HOSTILE)
        agenda.add_note(ws, event.id, HOSTILE, kind="followup", owner=HOSTILE,
                        due_date="2026-12-01")
        snap = take_snapshot(ws)
    clean = flat(HOSTILE.replace("\x07", ""))
    if fmt == "pdf":  # the PDF fonts have no emoji: pypdf reads the missing glyph as NUL
        clean = clean.replace("🚀", "")
    for document in ("report", "daftar-hadir"):
        path = export(snap, document, fmt, tmp_path / f"{document}.{fmt}")
        text = flat(" ".join(pdf_pages(path)) if fmt == "pdf" else docx_text(path))
        text = text.replace("\x00", "")
        assert flat("<script>A</script>") in text and flat("B & C") in text
        assert clean in text, document
        if document == "report":
            assert flat("<i>1</i>/&") in text and flat("<b>N</b>") in text
            assert flat("1 Desember 2026") in text


def test_interchange_carries_the_new_fields(tmp_path):
    from smartbimtek.interchange import dump, import_document

    with open_workshop(tmp_path / "a.bimtek", create=True) as ws:
        event = plan.add_event(ws, "II", start_date="2026-12-01")
        plan.update_event(ws, event.id, legal_basis="Nota Kesepakatan", agreement_number="12/NK",
                          facilitator_institution="Kementerian", conclusions="K.",
                          recommendations="R.",
                          speakers=[{"name": "Ir. Budi", "institution": "ITB", "topic": "T"}])
        roster.add_participant(ws, "Prof. Sari", category="academia", institution="UNSUKA")
        agenda.add_note(ws, event.id, "Kirim data", kind="followup", owner="Bappeda",
                        due_date="2026-12-08")
        doc = dump(ws)
    with open_workshop(tmp_path / "b.bimtek", create=True) as ws:
        import_document(ws, doc)
        again = dump(ws)
        copy = plan.list_events(ws)[0]
        person = roster.list_participants(ws)[0]
        note = agenda.list_notes(ws, copy.id)[0]
    assert again["events"][0]["speakers"] == doc["events"][0]["speakers"]
    assert (copy.agreement_number, copy.facilitator_institution, copy.conclusions,
            copy.recommendations, copy.speakers[0].institution) == ("12/NK", "Kementerian", "K.",
                                                                    "R.", "ITB")
    assert (person.category, person.institution) == ("academia", "UNSUKA")
    assert (note.owner, note.due_date) == ("Bappeda", "2026-12-08")


def test_output_targets_of_every_stage(demo, tmp_path):
    """Each stage's laporan sets that stage's targets against the file: the demo (a Bimtek I
    file) has chosen quick wins, no activities yet and no quick win profiles for stage II-IV
    gaps, so statuses differ and are never invented."""
    from smartbimtek.exports import build

    path = tmp_path / "stages.bimtek"
    path.write_bytes(Path(demo["path"]).read_bytes())
    with open_workshop(path) as ws:
        for stage in ("II", "III", "IV"):
            plan.add_event(ws, stage, start_date="2027-01-10")
        snap = take_snapshot(ws)
    for event in snap.events:
        text = build(snap, "report", event.id).plain_text()
        table = text[text.index(f"Target keluaran Bimtek {event.stage} dan capaiannya"):]
        table = table[:table.index("BAB II")]
        rows = [line for line in table.splitlines()[1:] if " | " in line]
        assert [r.split(" | ")[1] for r in rows] == [t["target"] for t in
                                                     stage_outputs()[event.stage]]
        assert all(r.split(" | ")[3] in ("Tercapai", "Sebagian", "Belum") for r in rows)
    statuses = {e.stage: build(snap, "report", e.id).plain_text() for e in snap.events}
    assert "Quick win terpilih setiap dimensi" in statuses["III"]
    assert "Lembar komitmen bersama untuk ditandatangani" in statuses["IV"]


def test_table_group_named_for_a_participant_wins_over_their_opds_groups(tmp_path):
    """A participant seated at a group by name (``group_participants``) shows that group; the
    others of their OPD show the groups that seat the OPD; someone without either shows none."""
    from smartbimtek.exports.sections_report import table_groups
    from smartbimtek.services import groups

    with open_workshop(tmp_path / "g.bimtek", create=True) as ws:
        event = plan.add_event(ws, "II", start_date="2026-12-01")
        opd = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
        ani = roster.add_participant(ws, "Ani", opd.id)
        budi = roster.add_participant(ws, "Budi", opd.id)
        sari = roster.add_participant(ws, "Sari", category="academia", institution="UNSUKA")
        governance = groups.add_group(ws, "Meja Tata Kelola", "custom", event_id=event.id)
        groups.set_members(ws, governance.id, opd_ids=[opd.id])
        society = groups.add_group(ws, "Meja Masyarakat", "custom", event_id=event.id)
        groups.set_members(ws, society.id, participant_ids=[budi.id])
        snap = take_snapshot(ws)
    seats = table_groups(snap, snap.events[0])
    assert seats == {ani.id: "Meja Tata Kelola", budi.id: "Meja Masyarakat"}
    assert sari.id not in seats
    from smartbimtek.exports import build

    cells = [line.split(" | ") for line in
             build(snap, "report", event.id).plain_text().splitlines()]
    rows = [c for c in cells if len(c) == 7 and c[1] in ("Ani", "Budi", "Sari")]
    # the attendance table: No, Nama, Jabatan, Instansi/OPD, Kelompok, H1, H2
    assert [[c[1], c[4]] for c in rows] == [
        ["Ani", "Meja Tata Kelola"], ["Budi", "Meja Masyarakat"], ["Sari", "–"]]
