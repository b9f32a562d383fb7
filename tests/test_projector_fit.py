"""The projector's text fitting, checked against sizes worked out here from the font metrics
(not by the fitting code itself): ``fit_text`` keeps the longest prefix that fits, exact fits
are kept whole, ``lines_fit`` leaves room for the bullet, ``fit_factor`` picks the largest size
at which EVERY box fits (with the projector's font scale), ``paint_lines`` never paints into
the "… and N more" band and counts the rest right, the SWOT board paints each quadrant into
its own box, and the timer and header follow the font scale and keep the countdown whole.
"""

from __future__ import annotations

import re
import sys

import pytest
from boards_support import ctl, opd_id, show
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

from smartbimtek.model import QUADRANTS
from smartbimtek.services import agenda, plan, swot
from ui.projector_boards import make_board

__all__ = ["ctl"]  # the fixture this module uses from boards_support

LONG = ("Jaringan fiber optik daerah sudah menghubungkan tiga puluh empat kantor OPD dan "
        "delapan belas kecamatan, tetapi desa di pegunungan masih memakai radio dan kurir "
        "untuk surat menyurat dinas setiap minggu")
WRAP = Qt.TextFlag.TextWordWrap


class RecordingPainter(QPainter):
    """A painter that records each ``drawText``: its rectangle, text and font size."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.texts: list[tuple[QRectF, str, float]] = []
        self.fonts: list[QFont] = []  # the font of each text, in the same order

    def drawText(self, *args):  # noqa: N802 - Qt override
        text = next(a for a in reversed(args) if isinstance(a, str))
        if isinstance(args[0], (QRectF, QRect)):
            rect = QRectF(args[0])
        elif len(args) >= 5 and all(isinstance(a, (int, float)) for a in args[:4]):
            rect = QRectF(*args[:4])
        else:
            rect = QRectF()
        self.texts.append((rect, text, self.font().pointSizeF()))
        self.fonts.append(QFont(self.font()))
        return super().drawText(*args)


@pytest.fixture
def board(qtbot, ctl):
    """A SWOT projector board at 1920x1080 (width factor 1.0, scale 1.0)."""
    view = show(qtbot, make_board("swot", ctl, opd_id(ctl, "DLH")), 1920, 1080)
    assert view.width() == 1920
    return view


def _font(board, size_pt: float, bold: bool = False) -> QFont:
    """A font of ``size_pt`` points made here (not through the board's ``make_font``)."""
    font = QFont(board.font())
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    return font


def _wrapped_height(font: QFont, width: float, text: str) -> float:
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100000), WRAP, text).height()


def _lines_need(font: QFont, width: float, lines: list[str], bullet: str = "• ") -> float:
    """Height of ``lines`` wrapped beside the bullet, with a quarter line between them."""
    metrics = QFontMetricsF(font)
    inner = width - metrics.horizontalAdvance(bullet)
    return sum(_wrapped_height(font, inner, t) + metrics.height() * 0.25 for t in lines)


# -- fit_text ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lines", [1, 2, 3])
def test_fit_text_keeps_the_longest_prefix_that_fits(board, lines):
    font = _font(board, 22)
    width = 520.0
    height = QFontMetricsF(font).lineSpacing() * lines + 1
    got = board.fit_text(LONG, font, width, height)
    # the answer worked out by trying every prefix
    best = max(k for k in range(len(LONG) + 1)
               if k == 0 or _wrapped_height(font, width, LONG[:k].rstrip() + "…") <= height)
    assert got == LONG[:best].rstrip() + "…"
    assert _wrapped_height(font, width, got) <= height
    assert _wrapped_height(font, width, LONG[:best + 1].rstrip() + "…") > height


def test_fit_text_keeps_a_text_that_fits_exactly(board):
    font = _font(board, 22)
    width = 520.0
    exact = _wrapped_height(font, width, LONG)  # the height it needs, to the pixel
    assert board.fit_text(LONG, font, width, exact) == LONG
    assert board.fit_text(LONG, font, width, exact - 1) != LONG
    assert board.fit_text("Singkat", font, width, exact) == "Singkat"


def test_fit_text_gives_nothing_when_not_even_the_ellipsis_fits(board):
    font = _font(board, 22)
    assert board.fit_text(LONG, font, 520.0, QFontMetricsF(font).height() / 3) == ""


