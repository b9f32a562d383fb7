"""PDF renderer (reportlab Platypus) of a ``document.Document``.

A4 portrait, the bundled DejaVu Sans embedded for all text (charts too), a running header and
page numbers, PDF bookmarks (outline) for chapters, sections and sub-sections, and a table of
contents drawn in ONE pass: the TOC entries are known from the model, and their page numbers
are PDF form objects filled in when the build ends (no second layout pass).

User text is escaped for reportlab's paragraph markup (``xml.sax.saxutils.escape``, newline to
``<br/>``) and stripped of XML-illegal characters, so it appears exactly as typed.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from ..text import strip_illegal
from . import charts, document
from .fonts import BOLD, ITALIC, REGULAR, register_reportlab
from .pdf_style import (  # noqa: F401  (re-exported for callers that import them from here)
    BOTTOM,
    GREY,
    GROUP,
    HEIGHT,
    HIGHLIGHT,
    LEFT,
    NAVY,
    NOTE_FILL,
    NOTE_LINE,
    RIGHT,
    RULE,
    TOP,
    WIDTH,
    markup,
)

Progress = Callable[[float], None]


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles (body 10/14 pt, headings in navy)."""
    register_reportlab()
    base = ParagraphStyle("body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10,
                          leading=14.5,
                          alignment=TA_JUSTIFY, spaceAfter=6, textColor=colors.black)
    s = {"body": base,
         "lead": ParagraphStyle("lead", base, fontSize=11, leading=16),
         "small": ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=GREY),
         "note": ParagraphStyle("note", base, fontName=ITALIC, textColor=GREY, fontSize=9.5),
         "center": ParagraphStyle("center", base, alignment=TA_CENTER),
         "quote": ParagraphStyle("quote", base, fontName=BOLD, fontSize=12, leading=18,
                                 alignment=TA_CENTER, textColor=NAVY, leftIndent=1 * cm,
                                 rightIndent=1 * cm, spaceBefore=6, spaceAfter=12),
         "placeholder": ParagraphStyle("placeholder", base, fontName=ITALIC, fontSize=9.5,
                                       textColor=colors.HexColor("#7F6000"), backColor=NOTE_FILL,
                                       borderColor=NOTE_LINE, borderWidth=0.5, borderPadding=5,
                                       spaceBefore=6, spaceAfter=12, alignment=TA_LEFT),
         "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=15, leading=21,
                              alignment=TA_CENTER, textColor=NAVY, spaceAfter=18),
         "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=12, leading=16, textColor=NAVY,
                              spaceBefore=12, spaceAfter=6, alignment=TA_LEFT),
         "h3": ParagraphStyle("h3", base, fontName=BOLD, fontSize=10.5, leading=14,
                              spaceBefore=9, spaceAfter=4, alignment=TA_LEFT),
         "caption": ParagraphStyle("caption", base, fontName=BOLD, fontSize=8.5, leading=11,
                                   alignment=TA_CENTER, spaceBefore=4, spaceAfter=4,
                                   textColor=colors.HexColor("#262626")),
         "bullet": ParagraphStyle("bullet", base, leftIndent=0.8 * cm, bulletIndent=0.2 * cm,
                                  spaceAfter=3),
         "toc1": ParagraphStyle("toc1", base, fontName=BOLD, fontSize=9.5, leading=13,
                                alignment=TA_LEFT, spaceBefore=6, spaceAfter=1,
                                rightIndent=1.6 * cm),
         "toc2": ParagraphStyle("toc2", base, fontSize=9, leading=12.5, leftIndent=0.8 * cm,
                                alignment=TA_LEFT, spaceAfter=0, rightIndent=1.6 * cm),
         "cover_region": ParagraphStyle("cover_region", base, fontName=BOLD, fontSize=24,
                                        leading=30, alignment=TA_LEFT, textColor=NAVY),
         "cover_title": ParagraphStyle("cover_title", base, fontName=BOLD, fontSize=18,
                                       leading=24, alignment=TA_LEFT, textColor=GREY),
         "cover_line": ParagraphStyle("cover_line", base, fontSize=11.5, leading=16,
                                      alignment=TA_LEFT, spaceAfter=2),
         "sign_role": ParagraphStyle("sign_role", base, fontName=BOLD, fontSize=9, leading=11.5,
                                     alignment=TA_CENTER, spaceAfter=0),
         "sign": ParagraphStyle("sign", base, fontSize=9, leading=11.5, alignment=TA_CENTER,
                                spaceAfter=0),
         "right": ParagraphStyle("right", base, alignment=TA_RIGHT)}
    return s


