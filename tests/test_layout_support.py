"""The layout checker of the layout tests finds what it must (and only that)."""

from __future__ import annotations

from layout_support import layout_problems, unreachable
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget


def _window(qtbot, width=300, height=200) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    return window


def test_a_widget_outside_the_window_is_found(qtbot):
    window = _window(qtbot)
    button = QPushButton("Simpan", window)
    button.setGeometry(250, 10, 100, 30)
    button.show()
    assert any("Simpan" in p for p in layout_problems(window, (300, 200)))
    assert unreachable(window, {"save": button})


def test_a_widget_cut_by_its_parent_is_found(qtbot):
    window = _window(qtbot)
    box = QWidget(window)
    box.setGeometry(0, 0, 100, 100)
    box.show()
    button = QPushButton("Lanjut", box)
    button.setGeometry(80, 10, 50, 30)
    button.show()
    assert any("Lanjut" in p for p in layout_problems(window, (300, 200)))


def test_a_window_larger_than_the_screen_is_found(qtbot):
    window = _window(qtbot, 400, 200)
    assert layout_problems(window, (300, 200))[0].startswith("window is 400x200")


def test_scrolled_content_is_reachable_but_not_a_primary_button(qtbot):
    window = _window(qtbot)
    area = QScrollArea(window)
    content = QWidget()
    content.setMinimumHeight(1000)
    button = QPushButton("Simpan", content)
    button.move(10, 900)
    area.setWidget(content)
    area.setWidgetResizable(True)
    QVBoxLayout(window).addWidget(area)
    qtbot.wait(5)
    assert layout_problems(window, (300, 200)) == []
    assert unreachable(window, {"save": button})
    area.ensureWidgetVisible(button)
    qtbot.wait(5)
    assert unreachable(window, {"save": button}) == []


def test_hidden_and_zero_size_primary_buttons_are_unreachable(qtbot):
    window = _window(qtbot)
    hidden = QPushButton("A", window)
    hidden.hide()
    flat = QPushButton("B", window)
    flat.setGeometry(0, 0, 0, 0)
    flat.show()
    assert unreachable(window, {"a": hidden, "b": flat}) == ["a: not visible",
                                                              "b: zero size"]
