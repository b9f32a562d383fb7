"""Rencana > Analisis on real widgets (issue 9): the gap grid and its cell editor, the
consolidated SWOT (merge, link, unlink, weight and rating) and the strategic issues, over the
demo workshop and over a new one: enter, edit, undo/redo, a refused value, hostile text."""

from __future__ import annotations

from plan_ui_support import (
    HOSTILE,
    cell_text,
    commit_text,
    demo_controller,
    make_view,
    new_controller,
    type_cell,
    walk_hostile,
)
from PySide6.QtCore import Qt
from ui_support import opd_id, settle

from smartbimtek.services import formal, gap, swot


def test_gap_grid_over_the_demo(qtbot, tmp_path, demo_file):
    controller = demo_controller(tmp_path, demo_file)
    view = make_view(qtbot, controller)
    page = view.analysis.gap_page
    used = formal.components_in_use(controller.ws)
    assert page.grid.rowCount() == len(used) and page.grid.columnCount() == 6
    page.select_cell(used[0], "governance")
    stored = gap.get_gap(controller.ws, used[0], "governance")
    assert stored.gap and page.fields["gap"].toPlainText() == stored.gap
    tagged = gap.swot_for_cell(controller.ws, used[0], "governance")
    assert page.tagged.count() == len(tagged) > 0
    assert all(i.text in page.tagged.item(n).text() for n, i in enumerate(tagged))
    commit_text(qtbot, page.fields["recommendation"], "Rekomendasi baru")
    assert gap.get_gap(controller.ws, used[0], "governance").recommendation == \
        "Rekomendasi baru"
    controller.undo_stack.undo()
    settle(qtbot, 20)
    assert gap.get_gap(controller.ws, used[0], "governance").recommendation == \
        stored.recommendation
    assert page.fields["recommendation"].toPlainText() == stored.recommendation
    controller.undo_stack.redo()
    settle(qtbot, 20)
    assert page.fields["recommendation"].toPlainText() == "Rekomendasi baru"


def test_gap_cell_in_a_new_workshop_and_components_in_use(qtbot, tmp_path):
    controller = new_controller(tmp_path)
    ws = controller.ws
    swot.add_item(ws, opd_id(controller, "DLH"), "W", "Sampah belum terpilah",
                  dimension="environment", component="struktur")
    view = make_view(qtbot, controller)
    page = view.analysis.gap_page
    assert page.grid.rowCount() == 3
    page.select_cell("struktur", "environment")
    assert "Sampah belum terpilah" in page.tagged.item(0).text()
    commit_text(qtbot, page.fields["gap"], "Belum ada bank sampah")
    assert gap.get_gap(ws, "struktur", "environment").gap == "Belum ada bank sampah"
    settle(qtbot, 20)
    row, col = page.components.index("struktur"), page.dimensions.index("environment")
    assert page.grid.item(row, col).text() == "Belum ada bank sampah"
    commit_text(qtbot, page.fields["current"], "x" * 20001)  # too long: refused
    assert "too long" in view.message.text() or "terlalu panjang" in view.message.text()
    assert gap.get_gap(ws, "struktur", "environment").current == ""
    assert page.fields["current"].toPlainText() == ""
    formal.update_formal(ws, components=["struktur", "infrastruktur", "suprastruktur",
                                         "alam"])
    settle(qtbot, 30)
    assert page.grid.rowCount() == 4  # alam is in use now


