"""The bundled font family (DejaVu Sans, ``resources/fonts/``) for PDFs and charts.

Every PDF embeds (a subset of) these TrueType files, so curly quotes, dashes, accented names
and most symbols look the same on every computer. Characters the font lacks (emoji, most
CJK) are drawn as the font's "missing glyph" box; the text itself stays in the PDF unchanged
(copy/paste and search still find it).
"""

from __future__ import annotations

import threading
from pathlib import Path

from .. import paths

#: The family name of the bundled font.
FAMILY = "DejaVu Sans"
#: reportlab font names of the family.
REGULAR, BOLD, ITALIC = "SBSans", "SBSans-Bold", "SBSans-Italic"
_FILES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf",
          "italic": "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


def font_files() -> dict[str, Path]:
    """Paths of the bundled regular, bold and italic files (FileNotFoundError if missing)."""
    files = {style: paths.FONTS / name for style, name in _FILES.items()}
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"bundled font missing: {', '.join(missing)}")
    return files


def register_reportlab() -> None:
    """Register the family with reportlab (paragraphs, tables and charts use it). Idempotent."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        files = font_files()
        for style, name in (("regular", REGULAR), ("bold", BOLD), ("italic", ITALIC)):
            pdfmetrics.registerFont(TTFont(name, str(files[style])))
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC),
                                   (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, name)
        _registered = True


def has_glyph(char: str) -> bool:
    """True when the bundled regular font has a glyph for ``char`` (documentation, tests)."""
    register_reportlab()
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(REGULAR).face
    return ord(char) in face.charToGlyph


_MEASURE_SIZE = 1000  # px: the font's em in design units, so widths scale exactly
_pil_fonts: dict[bool, object] = {}


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` set in the bundled font at ``size`` points.

    Uses Pillow (FreeType), which loads a font in milliseconds: the chart layout measures
    its labels with it, so a DOCX export never has to load reportlab.
    """
    font = _pil_fonts.get(bold)
    if font is None:
        from PIL import ImageFont

        path = font_files()["bold" if bold else "regular"]
        font = _pil_fonts[bold] = ImageFont.truetype(str(path), _MEASURE_SIZE)
    return font.getlength(text) * size / _MEASURE_SIZE
