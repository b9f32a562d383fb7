"""Start of the desktop app (``python main.py`` or the ``smartbimtek-app`` command).

Logging goes to a rotating file in the user log folder; uncaught exceptions are logged and
shown in an error dialog. The last workshop is opened; on the very first run (no workshop
known at all), or when the last file cannot be opened, the start screen offers a new
workshop, opening a file or trying the demo (which is marked as such and starts no timer by
itself).

Options: ``[WORKSHOP]`` a file to open; ``--lang id|en``; ``--start-screen`` (do not open
anything); ``--quit-after MS`` quits after that many milliseconds (tests, benchmarks);
``--no-projector`` leaves the projector window out; ``--measure-start`` prints the wall-clock
time of the main window's first paint (JSON) and quits (``bench/ui.py``); ``--smoke-test``
quits after the first paint with exit code 0 when a workshop is open, 3 when none could be
opened (the bundle's smoke test, ``tests/test_bundle.py``; it prints nothing, as a windowed
program on Windows has no console).
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import traceback
from pathlib import Path

import platformdirs

APP_NAME = "SmartBimtek"
log = logging.getLogger("ui.app")


def log_dir() -> Path:
    """The user log folder of SmartBimtek (created when missing)."""
    folder = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


#: Name of the plain file handler that writes the log until ``rotate_log`` replaces it.
_START_LOG = "smartbimtek-start"


def setup_logging() -> Path:
    """Log to ``smartbimtek.log`` in the user log folder: appended to by a plain file handler
    at first, then rotating (1 MB x 5) once ``rotate_log`` has run (the app runs it just
    after the first paint: the rotating handler's module costs ~6 ms of the start)."""
    path = log_dir() / "smartbimtek.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.set_name(_START_LOG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return path


def rotate_log() -> None:
    """Put the rotating handler (1 MB x 5) in place of the plain one ``setup_logging`` gave
    the log file (no record is lost: the new handler is in before the old one goes)."""
    root = logging.getLogger()
    start = next((h for h in root.handlers if h.get_name() == _START_LOG), None)
    if not isinstance(start, logging.FileHandler):
        return
    from logging.handlers import RotatingFileHandler

    rotating = RotatingFileHandler(start.baseFilename, maxBytes=1_000_000, backupCount=5,
                                   encoding="utf-8")
    rotating.setFormatter(start.formatter)
    root.addHandler(rotating)
    root.removeHandler(start)
    start.close()


def _excepthook(exc_type, exc, tb) -> None:
    """Log an uncaught exception and show it in a (non-blocking) error dialog."""
    log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    from PySide6.QtCore import QCoreApplication

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, QCoreApplication.translate(
        "App", "Something went wrong. Everything the status bar showed as saved is kept; the "
        "details are in the log file."))
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.open()
    _open_boxes.append(box)


_open_boxes: list = []


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line of the app."""
    parser = argparse.ArgumentParser(prog="smartbimtek-app", description=__doc__.split("\n")[0])
    parser.add_argument("workshop", nargs="?", help="workshop file to open")
    parser.add_argument("--lang", choices=("id", "en"), help="language of the interface")
    parser.add_argument("--start-screen", action="store_true", help="open no workshop")
    parser.add_argument("--quit-after", type=int, default=0, metavar="MS",
                        help="quit after MS milliseconds (tests)")
    parser.add_argument("--no-projector", action="store_true", help="no projector window")
    parser.add_argument("--measure-start", action="store_true",
                        help="print the time of the first paint of the main window and quit")
    parser.add_argument("--smoke-test", action="store_true",
                        help="quit after the first paint: exit code 0 when a workshop is open")
    return parser.parse_args(argv)


def first_workshop(settings, args) -> Path | None:
    """Which workshop to open at start: the argument or the last one (None: the start
    screen, where the very first run chooses between new, open and the demo)."""
    if args.start_screen:
        return None
    if args.workshop:
        return Path(args.workshop)
    last = settings.get("last_workshop")
    if last and Path(last).exists():
        return Path(last)
    return None


def after_first_paint(window, callback, fallback_ms: int = 3000) -> None:
    """Run ``callback`` once, in the event loop just after ``window`` has first painted (or
    after ``fallback_ms`` when it never paints, e.g. started minimised): start-up work that
    can wait goes here, so that it does not delay the first window."""
    import shiboken6
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatcher(QObject):
        done = False

        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, run)
            return False

    ran: list[bool] = []

    def run() -> None:
        if not ran:
            ran.append(True)
            if shiboken6.isValid(watcher):  # no Python filter left on every later event
                window.removeEventFilter(watcher)
            callback()

    watcher = PaintWatcher(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, run)


def _after_start(window, settings, *, projector: bool) -> None:
    """What the first window left for after its first paint (one watcher for it all, as
    each Python event filter sees every event of the window until then): the shared groups
    in the run bar's chooser, the projector window, the held settings, the rotating log."""
    window.run_bar.release_groups()
    if projector:
        _attach_projector(window)
    settings.release_writes()
    rotate_log()


