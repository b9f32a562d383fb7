"""Shared set-up of the phone-page browser tests: Debian's headless Chromium driven by
Playwright (never a browser download), a phone viewport, a live server in its thread, the join.

A test file imports the fixtures it uses (``from browser_support import browser, phone``);
``browser`` checks for Chromium first: the tests are skipped without it on a developer's
machine and FAIL in CI (``tools_support.require_chromium``), where a missing Chromium means a
broken install step.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from lan_support import LanFixture, fx, served
from tools_support import CHROMIUM, require_chromium

__all__ = ["add_swot", "browser", "fx", "join", "join_code", "phone", "phone_page", "served",
           "shot"]
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
#: The browser context of a phone: 360x640, touch, a high-density screen.
PHONE = {"viewport": {"width": 360, "height": 640}, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 2}


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, for the module (skipped without it, failed in CI)."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@contextmanager
def phone_page(browser, **options) -> Iterator:
    """A page in a new phone context (``PHONE``, updated with ``options``); on leaving, the
    context is closed and the page must have raised no script error."""
    context = browser.new_context(**{**PHONE, **options})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    yield page
    context.close()
    assert problems == [], problems  # no script errors on the page


@pytest.fixture
def phone(browser):
    """A phone page for one test (no script error allowed)."""
    with phone_page(browser) as page:
        yield page


def join_code(page, fx: LanFixture, code: str, name: str) -> None:
    """Open the join link of ``code`` (what the QR code holds: no typing of the code), type a
    name and join."""
    page.goto(f"{fx.url}/j/{code}")
    page.wait_for_selector("#join-view:not(.hidden)")
    assert page.input_value("#join-code") == code
    page.fill("#join-name", name)
    page.click("#join-button")
    page.wait_for_selector("#work-view:not(.hidden)")


def join(page, fx: LanFixture, opd: str, name: str) -> None:
    """Join the table of an OPD (by its code) with its join link."""
    join_code(page, fx, fx.codes[opd], name)


def add_swot(page, quadrant: str, text: str, dimension: str | None = None,
             element: str | None = None) -> None:
    """Add a SWOT item on the phone: tap the quadrant, type, pick the dimension and element
    when given, save."""
    page.click(f".quad.q{quadrant}")
    page.fill("#swot-text", text)
    if dimension:
        page.select_option("#swot-dimension", dimension)
    if element:
        page.select_option("#swot-element", element)
    page.click("#swot-save")


def shot(page, name: str, tmp_path: Path, full_page: bool = False) -> Path:
    """Save a screenshot (always in tmp_path; in docs/screenshots when
    ``SMARTBIMTEK_SCREENSHOTS`` is set)."""
    path = tmp_path / f"phone-{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    if os.environ.get("SMARTBIMTEK_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, SHOTS / path.name)
    return path
