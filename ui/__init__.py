"""The desktop app (PySide6). ``none_guard`` runs first: see its docstring."""

from . import none_guard

none_guard.apply()
