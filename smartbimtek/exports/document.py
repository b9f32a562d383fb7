"""A format-neutral document model: what the builders produce and the renderers draw.

The builders (``masterplan``, ``summary``, ``quickwins``, ``report``) turn a workshop snapshot
into a ``Document`` made of the blocks below; ``docx_render`` and ``pdf_render`` draw the same
``Document``. So the content logic exists once and the two formats cannot drift apart.

All text in the blocks is plain text exactly as the user typed it (no markup); escaping is the
renderers' job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Cover:
    """The title page: region, document title, subtitle lines, period, stage and date."""

    title: str
    region: str
    subtitle: str = ""
    lines: list[str] = field(default_factory=list)
    date: str = ""
    issuer: str = ""


@dataclass
class Toc:
    """The table of contents (headings of level 1 and 2)."""

    title: str = "DAFTAR ISI"


@dataclass
class Heading:
    """A heading. Level 1 is a chapter (BAB), it starts a new page unless ``new_page`` is off."""

    level: int
    text: str
    new_page: bool = True
    in_toc: bool = True


@dataclass
class Paragraph:
    """Body text. ``style``: body, lead, small, note, center, quote."""

    text: str
    style: str = "body"


@dataclass
class Placeholder:
    """Narrative the Tim Pelaksana still has to write (or data the workshop has not produced
    yet): shown shaded as ``[Belum diisi: ...]``, never invented."""

    text: str
    label: str = "Belum diisi"

    @classmethod
    def unavailable(cls, text: str) -> Placeholder:
        """A placeholder for data the workshop has not produced yet."""
        return cls(text, "Belum tersedia")

    def display(self) -> str:
        """The text as the document shows it."""
        return f"[{self.label}: {self.text}]"


@dataclass
class BulletList:
    """A bulleted (or numbered) list of plain-text items."""

    items: list[str]
    numbered: bool = False


@dataclass
class Fields:
    """Label/value pairs (a profile card or event data), drawn as a two-column grid."""

    rows: list[tuple[str, str]]
    caption: str = ""


@dataclass
class Group:
    """A full-width group row inside a ``Table`` (for example a dimension or an OPD)."""

    text: str


@dataclass
class Table:
    """A data table with a header row repeated on every page.

    ``rows`` holds lists of cell texts (same length as ``header``) or ``Group`` rows.
    ``widths`` are relative column widths; ``caption`` is numbered by the builder
    (``Tabel 3.1 ...``). ``highlight`` holds indexes of rows drawn emphasised; cells may hold
    several lines (``\n``), the first one bold in the ``bold_first_line`` columns.
    """

    header: list[str]
    rows: list[list[str] | Group]
    widths: list[float] | None = None
    caption: str = ""
    highlight: set[int] = field(default_factory=set)
    font_size: float = 8.5
    align: list[str] | None = None  # per column: "left", "center", "right"
    bold_first_line: set[int] = field(default_factory=set)  # columns whose first line is bold


@dataclass
class Figure:
    """A chart (see ``charts``) with its numbered caption; ``width`` is a fraction of the
    text width."""

    chart: Any
    caption: str = ""
    width: float = 1.0


@dataclass
class Picture:
    """A photo (JPEG bytes, ``width`` x ``height`` pixels) with its caption, at most
    ``max_height`` of the text width tall (a fraction: two photos fit on a page)."""

    jpeg: bytes
    width: int
    height: int
    caption: str = ""
    max_height: float = 0.62


@dataclass
class PageBreak:
    """Start a new page."""


@dataclass
class Signer:
    """One signature line of a commitment sheet."""

    role: str
    name: str = ""
    organisation: str = ""


@dataclass
class SignatureSheet:
    """The commitment sheet (lembar komitmen): statement, place/date and signature lines."""

    title: str
    statement: list[str]
    place_date: str
    signers: list[Signer]
    columns: int = 2


@dataclass
class SignatureBlock:
    """One signature at the right of the page (under a kata pengantar or a lembar
    pengesahan): place and date, the title (jabatan), room to sign, the name."""

    place_date: str
    role: str
    name: str = ""


Block = (Cover | Toc | Heading | Paragraph | Placeholder | BulletList | Fields | Table | Figure
         | PageBreak | SignatureSheet | SignatureBlock)


@dataclass
class Document:
    """A whole document: metadata for the file and the running header, and its blocks."""

    title: str
    region: str
    kind: str
    blocks: list = field(default_factory=list)
    header: str = ""
    subject: str = ""
    author: str = "SmartBimtek"
    #: the page footer's left text; empty unless the plan's footer option names the programme
    footer: str = ""

    def add(self, *blocks) -> None:
        """Append blocks."""
        self.blocks.extend(blocks)

    def headings(self, max_level: int = 2) -> list[Heading]:
        """The headings that go in the table of contents."""
        return [b for b in self.blocks
                if isinstance(b, Heading) and b.in_toc and b.level <= max_level]

    def plain_text(self) -> str:
        """All text of the document, one block per line (for tests and search)."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                out.append(block.text)
            elif isinstance(block, Placeholder):
                out.append(block.display())
            elif isinstance(block, BulletList):
                out.extend(block.items)
            elif isinstance(block, Fields):
                out.extend(f"{k}: {v}" for k, v in block.rows)
            elif isinstance(block, Table):
                out.append(block.caption)
                for row in block.rows:
                    out.append(row.text if isinstance(row, Group) else " | ".join(row))
            elif isinstance(block, Figure | Picture):
                out.append(block.caption)
            elif isinstance(block, Cover):
                out.extend([block.title, block.region, block.subtitle, *block.lines,
                            block.issuer])
            elif isinstance(block, SignatureSheet):
                out.extend([block.title, *block.statement])
                out.extend(f"{s.role} {s.name}" for s in block.signers)
            elif isinstance(block, SignatureBlock):
                out.extend([block.place_date, block.role, block.name])
        return "\n".join(out)


