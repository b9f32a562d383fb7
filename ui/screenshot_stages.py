"""Which demo each screenshot is taken from (``ui/screenshots.py``): the boards of a stage's
exercises come from the demo of that stage (``create_demo(stage=..., running=True)``) at a
moment when that bimtek is under way, so that its agenda, the run bar and the sidebar's
stage lead match the board, and the board shows that stage's results (coverage and groups
in Bimtek II, the road map, TOWS and quick wins per dimension in III, the review and the
signed commitment in IV). Everything else comes from the Bimtek I demo, mid day two.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

#: The stage of each console page ``(view key, tab name or None)`` shot from a stage demo.
CONSOLE_STAGE = {
    ("vision", None): "I",
    ("programs", "coverage"): "II",
    ("workshop", "groups"): "II",
    ("swot", "tows"): "III",
    ("roadmap", None): "III",
    ("matrix", "quickwins"): "III",
    ("review", None): "IV",
    ("commitment", None): "IV",
}
#: The stage of each projector board (file name part) shot from a stage demo.
PROJECTOR_STAGE = {
    "keywords": "I",
    "coverage": "II",
    "swot-group": "II",
    "roadmap": "III",
    "quickwins": "III",
    "review": "IV",
    "commitment": "IV",
}
#: Order of the demos: ``None`` is the Bimtek I demo mid day two (the program group work).
STAGE_ORDER = (None, "I", "II", "III", "IV")
#: When the running step of each stage demo started (its planned start): I the vision
#: keywords, II the 10-year programs, III the road map, IV the signing of the commitment.
_STARTS = {None: dt.time(10, 0), "I": dt.time(8, 45), "II": dt.time(14, 45),
           "III": dt.time(10, 0), "IV": dt.time(13, 30)}
#: How long the running step has run when the pictures are taken.
INTO_STEP = dt.timedelta(minutes=12, seconds=25)


def stage_of_page(key: str, tab: str | None) -> str | None:
    """The stage demo a console page is shot from (``None``: the Bimtek I demo)."""
    return CONSOLE_STAGE.get((key, tab))


def stage_of_board(board: str) -> str | None:
    """The stage demo a projector board is shot from (``None``: the Bimtek I demo)."""
    return PROJECTOR_STAGE.get(board)


def started(stage: str | None, day: dt.date | None = None) -> dt.datetime:
    """The moment the running step of ``stage``'s demo started (today by default)."""
    return dt.datetime.combine(day or dt.date.today(), _STARTS[stage]).astimezone()


class StageDemos:
    """Writes each stage's demo once into ``folder`` and opens it in the window, with the
    controller's clock ``INTO_STEP`` after the running step started. ``moment`` is the
    list the controller's clock reads its time from."""

    def __init__(self, folder: Path, window, moment: list) -> None:
        self.folder = folder
        self.window = window
        self.moment = moment
        self.opened: str | None | bool = False

    def path(self, stage: str | None) -> Path:
        """The demo file of ``stage`` (written on first use)."""
        from smartbimtek.demo import create_demo

        path = self.folder / f"demo-sukamaju-{stage or 'I-day-2'}.bimtek"
        if not path.exists():
            create_demo(path, now=started(stage), stage=stage, running=stage is not None)
        return path

    def open(self, stage: str | None) -> None:
        """Open the demo of ``stage`` in the window (nothing if it is already open)."""
        if self.opened is not False and self.opened == stage:
            return
        self.moment[0] = started(stage) + INTO_STEP
        self.window.files.open_path(self.path(stage))
        # the projector (and the run bar's board box) shows the stage's board, as the
        # facilitator left it; the banner's "sent to the hidden projector" is not shot
        board = next((b for b, s in PROJECTOR_STAGE.items() if s == stage), "agenda")
        self.window.controller.show_on_projector(board, None)
        self.window.banner.hide()
        self.opened = stage


def prepare_page(window, key: str, tab: str | None) -> None:
    """Put a console page in the state a facilitator would show it in: the groups tab with
    its first group selected, the TOWS tab at region level (the strategies per dimension),
    the review with the vision chapter and its answered comment selected."""
    view = window.view(key)
    if (key, tab) == ("workshop", "groups"):
        panel = view.groups_panel
        if panel.groups:
            panel.select_group(panel.groups[0].id)
    elif (key, tab) == ("swot", "tows"):
        view.tows.region.setChecked(True)
    elif key == "review":
        view.select_subject("chapter", "visi")


#: Pictures of the default (unsized) set that show one panel inside a page, shot from the
#: Bimtek I demo: the consolidated SWOT of the plan's analysis, the program editor's Plan
#: tab, a chosen quick win's profile.
EXTRA_SHOTS = ("console-plan-analysis-swot", "console-program-plan", "console-quickwin-profile")


def show_extra(window, stem: str) -> None:
    """Show the panel of one of ``EXTRA_SHOTS``."""
    if stem == "console-plan-analysis-swot":
        view = window.show_view("plan")
        view.tabs.setCurrentWidget(view.analysis)
        view.analysis.setCurrentWidget(view.analysis.swot_page)
    elif stem == "console-program-plan":
        view = window.show_view("programs")
        view.tabs.setCurrentIndex(0)
        view.table.selectRow(0)
        view.editor.tabs.setCurrentIndex(1)
    elif stem == "console-quickwin-profile":
        from smartbimtek.services import programs

        view = window.show_view("matrix")
        view.side.setCurrentWidget(view.quick_wins)
        chosen = [p.id for p in programs.list_programs(window.controller.ws) if p.quick_win]
        view.quick_wins.open_profile(chosen[0])
    else:
        raise ValueError(f"no such extra picture: {stem}")


def hide_extra(window, stem: str) -> None:
    """Put the page of one of ``EXTRA_SHOTS`` back as it was."""
    if stem == "console-plan-analysis-swot":
        window.view("plan").analysis.setCurrentIndex(0)
        window.view("plan").tabs.setCurrentIndex(0)
    elif stem == "console-program-plan":
        window.view("programs").editor.tabs.setCurrentIndex(0)
    elif stem == "console-quickwin-profile":
        window.view("matrix").quick_wins.show_list()
        window.view("matrix").side.setCurrentIndex(0)
