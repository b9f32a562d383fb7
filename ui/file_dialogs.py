"""The small dialogs of the File menu: the facilitator PIN, the table mode OPD or group and
the choice of a backup to restore. ``file_menu`` re-exports them."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: Item data role of the table mode choice saying it is a group.
_ROLE_KIND = Qt.ItemDataRole.UserRole + 1


class PinDialog(QDialog):
    """Set the facilitator PIN (twice, digits only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Facilitator PIN"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The PIN is needed to leave table entry mode "
                                        "(4 to 12 digits).")))
        form = QFormLayout()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("Repeat the PIN"), self.again)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        pin = self.pin.text()
        if not (pin.isdigit() and 4 <= len(pin) <= 12):
            self.problem.setText(self.tr("The PIN must be 4 to 12 digits."))
        elif pin != self.again.text():
            self.problem.setText(self.tr("The two PINs differ."))
        else:
            self.accept()


class TableModeDialog(QDialog):
    """Choose the OPD or the group (kelompok) a table laptop is locked to: the OPDs first,
    then ``groups`` (the caller passes ``groups.shared_groups``)."""

    def __init__(self, opds, parent: QWidget | None = None, groups=()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Table entry mode"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This laptop will be locked to one OPD table or one "
                                        "group. Leaving the mode needs the facilitator PIN.")))
        self.opd = QComboBox()
        for opd in opds:
            self.opd.addItem(f"{opd.code} — {opd.name}", opd.id)
        shown = list(groups)
        if shown and opds:
            self.opd.insertSeparator(self.opd.count())
        from .views.groups import kind_text  # the console's names of group kinds

        for group in shown:
            self.opd.addItem(self.tr("Group: {name} ({kind})").format(
                name=group.name, kind=kind_text(group.kind)), group.id)
            self.opd.setItemData(self.opd.count() - 1, "group", _ROLE_KIND)
        layout.addWidget(self.opd)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start table mode"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str | None, str | None]:
        """``(opd_id, None)`` for an OPD's table, ``(None, group_id)`` for a group's."""
        index = self.opd.currentIndex()
        if self.opd.itemData(index, _ROLE_KIND) == "group":
            return None, self.opd.itemData(index)
        return self.opd.itemData(index), None


class RestoreDialog(QDialog):
    """Choose a rolling backup or a kept copy (two separate groups) to restore."""

    def __init__(self, rolling, kept, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.rolling = self._group(layout, self.tr("Backups (the newest are kept)"), rolling)
        self.kept = self._group(
            layout, self.tr("Kept copies (before a restore, an update or opening a file with "
                            "a log; never deleted)"), kept)
        self.rolling.currentItemChanged.connect(lambda cur, _prev: self._only(cur, self.kept))
        self.kept.currentItemChanged.connect(lambda cur, _prev: self._only(cur, self.rolling))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.rolling.count():
            self.rolling.setCurrentRow(0)

    def _group(self, layout, title: str, entries) -> QListWidget:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        listing = QListWidget()
        locale = QLocale()
        for entry in entries:
            when = locale.toString(QDateTime(entry.taken_at), QLocale.FormatType.LongFormat)
            item = QListWidgetItem(f"{when} — {entry.reason} ({entry.path.name})")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            listing.addItem(item)
        if not entries:
            inner.addWidget(QLabel(self.tr("None.")))
            listing.hide()
        inner.addWidget(listing)
        layout.addWidget(box)
        return listing

    @staticmethod
    def _only(current, other: QListWidget) -> None:
        if current is not None:
            other.setCurrentItem(None)
            other.clearSelection()

    def chosen(self):
        """The chosen ``BackupInfo`` (rolling or kept), or None."""
        for listing in (self.rolling, self.kept):
            item = listing.currentItem()
            if item is not None and item.isSelected():
                return item.data(Qt.ItemDataRole.UserRole)
        return None
