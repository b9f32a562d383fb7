"""Crash test: a child process doing service calls is killed with SIGKILL at random moments.

After each kill the file must pass ``PRAGMA integrity_check`` and hold every change the child
reported (a call reports only after it returned, so returned means durable).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from smartbimtek.services import agenda, plan, programs, roster
from smartbimtek.store import open_workshop

TRIALS = 25
CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def base_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "base.bimtek"
    ws = open_workshop(path, create=True)
    roster.add_template_opds(ws, ["BAPPEDA", "DISKOMINFO", "DLH", "DINKES", "DISDUKCAPIL"])
    plan.add_event(ws, "I", venue="Pendopo", start_date="2026-06-15")
    opd = roster.list_opds(ws)[0]
    programs.add_program(ws, opd.id, "Program awal", "governance")
    ws.close()
    return path


def _successor(steps: list, step_id: str | None) -> str | None:
    """The step ``next_step`` goes to from ``step_id``, read from the file after the kill.

    The last step of a day ends the day (None). With nothing running, next starts the first
    step not yet done, which is also what the child's "start over" call does.
    """
    if step_id is None:
        return next((s.id for s in steps if s.state != "done"), None)
    index = [s.id for s in steps].index(step_id)
    following = steps[index + 1] if index + 1 < len(steps) else None
    if following is None or following.day != steps[index].day:
        return None
    return following.id


def _check(path: Path, lines: list[str]) -> int:
    ws = open_workshop(path)
    try:
        assert [r[0] for r in ws.query("PRAGMA integrity_check")] == ["ok"]
        assert ws.query("PRAGMA foreign_key_check") == []
        event = plan.current_event(ws)
        steps = agenda.list_steps(ws, event.id)
        last_step = "unset"
        for line in lines:
            kind, *rest = line.split()
            if kind == "swot":
                assert ws.query_one("SELECT 1 FROM swot_items WHERE id=?", (rest[0],)), line
            elif kind == "program":
                assert ws.query_one("SELECT 1 FROM programs WHERE id=?", (rest[0],)), line
            elif kind == "score":
                program_id, rater, value = rest
                row = ws.query_one("SELECT value FROM scores WHERE program_id=? AND rater=? "
                                   "AND criterion='impact'", (program_id, rater))
                assert row is not None and row[0] == int(value), line
            elif kind == "step":
                last_step = None if rest[0] == "-" else rest[0]
                if last_step:
                    assert agenda.get_step(ws, last_step).actual_start, line
        if last_step != "unset":
            current = agenda.current_step(ws, event.id)
            current_id = current.id if current else None
            # The reported step, or the next one when a further call committed unreported.
            assert current_id in (last_step, _successor(steps, last_step))
    finally:
        ws.close()
    return len(lines)


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_reported(base_file, tmp_path):
    rng = random.Random(20260615)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    reported = 0
    for trial in range(TRIALS):
        path = tmp_path / f"trial{trial}.bimtek"
        shutil.copyfile(base_file, path)
        child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(trial)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=env)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.01, 0.4))
        child.kill()  # SIGKILL
        out, err = child.communicate(timeout=30)
        assert child.returncode == -9, err
        lines = [line for line in out.split("\n")[:-1] if line]  # only complete lines
        reported += _check(path, lines)
    print(f"{reported} reported calls checked over {TRIALS} kills")
    assert reported > TRIALS  # the children really did work before being killed
