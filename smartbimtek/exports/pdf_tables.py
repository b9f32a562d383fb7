"""Data tables of the PDF renderer, drawn by one fast flowable.

reportlab's ``Table`` spends most of its time per cell (styles, spans, one text object per
line); a master plan of a large workshop has tens of thousands of cells. ``GridTable`` wraps
the plain cell text itself (greedy word wrap on the font metrics), splits between rows (or,
for a row taller than the space left, inside the row), repeats the header row on every page,
and draws each page's text in one text object. It looks like a ruled table: a navy header,
shaded group rows, emphasised rows and thin grid lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Spacer, TableStyle
from reportlab.platypus import Paragraph as RLParagraph

from ..text import strip_illegal
from . import document
from .fonts import BOLD, REGULAR
from .pdf_style import GREY, GROUP, HIGHLIGHT, NAVY, RULE, WIDTH, markup

HPAD, VPAD = 3.0, 2.5
TEXT = colors.black
IN_ROW_SPLIT = 180.0  # points: a row taller than this may continue on the next page


def _hard_cut(para: str, width: float, measure) -> int:
    """How many characters of a word longer than the cell fit on a line (at least one)."""
    cut = max(1, int(len(para) * width / max(measure(para), 1e-6)))
    while cut > 1 and measure(para[:cut]) > width:
        cut -= 1
    while cut < len(para) and measure(para[:cut + 1]) <= width:
        cut += 1
    return cut


def _wrap_para(para: str, width: float, measure) -> list[str]:
    lines = []
    while True:
        total = measure(para)
        if total <= width:
            lines.append(para)
            return lines
        guess = int(len(para) * width / total)
        cut = para.rfind(" ", 0, guess + 1)
        if cut <= 0:  # no space early enough: one word wider than the cell
            first_space = para.find(" ")
            if first_space == -1 or measure(para[:first_space]) > width:
                cut = _hard_cut(para, width, measure)
                lines.append(para[:cut])
                para = para[cut:]
                continue
            cut = first_space
        while True:  # take more words while they fit
            nxt = para.find(" ", cut + 1)
            if nxt == -1 or measure(para[:nxt]) > width:
                break
            cut = nxt
        while cut > 0 and measure(para[:cut]) > width:  # the guess was too long
            cut = para.rfind(" ", 0, cut)
        if cut <= 0:
            cut = _hard_cut(para, width, measure)
            lines.append(para[:cut])
            para = para[cut:]
            continue
        lines.append(para[:cut])
        para = para[cut + 1:]


def wrap_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy word wrap of plain text to ``width`` points: newlines kept, tabs as spaces,
    words longer than the width split. Returns the lines ([""] for empty text)."""
    width_of = pdfmetrics.getFont(font).stringWidth

    def measure(part: str) -> float:
        return width_of(part, size)

    out: list[str] = []
    for para in text.replace("\t", "    ").split("\n"):
        out.extend(_wrap_para(para, width, measure))
    return out


@dataclass
class _Row:
    cells: list[list[tuple[str, bool]]]  # per column: lines as (text, bold)
    fill: object = None
    group: bool = False
    lines: int = 0

    def __post_init__(self) -> None:
        self.lines = max((len(c) for c in self.cells), default=1) or 1


