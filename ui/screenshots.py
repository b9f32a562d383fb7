"""Render every console view, the table entry mode and the projector boards of the demo
workshop to PNG files: ``python -m ui.screenshots OUTDIR`` (run it with
``QT_QPA_PLATFORM=offscreen``). Console at 1366x768 (a common venue laptop), projector at
1920x1080 and 1280x720.

The settings and the demo file are made in a temporary folder, so nothing of the user's is
touched. ``--lang en`` renders the English interface.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

CONSOLE_SIZE = (1366, 768)
MAX_BYTES = 290 * 1024  # committed screenshots stay below 300 KB
PROJECTOR_SIZES = ((1920, 1080), (1280, 720))
PROJECTOR_BOARDS = (
    ("agenda", None, "agenda"),
    ("swot", "first", "swot"),
    ("overview", "dimension", "overview-dimension"),
    ("overview", "component", "overview-component"),
    ("matrix", None, "matrix"),
    ("quickwins", None, "quickwins"),
    ("join", None, "join"),
)


def _shrink(path: Path) -> None:
    """Re-save a large PNG with a 256-colour palette (Pillow: an export dependency)."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    tmp = path.with_name(path.name + ".tmp")
    small.save(tmp, "PNG", optimize=True)
    os.replace(tmp, path)


def _settle(app, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget, path: Path, app) -> Path:
    _settle(app)
    image = widget.grab().toImage()
    image.save(str(path), "PNG", 9)
    if path.stat().st_size > MAX_BYTES:
        _shrink(path)
    print(f"{path.name}: {image.width()}x{image.height()}, {path.stat().st_size // 1024} KB")
    return path


def render_all(outdir: Path, lang: str = "id") -> list[Path]:
    """Render every screen into ``outdir``; returns the files written."""
    from PySide6.QtWidgets import QApplication

    from smartbimtek.demo import create_demo
    from smartbimtek.services import roster

    from . import i18n
    from .controller import Controller
    from .main_window import MainWindow
    from .settings import Settings

    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["screenshots"])
    i18n.install(app, lang)
    work = Path(tempfile.mkdtemp(prefix="smartbimtek-shots-"))
    # A fixed, realistic moment: day two, 10:00, the program group work started 12 min ago.
    started = dt.datetime.combine(dt.date.today(), dt.time(10, 0)).astimezone()
    demo = create_demo(work / "demo-sukamaju.bimtek", now=started)
    settings = Settings(work / "settings.ini")
    settings.set_pin("1234")
    controller = Controller(clock=lambda: started + dt.timedelta(minutes=12, seconds=25))
    window = MainWindow(controller, settings, projector=True)
    window.resize(*CONSOLE_SIZE)
    window.show()
    suffix = "" if lang == "id" else f"-{lang}"
    written = [_save(window, outdir / f"console-start{suffix}.png", app)]
    window.files.open_path(demo)
    window.banner.hide()
    pages = [("workshop", None), ("agenda", None), ("swot", None), ("readiness", None),
             ("programs", None), ("matrix", None)]
    for key, _ in pages:
        view = window.show_view(key)
        if key == "workshop":
            for index, name in enumerate(("plan", "event", "opd", "attendance")):
                view.tabs.setCurrentIndex(index)
                written.append(_save(window, outdir / f"console-workshop-{name}{suffix}.png",
                                     app))
            continue
        written.append(_save(window, outdir / f"console-{key}{suffix}.png", app))

    from .export_dialog import ExportDialog

    dialog = ExportDialog(controller, settings, window)
    dialog.folder.setText(str(work / "ekspor"))
    dialog.show()
    written.append(_save(dialog, outdir / f"console-export{suffix}.png", app))
    dialog.close()

    projector = window.projector
    first_opd = roster.list_opds(controller.ws)[0].id
    for width, height in PROJECTOR_SIZES:
        projector.resize(width, height)
        projector.show()
        for kind, param, name in PROJECTOR_BOARDS:
            if (width, height) != PROJECTOR_SIZES[0] and name not in ("agenda", "swot",
                                                                      "matrix"):
                continue
            controller.show_on_projector(kind, first_opd if param == "first" else param)
            written.append(_save(projector, outdir /
                                 f"projector-{name}-{width}x{height}{suffix}.png", app))
    projector.hide()

    table = window.files.start_table_mode(first_opd)
    table.showNormal()
    table.resize(*CONSOLE_SIZE)
    for index, name in enumerate(("swot", "programs", "scores")):
        table.tabs.setCurrentIndex(index)
        written.append(_save(table, outdir / f"table-{name}{suffix}.png", app))
    table.force_close()
    window.close()
    controller.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    render_all(args.outdir, args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
