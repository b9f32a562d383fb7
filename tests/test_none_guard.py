"""The guard against PySide6 6.12's lost references to None (see ui/none_guard.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CALLS = """
import sys
calls = sys.getrefcount(None) + 5000  # more calls than None has references
{prelude}
from PySide6.QtCore import QCoreApplication, QTimer
app = QCoreApplication([])
timer = QTimer()
for _ in range(calls):
    timer.stop()
print("survived")
"""


def run(prelude: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CALLS.format(prelude=prelude)],
                          capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12")
def test_the_ui_package_survives_more_void_qt_calls_than_none_has_references():
    result = run("import ui")
    assert result.returncode == 0, result.stderr
    assert "survived" in result.stdout


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12")
def test_whether_pyside_still_loses_references_to_none():
    """Documents the upstream bug: when this fails, PySide6 is fixed and the guard can go."""
    result = run("")
    assert result.returncode != 0 and "none_dealloc" in result.stderr
