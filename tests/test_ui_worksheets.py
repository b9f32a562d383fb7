"""File > OPD worksheets: the menu entry opens the dialog; the dialog exports the ticked
OPDs, imports filled worksheets (the per-OPD summary) and lists every problem of a refused
import, with nothing saved."""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from PySide6.QtCore import Qt
from ui_support import make_settings

from smartbimtek.interchange.dump import dump
from smartbimtek.services import swot
from smartbimtek.worksheets import layout as L
from ui.controller import Controller
from ui.worksheets_dialog import WorksheetsDialog


@pytest.fixture
def demo_controller(demo_file, tmp_path):
    path = tmp_path / "demo.bimtek"
    shutil.copyfile(demo_file, path)
    controller = Controller()
    controller.open(path)
    yield controller
    controller.close()


def _state(ws):
    return dump(ws), ws.query_one("SELECT count(*) FROM audit")[0]


def test_menu_entry_opens_the_dialog(qtbot, demo_controller, tmp_path):
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    window = MainWindow(demo_controller, make_settings(tmp_path), projector=False)
    qtbot.addWidget(window)
    window.show()
    action = window.app_actions.worksheets
    assert action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, WorksheetsDialog) and w.isVisible())
    assert dialog.opd_list.count() >= 30
    dialog.close()


def test_dialog_exports_imports_and_lists_problems(qtbot, demo_controller, tmp_path):
    dialog = WorksheetsDialog(demo_controller, make_settings(tmp_path))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    for i in range(dialog.opd_list.count()):
        item = dialog.opd_list.item(i)
        if not item.text().startswith("DISKOMINFO "):
            item.setCheckState(item.checkState().Unchecked)
    [path] = dialog.export_now()
    assert path.name == "kertas-kerja-DISKOMINFO.xlsx"
    assert str(path) in dialog.result.toPlainText()
    assert dialog.export_now() == []  # exists: refused without the tick
    assert "Replace existing" in dialog.result.toPlainText()

    book = openpyxl.load_workbook(path)
    sheet = book[L.SWOT]
    row = sheet.max_row + 1
    sheet.cell(row, 2, "T")
    sheet.cell(row, 3, "Ancaman dari dialog")
    book.save(path)
    bad = tmp_path / "bad.xlsx"
    book[L.SWOT]["D2"] = "nowhere"
    book.save(bad)

    ws = demo_controller.ws
    before = _state(ws)
    assert dialog.import_files([bad]) is False
    text = dialog.result.toPlainText()
    assert "Nothing was saved" in text and "SWOT!D2: 'nowhere' bukan dimensi" in text
    assert _state(ws) == before
    assert dialog.import_files([path]) is True
    assert "DISKOMINFO" in dialog.result.toPlainText()
    assert "1 butir SWOT baru" in dialog.result.toPlainText()
    assert "Ancaman dari dialog" in {i.text for i in swot.list_items(ws)}
    after = _state(ws)
    assert dialog.import_files([path]) is True
    assert _state(ws) == after
    assert "0 change" in dialog.result.toPlainText()


def test_dialog_exports_per_group(qtbot, demo_controller, tmp_path):
    from test_worksheets_groups import setup_groups

    empty = WorksheetsDialog(demo_controller, make_settings(tmp_path))
    qtbot.addWidget(empty)
    empty.folder.setText(str(tmp_path / "none"))
    empty.by_group.setChecked(True)
    assert empty.export_now() == []
    assert "no groups" in empty.result.toPlainText()

    setup_groups(demo_controller.ws)
    dialog = WorksheetsDialog(demo_controller, make_settings(tmp_path))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    assert dialog.group_list.isHidden() and not dialog.opd_list.isHidden()
    dialog.by_group.setChecked(True)
    assert dialog.opd_list.isHidden() and not dialog.group_list.isHidden()
    names = [dialog.group_list.item(i).text() for i in range(dialog.group_list.count())]
    assert names == ["Tata Kelola", "Meja Kominfo"]  # the current bimtek's live groups
    for i in range(dialog.group_list.count()):
        dialog.group_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.export_now() == []
    assert "Tick at least one group" in dialog.result.toPlainText()
    dialog.group_list.item(0).setCheckState(Qt.CheckState.Checked)
    [path] = dialog.export_now()
    assert path.name == "kertas-kerja-kelompok-Tata-Kelola.xlsx"
    assert str(path) in dialog.result.toPlainText()
    assert dialog.import_files([path]) is True
    assert "Tata Kelola (kelompok): tidak ada perubahan" in dialog.result.toPlainText()
