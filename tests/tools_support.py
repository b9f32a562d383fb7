"""External tools some tests need (Debian's Chromium, LibreOffice, Xvfb, a small filesystem).

Where a tool is missing, a test is skipped with a reason on a developer's machine, but FAILS in
CI (``CI`` set to ``true``/``1``/``yes`` in the environment): CI installs the tools (``.ci/run``),
so a missing one means a broken install step, which a skip would hide.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"


def in_ci(environ: dict | None = None) -> bool:
    """Whether the tests run in CI (the ``CI`` variable set to true, 1 or yes)."""
    value = (os.environ if environ is None else environ).get("CI", "")
    return value.strip().lower() in {"true", "1", "yes"}


def find_tool(*candidates: str) -> str | None:
    """The first candidate that exists: an absolute path as is, a bare name on ``PATH``."""
    for candidate in candidates:
        if os.path.isabs(candidate):
            if Path(candidate).exists():
                return candidate
        else:
            found = shutil.which(candidate)
            if found:
                return found
    return None


def require_tool(path_or_names: str | tuple[str, ...], what: str) -> str:
    """Return the tool's path; when it is missing, fail the test in CI, skip it elsewhere
    (with ``what`` and how to install it as the reason)."""
    names = (path_or_names,) if isinstance(path_or_names, str) else tuple(path_or_names)
    found = find_tool(*names)
    if found is not None:
        return found
    unavailable(f"{what} is not installed (looked for {', '.join(names)})")


def unavailable(reason: str) -> None:
    """A test cannot run here: fail it in CI (which provides everything, see ``.ci/run``), skip
    it elsewhere with ``reason``."""
    if in_ci():
        pytest.fail(f"{reason}: CI must provide it (see .ci/run)", pytrace=False)
    pytest.skip(reason)


def require_chromium() -> str:
    """Debian's Chromium for the phone-page browser tests (never a browser download)."""
    return require_tool(CHROMIUM, "Debian's chromium (apt install chromium)")


def require_soffice() -> str:
    """LibreOffice for the office tests."""
    return require_tool(("soffice", "libreoffice"),
                        "LibreOffice (apt install libreoffice-writer-nogui)")


def require_xvfb() -> str:
    """Xvfb's ``xvfb-run`` for the real-window test."""
    return require_tool("xvfb-run", "Xvfb (apt install xvfb)")
