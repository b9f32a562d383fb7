"""Small widgets shared by the views: fields that commit when left, a message banner, the
phase colours of timers, a refresh coalescer, and a few label helpers.

User text (anything typed at the console or on a phone) is always shown literally: labels
that show it come from ``plain_label`` (or get ``plain_text``), tooltips that hold it go
through ``plain_tooltip``. Qt would otherwise render text that looks like HTML as rich text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

#: Background and text colour of a timer per phase (see ``rules.agenda.phase``). High contrast
#: on purpose: the same colours are used on the projector.
PHASE_COLORS: dict[str, tuple[str, str]] = {
    "idle": ("#3a3f44", "#ffffff"),
    "ok": ("#1b5e20", "#ffffff"),
    "warning": ("#f9a825", "#000000"),
    "ending": ("#e65100", "#ffffff"),
    "overrun": ("#b71c1c", "#ffffff"),
    "done": ("#546e7a", "#ffffff"),
    "paused": ("#0d47a1", "#ffffff"),
}


def text_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, stripped (a list typed one per line)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def phase_style(phase: str) -> str:
    """A style sheet fragment colouring a widget for a timer phase."""
    background, foreground = PHASE_COLORS.get(phase, PHASE_COLORS["idle"])
    return f"background-color: {background}; color: {foreground};"


def set_phase_style(widget: QWidget, phase: str, extra: str = "") -> None:
    """Colour ``widget`` for a timer phase; the style sheet is only replaced when the phase
    changes (timers redraw four times a second). The phase is kept in the "phase" property."""
    if widget.property("phase") == phase:
        return
    widget.setProperty("phase", phase)
    widget.setStyleSheet(phase_style(phase) + extra)


def plain_text(widget: QLabel) -> QLabel:
    """Make ``widget`` (a QLabel, or a QMessageBox) show its text literally, never as rich
    text; returns it."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` literally: the label for anything holding user text."""
    return plain_text(QLabel(text, parent))


def _escape(text: str) -> str:
    """``html.escape(text, quote=False)`` (the html module costs the app's start ~2 ms)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip Qt shows literally. Qt renders a tooltip as rich text when it
    looks like HTML (``Qt.mightBeRichText``); such text is escaped into a paragraph that
    keeps its line breaks and spaces. Other text is returned unchanged."""
    if not text or not QtGui.Qt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + _escape(text) + "</p>"


def literal_mnemonic(text: str) -> str:
    """User text for a menu or button text: its "&" stays a "&" (no shortcut letter)."""
    return text.replace("&", "&&")


def set_action_text(action: QAction, text: str) -> None:
    """Give ``action`` the menu text ``text`` ("&" marks the shortcut letter, "&&" a literal
    "&") and a tooltip of the same words shown literally (Qt's default tooltip is the text,
    rendered as rich text when it looks like HTML)."""
    action.setText(text)
    words = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    action.setToolTip(plain_tooltip(words))


