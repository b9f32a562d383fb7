"""The data workbook's participants sheet: category, institution and table group (kelompok);
never a phone number in any sheet; formula-looking text stays text."""

from __future__ import annotations

import io
import zipfile

import openpyxl

from smartbimtek.exports.data import sheets, write_csv_folder, write_xlsx
from smartbimtek.services import groups, plan, roster
from smartbimtek.snapshot import take_snapshot

PHONE = "0812-3456-7890"
FORMULA = '=HYPERLINK("http://contoh.invalid","klik")'


def _people(ws):
    plan.add_event(ws, "I")
    opd = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
    inside = roster.add_participant(ws, "Budi Santoso", opd.id, "Kepala Bidang", phone=PHONE)
    outside = roster.add_participant(ws, "Sari Dewi", None, "Dosen", phone="+62 811 2222 3333",
                                     category="academia", institution=FORMULA)
    group = groups.add_group(ws, "Kelompok Tata Kelola", "dimension", dimension="governance",
                             opd_ids=[opd.id], participant_ids=[inside.id, outside.id])
    return inside, outside, group


def _xlsx(ws):
    buffer = io.BytesIO()
    write_xlsx(take_snapshot(ws), buffer)
    buffer.seek(0)
    return buffer


def test_participants_sheet_has_category_institution_and_group(ws):
    inside, outside, group = _people(ws)
    book = openpyxl.load_workbook(_xlsx(ws))
    rows = list(book["peserta"].iter_rows(values_only=True))
    header = rows[0]
    assert header[-3:] == ("kategori", "instansi", "kelompok")
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert by_id[inside.id]["kategori"] == "opd"
    assert by_id[inside.id]["kelompok"] == group.name
    assert by_id[outside.id]["kategori"] == "academia"
    assert by_id[outside.id]["kelompok"] == group.name
    assert by_id[outside.id]["instansi"] == "'" + FORMULA  # neutralised, shown as typed


def test_groups_of_several_bimteks_are_named_with_their_bimtek(ws):
    inside, _, group = _people(ws)
    second = plan.add_event(ws, "II")
    groups.add_group(ws, "Meja 2", "custom", participant_ids=[inside.id], event_id=second.id)
    _, _, rows = next(s for s in sheets(take_snapshot(ws)) if s[0] == "peserta")
    row = next(r for r in rows if r[0] == inside.id)
    assert group.name in row[-1] and "Bimtek II: Meja 2" in row[-1]


def test_formula_looking_text_stays_text_in_the_xlsx(ws):
    _people(ws)
    buffer = _xlsx(ws)
    with zipfile.ZipFile(buffer) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist()
                      if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml
    sheet = openpyxl.load_workbook(buffer)["peserta"]
    cells = [c for row in sheet.iter_rows() for c in row if "HYPERLINK" in str(c.value)]
    assert cells and all(c.data_type == "s" and c.value.startswith("'=") for c in cells)


def test_no_phone_number_in_any_sheet_or_csv(ws, tmp_path):
    _people(ws)
    book = openpyxl.load_workbook(_xlsx(ws))
    texts = [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row
             if c.value is not None]
    assert texts  # the workbook is not empty
    digits = {"081234567890", "6281122223333"}
    for text in texts:
        assert "".join(ch for ch in text if ch.isdigit()) not in digits, text
        assert PHONE not in text and "811 2222" not in text
    assert not any("telepon" in t.casefold() or "phone" in t.casefold() or t == "hp"
                   for t in texts)
    files = write_csv_folder(take_snapshot(ws), tmp_path / "csv")
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        assert PHONE not in text and "811 2222" not in text, path.name
