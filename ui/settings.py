"""The app's own settings (per computer, not per workshop), in one table over QSettings.

Every key has a default and a type in ``KEYS``; nothing else reads or writes QSettings.
Workshop settings (vote budget, input lock...) live in the workshop file instead
(``Workshop.setting``).

The facilitator PIN (to leave table entry mode) is stored as a salted PBKDF2 hash.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from PySide6.QtCore import QSettings

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
        """Change a setting (written to disk at once)."""
        default, kind = KEYS[name]
        if kind is list:
            value = [str(v) for v in value]
        elif kind is bytes:
            value = bytes(value)
        else:
            value = kind(value)
        self._qs.setValue(name, value)
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

    # -- facilitator PIN ----------------------------------------------------------------------
    def has_pin(self) -> bool:
        """True when a facilitator PIN is set."""
        return bool(self.get("pin_hash"))

    def set_pin(self, pin: str) -> None:
        """Store a new facilitator PIN (4 to 12 digits; ValueError otherwise)."""
        if not (pin.isdigit() and 4 <= len(pin) <= 12):
            raise ValueError("the PIN must be 4 to 12 digits")
        salt = os.urandom(16)
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, PIN_ITERATIONS)
        self.set("pin_hash", f"{salt.hex()}:{digest.hex()}")

    def check_pin(self, pin: str) -> bool:
        """True when ``pin`` is the facilitator PIN."""
        stored = str(self.get("pin_hash"))
        if ":" not in stored:
            return False
        salt_hex, digest_hex = stored.split(":", 1)
        digest = hashlib.pbkdf2_hmac("sha256", str(pin).encode(), bytes.fromhex(salt_hex),
                                     PIN_ITERATIONS)
        return hmac.compare_digest(digest.hex(), digest_hex)
