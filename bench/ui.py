"""Desktop app benchmarks (``python bench/ui.py``, offscreen Qt):

1. start-up to the first painted main window with the demo workshop, next to a bare PySide6
   window measured in the same run (each start a fresh process; median of several runs;
   target: within 2x of the bare window, issue 12);
2. a service call adding a SWOT item until the projector board has painted it (the real
   change bus, controller signal, board refresh and paint; target < 50 ms), and the same
   for a keyword sent to the word cloud board (``keyword``, issue 10);
3. switching boards in the large synthetic workshop (projector boards and console views,
   until painted; target < 100 ms), with the console and the projector at each of
   ``SIZES`` (1024x768, 1280x800, 1920x1080): one figure per board or view and size.

Prints a readable table, then one JSON object per figure.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _report import emit, exit_code  # noqa: E402  (bench/, the script's own folder)

START_RUNS = 5
ADD_RUNS = 25
SWITCH_RUNS = 5
#: Window sizes of the console and the projector for the switching figures (issue 12).
SIZES = [(1024, 768), (1280, 800), (1920, 1080)]
STARTUP_TARGET_RATIO = 2.0

BARE = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("SmartBimtek"))
window.resize(1366, 768)
class Watch(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print(json.dumps({"painted_at": time.time()}),
                                                flush=True), app.quit()))
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def _start_once(command: list[str], env: dict) -> float:
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                          cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    line = [x for x in done.stdout.splitlines() if x.startswith("{")][-1]
    return (json.loads(line)["painted_at"] - started) * 1000


def bench_startup(work: Path) -> list[dict]:
    """Median start-up (ms) of the app with the demo vs a bare PySide6 window."""
    from smartbimtek.demo import create_demo

    demo = create_demo(work / "demo.bimtek")
    env = dict(os.environ, XDG_CONFIG_HOME=str(work / "config"),
               XDG_DATA_HOME=str(work / "data"), XDG_STATE_HOME=str(work / "state"),
               XDG_CACHE_HOME=str(work / "cache"), PYTHONPYCACHEPREFIX=str(work / "pycache"))
    # An installed app has compiled bytecode; let the warm-up run write it (outside the tree).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_cmd = [sys.executable, str(ROOT / "main.py"), str(demo), "--measure-start"]
    bare_cmd = [sys.executable, "-c", BARE]
    _start_once(app_cmd, env)  # warm the file cache once for both
    _start_once(bare_cmd, env)
    app_runs, bare_runs = [], []
    for _ in range(START_RUNS):  # interleaved, so both see the same machine load
        bare_runs.append(_start_once(bare_cmd, env))
        app_runs.append(_start_once(app_cmd, env))
    app_ms, bare_ms = statistics.median(app_runs), statistics.median(bare_runs)
    return [
        {"metric": "ui.startup_bare_window", "value": round(bare_ms, 1), "unit": "ms",
         "runs": START_RUNS},
        {"metric": "ui.startup_demo_main_window", "value": round(app_ms, 1), "unit": "ms",
         "target": round(STARTUP_TARGET_RATIO * bare_ms, 1), "baseline": round(bare_ms, 1), "runs": START_RUNS,
         "ratio": round(app_ms / bare_ms, 2)},
    ]


class PaintCounter:
    """Counts the paint events a widget receives."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self.filter = Filter()
        widget.installEventFilter(self.filter)


def _wait_painted(app, counter: PaintCounter, condition, timeout_s: float = 5.0) -> None:
    """Process events until ``condition()`` holds and a paint has happened after it."""
    deadline = time.perf_counter() + timeout_s
    seen_at = None
    while time.perf_counter() < deadline:
        app.processEvents()
        if seen_at is None and condition():
            seen_at = counter.count
        if seen_at is not None and counter.count > seen_at:
            return
    raise TimeoutError("the board never painted the change")


def _refresh_and_paint(app, window) -> None:
    """Run the queued refreshes (0-ms timers), then paint the whole window at once."""
    for _ in range(3):
        app.processEvents()
    window.repaint()


