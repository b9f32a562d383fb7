"""The laporan pelaksanaan of the demo at each stage, read back from DOCX and PDF (issue 11,
must show): every section with the stage's own content, the results of the stage's
exercises, participants by category with their table group and attendance per day, the
change annex from Bimtek II on, the documentation photos as images, no phone number."""

from __future__ import annotations

import re

import pytest
from docx import Document as open_docx
from pypdf import PdfReader
from test_export_report_complete import docx_text, flat, pdf_pages

from smartbimtek import reference
from smartbimtek.demo import create_demo
from smartbimtek.demo_stages import _COMMENTS, _VISION
from smartbimtek.exports import export
from smartbimtek.exports.common import date_id
from smartbimtek.exports.sections_report import GROUP_NAMES, group_of, stage_outputs
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop

STAGES = ("I", "II", "III", "IV")


@pytest.fixture(scope="module")
def laporan(tmp_path_factory):
    """Per stage: the snapshot, its event, and the laporan as text and files (DOCX, PDF)."""
    folder = tmp_path_factory.mktemp("laporan_stages")
    out = {}
    for stage in STAGES:
        path = create_demo(folder / f"{stage}.bimtek", stage=stage)
        with open_workshop(path) as ws:
            snap = take_snapshot(ws)
        event = next(e for e in snap.events if e.stage == stage)
        files = {fmt: export(snap, "report", fmt, folder / f"laporan-{stage}.{fmt}",
                             event_id=event.id) for fmt in ("docx", "pdf")}
        texts = {"pdf": flat(" ".join(pdf_pages(files["pdf"]))),
                 "docx": flat(docx_text(files["docx"]))}
        out[stage] = {"snap": snap, "event": event, "files": files, "text": texts}
    return out


def _body(text: str) -> str:
    """The text after the table of contents (the second "BAB I DATA KEGIATAN")."""
    first = flat("BAB I DATA KEGIATAN")
    return text[text.index(first, text.index(first) + 1):]


def _part(text: str, start: str, end: str | None) -> str:
    i = text.index(flat(start))
    return text[i:text.index(flat(end), i)] if end else text[i:]


CASES = [(stage, fmt) for stage in STAGES for fmt in ("docx", "pdf")]


@pytest.mark.parametrize("stage, fmt", CASES)
def test_every_section_with_the_stages_own_content(laporan, stage, fmt):
    case = laporan[stage]
    snap, event = case["snap"], case["event"]
    text = _body(case["text"][fmt])
    data = _part(text, "BAB I", "BAB II")
    assert flat(f"Bimtek {stage}") in data
    for name in event.facilitators:
        assert flat(name) in data
    # the stage's output targets against what was reached
    assert flat(f"Target keluaran Bimtek {stage} dan capaiannya") in data
    for item in stage_outputs()[stage]:
        assert flat(item["target"]) in data
    # the agenda as planned and as run (actual times): every step of this event
    agenda = _part(text, "BAB II", "BAB III")
    for step in case["snap"].agenda[event.id]:
        assert flat(step.title) in agenda
        assert flat(step.planned_start) in agenda
    assert "Selesai" in agenda and flat("Durasi aktual") in agenda
    # participants by category with attendance per day
    attendance = _part(text, "BAB III", "BAB IV")
    for key in {group_of(p) for p in snap.participants}:
        assert flat(GROUP_NAMES[key]) in attendance
    for person in snap.participants:
        assert flat(person.name) in attendance
    assert flat("Hari 1") in attendance and flat("Hari 2") in attendance
    present = {a.participant_id for a in snap.attendance if a.event_id == event.id
               and a.day == 1}
    assert flat(f"hari 1: {len(present)} orang") in data
    # conclusions, notes, follow-ups chapter
    assert flat("KESIMPULAN, CATATAN, DAN TINDAK LANJUT") in text


