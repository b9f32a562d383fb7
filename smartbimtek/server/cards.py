"""Printable table cards (PDF): each OPD's join code, the address and a QR code.

Two cards per A4 page (cut along the dashed line); the QR code opens the page with the table's
code filled in, so a participant only types a name. Fonts are embedded (bundled DejaVu Sans,
else reportlab's own Vera).
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .. import paths
from ..services import lan, roster
from ..store.workshop import Workshop
from . import network, qr

REGULAR, BOLD = "SBCard", "SBCard-Bold"


def register_fonts() -> tuple[str, str]:
    """Register the card fonts once; DejaVu Sans when bundled, else Vera."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        regular, bold = paths.FONTS / "DejaVuSans.ttf", paths.FONTS / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
            pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
        else:
            pdfmetrics.registerFont(TTFont(REGULAR, "Vera.ttf"))
            pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))
    return REGULAR, BOLD


def _lines(canvas: Canvas, text: str, x: float, y: float, width: float, font: str, size: float,
           leading: float | None = None) -> float:
    leading = leading or size * 1.25
    for line in simpleSplit(text, font, size, width):
        canvas.setFont(font, size)
        canvas.drawString(x, y, line)
        y -= leading
    return y


def _card(canvas: Canvas, top: float, opd, code: str, base_url: str, wifi: str,
          region: str) -> None:
    width, _ = A4
    left, right = 18 * mm, width - 18 * mm
    height = A4[1] / 2 - 24 * mm
    canvas.setStrokeColorRGB(0.04, 0.31, 0.54)
    canvas.setLineWidth(2)
    canvas.roundRect(left - 4 * mm, top - height, right - left + 8 * mm, height, 6 * mm)
    y = top - 14 * mm
    canvas.setFillColorRGB(0.04, 0.31, 0.54)
    canvas.setFont(BOLD, 13)
    header = "SmartBimtek \u00b7 Input Meja" + (f" \u00b7 {region}" if region else "")
    canvas.drawString(left + 2 * mm, y, header)
    canvas.setFillColorRGB(0, 0, 0)
    table = f"Meja {opd.table_no}" if opd.table_no else ""
    canvas.setFont(BOLD, 30)
    canvas.drawString(left + 2 * mm, y - 16 * mm, opd.code)
    if table:
        canvas.setFont(BOLD, 20)
        canvas.drawRightString(right - 2 * mm, y - 16 * mm, table)
    text_width = right - left - 70 * mm
    y2 = _lines(canvas, opd.name, left + 2 * mm, y - 25 * mm, text_width, REGULAR, 13)
    canvas.setFont(REGULAR, 12)
    canvas.drawString(left + 2 * mm, y2 - 6 * mm, "Kode meja / Table code:")
    canvas.setFont(BOLD, 40)
    canvas.drawString(left + 2 * mm, y2 - 22 * mm, " ".join(code))
    url = network.join_url(base_url, code)
    steps = []
    if wifi:
        steps.append(f"1. Sambungkan ponsel ke Wi-Fi \u201c{wifi}\u201d.")
    steps.append(f"{len(steps) + 1}. Pindai kode QR, atau buka {base_url} dan ketik kode meja.")
    steps.append(f"{len(steps) + 1}. Tulis nama Anda, lalu tekan \u201cGabung\u201d.")
    y3 = y2 - 32 * mm
    for line in steps:
        y3 = _lines(canvas, line, left + 2 * mm, y3, text_width, REGULAR, 12) - 1.5 * mm
    size = 62 * mm
    qr.draw_on_canvas(canvas, url, right - size, y - 18 * mm - size, size)
    canvas.setFont(REGULAR, 8)
    canvas.drawCentredString(right - size / 2, y - 22 * mm - size, url)


def write_table_cards(ws: Workshop, base_url: str, dest: str | Path, *, wifi: str = "",
                      opd_ids: list[str] | None = None) -> Path:
    """Write the table cards of every OPD (or of ``opd_ids``) to ``dest`` (PDF, written to a
    temporary file and moved into place). Missing join codes are created first."""
    register_fonts()
    dest = Path(dest)
    codes = lan.ensure_codes(ws)
    region = ws.query_one("SELECT region_name FROM plan WHERE id = 1")[0]
    opds = [o for o in roster.list_opds(ws) if opd_ids is None or o.id in opd_ids]
    tmp = dest.with_name(dest.name + ".tmp")
    canvas = Canvas(str(tmp), pagesize=A4, pageCompression=1)
    canvas.setTitle("Kartu meja SmartBimtek")
    canvas.setAuthor("SmartBimtek")
    half = A4[1] / 2
    for index, opd in enumerate(opds):
        top = A4[1] - 12 * mm if index % 2 == 0 else half - 12 * mm
        _card(canvas, top, opd, codes[opd.id].code, base_url, wifi, region)
        if index % 2 == 0:
            canvas.setDash(4, 4)
            canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
            canvas.setLineWidth(0.5)
            canvas.line(8 * mm, half, A4[0] - 8 * mm, half)
            canvas.setDash()
        if index % 2 == 1 or index == len(opds) - 1:
            canvas.showPage()
    if not opds:
        canvas.setFont(REGULAR, 14)
        canvas.drawString(20 * mm, A4[1] - 30 * mm, "Belum ada OPD. / No OPDs yet.")
        canvas.showPage()
    canvas.save()
    os.replace(tmp, dest)
    return dest
