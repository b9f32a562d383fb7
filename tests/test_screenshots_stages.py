"""The screenshots of each stage's boards come from that stage's demo while its event runs
(issue 10: "the screenshots and the guide use it"), and the screenshot commands produce
every picture the guide and the README link."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from ui_support import make_settings

from smartbimtek.demo import create_demo
from smartbimtek.demo_stages import RUNNING_STEP
from smartbimtek.services import agenda, commitment, groups, lan, plan, review, roadmap, swot
from smartbimtek.store import open_workshop
from ui import i18n
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.screenshot_stages import (
    CONSOLE_STAGE,
    INTO_STEP,
    PROJECTOR_STAGE,
    StageDemos,
    started,
)
from ui.screenshots import CONSOLE_PAGES, PROJECTOR_BOARDS, planned_files
from ui.sidebar import sidebar_row

ROOT = Path(__file__).resolve().parent.parent
#: Pictures other tools write (documented where they are made): the phone page by the
#: Chromium tests, the join board and table input panel by the LAN widget tests (both with
#: SMARTBIMTEK_SCREENSHOTS=1), the exported pages by hand from the PDFs (docs/exports.md).
OTHER_PRODUCERS = (r"phone-.*\.png", r"export-.*\.png", r"projector-join\.png",
                   r"console-table-input\.png")
NOW = dt.datetime(2026, 6, 16, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def _linked_pictures() -> set[str]:
    names = set()
    for doc, prefix in ((ROOT / "docs" / "guide.md", "screenshots/"),
                        (ROOT / "README.md", "docs/screenshots/")):
        text = doc.read_text(encoding="utf-8")
        names |= set(re.findall(r"\]\(" + re.escape(prefix) + r"([^)\s]+\.png)\)", text))
    return names


def test_the_three_screenshot_commands_produce_every_linked_picture():
    linked = _linked_pictures()
    assert {"console-vision-1024x768.png", "projector-review-1024x768.png",
            "console-agenda.png"} <= linked  # the pattern reads both documents
    produced = set(planned_files()) | set(planned_files((1024, 768))) | set(
        planned_files((1920, 1080)))
    missing = {name for name in linked - produced
               if not any(re.fullmatch(p, name) for p in OTHER_PRODUCERS)}
    assert not missing, f"linked but produced by no screenshot command: {sorted(missing)}"


def test_every_issue_ten_board_is_shot_from_its_stage():
    pages = {(key, tab) for key, _attribute, tabs in CONSOLE_PAGES for tab in tabs or (None,)}
    assert set(CONSOLE_STAGE) <= pages
    boards = {board for _kind, _param, board in PROJECTOR_BOARDS}
    assert set(PROJECTOR_STAGE) <= boards
    assert {PROJECTOR_STAGE[b] for b in ("keywords", "coverage", "roadmap", "review",
                                         "commitment")} == {"I", "II", "III", "IV"}


@pytest.mark.parametrize("stage", ["I", "II", "III", "IV"])
def test_running_stage_demo_is_under_way_with_the_stage_results(tmp_path, stage):
    path = create_demo(tmp_path / "demo.bimtek", now=NOW, stage=stage, running=True)
    with open_workshop(path) as ws:
        event = plan.current_event(ws)
        assert event.stage == stage
        step = agenda.current_step(ws, event.id)
        day, kind, _nth = RUNNING_STEP[stage]
        assert step is not None and step.state == "running"
        assert (step.day, step.kind) == (day, kind)
        assert dt.datetime.fromisoformat(step.actual_start) == NOW
        steps = agenda.list_steps(ws, event.id)
        before = steps[:steps.index(next(s for s in steps if s.id == step.id))]
        assert all(s.state == "done" for s in before)
        later = steps[len(before) + 1:]
        assert all(s.state == "pending" for s in later)
        if stage == "II":
            made = groups.list_groups(ws, event.id, kind="dimension")
            assert len(made) == 6
            assert set(lan.group_codes(ws)) >= {g.id for g in made}
        if stage == "III":
            assert ws.setting(roadmap.CEILING_SETTING)
            assert {s.dimension for s in swot.list_strategies(ws) if s.opd_id is None} >= {
                "governance", "environment"}
        if stage == "IV":
            assert review.all_agreed(ws)
            signers = commitment.list_signers(ws, event.id)
            signed = [s for s in signers if s.signed]
            assert 0 < len(signed) < len(signers)  # the signing is under way
            assert len({s.signed_at for s in signed}) == len(signed)


def test_stage_demos_open_with_the_stage_running_in_the_console(qtbot, tmp_path):
    i18n.install(QApplication.instance(), "en")
    moment = [started(None)]
    controller = Controller(clock=lambda: moment[0])
    window = MainWindow(controller, make_settings(tmp_path), projector=False)
    qtbot.addWidget(window)
    demos = StageDemos(tmp_path, window, moment)
    for stage, lead in (("II", "programs"), ("IV", "review")):
        demos.open(stage)
        event = plan.current_event(controller.ws)
        assert event.stage == stage
        assert moment[0] == started(stage) + INTO_STEP
        step = agenda.current_step(controller.ws, event.id)
        assert window.run_bar.step_label.text() == step.title
        item = window.sidebar.item(sidebar_row(window.sidebar, lead))
        assert window.sidebar.row(item) == 0  # the stage's first exercise leads
        assert f"Bimtek {stage}" in item.toolTip()
    controller.close()
