"""Issue 8, point 8 on the console: when the table input server restarts itself, the panel
says so (with the time), and phones carry on."""

from __future__ import annotations

import pytest
from lan_support import kill_loop
from ui_support import make_controller, opd_id, show

from smartbimtek.server.client import LanClient
from smartbimtek.services import lan
from ui.lan_control import LanControl
from ui.lan_panel import LanPanel


@pytest.fixture
def controller(tmp_path):
    controller = make_controller(tmp_path)
    yield controller
    LanControl.of(controller).stop()
    controller.close()


def test_the_panel_shows_that_the_server_restarted(qtbot, controller):
    panel = show(qtbot, LanPanel(controller), 1200, 700)
    control = LanControl.of(controller)
    assert control.start("127.0.0.1", 0)
    assert not panel.restart_label.isVisible()
    url, port = control.url, control.port
    code = lan.active_codes(controller.ws)[opd_id(controller, "DLH")].code
    phone = LanClient(url)
    assert phone.join(code, "Siti")[0] == 200
    waitress = control.server._server
    with qtbot.waitSignal(control.state_changed, timeout=30_000):
        kill_loop(waitress)
    assert control.restarts == 1 and control.running and control.port == port
    assert panel.restart_label.isVisible()
    text = panel.restart_label.text()
    assert "restarted at" in text and control.restarted_at in text
    assert len(control.restarted_at) == 5 and control.restarted_at[2] == ":"
    phone.close()
    assert phone.state()[0] == 200  # the session carries on, on the same address
    control.stop()
    assert not panel.restart_label.isVisible()


def test_the_panel_warns_while_wrong_codes_pause_joining(qtbot, controller):
    panel = show(qtbot, LanPanel(controller), 1200, 700)
    control = LanControl.of(controller)
    assert control.start("127.0.0.1", 0)
    assert not panel.guessing_label.isVisible() and not control.joins_paused()
    guesser = LanClient(control.url)
    budget = control.server.app.extensions["smartbimtek"]["join_limiter"].failures
    budget.limit = 3  # the same rule, a smaller budget
    for n in range(3):
        assert guesser.join(f"ZZZZZ{n + 2}", "X")[0] == 403
    assert guesser.join("ZZZZZ9", "X")[0] == 429
    panel.load()
    assert control.joins_paused() and panel.guessing_label.isVisible()
    assert "wrong join codes" in panel.guessing_label.text()
    control.stop()
    assert not panel.guessing_label.isVisible()