# -- lines_fit -------------------------------------------------------------------------------
def test_lines_fit_is_exact_at_the_boundary(board):
    font = _font(board, 22)
    lines = ["Satu", "Jaringan internet desa belum merata", "Tiga"]
    width = 900.0
    need = _lines_need(font, width, lines)
    assert board.lines_fit(QRectF(0, 0, width, need), lines, font)
    assert not board.lines_fit(QRectF(0, 0, width, need - 1), lines, font)
    assert not board.lines_fit(QRectF(0, 0, width, 10000), ["x"] * 41, font)  # limit
    assert board.lines_fit(QRectF(0, 0, width, 10000), ["x"] * 40, font)


def test_lines_fit_leaves_room_for_the_bullet(board):
    """A line as wide as the box fits on one line only without the bullet: beside the
    bullet it wraps to two lines, which a one-line box cannot hold."""
    font = _font(board, 22)
    metrics = QFontMetricsF(font)
    text = "Dinas Komunikasi dan Informatika"
    bullet_w = metrics.horizontalAdvance("• ")
    width = metrics.horizontalAdvance(text) + bullet_w / 2 + 1
    one_line = _wrapped_height(font, 10000, text) + metrics.height() * 0.25
    assert _lines_need(font, width, [text]) > one_line  # it does wrap beside the bullet
    assert not board.lines_fit(QRectF(0, 0, width, one_line), [text], font)
    assert board.lines_fit(QRectF(0, 0, width + bullet_w, one_line), [text], font)


# -- fit_factor ------------------------------------------------------------------------------
FACTORS = (1.6, 1.4, 1.25, 1.1, 1.0)
ITEMS = ["Dokumen RPJMD memuat transformasi digital", "Anggaran TIK naik", "SDM TIK kurang",
         "Pusat data belum ada", "Aplikasi tumpang tindih"]


def _largest_fitting(board, boxes, scale: float) -> float:
    """The largest factor at which every box holds its lines, sizes from the base size,
    the factor and the scale (1920-pixel board: width factor 1)."""
    for factor in FACTORS:
        font = _font(board, board.base_pt * factor * scale)
        if all(_lines_need(font, r.width(), lines) <= r.height() for r, lines in boxes):
            return factor
    return FACTORS[-1]


def test_fit_factor_picks_the_largest_size_at_which_every_box_fits(board):
    width = 600.0
    at = {f: _lines_need(_font(board, board.base_pt * f), width, ITEMS) for f in FACTORS}
    roomy = QRectF(0, 0, width, at[1.6] + 5)
    tight = QRectF(0, 0, width, (at[1.25] + at[1.4]) / 2)  # 1.25 fits, 1.4 does not
    assert at[1.25] < tight.height() < at[1.4]
    assert board.fit_factor([(roomy, ITEMS)]) == 1.6
    assert board.fit_factor([(tight, ITEMS)]) == 1.25
    # every box counts, wherever the tight one is
    assert board.fit_factor([(roomy, ITEMS), (tight, ITEMS), (roomy, [])]) == 1.25
    assert board.fit_factor([(tight, ITEMS), (roomy, ITEMS)]) == 1.25
    # none fits: the smallest (the board then sums up the rest)
    assert board.fit_factor([(QRectF(0, 0, width, 10), ITEMS)]) == 1.0


@pytest.mark.parametrize("scale", [0.75, 1.5, 2.0])
def test_fit_factor_follows_the_projector_font_scale(board, scale):
    width = 600.0
    tight = QRectF(0, 0, width, _lines_need(_font(board, board.base_pt * 1.25), width, ITEMS)
                   + 2)
    board.set_font_scale(scale)
    expected = _largest_fitting(board, [(tight, ITEMS)], scale)
    assert board.fit_factor([(tight, ITEMS)]) == expected
    assert board.make_font(1.0).pointSizeF() == pytest.approx(board.base_pt * scale)
    if scale > 1:
        assert expected < 1.25


# -- paint_lines -----------------------------------------------------------------------------
def _paint(board, rect: QRectF, lines: list[str], font: QFont):
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    try:
        shown = board.paint_lines(painter, rect, lines, font, "… and {0} more")
    finally:
        painter.end()
    return shown, painter.texts


