"""The dialog creating a new workshop from the Bimtek I-IV agenda templates and the OPD
template list (opened from the start screen or the File menu; loaded when first used)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import REGION_TYPES, STAGES
from smartbimtek.store.workshop import EXTENSION

from .labels import region_type_label, stage_title


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
