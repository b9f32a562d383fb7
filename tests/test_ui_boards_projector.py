"""Projector boards: live refresh after a service call, nothing private, font scale."""

from __future__ import annotations

import pytest
from boards_support import ctl, opd_id, show
from PySide6.QtGui import QImage

from smartbimtek.services import programs, roster, swot
from ui.projector_boards import KINDS, make_board

__all__ = ["ctl"]  # the fixture this module uses from boards_support


def board(qtbot, ctl, kind, param=None):
    return show(qtbot, make_board(kind, ctl, param), 1920, 1080)


def painted(widget) -> QImage:
    return widget.grab().toImage()


def test_swot_board_shows_a_new_item_live_without_author_or_phone(qtbot, ctl):
    dlh = opd_id(ctl, "DLH")
    roster.add_participant(ctl.ws, "Budi Santoso", dlh, phone="081234567890")
    view = board(qtbot, ctl, "swot", dlh)
    assert view.opd_title.startswith("DLH")
    swot.add_item(ctl.ws, dlh, "O", "Bank sampah desa aktif", author="Budi Santoso",
                  source="table")
    qtbot.waitUntil(lambda: view.items["O"] == ["Bank sampah desa aktif"], timeout=5000)
    shown = " ".join(sum(view.items.values(), [])) + view.opd_title
    assert "Budi" not in shown and "0812" not in shown
    assert not painted(view).isNull()


def test_swot_board_without_param_shows_the_first_opd(qtbot, ctl):
    view = board(qtbot, ctl, "swot")
    assert view.opd_title.startswith(roster.list_opds(ctl.ws)[0].code)


def test_overview_board_counts_live_per_dimension_and_component(qtbot, ctl):
    by_dim = board(qtbot, ctl, "overview", "dimension")
    by_comp = board(qtbot, ctl, "overview", "component")
    swot.add_item(ctl.ws, opd_id(ctl, "DLH"), "W", "TPA penuh", dimension="environment",
                  component="infrastruktur")
    qtbot.waitUntil(lambda: by_dim.cells.get(("environment", "W")) == ["TPA penuh"])
    qtbot.waitUntil(lambda: by_comp.cells.get(("infrastruktur", "W")) == ["TPA penuh"])


def test_matrix_and_quick_win_boards_follow_scores_and_choices(qtbot, ctl):
    matrix = board(qtbot, ctl, "matrix")
    quick = board(qtbot, ctl, "quickwins")
    program = programs.add_program(ctl.ws, opd_id(ctl, "DLH"), "Bank sampah digital",
                                   "environment")
    programs.set_score(ctl.ws, program.id, "DLH", "impact", 5)
    programs.set_score(ctl.ws, program.id, "DLH", "effort", 1)
    qtbot.waitUntil(lambda: len(matrix.chart.points) == 1)
    assert matrix.legend.rows[0][2] is True  # a quick win, highlighted in the legend
    qtbot.waitUntil(lambda: quick.lists.get("environment") == ([], ["Bank sampah digital (DLH)"]))
    programs.set_quick_win(ctl.ws, program.id, True)
    qtbot.waitUntil(lambda: quick.lists.get("environment") == (["Bank sampah digital (DLH)"], []))


def test_font_scale_and_kinds(qtbot, ctl):
    for kind in KINDS:
        view = board(qtbot, ctl, kind)
        before = view.font_pt()
        view.set_font_scale(1.5)
        assert view.font_pt() == pytest.approx(before * 1.5)
    with pytest.raises(ValueError):
        make_board("nonsense", ctl, None)


def test_added_items_are_counted_one_by_one_and_edits_reload_once(qtbot, ctl):
    view = board(qtbot, ctl, "overview", "dimension")
    calls = []
    original = view.reload
    view.reload = lambda: (calls.append(1), original())
    items = [swot.add_item(ctl.ws, opd_id(ctl, "DLH"), "S", f"Butir {n}") for n in range(20)]
    qtbot.waitUntil(lambda: sum(len(v) for v in view.cells.values()) == 20)
    assert calls == []  # new items are read one by one, not all 5,000 again
    for item in items:
        swot.update_item(ctl.ws, item.id, dimension="environment")
    qtbot.waitUntil(lambda: len(view.cells.get(("environment", "S"), [])) == 20)
    assert len(calls) == 1  # a burst of edits: one reload