class GridTable(Flowable):
    """A ruled table with a repeated header; see the module docstring.

    Without a header and with ``ruled`` off it is a label/value list (only a thin line under
    each row; the first column bold navy), as the ``Fields`` blocks are drawn.
    """

    def __init__(self, header: _Row | None, rows: list[_Row], widths: list[float], size: float,
                 align: list[str], ruled: bool = True) -> None:
        super().__init__()
        self.header, self.rows, self.widths = header, rows, widths
        self.size, self.leading = size, size * 1.25
        self.align = align
        self.ruled = ruled
        self.width = sum(widths)

    def _height(self, row: _Row | None) -> float:
        return 0.0 if row is None else row.lines * self.leading + 2 * VPAD

    def _copy(self, rows: list[_Row]) -> GridTable:
        return GridTable(self.header, rows, self.widths, self.size, self.align, self.ruled)

    def wrap(self, avail_width, avail_height):
        if not hasattr(self, "_total"):
            self._total = self._height(self.header) + sum(
                r.lines for r in self.rows) * self.leading + 2 * VPAD * len(self.rows)
        self.height = self._total
        return self.width, self.height

    def split(self, avail_width, avail_height):
        room = avail_height - self._height(self.header)
        used, count = 0.0, 0
        for row in self.rows:
            h = self._height(row)
            if used + h > room:
                break
            used += h
            count += 1
        if count == len(self.rows):
            return [self]
        first = self.rows[count]
        fit = int((room - used - 2 * VPAD) // self.leading)
        if self._height(first) > IN_ROW_SPLIT and fit >= 2 and not first.group:
            # a tall row continues on the next page (a row may be taller than a page)
            top = _Row([c[:fit] for c in first.cells], first.fill)
            rest = _Row([c[fit:] for c in first.cells], first.fill)
            head, tail = self.rows[:count] + [top], [rest] + self.rows[count + 1:]
        else:
            if count and self.rows[count - 1].group:
                count -= 1  # a group row stays with the rows it introduces
            head, tail = self.rows[:count], self.rows[count:]
        if not head:
            return []
        return [self._copy(head), self._copy(tail)]

    def draw(self):
        canv = self.canv
        rows = ([self.header] if self.header else []) + self.rows
        heights = [self._height(r) for r in rows]
        top = self.height
        canv.saveState()
        y = top
        for i, (row, h) in enumerate(zip(rows, heights, strict=True)):
            fill = NAVY if i == 0 and self.header else (GROUP if row.group else row.fill)
            if fill is not None:
                canv.setFillColor(fill)
                canv.rect(0, y - h, self.width, h, stroke=0, fill=1)
            y -= h
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        y = top
        path = canv.beginPath()
        if not self.ruled:
            for h in heights:
                y -= h
                path.moveTo(0, y)
                path.lineTo(self.width, y)
            canv.drawPath(path, stroke=1, fill=0)
            self._draw_text(rows, heights, top)
            canv.restoreState()
            return
        for h in heights:
            path.moveTo(0, y)
            path.lineTo(self.width, y)
            y -= h
        path.moveTo(0, y)
        path.lineTo(self.width, y)
        for x in (0.0, self.width):
            path.moveTo(x, top)
            path.lineTo(x, 0)
        inner = [sum(self.widths[:i]) for i in range(1, len(self.widths))]
        y, start = top, None  # inner vertical lines run over stretches without group rows
        for row, h in zip(rows, heights, strict=True):
            if row.group:
                if start is not None:
                    for x in inner:
                        path.moveTo(x, start)
                        path.lineTo(x, y)
                start = None
            elif start is None:
                start = y
            y -= h
        if start is not None:
            for x in inner:
                path.moveTo(x, start)
                path.lineTo(x, y)
        canv.drawPath(path, stroke=1, fill=0)
        self._draw_text(rows, heights, top)
        canv.restoreState()

    def _draw_text(self, rows, heights, top) -> None:
        out = _TextWriter(self.canv, self.leading)
        y = top
        lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]
        for i, (row, h) in enumerate(zip(rows, heights, strict=True)):
            is_header = i == 0 and self.header is not None
            colour = colors.white if is_header else (NAVY if row.group else TEXT)
            base = y - VPAD - self.size
            for c, lines in enumerate(row.cells):
                if not lines:
                    continue
                if not self.ruled:
                    colour = NAVY if c == 0 else TEXT
                align = "left" if is_header or row.group else self.align[c]
                x = lefts[c] + HPAD
                if align == "left":
                    out.cell(self.size, colour, x, base, lines)
                    continue
                width = self.widths[c] - 2 * HPAD
                for k, (line, bold) in enumerate(lines):
                    if line:
                        wide = stringWidth(line, BOLD if bold else REGULAR, self.size)
                        shift = (width - wide) if align == "right" else (width - wide) / 2
                        out.cell(self.size, colour, x + shift, base - k * self.leading,
                                 [(line, bold)])
            y -= h
        out.flush()