EXERCISES = {
    "I": ["Kata kunci visi", "Pelayanan publik prima", _VISION],
    "II": ["Program per dimensi dan jangka waktu", "Sistem Transportasi Cerdas Terintegrasi"],
    "III": ["Strategi per dimensi (TOWS)", "Peta jalan program per tahun",
            "Quick win terpilih per dimensi"],
    "IV": ["Status reviu per bab", "Disepakati", *[c[2] for c in _COMMENTS],
           *[c[3] for c in _COMMENTS], "Penandatangan komitmen bersama"],
}


@pytest.mark.parametrize("stage, fmt", CASES)
def test_the_results_of_the_stages_exercises(laporan, stage, fmt):
    case = laporan[stage]
    snap = case["snap"]
    results = _part(_body(case["text"][fmt]), "BAB IV", "BAB V")
    assert flat("Keluaran setiap sesi") in results
    for expected in EXERCISES[stage]:
        assert flat(expected) in results, expected
    if stage == "II":  # the dimension groups with their OPDs, and every dimension's counts
        for dimension in reference.dimension_ids():
            assert flat(reference.label(reference.dimension(dimension), "id")) in results
        long = [p for p in snap.programs if p.horizon == "long"]
        assert len(long) >= 3
    if stage == "III":  # the strategy written per dimension in Bimtek III, and quick wins
        strategies = [s.text for s in snap.strategies if s.opd_id is None and s.dimension]
        assert strategies and all(flat(s) in results for s in strategies)
        for program in (p for p in snap.programs if p.quick_win):
            assert flat(program.title) in results
    if stage == "IV":
        signers = [s for s in snap.signers if s.event_id == case["event"].id]
        assert signers and all(s.signed for s in signers)
        assert flat(f"{len(signers)} dari {len(signers)} penandatangan") in results
        for signer in signers:
            assert flat(signer.name) in results


@pytest.mark.parametrize("stage, fmt", CASES)
def test_the_change_annex_from_bimtek_two_on(laporan, stage, fmt):
    text = _body(laporan[stage]["text"][fmt])
    if stage == "I":
        assert flat("PERUBAHAN SEJAK") not in text
        return
    previous = STAGES[STAGES.index(stage) - 1]
    annex = _part(text, f"PERUBAHAN SEJAK BIMTEK {previous}", None)
    assert flat("sampai dengan") in annex
    if stage in ("II", "III"):  # II adds 10-year programs, III moves them in the road map
        assert flat("Sistem Transportasi Cerdas Terintegrasi") in annex
        assert flat("Ditambahkan" if stage == "II" else "Tahun mulai") in annex


def _pdf_images(path) -> int:
    return sum(len(page.images) for page in PdfReader(path).pages)


@pytest.mark.parametrize("stage", STAGES)
def test_documentation_photos_are_images_in_both_formats(laporan, stage):
    case = laporan[stage]
    photos = [p for p in case["snap"].photos if p.event_id == case["event"].id
              and p.deleted_at is None]
    assert len(photos) >= 2, "the stage demo has documentation photos"
    docx = open_docx(case["files"]["docx"])
    assert len(docx.inline_shapes) >= len(photos)
    assert _pdf_images(case["files"]["pdf"]) >= len(photos)
    for fmt in ("docx", "pdf"):
        annex = _part(_body(case["text"][fmt]), "DOKUMENTASI KEGIATAN", None)
        assert flat(f"({len(photos)} foto)") in annex
        for photo in photos:
            assert flat(photo.caption) in annex


@pytest.mark.parametrize("stage", STAGES)
def test_no_phone_number_anywhere(laporan, stage):
    case = laporan[stage]
    phones = [p.phone for p in case["snap"].participants if p.phone]
    assert phones
    for fmt in ("docx", "pdf"):
        text = case["text"][fmt]
        digits = re.sub(r"\D", "", text)
        for phone in phones:
            assert flat(phone) not in text
            assert re.sub(r"\D", "", phone)[1:] not in digits