def bench_add_to_projector(work: Path) -> list[dict]:
    """Service call adding a SWOT item -> projector board painted with it (ms)."""
    from PySide6.QtWidgets import QApplication

    from smartbimtek.demo import create_demo
    from smartbimtek.services import roster, swot
    from ui.controller import Controller
    from ui.projector import ProjectorWindow
    from ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    path = create_demo(work / "live.bimtek")
    controller = Controller()
    controller.open(path)
    projector = ProjectorWindow(controller, Settings(work / "live.ini"))
    projector.resize(1920, 1080)
    projector.show()
    opd = roster.list_opds(controller.ws)[3]
    controller.show_on_projector("swot", opd.id)
    for _ in range(5):
        app.processEvents()
    board = projector.board
    counter = PaintCounter(board)
    times = []
    for number in range(ADD_RUNS):
        text = f"Butir uji langsung nomor {number}"
        started = time.perf_counter()
        swot.add_item(controller.ws, opd.id, "O", text, source="table")
        _wait_painted(app, counter, lambda text=text: text in board.items["O"])
        times.append((time.perf_counter() - started) * 1000)
    controller.close()
    projector.deleteLater()
    median = statistics.median(times)
    return [{"metric": "ui.service_add_to_projector_painted", "value": round(median, 2),
             "unit": "ms", "target": 50.0, "max": round(max(times), 2), "runs": ADD_RUNS}]


def bench_keyword_to_projector(work: Path) -> list[dict]:
    """Service call adding a keyword -> word cloud board painted with its new count (ms)."""
    from PySide6.QtWidgets import QApplication

    from smartbimtek.demo import create_demo
    from smartbimtek.services import keywords
    from ui.controller import Controller
    from ui.projector import ProjectorWindow
    from ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    path = create_demo(work / "keywords.bimtek", stage="I")
    controller = Controller()
    controller.open(path)
    projector = ProjectorWindow(controller, Settings(work / "keywords.ini"))
    projector.resize(1920, 1080)
    projector.show()
    controller.show_on_projector("keywords", None)
    for _ in range(5):
        app.processEvents()
    board = projector.board
    counter = PaintCounter(board)
    top = keywords.cloud(controller.ws)[0]
    times = []
    for number in range(ADD_RUNS):
        count = top.count + number + 1
        started = time.perf_counter()
        keywords.add_keyword(controller.ws, top.label)
        _wait_painted(app, counter, lambda count=count: any(
            w[0] == top.label and w[1] == count for w in board.words))
        times.append((time.perf_counter() - started) * 1000)
    controller.close()
    projector.deleteLater()
    median = statistics.median(times)
    return [{"metric": "ui.keyword_add_to_projector_painted", "value": round(median, 2),
             "unit": "ms", "target": 50.0, "max": round(max(times), 2), "runs": ADD_RUNS}]


