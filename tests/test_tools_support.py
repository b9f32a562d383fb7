"""A test that needs an external tool is skipped without it on a developer's machine, but
fails in CI (``CI=true``), where a missing tool means a broken install step."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from tools_support import in_ci, require_tool

MISSING = "/nonexistent/smartbimtek-no-such-tool"


def test_in_ci_reads_the_ci_variable():
    assert in_ci({"CI": "true"}) and in_ci({"CI": "1"}) and in_ci({"CI": "True"})
    assert not in_ci({}) and not in_ci({"CI": ""}) and not in_ci({"CI": "false"})


def test_a_missing_tool_fails_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must provide it"):
        require_tool(MISSING, "The test tool")


def test_a_missing_tool_skips_elsewhere_with_a_reason(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="The test tool is not installed"):
        require_tool((MISSING, "smartbimtek-no-such-tool-either"), "The test tool")


def test_a_present_tool_is_returned_in_both_cases(monkeypatch):
    for value in ("true", ""):
        monkeypatch.setenv("CI", value)
        assert require_tool(sys.executable, "Python") == sys.executable
        assert require_tool((MISSING, "sh"), "a shell").endswith("sh")


def test_no_test_skips_on_a_missing_tool_by_itself():
    """Every tool check goes through ``require_tool`` (a ``skipif`` on a tool's presence
    would also skip in CI)."""
    offenders = []
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"skipif\((.*?)reason", text, re.S):
            if re.search(r"which|exists\(|CHROMIUM|SOFFICE|soffice|chromium", match.group(1)):
                offenders.append(f"{path.name}: {match.group(0)[:60]}")
    assert offenders == []
