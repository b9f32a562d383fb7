"""The master plan's own charts (issue 9): the 9-cell IE matrix of the region's IFAS/EFAS
(IE-matrix convention) and the budget per year stacked by funding source.

Each chart is a description with ``size()`` and ``draw(canvas)``; ``charts.layout`` calls
``draw`` with the same backends as the other charts (vector for the PDF, Pillow for DOCX),
and it reuses their colours, number format and label placement."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..rules import ifas as ifas_rules
from . import fonts
from .charts import (
    DIMENSION_COLOURS,
    GREY,
    INK,
    LIGHT,
    NAVY,
    QUICK,
    WIDTH,
    SwotPoint,
    _clip,
    _Labels,
    _nice_step,
    _num,
)

IE_FILL = {"grow_build": "#E2EFDA", "hold_maintain": "#FFF2CC", "harvest_divest": "#FBE5D6"}
IE_LABEL = {"grow_build": "Tumbuh dan membangun", "hold_maintain": "Pertahankan dan pelihara",
            "harvest_divest": "Panen atau divestasi"}


def _short_rupiah(value: float) -> str:
    """Axis labels: ``12,5 M`` (miliar) or ``850 jt`` (juta)."""
    if value <= 0:
        return "0"
    if value >= 1e9:
        return f"{value / 1e9:.1f}".replace(".", ",").replace(",0", "") + " M"
    return f"{value / 1e6:.0f} jt"


@dataclass
class IeMatrix:
    """The 9-cell Internal-External matrix (IE-matrix convention): total IFAS = S + W on x
    (4,0 strong at the left to 1,0 weak at the right), total EFAS = O + T on y. ``points``
    carry x = IFAS total, y = EFAS total."""

    points: list[SwotPoint]
    note: str = ""  # the rating convention, printed above the matrix

    def size(self) -> tuple[float, float]:
        """Width and height in points."""
        return WIDTH, 360.0 + (16 if self.note else 0)

    def draw(self, c) -> None:
        """Lay the matrix out on a chart backend."""
        chart = self
        w, h = chart.size()
        top = 16 if chart.note else 0
        x0, y0, pw, ph = 52, 40, w - 62, h - 50 - top
        if chart.note:
            c.text(x0, h - 11, _clip(chart.note, pw, 7), 7, colour=GREY)
        sx = lambda v: x0 + (4.0 - v) / 3.0 * pw  # noqa: E731  (4 at the left, 1 at the right)
        sy = lambda v: y0 + (v - 1.0) / 3.0 * ph  # noqa: E731
        bands = ((4.0, 3.0), (3.0, 2.0), (2.0, 1.0))  # strong/high first
        for r, (ytop, ybottom) in enumerate(bands):
            for col, (xleft, xright) in enumerate(bands):
                cell = ifas_rules.IE_CELLS[r][col]
                strategy = ifas_rules.IE_STRATEGY[cell]
                c.rect(sx(xleft), sy(ybottom), sx(xright) - sx(xleft), sy(ytop) - sy(ybottom),
                       fill=IE_FILL[strategy], stroke=GREY)
                c.text(sx(xleft) + 5, sy(ytop) - 12, cell, 9, bold=True, colour=NAVY)
                c.text(sx(xleft) + 5, sy(ybottom) + 5, IE_LABEL[strategy], 6, colour=GREY)
        for v in (4.0, 3.0, 2.0, 1.0):
            c.text(sx(v), y0 - 12, _num(v), 7, colour=GREY, anchor="middle")
            c.text(x0 - 5, sy(v) - 2.5, _num(v), 7, colour=GREY, anchor="end")
        clamp = lambda v: min(4.0, max(1.0, v))  # noqa: E731
        c.markers([(sx(clamp(p.x)), sy(clamp(p.y))) for p in chart.points], 3.0, QUICK)
        labels = _Labels()
        for p in chart.points:
            x, y, anchor = labels.place(sx(clamp(p.x)), sy(clamp(p.y)), p.label, 6.5)
            c.text(x, y, p.label, 6.5, colour=INK, anchor=anchor)
        c.text(x0 + pw / 2, 8, "Total skor IFAS (S + W): 4,0 kuat – 1,0 lemah", 7.5, colour=INK,
               anchor="middle")
        c.text(12, y0 + ph / 2, "Total skor EFAS (O + T): 1,0 rendah – 4,0 tinggi", 7.5,
               colour=INK, anchor="middle", rotate=90)


@dataclass
class BudgetBars:
    """Stacked yearly bars: the plan's budget per year split by funding source (rupiah)."""

    years: list[int]
    sources: list[str]
    values: dict[tuple[int, str], int]  # (year, source) -> rupiah

    def size(self) -> tuple[float, float]:
        """Width and height in points."""
        return WIDTH, 260.0

    def draw(self, c) -> None:
        """Lay the bars out on a chart backend."""
        chart = self
        w, h = chart.size()
        x0, y0, pw, ph = 56, 52, w - 66, h - 66
        totals = [sum(chart.values.get((y, s), 0) for s in chart.sources) for y in chart.years]
        peak = max(totals + [1])
        step = _nice_step(peak)
        top = math.ceil(peak / step) * step
        sy = lambda v: y0 + v / top * ph  # noqa: E731
        tick = 0.0
        while tick <= top + 1e-6:
            c.line(x0, sy(tick), x0 + pw, sy(tick), stroke=LIGHT, width=0.4)
            c.text(x0 - 5, sy(tick) - 2.5, _short_rupiah(tick), 6.5, colour=GREY, anchor="end")
            tick += step
        col = pw / max(len(chart.years), 1)
        colours = {s: DIMENSION_COLOURS[i % len(DIMENSION_COLOURS)]
                   for i, s in enumerate(chart.sources)}
        for i, year in enumerate(chart.years):
            base = 0.0
            for source in chart.sources:
                value = chart.values.get((year, source), 0)
                if value:
                    c.rect(x0 + i * col + col * 0.18, sy(base), col * 0.64, sy(base + value) - sy(base),
                           fill=colours[source])
                    base += value
            c.text(x0 + (i + 0.5) * col, y0 - 11, str(year), 7, colour=INK, anchor="middle")
        c.rect(x0, y0, pw, ph, stroke=GREY)
        x = x0
        for source in chart.sources:
            c.rect(x, 14, 10, 7, fill=colours[source])
            c.text(x + 13, 15, source, 6.5, colour=INK)
            x += 22 + fonts.text_width(source, 6.5)
        c.text(x0 - 48, y0 + ph + 6, "Rupiah (M = miliar, jt = juta)", 6.5, colour=GREY)
