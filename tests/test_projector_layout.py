"""Every projector board of the demo workshop laid out at the venue sizes (1024x768, 1280x720,
1280x800, 1920x1080) at every font scale offered (0.6 to 2.5 in steps of 0.1):
the window keeps the screen's size (no label or board forces it wider), every visible widget
lies inside the window, and every text the projector drew (its ``last_layout()``: header
labels, board titles, rows, legends, chart labels, the widest countdowns) fits the box it was
drawn in, measured with ``QFontMetricsF``, and lies inside the window. At 1920x1080 and scale
1, no text is smaller than 20 pixels (readable from the back of a room)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QWidget

from smartbimtek.demo import create_demo
from smartbimtek.services import roster
from ui.controller import Controller
from ui.lan_control import LanControl
from ui.projector import WIDEST_COUNTDOWN, ProjectorWindow
from ui.settings import MAX_FONT_SCALE, MIN_FONT_SCALE, Settings

SIZES = [(1024, 768), (1280, 720), (1280, 800), (1920, 1080)]
#: Every scale the View menu offers (Ctrl++ / Ctrl+- step by 0.1).
SCALES = [round(MIN_FONT_SCALE + step / 10, 1)
          for step in range(round((MAX_FONT_SCALE - MIN_FONT_SCALE) * 10) + 1)]
BOARDS = [("agenda", None), ("swot", "first"), ("overview", "dimension"),
          ("overview", "component"), ("matrix", None), ("quickwins", None), ("review", None),
          ("review", "chapter:visi"), ("commitment", None), ("join", None),
          ("join", "open"),  # the join board before and after table input is opened
          ("keywords", None), ("coverage", None)]
#: Boards that draw a title band of their own.
TITLED = {"agenda", "swot", "overview", "matrix", "quickwins", "join", "review",
          "commitment", "keywords",
          "coverage"}
#: The road map (all programs, then one dimension).
BOARDS += [("roadmap", None), ("roadmap", "governance")]
TITLED |= {"roadmap"}
#: A group's (kelompok's) SWOT: ``"group"`` is the group the fixtures add (three OPDs).
BOARDS += [("swot", "group")]
MIN_PX_1080 = 20


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo workshop with its group work running for 12 minutes, and a projector."""
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    folder = tmp_path_factory.mktemp("layout")
    started = dt.datetime(2026, 6, 16, 10, 0).astimezone()
    path = create_demo(folder / "demo.bimtek", now=started)
    controller = Controller(clock=lambda: started + dt.timedelta(minutes=12, seconds=25))
    controller.open(path)
    _add_group(controller.ws, ["Data kependudukan terpadu", "SDM TIK terbatas",
                               "Dana transfer daerah", "Serangan siber"])
    window = ProjectorWindow(controller, Settings(folder / "settings.ini"))
    yield controller, window
    window.hide()
    window.deleteLater()
    controller.close()


def _add_group(ws, texts: list[str], name: str = "Tata kelola") -> None:
    """A dimension group of the first three OPDs with ``texts`` as its SWOT items (in turn
    S, W, O, T, of its OPDs in turn)."""
    from smartbimtek.services import groups, swot

    members = [o.id for o in roster.list_opds(ws)[:3]]
    group = groups.add_group(ws, name, "dimension", dimension="governance", opd_ids=members)
    for n, text in enumerate(texts):
        swot.add_item(ws, members[n % 3], "SWOT"[n % 4], text, group_id=group.id)


LONG = ("Penyusunan peta jalan transformasi digital pelayanan publik terpadu lintas perangkat "
        "daerah dengan pendampingan narasumber dan Tim Pelaksana")
WORD = "Pengintegrasiansistemkependudukanterpadu"  # one word wider than a narrow box


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """The demo made crowded: a long OPD name, a long current step, thirty more steps that
    day, forty long SWOT items in one OPD, long programs chosen as quick wins."""
    from PySide6.QtWidgets import QApplication

    from smartbimtek.services import agenda, plan, programs, swot

    QApplication.instance() or QApplication([])
    folder = tmp_path_factory.mktemp("crowded")
    started = dt.datetime(2026, 6, 16, 10, 0).astimezone()
    path = create_demo(folder / "demo.bimtek", now=started)
    controller = Controller(clock=lambda: started + dt.timedelta(minutes=12, seconds=25))
    ws = controller.open(path)
    opd = roster.list_opds(ws)[0]
    roster.update_opd(ws, opd.id, name="Badan Perencanaan, Penelitian dan Pengembangan, "
                      "Pengelolaan Keuangan dan Aset Daerah Kabupaten")
    event = plan.current_event(ws)
    current = agenda.current_step(ws, event.id)
    agenda.update_step(ws, current.id, title=LONG)
    for n in range(30):
        agenda.add_step(ws, event.id, current.day, f"{WORD} {n} " + LONG[: 20 + 3 * n], 15)
    for n, q in enumerate(["S", "W", "O", "T"] * 10):
        swot.add_item(ws, opd.id, q, f"{n} {WORD} " + LONG[: 30 + 2 * n])
    for n in range(12):
        program = programs.add_program(ws, opd.id, f"{WORD} {n} {LONG[:60]}", "governance")
        programs.set_score(ws, program.id, opd.code, "impact", 5)
        programs.set_score(ws, program.id, opd.code, "effort", 1 + n % 5)
        programs.set_quick_win(ws, program.id, n % 2 == 0)
    _add_group(ws, [f"{n} {WORD} " + LONG[: 30 + 2 * n] for n in range(24)],
               "Kelompok Tata Kelola Pemerintahan dan Pelayanan Publik Terpadu")
    window = ProjectorWindow(controller, Settings(folder / "settings.ini"))
    yield controller, window
    window.hide()
    window.deleteLater()
    controller.close()


