"""The Workshop view's "What changed" tab: the three ranges, changes grouped by kind with
field, old and new value, hostile text shown literally, refusals explained (issue 11)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from ui_support import FakeClock, make_controller, make_settings, opd_id, settle, show

from smartbimtek.changes import plain
from smartbimtek.services import plan, programs, swot
from smartbimtek.store import open_workshop
from ui.views.workshop import WorkshopView
from ui.widgets.common import plain_tooltip

HOSTILE = "<b>Tebal</b> <img src=x> &amp;"


def _setup(qtbot, tmp_path):
    clock = FakeClock()  # 2026-06-15 10:00, the first day of Bimtek I
    controller = make_controller(tmp_path, clock=clock)
    ws = controller.ws
    kominfo = opd_id(controller, "DISKOMINFO")
    program = programs.add_program(ws, kominfo, "Satu Data", "governance")
    item = swot.add_item(ws, kominfo, "S", "SDM TI memadai")
    clock.advance(days=30)
    two = plan.add_event(ws, "II", start_date="2026-07-15", with_template=False)
    clock.advance(hours=1)
    programs.update_program(ws, program.id, title=HOSTILE)
    programs.set_quick_win(ws, program.id, True)
    swot.delete_item(ws, item.id)
    view = show(qtbot, WorkshopView(controller))
    view.tabs.setCurrentWidget(view.changes_panel)
    settle(qtbot, 20)
    return controller, view.changes_panel, {"program": program.id, "item": item.id,
                                           "two": two.id, "view": view}


def _rows(panel) -> list[tuple]:
    out = []
    tree = panel.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        out.append((group.text(0),))
        for j in range(group.childCount()):
            item = group.child(j)
            assert item.isFirstColumnSpanned()  # the whole width for the label
            out.append(("  " + item.text(0),))
            for k in range(item.childCount()):
                field = item.child(k)
                out.append(("    " + field.text(0), field.text(1), field.text(2)))
    return out


def test_since_this_bimtek_shows_changes_with_old_and_new_values(qtbot, tmp_path):
    _controller, panel, _ids = _setup(qtbot, tmp_path)
    assert panel.mode.currentIndex() == 0
    assert _rows(panel) == [
        ("Programs (1)",),
        (f"  Changed · DISKOMINFO: {HOSTILE}",),
        ("    Judul", "Satu Data", HOSTILE),
        ("Quick wins (1)",),
        (f"  Chosen · DISKOMINFO: {HOSTILE}",),
        ("SWOT items (1)",),
        ("  Removed · DISKOMINFO: SDM TI memadai",),
    ]
    title_row = panel.tree.topLevelItem(0).child(0).child(0)
    assert title_row.toolTip(2) == plain_tooltip(HOSTILE) != HOSTILE  # shown literally
    assert panel.summary.textFormat() == panel.summary.textFormat().PlainText
    assert panel.summary.text().startswith("Changes since 2026-07-15 00:00")
    labels = [w for w in panel.findChildren(QLabel) if w.isVisible()]
    assert all(w.textFormat() == w.textFormat().PlainText for w in labels)


def test_between_two_bimteks_and_custom_moments(qtbot, tmp_path):
    controller, panel, ids = _setup(qtbot, tmp_path)
    panel.mode.setCurrentIndex(1)
    settle(qtbot, 20)
    assert panel.first_event.count() == 2
    assert panel.first_event.itemText(0) == "Bimtek I (2026-06-15)"
    panel.last_event.setCurrentIndex(0)  # Bimtek I alone: what was added there
    settle(qtbot, 20)
    assert [r[0] for r in _rows(panel)] == [
        "Programs (1)", f"  Added · DISKOMINFO: {HOSTILE}", "SWOT items (1)",
        "  Added · DISKOMINFO: SDM TI memadai"]
    panel.mode.setCurrentIndex(2)
    panel.start.setDateTime(panel.start.dateTime().fromString("2026-07-16 00:00",
                                                              "yyyy-MM-dd HH:mm"))
    panel.end.setDateTime(panel.end.dateTime().fromString("2026-07-14 00:00",
                                                          "yyyy-MM-dd HH:mm"))
    settle(qtbot, 20)
    assert panel.summary.text() == "The end is before the start."
    assert panel.tree.topLevelItemCount() == 0
    panel.end.setDateTime(panel.end.dateTime().fromString("2026-08-01 00:00",
                                                          "yyyy-MM-dd HH:mm"))
    settle(qtbot, 20)
    assert panel.summary.text().endswith("Nothing changed in this range.")


def test_a_change_elsewhere_refreshes_the_tab(qtbot, tmp_path):
    controller, panel, ids = _setup(qtbot, tmp_path)
    swot.restore_item(controller.ws, ids["item"])
    qtbot.waitUntil(lambda: ("SWOT items (1)",) not in _rows(panel), timeout=2000)


def test_a_bimtek_without_a_date_is_explained(qtbot, tmp_path):
    controller, panel, ids = _setup(qtbot, tmp_path)
    plan.add_event(controller.ws, "III")
    qtbot.waitUntil(lambda: "no start date" in panel.summary.text(), timeout=2000)


def test_an_old_edit_without_field_names_says_so(qtbot, tmp_path):
    controller, panel, ids = _setup(qtbot, tmp_path)
    strategy = swot.add_strategy(controller.ws, "SO", "Strategi lama")
    controller.ws.clock.advance(days=1)
    with controller.ws.transaction() as tx:  # as versions before this one wrote an edit
        tx.audit("edit", "strategy", strategy.id, "")
    panel.mode.setCurrentIndex(2)
    panel.start.setDateTime(panel.start.dateTime().fromString("2026-07-16 00:00",
                                                              "yyyy-MM-dd HH:mm"))
    panel.end.setDateTime(panel.end.dateTime().fromString("2026-08-01 00:00",
                                                          "yyyy-MM-dd HH:mm"))
    settle(qtbot, 20)
    assert _rows(panel) == [("Strategies (1)",), ("  Changed · Strategi lama",),
                            ("    (which fields: not recorded)", "", "")]


# -- Export... (the report being shown, to DOCX or PDF) --------------------------------------
def _docx_text(path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(str(path)).pages)


def _export(qtbot, panel, path) -> str:
    assert panel.export_report(path)
    assert not panel.export_button.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: not panel.exporting, timeout=30000)
    assert panel.export_button.isEnabled()
    return panel.message.text()


def test_export_writes_the_range_shown_to_docx_and_pdf(qtbot, tmp_path):
    _controller, panel, _ids = _setup(qtbot, tmp_path)
    assert panel.export_button.isEnabled() and panel.export_button.text() == "Export..."
    title = plain.range_title(panel.history, panel.report.range)
    assert title == "Perubahan sejak Bimtek II dimulai"
    out = tmp_path / "keluar"
    docx, pdf = out / "perubahan.docx", out / "perubahan.pdf"
    assert _export(qtbot, panel, docx) == f"Change report written to {docx}"
    assert _export(qtbot, panel, pdf) == f"Change report written to {pdf}"
    for text in (_docx_text(docx), _pdf_text(pdf)):
        assert title in text
        assert HOSTILE in text and "Satu Data" in text  # old and new title, literally
        assert "SDM TI memadai" in text
    # the other range chosen on the tab: Bimtek I alone, where both were added
    panel.mode.setCurrentIndex(1)
    settle(qtbot, 20)
    panel.last_event.setCurrentIndex(0)
    settle(qtbot, 20)
    one = out / "bimtek-i.pdf"
    assert _export(qtbot, panel, one).endswith("bimtek-i.pdf")
    text = _pdf_text(one)
    assert plain.range_title(panel.history, panel.report.range) in text
    assert title not in text and HOSTILE in text and "Ditambahkan" in text
    assert "Dihapus" not in text
    assert "Dihapus" in _pdf_text(pdf)  # the SWOT item removed since Bimtek II


def test_the_button_asks_for_a_file_in_the_export_folder(qtbot, tmp_path, monkeypatch):
    _controller, panel, ids = _setup(qtbot, tmp_path)
    settings = make_settings(tmp_path, pin=None)
    folder = tmp_path / "ekspor"
    settings.set("export_folder", str(folder))
    ids["view"].settings = settings  # as the main window carries them
    asked = []

    def save_name(parent, caption, directory, filters, *args, **kwargs):
        asked.append((directory, filters))
        return str(tmp_path / "dipilih" / "laporan-perubahan"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.exporting, timeout=30000)
    (directory, filters), = asked
    assert Path(directory).parent == folder and folder.is_dir()
    assert Path(directory).name.startswith("perubahan-sejak-bimtek-ii-dimulai")
    assert Path(directory).suffix == ".docx" and "*.pdf" in filters
    written = tmp_path / "dipilih" / "laporan-perubahan.pdf"  # the chosen type's extension
    assert "Perubahan sejak Bimtek II dimulai" in _pdf_text(written)
    assert settings.get("export_folder") == str(written.parent)  # remembered for next time


def test_existing_files_are_replaced_only_after_yes_and_a_workshop_never(
        qtbot, tmp_path, monkeypatch):
    controller, panel, _ids = _setup(qtbot, tmp_path)
    target = tmp_path / "ada.docx"
    target.write_bytes(b"punya orang lain")
    answers = []
    monkeypatch.setattr("ui.export_dialog.ask_replace",
                        lambda parent, paths: answers.append(paths) or False)
    assert not panel.export_report(target)
    assert answers == [[target]] and target.read_bytes() == b"punya orang lain"
    assert panel.message.text() == "Nothing was exported: the existing file is kept."
    monkeypatch.setattr("ui.export_dialog.ask_replace", lambda parent, paths: True)
    _export(qtbot, panel, target)
    assert "Satu Data" in _docx_text(target)
    open_file = Path(controller.ws.path)  # the open workshop: its lock is held
    assert not panel.export_report(open_file)
    assert panel.message.text() == ("test.bimtek is in use by a program: it is not replaced. "
                                    "Choose another name or folder.")
    other = tmp_path / "lain.docx"  # a closed workshop file, whatever its name
    open_workshop(other, create=True).close()
    before = other.read_bytes()
    assert not panel.export_report(other)
    assert panel.message.text().startswith("lain.docx is a SmartBimtek workshop file")
    assert other.read_bytes() == before