def _escape_byte(byte: int) -> str:
    char = chr(byte)
    if char in "()\\":
        return "\\" + char
    return char if 32 <= byte < 127 else f"\\{byte:03o}"


_ESCAPED = [_escape_byte(b) for b in range(256)]


class _TextWriter:
    """Writes many short text lines as ONE PDF text object, straight into the page stream.

    Same operators reportlab's text object writes (font subset selection, ``Tm``, ``Tj``),
    minus its per-line overhead: a line whose characters all sit in the font's first subset
    is encoded with one ``str.translate``; any other line goes through reportlab's own
    ``splitString``. Characters the font lacks become its missing-glyph box (code 0).
    """

    def __init__(self, canv, leading: float) -> None:
        self.canv = canv
        self.doc = canv._doc
        self.ops: list[str] = ["BT"]
        self.tables: dict[str, tuple[dict[int, str], frozenset]] = {}
        self.names: dict[tuple[str, int], str] = {}
        self.state: tuple = ()
        self.colour = None
        self.next_line = f"0 {-leading:.2f} Td"

    def _table(self, font_name: str) -> tuple[dict[int, str], frozenset]:
        entry = self.tables.get(font_name)
        if entry is None:
            font = pdfmetrics.getFont(font_name)
            font.splitString(" ", self.doc)  # make sure the font has its state in this doc
            table = {code: _ESCAPED[n & 0xFF] for code, n in
                     font.state[self.doc].assignments.items() if n >> 8 == 0}
            entry = self.tables[font_name] = (table, frozenset(map(chr, table)))
        return entry

    def _select(self, font_name: str, subset: int, size: float) -> None:
        if self.state != (font_name, subset, size):
            name = self.names.get((font_name, subset))
            if name is None:
                font = pdfmetrics.getFont(font_name)
                name = self.names[(font_name, subset)] = font.getSubsetInternalName(subset,
                                                                                     self.doc)
            self.ops.append(f"{name} {size:g} Tf")
            self.state = (font_name, subset, size)

    def cell(self, size: float, colour, x: float, y: float,
             lines: list[tuple[str, bool]]) -> None:
        """The lines of one cell, the first at (x, y), each next one a leading lower."""
        if colour is not self.colour:
            self.ops.append(f"{colour.red:.3f} {colour.green:.3f} {colour.blue:.3f} rg")
            self.colour = colour
        ops = self.ops
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for k, (text, bold) in enumerate(lines):
            if k:
                ops.append(self.next_line)
            if not text:
                continue
            font_name = BOLD if bold else REGULAR
            table, known = self._table(font_name)
            if known.issuperset(text):
                self._select(font_name, 0, size)
                ops.append(f"({text.translate(table)}) Tj")
                continue
            font = pdfmetrics.getFont(font_name)
            # Tj moves the pen: later pieces of the same line follow; Td is relative to the
            # line start, so the next line stays aligned
            for subset, chunk in font.splitString(text, self.doc):
                self._select(font_name, subset, size)
                ops.append("(" + "".join(_ESCAPED[b] for b in chunk) + ") Tj")
            self.tables.pop(font_name, None)  # new characters may have been assigned

    def flush(self) -> None:
        self.ops.append("ET")
        self.canv._code.append("\n".join(self.ops))
        self.ops = ["BT"]
        self.state = ()
        self.colour = None


_WRAPPED: dict[tuple, list[tuple[str, bool]]] = {}