def bench_switch_large(work: Path) -> list[dict]:
    """Switching projector boards and console views in the large synthetic workshop."""
    from PySide6.QtWidgets import QApplication

    from smartbimtek.services import roster
    from smartbimtek.store import backups
    from smartbimtek.synthetic import create_large
    from ui.controller import Controller
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    path = create_large(work / "large.bimtek")
    made_s = time.perf_counter() - started
    controller = Controller()
    settings = Settings(work / "large.ini")
    window = MainWindow(controller, settings)
    window.resize(1366, 768)
    window.show()
    window.files.open_path(path)
    projector = window.projector
    projector.resize(1920, 1080)
    projector.show()
    # Let the backup taken after opening run first (its own figure below), so that it does
    # not land inside whichever board switch happens to be measured 300 ms after opening.
    deadline = time.perf_counter() + 10
    while not backups.list_backups(path) and time.perf_counter() < deadline:
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    started = time.perf_counter()
    backups.take_backup(controller.ws, "manual")
    backup_ms = (time.perf_counter() - started) * 1000
    opds = roster.list_opds(controller.ws)
    boards = [("swot", lambda i: opds[i % len(opds)].id), ("overview", lambda i: "dimension"),
              ("overview", lambda i: "component"), ("matrix", lambda i: None),
              ("quickwins", lambda i: None), ("agenda", lambda i: None),
              ("roadmap", lambda i: None)]
    from ui.projector_boards import KINDS
    if "keywords" in KINDS:  # the word cloud board (issue 10)
        boards.append(("keywords", lambda i: None))
    # (size, name) -> times; the first show of a board or view builds it (cold: the first
    # size only), later switches reuse it (warm): the projector keeps its last boards, the
    # console its views.
    results: dict[tuple[str, str], list[float]] = {}
    for width, height in SIZES:
        size = f"{width}x{height}"
        window.resize(width, height)
        projector.resize(width, height)
        for _ in range(5):
            app.processEvents()
        for run in range(SWITCH_RUNS):
            for kind, param in boards:
                name = f"projector {kind}" + (f" {param(run)}" if kind == "overview" else "")
                started = time.perf_counter()
                controller.show_on_projector(kind, param(run))
                _refresh_and_paint(app, projector)
                results.setdefault((size, name), []).append(
                    (time.perf_counter() - started) * 1000)
            for key in window.views:
                started = time.perf_counter()
                window.show_view(key)
                _refresh_and_paint(app, window)
                results.setdefault((size, f"console {key}"), []).append(
                    (time.perf_counter() - started) * 1000)
                window.show_view("agenda" if key != "agenda" else "workshop")
                _refresh_and_paint(app, window)
    window.close()
    figures = []
    for (size, name), times in results.items():
        figures.append({"metric": f"ui.switch_large.{size}.{name.replace(' ', '_')}",
                        "value": round(statistics.median(times[1:]), 1), "unit": "ms",
                        "target": 100.0, "first_show": round(times[0], 1),
                        "max": round(max(times), 1), "runs": len(times)})
    first_size = f"{SIZES[0][0]}x{SIZES[0][1]}"
    for (size, name), times in results.items():
        if size == first_size and name.startswith("projector"):
            figures.append({"metric": f"ui.first_show_large.{name.replace(' ', '_')}",
                            "value": round(times[0], 1), "unit": "ms", "target": 100.0,
                            "size": size})
    figures.append({"metric": "ui.backup_large_on_gui_thread", "value": round(backup_ms, 1),
                    "unit": "ms", "target": 100.0,
                    "note": "rolling backup of the large workshop (on open, then every 5 min)"})
    for width, height in SIZES:
        size = f"{width}x{height}"
        worst = max((f for f in figures if f["metric"].startswith(f"ui.switch_large.{size}.")),
                    key=lambda f: f["value"])
        figures.append({"metric": f"ui.switch_large.{size}.worst_median",
                        "value": worst["value"], "unit": "ms", "target": 100.0,
                        "which": worst["metric"], "large_workshop_made_s": round(made_s, 1)})
    return figures


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks (all, or those named: startup, add, keyword, switch); print the
    table and the JSON lines; non-zero if a target is missed."""
    names = (sys.argv[1:] if argv is None else argv) or ["startup", "add", "keyword",
                                                          "switch"]
    work = Path(tempfile.mkdtemp(prefix="smartbimtek-bench-ui-"))
    figures: list[dict] = []
    try:
        if "startup" in names:
            figures += bench_startup(work)
        if "add" in names:
            figures += bench_add_to_projector(work)
        if "keyword" in names:
            figures += bench_keyword_to_projector(work)
        if "switch" in names:
            figures += bench_switch_large(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    notes = {}
    for figure in figures:
        note = ""
        if "baseline" in figure:
            note = f"bare window {figure['baseline']} ms, ratio {figure['ratio']}"
        elif "max" in figure:
            note = f"max {figure['max']} over {figure['runs']} runs"
            if "first_show" in figure:
                note = f"first show {figure['first_show']}, {note}"
        elif "which" in figure:
            note = figure["which"]
        elif "note" in figure:
            note = figure["note"]
        notes[figure["metric"]] = note
    return exit_code(emit(figures, notes=notes))


if __name__ == "__main__":
    sys.exit(main())
