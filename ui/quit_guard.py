"""Quitting while phones are connected asks first: closing the app stops table input, and the
phones' next entries then wait on the phones until the server is open again.

Reads the table input state from ``ui.lan_control`` (it does not change it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from smartbimtek.services import lan

from .controller import Controller
from .lan_control import LanControl


def connected_phones(controller: Controller) -> int:
    """How many phones were seen in the last ``lan.CONNECTED_SECONDS`` while table input is
    open (0 when it is closed or no workshop is open)."""
    control = controller.findChild(LanControl, "lanControl")
    if controller.ws is None or control is None or not control.running:
        return 0
    return len(lan.list_sessions(controller.ws, connected_only=True))


def ask_quit_with_phones(parent: QWidget | None, count: int) -> bool:
    """Ask whether to quit although ``count`` phones are connected (default: do not quit)."""
    text = QCoreApplication.translate(
        "QuitGuard", "%n phone(s) are connected to table input. Quitting stops table input: "
        "the phones keep what they have not sent yet until SmartBimtek is open again. Quit "
        "anyway?", "", count)
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("QuitGuard", "Phones are connected"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    quit_button = box.addButton(QCoreApplication.translate("QuitGuard", "Quit"),
                                QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(QCoreApplication.translate("QuitGuard", "Keep working"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is quit_button


def may_quit(parent: QWidget | None, controller: Controller) -> bool:
    """True when the app may close now (no phones connected, or the facilitator said so)."""
    count = connected_phones(controller)
    return count == 0 or ask_quit_with_phones(parent, count)
