"""Charts of the documents: ONE description and ONE layout per chart, two thin backends.

``SwotDiagram``, ``PriorityMatrix`` and ``RoadMap`` describe what to draw. The layout
functions below place every box, line, marker and label in points on a small drawing
interface; ``chart_backends.Vector`` turns that into a reportlab ``Drawing`` (vector, in the
PDF, text in the embedded DejaVu Sans) and ``chart_backends.Raster`` into a Pillow image saved as PNG at >= 200 dpi
(DOCX), with the same font files, so both formats show the same chart.

Why not matplotlib (Agg, SVG -> svglib for the PDF), as first planned: measured here, the
matplotlib import alone took 0.8-1.3 s and SVG writing plus svglib parsing of a 1,000-point
matrix about 1 s more, against budgets of 3 s (PDF) and 2 s (DOCX) for a whole large
master plan. The direct drawings take milliseconds, stay vector in the PDF and need no
display (headless CLI).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from . import fonts
from .palette import (  # noqa: F401  (re-exported: charts_plan and callers import them from here)
    DIMENSION_COLOURS,
    GREY,
    INK,
    LIGHT,
    MATRIX_FILL,
    NAVY,
    QUADRANT_FILL,
    QUICK,
    WIDTH,
)


@dataclass
class SwotPoint:
    """One IFAS/EFAS result to plot (an OPD or the whole region)."""

    label: str
    x: float
    y: float
    emphasis: bool = False


@dataclass
class SwotDiagram:
    """The SWOT quadrant diagram: x = S - W (IFAS), y = O - T (EFAS)."""

    points: list[SwotPoint]
    quadrant_labels: dict[str, str] = field(default_factory=lambda: {
        "I": "I  Agresif (S-O)", "II": "II  Diversifikasi (S-T)",
        "III": "III  Turn-around (W-O)", "IV": "IV  Defensif (W-T)"})
    note: str = ""  # the rating convention, printed above the plot

    def size(self) -> tuple[float, float]:
        """Width and height in points."""
        return WIDTH, 380.0 + (16 if self.note else 0)


@dataclass
class MatrixPoint:
    """One program on the impact/effort matrix."""

    label: str  # program number (P01)
    impact: float
    effort: float
    highlight: bool = False  # a chosen quick win


@dataclass
class PriorityMatrix:
    """The action priority matrix: effort on x, impact on y, split lines and quadrant names."""

    points: list[MatrixPoint]
    split: float = 3.0
    scale: tuple[int, int] = (1, 5)
    labels: dict[str, str] = field(default_factory=lambda: {
        "quick_win": "QUICK WIN", "major_project": "PROYEK BESAR", "fill_in": "PENGISI",
        "thankless": "TIDAK SEPADAN"})
    max_labels: int = 120

    def size(self) -> tuple[float, float]:
        """Width and height in points."""
        return WIDTH, 400.0


@dataclass
class RoadBar:
    """One program of the road map."""

    label: str  # "P01  Title"
    dimension: str  # dimension display name
    start: int
    end: int
    highlight: bool = False


@dataclass
class RoadMap:
    """Programs per dimension over the plan years (Gantt-like); with many programs it
    becomes a dimension x year grid of program counts."""

    bars: list[RoadBar]
    years: list[int]
    dimensions: list[str]
    max_bars: int = 50

    @property
    def aggregated(self) -> bool:
        """True when there are too many programs for one bar each."""
        return len(self.bars) > self.max_bars

    def rows(self) -> list[tuple[str, RoadBar | None]]:
        """Dimension rows (bar None) each followed by its programs' rows."""
        out: list[tuple[str, RoadBar | None]] = []
        for dim in self.dimensions:
            bars = [b for b in self.bars if b.dimension == dim]
            if bars:
                out.append((dim, None))
                out.extend((dim, b) for b in bars)
        return out

    def size(self) -> tuple[float, float]:
        """Width and height in points."""
        if self.aggregated:
            return WIDTH, 26.0 * len(self.dimensions) + 60
        return WIDTH, min(620.0, 11.5 * len(self.rows()) + 58)


Chart = SwotDiagram | PriorityMatrix | RoadMap  # or any object with size() and draw(canvas)


# -- layout (once, for both backends) -------------------------------------------------------
def _num(value: float, digits: int = 1) -> str:
    text = f"{value:.{digits}f}".replace(".", ",")
    return text.replace("-", "−")