@pytest.mark.parametrize("count", [3, 12, 40])
def test_paint_lines_fills_the_box_and_sums_up_the_rest(board, count):
    font = _font(board, 22)
    metrics = QFontMetricsF(font)
    lines = [f"Butir nomor {n}" for n in range(count)]
    rect = QRectF(50, 100, 700, 400)
    one = _lines_need(font, rect.width(), ["Butir nomor 0"])  # every line is one line high
    more_h = metrics.height() * 1.1
    # all when they fit, else as many as fit above the "… and N more" band
    expected = count if count * one <= rect.height() else int((rect.height() - more_h) // one)
    shown, texts = _paint(board, rect, lines, font)
    assert shown == expected
    painted = [(r, t) for r, t, _size in texts if t.startswith("Butir")]
    assert [t for _r, t in painted] == lines[:expected]
    band_top = rect.bottom() - (more_h if expected < count else 0)
    for r, _t in painted:
        assert rect.left() <= r.left() and r.right() <= rect.right() + 0.01
        assert rect.top() <= r.top() and r.top() + one - 0.01 <= band_top
    more = [t for _r, t, _s in texts if t.startswith("…")]
    assert more == ([f"… and {count - expected} more"] if expected < count else [])


def test_paint_lines_at_the_boundary_of_the_more_band(board):
    font = _font(board, 22)
    more_h = QFontMetricsF(font).height() * 1.1
    lines = [f"Butir nomor {n}" for n in range(12)]
    one = _lines_need(font, 700, ["Butir nomor 0"])
    for k in (3, 5):
        assert _paint(board, QRectF(0, 0, 700, k * one + more_h), lines, font)[0] == k
        assert _paint(board, QRectF(0, 0, 700, k * one + more_h - 0.5), lines, font)[0] == k - 1
    # all of them exactly: no band needed
    assert _paint(board, QRectF(0, 0, 700, 12 * one), lines, font)[0] == 12
    assert _paint(board, QRectF(0, 0, 700, 12 * one - 0.5), lines, font)[0] == \
        int((12 * one - 0.5 - more_h) // one)


def test_paint_lines_wraps_beside_the_bullet(board):
    """A line a little narrower than the box wraps beside the bullet: two lines high."""
    font = _font(board, 22)
    metrics = QFontMetricsF(font)
    text = "Dinas Komunikasi dan Informatika"
    width = metrics.horizontalAdvance(text) + metrics.horizontalAdvance("• ") / 2 + 1
    two = _lines_need(font, width, [text])
    assert two > 1.9 * _lines_need(font, 10000, [text]) - metrics.height() * 0.25
    more_h = metrics.height() * 1.1
    shown, texts = _paint(board, QRectF(0, 0, width, 3 * two + more_h), [text] * 6, font)
    assert shown == 3
    assert [t for _r, t, _s in texts if t.startswith("…")] == ["… and 3 more"]


# -- the SWOT board as painted -----------------------------------------------------------------
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_swot_board_paints_each_quadrant_in_its_own_box(qtbot, ctl, monkeypatch, scale):
    dlh = opd_id(ctl, "DLH")
    counts = {"S": 2, "W": 30, "O": 5, "T": 0}
    for q, n in counts.items():
        for i in range(n):
            swot.add_item(ctl.ws, dlh, q, f"{q} butir {i} " + "kata " * (i % 4))
    view = show(qtbot, make_board("swot", ctl, dlh), 1920, 1080)
    view.set_font_scale(scale)
    qtbot.waitUntil(lambda: sum(len(v) for v in view.items.values()) == sum(counts.values()))
    texts = [(r, t, size) for r, t, size, _f in _painted_texts(monkeypatch, view)]
    names = view.quadrant_names()
    heads = {q: next(r for r, t, _ in texts if t == f"{names[q]} ({counts[q]})")
             for q in QUADRANTS}
    # a quadrant's frame from its header band: 12 px inside on each side, one gap between rows
    height = heads["O"].top() - heads["S"].top() - 12
    frames = {q: QRectF(h.left() - 12, h.top(), h.width() + 24, height)
              for q, h in heads.items()}
    areas = {q: QRectF(f.left() + 12, f.top() + heads[q].height() + 8, f.width() - 24,
                       f.height() - heads[q].height() - 14) for q, f in frames.items()}
    body = [(r, t, size) for r, t, size in texts if " butir " in t]
    sizes = {round(size, 3) for _r, _t, size in body}
    assert len(sizes) == 1  # one body size for the four quadrants
    expected = _largest_fitting(view, [(areas[q], view.items[q]) for q in QUADRANTS], scale)
    assert sizes.pop() == pytest.approx(view.base_pt * expected * scale, abs=0.01)
    for q in QUADRANTS:
        frame = frames[q]
        mine = [r for r, t, _ in body if t.startswith(f"{q} butir")]
        more = [t for r, t, _ in texts if t.startswith("…") and frame.contains(r.center())]
        summed = int(re.search(r"\d+", more[0]).group()) if more else 0
        assert len(mine) + summed == counts[q], (q, len(mine), more)
        for r in mine:
            assert frame.left() <= r.left() and r.right() <= frame.right(), q
            assert areas[q].top() <= r.top() and r.bottom() <= frame.bottom(), q
    if scale == 1.0:
        assert counts["W"] > len([t for _r, t, _ in body if t.startswith("W butir")])


# -- the header and the timer ------------------------------------------------------------------
WIDEST = "-000:00"  # the widest countdown: more than 100 minutes, overrun


def _timer_state(window, qtbot, text: str):
    label = window.timer_label
    label.setText(text)
    window.header.layout().activate()
    window.layout().activate()
    qtbot.wait(1)
    return label


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1024, 768)])
def test_timer_follows_the_font_scale_and_keeps_the_countdown_whole(qtbot, tmp_path, size):
    from ui_support import make_controller, make_settings

    from ui.projector import ProjectorWindow

    controller = make_controller(tmp_path)
    window = ProjectorWindow(controller, make_settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.height() == size[1])
    # a two-hour step is running: its countdown starts at "120:00", in the running style
    event = plan.current_event(controller.ws)
    step = agenda.add_step(controller.ws, event.id, 1, "Kerja kelompok: SWOT per OPD", 120)
    agenda.start_step(controller.ws, event.id, step.id)
    window.load_step()
    assert window.timer_label.isVisible() and window.timer_label.text().startswith("1")
    sizes = []
    for scale in (0.6, 1.0, 1.5, 2.0, 2.5):
        window.set_font_scale(scale)
        assert window.font_scale == scale
        sizes.append(window.timer_label.font().pixelSize())
        for text in (WIDEST, "-59:59", "88:88", "120:00"):
            label = _timer_state(window, qtbot, text)
            need = QFontMetricsF(label.font()).horizontalAdvance(text)
            assert label.contentsRect().width() >= need, (scale, text, label.width(), need)
            assert label.contentsRect().height() >= QFontMetricsF(label.font()).ascent()
            # the step title keeps half the header
            assert label.width() <= window.width() / 2, (scale, text, label.width())
    assert sizes[0] < sizes[1]  # the scale is applied (made smaller only to fit)
    assert sizes == sorted(sizes)
    controller.close()


