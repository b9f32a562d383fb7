"""Helpers of the board widget tests: a controller over a fresh temporary workshop or over a
copy of the session's demo, and the fixtures ``ctl`` and ``demo_ctl`` (a test file imports
them: ``from boards_support import ctl`` and names them in its ``__all__``)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from ui_support import opd_id, show

from smartbimtek.services import roster
from ui.controller import Controller

__all__ = ["ctl", "demo_controller", "demo_ctl", "open_controller", "opd_id", "settle_view",
           "show"]


def open_controller(path: Path) -> Controller:
    """A controller with a new workshop holding three OPDs (DISKOMINFO, BAPPEDA, DLH)."""
    controller = Controller()
    controller.open(path, create=True)
    ws = controller.ws
    roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
    roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah")
    roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    return controller


@contextmanager
def demo_controller(tmp_path: Path, demo_file: Path) -> Iterator[Controller]:
    """A controller over a private copy of the session's demo workshop, closed on leaving."""
    path = tmp_path / "demo.bimtek"
    shutil.copyfile(demo_file, path)
    controller = Controller()
    controller.open(path)
    try:
        yield controller
    finally:
        controller.close()


@pytest.fixture
def ctl(tmp_path) -> Iterator[Controller]:
    """A controller over a new workshop with three OPDs (``open_controller``)."""
    controller = open_controller(tmp_path / "boards.bimtek")
    yield controller
    controller.close()


@pytest.fixture
def demo_ctl(tmp_path, demo_file) -> Iterator[Controller]:
    """A controller over a private copy of the demo workshop."""
    with demo_controller(tmp_path, demo_file) as controller:
        yield controller


def settle_view(qtbot, view) -> None:
    """Let queued refreshes (0-ms timers) run, then reload the view at once."""
    for _ in range(3):
        qtbot.wait(1)
        QApplication.processEvents()
    view.reload_now()
    QApplication.processEvents()
