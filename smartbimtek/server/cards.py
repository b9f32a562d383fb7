"""Printable table cards (PDF): each OPD's join code, the address and a QR code, and a card
for each group (kelompok) that is not an OPD's own table: its name, kind, dimension or
component, member OPDs and its group code.

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

from .. import paths, reference
from ..services import groups as group_service
from ..services import lan, roster
from ..store.workshop import Workshop
from . import network, qr

REGULAR, BOLD = "SBCard", "SBCard-Bold"
#: The kind of a group as printed on its card (Indonesian first, as the whole card).
KIND_TEXT = {"opd": "Kelompok OPD / OPD group", "dimension": "Kelompok dimensi / Dimension group",
             "component": "Kelompok komponen / Component group",
             "custom": "Kelompok bebas / Custom group"}


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


def _frame(canvas: Canvas, top: float, region: str) -> tuple[float, float, float]:
    """The card's border and header; returns (left, right, y of the header line)."""
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
    return left, right, y


def _join(canvas: Canvas, left: float, right: float, y: float, y2: float, code: str,
          label: str, base_url: str, wifi: str) -> None:
    """The join code in big letters, the steps and the QR code of the join address."""
    text_width = right - left - 70 * mm
    canvas.setFont(REGULAR, 12)
    canvas.drawString(left + 2 * mm, y2 - 6 * mm, label)
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


def _card(canvas: Canvas, top: float, opd, code: str, base_url: str, wifi: str,
          region: str) -> None:
    left, right, y = _frame(canvas, top, region)
    table = f"Meja {opd.table_no}" if opd.table_no else ""
    canvas.setFont(BOLD, 30)
    canvas.drawString(left + 2 * mm, y - 16 * mm, opd.code)
    if table:
        canvas.setFont(BOLD, 20)
        canvas.drawRightString(right - 2 * mm, y - 16 * mm, table)
    text_width = right - left - 70 * mm
    y2 = _lines(canvas, opd.name, left + 2 * mm, y - 25 * mm, text_width, REGULAR, 13)
    _join(canvas, left, right, y, y2, code, "Kode meja / Table code:", base_url, wifi)


def group_topic(group) -> str:
    """The dimension or readiness component a group works on (its Indonesian name), or ""."""
    if group.dimension:
        return reference.label(reference.dimension(group.dimension))
    if group.component:
        found = next((c for c in reference.components() if c["id"] == group.component), None)
        return reference.label(found) if found else group.component
    return ""


def _fitting(text: str, font: str, sizes: tuple[float, ...], width: float,
             max_lines: int) -> float:
    """The largest of ``sizes`` at which ``text`` takes at most ``max_lines`` lines (else the
    smallest)."""
    for size in sizes:
        if len(simpleSplit(text, font, size, width)) <= max_lines:
            return size
    return sizes[-1]


def _group_card(canvas: Canvas, top: float, group, members: list[str], code: str,
                base_url: str, wifi: str, region: str) -> None:
    left, right, y = _frame(canvas, top, region)
    text_width = right - left - 70 * mm
    size = _fitting(group.name, BOLD, (24, 20, 16, 13), text_width, 2)
    y1 = _lines(canvas, group.name, left + 2 * mm, y - 8 * mm - size * 0.8, text_width, BOLD,
                size, leading=size * 1.15)
    kind = KIND_TEXT.get(group.kind, group.kind)
    topic = group_topic(group)
    about = kind + (f": {topic}" if topic else "")
    y1 = _lines(canvas, about, left + 2 * mm, y1 - 1 * mm, text_width, REGULAR,
                _fitting(about, REGULAR, (12, 10), text_width, 1))
    listed = ("Anggota: " + ", ".join(members)) if members else "Belum ada OPD anggota."
    y2 = _lines(canvas, listed, left + 2 * mm, y1 - 1 * mm, text_width, REGULAR,
                _fitting(listed, REGULAR, (12, 10, 8), text_width, 2))
    _join(canvas, left, right, y, y2, code, "Kode kelompok / Group code:", base_url, wifi)


def _group_cards(ws: Workshop, base_url: str, wifi: str, region: str) -> list:
    """Draw calls of the cards of the current bimtek's groups that are not OPD groups."""
    shown = [g for g in group_service.list_groups(ws) if g.kind != "opd"]
    if not shown:
        return []
    codes = lan.ensure_group_codes(ws)
    opd_codes = {o.id: o.code for o in roster.list_opds(ws)}
    cards = []
    for group in shown:
        members = [opd_codes[i] for i in dict.fromkeys(
            ([group.opd_id] if group.opd_id else []) + group.opd_ids) if i in opd_codes]
        cards.append(lambda canvas, top, g=group, m=members: _group_card(
            canvas, top, g, m, codes[g.id], base_url, wifi, region))
    return cards


def write_table_cards(ws: Workshop, base_url: str, dest: str | Path, *, wifi: str = "",
                      opd_ids: list[str] | None = None, groups: bool | None = None) -> Path:
    """Write the table cards of every OPD (or of ``opd_ids``) and, unless ``groups`` is
    False (default: when ``opd_ids`` is not given), of every group of the current bimtek
    that is not an OPD's own group, to ``dest`` (PDF, written to a temporary file and moved
    into place). Missing join codes are created first."""
    register_fonts()
    dest = Path(dest)
    codes = lan.ensure_codes(ws)
    region = ws.query_one("SELECT region_name FROM plan WHERE id = 1")[0]
    opds = [o for o in roster.list_opds(ws) if opd_ids is None or o.id in opd_ids]
    cards = [lambda canvas, top, o=opd: _card(canvas, top, o, codes[o.id].code, base_url,
                                              wifi, region) for opd in opds]
    if groups if groups is not None else opd_ids is None:
        cards += _group_cards(ws, base_url, wifi, region)
    tmp = dest.with_name(dest.name + ".tmp")
    canvas = Canvas(str(tmp), pagesize=A4, pageCompression=1)
    canvas.setTitle("Kartu meja SmartBimtek")
    canvas.setAuthor("SmartBimtek")
    half = A4[1] / 2
    for index, draw in enumerate(cards):
        top = A4[1] - 12 * mm if index % 2 == 0 else half - 12 * mm
        draw(canvas, top)
        if index % 2 == 0:
            canvas.setDash(4, 4)
            canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
            canvas.setLineWidth(0.5)
            canvas.line(8 * mm, half, A4[0] - 8 * mm, half)
            canvas.setDash()
        if index % 2 == 1 or index == len(cards) - 1:
            canvas.showPage()
    if not cards:
        canvas.setFont(REGULAR, 14)
        canvas.drawString(20 * mm, A4[1] - 30 * mm, "Belum ada OPD. / No OPDs yet.")
        canvas.showPage()
    canvas.save()
    os.replace(tmp, dest)
    return dest
