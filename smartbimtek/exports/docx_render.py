"""DOCX renderer (python-docx) of a ``document.Document``.

Real Word styles (Heading 1-3, so the navigation pane and the table of contents work; Caption;
a shaded ``Placeholder`` style), a TOC field that Word fills in when the file is opened (it is
pre-filled with the headings so the page is readable before that), tables whose header row
repeats on every page, charts as 220 dpi PNG, the running header and page numbers in the
footer (PAGE field). Text is Arial (present on every office PC; LibreOffice substitutes the
metric-compatible Liberation Sans); the PDF embeds DejaVu Sans instead.

Tables are written as WordprocessingML directly (one parse per table) because python-docx's
cell API is far too slow for thousands of rows. XML-illegal control characters are removed
(``text.strip_illegal``); everything else is kept as typed, escaped for XML.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.shape import CT_Inline
from docx.shared import Cm, Pt

from ..text import strip_illegal
from . import charts, document
from .docx_styles import GREY, ask_to_update_fields, set_font, setup_styles

TEXT_WIDTH_CM = 21.0 - 2.5 - 2.0
TWIPS_PER_CM = 567


def _clean(text: str) -> str:
    return strip_illegal(text or "")


def _x(text: str) -> str:
    """Text for an XML string: illegal characters removed, markup characters escaped."""
    return escape(_clean(text), {'"': "&quot;"})


def _field(paragraph, instruction: str, result: list[str] | None = None) -> None:
    """Append a Word field (PAGE, TOC ...) to a paragraph; ``result`` lines are shown until
    Word updates the field."""
    w = nsdecls("w")
    lines = "<w:br/>".join(f'<w:t xml:space="preserve">{_x(line)}</w:t>'
                           for line in (result or [""]))
    for xml in (f'<w:r {w}><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>',
                f'<w:r {w}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
                f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
                f"<w:r {w}>{lines}</w:r>",
                f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def _run(text: str, rpr: str = "") -> str:
    """A run of plain text: newlines become line breaks, tabs tab characters."""
    parts = []
    for i, line in enumerate(_clean(text).split("\n")):
        if i:
            parts.append("<w:br/>")
        for k, piece in enumerate(line.split("\t")):
            if k:
                parts.append("<w:tab/>")
            if piece:
                parts.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return f"<w:r><w:rPr>{rpr}</w:rPr>{''.join(parts)}</w:r>" if rpr else \
        f"<w:r>{''.join(parts)}</w:r>"


def _rpr(size: float | None = None, bold: bool = False, colour: str | None = None) -> str:
    out = "<w:b/>" if bold else ""
    if colour:
        out += f'<w:color w:val="{colour}"/>'
    if size:
        out += f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>'
    return out


class _Writer:
    def __init__(self, model: document.Document, progress: Callable[[float], None] | None):
        self.model = model
        self.doc = new_docx()
        self.progress = progress
        setup_styles(self.doc)
        self.style_ids = {style.name: style.style_id for style in self.doc.styles}
        self.shape_id = 5000
        self.sect_pr = self.doc.element.body.find(qn("w:sectPr"))
        self.table_styles: dict[float, str] = {}
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
        section.top_margin, section.bottom_margin = Cm(2.6), Cm(2.2)
        section.header_distance, section.footer_distance = Cm(1.2), Cm(1.0)
        self._header_footer(section)
        props = self.doc.core_properties
        # Word's core properties hold at most 255 characters (a region name may be 300)
        props.title, props.subject = _clean(model.title)[:255], _clean(model.subject)[:255]
        props.author, props.keywords = _clean(model.author), "smart city; masterplan; bimtek"
        ask_to_update_fields(self.doc.settings.element)

    def _header_footer(self, section) -> None:
        header = section.header.paragraphs[0]
        header.text = _clean(self.model.header)
        header.style = self.doc.styles["Header"]
        for run in header.runs:
            run.font.size, run.font.color.rgb = Pt(7.5), GREY
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if self.model.footer:  # only when the plan's footer option names the programme
            footer.add_run(_clean(self.model.footer) + "\t").font.size = Pt(8)
            footer.alignment = WD_ALIGN_PARAGRAPH.LEFT
            footer.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
        footer.add_run("Halaman ").font.size = Pt(8)
        _field(footer, "PAGE", ["1"])
        if any(isinstance(b, document.Cover) for b in self.model.blocks):
            section.different_first_page_header_footer = True

    def write(self) -> bytes:
        body = self.doc.element.body
        for p in list(body.iterchildren(qn("w:p"))):  # the template's empty paragraph, if any
            body.remove(p)
        blocks = self.model.blocks
        for i, block in enumerate(blocks):
            getattr(self, type(block).__name__.lower())(block)
            if self.progress and i % 20 == 0:
                self.progress(i / len(blocks))
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    # -- blocks -----------------------------------------------------------------------------
    def _append(self, element):
        """Add a block element at the end of the body, before the section properties (O(1);
        python-docx's own insert searches the whole body each time)."""
        self.sect_pr.addprevious(element)
        return element

    def _p(self, runs: str, style: str = "Normal", ppr: str = "") -> None:
        """Append one paragraph given as WordprocessingML runs (fast: no style lookups)."""
        style_id = self.style_ids.get(style, "Normal")
        self._append(parse_xml(
            f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{style_id}"/>{ppr}</w:pPr>'
            f"{runs}</w:p>"))

    def _para(self, text: str, style: str = "Normal", align: str | None = None,
              rpr: str = "", ppr: str = "") -> None:
        """Append a paragraph of plain text (newlines as line breaks, tabs kept)."""
        if align:
            ppr += f'<w:jc w:val="{align}"/>'
        self._p(_run(text, rpr) if text else "", style, ppr)

    def cover(self, block: document.Cover) -> None:
        for _ in range(5):
            self._para("")
        self._para(block.title, rpr=_rpr(18, True, "595959"))
        self._para(block.region.upper(), rpr=_rpr(24, True, "1F3864"))
        if block.subtitle:
            self._para(block.subtitle, rpr=_rpr(11))
        self._para("")
        for line in block.lines:
            if line:
                self._para(line, rpr=_rpr(11.5))
        for _ in range(14):
            self._para("")
        if block.issuer:
            self._para(block.issuer, rpr=_rpr(None, True, "1F3864"))
        self._para(f"Keadaan data: {block.date}" if block.date else "")
        self._p('<w:r><w:br w:type="page"/></w:r>')

    def toc(self, block: document.Toc) -> None:
        self._para(block.title, "TOC Heading", "center", rpr=_rpr(None, True, "1F3864"))
        entries = [("" if h.level == 1 else "      ") + " ".join(h.text.split())
                   for h in self.model.headings()]
        paragraph = self.doc.add_paragraph()
        _field(paragraph, 'TOC \\o "1-2" \\h \\z \\u', entries)
        self._para("Daftar isi diperbarui otomatis saat dokumen dibuka di Microsoft Word "
                   "(atau klik kanan > Perbarui Bidang).", "Small")
        self._p('<w:r><w:br w:type="page"/></w:r>')

    def heading(self, block: document.Heading) -> None:
        style = f"Heading {min(block.level, 3)}"
        ppr = ""
        if block.level == 1 and block.new_page:
            ppr = '<w:pageBreakBefore/>'
        if block.level == 1 and "  " in block.text:
            label, title = block.text.split("  ", 1)
            runs = _run(label) + "<w:r><w:br/></w:r>" + _run(title)
        else:
            runs = _run(block.text)
        self._p(runs, style, ppr)

    def paragraph(self, block: document.Paragraph) -> None:
        styles = {"note": "Note", "small": "Small", "quote": "Quote"}
        align = {"body": "both", "lead": "both", "center": "center"}.get(block.style)
        if align == "both" and "\n" in block.text:
            align = None  # Word stretches justified lines that end in a line break
        self._para(block.text, styles.get(block.style, "Normal"), align)

    def placeholder(self, block: document.Placeholder) -> None:
        self._para(block.display(), "Placeholder")

    def bulletlist(self, block: document.BulletList) -> None:
        ppr = ('<w:tabs><w:tab w:val="left" w:pos="454"/></w:tabs><w:spacing w:after="60"/>'
               '<w:ind w:left="454" w:hanging="340"/>')
        for i, item in enumerate(block.items, start=1):
            self._para(f"{i}.\t{item}" if block.numbered else f"•\t{item}", ppr=ppr)

    def pagebreak(self, block: document.PageBreak) -> None:
        self._p('<w:r><w:br w:type="page"/></w:r>')

    def fields(self, block: document.Fields) -> None:
        if block.caption:
            self._para(block.caption, "Caption")
        rows = [[k, v] for k, v in block.rows]
        self._table(["", ""], rows, [4.2, TEXT_WIDTH_CM - 4.2], 9, show_header=False,
                    bold_columns={0})

    def table(self, block: document.Table) -> None:
        if block.caption:
            self._para(block.caption, "Caption")
        weights = block.widths or [1.0] * len(block.header)
        widths = [TEXT_WIDTH_CM * w / sum(weights) for w in weights]
        self._table(block.header, block.rows, widths, block.font_size, align=block.align,
                    highlight=block.highlight, bold_first=block.bold_first_line)
        self._para("", ppr='<w:spacing w:after="80"/>')

    def _table(self, header, rows, widths, size, *, show_header: bool = True, align=None, highlight=frozenset(), bold_first=frozenset(),
               bold_columns=frozenset()) -> None:
        style_id = self._table_style(size)
        twips = [int(w * TWIPS_PER_CM) for w in widths]
        n = len(twips)
        align = align or ["left"] * n
        jc = {"left": "left", "center": "center", "right": "right"}
        border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
                         for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        parts = [f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{sum(twips)}" w:type="dxa"/>'
                 f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
                 '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
                 '</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
                 'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{t}"/>' for t in twips)
                 + "</w:tblGrid>"]

        def run(text: str, bold: bool = False, colour: str | None = None) -> str:
            props = ("<w:b/>" if bold else "") + (f'<w:color w:val="{colour}"/>' if colour
                                                   else "")
            lines = _clean(text).split("\n")
            body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' if line
                                  else "" for line in lines)
            return f"<w:r><w:rPr>{props}</w:rPr>{body}</w:r>" if props else f"<w:r>{body}</w:r>"

        def cell(content: str, width: int, *, fill: str | None = None, span: int = 1,
                 how: str = "left") -> str:
            # widths come from the table grid (fixed layout): no w:tcW, smaller XML
            tcpr = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
            if fill:
                tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
            if tcpr:
                tcpr = f"<w:tcPr>{tcpr}</w:tcPr>"
            align_xml = f'<w:jc w:val="{jc[how]}"/>' if how != "left" else ""
            return (f'<w:tc>{tcpr}<w:p><w:pPr><w:pStyle w:val="{style_id}"/>'
                    f"{align_xml}</w:pPr>{content}</w:p></w:tc>")

        if show_header:
            parts.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(
                cell(run(h, True, "FFFFFF"), twips[i], fill="1F3864")
                for i, h in enumerate(header)) + "</w:tr>")
        for index, row in enumerate(rows):
            if isinstance(row, document.Group):
                parts.append("<w:tr>" + cell(run(row.text, True, "1F3864"), sum(twips),
                                             fill="D9E2F3", span=n) + "</w:tr>")
                continue
            fill = "FBE5D6" if index in highlight else None
            cells = []
            for c in range(n):
                text = str(row[c]) if c < len(row) else ""
                if c in bold_first and text:
                    first, _, rest = text.partition("\n")
                    content = run(first, True) + (
                        "<w:r><w:br/></w:r>" + run(rest) if rest else "")
                else:
                    content = run(text, c in bold_columns)
                cells.append(cell(content, twips[c], fill=fill, how=align[c]))
            parts.append("<w:tr>" + "".join(cells) + "</w:tr>")
        parts.append("</w:tbl>")
        self._append(parse_xml("".join(parts)))

    def _table_style(self, size: float) -> str:
        """A paragraph style for table text of one size (keeps the table XML small)."""
        style_id = self.table_styles.get(size)
        if style_id is None:
            style = self.doc.styles.add_style(f"Teks Tabel {size:g}", 1)
            style.style_id = f"TT{size:g}".replace(".", "")  # short: it is in every cell
            style.base_style = self.doc.styles["Normal"]
            set_font(style, size)
            fmt = style.paragraph_format
            fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(1), Pt(1), 1.0
            style_id = self.table_styles[size] = style.style_id
        return style_id

    def figure(self, block: document.Figure) -> None:
        png = charts.to_png(block.chart)
        w, h = block.chart.size()
        width = TEXT_WIDTH_CM * block.width
        height = width * h / w
        limit = 22.0
        if height > limit:
            width, height = width * limit / height, limit
        # python-docx's add_picture scans the whole document for a free shape id (slow in a
        # long document); the figures get their own ids instead.
        part = self.doc.part
        rid, image = part.get_or_add_image(io.BytesIO(png))
        cx, cy = image.scaled_dimensions(Cm(width), None)
        self.shape_id += 1
        inline = CT_Inline.new_pic_inline(self.shape_id, rid, f"gambar{self.shape_id}.png",
                                          cx, cy)
        paragraph = self._append(parse_xml(
            f'<w:p {nsdecls("w")}><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>'
            "<w:r><w:drawing/></w:r></w:p>"))
        paragraph.find(qn("w:r")).find(qn("w:drawing")).append(inline)
        self._para(block.caption, "Caption")

    def picture(self, block: document.Picture) -> None:
        width = TEXT_WIDTH_CM
        height = width * block.height / max(1, block.width)
        limit = TEXT_WIDTH_CM * block.max_height
        if height > limit:
            width, height = width * limit / height, limit
        rid, image = self.doc.part.get_or_add_image(io.BytesIO(block.jpeg))
        self.shape_id += 1
        inline = CT_Inline.new_pic_inline(self.shape_id, rid, f"foto{self.shape_id}.jpg",
                                          Cm(width), Cm(height))
        paragraph = self._append(parse_xml(
            f'<w:p {nsdecls("w")}><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>'
            "<w:r><w:drawing/></w:r></w:p>"))
        paragraph.find(qn("w:r")).find(qn("w:drawing")).append(inline)
        self._para(block.caption, "Caption")

    def signaturesheet(self, block: document.SignatureSheet) -> None:
        self._para(block.title, "Normal", "center", rpr=_rpr(12, True, "1F3864"),
                   ppr='<w:keepNext/><w:spacing w:before="240" w:after="120"/>')
        for text in block.statement:
            self._para(text, align="both")
        self._para(block.place_date, align="right")
        cols = max(1, block.columns)
        width = int(TEXT_WIDTH_CM / cols * TWIPS_PER_CM)
        rows = []
        for i in range(0, len(block.signers), cols):
            chunk = block.signers[i:i + cols]
            cells = []
            for signer in chunk:
                lines = [f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/>'
                         f'<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{_x(signer.role)}'
                         "</w:t></w:r></w:p>"]
                if signer.organisation:
                    lines.append(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>'
                                 f'<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">'
                                 f"{_x(signer.organisation)}</w:t></w:r></w:p>")
                lines.append('<w:p><w:pPr><w:spacing w:before="900"/><w:jc w:val="center"/>'
                             '</w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t '
                             f'xml:space="preserve">( {_x(signer.name) or "." * 48} )</w:t>'
                             "</w:r></w:p>")
                cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                             + "".join(lines) + "</w:tc>")
            while len(cells) < cols:
                cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                             "<w:p/></w:tc>")
            rows.append('<w:tr><w:trPr><w:cantSplit/></w:trPr>' + "".join(cells) + "</w:tr>")
        border = "".join(f'<w:{side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                         for side in ("top", "left", "bottom", "right", "insideV"))
        self._append(parse_xml(
            f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{width * cols}" w:type="dxa"/>'
            f'<w:tblBorders>{border}<w:insideH w:val="single" w:sz="2" w:space="0" '
            'w:color="BFBFBF"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
            + "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(cols)) + "</w:tblGrid>"
            + "".join(rows) + "</w:tbl>"))
        self._para("")

    def signatureblock(self, block: document.SignatureBlock) -> None:
        width = int(TEXT_WIDTH_CM * TWIPS_PER_CM)
        left, right = int(width * 0.45), width - int(width * 0.45)

        def line(text: str, *, bold: bool = False, underline: bool = False,
                 before: int = 0) -> str:
            rpr = ("<w:b/>" if bold else "") + ('<w:u w:val="single"/>' if underline else "")
            return (f'<w:p><w:pPr><w:keepNext/><w:spacing w:before="{before}" w:after="0"/>'
                    '<w:jc w:val="center"/></w:pPr><w:r><w:rPr>' + rpr
                    + f'</w:rPr><w:t xml:space="preserve">{_x(text)}</w:t></w:r></w:p>')

        name = block.name or "( " + "." * 48 + " )"
        cell = (line(block.place_date, before=240) + line(block.role, bold=True)
                + line(name, bold=bool(block.name), underline=bool(block.name), before=1100))
        none = "".join(f'<w:{side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                       for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        self._append(parse_xml(
            f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/>'
            f'<w:tblBorders>{none}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="{left}"/><w:gridCol w:w="{right}"/></w:tblGrid>'
            '<w:tr><w:trPr><w:cantSplit/></w:trPr>'
            f'<w:tc><w:tcPr><w:tcW w:w="{left}" w:type="dxa"/></w:tcPr><w:p/></w:tc>'
            f'<w:tc><w:tcPr><w:tcW w:w="{right}" w:type="dxa"/></w:tcPr>{cell}</w:tc>'
            "</w:tr></w:tbl>"))
        self._para("")


def render(doc: document.Document, target, progress: Callable[[float], None] | None = None
           ) -> None:
    """Write ``doc`` as DOCX to ``target`` (a path or a binary file object)."""
    data = _Writer(doc, progress).write()
    if hasattr(target, "write"):
        target.write(data)
    else:
        with open(target, "wb") as handle:
            handle.write(data)

