"""Dialogs of the SWOT board. They only collect and check input (with the core's own
validation, so the message is the same as the service's); the board applies it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smartbimtek import reference
from smartbimtek.errors import ValidationError
from smartbimtek.model import QUADRANTS, SwotItem
from smartbimtek.services import swot
from smartbimtek.text import clean_text

from ..messages import error_text
from ..widgets.common import plain_label
from .board_base import MessageLabel, component_label, element_label, ref_label


def fill_dimension_combo(combo: QComboBox, none_text: str) -> None:
    """Entries: "none" then the six dimensions (data: id)."""
    combo.clear()
    combo.addItem(none_text, None)
    for dim in reference.dimensions():
        combo.addItem(ref_label(dim), dim["id"])


def fill_element_combo(combo: QComboBox, dimension: str | None, none_text: str) -> None:
    """Entries: "none" then the elements of a dimension (all, grouped, for None)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for element_id, element in reference.elements().items():
        if dimension is None or element["dimension"] == dimension:
            combo.addItem(element_label(element_id), element_id)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def fill_component_combo(combo: QComboBox, none_text: str) -> None:
    """Entries: "none" then the readiness components."""
    combo.clear()
    combo.addItem(none_text, None)
    for comp in reference.components():
        combo.addItem(component_label(comp["id"]), comp["id"])


def select_data(combo: QComboBox, value) -> None:
    """Select the entry whose data is ``value`` (the first entry when absent)."""
    combo.setCurrentIndex(max(0, combo.findData(value)))


class SwotItemDialog(QDialog):
    """Add or edit an item: text, quadrant, optional dimension, element (with its entry
    hint) and readiness component. ``fields()`` gives what to save."""

    def __init__(self, parent: QWidget, quadrant_names: dict[str, str],
                 item: SwotItem | None = None, quadrant: str = "S") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit SWOT item") if item else self.tr("Add SWOT item"))
        self.setMinimumWidth(520)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.quadrant = QComboBox(self)
        for q in QUADRANTS:
            self.quadrant.addItem(quadrant_names[q], q)
        self.dimension = QComboBox(self)
        fill_dimension_combo(self.dimension, self.tr("(no dimension)"))
        self.element = QComboBox(self)
        self.component = QComboBox(self)
        fill_component_combo(self.component, self.tr("(no component)"))
        self.hint = plain_label("", self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: #37474f; font-style: italic; }")
        self.message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Item text:"), self.text)
        form.addRow(self.tr("Quadrant:"), self.quadrant)
        form.addRow(self.tr("Dimension:"), self.dimension)
        form.addRow(self.tr("Element:"), self.element)
        form.addRow("", self.hint)
        form.addRow(self.tr("Readiness component:"), self.component)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.dimension.currentIndexChanged.connect(self._dimension_changed)
        self.element.currentIndexChanged.connect(self._show_hint)
        if item is not None:
            self.text.setPlainText(item.text)
            quadrant = item.quadrant
        select_data(self.quadrant, quadrant)
        select_data(self.dimension, item.dimension if item else None)
        self._dimension_changed()
        if item is not None:
            select_data(self.element, item.element)
            select_data(self.component, item.component)
        self._show_hint()
        self.text.setFocus()

    def _dimension_changed(self, *_args) -> None:
        fill_element_combo(self.element, self.dimension.currentData(), self.tr("(no element)"))
        self._show_hint()

    def _show_hint(self, *_args) -> None:
        element = reference.elements().get(self.element.currentData() or "")
        hint = ref_label(element, "hint") if element else ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def fields(self) -> dict:
        """The entered values (not yet checked)."""
        return {"text": self.text.toPlainText(), "quadrant": self.quadrant.currentData(),
                "dimension": self.dimension.currentData(), "element": self.element.currentData(),
                "component": self.component.currentData()}

    def accept(self) -> None:
        """Close only when the core accepts the values; otherwise show why."""
        try:
            swot.clean_item_fields(self.fields())
        except ValidationError as exc:
            self.message.show_error(error_text(exc))
            return
        super().accept()


class MergeDialog(QDialog):
    """Merge duplicates: shows the items, lets the facilitator word the merged text."""

    def __init__(self, parent: QWidget, items: list[SwotItem], quadrant_names: dict[str, str]
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge duplicate items"))
        self.setMinimumWidth(560)
        self.items = items
        self.keep = QListWidget(self)
        for item in items:
            entry = QListWidgetItem(f"[{quadrant_names[item.quadrant]}] {item.text}")
            entry.setData(256, item.id)
            self.keep.addItem(entry)
        self.keep.setCurrentRow(0)
        self.keep.setMaximumHeight(150)
        self.text = QPlainTextEdit(items[0].text if items else "", self)
        self.text.setMinimumHeight(80)
        self.message = MessageLabel(self)
        self.keep.currentRowChanged.connect(
            lambda row: self.text.setPlainText(self.items[row].text) if row >= 0 else None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These items become one. Keep the item (its place and "
                                        "links stay):"), self))
        layout.addWidget(self.keep)
        layout.addWidget(QLabel(self.tr("Text of the merged item:"), self))
        layout.addWidget(self.text)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def keep_id(self) -> str:
        """The item that stays."""
        return self.items[max(0, self.keep.currentRow())].id

    def merged_text(self) -> str:
        """The text of the merged item."""
        return self.text.toPlainText()

    def accept(self) -> None:
        """Close only with an acceptable text."""
        try:
            clean_text(self.merged_text(), "text")
        except ValidationError as exc:
            self.message.show_error(error_text(exc))
            return
        super().accept()
