"""The keywords & vision board and the coverage board on the projector: a keyword sent by a
table appears in the painted cloud, the typed vision shows before it is saved, the empty
coverage cells are red, and both fit every venue size at every font scale."""

from __future__ import annotations

import datetime as dt

import pytest
from boards_support import ctl, show
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontInfo
from test_projector_layout import SCALES, SIZES

from smartbimtek.demo import create_demo
from smartbimtek.services import keywords, programs, roster
from ui.controller import Controller
from ui.projector_boards import make_board
from ui.views.projector_coverage import EMPTY_FILL, FILLED_FILL
from ui.views.vision_live import live_vision

__all__ = ["ctl"]  # the fixture this module uses from boards_support


@pytest.fixture(scope="module")
def stage_two(tmp_path_factory):
    """The demo at the end of Bimtek II (keywords and vision of Bimtek I, 10-year programs)."""
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    folder = tmp_path_factory.mktemp("stage2")
    now = dt.datetime(2026, 8, 20, 10, 0).astimezone()
    controller = Controller(clock=lambda: now)
    controller.open(create_demo(folder / "demo.bimtek", now=now, stage="II"))
    yield controller
    controller.close()


def _words(board) -> list[str]:
    board.grab()
    return [r.text for r in board.last_layout() if r.role == "word"]


def test_a_keyword_from_a_table_appears_on_the_painted_board(qtbot, ctl):
    board = show(qtbot, make_board("keywords", ctl), 1920, 1080)
    assert _words(board) == []
    keywords.add_keyword(ctl.ws, "Pelayanan prima", source="table")
    qtbot.waitUntil(lambda: "Pelayanan prima" in _words(board), timeout=5000)
    for text in ("Digital", "Digital", "digital!"):  # counted as one, the usual spelling
        keywords.add_keyword(ctl.ws, text, source="table")
    keywords.pick(ctl.ws, "digital")
    qtbot.waitUntil(lambda: set(_words(board)) == {"Pelayanan prima", "Digital"},
                    timeout=5000)
    sizes = {w.text: w.size for w in board.cloud_layout.words}
    assert sizes["Digital"] > sizes["Pelayanan prima"]  # sent three times
    assert [w.text for w in board.cloud_layout.words if w.picked] == ["Digital"]
    image = board.grab().toImage()
    digital = next(w for w in board.cloud_layout.words if w.text == "Digital")
    rect = [r for r in board.last_layout() if r.text == "Digital"][0].rect
    assert image.pixelColor(int(rect.left()) + 1, int(rect.top()) + 1).name() == "#1b5e20"
    assert digital.picked


def test_the_typed_vision_shows_before_it_is_saved_then_the_saved_one(qtbot, ctl):
    board = show(qtbot, make_board("keywords", ctl), 1280, 720)
    live_vision(ctl).set_text("Kota digital yang melayani")

    def vision() -> str:
        board.grab()
        return " ".join(r.text for r in board.last_layout() if r.role == "vision")

    assert vision() == "Kota digital yang melayani"
    keywords.draft_vision(ctl.ws, "Kota cerdas dan sejahtera")
    live_vision(ctl).set_text(None)
    qtbot.waitUntil(lambda: vision() == "Kota cerdas dan sejahtera", timeout=5000)


def test_coverage_board_shows_empty_cells_in_red(qtbot, ctl):
    board = show(qtbot, make_board("coverage", ctl), 1920, 1080)
    assert all(row.counts == {"1": 0, "5": 0, "10": 0} for rows in board.rows.values()
               for row in rows)
    program = programs.add_program(ctl.ws, roster.find_opd(ctl.ws, "DLH").id,
                                   "Bank sampah digital", "environment",
                                   element="environment.waste", horizon="long")
    qtbot.waitUntil(lambda: board.rows["environment"][1].counts["10"] == 1, timeout=5000)
    board.grab()
    counts = [r for r in board.last_layout() if r.role == "count"]
    assert len(counts) == 6 * 3 * 3 and sum(int(r.text) for r in counts) == 1
    image = board.grab().toImage()
    for record in counts:
        colour = image.pixelColor(int(record.rect.left()) + 2, int(record.rect.top()) + 2)
        assert colour == (FILLED_FILL if record.text == "1" else EMPTY_FILL)
    assert program.id


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_keywords_and_coverage_boards_fit(qtbot, stage_two, size, scale):
    problems = []
    for kind in ("keywords", "coverage"):
        board = show(qtbot, make_board(kind, stage_two), *size)
        board.set_font_scale(scale)
        live_vision(stage_two).set_text(None)
        board.grab()
        records = board.last_layout()
        assert any(r.role == "title" for r in records)
        if kind == "keywords":
            assert any(r.role == "word" for r in records)
            assert any(r.role == "vision" and r.text.startswith("Terwujudnya")
                       for r in records)
        inside = QRectF(-0.5, -0.5, size[0] + 1, size[1] + 1)
        for record in records:
            what = f"{kind}: {record.role} {record.text!r}"
            if not record.fits():
                problems.append(f"{what} does not fit its box")
            if not inside.contains(record.rect):
                problems.append(f"{what} outside the board")
            if size == (1920, 1080) and scale == 1.0 and \
                    QFontInfo(record.font).pixelSize() < 20:
                problems.append(f"{what} smaller than 20 px")
        board.close()
    assert not problems, "\n".join(problems)


def test_programs_view_coverage_tab_lists_a_cells_programs(qtbot, ctl):
    from ui.views.coverage import EMPTY_BACKGROUND, FILLED_BACKGROUND
    from ui.views.programs import ProgramsView

    view = show(qtbot, ProgramsView(ctl), 1024, 768)
    view.tabs.setCurrentWidget(view.coverage)
    view.reload_now()
    panel = view.coverage
    cell = panel.cell_item("environment", "environment.waste", "10")
    assert cell.text() == "0" and cell.background().color() == EMPTY_BACKGROUND
    assert "54 empty cells" in panel.summary.text()
    programs.add_program(ctl.ws, roster.find_opd(ctl.ws, "DLH").id, "Bank sampah digital",
                         "environment", element="environment.waste", horizon="long")
    qtbot.waitUntil(lambda: panel.cell_item("environment", "environment.waste",
                                            "10").text() == "1", timeout=5000)
    cell = panel.cell_item("environment", "environment.waste", "10")
    assert cell.background().color() == FILLED_BACKGROUND
    assert "53 empty cells" in panel.summary.text()
    panel.table.setCurrentItem(cell)
    assert [panel.cell_list.item(i).text() for i in range(panel.cell_list.count())] == \
        ["Bank sampah digital"]
    panel.table.setCurrentItem(panel.cell_item("environment", "environment.waste", "5"))
    assert panel.cell_list.count() == 0 and ": 0 program(s)" in panel.cell_title.text()


def test_coverage_tab_reads_only_when_shown(qtbot, ctl):
    from ui.views.programs import ProgramsView

    view = show(qtbot, ProgramsView(ctl), 1024, 768)
    view.reload_now()
    assert view.coverage.rows == {}  # the program list shown: the coverage is not read
    view.tabs.setCurrentWidget(view.coverage)
    assert len(view.coverage.rows) == 6
