"""The app's own settings (per computer, not per workshop), in one table over QSettings.

Every key has a default and a type in ``KEYS``; nothing else reads or writes QSettings.
Workshop settings (vote budget, input lock...) live in the workshop file instead
(``Workshop.setting``).

The facilitator PIN (to leave table entry mode) is stored as a salted PBKDF2 hash.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QTabWidget, QWidget

from smartbimtek.services import roster

ORGANIZATION = "SmartBimtek"
APPLICATION = "SmartBimtek"
MAX_RECENT = 8
MIN_FONT_SCALE = 0.6
MAX_FONT_SCALE = 2.5
PIN_ITERATIONS = 100_000

#: name -> (default, type). ``list`` values are lists of text.
KEYS: dict[str, tuple[object, type]] = {
    "language": ("id", str),
    "recent_files": ([], list),
    "last_workshop": ("", str),
    "projector_screen": ("", str),
    "font_scale": (1.0, float),
    "pin_hash": ("", str),
    "window_geometry": (b"", bytes),
    "window_state": (b"", bytes),
    "export_folder": ("", str),
    "last_view": (0, int),
    "projector_board": ("", str),
    "tabs": ("", str),
    "opd": ("", str),
    "saved_at": ("", str),
}


class Settings:
    """Typed access to the app settings.

    ``Settings()`` uses the user's settings file; tests pass ``path`` (an INI file) so that
    they never touch the real one.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                 ORGANIZATION, APPLICATION)
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._held = False

    @property
    def file_name(self) -> str:
        """Where the settings are stored."""
        return self._qs.fileName()

    def get(self, name: str) -> object:
        """The value of a setting (its default when unset or unreadable)."""
        default, kind = KEYS[name]
        value = self._qs.value(name)
        if value is None:
            return list(default) if isinstance(default, list) else default
        try:
            if kind is list:
                if isinstance(value, str):
                    return [value] if value else []
                return [str(v) for v in value]
            if kind is bytes:
                return bytes(value)
            if kind is float:
                return float(value)
            if kind is int:
                return int(value)
            return str(value)
        except (TypeError, ValueError):
            return default

    def set(self, name: str, value: object) -> None:
        """Change a setting (written to disk at once, or by ``release_writes()``)."""
        default, kind = KEYS[name]
        if kind is list:
            value = [str(v) for v in value]
        elif kind is bytes:
            # Qt's own byte array ("@ByteArray(...)" in the file): a Python ``bytes`` would be
            # pickled into the file, and reading it back would load pickle at every start
            value = QByteArray(bytes(value))
        else:
            value = kind(value)
        self._qs.setValue(name, value)
        if not self._held:
            self._qs.sync()

    def hold_writes(self) -> None:
        """Keep changes in memory (``get`` sees them) until ``release_writes()``: the app's
        start writes what it changes while building its first window once, after the paint."""
        self._held = True

    def release_writes(self) -> None:
        """Write the held changes to disk; later changes are written at once again."""
        self._held = False
        self._qs.sync()

    # -- convenience ------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        """Recently opened workshops, newest first (only those that still exist)."""
        return [p for p in self.get("recent_files") if Path(p).exists()]

    def add_recent(self, path: str | Path) -> None:
        """Put ``path`` first in the recent files and remember it as the last workshop."""
        path = str(Path(path).resolve())
        files = [p for p in self.get("recent_files") if p != path]
        self.set("recent_files", [path, *files][:MAX_RECENT])
        self.set("last_workshop", path)

    def font_scale(self) -> float:
        """Projector font scale, within its bounds."""
        return min(MAX_FONT_SCALE, max(MIN_FONT_SCALE, float(self.get("font_scale"))))

    def set_font_scale(self, value: float) -> float:
        """Store a projector font scale (clamped); returns the stored value."""
        value = round(min(MAX_FONT_SCALE, max(MIN_FONT_SCALE, float(value))), 2)
        self.set("font_scale", value)
        return value

    # -- what the console showed (kept across a restart and a language switch) --------------
    def projector_board(self) -> tuple[str, object] | None:
        """The board last sent to the projector (``(kind, param)``), None when unknown."""
        try:
            value = json.loads(str(self.get("projector_board")) or "null")
        except ValueError:
            return None
        if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str):
            return value[0], value[1]
        return None

    def set_projector_board(self, kind: str, param: object) -> None:
        """Remember the board sent to the projector (``param`` must be JSON: text or None)."""
        self.set("projector_board", json.dumps([kind, param if isinstance(param, str | int)
                                                else None]))

    def remember_tabs(self, key: str, root: QWidget) -> None:
        """Give the tab widgets inside ``root`` the tab they last showed, and remember it
        whenever it changes (``key`` names the view; the tab widgets in child order)."""
        for number, tabs in enumerate(root.findChildren(QTabWidget)):
            name = f"{key}/{number}"
            index = self._tab_indexes().get(name)
            if isinstance(index, int) and 0 <= index < tabs.count():
                tabs.setCurrentIndex(index)
            tabs.currentChanged.connect(lambda i, name=name: self._set_tab_index(name, i))

    def _tab_indexes(self) -> dict:
        try:
            value = json.loads(str(self.get("tabs")) or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def _set_tab_index(self, name: str, index: int) -> None:
        indexes = self._tab_indexes()
        indexes[name] = index
        self.set("tabs", json.dumps(indexes, sort_keys=True))

    # -- facilitator PIN ----------------------------------------------------------------------
    def has_pin(self) -> bool:
        """True when a facilitator PIN is set."""
        return bool(self.get("pin_hash"))

    def set_pin(self, pin: str) -> None:
        """Store a new facilitator PIN (4 to 12 digits; ValueError otherwise)."""
        if not (pin.isdigit() and 4 <= len(pin) <= 12):
            raise ValueError("the PIN must be 4 to 12 digits")
        import hashlib  # the PIN is rare: not loaded at start

        salt = os.urandom(16)
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, PIN_ITERATIONS)
        self.set("pin_hash", f"{salt.hex()}:{digest.hex()}")

    def check_pin(self, pin: str) -> bool:
        """True when ``pin`` is the facilitator PIN."""
        stored = str(self.get("pin_hash"))
        if ":" not in stored:
            return False
        import hashlib
        import hmac

        salt_hex, digest_hex = stored.split(":", 1)
        digest = hashlib.pbkdf2_hmac("sha256", str(pin).encode(), bytes.fromhex(salt_hex),
                                     PIN_ITERATIONS)
        return hmac.compare_digest(digest.hex(), digest_hex)


def remember_opd(settings: Settings, view: QWidget) -> None:
    """A view choosing one OPD (``set_opd`` and ``opd_combo``, the SWOT board) shows the OPD
    chosen last, and remembers each choice."""
    combo = getattr(view, "opd_combo", None)
    if combo is None or not hasattr(view, "set_opd"):
        return
    chosen = str(settings.get("opd"))
    if chosen:
        view.set_opd(chosen)
    combo.currentIndexChanged.connect(
        lambda _i: combo.currentData() and settings.set("opd", str(combo.currentData())))


def restore_projector_board(settings: Settings, controller) -> None:
    """After a restart, the projector shows the board it showed last (a SWOT board only when
    the workshop has that OPD)."""
    board = settings.projector_board()
    if board is None or controller.ws is None or tuple(board) == tuple(controller.board):
        return
    kind, param = board
    if kind == "swot" and param not in {o.id for o in roster.list_opds(controller.ws)}:
        return
    controller.show_on_projector(kind, param)
