"""The vision as the facilitator types it, before it is saved: the console's vision box sets
it, the projector's keywords board shows it at once (the room reads the draft while it is
written). One ``LiveVision`` per controller; ``None`` text means "show the saved vision"."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

_ATTRIBUTE = "_live_vision"


class LiveVision(QObject):
    """The typed, unsaved vision text; ``changed`` fires with each edit."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text: str | None = None

    def set_text(self, text: str | None) -> None:
        """The text being typed (None: nothing typed since the last save or open)."""
        if text != self.text:
            self.text = text
            self.changed.emit()


def live_vision(controller) -> LiveVision:
    """The controller's live vision draft (made on first use, cleared when a file opens or
    closes)."""
    live = getattr(controller, _ATTRIBUTE, None)
    if live is None:
        live = LiveVision(controller)
        setattr(controller, _ATTRIBUTE, live)
        controller.workshop_opened.connect(lambda: live.set_text(None))
        controller.workshop_closed.connect(lambda: live.set_text(None))
    return live
