"""A real window (Qt's xcb platform under Xvfb, one 1024x768 screen, no window manager):
F5 pressed in the console covers the screen with the projector and shows the control window
on top, inside the screen; Esc brings the console back (``tests/xvfb_projector_run.py`` runs
in the X server; its screenshots go to the test's temporary folder). Skipped where Xvfb or
Qt's xcb libraries are missing (the README lists the Debian packages)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tools_support import require_xvfb, unavailable

ROOT = Path(__file__).resolve().parent.parent


def test_f5_and_esc_in_a_real_window_on_one_1024x768_screen(tmp_path):
    xvfb_run = require_xvfb()
    done = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1024x768x24", sys.executable,
         str(ROOT / "tests" / "xvfb_projector_run.py"), str(tmp_path)],
        capture_output=True, text=True, timeout=180, cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT),
             "QT_QPA_PLATFORM": "xcb"})
    if done.returncode != 0 and "xcb" in done.stderr and "plugin" in done.stderr:
        unavailable("Qt's xcb libraries are missing (see the README): " + done.stderr[-300:])
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["platform"] == "xcb" and result["screens"] == 1
    assert result["screen"] == [0, 0, 1024, 768]
    assert result["console_active"]
    assert result["projector"] == {"visible": True, "full": True,
                                   "geometry": [0, 0, 1024, 768], "board": "agenda"}
    x, y, w, h = result["control"]["geometry"]
    assert result["control"]["visible"]
    assert x >= 0 and y >= 0 and x + w <= 1024 and y + h <= 768
    assert w * h < 1024 * 768 / 8
    assert result["shot"] == [1024, 768]
    assert (tmp_path / "f5-1024x768.png").stat().st_size > 1000
    assert result["after_esc"] == {"projector": False, "control": False, "console": True}