@pytest.mark.parametrize("stage, fmt", [("II", "docx"), ("II", "pdf"), ("IV", "pdf")])
def test_each_participant_shows_their_table_group(laporan, stage, fmt):
    """The attendance table has a Kelompok column with the groups seating the participant's
    OPD (issue 10's dimension groups of this bimtek)."""
    case = laporan[stage]
    snap, event = case["snap"], case["event"]
    attendance = _part(_body(case["text"][fmt]), "Daftar hadir per kelompok peserta", "BAB IV")
    assert flat("Kelompok") in attendance
    groups = [g for g in snap.groups if g.event_id == event.id and g.kind == "dimension"]
    assert groups
    kominfo = snap.opd_by_code["DISKOMINFO"].id
    seated = [g.name for g in groups if kominfo in g.opd_ids]
    assert len(seated) >= 2  # DISKOMINFO sits at two dimension tables
    person = next(p for p in snap.participants if p.opd_id == kominfo)
    assert flat(f"{person.name}") in attendance
    assert flat(", ".join(seated)) in attendance


def test_participants_without_a_group_have_no_group_column(laporan):
    """Bimtek I and III have no table groups of their own: no empty Kelompok column."""
    for stage in ("I", "III"):
        case = laporan[stage]
        assert not [g for g in case["snap"].groups if g.event_id == case["event"].id]
        header = open_docx(case["files"]["docx"])
        tables = [t for t in header.tables
                  if [c.text for c in t.rows[0].cells][:4] == ["No", "Nama", "Jabatan",
                                                              "Instansi/OPD"]]
        assert tables and all("Kelompok" not in [c.text for c in t.rows[0].cells]
                              for t in tables)


@pytest.mark.parametrize("stage, fmt", CASES)
def test_event_data_legal_basis_team_conclusions_and_followups(laporan, stage, fmt):
    case = laporan[stage]
    snap, event = case["snap"], case["event"]
    text = _body(case["text"][fmt])
    data = _part(text, "BAB I", "BAB II")
    assert event.agreement_number and flat(f"Nomor {event.agreement_number}") in data
    assert event.facilitator_institution and flat(event.facilitator_institution) in data
    assert event.speakers
    for speaker in event.speakers:
        assert flat(speaker.name) in data and flat(speaker.institution) in data
    closing = _part(text, "KESIMPULAN, CATATAN, DAN TINDAK LANJUT", "LAMPIRAN")
    assert event.conclusions.strip() and event.recommendations.strip()
    for part in (event.conclusions + "\n\n" + event.recommendations).split("\n\n"):
        assert flat(part) in closing
    followups = [n for n in snap.notes if n.event_id == event.id and n.kind == "followup"]
    assert followups
    for note in followups:
        assert flat(note.text) in closing and flat(note.owner) in closing
        assert flat(date_id(note.due_date)) in closing
    assert "[Belum" not in data + closing


def test_daftar_hadir_by_category_with_the_table_group(laporan, tmp_path):
    """The printable attendance list groups participants by category and, where the bimtek
    has table groups, shows each participant's group."""
    case = laporan["II"]
    snap, event = case["snap"], case["event"]
    path = export(snap, "daftar-hadir", "docx", tmp_path / "dh.docx", event_id=event.id)
    table = next(t for t in open_docx(path).tables if t.rows[0].cells[0].text == "No")
    header = [c.text for c in table.rows[0].cells]
    assert header == ["No", "Nama", "Jabatan", "Instansi/OPD", "Kelompok", "Tanda tangan"]
    text = flat(" ".join(c.text for r in table.rows for c in r.cells))
    for key in {group_of(p) for p in snap.participants}:
        assert flat(GROUP_NAMES[key]) in text
    assert flat("Smart Governance, Smart Society") in text
    none = export(laporan["I"]["snap"], "daftar-hadir", "docx", tmp_path / "dh1.docx",
                  event_id=laporan["I"]["event"].id)
    first = next(t for t in open_docx(none).tables if t.rows[0].cells[0].text == "No")
    assert "Kelompok" not in [c.text for c in first.rows[0].cells]
