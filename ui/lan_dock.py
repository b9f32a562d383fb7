"""Table input's place in the console: the open/close strip in the status bar (``LanStatus``)
and the dock at the bottom that holds the table input panel (``LanDock``), hidden at start.

The panel itself (``ui.lan_panel.LanPanel``: tables, join codes, phones) is built only when
the dock is first shown or asked for its widget, so a start does not pay for a panel nobody
has looked at yet (issue 12: start-up within 2x a bare window). This module is light on
purpose: it does not import the panel; whoever installs the dock passes the panel's factory.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QMainWindow, QPushButton, QWidget

from .controller import Controller
from .lan_control import LanControl


class LanStatus(QWidget):
    """Status-bar strip: "Open table input" / "Close table input" from anywhere in the
    console, and a button that shows the table input panel."""

    def __init__(self, controller: Controller, dock: QDockWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.control = LanControl.of(controller)
        self.dock = dock
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle_button = QPushButton()
        self.toggle_button.clicked.connect(self.toggle)
        layout.addWidget(self.toggle_button)
        self.panel_button = QPushButton(self.tr("Tables..."))
        self.panel_button.setToolTip(self.tr("Join codes, connected tables, entries, lock and "
                                             "reveal"))
        self.panel_button.clicked.connect(self.show_panel)
        layout.addWidget(self.panel_button)
        self.control.state_changed.connect(self.load)
        controller.workshop_opened.connect(self.load)
        controller.workshop_closed.connect(self.load)
        self.load()

    def load(self) -> None:
        """Show whether table input is open, and where."""
        self.toggle_button.setEnabled(self.controller.ws is not None)
        if self.control.running:
            self.toggle_button.setText(self.tr("Close table input"))
            self.toggle_button.setToolTip(self.tr("Phones open {url}").format(
                url=self.control.url))
            self.toggle_button.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            self.toggle_button.setText(self.tr("Open table input"))
            self.toggle_button.setToolTip(self.control.error)
            self.toggle_button.setStyleSheet("")

    def toggle(self) -> None:
        """Open (on the interface chosen in the panel) or close table input."""
        if self.control.running:
            self.control.stop()
        elif self.control.start():
            self.show_panel()

    def show_panel(self) -> None:
        """Show and raise the table input panel."""
        if self.dock is not None:
            self.dock.show()
            self.dock.raise_()


class LanDock(QDockWidget):
    """The dock of the table input panel; ``make_panel(controller)`` builds the panel the
    first time the dock is shown or ``widget()`` is asked for it."""

    def __init__(self, controller: Controller, make_panel: Callable[[Controller], QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("LanPanel", "Table input"), parent)
        self.setObjectName("lanDock")
        self._controller = controller
        self._make_panel = make_panel
        self._panel: QWidget | None = None

    def widget(self) -> QWidget:
        """The table input panel (built now if it was not yet)."""
        if self._panel is None:
            self._panel = self._make_panel(self._controller)
            self.setWidget(self._panel)
        return self._panel

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        if visible:
            self.widget()  # the panel is there before the dock first shows
        super().setVisible(visible)


def install(window: QMainWindow, controller: Controller,
            make_panel: Callable[[Controller], QWidget]) -> LanDock:
    """Add table input to the console: the panel's dock at the bottom (hidden; its panel is
    built by ``make_panel`` when first shown), and the open/close strip in the status bar.
    Returns the dock."""
    dock = LanDock(controller, make_panel, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    window.statusBar().addPermanentWidget(LanStatus(controller, dock))
    return dock
