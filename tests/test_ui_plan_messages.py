"""The refusals of the plan editors read as sentences naming the field (issue 9): a negative
budget, a year outside the plan period, an unknown funding source, a progress outside
0..100, in the UI language rather than the core's English detail."""

from __future__ import annotations

import pytest
from boards_support import opd_id, open_controller

from smartbimtek.errors import ValidationError
from smartbimtek.services import budget, plan, programs
from smartbimtek.services import quickwin_profiles as profiles
from ui import i18n
from ui.messages import error_text


@pytest.fixture
def ws(tmp_path, qapp):
    i18n.install(qapp, "en")
    controller = open_controller(tmp_path / "messages.bimtek")
    plan.update_plan(controller.ws, period_start=2026, period_end=2030)
    yield controller.ws, programs.add_program(controller.ws, opd_id(controller, "DLH"),
                                              "Bank sampah", "environment").id
    controller.close()


def _refusal(call) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return error_text(caught.value)


def test_negative_budget(ws):
    ws, pid = ws
    text = _refusal(lambda: budget.set_budget(ws, pid, 2027, "APBD", -5))
    assert text == "Budget (Rp) must not be negative (0 rupiah or more)."


def test_year_outside_the_period(ws):
    ws, pid = ws
    text = _refusal(lambda: budget.set_budget(ws, pid, 2035, "APBD", 5))
    assert text == "Year: 2035 is outside the plan period 2026–2030."
    text = _refusal(lambda: budget.set_program_plan(ws, pid, baseline_year=2031))
    assert text == "Baseline year is outside the plan period."


def test_unknown_source(ws):
    ws, pid = ws
    text = _refusal(lambda: budget.set_budget(ws, pid, 2027, "Arisan", 5))
    assert text.startswith("Funding source: unknown funding source; use one of APBD, ")


def test_progress_and_month(ws):
    ws, pid = ws
    text = _refusal(lambda: profiles.add_milestone(ws, pid, 3, "Uji coba", progress=150))
    assert text == "Progress (%) must be between 0 and 100."
    text = _refusal(lambda: profiles.add_milestone(ws, pid, 13, "Uji coba"))
    assert text == "Month must be between 1 and 12."
