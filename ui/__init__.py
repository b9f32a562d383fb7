"""The desktop app (PySide6): controller, views, projector, table mode."""
