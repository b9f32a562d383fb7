"""The console's Vision view: merge, unmerge, pick and a keyword typed for a table, each one
undo step; the vision typed shows on the projector before it is saved; saving goes through
keywords.draft_vision and undoes to the earlier draft."""

from __future__ import annotations

import pytest
from boards_support import open_controller, show

from smartbimtek.services import keywords, plan
from ui.projector_boards import make_board
from ui.views.vision import VisionView


@pytest.fixture
def ctl(tmp_path):
    controller = open_controller(tmp_path / "vision.bimtek")
    for text in ("Digital", "Digital", "digitalisasi", "Sejahtera", "Pelayanan prima"):
        keywords.add_keyword(controller.ws, text, source="table")
    yield controller
    controller.close()


def _view(qtbot, ctl) -> VisionView:
    view = show(qtbot, VisionView(ctl), 1024, 768)
    view.reload_now()
    return view


def _select(view: VisionView, *keys: str) -> None:
    view.keyword_list.clearSelection()
    for i in range(view.keyword_list.count()):
        item = view.keyword_list.item(i)
        if item.data(0x0100) in keys:
            item.setSelected(True)


def _rows(view: VisionView) -> list[str]:
    return [view.keyword_list.item(i).text() for i in range(view.keyword_list.count())]


def test_merge_unmerge_and_undo(qtbot, ctl):
    view = _view(qtbot, ctl)
    assert _rows(view)[0] == "Digital (2)"
    _select(view, "digital", "digitalisasi")
    assert view.merge_button.isEnabled() and not view.unmerge_button.isEnabled()
    view.merge_button.click()
    assert keywords.merges(ctl.ws) == {"digitalisasi": "digital"}
    qtbot.waitUntil(lambda: _rows(view)[0] == "Digital (3) ← digitalisasi")
    ctl.undo_stack.undo()
    assert keywords.merges(ctl.ws) == {}
    qtbot.waitUntil(lambda: "digitalisasi (1)" in _rows(view))
    ctl.undo_stack.redo()
    qtbot.waitUntil(lambda: _rows(view)[0] == "Digital (3) ← digitalisasi")
    _select(view, "digital")
    assert view.unmerge_button.isEnabled()
    view.unmerge_button.click()
    assert keywords.merges(ctl.ws) == {}
    qtbot.waitUntil(lambda: _rows(view)[0] == "Digital (2)")
    ctl.undo_stack.undo()
    assert keywords.merges(ctl.ws) == {"digitalisasi": "digital"}


def test_pick_and_unpick_with_undo(qtbot, ctl):
    view = _view(qtbot, ctl)
    _select(view, "digital", "sejahtera")
    assert view.pick_button.text() == "Pick"
    view.pick_button.click()
    assert keywords.picks(ctl.ws) == ["digital", "sejahtera"]
    qtbot.waitUntil(lambda: _rows(view)[0] == "✔ Digital (2)")
    assert view.pick_button.text() == "Unpick"
    view.pick_button.click()
    assert keywords.picks(ctl.ws) == []
    ctl.undo_stack.undo()
    assert keywords.picks(ctl.ws) == ["digital", "sejahtera"]
    ctl.undo_stack.undo()
    assert keywords.picks(ctl.ws) == []


def test_keyword_typed_for_a_table_with_undo(qtbot, ctl):
    view = _view(qtbot, ctl)
    view.entry.setText("Berbudaya")
    view.add_button.click()
    assert view.entry.text() == ""
    assert "berbudaya" in [k.keyword for k in keywords.cloud(ctl.ws)]
    qtbot.waitUntil(lambda: "Berbudaya (1)" in _rows(view))
    ctl.undo_stack.undo()
    assert "berbudaya" not in [k.keyword for k in keywords.cloud(ctl.ws)]
    ctl.undo_stack.redo()
    assert "berbudaya" in [k.keyword for k in keywords.cloud(ctl.ws)]


def test_typed_vision_on_the_projector_then_saved_and_undone(qtbot, ctl):
    keywords.pick(ctl.ws, "digital")
    view = _view(qtbot, ctl)
    board = show(qtbot, make_board("keywords", ctl), 1280, 720)

    def projected() -> str:
        board.grab()
        return " ".join(r.text for r in board.last_layout() if r.role == "vision")

    qtbot.keyClicks(view.vision_edit, "Kota digital")
    assert projected() == "Kota digital"  # shown while typed, not saved yet
    assert plan.get_plan(ctl.ws).vision == ""
    view.missions_edit.setPlainText("Pelayanan digital\n\nWarga sejahtera")
    view.save_button.click()
    saved = plan.get_plan(ctl.ws)
    assert (saved.vision, saved.missions) == ("Kota digital",
                                              ["Pelayanan digital", "Warga sejahtera"])
    assert keywords.vision_sources(ctl.ws) == ["digital"]
    qtbot.waitUntil(lambda: projected() == "Kota digital")  # the saved one now
    ctl.undo_stack.undo()
    assert plan.get_plan(ctl.ws).vision == "" and keywords.vision_sources(ctl.ws) == []
    qtbot.waitUntil(lambda: view.vision_edit.toPlainText() == "")
    qtbot.waitUntil(lambda: "Kota digital" not in projected())
