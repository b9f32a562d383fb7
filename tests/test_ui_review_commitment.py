"""The review (Tinjauan) and commitment (Komitmen bersama) views of Bimtek IV on real widgets:
status changes with undo, answering and resolving a comment, a comment added for a table,
the all-agreed banner, signers filled from the heads, signed and taken back with undo, the
commitment sheet printed alone; the two projector boards draw the chapters, the comments
and the sheet's own statement (issue 10)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from boards_support import show
from PySide6.QtWidgets import QApplication

from smartbimtek.demo import create_demo
from smartbimtek.services import commitment, groups, plan, review
from ui.controller import Controller
from ui.views.commitment import CommitmentView
from ui.views.projector_commitment import CommitmentProjectorBoard, commitment_sheet
from ui.views.projector_review import ReviewProjectorBoard, final_draft_text
from ui.views.review import ReviewView

HOSTILE = "<b>Tolong</b> & <img src=x> tambahkan target"


@pytest.fixture(scope="module")
def stage_files(tmp_path_factory):
    """The demo at the end of Bimtek III (review not started) and of Bimtek IV."""
    folder = tmp_path_factory.mktemp("stages")
    now = dt.datetime(2026, 6, 16, 10, 0).astimezone()
    return {stage: create_demo(folder / f"demo-{stage}.bimtek", now=now, stage=stage)
            for stage in ("III", "IV")}


def _controller(tmp_path, source):
    path = tmp_path / source.name
    shutil.copyfile(source, path)
    controller = Controller()
    controller.open(path)
    return controller


@pytest.fixture
def ctl3(tmp_path, stage_files):
    controller = _controller(tmp_path, stage_files["III"])
    plan.start_event(controller.ws, "IV")  # Bimtek IV opens on the file of Bimtek III
    yield controller
    controller.close()


@pytest.fixture
def ctl4(tmp_path, stage_files):
    controller = _controller(tmp_path, stage_files["IV"])
    yield controller
    controller.close()


def settle(view):
    for _ in range(3):
        QApplication.processEvents()
    view.reload_now()


def test_status_change_and_undo(qtbot, ctl3):
    view = show(qtbot, ReviewView(ctl3))
    settle(view)
    assert view.items[0].subject_kind == "chapter"
    key = view.items[0].subject_id
    view.table.selectRow(0)
    view.status_buttons["discussed"].click()
    settle(view)
    assert review.status(ctl3.ws, "chapter", key) == "discussed"
    assert view.table.item(0, 1).text() == "Discussed"
    view.status_buttons["agreed"].click()
    assert review.status(ctl3.ws, "chapter", key) == "agreed"
    ctl3.undo_stack.undo()
    assert review.status(ctl3.ws, "chapter", key) == "discussed"
    ctl3.undo_stack.undo()
    assert review.status(ctl3.ws, "chapter", key) == "draft"
    ctl3.undo_stack.redo()
    assert review.status(ctl3.ws, "chapter", key) == "discussed"


def test_comment_added_for_a_table_answered_and_resolved(qtbot, ctl3):
    group = groups.groups_per_dimension(ctl3.ws)[0]
    view = show(qtbot, ReviewView(ctl3))
    settle(view)
    view.select_subject("chapter", "visi")
    view.group_combo.setCurrentIndex(view.group_combo.findData(group.id))
    view.new_comment.setText(HOSTILE)
    view.add_button.click()
    settle(view)
    [comment] = review.list_comments(ctl3.ws, "chapter", "visi")
    assert comment.text == HOSTILE and comment.group_id == group.id
    assert view.comment_list.count() == 1
    assert group.name in view.comment_list.item(0).text()
    assert view.new_comment.text() == ""
    view.comment_list.item(0).setSelected(True)
    view.answer_edit.setText("Target ditambahkan di bab 4")
    view.answer_button.click()
    assert review.get_comment(ctl3.ws, comment.id).answer == "Target ditambahkan di bab 4"
    settle(view)
    view.comment_list.item(0).setSelected(True)
    assert view.resolve_button.text() == "Resolve"
    view.resolve_button.click()
    assert review.get_comment(ctl3.ws, comment.id).resolved
    settle(view)
    row = next(n for n, i in enumerate(view.items) if i.subject_id == "visi")
    assert view.table.item(row, 2).text() == "0 / 1"
    ctl3.undo_stack.undo()
    assert not review.get_comment(ctl3.ws, comment.id).resolved
    ctl3.undo_stack.undo()
    assert review.get_comment(ctl3.ws, comment.id).answer == ""
    ctl3.undo_stack.undo()
    assert review.list_comments(ctl3.ws, "chapter", "visi") == []
    ctl3.undo_stack.redo()  # the same comment comes back
    assert [c.id for c in review.list_comments(ctl3.ws, "chapter", "visi")] == [comment.id]


def test_projector_review_board_shows_statuses_comments_and_final_banner(qtbot, ctl3):
    review.set_status(ctl3.ws, "chapter", "visi", "discussed")
    review.add_comment(ctl3.ws, "chapter", "visi", "Misi ke-3 terlalu umum")
    board = show(qtbot, ReviewProjectorBoard(ctl3), 1280, 720)
    settle(board)
    board.grab()
    texts = [t.text for t in board.last_layout()]
    assert "Discussed" in texts and "Draft" in texts
    assert any(t.startswith("Visi, Misi") and "(1 open)" in t for t in texts)
    assert final_draft_text() not in texts
    focused = show(qtbot, ReviewProjectorBoard(ctl3, "chapter:visi"), 1280, 720)
    settle(focused)
    focused.grab()
    assert any("Misi ke-3 terlalu umum" in t.text for t in focused.last_layout())


def test_all_agreed_banner_on_console_and_projector(qtbot, ctl3):
    view = show(qtbot, ReviewView(ctl3))
    board = show(qtbot, ReviewProjectorBoard(ctl3), 1280, 720)
    settle(view)
    assert not view.banner.isVisible()
    keys = [key for key, _title in review.chapters()]
    with view.undo_macro("agree all"):
        for key in keys:
            view.select_subject("chapter", key)
            view.status_buttons["agreed"].click()
    settle(view)
    assert review.all_agreed(ctl3.ws)
    assert view.banner.isVisible() and view.banner.text() == final_draft_text()
    settle(board)
    board.grab()
    assert final_draft_text() in [t.text for t in board.last_layout()]
    ctl3.undo_stack.undo()
    settle(view)
    assert not review.all_agreed(ctl3.ws) and not view.banner.isVisible()


def test_summary_line_counts_and_an_open_comment_holds_back_the_final_draft(qtbot, ctl3):
    view = show(qtbot, ReviewView(ctl3))
    settle(view)
    summary = review.summary(ctl3.ws)
    assert view.summary_label.isVisible()
    assert view.summary_label.text() == (
        f"Chapters agreed: {summary.chapters_agreed}/{summary.chapters} · Programs agreed: "
        f"{summary.programs_agreed}/{summary.programs} · Open comments: "
        f"{summary.open_comments}")
    keys = [key for key, _title in review.chapters()]
    with view.undo_macro("agree all"):
        for key in keys:
            view.select_subject("chapter", key)
            view.status_buttons["agreed"].click()
    view.select_subject("chapter", keys[0])
    view.new_comment.setText("Perlu satu tabel lagi")
    view.add_button.click()
    settle(view)
    assert f"Chapters agreed: {len(keys)}/{len(keys)}" in view.summary_label.text()
    assert view.summary_label.text().endswith(
        f"Open comments: {summary.open_comments + 1}")
    assert not view.banner.isVisible()  # every chapter agreed, but a comment is open
    view.comment_list.item(0).setSelected(True)
    view.resolve_button.click()
    settle(view)
    assert view.banner.isVisible()
    assert view.summary_label.text().endswith(f"Open comments: {summary.open_comments}")


def test_signers_filled_from_heads_signed_and_undone(qtbot, ctl3):
    view = show(qtbot, CommitmentView(ctl3))
    settle(view)
    assert view.table.rowCount() == 0
    view.fill_button.click()
    settle(view)
    signers = commitment.list_signers(ctl3.ws)
    opds = ctl3.ws.query("SELECT count(*) FROM opds WHERE deleted_at IS NULL")[0][0]
    pendamping = [s for s in signers if s.role == "pendamping"]
    assert [s.name for s in pendamping] == plan.get_plan(ctl3.ws).facilitators
    assert len(signers) == 1 + opds + len(pendamping) and signers[0].role == "kepala_daerah"
    assert [s.role for s in signers[-len(pendamping):]] == ["pendamping"] * len(pendamping)
    assert view.table.rowCount() == len(signers)
    view.select_row(1)
    view.sign_button.click()
    settle(view)
    assert commitment.get_signer(ctl3.ws, signers[1].id).signed
    assert view.table.item(1, 3).text().startswith("✓ ")
    view.select_row(1)
    assert view.sign_button.text() == "Take back signature"
    ctl3.undo_stack.undo()
    assert not commitment.get_signer(ctl3.ws, signers[1].id).signed
    ctl3.undo_stack.undo()
    assert commitment.list_signers(ctl3.ws) == []
    ctl3.undo_stack.redo()
    assert len(commitment.list_signers(ctl3.ws)) == len(signers)


def test_signer_added_edited_deleted_with_undo(qtbot, ctl3):
    view = show(qtbot, CommitmentView(ctl3))
    settle(view)
    view.name_edit.setText(HOSTILE)
    view.title_edit.setText("Pendamping Kominfo")
    view.role_combo.setCurrentIndex(view.role_combo.findData("pendamping"))
    view.add_button.click()
    settle(view)
    [signer] = commitment.list_signers(ctl3.ws)
    assert (signer.name, signer.role) == (HOSTILE, "pendamping")
    assert view.table.item(0, 0).text() == HOSTILE
    view.select_row(0)
    view.title_edit.setText("Tim Pembimbing")
    view.save_button.click()
    assert commitment.get_signer(ctl3.ws, signer.id).title == "Tim Pembimbing"
    settle(view)
    view.select_row(0)
    view.delete_button.click()
    assert commitment.list_signers(ctl3.ws) == []
    ctl3.undo_stack.undo()
    assert commitment.get_signer(ctl3.ws, signer.id).title == "Tim Pembimbing"
    ctl3.undo_stack.undo()
    assert commitment.get_signer(ctl3.ws, signer.id).title == "Pendamping Kominfo"
    ctl3.undo_stack.undo()
    assert commitment.list_signers(ctl3.ws) == []
    ctl3.undo_stack.redo()
    assert [s.id for s in commitment.list_signers(ctl3.ws)] == [signer.id]


def test_empty_name_refused_with_a_message(qtbot, ctl3):
    view = show(qtbot, CommitmentView(ctl3))
    settle(view)
    view.name_edit.setText("  ")
    view.add_button.click()
    assert commitment.list_signers(ctl3.ws) == []
    assert view.message.isVisible() and view.message.text()


def test_commitment_board_reads_the_sheet_and_marks_signers(qtbot, ctl4):
    sheet = commitment_sheet(ctl4.ws)
    board = show(qtbot, CommitmentProjectorBoard(ctl4), 1920, 1080)
    settle(board)
    board.grab()
    layout = {t.role: t.text for t in board.last_layout()}
    assert layout["title"] == sheet.title == "KOMITMEN BERSAMA"
    assert layout["statement"] == " ".join(sheet.statement)
    assert layout["statement"].startswith("Kami yang bertanda tangan")
    signer_lines = [t.text for t in board.last_layout() if t.role == "line"]
    assert signer_lines and all(t.startswith("✓ ") for t in signer_lines)


def test_print_commitment_sheet_alone(qtbot, ctl4, tmp_path):
    view = show(qtbot, CommitmentView(ctl4))
    settle(view)
    out = view.print_sheet(tmp_path / "komitmen.pdf")
    assert out is not None and out.read_bytes().startswith(b"%PDF")
    from smartbimtek.exports.commitment import build_commitment
    from smartbimtek.snapshot import take_snapshot

    text = build_commitment(take_snapshot(ctl4.ws)).plain_text()
    assert "KOMITMEN BERSAMA" in text
    assert all(s.name in text for s in commitment.list_signers(ctl4.ws))
    docx = view.print_sheet(tmp_path / "komitmen.docx")
    assert docx is not None and docx.read_bytes()[:2] == b"PK"
