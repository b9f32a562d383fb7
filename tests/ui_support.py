"""Helpers of the shell UI tests: a settable clock, a controller over a fresh temporary
workshop (three OPDs, a Bimtek I event with its two-day agenda), isolated settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from clock_support import TZ, Clock

from smartbimtek.services import plan, roster
from ui.controller import Controller
from ui.settings import Settings


class FakeClock(Clock):
    """A clock the test moves by hand (timezone-aware, like the real one), at 10:00 WIB on
    15 June 2026 unless given another moment."""

    def __init__(self, moment: dt.datetime | None = None) -> None:
        super().__init__(moment or dt.datetime(2026, 6, 15, 10, 0, tzinfo=TZ))


def make_controller(tmp_path: Path, *, clock: FakeClock | None = None, opds: bool = True,
                    event: bool = True) -> Controller:
    """A controller with a new workshop (DISKOMINFO, BAPPEDA, DLH and a Bimtek I event)."""
    controller = Controller(clock=clock)
    ws = controller.open(tmp_path / "test.bimtek", create=True)
    if opds:
        roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1)
        roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah", 2)
        roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup", 3)
    if event:
        plan.add_event(ws, "I", venue="Pendopo", start_date="2026-06-15")
    controller.undo_stack.clear()
    return controller


def make_settings(tmp_path: Path, pin: str | None = "2468") -> Settings:
    """Settings in a private INI file (never the user's)."""
    settings = Settings(tmp_path / "settings.ini")
    if pin:
        settings.set_pin(pin)
    return settings


def opd_id(controller: Controller, code: str) -> str:
    """Id of an OPD by code."""
    return roster.find_opd(controller.ws, code).id


def show(qtbot, widget, width: int = 1366, height: int = 768):
    """Register, size and show a widget."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    return widget


def settle(qtbot, ms: int = 5) -> None:
    """Let queued refreshes (0-ms timers) run."""
    qtbot.wait(ms)
