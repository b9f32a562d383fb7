"""Render every console view, the table entry mode and the projector boards of the demo
workshop to PNG files: ``python -m ui.screenshots OUTDIR`` (run it with
``QT_QPA_PLATFORM=offscreen``).

Without ``--size`` the console and table mode are shot at 1366x768 (a common venue laptop)
and the projector at 1920x1080 and 1280x720, under the names the README and the guide use
(``console-swot.png``...). ``--size WxH`` shoots everything at that one size and puts the
size in every name (``console-swot-1024x768.png``, ``projector-matrix-1024x768.png``);
``--font-scale`` sets the projector's text scale. A window that cannot shrink to the size
asked is reported (its picture is then larger). Display scaling is Qt's own:
``QT_SCALE_FACTOR=1.5`` renders as a 150% laptop would.

Each stage's boards come from the demo of that stage while its event runs (keywords from
Bimtek I, coverage and groups from II, road map, TOWS and quick wins from III, review and
commitment from IV; see ``screenshot_stages``), everything else from the Bimtek I demo mid
day two. The default run also shoots the panels the guide shows inside pages
(``EXTRA_SHOTS``); ``planned_files`` lists what a run writes. The settings and the demo files
are made in a temporary folder, so nothing of the user's is touched. ``--lang en`` renders
the English interface.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from .screenshot_stages import (
    EXTRA_SHOTS,
    hide_extra,
    prepare_page,
    show_extra,
    stage_of_board,
    stage_of_page,
)

CONSOLE_SIZE = (1366, 768)
PROJECTOR_SIZES = ((1920, 1080), (1280, 720))
PROJECTOR_BOARDS = (
    ("agenda", None, "agenda"),
    ("swot", "first", "swot"),
    ("overview", "dimension", "overview-dimension"),
    ("overview", "component", "overview-component"),
    ("matrix", None, "matrix"),
    ("quickwins", None, "quickwins"),
    ("keywords", None, "keywords"),
    ("coverage", None, "coverage"),
    ("review", None, "review"),
    ("commitment", None, "commitment"),
    ("join", None, "join"),
)
PROJECTOR_BOARDS += (("roadmap", None, "roadmap"),)
#: A group's (kelompok's) SWOT: ``"group"`` is the stage demo's first shared group.
PROJECTOR_BOARDS += (("swot", "group", "swot-group"),)
#: The group table card (a page of the printed cards), from the stage demo with groups.
GROUP_CARD, GROUP_CARD_STAGE = "table-card-group", "II"
#: Boards also shot at the second default projector size.
SMALL_PROJECTOR_BOARDS = ("agenda", "swot", "matrix")
#: Console pages in sidebar order: (view key, attribute of its tab widget, tab names). The
#: first tab of the SWOT board, programs and matrix keeps the plain name the README uses.
CONSOLE_PAGES = (
    ("workshop", "tabs", ("plan", "event", "opd", "attendance", "changes", "photos",
                          "groups")),
    ("agenda", None, ()),
    ("swot", "tabs", ("board", "overview", "ifas", "tows")),
    ("readiness", None, ()),
    ("vision", None, ()),
    ("programs", "tabs", ("list", "scores", "coverage")),
    ("matrix", "side", ("legend", "votes", "quickwins")),
    ("plan", "tabs", ("analysis", "direction", "institutions", "document")),
    ("review", None, ()),
    ("commitment", None, ()),
)
CONSOLE_PAGES += (("roadmap", None, ()),)
_PLAIN_FIRST_TAB = ("swot", "programs", "matrix")
#: Pages of the default (unsized) set: the names the README and the guide use.
_README_PAGES = ("workshop", "agenda", "swot", "readiness", "programs", "matrix", "plan")
TABLE_TABS = ("swot", "programs", "scores")


def parse_size(text: str) -> tuple[int, int]:
    """``"1024x768"`` -> ``(1024, 768)``; raises ``ValueError`` for anything else."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise ValueError(f"size must look like 1024x768, not {text!r}")
    size = (int(width), int(height))
    if min(size) < 200:
        raise ValueError(f"size {text!r} is too small")
    return size