def _swot(c, chart: SwotDiagram) -> None:
    w, h = chart.size()
    top = 16 if chart.note else 0
    x0, y0, pw, ph = 52, 40, w - 62, h - 50 - top
    if chart.note:
        c.text(x0, h - 11, _clip(chart.note, pw, 7), 7, colour=GREY)
    reach = max([abs(p.x) for p in chart.points] + [abs(p.y) for p in chart.points] + [0.5])
    lim = math.ceil(reach * 1.25 * 4) / 4
    sx = lambda v: x0 + (v + lim) / (2 * lim) * pw  # noqa: E731
    sy = lambda v: y0 + (v + lim) / (2 * lim) * ph  # noqa: E731
    for quadrant, (qx, qy) in {"I": (0, 0), "II": (0, -lim), "III": (-lim, 0),
                               "IV": (-lim, -lim)}.items():
        c.rect(sx(qx), sy(qy), pw / 2, ph / 2, fill=QUADRANT_FILL[quadrant])
    step = _nice_step(lim)
    tick = -math.floor(lim / step) * step
    while tick <= lim + 1e-9:
        c.line(sx(tick), y0, sx(tick), y0 - 3, stroke=GREY)
        c.text(sx(tick), y0 - 12, _num(tick, 2 if step < 0.5 else 1), 7, colour=GREY,
               anchor="middle")
        c.line(x0, sy(tick), x0 - 3, sy(tick), stroke=GREY)
        c.text(x0 - 5, sy(tick) - 2.5, _num(tick, 2 if step < 0.5 else 1), 7, colour=GREY,
               anchor="end")
        tick += step
    c.rect(x0, y0, pw, ph, stroke=GREY)
    c.line(sx(0), y0, sx(0), y0 + ph, stroke=GREY, width=0.8)
    c.line(x0, sy(0), x0 + pw, sy(0), stroke=GREY, width=0.8)
    pad = 6
    c.text(x0 + pw - pad, y0 + ph - pad - 8, chart.quadrant_labels["I"], 8, bold=True,
           colour=NAVY, anchor="end")
    c.text(x0 + pw - pad, y0 + pad, chart.quadrant_labels["II"], 8, bold=True, colour=NAVY,
           anchor="end")
    c.text(x0 + pad, y0 + ph - pad - 8, chart.quadrant_labels["III"], 8, bold=True, colour=NAVY)
    c.text(x0 + pad, y0 + pad, chart.quadrant_labels["IV"], 8, bold=True, colour=NAVY)
    c.markers([(sx(p.x), sy(p.y)) for p in chart.points if not p.emphasis], 2.6, NAVY)
    c.markers([(sx(p.x), sy(p.y)) for p in chart.points if p.emphasis], 3.6, QUICK)
    labels = _Labels()
    for p in sorted(chart.points, key=lambda q: not q.emphasis):
        size = 7 if p.emphasis else 6
        x, y, anchor = labels.place(sx(p.x), sy(p.y), p.label, size, p.emphasis)
        c.text(x, y, p.label, size, bold=p.emphasis, colour=QUICK if p.emphasis else INK,
               anchor=anchor)
    c.text(x0 + pw / 2, 8, "Faktor internal (IFAS): skor Kekuatan − skor Kelemahan", 7.5,
           colour=INK, anchor="middle")
    c.text(12, y0 + ph / 2, "Faktor eksternal (EFAS): skor Peluang − skor Ancaman", 7.5,
           colour=INK, anchor="middle", rotate=90)


class _Labels:
    """Places point labels where they do not overlap each other (greedy, a few candidate
    positions around each point); a label that fits nowhere goes to its first position."""

    def __init__(self) -> None:
        self.boxes: list[tuple[float, float, float, float]] = []

    def place(self, x: float, y: float, text: str, size: float, bold: bool = False
              ) -> tuple[float, float, str]:
        width = fonts.text_width(text, size, bold)
        height = size * 0.8
        candidates = [(x + 4, y + 2, "start"), (x + 4, y - height - 1, "start"),
                      (x - 4, y + 2, "end"), (x - 4, y - height - 1, "end"),
                      (x + 4, y + height + 3, "start"), (x + 4, y - 2 * height - 4, "start"),
                      (x - 4, y + height + 3, "end"), (x - 4, y - 2 * height - 4, "end")]
        for cx, cy, anchor in candidates:
            left = cx if anchor == "start" else cx - width
            box = (left, cy, left + width, cy + height)
            if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                       for b in self.boxes):
                self.boxes.append(box)
                return cx, cy, anchor
        cx, cy, anchor = candidates[0]
        self.boxes.append((cx, cy, cx + width, cy + height))
        return cx, cy, anchor


def _nice_step(lim: float) -> float:
    raw = lim / 4
    power = 10 ** math.floor(math.log10(raw))
    for mult in (1, 2, 2.5, 5, 10):
        if mult * power >= raw:
            return mult * power
    return 10 * power  # pragma: no cover