class Composer:
    """Helps builders number chapters, sections, tables and figures as a planning office does.

    ``chapter("PENDAHULUAN")`` adds ``BAB I PENDAHULUAN`` (or ``LAMPIRAN``); ``section("Latar
    Belakang")`` adds ``1.1 Latar Belakang``; ``table(...)`` and ``figure(...)`` number their
    captions ``Tabel 1.1`` / ``Gambar 1.1`` inside the chapter.
    """

    ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.chapter_no = 0
        self.chapter_key = "0"
        self.section_no = 0
        self.subsection_no = 0
        self.tables = 0
        self.figures = 0
        self.annex_no = 0

    def chapter(self, title: str, *, annex: bool = False) -> Heading:
        """A numbered chapter (BAB) or annex (LAMPIRAN) heading on a new page."""
        if annex:
            self.annex_no += 1
            letter = chr(ord("A") + self.annex_no - 1)
            text = f"LAMPIRAN {letter}  {title.upper()}"
            self.chapter_key = letter
        else:
            self.chapter_no += 1
            text = f"BAB {self.ROMAN[self.chapter_no - 1]}  {title.upper()}"
            self.chapter_key = str(self.chapter_no)
        self.section_no = self.subsection_no = self.tables = self.figures = 0
        heading = Heading(1, text)
        self.doc.add(heading)
        return heading

    def section(self, title: str) -> Heading:
        """A numbered level-2 heading (``3.2 Analisis SWOT``)."""
        self.section_no += 1
        self.subsection_no = 0
        heading = Heading(2, f"{self.chapter_key}.{self.section_no}  {title}", new_page=False)
        self.doc.add(heading)
        return heading

    def subsection(self, title: str, *, in_toc: bool = False) -> Heading:
        """A numbered level-3 heading (``3.2.1 ...``)."""
        self.subsection_no += 1
        heading = Heading(3, f"{self.chapter_key}.{self.section_no}.{self.subsection_no}  {title}",
                          new_page=False, in_toc=in_toc)
        self.doc.add(heading)
        return heading

    def heading(self, level: int, text: str, *, new_page: bool = False) -> Heading:
        """An unnumbered heading."""
        heading = Heading(level, text, new_page=new_page)
        self.doc.add(heading)
        return heading

    def table(self, caption: str, header: list[str], rows: list, **kwargs) -> Table:
        """A table with a numbered caption."""
        self.tables += 1
        table = Table(header, rows, caption=f"Tabel {self.chapter_key}.{self.tables}  {caption}",
                      **kwargs)
        self.doc.add(table)
        return table

    def figure(self, chart, caption: str, width: float = 1.0) -> Figure:
        """A figure with a numbered caption."""
        self.figures += 1
        figure = Figure(chart, f"Gambar {self.chapter_key}.{self.figures}  {caption}", width)
        self.doc.add(figure)
        return figure

    def add(self, *blocks) -> None:
        """Append blocks to the document."""
        self.doc.add(*blocks)

    def para(self, text: str, style: str = "body") -> None:
        """Append a paragraph."""
        self.doc.add(Paragraph(text, style))

    def narrative(self, text: str | None, missing: str) -> None:
        """The workshop's narrative text split into paragraphs, or a visible placeholder."""
        text = (text or "").strip()
        if not text:
            self.doc.add(Placeholder(missing))
            return
        for part in text.split("\n\n"):
            if part.strip():
                self.doc.add(Paragraph(part.strip()))
