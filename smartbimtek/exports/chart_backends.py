"""The two drawing backends of ``charts``: the same layout calls become a reportlab vector
``Drawing`` (PDF) or a Pillow image saved as PNG (DOCX).

The interface, in points with the origin at the bottom left: ``rect``, ``line``, ``markers``
(circles or stars) and ``text`` (anchored start/middle/end, optionally rotated).
"""

from __future__ import annotations

import io
import math
import threading

from . import fonts
from .palette import GREY, INK


def _star(x: float, y: float, r: float) -> list[float]:
    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.45
        angle = math.pi / 2 + k * math.pi / 5
        points += [x + radius * math.cos(angle), y + radius * math.sin(angle)]
    return points


class Vector:
    """Backend: a reportlab ``Drawing`` (vector graphics, text in the embedded font)."""

    def __init__(self, width: float, height: float) -> None:
        from reportlab.graphics.shapes import Drawing

        fonts.register_reportlab()
        self.drawing = Drawing(width, height)
        self.drawing.initialFontName = fonts.REGULAR  # no stray Helvetica in the PDF

    @staticmethod
    def _colour(value):
        from reportlab.lib import colors

        return colors.HexColor(value) if value else None

    def rect(self, x, y, w, h, fill=None, stroke=None, width=0.5) -> None:
        from reportlab.graphics.shapes import Rect

        self.drawing.add(Rect(x, y, w, h, fillColor=self._colour(fill),
                              strokeColor=self._colour(stroke), strokeWidth=width))

    def line(self, x1, y1, x2, y2, stroke=GREY, width=0.5) -> None:
        from reportlab.graphics.shapes import Line

        self.drawing.add(Line(x1, y1, x2, y2, strokeColor=self._colour(stroke),
                              strokeWidth=width))

    def markers(self, points, r, fill, star=False) -> None:
        from reportlab.graphics.shapes import Circle, Polygon

        colour = self._colour(fill)
        for x, y in points:
            shape = (Polygon(_star(x, y, r), fillColor=colour, strokeColor=None) if star
                     else Circle(x, y, r, fillColor=colour, strokeColor=None))
            self.drawing.add(shape)

    def text(self, x, y, text, size, bold=False, colour=INK, anchor="start", rotate=0) -> None:
        from reportlab.graphics.shapes import Group, String

        string = String(0 if rotate else x, 0 if rotate else y, text,
                        fontName=fonts.BOLD if bold else fonts.REGULAR, fontSize=size,
                        fillColor=self._colour(colour), textAnchor=anchor)
        if rotate:
            angle = math.radians(rotate)
            group = Group(string)
            group.transform = (math.cos(angle), math.sin(angle), -math.sin(angle),
                               math.cos(angle), x, y)
            self.drawing.add(group)
        else:
            self.drawing.add(string)


raster_lock = threading.Lock()


class Raster:
    """Backend: a Pillow image (PNG for DOCX), drawn at twice the size and scaled down so
    edges are smooth. Pillow imports in milliseconds (matplotlib took most of a second)."""

    SUPERSAMPLE = 2

    def __init__(self, width: float, height: float, dpi: int) -> None:
        from PIL import Image, ImageDraw

        self.k = dpi / 72 * self.SUPERSAMPLE
        self.height = height
        self.image = Image.new("RGB", (round(width * self.k), round(height * self.k)), "white")
        self.draw = ImageDraw.Draw(self.image)
        self.fonts: dict = {}

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        return x * self.k, (self.height - y) * self.k

    def _font(self, size: float, bold: bool):
        from PIL import ImageFont

        key = (round(size * self.k), bold)
        font = self.fonts.get(key)
        if font is None:
            path = fonts.font_files()["bold" if bold else "regular"]
            font = self.fonts[key] = ImageFont.truetype(str(path), key[0])
        return font

    def rect(self, x, y, w, h, fill=None, stroke=None, width=0.5) -> None:
        x1, y1 = self._xy(x, y + h)
        x2, y2 = self._xy(x + w, y)
        self.draw.rectangle((x1, y1, x2, y2), fill=fill,
                            outline=stroke, width=max(1, round(width * self.k)) if stroke else 0)

    def line(self, x1, y1, x2, y2, stroke=GREY, width=0.5) -> None:
        self.draw.line((*self._xy(x1, y1), *self._xy(x2, y2)), fill=stroke,
                       width=max(1, round(width * self.k)))

    def markers(self, points, r, fill, star=False) -> None:
        for x, y in points:
            cx, cy = self._xy(x, y)
            if star:
                flat = _star(x, y, r)
                self.draw.polygon([self._xy(flat[i], flat[i + 1])
                                   for i in range(0, len(flat), 2)], fill=fill)
            else:
                k = r * self.k
                self.draw.ellipse((cx - k, cy - k, cx + k, cy + k), fill=fill)

    def text(self, x, y, text, size, bold=False, colour=INK, anchor="start", rotate=0) -> None:
        font = self._font(size, bold)
        where = {"start": "ls", "middle": "ms", "end": "rs"}[anchor]
        if not rotate:
            self.draw.text(self._xy(x, y), text, font=font, fill=colour, anchor=where)
            return
        from PIL import Image, ImageDraw

        left, top, right, bottom = font.getbbox(text, anchor=where)
        label = Image.new("RGBA", (right - left + 2, bottom - top + 2), (255, 255, 255, 0))
        ImageDraw.Draw(label).text((-left + 1, -top + 1), text, font=font, fill=colour,
                                   anchor=where)
        turned = label.rotate(rotate, expand=True)
        # the anchor point (baseline) sits at -left+1 / -top+1 of the unrotated label
        ax, ay = -left + 1, -top + 1
        angle = math.radians(rotate)
        w, h = label.size
        cx, cy = w / 2, h / 2
        dx, dy = ax - cx, ay - cy
        rx = dx * math.cos(angle) + dy * math.sin(angle) + turned.size[0] / 2
        ry = -dx * math.sin(angle) + dy * math.cos(angle) + turned.size[1] / 2
        px, py = self._xy(x, y)
        self.image.paste(turned, (round(px - rx), round(py - ry)), turned)

    def png(self, dpi: int) -> bytes:
        out = io.BytesIO()
        small = self.image.reduce(self.SUPERSAMPLE)
        small.save(out, format="PNG", dpi=(dpi, dpi), compress_level=1)
        return out.getvalue()