def _spread(points: list[MatrixPoint]) -> list[tuple[float, float]]:
    """Positions with programs at the same spot fanned out on a small spiral (readable)."""
    seen: dict[tuple[float, float], int] = {}
    out = []
    for point in points:
        key = (round(point.effort, 2), round(point.impact, 2))
        n = seen.get(key, 0)
        seen[key] = n + 1
        angle = n * 2.39996  # golden angle
        radius = 0.07 * math.sqrt(n)
        out.append((point.effort + radius * math.cos(angle),
                    point.impact + radius * math.sin(angle)))
    return out


def _matrix(c, chart: PriorityMatrix) -> None:
    w, h = chart.size()
    x0, y0, pw, ph = 44, 40, w - 54, h - 50
    low, high = chart.scale
    lo, hi = low - 0.3, high + 0.3
    sx = lambda v: x0 + (v - lo) / (hi - lo) * pw  # noqa: E731
    sy = lambda v: y0 + (v - lo) / (hi - lo) * ph  # noqa: E731
    s = chart.split
    c.rect(sx(lo), sy(s), sx(s) - sx(lo), sy(hi) - sy(s), fill=MATRIX_FILL["quick_win"])
    c.rect(sx(s), sy(s), sx(hi) - sx(s), sy(hi) - sy(s), fill=MATRIX_FILL["major_project"])
    c.rect(sx(lo), sy(lo), sx(s) - sx(lo), sy(s) - sy(lo), fill=MATRIX_FILL["fill_in"])
    c.rect(sx(s), sy(lo), sx(hi) - sx(s), sy(s) - sy(lo), fill=MATRIX_FILL["thankless"])
    c.rect(x0, y0, pw, ph, stroke=GREY)
    c.line(sx(s), y0, sx(s), y0 + ph, stroke=GREY, width=0.8)
    c.line(x0, sy(s), x0 + pw, sy(s), stroke=GREY, width=0.8)
    for v in range(low, high + 1):
        c.line(sx(v), y0, sx(v), y0 - 3, stroke=GREY)
        c.text(sx(v), y0 - 12, str(v), 7, colour=GREY, anchor="middle")
        c.line(x0, sy(v), x0 - 3, sy(v), stroke=GREY)
        c.text(x0 - 5, sy(v) - 2.5, str(v), 7, colour=GREY, anchor="end")
    pad = 6
    c.text(x0 + pad, y0 + ph - pad - 9, chart.labels["quick_win"], 9, bold=True, colour=QUICK)
    c.text(x0 + pw - pad, y0 + ph - pad - 9, chart.labels["major_project"], 9, bold=True,
           colour=NAVY, anchor="end")
    c.text(x0 + pad, y0 + pad, chart.labels["fill_in"], 9, bold=True, colour=NAVY)
    c.text(x0 + pw - pad, y0 + pad, chart.labels["thankless"], 9, bold=True, colour=NAVY,
           anchor="end")
    positions = _spread(chart.points)
    plain = [(sx(x), sy(y)) for (x, y), p in zip(positions, chart.points, strict=True)
             if not p.highlight]
    hot = [(sx(x), sy(y)) for (x, y), p in zip(positions, chart.points, strict=True)
           if p.highlight]
    c.markers(plain, 2.2, NAVY)
    c.markers(hot, 5.0, QUICK, star=True)
    label_all = len(chart.points) <= chart.max_labels
    labels = _Labels()
    ordered = sorted(zip(positions, chart.points, strict=True), key=lambda q: not q[1].highlight)
    for (x, y), p in ordered:
        if p.highlight or label_all:
            size = 6.5 if p.highlight else 5.5
            lx, ly, anchor = labels.place(sx(x), sy(y), p.label, size, p.highlight)
            c.text(lx, ly, p.label, size, bold=p.highlight,
                   colour=QUICK if p.highlight else INK, anchor=anchor)
    c.text(x0 + pw / 2, 8, "Upaya (effort): rata-rata skor 1 (ringan) – 5 (berat)", 7.5,
           colour=INK, anchor="middle")
    c.text(12, y0 + ph / 2, "Dampak (impact): rata-rata skor 1 (kecil) – 5 (besar)", 7.5,
           colour=INK, anchor="middle", rotate=90)


