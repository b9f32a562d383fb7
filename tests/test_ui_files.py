"""The file helpers behind the File menu and the roster import: reading CSV/XLSX rosters
(headers or not, Windows encodings, bad rows named), all-or-nothing import, saving a copy of
an open workshop; odd text survives the round trip through the views."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from ui_support import make_controller, show

from smartbimtek import opd_import
from smartbimtek.errors import ValidationError, WorkshopFileError
from smartbimtek.services import roster
from smartbimtek.store import copies, open_workshop
from ui.views.workshop import WorkshopView


def test_read_csv_without_header_and_in_windows_encoding(tmp_path):
    path = tmp_path / "opd.csv"
    path.write_bytes("dinkes,Dinas Kesehatan,2\r\nDPMPTSP,Dinas Penanaman Modal – "
                     "Pelayanan Terpadu,\r\n".encode("cp1252"))
    rows = opd_import.read_opds(path)
    assert rows == [opd_import.OpdRow("DINKES", "Dinas Kesehatan", 2),
                    opd_import.OpdRow("DPMPTSP", "Dinas Penanaman Modal – Pelayanan Terpadu",
                                      None)]


@pytest.mark.parametrize("content, code, record", [
    ("kode;nama\nA;Satu\nA;Dua\n", "duplicate", "row 3"),
    ("kode;nama;meja\nA;Satu;tiga\n", "type", "row 2"),
    ("kode;nama;meja\nA;Satu;1000\n", "range", "row 2"),
    ("kode;nama\n=HYPERLINK();Rumus\n", "format", "row 2"),
    ("kode;nama\nB;\x00\x01\n", "empty", "row 2"),
    ("kode;nama\nC;" + "x" * 400 + "\n", "too_long", "row 2"),
])
def test_bad_rows_are_named(tmp_path, content, code, record):
    path = tmp_path / "opd.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        opd_import.read_opds(path)
    assert caught.value.code == code and caught.value.record == record


def test_unsupported_damaged_and_huge_files(tmp_path):
    with pytest.raises(ValidationError) as caught:
        opd_import.read_opds(tmp_path / "opd.pdf")
    assert caught.value.code == "format"
    damaged = tmp_path / "rusak.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a spreadsheet")
    with pytest.raises(ValidationError) as caught:
        opd_import.read_opds(damaged)
    assert caught.value.code == "format"
    empty = tmp_path / "kosong.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        opd_import.read_opds(empty)
    assert caught.value.code == "empty"
    book = Workbook()
    for number in range(opd_import.MAX_ROWS + 2):
        book.active.append([f"K{number}", f"OPD {number}"])
    huge = tmp_path / "besar.xlsx"
    book.save(huge)
    with pytest.raises(ValidationError) as caught:
        opd_import.read_opds(huge)
    assert caught.value.code == "range"


def test_import_is_one_transaction(ws):
    rows = [opd_import.OpdRow("A", "Satu", 1), opd_import.OpdRow("B", "Dua", None)]
    added = opd_import.import_opds(ws, rows)
    assert [o.code for o in added] == ["A", "B"]
    assert opd_import.import_opds(ws, rows) == []  # existing codes are skipped
    audit = ws.query("SELECT count(*) FROM audit WHERE entity='opd'")[0][0]
    assert audit == 2


def test_save_copy_refuses_the_open_file_and_copies_consistently(tmp_path):
    ws = open_workshop(tmp_path / "asli.bimtek", create=True)
    try:
        roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
        with pytest.raises(WorkshopFileError) as caught:
            copies.save_copy(ws, tmp_path / "asli.bimtek")
        assert caught.value.code == "duplicate"
        target = copies.save_copy(ws, tmp_path / "salinan.bimtek")
        roster.add_opd(ws, "DINKES", "Dinas Kesehatan")  # after the copy: not in it
        assert not (tmp_path / "salinan.bimtek-wal").exists()
        with open_workshop(target) as copy:
            assert [o.code for o in roster.list_opds(copy)] == ["DLH"]
        with pytest.raises(WorkshopFileError) as caught:
            copies.save_copy(ws, tmp_path / "no-such-folder" / "x.bimtek")
        assert caught.value.code == "missing"
    finally:
        ws.close()


def test_odd_text_round_trips_through_the_views(qtbot, tmp_path):
    controller = make_controller(tmp_path)
    view = show(qtbot, WorkshopView(controller))
    panel = view.opd_panel
    odd = "Dinas <Kominfo> & \"Persandian\" =1+1 ☕ עברית e\u0301"
    panel.code.setText("ODD")
    panel.name.setText(odd)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    stored = roster.find_opd(controller.ws, "ODD")
    assert stored.name == odd.replace("e\u0301", "\u00e9")  # NFC, otherwise as typed
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text()
               == "ODD")
    assert panel.table.item(row, 1).text() == stored.name
