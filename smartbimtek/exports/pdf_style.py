"""Page geometry, colours and text markup of the PDF documents, shared by ``pdf_render`` and
``pdf_tables`` (kept here so the two never import each other)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

from ..text import strip_illegal

NAVY = colors.HexColor("#1F3864")
GREY = colors.HexColor("#595959")
RULE = colors.HexColor("#BFBFBF")
GROUP = colors.HexColor("#D9E2F3")
HIGHLIGHT = colors.HexColor("#FBE5D6")
NOTE_FILL = colors.HexColor("#FFF2CC")
NOTE_LINE = colors.HexColor("#BF9000")
LEFT, RIGHT, TOP, BOTTOM = 2.5 * cm, 2.0 * cm, 2.6 * cm, 2.2 * cm
WIDTH = A4[0] - LEFT - RIGHT
HEIGHT = A4[1] - TOP - BOTTOM


def markup(text: str) -> str:
    """User text as reportlab paragraph markup: escaped, newlines as line breaks."""
    return escape(strip_illegal(text)).replace("\n", "<br/>")