def _attach_projector(window) -> None:
    """Give ``window`` its projector window; with a workshop open, show it full screen on a
    projector screen when one is connected (``ProjectorWindow.auto_show``)."""
    if not window.isVisible():  # closed meanwhile (quit, smoke test)
        return
    window.attach_projector()
    if window.projector is not None and window.controller.ws is not None:
        window.projector.auto_show()


def _report_first_paint(window, report: bool = True, painted: list | None = None) -> None:
    """Once the window has painted, print ``{"painted_at": <time.time()>}`` (when ``report``
    and there is a console), append whether a workshop is open to ``painted``, then close it."""
    import json
    import time

    def finish() -> None:
        if report and sys.stdout is not None:
            print(json.dumps({"painted_at": time.time()}), flush=True)
        if painted is not None:
            painted.append(window.controller.ws is not None)
        window.close()

    after_first_paint(window, finish, fallback_ms=60_000)


def _import_core() -> None:
    """Import the Qt-free modules the first window needs before PySide6: PySide6's import
    hook reads the source of every module imported after it (looking for
    ``from __feature__``), and the core has no use for that (a few ms of the start)."""
    import smartbimtek.paths  # noqa: F401
    import smartbimtek.rules.stages  # noqa: F401
    import smartbimtek.services.agenda  # noqa: F401
    import smartbimtek.services.plan  # noqa: F401
    import smartbimtek.services.roster  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging()
    sys.excepthook = _excepthook
    log.info("starting SmartBimtek (log: %s)", log_path)
    # No automatic cycle collection while the first window is built: its imports and widgets
    # make hundreds of thousands of objects and no garbage to speak of, and the collector's
    # passes over them cost ~10 ms of the start. MainThreadGc collects from then on.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    _import_core()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .controller import Controller
    from .main_window import MainWindow
    from .settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    from .main_thread_gc import MainThreadGc

    collector = MainThreadGc(app)  # other threads never finalise Qt objects
    settings = Settings()
    # the settings changed while the first window is built are written once, after its paint
    settings.hold_writes()
    lang = i18n.install(app, args.lang or str(settings.get("language")))
    log.info("language %s", lang)
    controller = Controller()
    # the projector window is built just after the console's first paint (a faster start)
    window = MainWindow(controller, settings, projector=not args.no_projector,
                        defer_projector=True)
    from .window_fit import fit_to_screen

    fit_to_screen(window, settings)  # a small screen (1024x768): maximised, nothing off it
    window.show()
    # the run bar's hidden SWOT chooser lists the shared groups just after the first paint
    window.run_bar.hold_groups()
    path = first_workshop(settings, args)
    if path is not None:
        log.info("opening %s", path)
        window.files.open_path(path)
    else:
        log.info("no workshop to open: start screen")
    after_first_paint(window, lambda: _after_start(window, settings,
                                                   projector=not args.no_projector))
    if args.quit_after > 0:
        QTimer.singleShot(args.quit_after, window.close)
    painted: list[bool] = []
    if args.measure_start or args.smoke_test:
        _report_first_paint(window, report=args.measure_start, painted=painted)
    code = app.exec()
    settings.release_writes()
    if args.smoke_test and code == 0 and painted != [True]:
        code = 3  # no first paint, or no workshop open at the first paint
    controller.close()
    collector.stop()
    if gc_was_enabled:
        gc.enable()
    rotate_log()  # when the window never painted
    log.info("SmartBimtek closed (exit code %s)", code)
    return code
