"""A program's benefit to citizens ("manfaat bagi warga"): the service, migration 3 (which
moves the old ``benefit:<id>`` plan narratives into the column), the interchange format, the
phone API, and the quick win profile and BAB VIII read back from PDF and DOCX."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from docx import Document as open_docx
from migration_support import file_at_version, store_at_version
from openpyxl import load_workbook
from pypdf import PdfReader

from smartbimtek import interchange
from smartbimtek.errors import ValidationError
from smartbimtek.exports import export
from smartbimtek.services import lan_entries, plan, programs, roster
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import migrations, open_workshop
from smartbimtek.text import MAX_TEXT

BENEFIT = "Warga <desa> & kota tidak perlu antre =lama di MPP\nCukup daftar dari rumah"


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def opd(ws):
    return roster.add_opd(ws, "DPMPTSP", "Dinas Penanaman Modal dan PTSP")


# -- service ------------------------------------------------------------------------------
def test_benefit_is_stored_edited_cleaned_and_checked(ws, opd):
    plain = programs.add_program(ws, opd.id, "Tanpa manfaat", "governance")
    assert plain.benefit == ""
    program = programs.add_program(ws, opd.id, "Antrean daring MPP", "governance",
                                   benefit="  " + BENEFIT + "\x07  ")
    assert program.benefit == BENEFIT  # trimmed, control character dropped, markup kept
    assert programs.get_program(ws, program.id).benefit == BENEFIT
    listed = {p.id: p.benefit for p in programs.list_programs(ws)}
    assert listed == {plain.id: "", program.id: BENEFIT}
    edited = programs.update_program(ws, program.id, benefit="Antre dari rumah")
    assert edited.benefit == "Antre dari rumah" and edited.title == "Antrean daring MPP"
    assert programs.update_program(ws, program.id, benefit=None).benefit == ""
    audits = ws.query_one("SELECT count(*) FROM audit WHERE entity='program'")[0]
    with pytest.raises(ValidationError) as info:
        programs.update_program(ws, program.id, benefit="x" * (MAX_TEXT + 1))
    assert (info.value.field, info.value.code) == ("benefit", "too_long")
    with pytest.raises(ValidationError) as info:
        programs.add_program(ws, opd.id, "Lain", "governance", benefit=["bukan teks"])
    assert (info.value.field, info.value.code) == ("benefit", "type")
    assert ws.query_one("SELECT count(*) FROM audit WHERE entity='program'")[0] == audits
    assert programs.get_program(ws, program.id).benefit == ""
    assert len(programs.list_programs(ws)) == 2


# -- migration 3 --------------------------------------------------------------------------
def _version_2_file(path: Path, narratives: str) -> None:
    """A workshop file as version 2 left it: programs without the column, benefits kept as
    plan narratives."""
    with file_at_version(path, 2, wal=False) as conn:
        now = "2025-06-15T09:00:00+07:00"
        conn.execute("INSERT INTO opds (id, code, name, created_at) VALUES "
                     "('o1', 'DINKES', 'Dinas Kesehatan', ?)", (now,))
        for pid, title in (("p1", "Telemedisin"), ("p2", "Antrean puskesmas")):
            conn.execute("INSERT INTO programs (id, opd_id, title, dimension, quick_win, "
                         "created_at, updated_at) VALUES (?, 'o1', ?, 'living', 1, ?, ?)",
                         (pid, title, now, now))
        conn.execute("UPDATE plan SET narratives = ? WHERE id = 1", (narratives,))


def test_migration_moves_benefit_narratives_into_the_column_after_a_copy(tmp_path):
    path = tmp_path / "v2.bimtek"
    old = {"background": "Latar belakang", "benefit:p1": "Konsultasi dokter spesialis dari "
           "puskesmas", "benefit:gone": "Program yang tidak ada lagi"}
    _version_2_file(path, json.dumps(old))
    with open_workshop(path) as ws:
        assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST >= 3
        assert programs.get_program(ws, "p1").benefit == old["benefit:p1"]
        assert programs.get_program(ws, "p2").benefit == ""
        # moved entries leave the narratives; one naming no program stays (nothing lost)
        assert plan.get_plan(ws).narratives == {"background": "Latar belakang",
                                                "benefit:gone": "Program yang tidak ada lagi"}
        assert "Konsultasi dokter spesialis" in norm(_profile_docx(ws, tmp_path))
    [copy] = (tmp_path / "v2.backups" / "kept").glob("v2-*-pre-migration.bimtek")
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert json.loads(conn.execute("SELECT narratives FROM plan").fetchone()[0]) == old
        columns = {r[1] for r in conn.execute("PRAGMA table_info(programs)")}
        assert "benefit" not in columns
    finally:
        conn.close()


@pytest.mark.parametrize("narratives", ["{not json", "[1, 2]", "{}"])
def test_migration_leaves_odd_narratives_alone(tmp_path, narratives):
    path = tmp_path / "odd.bimtek"
    _version_2_file(path, narratives)
    with open_workshop(path) as ws:
        assert ws.query_one("SELECT narratives FROM plan")[0] == narratives
        assert {p.benefit for p in programs.list_programs(ws)} == {""}


def test_the_migration_test_really_starts_from_version_2(tmp_path, monkeypatch):
    """Opening the fixture with migrations 1-2 only keeps it at version 2 (so the tests
    above exercise migration 3, not a file already at the latest version)."""
    path = tmp_path / "v2.bimtek"
    _version_2_file(path, "{}")
    store_at_version(monkeypatch, 2)
    with open_workshop(path) as ws:
        assert ws.query_one("PRAGMA user_version")[0] == 2


# -- interchange --------------------------------------------------------------------------
def test_interchange_dumps_imports_and_checks_the_benefit(ws, opd, tmp_path):
    program = programs.add_program(ws, opd.id, "Antrean daring MPP", "governance",
                                   benefit=BENEFIT)
    doc = interchange.dump(ws)
    [dumped] = doc["programs"]
    assert dumped["benefit"] == BENEFIT
    with open_workshop(tmp_path / "copy.bimtek", create=True) as other:
        interchange.import_document(other, json.loads(json.dumps(doc)))
        assert programs.get_program(other, program.id).benefit == BENEFIT
        assert interchange.dump(other)["programs"] == doc["programs"]
        # optional on import: a program without the key gets an empty benefit
        bare = {"format": doc["format"], "opds": doc["opds"],
                "programs": [{"opd": "DPMPTSP", "title": "Tanpa manfaat",
                              "dimension": "economy"}]}
        interchange.import_document(other, bare)
        added = [p for p in programs.list_programs(other) if p.title == "Tanpa manfaat"]
        assert [p.benefit for p in added] == [""]
        bad = dict(bare, programs=[dict(bare["programs"][0], title="Terlalu panjang",
                                        benefit="x" * (MAX_TEXT + 1))])
        with pytest.raises(ValidationError) as info:
            interchange.import_document(other, bad)
        assert "benefit" in str(info.value)
        assert len(programs.list_programs(other)) == 2


# -- phone API (the submission layer the server calls) ------------------------------------
def test_a_table_can_send_the_benefit(ws, opd):
    assert "benefit" in lan_entries.PROGRAM_FIELDS
    program = programs.add_program(ws, opd.id, "Antrean daring MPP", "governance",
                                   benefit=BENEFIT)
    assert lan_entries.program_dict(program)["benefit"] == BENEFIT


# -- exports ------------------------------------------------------------------------------
def _profile_docx(ws, folder: Path) -> str:
    path = export(take_snapshot(ws), "quickwins", "docx", folder / "qw.docx")
    return "\n".join(p.text for p in open_docx(path).paragraphs)


def _quick_win_workshop(ws, opd):
    plan.update_plan(ws, region_name="Kabupaten Uji")
    typed = programs.add_program(ws, opd.id, "Antrean daring MPP", "governance",
                                 quick_win=True, benefit=BENEFIT)
    empty = programs.add_program(ws, opd.id, "Izin usaha daring", "governance",
                                 quick_win=True)
    return typed, empty


def test_the_quick_win_profile_shows_the_benefit_in_pdf_and_docx(ws, opd, tmp_path):
    _quick_win_workshop(ws, opd)
    snap = take_snapshot(ws)
    docx_text = _profile_docx(ws, tmp_path)
    first, second = docx_text.rsplit("Quick Win 2", 1)  # the contents list it too
    sections = [first.rsplit("Quick Win 1", 1)[1], second]
    # the benefit of the first quick win, as typed (markup and formula characters kept)
    assert norm(BENEFIT) in norm(sections[0]) and "Manfaat bagi warga" in sections[0]
    assert "Cukup daftar dari rumah" in sections[0]
    # the second one has none: the visible placeholder, never an invented text
    assert "[Belum diisi: manfaat langsung yang dirasakan warga]" in sections[1]
    pdf = export(snap, "quickwins", "pdf", tmp_path / "qw.pdf")
    pages = [norm(p.extract_text() or "") for p in PdfReader(pdf).pages]
    first = next(p for p in pages if "Antrean daring MPP" in p and "Manfaat bagi warga" in p)
    second = next(p for p in pages if "Izin usaha daring" in p and "Manfaat bagi warga" in p)
    assert norm(BENEFIT) in first
    assert "[Belum diisi: manfaat langsung yang dirasakan warga]" in second


def test_bab_viii_and_the_workbook_carry_the_benefit(ws, opd, tmp_path):
    typed, empty = _quick_win_workshop(ws, opd)
    snap = take_snapshot(ws)
    docx = export(snap, "masterplan", "docx", tmp_path / "mp.docx")
    # BAB VIII: each quick win's profile summary (label/value rows); only the typed benefit
    rows = [[norm(c.text) for c in r.cells] for t in open_docx(docx).tables for r in t.rows]
    benefit = [r for r in rows if r and r[0] == "Manfaat bagi warga"]
    assert benefit == [["Manfaat bagi warga", norm(BENEFIT)]]
    programs_ = [r[1] for r in rows if len(r) == 2 and r[0] == "Program"]
    assert any(p.endswith("Antrean daring MPP") for p in programs_)
    assert any(p.endswith("Izin usaha daring") for p in programs_)
    pdf = export(snap, "masterplan", "pdf", tmp_path / "mp.pdf")
    text = norm(" ".join(p.extract_text() or "" for p in PdfReader(pdf).pages))
    assert "Manfaat bagi warga Warga <desa> & kota" in text
    book = load_workbook(export(snap, "data", "xlsx", tmp_path / "data.xlsx"), read_only=True)
    rows = list(book["program"].iter_rows(values_only=True))
    column = rows[0].index("manfaat_warga")
    by_id = {r[0]: r[column] for r in rows[1:]}
    assert by_id[typed.id] == BENEFIT and by_id[empty.id] in ("", None)
