"""Shared fixtures: fresh temporary workshops, the demo workshop, offscreen Qt."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from smartbimtek.demo import create_demo  # noqa: E402
from smartbimtek.store import open_workshop  # noqa: E402


@pytest.fixture
def ws(tmp_path: Path):
    """A new, empty workshop file (closed after the test)."""
    workshop = open_workshop(tmp_path / "test.bimtek", create=True)
    yield workshop
    workshop.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """A demo workshop made once per test session; copy it before changing it."""
    return create_demo(tmp_path_factory.mktemp("demo") / "demo.bimtek")


@pytest.fixture
def demo_ws(demo_file: Path, tmp_path: Path):
    """A private, writable copy of the demo workshop."""
    import shutil

    target = tmp_path / "demo.bimtek"
    shutil.copyfile(demo_file, target)
    workshop = open_workshop(target)
    yield workshop
    workshop.close()


@pytest.fixture(autouse=True)
def _no_ui_catalogue_left_behind():
    """A test that installs a UI language removes it afterwards, so test order never matters
    (widget tests otherwise run on the untranslated source strings)."""
    yield
    import sys

    i18n = sys.modules.get("ui.i18n")
    if i18n is not None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            i18n.uninstall(app)


@pytest.fixture(scope="session", autouse=True)
def _no_automatic_garbage_collection():
    """Python's cycle collector runs between tests, on the main thread, never by itself.

    This is the app's rule too (``ui.main_thread_gc``): the server, writer and export threads
    run Python code while widgets exist, and an automatic collection in one of them may
    finalise Qt objects of the GUI thread (left in reference cycles by closed windows), which
    crashes Qt later. Seen here: a segfault in pytest-qt's event processing right after a
    local-network test, 1 run in 3 on a loaded 2-core host.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_garbage_after_each_test():
    """After each test (its widgets closed), collect on the main thread what the automatic
    collector would have collected by now: young generations often, everything now and then
    (a full collection after every test cost a minute of the suite)."""
    yield
    from ui.main_thread_gc import collect_due

    collect_due()
