"""A real-window run (xcb under Xvfb, one 1024x768 screen), run by
tests/test_projector_xvfb.py: the console shows the demo, F5 covers the screen with the
projector and its control window on top, a screenshot of the whole screen is saved, Esc brings
the console back. Prints one JSON line with what it saw."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def settle(app, ms: int = 300) -> None:
    """Let the X server and Qt exchange their events for ``ms`` milliseconds."""
    QTest.qWait(ms)
    app.processEvents()


def main() -> int:
    out = Path(sys.argv[1])
    app = QApplication(["smartbimtek-xvfb"])
    from PySide6.QtCore import Qt

    from smartbimtek.demo import create_demo
    from ui.controller import Controller
    from ui.main_window import MainWindow
    from ui.settings import Settings

    started = dt.datetime.now().astimezone() - dt.timedelta(minutes=12)
    demo = create_demo(out / "demo.bimtek", now=started)
    controller = Controller()
    window = MainWindow(controller, Settings(out / "settings.ini"))
    window.files.open_path(demo)
    window.resize(1024, 700)
    window.show()
    settle(app)
    screen = app.primaryScreen()
    result = {"platform": app.platformName(), "screens": len(app.screens()),
              "screen": list(screen.geometry().getRect())}
    window.activateWindow()
    settle(app)
    result["console_active"] = window.isActiveWindow()
    QTest.keyClick(window, Qt.Key.Key_F5)  # the key, as the facilitator presses it
    settle(app, 800)
    projector, control = window.projector, window.projector_control
    result["projector"] = {"visible": projector.isVisible(), "full": projector.isFullScreen(),
                           "geometry": list(projector.geometry().getRect()),
                           "board": projector.board_kind}
    result["control"] = {"visible": control.isVisible(),
                         "geometry": list(control.frameGeometry().getRect())}
    shot = screen.grabWindow(0)
    shot.save(str(out / "f5-1024x768.png"))
    result["shot"] = [shot.width(), shot.height()]
    QTest.keyClick(projector, Qt.Key.Key_Escape)
    settle(app, 500)
    result["after_esc"] = {"projector": projector.isVisible(), "control": control.isVisible(),
                           "console": window.isVisible()}
    screen.grabWindow(0).save(str(out / "esc-1024x768.png"))
    print(json.dumps(result))
    QTimer.singleShot(0, window.close)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