def bold_label(text: str, point_delta: int = 0, parent: QWidget | None = None) -> QLabel:
    """A bold label (plain text), optionally bigger than the default font."""
    label = plain_label(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    if point_delta:
        font.setPointSizeF(max(6.0, font.pointSizeF() + point_delta))
    label.setFont(font)
    return label


def scaled_font(base: QFont, pixel_size: int, bold: bool = False) -> QFont:
    """A copy of ``base`` at ``pixel_size`` pixels (at least 8)."""
    font = QFont(base)
    font.setPixelSize(max(8, int(pixel_size)))
    font.setBold(bold)
    return font


class Coalescer(QObject):
    """Runs ``callback`` once, on the next turn of the event loop, however often
    ``trigger()`` is called before: bursts of changes cause one refresh."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(callback)

    def trigger(self) -> None:
        """Ask for a refresh."""
        if not self._timer.isActive():
            self._timer.start()

    @property
    def pending(self) -> bool:
        """True while a refresh is queued."""
        return self._timer.isActive()


class CommitLineEdit(QLineEdit):
    """A line edit that emits ``committed(text)`` when the user leaves it (Enter or focus out)
    after changing it. ``set_value`` fills it from the data without emitting."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.editingFinished.connect(self._finish)

    def set_value(self, value: str) -> None:
        """Show ``value`` (unless the user is typing in the field right now)."""
        value = value or ""
        if self.hasFocus() and self.isModified():
            return
        self._value = value
        if self.text() != value:
            self.setText(value)
        self.setModified(False)

    def value(self) -> str:
        """The last committed (or loaded) value."""
        return self._value

    def _finish(self) -> None:
        text = self.text()
        if text != self._value:
            self._value = text
            self.committed.emit(text)
        self.setModified(False)

    def revert(self) -> None:
        """Show the stored value again (after a refused edit)."""
        self.setText(self._value)
        self.setModified(False)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that emits ``committed(text)`` when it loses focus after a change
    (Ctrl+Enter commits too)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.setTabChangesFocus(True)

    def set_value(self, value: str) -> None:
        """Show ``value`` unless the user is editing the field."""
        value = value or ""
        if self.hasFocus() and self.toPlainText() != self._value:
            return
        self._value = value
        if self.toPlainText() != value:
            self.setPlainText(value)

    def value(self) -> str:
        """The last committed (or loaded) value."""
        return self._value

    def commit(self) -> None:
        """Emit ``committed`` when the text differs from the stored value."""
        text = self.toPlainText()
        if text != self._value:
            self._value = text
            self.committed.emit(text)

    def revert(self) -> None:
        """Show the stored value again."""
        self.setPlainText(self._value)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        super().keyPressEvent(event)


class MessageBanner(QFrame):
    """A non-blocking message (errors in red, information in blue) that hides itself after
    a while; the facilitator can also close it. It is in no layout: ``attach`` lays it over
    the bottom edge of a window (over the status bar, growing upwards for a long message),
    so showing or hiding it moves nothing and the next click lands where it was aimed."""

    STYLES = {
        "error": "background:#fdecea; color:#7f1d1d; border:2px solid #e57373;",
        "info": "background:#e8f1fb; color:#0d3c61; border:2px solid #90caf9;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = plain_label("", self)  # messages may quote user text
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Close message"))
        close.setToolTip(self.tr("Close message"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.kind = ""
        self._least_height = 0
        self.hide()

    def attach(self, window: QWidget, least_height: int = 0) -> None:
        """Float over the bottom of ``window``, at least ``least_height`` tall (say the
        status bar's height, so that the strip covers it exactly)."""
        self.setParent(window)
        self._least_height = least_height
        window.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        width = window.width()
        height = max(self._least_height, self.layout().totalHeightForWidth(width)
                     if self.layout().hasHeightForWidth() else self.sizeHint().height())
        height = min(height, max(1, window.height() // 2))
        self.setGeometry(0, window.height() - height, width, height)
        self.raise_()

    def show_message(self, text: str, kind: str = "error", msec: int = 10000) -> None:
        """Show ``text``; ``kind`` is "error" or "info"; hidden again after ``msec``."""
        self.kind = kind
        self.setStyleSheet("#messageBanner {" + self.STYLES.get(kind, self.STYLES["info"]) +
                           "}")
        self.label.setText(text)
        self.show()
        self._place()
        if msec > 0:
            self._timer.start(msec)

    def text(self) -> str:
        """The message shown (empty when hidden)."""
        return "" if self.isHidden() else self.label.text()


def reserve_lines(label: QLabel, lines: int = 2) -> QLabel:
    """Give a message label a fixed place of ``lines`` text lines that it keeps while
    hidden, so showing or hiding a message moves nothing (the next click lands where the
    facilitator aimed). Returns the label."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setFixedHeight(label.fontMetrics().lineSpacing() * lines + 6)
    return label


def size_to_current_page(pages) -> Callable[[], None]:
    """Only the page shown (of a ``QTabWidget`` or ``QStackedWidget``) sets the least size:
    Qt otherwise takes the largest of all pages, so one wide tab would widen the window for
    every other tab too. Follows page changes; returns the function that applies it (call
    it after replacing a page)."""
    def apply(_index: int = 0) -> None:
        current = pages.currentIndex()
        for index in range(pages.count()):
            policy = QSizePolicy.Policy.Preferred if index == current else \
                QSizePolicy.Policy.Ignored
            pages.widget(index).setSizePolicy(policy, policy)
        pages.updateGeometry()

    pages.currentChanged.connect(apply)
    apply()
    return apply


def fit_size(wanted: QSize, available: QRect, share: float = 0.9) -> QSize:
    """``wanted``, made no larger than ``share`` of the ``available`` screen area."""
    return QSize(min(wanted.width(), int(available.width() * share)),
                 min(wanted.height(), int(available.height() * share)))


def resize_to_fit_screen(widget: QWidget, width: int, height: int) -> None:
    """Give a dialog its usual size, but never more than its screen has room for (a
    1024x768 projector, a laptop at 150%: its buttons must stay on the screen)."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen() or \
        QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    widget.resize(fit_size(QSize(width, height), screen.availableGeometry()))


def share_message_line(owner: QWidget, *editors: QWidget) -> None:
    """Editors nested in a view's tabs (the SWOT board's IFAS and TOWS tabs...) show their
    messages in ``owner``'s message line: one reserved line per view, not one per tab.
    Each has a ``message`` attribute (a ``MessageLabel``)."""
    for editor in editors:
        own = editor.message
        own.setParent(None)  # leaves the editor's layout
        own.deleteLater()
        editor.message = owner.message


def separator(parent: QWidget | None = None) -> QFrame:
    """A thin horizontal line."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
