"""The vision keywords' word cloud: a deterministic packing layout (pure: it only needs a
``measure(text, size) -> (width, height)`` function) and its painter.

The layout sizes every word by its frequency (monotone: a more frequent word is never
smaller), fills centred rows with the most frequent words in the middle row and the next
rows alternately below and above it, the largest word of a row in its centre. When the
words do not fit the box every size shrinks by the same factor (down to ``min_size``), then
the least frequent words are left out (``CloudLayout.hidden`` counts them). Placed words
never overlap and never leave the box."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

Measure = Callable[[str, float], tuple[float, float]]


@dataclass(frozen=True)
class PlacedWord:
    """One word of the cloud: its text, count, size (font points) and box."""

    text: str
    count: int
    size: float
    x: float
    y: float
    width: float
    height: float
    picked: bool = False

    def overlaps(self, other: PlacedWord) -> bool:
        """True when the two boxes share any area."""
        return (self.x < other.x + other.width and other.x < self.x + self.width
                and self.y < other.y + other.height and other.y < self.y + self.height)


@dataclass
class CloudLayout:
    """The placed words and how many were left out for lack of room."""

    words: list[PlacedWord] = field(default_factory=list)
    hidden: int = 0


def word_sizes(counts: list[int], max_size: float, min_size: float) -> list[float]:
    """Sizes for ``counts`` between ``min_size`` and ``max_size`` by the square root of the
    count (its area grows with the count); equal counts get equal sizes."""
    if not counts:
        return []
    low, high = math.sqrt(min(counts)), math.sqrt(max(counts))
    if high == low:
        return [max_size for _ in counts]
    return [min_size + (max_size - min_size) * (math.sqrt(c) - low) / (high - low)
            for c in counts]


def _rows(items, width: float, gap: float):
    """Greedy rows of (index, w, h) items no wider than ``width``."""
    rows, row, used = [], [], 0.0
    for item in items:
        extra = item[1] + (gap if row else 0.0)
        if row and used + extra > width:
            rows.append(row)
            row, used = [], 0.0
            extra = item[1]
        row.append(item)
        used += extra
    if row:
        rows.append(row)
    return rows


def _centre_out(row):
    """The row's items with the largest in the middle, the next alternately right and left."""
    out: list = []
    for n, item in enumerate(row):
        if n % 2:
            out.insert(0, item)
        else:
            out.append(item)
    return out


def _try(words, sizes, measure: Measure, width: float, height: float, gap: float):
    items = []
    for n, ((text, _count, _picked), size) in enumerate(zip(words, sizes, strict=True)):
        w, h = measure(text, size)
        if w > width:
            return None
        items.append((n, w, h))
    rows = _rows(items, width, gap)
    heights = [max(h for _n, _w, h in row) for row in rows]
    if sum(heights) + gap * (len(rows) - 1) > height:
        return None
    order = list(range(len(rows)))  # row 0 in the middle, then below, above, below...
    stacked: list[int] = []
    for n in order:
        if n % 2:
            stacked.append(n)
        else:
            stacked.insert(0, n)
    total = sum(heights) + gap * (len(rows) - 1)
    y = (height - total) / 2
    placed: list[PlacedWord | None] = [None] * len(words)
    for r in stacked:
        row = _centre_out(rows[r])
        row_w = sum(w for _n, w, _h in row) + gap * (len(row) - 1)
        x = (width - row_w) / 2
        for n, w, h in row:
            text, count, picked = words[n]
            top = y + (heights[r] - h) / 2
            placed[n] = PlacedWord(text, count, sizes[n], x, top, w, h, picked)
            x += w + gap
        y += heights[r] + gap
    return [p for p in placed if p is not None]


def layout_cloud(words: list[tuple[str, int, bool]], width: float, height: float,
                 measure: Measure, max_size: float, min_size: float,
                 gap: float = 8.0) -> CloudLayout:
    """Place ``words`` ((text, count, picked), any order) in a ``width`` x ``height`` box
    (origin 0, 0). Deterministic: the same words give the same layout."""
    ordered = sorted(words, key=lambda w: (-w[1], w[0]))
    layout = CloudLayout()
    if not ordered or width <= 0 or height <= 0:
        layout.hidden = len(ordered)
        return layout
    shown = len(ordered)
    while shown > 0:
        subset = ordered[:shown]
        base = word_sizes([c for _t, c, _p in subset], max_size, min_size)
        scale = 1.0
        while True:
            sizes = [max(min_size, s * scale) for s in base]
            placed = _try(subset, sizes, measure, width, height, gap)
            if placed is not None:
                return CloudLayout(placed, len(ordered) - shown)
            if max(sizes) <= min_size:
                break
            scale *= 0.88
        shown = shown - max(1, shown // 8)
    layout.hidden = len(ordered)
    return layout


def qt_measure(base_font) -> Measure:
    """A ``measure`` function for ``layout_cloud`` from a Qt font (sizes in points)."""
    from PySide6.QtGui import QFont, QFontMetricsF

    cache: dict[tuple[str, float], tuple[float, float]] = {}

    def measure(text: str, size: float) -> tuple[float, float]:
        key = (text, round(size, 2))
        if key not in cache:
            font = QFont(base_font)
            font.setPointSizeF(size)
            font.setBold(True)
            metrics = QFontMetricsF(font)
            cache[key] = (metrics.horizontalAdvance(text) + 4, metrics.height())
        return cache[key]

    return measure


def paint_cloud(painter, recorder, layout: CloudLayout, origin_x: float, origin_y: float,
                base_font, ink, picked_ink, picked_fill) -> None:
    """Draw ``layout`` with its top-left at ``origin``; texts go through
    ``recorder.draw_text`` (role ``"word"``) so the layout tests can measure them. Picked
    words are drawn on ``picked_fill`` in ``picked_ink``."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont

    for word in layout.words:
        font = QFont(base_font)
        font.setPointSizeF(word.size)
        font.setBold(True)
        painter.setFont(font)
        rect = QRectF(origin_x + word.x, origin_y + word.y, word.width, word.height)
        if word.picked:
            painter.fillRect(rect, picked_fill)
            painter.setPen(picked_ink)
        else:
            painter.setPen(ink)
        recorder.draw_text(painter, rect, Qt.AlignmentFlag.AlignCenter, word.text, "word")