def _outside(window: QWidget) -> list[str]:
    """Visible widgets of ``window`` whose rectangle is not inside the window's."""
    bounds = QRect(0, 0, window.width(), window.height())
    wrong = []
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.isWindow():
            continue
        rect = QRect(child.mapTo(window, child.rect().topLeft()), child.size())
        if not bounds.contains(rect):
            wrong.append(f"{type(child).__name__} {child.objectName()} {rect.getRect()}")
    return wrong


def _layout_problems(window, kind: str, size, scale: float) -> list[str]:
    records = window.last_layout()
    problems = []
    roles = {r.role for r in records}
    if "timer" not in roles:
        problems.append("no countdown drawn")
    if kind in TITLED and "title" not in roles:
        problems.append("no board title drawn")
    inside = QRectF(-0.5, -0.5, size[0] + 1, size[1] + 1)
    for record in records:
        what = f"{record.role} {record.text!r}"
        if not record.fits():
            need = record.needed()
            problems.append(f"{what} needs {need.width():.0f}x{need.height():.0f}, box "
                            f"{record.rect.width():.0f}x{record.rect.height():.0f}")
        if not inside.contains(record.rect):
            problems.append(f"{what} drawn at {record.rect.getRect()} outside the window")
        if size == (1920, 1080) and scale == 1.0 and record.role != "marker":
            px = QFontInfo(record.font).pixelSize()
            if px < MIN_PX_1080:
                problems.append(f"{what} only {px} px high on a 1080p board")
    for more in (r for r in records if r.role == "more"):
        # a list that does not fit shows what it can, then sums up the rest: never only
        # the summary
        if not any(r.role in ("line", "row", "time") and r.rect.top() < more.rect.top()
                   and -1 <= r.rect.left() - more.rect.left() <= 0.3 * size[0]
                   for r in records):
            problems.append(f"{more.text!r} at {more.rect.getRect()} with no line above it")
    return problems


def _covered_labels(chart) -> list[str]:
    """Quadrant names that a marker (a circle of the chart's radius) touches."""
    labels = [r for r in chart.last_layout() if r.role == "label"]
    assert len(labels) == 4 and chart.points
    r = chart.radius()
    wrong = []
    for point, centre in zip(chart.points, chart.marker_positions(), strict=True):
        marker = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
        for label in labels:
            if marker.intersects(label.needed()):
                wrong.append(f"marker {point.number} covers {label.text!r}")
    return wrong


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_board_fits_the_projector(qtbot, demo, size, scale):
    _check_every_board(qtbot, *demo, size, scale)


@pytest.mark.parametrize("scale", [MIN_FONT_SCALE, 1.0, MAX_FONT_SCALE])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_board_fits_the_projector_when_crowded(qtbot, crowded, size, scale):
    _check_every_board(qtbot, *crowded, size, scale)


def _check_every_board(qtbot, controller, window, size, scale) -> None:
    first_opd = roster.list_opds(controller.ws)[0].id
    from smartbimtek.services import groups

    params = {"first": first_opd, "group": f"group:{groups.shared_groups(controller.ws)[0].id}"}
    window.resize(*size)
    window.show()
    window.set_font_scale(scale)
    problems = []
    lan = LanControl.of(controller)
    for kind, param in BOARDS:
        if param == "open":
            assert lan.start("127.0.0.1", 0) and lan.url
        controller.show_on_projector(kind, params.get(param, param))
        window.layout().activate()
        qtbot.wait(1)
        window.load_step()
        window.grab()  # paints every board and records its texts
        if (window.width(), window.height()) != size:
            problems.append(f"{kind}: window {window.width()}x{window.height()}")
        problems += [f"{kind}/{param}: {p}" for p in _outside(window)]
        problems += [f"{kind}/{param}: {p}" for p in _layout_problems(window, kind, size, scale)]
        if kind == "matrix":
            problems += _covered_labels(window.board.chart)
        if param == "open":
            assert any(lan.url.replace("http://", "") == r.text for r in window.last_layout())
    lan.stop()
    # the widest countdowns fit too (more than 100 minutes, overrun)
    for text in (WIDEST_COUNTDOWN, "-59:59", "188:88"):
        window.timer_label.setText(text)
        [timer] = [r for r in window.last_layout() if r.role == "timer"]
        if not timer.fits():
            problems.append(f"countdown {text!r} needs {timer.needed().width():.0f} px, "
                            f"has {timer.rect.width():.0f}")
    assert not problems, "\n".join(problems)
