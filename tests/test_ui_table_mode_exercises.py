"""Table entry mode's issue-10 tabs: a vision keyword and a review comment (tanggapan) sent
from the table laptop through the same services as the phones (source "table", the table's
OPD and group), the facilitator's answer shown live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import FakeClock, make_controller, make_settings, opd_id, settle, show

from smartbimtek.services import groups, keywords, review
from ui.main_window import MainWindow


def _table(qtbot, tmp_path):
    controller = make_controller(tmp_path, clock=FakeClock())
    groups.ensure_opd_groups(controller.ws)
    settings = make_settings(tmp_path, pin="2468")
    window = show(qtbot, MainWindow(controller, settings, projector=False))
    table = window.files.start_table_mode(opd_id(controller, "DLH"))
    qtbot.addWidget(table)
    return controller, table


def test_a_keyword_from_the_table_laptop(qtbot, tmp_path):
    controller, table = _table(qtbot, tmp_path)
    ex = table.exercises
    own_group = groups.opd_group(controller.ws, opd_id(controller, "DLH"))
    assert own_group is not None
    table.tabs.setCurrentIndex(3)
    qtbot.keyClicks(ex.keyword_input, "Lingkungan lestari")
    qtbot.mouseClick(ex.keyword_add, Qt.MouseButton.LeftButton)
    sent = keywords.list_keywords(controller.ws)
    assert [(k.text, k.opd_id, k.group_id, k.source) for k in sent] == [
        ("Lingkungan lestari", opd_id(controller, "DLH"), own_group.id, "table")]
    assert ex.keyword_input.text() == ""
    assert [ex.keyword_list.item(i).text() for i in range(ex.keyword_list.count())] == [
        "Lingkungan lestari"]
    audit = controller.ws.query("SELECT actor, source FROM audit WHERE entity='keyword'")
    assert [tuple(r) for r in audit] == [("table:DLH", "table")]
    # a refused keyword is explained in big type, nothing written
    qtbot.keyClicks(ex.keyword_input, " !? ")
    qtbot.mouseClick(ex.keyword_add, Qt.MouseButton.LeftButton)
    assert table.message.isVisible() and len(keywords.list_keywords(controller.ws)) == 1


def test_a_review_comment_and_the_answer_from_the_table_laptop(qtbot, tmp_path):
    controller, table = _table(qtbot, tmp_path)
    ex = table.exercises
    table.tabs.setCurrentIndex(4)
    key, title = review.chapters()[1]
    ex.review_subject.setCurrentIndex(ex.review_subject.findData(f"chapter:{key}"))
    assert ex.review_subject.currentText().startswith(f"Chapter: {title}")
    qtbot.keyClicks(ex.review_text, "Tabel penduduk belum memuat data 2024")
    qtbot.mouseClick(ex.review_add, Qt.MouseButton.LeftButton)
    comments = review.list_comments(controller.ws, "chapter", key)
    own_group = groups.opd_group(controller.ws, opd_id(controller, "DLH"))
    assert [(c.text, c.group_id, c.source, c.author) for c in comments] == [
        ("Tabel penduduk belum memuat data 2024", own_group.id, "table", "DLH")]
    assert ex.review_list.count() == 1
    assert ex.review_list.item(0).text().endswith("Not answered yet")
    review.answer_comment(controller.ws, comments[0].id, "Diperbarui dengan data BPS")
    review.set_status(controller.ws, "chapter", key, "agreed")
    settle(qtbot, 40)
    qtbot.waitUntil(lambda: ex.review_list.item(0).text().endswith(
        "Answer: Diperbarui dengan data BPS"), timeout=5000)
    index = ex.review_subject.findData(f"chapter:{key}")
    assert ex.review_subject.itemText(index).endswith("(Agreed)")
    assert ex.review_subject.currentIndex() == index  # the choice survives a reload
