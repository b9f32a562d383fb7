"""The commitment view (Komitmen bersama, Bimtek IV): who signs the commitment sheet at the
current bimtek. Fill the list from the regional head and the heads of OPD, add the
pendamping or anyone else, edit, delete, mark who signed (with the time); every edit is
undoable. "Print commitment sheet" writes the sheet alone as PDF (``exports.commitment``),
the same sheet as the master plan's annex; "Show on projector" reads it to the room."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import new_id
from smartbimtek.services import commitment, roster

from ..widgets.common import plain_tooltip
from ..widgets.flow_layout import FlowLayout
from .board_base import BoardView

ROLES = ("kepala_daerah", "kepala_opd", "pendamping", "")


def role_text(role: str) -> str:
    """A signer's role in the interface language."""
    return {"kepala_daerah": QCoreApplication.translate("Commitment", "Regional head"),
            "kepala_opd": QCoreApplication.translate("Commitment", "Head of OPD"),
            "pendamping": QCoreApplication.translate("Commitment", "Pendamping"),
            "": QCoreApplication.translate("Commitment", "Other")}.get(role, role)


class CommitmentView(BoardView):
    """The signers of the komitmen bersama with their signatures."""

    ENTITIES = frozenset({"signer", "opd", "event", "setting"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.signers: list = []
        self.opd_codes: dict[str, str] = {}
        layout = QVBoxLayout(self)
        tools = FlowLayout()
        self.fill_button = QPushButton(self.tr("Fill from the heads"))
        self.fill_button.setToolTip(self.tr("The regional head, the head of every OPD and the "
                                             "pendamping"))
        self.fill_button.clicked.connect(lambda: self.fill_from_heads())
        self.sign_button = QPushButton(self.tr("Mark signed"))
        self.sign_button.clicked.connect(lambda: self.toggle_signed())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.show_button = QPushButton(self.tr("Show on projector"))
        self.show_button.clicked.connect(
            lambda: self.controller.show_on_projector("commitment"))
        self.print_button = QPushButton(self.tr("Print commitment sheet"))
        self.print_button.clicked.connect(lambda: self.print_sheet())
        for button in (self.fill_button, self.sign_button, self.delete_button,
                       self.show_button, self.print_button):
            tools.addWidget(button)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Title"),
                                              self.tr("OPD or role"), self.tr("Signed")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):  # an OPD code or role, a time: as wide as title or value
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._chosen)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem(role_text(role), role)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        layout.addLayout(form)
        buttons = FlowLayout()
        self.add_button = QPushButton(self.tr("Add signer"))
        self.add_button.clicked.connect(lambda: self.add_signer())
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(lambda: self.save_selected())
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._chosen()

    def reload(self) -> None:
        """Re-read the signers of the current bimtek, keeping the selection."""
        chosen = self.selected()
        chosen_id = chosen.id if chosen else None
        self.signers = commitment.list_signers(self.ws) if self.ws is not None else []
        self.opd_codes = {o.id: o.code for o in roster.list_opds(self.ws)} \
            if self.ws is not None else {}
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.signers))
        for row, signer in enumerate(self.signers):
            where = self.opd_codes.get(signer.opd_id or "", "") or role_text(signer.role)
            signed = self.tr("✓ {0}").format(signer.signed_at[:16].replace("T", " ")) \
                if signer.signed and signer.signed_at else ""
            for column, text in enumerate((signer.name, signer.title, where, signed)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(plain_tooltip(text))
                self.table.setItem(row, column, cell)
            if signer.id == chosen_id:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._chosen()

    def selected(self):
        """The selected signer (or None)."""
        rows = self.table.selectionModel().selectedRows()
        return self.signers[rows[0].row()] if rows and rows[0].row() < len(self.signers) \
            else None

    def select_row(self, row: int) -> None:
        """Select a signer by row."""
        self.table.selectRow(row)

    def _chosen(self) -> None:
        signer = self.selected()
        self.sign_button.setEnabled(signer is not None)
        self.delete_button.setEnabled(signer is not None)
        self.save_button.setEnabled(signer is not None)
        self.sign_button.setText(self.tr("Take back signature") if signer and signer.signed
                                 else self.tr("Mark signed"))
        if signer is not None:
            self.name_edit.setText(signer.name)
            self.title_edit.setText(signer.title)
            index = self.role_combo.findData(signer.role)
            self.role_combo.setCurrentIndex(max(index, 0))

    # -- edits ----------------------------------------------------------------------------
    def fill_from_heads(self) -> None:
        """Add the regional head and the heads of OPD (when no signer is recorded yet)."""
        if self.ws is None:
            return
        ws = self.ws
        before = {s.id for s in commitment.list_signers(ws)}

        def undo(cmd) -> None:
            with ws.transaction():
                for signer in cmd.result or []:
                    if signer.id not in before:
                        commitment.delete_signer(ws, signer.id)

        self.run_edit(self.tr("Fill signers from the heads"),
                      lambda: commitment.signers_from_heads(ws), undo)

    def add_signer(self) -> None:
        """Add a signer from the form (undoable)."""
        if self.ws is None:
            return
        ws, signer_id, made = self.ws, new_id(), []
        name, title = self.name_edit.text(), self.title_edit.text()
        role = self.role_combo.currentData() or ""

        def do():
            if made:
                return commitment.restore_signer(ws, signer_id)
            signer = commitment.add_signer(ws, name, title=title, role=role,
                                           signer_id=signer_id)
            made.append(signer.id)
            return signer

        self.run_edit(self.tr("Add a signer"), do,
                      lambda _cmd: commitment.delete_signer(ws, signer_id))

    def save_selected(self) -> None:
        """Save the form into the selected signer (undoable)."""
        signer = self.selected()
        if signer is None:
            return
        ws = self.ws
        new = dict(name=self.name_edit.text(), title=self.title_edit.text(),
                   role=self.role_combo.currentData() or "")
        old = dict(name=signer.name, title=signer.title, role=signer.role)
        self.run_edit(self.tr("Edit a signer"),
                      lambda: commitment.update_signer(ws, signer.id, **new),
                      lambda _cmd: commitment.update_signer(ws, signer.id, **old))

    def toggle_signed(self) -> None:
        """Mark the selected signer as signed now, or take it back (undoable)."""
        signer = self.selected()
        if signer is None:
            return
        ws, was, when = self.ws, signer.signed, signer.signed_at
        self.run_edit(self.tr("Signature"),
                      lambda: commitment.set_signed(ws, signer.id, not was),
                      lambda _cmd: commitment.set_signed(ws, signer.id, was, signed_at=when))

    def delete_selected(self) -> None:
        """Delete the selected signer (undoable)."""
        signer = self.selected()
        if signer is None:
            return
        ws = self.ws
        self.run_edit(self.tr("Delete a signer"),
                      lambda: commitment.delete_signer(ws, signer.id),
                      lambda _cmd: commitment.restore_signer(ws, signer.id))

    def print_sheet(self, path: str | Path | None = None) -> Path | None:
        """Write the commitment sheet (PDF) to ``path`` (asked when not given)."""
        if self.ws is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Print commitment sheet"), "komitmen-bersama.pdf",
                self.tr("PDF (*.pdf);;Word (*.docx)"))
            if not path:
                return None
        from smartbimtek.exports.commitment import export_commitment

        fmt = "docx" if str(path).lower().endswith(".docx") else "pdf"
        written = self.call_service(export_commitment, self.ws, fmt, path)
        if written is not None:
            self.message.show_info(self.tr("Commitment sheet written: {0}").format(written))
        return written