# -- the agenda board and the matrix legend (lists) ------------------------------------------
def _painted_texts(monkeypatch, widget) -> list[tuple[QRectF, str, float, QFont]]:
    """(rect, text, point size, font) of each text ``widget`` paints (its module's painter
    recorded)."""
    module = sys.modules[type(widget).paintEvent.__module__]
    painters: list[RecordingPainter] = []

    class Recorder(RecordingPainter):
        def __init__(self, *args):
            super().__init__(*args)
            painters.append(self)

    monkeypatch.setattr(module, "QPainter", Recorder)
    widget.grab()
    assert painters
    return [(*text, font) for text, font in zip(painters[-1].texts, painters[-1].fonts,
                                                strict=True)]


@pytest.mark.parametrize("size", [(1280, 600), (1920, 900)])
@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("extra, where", [(0, "middle"), (30, "middle"), (30, "last")])
def test_agenda_board_shows_the_day_within_the_board(qtbot, tmp_path, monkeypatch, size, scale,
                                                     extra, where):
    from ui_support import make_controller

    from ui.projector import AgendaBoard

    controller = make_controller(tmp_path)
    event = plan.current_event(controller.ws)
    agenda.add_step(controller.ws, event.id, 1, "Pemaparan hasil kerja kelompok oleh setiap "
                    "perangkat daerah dan tanggapan narasumber serta Tim Pelaksana", 45,
                    position=2)
    for n in range(extra):  # a long day: the board pages around the current step
        agenda.add_step(controller.ws, event.id, 1, f"Diskusi kelompok {n + 1}", 5)
    steps = agenda.list_steps(controller.ws, event.id, 1)
    current = steps[len(steps) // 2 + 1] if where == "middle" else steps[-1]
    agenda.start_step(controller.ws, event.id, current.id)
    view = show(qtbot, AgendaBoard(controller), *size)
    view.load()
    titles = {s.title for s in steps}

    def row_px(texts) -> set[int]:
        return {f.pixelSize() for _r, t, _s, f in texts if t in titles or t.endswith("…")}

    sizes = {}
    for factor in (0.6, 1.0, scale):
        view.set_font_scale(factor)
        sizes[factor] = max(row_px(_painted_texts(monkeypatch, view)))
    assert sizes[0.6] < sizes[1.0] <= sizes[scale]  # the scale is applied (capped to fit)
    texts = _painted_texts(monkeypatch, view)
    rows = [(r, t, f) for r, t, _s, f in texts if t in titles or t.endswith("…")]
    assert rows
    for r, t, font in rows:  # inside the board, each title within its row (elided if long)
        assert r.top() >= 0 and r.bottom() <= size[1] + 0.5, t
        assert r.right() <= size[0], t
        assert QFontMetricsF(font).horizontalAdvance(t) <= r.width() + 1, t
    shown = [t for _r, t, _f in rows]
    assert current.title in shown or any(current.title.startswith(t[:-1]) for t in shown)
    # the rows off the page are counted: shown + earlier + later = the whole day
    notes = [int(re.search(r"\d+", t).group()) for _r, t, _s, _f in texts
             if t.startswith("…") and re.search(r"\d", t)]
    assert len(rows) + sum(notes) == len(steps), (len(rows), notes)
    for r, t, _s, _f in texts:  # the "… N earlier" / "… and N more" lines too
        assert r.top() >= 0 and r.bottom() <= size[1] + 0.5, t
    if scale <= 1.0 and not extra:  # as large as fits: the whole day on one screen
        assert len(rows) == len(steps)
    controller.close()


def test_matrix_legend_fits_its_rows_and_sums_up_the_rest(qtbot, ctl, monkeypatch):
    view = show(qtbot, make_board("matrix", ctl), 1920, 1080)
    legend = view.legend
    for count in (5, 20, 30, 60):
        legend.rows = [(n + 1, f"Program nomor {n + 1} (DLH)", n < 2) for n in range(count)]
        texts = _painted_texts(monkeypatch, legend)
        painted = [(r, t) for r, t, _s, _f in texts if t.startswith("Program nomor")]
        more = [t for _r, t, _s, _f in texts if t.startswith("…")]
        assert all(r.bottom() <= legend.height() + 0.5 for r, _t, _s, _f in texts)
        summed = int(re.search(r"\d+", more[0]).group()) if more else 0
        assert len(painted) + summed == count
        if more:  # a summary only when the rows do not fit even at the smallest size
            sizes = {round(s, 2) for _r, t, s, _f in texts if t.startswith("Program nomor")}
            smallest = min(getattr(legend, "FACTORS", (0.78,)))
            assert sizes == {round(view.font_pt(smallest), 2)}, sizes
        if count == 5:
            assert not more
            # the largest size at which the five rows fit
            sizes = {round(s, 2) for _r, t, s, _f in texts if t.startswith("Program nomor")}
            fits = [f for f in (1.25, 1.1, 1.0, 0.9, 0.78)
                    if 5 * QFontMetricsF(_font(view, view.font_pt(f))).height() * 1.15
                    <= legend.height()]
            assert max(sizes) == pytest.approx(view.font_pt(fits[0]), abs=0.01)


def test_every_board_kind_is_made_and_an_unknown_kind_is_refused(qtbot, ctl):
    from ui.projector_boards import KINDS

    for kind in KINDS:
        board = make_board(kind, ctl)
        qtbot.addWidget(board)
        assert hasattr(board, "set_font_scale"), kind
    with pytest.raises(ValueError, match="unknown projector board"):
        make_board("nope", ctl)
