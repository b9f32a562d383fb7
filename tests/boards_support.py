"""Helpers of the board widget tests: a controller over a fresh temporary workshop."""

from __future__ import annotations

from pathlib import Path

from smartbimtek.services import roster
from ui.controller import Controller


def open_controller(path: Path) -> Controller:
    """A controller with a new workshop holding three OPDs (DISKOMINFO, BAPPEDA, DLH)."""
    controller = Controller()
    controller.open(path, create=True)
    ws = controller.ws
    roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
    roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah")
    roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    return controller


def opd_id(controller: Controller, code: str) -> str:
    """Id of an OPD by code."""
    return roster.find_opd(controller.ws, code).id


def show(qtbot, widget, width: int = 1366, height: int = 768):
    """Register, size and show a widget (views load when shown)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    return widget
