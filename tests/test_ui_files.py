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


# -- output targets and kept copies in the app (issue 8.1, 8.6) -------------------------------
def answer_next_box(button, seen: list) -> None:
    """Answer the next modal question box with ``button``; record its text and whether No
    was its default."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append((box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.No)))
        box.button(button).click()

    QTimer.singleShot(0, click)


def _main_window(qtbot, tmp_path):
    from ui_support import make_settings

    from ui.main_window import MainWindow

    controller = make_controller(tmp_path)
    window = show(qtbot, MainWindow(controller, make_settings(tmp_path), projector=False))
    return controller, window


def test_app_save_copy_asks_before_replacing_and_never_replaces_a_workshop(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    controller, window = _main_window(qtbot, tmp_path)
    other = tmp_path / "lain.bimtek"
    with open_workshop(other, create=True) as ws:
        roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    before = other.read_bytes()
    assert window.files.save_copy(other) is None  # no question: refused outright
    assert window.banner.kind == "error" and "lain.bimtek" in window.banner.text()
    assert "never replaced" in window.banner.text() and other.read_bytes() == before
    plain = tmp_path / "catatan.bimtek"
    plain.write_bytes(b"not a workshop")
    seen: list = []
    answer_next_box(QMessageBox.StandardButton.No, seen)
    assert window.files.save_copy(plain) is None
    assert seen and "catatan.bimtek" in seen[0][0] and seen[0][1]  # asked, default No
    assert plain.read_bytes() == b"not a workshop"
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    assert window.files.save_copy(plain) == plain and len(seen) == 2
    with open_workshop(plain) as copy:
        assert [o.code for o in roster.list_opds(copy)] == ["DISKOMINFO", "BAPPEDA", "DLH"]
    assert window.files.save_copy(plain) is None  # now a workshop: refused without asking
    assert len(seen) == 2
    controller.close()


def test_restore_dialog_shows_kept_copies_in_their_own_group(qtbot, tmp_path):
    from smartbimtek.store import backups

    controller, window = _main_window(qtbot, tmp_path)
    path = controller.ws.path
    backup = backups.take_backup(controller.ws, "manual")
    roster.add_opd(controller.ws, "DISDIK", "Dinas Pendidikan")
    entry = backups.list_backups(path)[0]
    assert window.files.restore(entry)
    dialog = window.files.restore_chooser()
    qtbot.addWidget(dialog)
    rolling = [dialog.rolling.item(i).data(Qt.ItemDataRole.UserRole).path
               for i in range(dialog.rolling.count())]
    kept = [dialog.kept.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.kept.count())]
    assert backup in rolling and all(k.path not in rolling for k in kept)
    assert [k.reason for k in kept] == ["before-restore"]
    assert dialog.chosen().path == rolling[0]
    dialog.kept.setCurrentRow(0)  # choosing a kept copy clears the other group
    assert dialog.chosen() == kept[0] and not dialog.rolling.selectedItems()
    assert window.files.restore(dialog.chosen())  # a kept copy restores too
    assert roster.find_opd(controller.ws, "DISDIK") is not None
    controller.close()
