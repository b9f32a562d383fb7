"""One screen (a laptop mirrored to the projector, or none attached): the cases in
``tests/one_screen_cases.py`` run in a subprocess whose offscreen platform has a single
1024x768 screen (the platform is chosen when QApplication starts): F5 covers that screen with
the projector and shows the small always-on-top control (pause, next, +1, +5, back), whose
buttons drive the agenda; Esc, F5 or "back to console" return."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_one_screen_f5_control_and_esc(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "mirrored", "x": 0, "y": 0, "width": 1024, "height": 768}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         "--basetemp", str(tmp_path / "inner"), str(ROOT / "tests" / "one_screen_cases.py")],
        env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
    assert "4 passed" in done.stdout.splitlines()[-1], done.stdout[-3000:]
