"""The console's "table input" panel: open/close input from phones on a chosen interface,
the tables with their join codes (new code, withdraw), connected phones, entries in the
current step and "done" marks, the lock and reveal switches, and the printable table cards.

Also the projector's join board (``JoinBoard``, ``make_join_board``), and ``install(window,
controller)`` which puts the panel in a dock and an open/close strip in the status bar
(``ui.lan_dock``; the console itself installs it from there, without importing this module
before the panel is first shown).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.server import network
from smartbimtek.services import lan

from . import lan_dock
from .controller import Controller
from .lan_control import LanControl
from .lan_dock import LanStatus
from .lan_join import JoinBoard, make_join_board
from .widgets.common import Coalescer, bold_label, plain_label

__all__ = ["JoinBoard", "LanPanel", "LanStatus", "install", "make_join_board"]

log = logging.getLogger(__name__)

#: Connected phones change with time only (nothing is published): re-read this often.
REFRESH_MS = 5000
COLUMNS = 7
_ENTITIES = ("lan_group_code", "group", "lan_session", "lan_code", "lan_done", "swot",
             "program", "setting", "opd",
             "agenda_step", "event")


class LanPanel(QWidget):
    """The facilitator's view of table input (a console view)."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.control = LanControl.of(controller)
        self.rows: list[lan.TableStatus] = []
        layout = QVBoxLayout(self)
        layout.addWidget(bold_label(self.tr("Input from phones (local network)"), 4))

        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("Listen on:")))
        self.interface_box = QComboBox()
        line.addWidget(self.interface_box, 1)
        line.addWidget(QLabel(self.tr("Port:")))
        self.port_box = QSpinBox()
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(self.control.port)
        line.addWidget(self.port_box)
        self.toggle_button = QPushButton()
        self.toggle_button.setMinimumHeight(40)
        self.toggle_button.clicked.connect(self.toggle)
        line.addWidget(self.toggle_button)
        layout.addLayout(line)

        self.status_label = plain_label()  # may quote a path or an address
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.restart_label = QLabel()
        self.restart_label.setWordWrap(True)
        self.restart_label.setTextFormat(Qt.TextFormat.PlainText)
        self.restart_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.restart_label.hide()
        layout.addWidget(self.restart_label)
        self.guessing_label = QLabel(self.tr(
            "Many wrong join codes were tried: new phones must wait up to 5 minutes to join "
            "(someone may be guessing codes). Phones already joined are not affected."))
        self.guessing_label.setWordWrap(True)
        self.guessing_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.guessing_label.hide()
        layout.addWidget(self.guessing_label)
        actions = QHBoxLayout()
        self.project_button = QPushButton(self.tr("Show the join panel on the projector"))
        self.project_button.clicked.connect(lambda: controller.show_on_projector("join"))
        actions.addWidget(self.project_button)
        actions.addWidget(QLabel(self.tr("Wi-Fi name:")))
        self.wifi_edit = QLineEdit(self.control.wifi)
        self.wifi_edit.setPlaceholderText(self.tr("shown on the cards and the projector"))
        self.wifi_edit.setMaxLength(60)
        self.wifi_edit.editingFinished.connect(self._wifi_changed)
        actions.addWidget(self.wifi_edit, 1)
        self.cards_button = QPushButton(self.tr("Print table cards..."))
        self.cards_button.clicked.connect(self.print_cards)
        actions.addWidget(self.cards_button)
        layout.addLayout(actions)

        switches = QHBoxLayout()
        self.lock_box = QCheckBox(self.tr("Lock input"))
        self.lock_box.toggled.connect(self._lock_toggled)
        self.reveal_box = QCheckBox(self.tr("Show results on phones"))
        self.reveal_box.toggled.connect(self._reveal_toggled)
        switches.addWidget(self.lock_box)
        switches.addWidget(self.reveal_box)
        switches.addStretch(1)
        self.summary_label = bold_label("", 2)
        switches.addWidget(self.summary_label)
        layout.addLayout(switches)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Table"), self.tr("OPD"), self.tr("Join code"), self.tr("Phones"),
            self.tr("Names"), self.tr("Entries this step"), self.tr("Done")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.group_codes_label = plain_label()  # group names are typed by the user
        self.group_codes_label.setWordWrap(True)
        self.group_codes_label.hide()
        layout.addWidget(self.group_codes_label)

        codes = QHBoxLayout()
        self.new_code_button = QPushButton(self.tr("New code for this table"))
        self.new_code_button.clicked.connect(lambda: self.regenerate())
        self.revoke_button = QPushButton(self.tr("Withdraw this table's code"))
        self.revoke_button.clicked.connect(lambda: self.revoke())
        codes.addWidget(self.new_code_button)
        codes.addWidget(self.revoke_button)
        codes.addStretch(1)
        layout.addLayout(codes)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self._refresh = Coalescer(self.load, self)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh.trigger)
        self._timer.start()
        controller.workshop_opened.connect(self.load)
        controller.workshop_closed.connect(self.load)
        controller.data_changed.connect(self._on_change)
        controller.step_changed.connect(self._refresh.trigger)
        self.control.state_changed.connect(self.load)
        self._fill_interfaces()
        self.interface_box.activated.connect(self._choice_changed)
        self.port_box.valueChanged.connect(self._choice_changed)
        self.load()

    # -- state ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.control.running:  # the laptop may have joined another network since
            self._fill_interfaces()
        super().showEvent(event)

    def _fill_interfaces(self) -> None:
        chosen = self.interface_box.currentData() or self.control.host
        self.interface_box.clear()
        for address in network.local_addresses():
            if network.is_lan_address(address):
                text = self.tr("{address} (local network)").format(address=address)
            elif address == network.LOOPBACK:
                text = self.tr("{address} (this computer only)").format(address=address)
            else:
                text = address
            self.interface_box.addItem(text, address)
        self.interface_box.addItem(self.tr("All interfaces"), network.ANY)
        self.interface_box.setCurrentIndex(max(0, self.interface_box.findData(chosen)))

    def _on_change(self, change) -> None:
        if change.entity in _ENTITIES:
            self._refresh.trigger()

    def load(self) -> None:
        """Re-read the switches and the tables from the workshop."""
        ws = self.controller.ws
        running = self.control.running
        self.toggle_button.setText(self.tr("Close table input") if running
                                   else self.tr("Open table input"))
        self.toggle_button.setEnabled(ws is not None)
        self.interface_box.setEnabled(not running)
        self.port_box.setEnabled(not running)
        if running:  # also when opened from the status bar
            self.interface_box.setCurrentIndex(max(0, self.interface_box.findData(
                self.control.host)))
            self.port_box.setValue(self.control.port)
        if not self.wifi_edit.hasFocus():
            self.wifi_edit.setText(self.control.wifi)
        if running:
            self.status_label.setText(self.tr("Table input is open. Phones on this network "
                                              "open: {url}").format(url=self.control.url))
            self.status_label.setStyleSheet("color: #1b5e20; font-size: 18px; font-weight: bold;")
        elif self.control.error:
            self.status_label.setText(self.control.error)
            self.status_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        else:
            self.status_label.setText(self.tr("Table input is closed."))
            self.status_label.setStyleSheet("color: #333333;")
        self._show_restarts(running)
        self.guessing_label.setVisible(self.control.joins_paused())
        for widget in (self.lock_box, self.reveal_box, self.cards_button):
            widget.setEnabled(ws is not None)
        if ws is None:
            self.rows = []
            self.table.setRowCount(0)
            self.summary_label.setText("")
            self._update_buttons()
            return
        self.lock_box.blockSignals(True)
        self.lock_box.setChecked(bool(ws.setting("input_locked")))
        self.lock_box.blockSignals(False)
        self.reveal_box.blockSignals(True)
        self.reveal_box.setChecked(not ws.setting("results_hidden"))
        self.reveal_box.blockSignals(False)
        self.rows = lan.table_status(ws)
        self._fill_table()
        self._fill_group_codes(ws)
        done = sum(1 for r in self.rows if r.done)
        connected = sum(1 for r in self.rows if r.connected)
        self.summary_label.setText(self.tr("Done: {done} of {total} tables · Connected: "
                                           "{connected}").format(done=done, total=len(self.rows),
                                                                 connected=connected))
        self._update_buttons()

    def _fill_group_codes(self, ws) -> None:
        """The join codes of the groups (kelompok) of the current bimtek, under the tables."""
        from smartbimtek.services import groups

        codes = lan.group_codes(ws)
        listed = [f"{g.name}: {codes[g.id]}" for g in groups.list_groups(ws) if g.id in codes]
        self.group_codes_label.setText(self.tr("Group codes: {codes}").format(
            codes=" · ".join(listed)))
        self.group_codes_label.setVisible(bool(listed))

    def _show_restarts(self, running: bool) -> None:
        count, at = self.control.restarts, self.control.restarted_at
        if not running or not count:
            self.restart_label.hide()
            return
        if count == 1:
            text = self.tr("The table input server was restarted at {time}. Phones reconnect "
                           "by themselves.").format(time=at)
        else:
            text = self.tr("The table input server was restarted {count} times, last at "
                           "{time}. Phones reconnect by themselves.").format(count=count, time=at)
        self.restart_label.setText(text)
        self.restart_label.show()

    def _fill_table(self) -> None:
        selected = self.selected_opd()
        self.table.setRowCount(len(self.rows))
        for row, status in enumerate(self.rows):
            values = [str(status.table_no or ""), f"{status.opd_code} — {status.opd_name}",
                      status.join_code or self.tr("(withdrawn)"), str(status.connected),
                      ", ".join(status.names), str(status.entries),
                      "✓" if status.done else ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (0, 3, 5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 2:
                    font = item.font()
                    font.setBold(True)
                    font.setFamily("monospace")
                    item.setFont(font)
                item.setData(Qt.ItemDataRole.UserRole, status.opd_id)
                self.table.setItem(row, column, item)
            if status.opd_id == selected:
                self.table.selectRow(row)

    def selected_opd(self) -> str | None:
        """The OPD id of the selected table row."""
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        chosen = self.selected_opd() is not None
        self.new_code_button.setEnabled(chosen)
        self.revoke_button.setEnabled(chosen)

    # -- actions --------------------------------------------------------------------------
    def toggle(self) -> None:
        """Open or close table input."""
        if self.control.running:
            self.control.stop()
        else:
            self.control.start(self.interface_box.currentData(), self.port_box.value())

    def _choice_changed(self, *_args) -> None:
        if not self.control.running:  # the status-bar button opens on this choice too
            self.control.host = self.interface_box.currentData()
            self.control.port = self.port_box.value()

    def _lock_toggled(self, locked: bool) -> None:
        if self.controller.ws is not None:
            self.controller.call(lan.set_input_locked, self.controller.ws, locked)

    def _reveal_toggled(self, shown: bool) -> None:
        if self.controller.ws is not None:
            self.controller.call(lan.set_results_hidden, self.controller.ws, not shown)

    def _wifi_changed(self) -> None:
        self.control.wifi = self.wifi_edit.text().strip()
        self.control.state_changed.emit()

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Table codes"), text)
        return answer == QMessageBox.StandardButton.Yes

    def regenerate(self, opd_id: str | None = None, *, confirm: bool = True) -> None:
        """Give a table a new code; phones joined with the old one must join again."""
        opd_id = opd_id or self.selected_opd()
        if opd_id is None or self.controller.ws is None:
            return
        if confirm and not self._confirm(self.tr("Give this table a new code? Phones that "
                                                 "joined with the old code must join again, "
                                                 "and its table card must be printed again.")):
            return
        self.controller.call(lan.regenerate_code, self.controller.ws, opd_id)

    def revoke(self, opd_id: str | None = None, *, confirm: bool = True) -> None:
        """Withdraw a table's code (its phones are signed out; no new code)."""
        opd_id = opd_id or self.selected_opd()
        if opd_id is None or self.controller.ws is None:
            return
        if confirm and not self._confirm(self.tr("Withdraw this table's code? Its phones are "
                                                 "signed out; give it a new code to let it "
                                                 "join again.")):
            return
        self.controller.call(lan.revoke_code, self.controller.ws, opd_id)

    def print_cards(self, path: str | Path | None = None) -> Path | None:
        """Write the table cards PDF (asks where when ``path`` is not given)."""
        ws = self.controller.ws
        if ws is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save table cards"), str(ws.path.with_name(
                    f"{ws.path.stem}-kartu-meja.pdf")), self.tr("PDF files (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        self._wifi_changed()
        if not self.control.running:
            self.control.host = self.interface_box.currentData()
            self.control.port = self.port_box.value()
        try:
            from smartbimtek.server.cards import write_table_cards  # reportlab on demand

            written = write_table_cards(ws, self.control.url, path, wifi=self.control.wifi)
        except OSError as exc:
            log.warning("table cards not written: %s", exc)
            self.status_label.setText(self.tr("The table cards could not be saved: {reason}")
                                      .format(reason=exc.strerror or exc))
            return None
        self.status_label.setText(self.tr("Table cards saved: {path}").format(path=written))
        return written


def install(window: QMainWindow, controller: Controller) -> QDockWidget:
    """Add table input to the console (``ui.lan_dock.install``): the dock at the bottom,
    hidden, whose ``LanPanel`` is built when first shown, and the open/close strip in the
    status bar. Returns the dock."""
    return lan_dock.install(window, controller, LanPanel)
