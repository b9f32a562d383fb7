"""The start screen (no workshop open). The dialog creating a new workshop is in
``ui/new_workshop.py`` (``NewWorkshopDialog`` is still importable from here, loaded on use)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .widgets.common import bold_label, plain_tooltip

_ROLE_PATH = Qt.ItemDataRole.UserRole


class StartScreen(QWidget):
    """New workshop, open a file, open the demo, or one of the recent files."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 3)
        outer.addStretch(1)
        column.addStretch(1)
        title = bold_label("SmartBimtek", 16)
        column.addWidget(title)
        subtitle = QLabel(self.tr("Smart city master plan workshops (bimtek), fully offline."))
        subtitle.setWordWrap(True)
        column.addWidget(subtitle)
        column.addSpacing(16)
        self.new_button = QPushButton(self.tr("New workshop..."))
        self.open_button = QPushButton(self.tr("Open a workshop file..."))
        self.demo_button = QPushButton(self.tr("Try the demo workshop (example data)"))
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(44)
            column.addWidget(button)
        self.demo_hint = QLabel(self.tr(
            "The demo is an example Bimtek I of Kabupaten Sukamaju, on its second day. It is "
            "marked DEMO, its timer waits until you resume it, and changes to it do not touch "
            "your own workshops."))
        self.demo_hint.setWordWrap(True)
        column.addWidget(self.demo_hint)
        column.addSpacing(16)
        column.addWidget(bold_label(self.tr("Recent workshops")))
        self.recent = QListWidget()
        self.recent.setMinimumHeight(140)
        column.addWidget(self.recent)
        self.empty_hint = QLabel(self.tr("No recent workshops yet."))
        column.addWidget(self.empty_hint)
        column.addStretch(2)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(
            item.data(_ROLE_PATH)))

    def set_recent(self, paths: list[str]) -> None:
        """Show the recent files (newest first)."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}    —    {path}")
            item.setData(_ROLE_PATH, path)
            item.setToolTip(plain_tooltip(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.empty_hint.setVisible(not paths)


def __getattr__(name: str):
    """``NewWorkshopDialog`` (PEP 562: its module and Qt classes load when first asked for)."""
    if name == "NewWorkshopDialog":
        from .new_workshop import NewWorkshopDialog

        return NewWorkshopDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