def _shrink(path: Path) -> None:
    """Re-save a PNG as a 256-colour palette with Pillow's optimiser (a third of the size;
    the flat colours of the console lose nothing visible). Pillow: an export dependency."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    tmp = path.with_name(path.name + ".tmp")
    small.save(tmp, "PNG", optimize=True)
    if tmp.stat().st_size < path.stat().st_size:
        os.replace(tmp, path)
    else:
        tmp.unlink()


def _settle(app, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget, path: Path, app, wanted: tuple[int, int] | None = None) -> Path:
    _settle(app)
    image = widget.grab().toImage()
    tmp = path.with_name(path.name + ".part")
    image.save(str(tmp), "PNG", 9)
    os.replace(tmp, path)
    _shrink(path)
    size = f"{widget.width()}x{widget.height()}"
    note = ""
    if wanted is not None and (widget.width(), widget.height()) != wanted:
        note = f"  (asked {wanted[0]}x{wanted[1]}: the window cannot shrink to it)"
    print(f"{path.name}: {size}, {path.stat().st_size // 1024} KB{note}")
    return path


def page_stems():
    """``(view key, tab name or None, file stem)`` of every console page, in sidebar order
    (no window needed)."""
    for key, _attribute, tabs in CONSOLE_PAGES:
        if not tabs:
            yield key, None, f"console-{key}"
        for index, tab in enumerate(tabs):
            plain = index == 0 and key in _PLAIN_FIRST_TAB
            yield key, tab, f"console-{key}" if plain else f"console-{key}-{tab}"


def _in_default_set(key: str, stem: str) -> bool:
    """Whether the unsized run shoots a console page (the README's names only)."""
    return key in _README_PAGES and not (key in _PLAIN_FIRST_TAB and stem != f"console-{key}")


def planned_files(size: tuple[int, int] | None = None, lang: str = "id") -> list[str]:
    """The names of the files ``render_all`` writes with this ``size`` and ``lang``."""
    lang_part = "" if lang == "id" else f"-{lang}"
    size_part = f"-{size[0]}x{size[1]}" if size else ""
    stems = ["console-start"]
    stems += [stem for key, _tab, stem in page_stems() if size or _in_default_set(key, stem)]
    names = [f"{stem}{size_part}{lang_part}.png" for stem in stems]
    for width, height in [size] if size else PROJECTOR_SIZES:
        names += [f"projector-{board}-{width}x{height}{lang_part}.png"
                  for _kind, _param, board in PROJECTOR_BOARDS
                  if size or (width, height) == PROJECTOR_SIZES[0]
                  or board in SMALL_PROJECTOR_BOARDS]
    stems = ["console-export"] + [f"table-{tab}" for tab in TABLE_TABS]
    stems += [] if size else list(EXTRA_SHOTS)
    stems += [] if size or not shutil.which("pdftoppm") else [GROUP_CARD]
    return names + [f"{stem}{size_part}{lang_part}.png" for stem in stems]


def console_pages(window, keep=None):
    """Show each console page in turn (every tab of every view); yields
    ``(view key, tab name or None, file stem)`` while that page is shown. ``keep(key, tab)``:
    only the pages it accepts (a view none of whose pages it accepts is not shown)."""
    for key, attribute, tabs in CONSOLE_PAGES:
        wanted = [tab for tab in tabs or (None,) if keep is None or keep(key, tab)]
        if not wanted:
            continue
        view = window.show_view(key)
        if not tabs:
            yield key, None, f"console-{key}"
            continue
        widget = getattr(view, attribute)
        for index, tab in enumerate(tabs):
            if tab not in wanted:
                continue
            widget.setCurrentIndex(index)
            plain = index == 0 and key in _PLAIN_FIRST_TAB
            yield key, tab, f"console-{key}" if plain else f"console-{key}-{tab}"
        widget.setCurrentIndex(0)


def _shoot_console(window, outdir: Path, name, size, app, sized: bool,
                   stage: str | None) -> list[Path]:
    """Shoot the console pages taken from the demo of ``stage`` (see screenshot_stages)."""
    written = []
    for key, tab, stem in console_pages(
            window, lambda k, t: stage_of_page(k, t) == stage):
        if not sized and not _in_default_set(key, stem):
            continue  # the default set keeps the README's names; --size shoots every tab
        prepare_page(window, key, tab)
        _settle(app)
        window.layout().activate()  # the least size follows the page shown
        window.resize(*size)  # as a maximised window: back to the size after a wide page
        written.append(_save(window, outdir / name(stem), app, size))
    return written


def _shoot_extras(window, outdir: Path, name, size, app) -> list[Path]:
    """The panels inside pages that the guide shows (``EXTRA_SHOTS``)."""
    written = []
    for stem in EXTRA_SHOTS:
        show_extra(window, stem)
        _settle(app)
        window.layout().activate()
        window.resize(*size)
        written.append(_save(window, outdir / name(stem), app, size))
        hide_extra(window, stem)
    return written


def _shoot_projector(controller, projector, outdir: Path, app, size, lang_part: str,
                     stage: str | None) -> list[Path]:
    """Shoot the projector boards taken from the demo of ``stage`` at every size."""
    from smartbimtek.services import groups, roster

    written = []
    first_opd = roster.list_opds(controller.ws)[0].id
    shared = groups.shared_groups(controller.ws)
    params = {"first": first_opd, "group": f"group:{shared[0].id}" if shared else None}
    for width, height in [size] if size else PROJECTOR_SIZES:
        boards = [b for b in PROJECTOR_BOARDS if stage_of_board(b[2]) == stage and (
            size or (width, height) == PROJECTOR_SIZES[0] or b[2] in SMALL_PROJECTOR_BOARDS)]
        if not boards:
            continue
        projector.resize(width, height)
        projector.show()
        for kind, param, board in boards:
            controller.show_on_projector(kind, params.get(param, param))
            controller.tick.emit()  # timers show the time at once, as four ticks a second do
            file = f"projector-{board}-{width}x{height}{lang_part}.png"
            written.append(_save(projector, outdir / file, app, (width, height)))
    projector.hide()
    return written


def _shoot_group_card(controller, path: Path) -> list[Path]:
    """The first page of the current bimtek's group table cards (PDF, ``server.cards``)
    as a PNG through poppler's ``pdftoppm`` (skipped without it or without groups)."""
    import subprocess

    from smartbimtek.server import cards
    from smartbimtek.services import groups

    tool = shutil.which("pdftoppm")
    if tool is None or not [g for g in groups.list_groups(controller.ws) if g.kind != "opd"]:
        return []
    pdf = path.with_suffix(".pdf")
    cards.write_table_cards(controller.ws, "http://192.168.1.10:8765", pdf, opd_ids=[],
                            groups=True, wifi="BIMTEK-PEMKAB")
    subprocess.run([tool, "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(path.with_suffix(""))], check=True, capture_output=True, timeout=120)
    pdf.unlink()
    _shrink(path)
    return [path]


def render_all(outdir: Path, lang: str = "id", size: tuple[int, int] | None = None,
               font_scale: float | None = None) -> list[Path]:
    """Render every screen into ``outdir``; returns the files written. ``size`` shoots
    everything at that size (with the size in the names); ``font_scale`` sets the projector
    text scale."""
    from PySide6.QtWidgets import QApplication

    from smartbimtek.services import roster

    from . import i18n
    from .controller import Controller
    from .export_dialog import ExportDialog
    from .main_window import MainWindow
    from .screenshot_stages import STAGE_ORDER, StageDemos, started
    from .settings import Settings

    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["screenshots"])
    i18n.install(app, lang)
    work = Path(tempfile.mkdtemp(prefix="smartbimtek-shots-"))
    settings = Settings(work / "settings.ini")
    settings.set_pin("1234")
    if font_scale is not None:
        settings.set_font_scale(font_scale)
    # A fixed, realistic moment per demo: 12 min into its running step (screenshot_stages).
    moment = [started(None)]
    controller = Controller(clock=lambda: moment[0])
    window = MainWindow(controller, settings, projector=True)
    demos = StageDemos(work, window, moment)
    console_size = size or CONSOLE_SIZE
    lang_part = "" if lang == "id" else f"-{lang}"
    size_part = f"-{size[0]}x{size[1]}" if size else ""

    def name(stem: str) -> str:
        return f"{stem}{size_part}{lang_part}.png"

    window.resize(*console_size)
    window.show()
    _settle(app)
    window.resize(*console_size)  # again: the first layout may have asked for more
    written = [_save(window, outdir / name("console-start"), app, console_size)]
    for stage in STAGE_ORDER:
        demos.open(stage)
        written += _shoot_console(window, outdir, name, console_size, app, size is not None,
                                  stage)
        written += _shoot_projector(controller, window.projector, outdir, app, size,
                                    lang_part, stage)
        if stage == GROUP_CARD_STAGE and size is None:
            written += _shoot_group_card(controller, outdir / name(GROUP_CARD))

    demos.open(None)
    written += [] if size else _shoot_extras(window, outdir, name, console_size, app)
    dialog = ExportDialog(controller, settings, window)
    dialog.folder.setText(str(work / "ekspor"))
    dialog.show()
    written.append(_save(dialog, outdir / name("console-export"), app))
    dialog.close()

    table = window.files.start_table_mode(roster.list_opds(controller.ws)[0].id)
    table.showNormal()
    table.resize(*console_size)
    for index, tab in enumerate(TABLE_TABS):
        table.tabs.setCurrentIndex(index)
        written.append(_save(table, outdir / name(f"table-{tab}"), app, console_size))
    table.force_close()
    window.close()
    controller.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--size", type=parse_size, default=None,
                        help="shoot everything at WxH, e.g. 1024x768")
    parser.add_argument("--font-scale", type=float, default=None,
                        help="projector text scale (0.6 to 2.5)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    render_all(args.outdir, args.lang, args.size, args.font_scale)
    return 0


if __name__ == "__main__":
    sys.exit(main())
