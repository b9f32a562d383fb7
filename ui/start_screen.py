"""The start screen (no workshop open) and the dialog creating a new workshop from the
Bimtek I-IV agenda templates and the OPD template list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import REGION_TYPES, STAGES
from smartbimtek.store.workshop import EXTENSION

from .labels import region_type_label, stage_title
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


class NewWorkshopDialog(QDialog):
    """Collects what a new workshop needs; the caller creates it (``values()``)."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("e.g. Sukamaju"))
        self.region_type = QComboBox()
        for kind in REGION_TYPES:
            self.region_type.addItem(region_type_label(kind), kind)
        self.stage = QComboBox()
        for stage in STAGES:
            self.stage.addItem(stage_title(stage), stage)
        self.start_date = QDateEdit(QDate.currentDate())
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("dd-MM-yyyy")
        self.venue = QLineEdit()
        self.template_opds = QCheckBox(self.tr("Add the OPDs of the template list "
                                               "(can be edited later)"))
        self.template_opds.setChecked(True)
        path_row = QHBoxLayout()
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose..."))
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("Region name"), self.region)
        form.addRow(self.tr("Region type"), self.region_type)
        form.addRow(self.tr("Bimtek stage"), self.stage)
        form.addRow(self.tr("First day"), self.start_date)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow("", self.template_opds)
        form.addRow(self.tr("Save as"), path_row)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create workshop"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.folder = folder
        self.region.textChanged.connect(self._suggest_path)
        self.stage.currentIndexChanged.connect(lambda _i: self._suggest_path())
        browse.clicked.connect(self._browse)
        self._path_edited = False
        self.path.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))
        self._suggest_path()

    def _suggest_path(self) -> None:
        if self._path_edited:
            return
        name = "".join(c for c in self.region.text().strip() if c.isalnum() or c in " -_")
        name = (name.replace(" ", "-") or "workshop").lower()
        stem = f"{name}-bimtek-{self.stage.currentData()}"
        self.path.setText(str(Path(self.folder) / f"{stem}{EXTENSION}"))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the new workshop as"), self.path.text(),
            self.tr("Workshop files (*.bimtek)"))
        if path:
            if not path.endswith(EXTENSION):
                path += EXTENSION
            self.path.setText(path)
            self._path_edited = True

    def values(self) -> dict:
        """What the facilitator entered."""
        return {
            "path": self.path.text().strip(),
            "region_name": self.region.text(),
            "region_type": self.region_type.currentData(),
            "stage": self.stage.currentData(),
            "start_date": self.start_date.date().toString(Qt.DateFormat.ISODate),
            "venue": self.venue.text(),
            "template_opds": self.template_opds.isChecked(),
        }
