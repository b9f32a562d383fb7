"""The shared browser set-up (``browser_support``): without Debian's Chromium a phone-page test
is skipped on a developer's machine and FAILS in CI; every browser test goes through it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

PHONE_TEST = '''
from browser_support import browser, phone

__all__ = ["browser", "phone"]


def test_a_phone_page(phone):
    phone.set_content("<p>Halo</p>")
'''

NO_CHROMIUM = '''
import tools_support

tools_support.CHROMIUM = "/nonexistent/chromium"
'''


def _run_without_chromium(tmp_path: Path, ci: str) -> subprocess.CompletedProcess:
    (tmp_path / "test_phone_page.py").write_text(PHONE_TEST, encoding="utf-8")
    (tmp_path / "conftest.py").write_text(NO_CHROMIUM, encoding="utf-8")
    env = {**os.environ, "CI": ci, "PYTHONPATH": str(TESTS)}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-ra", "-p", "no:cacheprovider", "--rootdir",
         str(tmp_path), str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("ci", "outcome"), [("", "1 skipped"), ("true", "1 error")])
def test_a_missing_chromium_skips_here_and_fails_in_ci(tmp_path, ci, outcome):
    result = _run_without_chromium(tmp_path, ci)
    assert outcome in result.stdout, result.stdout + result.stderr
    assert "chromium" in result.stdout.lower()
    assert (result.returncode == 0) == (ci == "")


def test_every_browser_test_uses_the_shared_set_up():
    """Playwright is started in browser_support alone (its Chromium check included)."""
    offenders = []
    for path in sorted(TESTS.glob("test_*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name != Path(__file__).name and re.search(r"sync_playwright|launch\(", text):
            offenders.append(path.name)
    assert offenders == []