@functools.cache
def _cell_style(size: float, bold: bool = False, align: str = "left",
                colour: str = "#000000") -> ParagraphStyle:
    return ParagraphStyle(f"cell{size}{bold}{align}{colour}", fontName=BOLD if bold else REGULAR,
                          fontSize=size, leading=size * 1.28, textColor=colors.HexColor(colour),
                          alignment={"left": TA_LEFT, "center": TA_CENTER,
                                     "right": TA_RIGHT}[align])


TOC_NUMBER_WIDTH = 1.2 * cm


def _toc_entry_end(canvas, kind, label) -> None:
    """After a TOC entry's text: dot leaders, then the page-number form (filled in later)."""
    info = canvas._curr_tx_info
    x, y = info["cur_x"], info["cur_y"]
    font, size = REGULAR, 9
    dot = " ."
    room = WIDTH - TOC_NUMBER_WIDTH - x - 4
    count = int(room / stringWidth(dot, font, size))
    canvas.saveState()
    if count > 0:
        canvas.setFont(font, size)
        canvas.setFillColor(GREY)
        canvas.drawRightString(WIDTH - TOC_NUMBER_WIDTH + 2, y, dot * count)
    canvas.translate(WIDTH - TOC_NUMBER_WIDTH, y)
    canvas.doForm(f"tocpage{label}")
    canvas.restoreState()


