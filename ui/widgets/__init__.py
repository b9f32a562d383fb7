"""Shared widgets of the desktop app (charts, common controls)."""