def _clip(text: str, width: float, size: float, bold: bool = False) -> str:
    text = " ".join(text.split())
    if fonts.text_width(text, size, bold) <= width:
        return text
    while text and fonts.text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _roadmap(c, chart: RoadMap) -> None:
    w, h = chart.size()
    years = chart.years or [0]
    first, last = years[0], years[-1]
    label_w = 170.0
    x0, pw = label_w + 6, w - label_w - 10
    top = h - 22
    col = pw / (last - first + 1)
    for i, year in enumerate(years):
        c.text(x0 + (i + 0.5) * col, top + 8, str(year), 7, colour=INK, anchor="middle")
    if chart.aggregated:
        _roadmap_grid(c, chart, x0, pw, top, col)
        return
    rows = chart.rows()
    row_h = min(11.5, (h - 58) / max(len(rows), 1))  # the tallest road map still fits
    bottom = top - row_h * len(rows)
    colours = {d: DIMENSION_COLOURS[i % len(DIMENSION_COLOURS)]
               for i, d in enumerate(chart.dimensions)}
    for i, (dim, bar) in enumerate(rows):
        y = top - (i + 1) * row_h
        if bar is None:
            c.rect(0, y, w, row_h, fill="#F2F2F2")
            c.text(2, y + 3.2, dim, 7, bold=True, colour=NAVY)
    for k in range(len(years) + 1):
        c.line(x0 + k * col, top, x0 + k * col, bottom, stroke=LIGHT, width=0.5)
    for i, (dim, bar) in enumerate(rows):
        if bar is None:
            continue
        y = top - (i + 1) * row_h
        start, end = max(bar.start, first), min(bar.end, last)
        colour = QUICK if bar.highlight else colours[dim]
        c.rect(x0 + (start - first) * col + 1, y + 2.2, (end - start + 1) * col - 2, row_h - 4.4,
               fill=colour)
        c.text(label_w, y + 3.4, _clip(bar.label, label_w - 10, 6), 6, colour=INK, anchor="end")
    c.rect(x0, bottom, pw, top - bottom, stroke=GREY)
    c.rect(x0, bottom - 20, 14, 7, fill=QUICK)
    c.text(x0 + 18, bottom - 19, "Quick win terpilih", 6.5, colour=INK)
    c.rect(x0 + 100, bottom - 20, 14, 7, fill=DIMENSION_COLOURS[0])
    c.text(x0 + 118, bottom - 19, "Program lain (warna per dimensi)", 6.5, colour=INK)


def _roadmap_grid(c, chart: RoadMap, x0: float, pw: float, top: float, col: float) -> None:
    years = chart.years
    first, last = years[0], years[-1]
    counts: dict[tuple[str, int], int] = {}
    for bar in chart.bars:
        for year in range(max(bar.start, first), min(bar.end, last) + 1):
            counts[(bar.dimension, year)] = counts.get((bar.dimension, year), 0) + 1
    peak = max(counts.values(), default=1)
    row_h = 26.0
    for r, dim in enumerate(chart.dimensions):
        y = top - (r + 1) * row_h
        c.text(x0 - 8, y + row_h / 2 - 2.5, dim, 7.5, bold=True, colour=NAVY, anchor="end")
        for i, year in enumerate(years):
            value = counts.get((dim, year), 0)
            shade = value / peak
            fill = _blend("#FFFFFF", "#2F5597", 0.12 + 0.88 * shade) if value else "#FFFFFF"
            c.rect(x0 + i * col + 1, y + 1, col - 2, row_h - 2, fill=fill, stroke=LIGHT)
            if value:
                c.text(x0 + (i + 0.5) * col, y + row_h / 2 - 2.5, str(value), 7.5,
                       colour="#FFFFFF" if shade > 0.55 else INK, anchor="middle")
    c.text(x0, top - row_h * len(chart.dimensions) - 16,
           "Angka: jumlah program yang berjalan pada tahun tersebut", 6.5, colour=GREY)


def _blend(a: str, b: str, t: float) -> str:
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb, strict=True))


def layout(canvas, chart: Chart) -> None:
    """Draw ``chart`` on a backend (``chart_backends.Vector`` or ``Raster``)."""
    if isinstance(chart, SwotDiagram):
        _swot(canvas, chart)
    elif isinstance(chart, PriorityMatrix):
        _matrix(canvas, chart)
    elif isinstance(chart, RoadMap):
        _roadmap(canvas, chart)
    elif hasattr(chart, "draw"):  # the master plan's own charts (charts_plan)
        chart.draw(canvas)
    else:
        raise TypeError(f"not a chart: {chart!r}")


def to_drawing(chart: Chart, width: float):
    """The chart as a reportlab vector ``Drawing`` scaled to ``width`` points (for PDF)."""
    from .chart_backends import Vector

    w, h = chart.size()
    canvas = Vector(w, h)
    layout(canvas, chart)
    drawing = canvas.drawing
    scale = width / w
    drawing.width, drawing.height = w * scale, h * scale
    drawing.scale(scale, scale)
    return drawing


def to_png(chart: Chart, dpi: int = 220) -> bytes:
    """The chart as a PNG (for DOCX), at least 200 dpi (220: still >= 200 dpi when Word
    stretches the 460 pt chart to the full 16.5 cm text width)."""
    from .chart_backends import Raster, raster_lock

    dpi = max(dpi, 200)
    with raster_lock:
        canvas = Raster(*chart.size(), dpi)
        layout(canvas, chart)
        return canvas.png(dpi)
