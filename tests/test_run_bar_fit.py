"""The run bar at 1024x768, 910x512 (150% on a 1366x768 laptop), 1366x768 and 1920x1080:
a step title too long for its room ends in "…" at a word boundary with the whole title in
the tooltip, and the projector board chooser shows each board's whole name (or elides it
with "…" and the whole name in its tooltip), with the primary buttons on screen."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from layout_support import unreachable
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox, QToolButton
from ui_support import make_settings

from ui import i18n
from ui.controller import Controller
from ui.main_window import MainWindow
from ui.settings import MAX_FONT_SCALE

MOMENT = dt.datetime(2026, 6, 16, 10, 12, tzinfo=dt.timezone(dt.timedelta(hours=7)))
SIZES = [(1024, 768), (910, 512), (1366, 768), (1920, 1080)]


@pytest.fixture
def console(qtbot, tmp_path, demo_file):
    i18n.install(QApplication.instance(), "id")
    path = tmp_path / "demo.bimtek"
    shutil.copyfile(demo_file, path)
    settings = make_settings(tmp_path)
    settings.set_font_scale(MAX_FONT_SCALE)
    window = MainWindow(Controller(clock=lambda: MOMENT), settings, projector=False)
    qtbot.addWidget(window)
    window.files.open_path(path)
    return window


def _settle(window, size) -> None:
    window.resize(*size)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    window.layout().activate()
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()


def _edit_field_width(box) -> int:
    """The width the combo box draws its current text in."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    return box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                      QStyle.SubControl.SC_ComboBoxEditField, box).width()


def _primary(window) -> dict:
    actions, bar = window.app_actions, window.run_bar
    toggle = [b for b in bar.findChildren(QToolButton) if b.defaultAction() is actions.projector]
    return {"next step": bar.button_for(actions.next_step),
            "pause": bar.button_for(actions.pause), "projector (F5)": toggle[0]}


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_step_title_elides_at_a_word_with_the_whole_title_in_the_tooltip(console, size):
    _settle(console, size)
    label = console.run_bar.step_label
    title = label.text()
    shown = label.shown_text()
    room = label.contentsRect().width()
    assert label.fontMetrics().horizontalAdvance(shown) <= room, (shown, room)
    assert title in label.toolTip()
    if shown != title:
        assert shown.endswith("…"), shown
        head = shown[:-1].rstrip()
        assert head and title.startswith(head), shown
        assert not title[len(head)].isalnum(), f"cut mid-word: {shown!r} of {title!r}"


def test_a_long_title_is_cut_at_1024(console):
    """The demo's running step ("Kerja kelompok program jangka …") does not fit at 1024."""
    _settle(console, (1024, 768))
    label = console.run_bar.step_label
    assert label.shown_text() != label.text() and label.shown_text().endswith("…")


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_board_chooser_shows_whole_names_or_elides_them(console, size):
    _settle(console, size)
    bar = console.run_bar
    box = bar.board_box
    problems = []
    for index in range(box.count()):
        box.setCurrentIndex(index)
        for _ in range(2):
            QApplication.processEvents()
        text = box.itemText(index)
        room = _edit_field_width(box)
        needed = box.fontMetrics().horizontalAdvance(text)
        if needed > room and not (text in box.toolTip() and bar.board_text_elided()):
            problems.append(f"{text!r} needs {needed} px, has {room}")
        problems += unreachable(console, _primary(console))
    assert problems == [], "\n".join(problems)
