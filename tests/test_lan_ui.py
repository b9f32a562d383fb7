"""Table input on the desktop: the console panel over a live server (real widgets, offscreen),
entries from a phone arriving on the console, the switches, the codes, the table cards, the
status-bar strip, and the projector's join board.

Set ``SMARTBIMTEK_SCREENSHOTS=1`` to (re)write ``docs/screenshots/projector-join.png`` and
``console-table-input.png`` (then the server listens on all interfaces, port 8765, so that
the pictures show a real venue address).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from ui_support import make_controller, opd_id, settle, show

from smartbimtek.server import qr
from smartbimtek.server.client import LanClient
from smartbimtek.services import agenda, lan, swot
from ui import i18n
from ui.lan_control import LanControl
from ui.lan_panel import JoinBoard, LanPanel, LanStatus, install, make_join_board
from ui.projector import ProjectorWindow
from ui.settings import Settings

SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


@pytest.fixture
def controller(tmp_path):
    controller = make_controller(tmp_path)
    event_id = controller.event_id
    step = next(s for s in agenda.list_steps(controller.ws, event_id) if s.kind == "swot")
    agenda.start_step(controller.ws, event_id, step.id)
    yield controller
    LanControl.of(controller).stop()
    controller.close()


def _column(panel: LanPanel, code: str, column: int) -> str:
    for row in range(panel.table.rowCount()):
        if panel.table.item(row, 1).text().startswith(code + " "):
            return panel.table.item(row, column).text()
    raise AssertionError(f"{code} not in the panel")


def test_open_table_input_and_see_a_phones_entry_live(qtbot, controller):
    panel = show(qtbot, LanPanel(controller), 1200, 700)
    assert panel.toggle_button.text() == "Open table input"
    assert panel.interface_box.findData("0.0.0.0") >= 0
    assert all(panel.interface_box.itemData(i) for i in range(panel.interface_box.count()))
    control = LanControl.of(controller)
    assert control.start("127.0.0.1", 0)
    settle(qtbot)
    assert panel.toggle_button.text() == "Close table input"
    assert control.url in panel.status_label.text() and "0.0.0.0" not in control.url
    assert not panel.interface_box.isEnabled()
    codes = lan.active_codes(controller.ws)
    code = codes[opd_id(controller, "DLH")].code
    assert _column(panel, "DLH", 2) == code
    phone = LanClient(control.url)
    assert phone.join(code, "Siti")[0] == 200
    phone.state()
    with qtbot.waitSignal(controller.data_changed, timeout=5000,
                          check_params_cb=lambda c: c.entity == "swot"):
        status, body, _ = phone.submit("POST", "/api/swot",
                                       {"quadrant": "T", "text": "Banjir tahunan di hilir"})
    assert status == 201
    qtbot.waitUntil(lambda: _column(panel, "DLH", 5) == "1", timeout=3000)
    assert _column(panel, "DLH", 3) == "1" and _column(panel, "DLH", 4) == "Siti"
    assert [i.text for i in swot.list_items(controller.ws, opd_id=opd_id(controller, "DLH"))] \
        == ["Banjir tahunan di hilir"]
    assert phone.submit("POST", "/api/done", {"done": True})[0] == 200
    qtbot.waitUntil(lambda: _column(panel, "DLH", 6) == "✓", timeout=3000)
    assert "Done: 1 of 3 tables" in panel.summary_label.text()
    phone.close()
    panel.toggle()
    assert not control.running and panel.toggle_button.text() == "Open table input"


def test_switches_codes_and_cards(qtbot, controller, tmp_path):
    panel = show(qtbot, LanPanel(controller), 1200, 700)
    control = LanControl.of(controller)
    assert control.start("127.0.0.1", 0)
    settle(qtbot)
    panel.lock_box.setChecked(True)
    assert controller.ws.setting("input_locked") is True
    panel.reveal_box.setChecked(True)
    assert controller.ws.setting("results_hidden") is False
    dlh = opd_id(controller, "DLH")
    old = lan.active_codes(controller.ws)[dlh].code
    panel.regenerate(dlh, confirm=False)
    settle(qtbot)
    new = _column(panel, "DLH", 2)
    assert new != old and new == lan.active_codes(controller.ws)[dlh].code
    panel.revoke(dlh, confirm=False)
    settle(qtbot)
    assert _column(panel, "DLH", 2) == "(withdrawn)"
    assert LanClient(control.url).join(new, "X")[0] == 403
    panel.wifi_edit.setText("Bimtek-Pendopo")
    pdf = panel.print_cards(tmp_path / "cards.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    assert "cards.pdf" in panel.status_label.text()
    assert control.wifi == "Bimtek-Pendopo"
    assert dlh in lan.active_codes(controller.ws)  # printing gives a withdrawn table a code


def test_a_taken_port_is_reported_not_raised(qtbot, controller):
    first = LanControl.of(controller)
    assert first.start("127.0.0.1", 0)
    other = make_controller(Path(controller.ws.path).parent / "second")
    try:
        control = LanControl.of(other)
        assert not control.start("127.0.0.1", first.port)
        assert str(first.port) in control.error
        panel = show(qtbot, LanPanel(other))
        assert control.error in panel.status_label.text()
    finally:
        other.close()


def test_status_strip_and_dock_in_a_window(qtbot, controller):
    window = show(qtbot, QMainWindow(), 1000, 700)
    dock = install(window, controller)
    strip = window.statusBar().findChild(LanStatus)
    assert strip is not None and not dock.isVisible()
    control = LanControl.of(controller)
    panel = dock.widget()
    panel.interface_box.setCurrentIndex(panel.interface_box.findData("127.0.0.1"))
    panel.interface_box.activated.emit(panel.interface_box.currentIndex())
    panel.port_box.setValue(8799)
    assert (control.host, control.port) == ("127.0.0.1", 8799)
    control.port = 0  # a free port for the test
    strip.toggle_button.click()
    assert control.running and dock.isVisible()
    assert strip.toggle_button.text() == "Close table input"
    controller.close()  # closing the workshop closes table input
    assert not control.running and not strip.toggle_button.isEnabled()


def test_join_board_on_the_projector(qtbot, controller, tmp_path):
    board = show(qtbot, make_join_board(controller), 1280, 620)
    assert isinstance(board, JoinBoard) and board.url == ""
    closed = board.grab().toImage()
    control = LanControl.of(controller)
    control.wifi = "Bimtek-Pendopo"
    assert control.start("127.0.0.1", 0)
    settle(qtbot)
    assert board.url == control.url and board.qr.rows == qr.matrix(control.url)
    image = board.grab().toImage()
    assert image != closed
    board.set_font_scale(1.5)
    assert board.font_scale == 1.5
    projector = ProjectorWindow(controller, Settings(tmp_path / "settings.ini"))
    show(qtbot, projector, 1920, 1080)
    controller.show_on_projector("join")
    settle(qtbot, 20)
    assert isinstance(projector.board, JoinBoard) and projector.board.url == control.url
    assert projector.grab().save(str(tmp_path / "projector-join.png"))
    projector.close()


def test_table_input_in_indonesian(qtbot, controller, tmp_path):
    app = QApplication.instance()
    assert i18n.install(app, "id") == "id"
    try:
        panel = show(qtbot, LanPanel(controller), 1200, 600)
        assert panel.toggle_button.text() == "Buka input meja"
        control = LanControl.of(controller)
        control.wifi = "Bimtek-Pendopo"
        docs = bool(os.environ.get("SMARTBIMTEK_SCREENSHOTS"))
        # the documentation shows the address phones really use; tests stay on loopback
        assert control.start("0.0.0.0" if docs else "127.0.0.1", 8765 if docs else 0)
        settle(qtbot)
        assert panel.toggle_button.text() == "Tutup input meja"
        assert "Input meja dibuka" in panel.status_label.text()
        assert panel.interface_box.currentData() == control.host
        assert panel.wifi_edit.text() == "Bimtek-Pendopo"
        codes = lan.active_codes(controller.ws)
        for code, name, texts in (("DISKOMINFO", "Budi", ["Aplikasi layanan terpadu"]),
                                  ("DLH", "Siti", ["Bank sampah aktif", "Banjir tahunan"])):
            phone = LanClient(f"http://127.0.0.1:{control.port}")
            assert phone.join(codes[opd_id(controller, code)].code, name)[0] == 200
            phone.state()
            for text in texts:
                assert phone.submit("POST", "/api/swot", {"quadrant": "S", "text": text})[0] == 201
            phone.close()
        qtbot.waitUntil(lambda: _column(panel, "DLH", 5) == "2", timeout=3000)
        assert _column(panel, "DLH", 4) == "Siti"
        projector = ProjectorWindow(controller, Settings(tmp_path / "settings.ini"))
        show(qtbot, projector, 1920, 1080)
        controller.show_on_projector("join")
        qtbot.waitUntil(lambda: isinstance(projector.board, JoinBoard), timeout=5000)
        board = projector.board
        assert board.tr("Join from your phone") == "Bergabung dari ponsel Anda"
        image = projector.grab()
        if docs:
            SHOTS.mkdir(parents=True, exist_ok=True)
            image.save(str(SHOTS / "projector-join.png"))
            panel.grab().save(str(SHOTS / "console-table-input.png"))
        projector.close()
    finally:
        i18n.install(app, "en")


def test_table_input_keeps_running_across_a_language_switch(qtbot, controller, tmp_path):
    from ui import main_window as main_window_module
    from ui.i18n import current_language
    from ui.main_window import MainWindow

    window = show(qtbot, MainWindow(controller, Settings(tmp_path / "settings.ini"),
                                    projector=False))
    control = LanControl.of(controller)
    assert control.start("127.0.0.1", 0)
    url = control.url
    lang = "en" if current_language() == "id" else "id"
    window.app_actions.language_actions[lang].trigger()
    new = main_window_module._windows[-1]
    qtbot.addWidget(new)
    assert control.running and control.url == url  # the phones keep their address
    strip = new.statusBar().findChild(LanStatus)
    assert strip is not None and strip.toggle_button.isEnabled()
    assert strip.toggle_button.text() == strip.tr("Close table input")
    phone = LanClient(url)
    code = lan.active_codes(controller.ws)[opd_id(controller, "DLH")].code
    assert phone.join(code, "Siti")[0] == 200
    assert phone.submit("POST", "/api/swot", {"quadrant": "O", "text": "Setelah ganti bahasa"})[0] \
        == 201
    phone.close()
    new.close()