def _cell_lines(text: str, width: float, size: float, bold: bool, bold_first: bool
                ) -> list[tuple[str, bool]]:
    key = (text, width, size, bold, bold_first)
    cached = _WRAPPED.get(key)
    if cached is not None:  # codes, names and numbers repeat in every table
        return cached
    clean = strip_illegal(text)
    if bold_first and clean:
        head, _, rest = clean.partition("\n")
        lines = [(t, True) for t in wrap_lines(head, width, BOLD, size)]
        if rest:
            lines += [(t, False) for t in wrap_lines(rest, width, REGULAR, size)]
    else:
        font = BOLD if bold else REGULAR
        lines = [(t, bold) for t in wrap_lines(clean, width, font, size)]
    if len(text) < 80:
        if len(_WRAPPED) > 50_000:
            _WRAPPED.clear()
        _WRAPPED[key] = lines
    return lines


def build_table(block: document.Table, caption_style: ParagraphStyle) -> list:
    """Flowables of a data table: caption, then a ``GridTable``."""
    n = len(block.header)
    weights = block.widths or [1.0] * n
    widths = [WIDTH * w / sum(weights) for w in weights]
    inner = [w - 2 * HPAD for w in widths]
    align = block.align or ["left"] * n
    size = block.font_size
    header = _Row([_cell_lines(h, inner[c], size, True, False) for c, h in enumerate(block.header)])
    rows = []
    for index, row in enumerate(block.rows):
        if isinstance(row, document.Group):
            rows.append(_Row([_cell_lines(row.text, WIDTH - 2 * HPAD, size, True, False)]
                             + [[] for _ in range(n - 1)], group=True))
            continue
        cells = [str(c) for c in row][:n] + [""] * (n - len(row))
        rows.append(_Row([_cell_lines(t, inner[c], size, False, c in block.bold_first_line)
                          for c, t in enumerate(cells)],
                         HIGHLIGHT if index in block.highlight else None))
    out: list = [CondPageBreak(3.5 * cm)]
    if block.caption:
        out.append(RLParagraph(markup(block.caption), caption_style))
    out += [GridTable(header, rows, widths, size, align), Spacer(1, 10)]
    return out


def build_fields(block: document.Fields, caption_style: ParagraphStyle) -> list:
    """A label/value list (event data, a quick win's profile) that may run over pages."""
    widths = [4.2 * cm, WIDTH - 4.2 * cm]
    size = 9.0
    rows = [_Row([_cell_lines(k, widths[0] - 2 * HPAD, size, True, False),
                  _cell_lines(v, widths[1] - 2 * HPAD, size, False, False)])
            for k, v in block.rows]
    out: list = []
    if block.caption:
        out.append(RLParagraph(markup(block.caption), caption_style))
    out += [GridTable(None, rows, widths, size, ["left", "left"], ruled=False), Spacer(1, 8)]
    return out


def signature_table(block: document.SignatureSheet, width: float, role_style: ParagraphStyle,
                    text_style: ParagraphStyle) -> LongTable:
    """The grid of signature lines (``columns`` per row), each with room to sign."""
    cols = max(1, block.columns)
    cells = []
    for signer in block.signers:
        cell = [RLParagraph(markup(signer.role), role_style)]
        if signer.organisation:
            cell.append(RLParagraph(markup(signer.organisation), text_style))
        cell += [Spacer(1, 1.7 * cm),
                 RLParagraph(markup(f"( {signer.name} )" if signer.name
                                    else "( ................................................ )"),
                             text_style)]
        cells.append(cell)
    rows = [cells[i:i + cols] + [""] * (cols - len(cells[i:i + cols]))
            for i in range(0, len(cells), cols)]
    table = LongTable(rows, colWidths=[width / cols] * cols, repeatRows=0)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                               ("TOPPADDING", (0, 0), (-1, -1), 10),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                               ("TEXTCOLOR", (0, 0), (-1, -1), GREY)]))
    return table