def test_consolidated_swot_merge_link_unlink(qtbot, tmp_path):
    controller = new_controller(tmp_path)
    ws = controller.ws
    a = swot.add_item(ws, opd_id(controller, "DLH"), "S", "Bank sampah aktif",
                      dimension="environment")
    b = swot.add_item(ws, opd_id(controller, "BAPPEDA"), "S", "Perda sampah ada",
                      dimension="environment")
    c = swot.add_item(ws, opd_id(controller, "DLH"), "W", "TPA hampir penuh",
                      dimension="environment")
    view = make_view(qtbot, controller)
    view.tabs.setCurrentIndex(0)
    view.analysis.setCurrentIndex(1)
    page = view.analysis.swot_page
    page.dimension.setCurrentIndex(page.dimension.findData("environment"))
    settle(qtbot, 20)
    assert "diagram" in page.convention.text().lower()
    assert page.opd_items.count() == 3
    rows = {page.opd_items.item(r).data(Qt.ItemDataRole.UserRole): r
            for r in range(page.opd_items.count())}
    for item in (a, c):  # two quadrants: refused with a clear message, nothing written
        page.opd_items.item(rows[item.id]).setSelected(True)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert "quadrant" in view.message.text() or "kuadran" in view.message.text()
    assert gap.list_region_items(ws) == []
    page.opd_items.clearSelection()
    page.opd_items.item(rows[a.id]).setSelected(True)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    [merged] = gap.list_region_items(ws)
    assert merged.source_ids == [a.id] and merged.text == a.text
    assert merged.dimension == "environment" and page.table.row_count() == 1
    page.table.select_id(merged.id)
    page.opd_items.item(rows[b.id]).setSelected(True)
    qtbot.mouseClick(page.link_button, Qt.MouseButton.LeftButton)
    assert gap.get_region_item(ws, merged.id).source_ids == [a.id, b.id]
    assert cell_text(page.table, 0, "sources") == "2"
    type_cell(qtbot, page.table, 0, "text", "Pengelolaan sampah berbasis masyarakat")
    type_cell(qtbot, page.table, 0, "weight", "0,25")
    type_cell(qtbot, page.table, 0, "rating", "4")
    item = gap.get_region_item(ws, merged.id)
    assert (item.text, item.weight, item.rating) == \
        ("Pengelolaan sampah berbasis masyarakat", 0.25, 4)
    type_cell(qtbot, page.table, 0, "rating", "7")  # refused: ratings are 1-4
    assert "4" in view.message.text() and gap.get_region_item(ws, merged.id).rating == 4
    assert cell_text(page.table, 0, "rating") == "4"
    page.table.select_id(merged.id)
    page.opd_items.clearSelection()
    page.opd_items.item(rows[a.id]).setSelected(True)
    qtbot.mouseClick(page.unlink_button, Qt.MouseButton.LeftButton)
    assert gap.get_region_item(ws, merged.id).source_ids == [b.id]
    for _ in range(5):  # unlink, rating, weight, text, link
        controller.undo_stack.undo()
    assert gap.get_region_item(ws, merged.id).source_ids == [a.id]
    assert gap.get_region_item(ws, merged.id).text == a.text
    controller.undo_stack.undo()  # the merge
    settle(qtbot, 20)
    assert gap.list_region_items(ws) == [] and page.table.row_count() == 0
    controller.undo_stack.redo()
    settle(qtbot, 20)
    assert [i.id for i in gap.list_region_items(ws)] == [merged.id]
    assert page.table.row_count() == 1


def test_strategic_issues(qtbot, tmp_path, demo_file):
    controller = demo_controller(tmp_path, demo_file)
    ws = controller.ws
    view = make_view(qtbot, controller)
    view.analysis.setCurrentIndex(2)
    page = view.analysis.issues_page
    page.dimension.setCurrentIndex(page.dimension.findData("living"))
    settle(qtbot, 20)
    before = gap.list_issues(ws, dimension="living")
    assert page.table.row_count() == len(before) > 0
    qtbot.mouseClick(page.table.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, 20)
    added = gap.list_issues(ws, dimension="living")[-1]
    row = page.table.row_count() - 1
    type_cell(qtbot, page.table, row, "text", "Antrean puskesmas panjang")
    assert gap.get_issue(ws, added.id).text == "Antrean puskesmas panjang"
    type_cell(qtbot, page.table, row, "text", "")  # refused: an issue needs a text
    assert view.message.text() and gap.get_issue(ws, added.id).text == \
        "Antrean puskesmas panjang"
    page.table.select_id(added.id)
    qtbot.mouseClick(page.table.delete_button, Qt.MouseButton.LeftButton)
    assert len(gap.list_issues(ws, dimension="living")) == len(before)
    controller.undo_stack.undo()
    settle(qtbot, 20)
    assert gap.get_issue(ws, added.id).text == "Antrean puskesmas panjang"
    assert page.table.row_count() == len(before) + 1


def test_analysis_shows_hostile_text_plainly(qtbot, tmp_path, demo_file):
    controller = demo_controller(tmp_path, demo_file)
    ws = controller.ws
    for n, cell in enumerate(gap.list_gaps(ws)):
        gap.set_gap(ws, cell.component, cell.dimension, gap=HOSTILE[n % 5],
                    current=HOSTILE[(n + 1) % 5])
    for n, item in enumerate(gap.list_region_items(ws)):
        gap.update_region_item(ws, item.id, text=HOSTILE[n % 5])
    for n, issue in enumerate(gap.list_issues(ws)):
        gap.update_issue(ws, issue.id, text=HOSTILE[n % 5])
    for n, item in enumerate(swot.list_items(ws)[:40]):
        swot.update_item(ws, item.id, text=HOSTILE[n % 5])
    view = make_view(qtbot, controller)
    view.tabs.setCurrentIndex(0)
    walker = walk_hostile(qtbot, view)
    assert walker.tooltips_checked > 20 and walker.labels_checked >= 0