def _fit(text: str, size: float, width: float = WIDTH) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` (the running header)."""
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text + "…"


class _Doc(BaseDocTemplate):
    """Page templates (cover, body), bookmarks and TOC page capture."""

    def __init__(self, target, doc: document.Document, progress: Progress | None) -> None:
        super().__init__(target, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                         bottomMargin=BOTTOM, title=strip_illegal(doc.title),
                         author=strip_illegal(doc.author), subject=strip_illegal(doc.subject),
                         creator="SmartBimtek", invariant=1,
                         initialFontName=REGULAR, initialFontSize=10, initialLeading=12,
                         lang="id-ID")
        self.model = doc
        self.toc_pages: dict[int, int] = {}
        self._outline_level = -1
        self._bookmarks = 0
        frame = Frame(LEFT, BOTTOM, WIDTH, HEIGHT, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        # the cover's text stays above the issuer and date drawn at the bottom of the page
        cover = Frame(LEFT, BOTTOM + 4.6 * cm, WIDTH, HEIGHT - 4.6 * cm, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("cover", [cover], onPage=self._cover_page),
                     PageTemplate("body", [frame], onPage=self._body_page)]
        if not any(isinstance(b, document.Cover) for b in doc.blocks):
            templates.reverse()  # no title page: the first page is a body page
        self.addPageTemplates(templates)
        if progress:
            total = [1]

            def report(kind, value):
                if kind == "SIZE_EST":
                    total[0] = max(value, 1)
                elif kind == "PROGRESS":
                    progress(min(value / total[0], 1.0))
            self.setProgressCallBack(report)

    def _cover_page(self, canv, doc) -> None:
        cover = next((b for b in self.model.blocks if isinstance(b, document.Cover)), None)
        canv.saveState()
        if cover is not None:
            s = styles()
            lines = [RLParagraph(markup(cover.issuer), ParagraphStyle(
                "issuer", s["cover_line"], fontName=BOLD, textColor=NAVY))] if cover.issuer else []
            if cover.date:
                lines.append(RLParagraph(markup(f"Keadaan data: {cover.date}"), s["cover_line"]))
            y = BOTTOM + 3.6 * cm
            for para in lines:
                _, h = para.wrapOn(canv, WIDTH, 4 * cm)
                y -= h
                para.drawOn(canv, LEFT, y)
        canv.setFillColor(NAVY)
        canv.rect(0, A4[1] - 1.4 * cm, A4[0], 1.4 * cm, stroke=0, fill=1)
        canv.rect(LEFT, BOTTOM + 4.2 * cm, 2.2 * cm, 0.12 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#C55A11"))
        canv.rect(0, A4[1] - 1.6 * cm, A4[0], 0.2 * cm, stroke=0, fill=1)
        canv.restoreState()

    def _body_page(self, canv, doc) -> None:
        canv.saveState()
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(GREY)
        canv.drawString(LEFT, A4[1] - 1.55 * cm, _fit(strip_illegal(self.model.header), 7.5))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(LEFT, A4[1] - 1.7 * cm, A4[0] - RIGHT, A4[1] - 1.7 * cm)
        canv.line(LEFT, 1.55 * cm, A4[0] - RIGHT, 1.55 * cm)
        canv.setFont(REGULAR, 8)
        canv.drawRightString(A4[0] - RIGHT, 1.05 * cm, f"Halaman {doc.page}")
        if self.model.footer:  # only when the plan's footer option names the programme
            canv.drawString(LEFT, 1.05 * cm, _fit(strip_illegal(self.model.footer), 8,
                                                  WIDTH - 3 * cm))
        canv.restoreState()

    def afterFlowable(self, flowable) -> None:
        heading = getattr(flowable, "_heading", None)
        if heading is None:
            return
        level, text, toc_index = heading
        if toc_index is not None:
            self.toc_pages[toc_index] = self.page
        self._bookmarks += 1
        key = f"toc{toc_index}" if toc_index is not None else f"h{self._bookmarks}"
        self.canv.bookmarkPage(key)
        outline = min(level - 1, self._outline_level + 1)
        self.canv.addOutlineEntry(" ".join(strip_illegal(text).split()), key, level=outline,
                                  closed=outline > 0)
        self._outline_level = outline


class _Canvas(Canvas):
    """A canvas that fills in the TOC page-number forms just before saving."""

    def __init__(self, *args, late_forms: Callable[[], dict[str, str]], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._late_forms = late_forms
        self.setNamedCB("sbtoc", _toc_entry_end)

    def save(self) -> None:
        for name, text in self._late_forms().items():
            self.beginForm(name)
            self.setFont(REGULAR, 9.5)
            self.setFillColor(colors.black)
            self.drawRightString(TOC_NUMBER_WIDTH, 0, text)
            self.endForm()
        super().save()


class _Renderer:
    """Turns model blocks into flowables."""

    def __init__(self, doc: document.Document, chart_progress: Progress | None = None) -> None:
        self.doc = doc
        self.s = styles()
        self.toc_index: dict[int, int] = {}  # id(heading) -> toc entry index
        for i, heading in enumerate(doc.headings()):
            self.toc_index[id(heading)] = i
        self.chart_progress = chart_progress

    def story(self) -> list:
        story: list = []
        figures = [b for b in self.doc.blocks if isinstance(b, document.Figure)]
        done_figures = 0
        for block in self.doc.blocks:
            if isinstance(block, document.Cover):
                story += self.cover(block)
                continue
            if isinstance(block, document.Figure):
                story += self.figure(block)
                done_figures += 1
                if self.chart_progress:
                    self.chart_progress(done_figures / len(figures))
                continue
            story += getattr(self, type(block).__name__.lower())(block)
        return story

    # -- blocks -----------------------------------------------------------------------------
    def cover(self, block: document.Cover) -> list:
        s = self.s
        out = [Spacer(1, 3.2 * cm), RLParagraph(markup(block.title), s["cover_title"]),
               Spacer(1, 0.3 * cm), RLParagraph(markup(block.region.upper()), s["cover_region"]
                                                if len(block.region) <= 60 else ParagraphStyle(
                                                    "cover_long", s["cover_region"], fontSize=15,
                                                    leading=19)),
               Spacer(1, 0.5 * cm)]
        if block.subtitle:
            out.append(RLParagraph(markup(block.subtitle), s["lead"]))
        out.append(Spacer(1, 0.6 * cm))
        out += [RLParagraph(markup(line), s["cover_line"]) for line in block.lines if line]
        out += [NextPageTemplate("body"), PageBreak()]
        return out

    def toc(self, block: document.Toc) -> list:
        out = [RLParagraph(markup(block.title), self.s["h1"])]
        for i, heading in enumerate(self.doc.headings()):
            style = self.s["toc1"] if heading.level == 1 else self.s["toc2"]
            text = " ".join(heading.text.split())
            out.append(RLParagraph(f'<a href="#toc{i}">{markup(text)}</a>'
                                   f'<onDraw name="sbtoc" label="{i}"/>', style))
        out.append(PageBreak())
        return out

    def heading(self, block: document.Heading) -> list:
        style = self.s[f"h{min(block.level, 3)}"]
        if block.level == 1 and "  " in block.text:
            label, title = block.text.split("  ", 1)
            text = f"{markup(label)}<br/>{markup(title)}"
        else:
            text = markup(block.text)
        para = RLParagraph(text, style)
        para._heading = (block.level, block.text, self.toc_index.get(id(block)))
        out: list = []
        if block.level == 1 and block.new_page:
            out.append(PageBreakIfNotEmpty())
        elif block.level > 1:
            out.append(CondPageBreak(4 * cm))
        out.append(para)
        return out

    def paragraph(self, block: document.Paragraph) -> list:
        return [RLParagraph(markup(block.text), self.s.get(block.style, self.s["body"]))]

    def placeholder(self, block: document.Placeholder) -> list:
        return [Spacer(1, 2), RLParagraph(markup(block.display()), self.s["placeholder"])]

    def bulletlist(self, block: document.BulletList) -> list:
        out = []
        for i, item in enumerate(block.items, start=1):
            bullet = f"{i}." if block.numbered else "•"
            out.append(RLParagraph(markup(item), self.s["bullet"], bulletText=bullet))
        out.append(Spacer(1, 4))
        return out

    def pagebreak(self, block: document.PageBreak) -> list:
        return [PageBreak()]

    def fields(self, block: document.Fields) -> list:
        from .pdf_tables import build_fields

        return build_fields(block, self.s["caption"])

    def table(self, block: document.Table) -> list:
        from .pdf_tables import build_table

        return build_table(block, self.s["caption"])

    def figure(self, block: document.Figure) -> list:
        drawing = charts.to_drawing(block.chart, WIDTH * block.width)
        limit = HEIGHT - 2.5 * cm
        if drawing.height > limit:
            factor = limit / drawing.height
            drawing.width, drawing.height = drawing.width * factor, drawing.height * factor
            drawing.scale(factor, factor)
        drawing.hAlign = "CENTER"
        return [KeepTogether([Spacer(1, 4), drawing,
                              RLParagraph(markup(block.caption), self.s["caption"])]),
                Spacer(1, 6)]

    def picture(self, block: document.Picture) -> list:
        import io

        from reportlab.platypus import Image

        width = WIDTH
        height = width * block.height / max(1, block.width)
        limit = WIDTH * block.max_height
        if height > limit:
            width, height = width * limit / height, limit
        image = Image(io.BytesIO(block.jpeg), width, height)
        image.hAlign = "CENTER"
        return [KeepTogether([Spacer(1, 4), image,
                              RLParagraph(markup(block.caption), self.s["caption"])]),
                Spacer(1, 6)]

    def signaturesheet(self, block: document.SignatureSheet) -> list:
        from .pdf_tables import signature_table

        s = self.s
        out: list = [RLParagraph(markup(block.title), ParagraphStyle("st", s["h2"],
                                                                     alignment=TA_CENTER))]
        out += [RLParagraph(markup(p), s["body"]) for p in block.statement]
        out.append(RLParagraph(markup(block.place_date), s["right"]))
        out.append(Spacer(1, 6))
        out.append(signature_table(block, WIDTH, s["sign_role"], s["sign"]))
        return out

    def signatureblock(self, block: document.SignatureBlock) -> list:
        s = self.s
        cell = [RLParagraph(markup(block.place_date), s["sign"]),
                RLParagraph(markup(block.role), s["sign_role"]), Spacer(1, 1.7 * cm),
                RLParagraph("<u>" + markup(block.name) + "</u>" if block.name else
                            "( ................................................ )",
                            ParagraphStyle("sign_name", s["sign"], fontName=BOLD))]
        return [Spacer(1, 10), _right_column(cell)]


def _right_column(cell: list):
    """A one-signature block in the right half of the text width, kept on one page."""
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    table = RLTable([["", cell]], colWidths=[WIDTH * 0.45, WIDTH * 0.55])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([table])


def render(doc: document.Document, target, progress: Progress | None = None) -> None:
    """Write ``doc`` as PDF to ``target`` (a path or a binary file object).

    ``progress(fraction)`` is called while charts are drawn (first 30 %) and pages laid out.
    """
    register_reportlab()

    def charts_progress(value: float) -> None:
        if progress:
            progress(0.3 * value)

    renderer = _Renderer(doc, charts_progress)
    story = renderer.story()
    if isinstance(target, os.PathLike):
        target = os.fspath(target)
    template = _Doc(target, doc, (lambda v: progress(0.3 + 0.7 * v)) if progress else None)
    count = len(doc.headings())

    def late_forms() -> dict[str, str]:
        return {f"tocpage{i}": str(template.toc_pages.get(i, "")) for i in range(count)}

    template.build(story, canvasmaker=functools.partial(_Canvas, late_forms=late_forms))
