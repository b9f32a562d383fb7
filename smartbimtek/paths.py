"""Where the program's shared resources live (fonts, web assets, translations, templates)."""

from __future__ import annotations

from pathlib import Path

#: The ``resources/`` folder of the project (beside the packages).
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONTS = RESOURCES / "fonts"
WEB = RESOURCES / "web"
TRANSLATIONS = RESOURCES / "translations"
