"""The review's summary (chapters and programs agreed, comments open) and the final draft
rule: every chapter agreed and no comment open."""

from __future__ import annotations

import pytest

from smartbimtek.services import plan, programs, review, roster
from smartbimtek.services.review import ReviewSummary
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop


@pytest.fixture
def ws(tmp_path):
    with open_workshop(tmp_path / "w.bimtek", create=True) as workshop:
        plan.add_event(workshop, "IV")
        opd = roster.add_opd(workshop, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
        for n in range(3):
            programs.add_program(workshop, opd.id, f"Program {n}", "governance")
        yield workshop


def _program_ids(ws):
    return [r[0] for r in ws.query("SELECT id FROM programs ORDER BY title")]


def test_summary_counts_chapters_programs_and_open_comments(ws):
    chapters = len(review.chapters())
    assert review.summary(ws) == ReviewSummary(0, chapters, 0, 3, 0)
    keys = [key for key, _ in review.chapters()]
    for key in keys[:2]:
        review.set_status(ws, "chapter", key, "agreed")
    review.set_status(ws, "chapter", keys[2], "discussed")
    ids = _program_ids(ws)
    review.set_status(ws, "program", ids[0], "agreed")
    first = review.add_comment(ws, "chapter", keys[0], "Terlalu panjang")
    review.add_comment(ws, "program", ids[1], "Anggaran?")
    gone = review.add_comment(ws, "program", ids[2], "Dihapus")
    review.delete_comment(ws, gone.id)
    review.resolve_comment(ws, first.id)
    assert review.summary(ws) == ReviewSummary(2, chapters, 1, 3, 1)
    programs.delete_program(ws, ids[0])  # a deleted program no longer counts
    assert review.summary(ws) == ReviewSummary(2, chapters, 0, 2, 1)


def test_final_draft_needs_every_chapter_agreed_and_no_comment_open(ws):
    for key, _title in review.chapters():
        review.set_status(ws, "chapter", key, "agreed")
    assert review.all_agreed(ws) and take_snapshot(ws).final_draft
    comment = review.add_comment(ws, "program", _program_ids(ws)[0], "Target belum jelas")
    assert not review.summary(ws).final_draft
    assert not review.all_agreed(ws) and not take_snapshot(ws).final_draft
    review.answer_comment(ws, comment.id, "Diperjelas", resolved=True)
    assert review.all_agreed(ws) and take_snapshot(ws).final_draft
