"""The OPD roster's title (jabatan) column on real widgets: the default from the name is
shown (greyed), a typed title is stored and undone, a cleared cell goes back to the default,
an overlong title is refused with a message, markup stays literal (issue 9)."""

from __future__ import annotations

from boards_support import demo_controller
from ui_support import make_controller, settle, show

from smartbimtek.rules.formal import opd_title_default
from smartbimtek.services import roster
from ui.views.workshop import WorkshopView

TITLE = 3


def _row(panel, code: str) -> int:
    return next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == code)


def test_new_workshop_title_default_edit_undo_and_clear(qtbot, tmp_path):
    controller = make_controller(tmp_path)
    errors: list = []
    controller.error_raised.connect(errors.append)
    view = show(qtbot, WorkshopView(controller))
    panel = view.opd_panel
    view.tabs.setCurrentWidget(panel)
    panel.load()
    opd = roster.find_opd(controller.ws, "BAPPEDA")
    default = "Kepala Badan Perencanaan Pembangunan Daerah"
    cell = panel.table.item(_row(panel, "BAPPEDA"), TITLE)
    assert cell.text() == default == opd_title_default(opd.name, opd.code)
    assert cell.toolTip()  # says it is the default
    panel.table.item(_row(panel, "BAPPEDA"), TITLE).setText("Kepala <b>Bapperida</b>")
    assert roster.get_opd(controller.ws, opd.id).title == "Kepala <b>Bapperida</b>"
    settle(qtbot)
    assert panel.table.item(_row(panel, "BAPPEDA"), TITLE).text() == "Kepala <b>Bapperida</b>"
    assert not panel.table.item(_row(panel, "BAPPEDA"), TITLE).toolTip()
    controller.undo_stack.undo()
    assert roster.get_opd(controller.ws, opd.id).title == default
    controller.undo_stack.redo()
    settle(qtbot)
    # cleared: the default again
    panel.table.item(_row(panel, "BAPPEDA"), TITLE).setText("")
    assert roster.get_opd(controller.ws, opd.id).title == default
    # overlong: refused, the stored title shown again
    settle(qtbot)
    panel.table.item(_row(panel, "BAPPEDA"), TITLE).setText("x" * 500)
    settle(qtbot)
    assert errors and errors[-1].code == "too_long"
    assert panel.table.item(_row(panel, "BAPPEDA"), TITLE).text() == default


def test_demo_titles_shown_and_edited(qtbot, tmp_path, demo_file):
    with demo_controller(tmp_path, demo_file) as controller:
        view = show(qtbot, WorkshopView(controller))
        panel = view.opd_panel
        view.tabs.setCurrentWidget(panel)
        panel.load()
        opds = roster.list_opds(controller.ws)
        shown = {panel.table.item(r, 0).text(): panel.table.item(r, TITLE).text()
                 for r in range(panel.table.rowCount())}
        assert shown == {o.code: o.title for o in opds}
        assert not any(t.startswith("Kepala Sekretariat Daerah") for t in shown.values())
        target = opds[0]
        panel.table.item(_row(panel, target.code), TITLE).setText("Pelaksana Tugas Kepala")
        assert roster.get_opd(controller.ws, target.id).title == "Pelaksana Tugas Kepala"
        controller.undo_stack.undo()
        assert roster.get_opd(controller.ws, target.id).title == target.title
