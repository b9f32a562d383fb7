"""QR codes (segno) for the join panel, the phone page and the printed table cards."""

from __future__ import annotations

import io

import segno


def make(text: str) -> segno.QRCode:
    """A QR code for a URL; error correction M survives a crumpled card or a projector glare."""
    return segno.make(text, error="m", micro=False)


def svg(text: str, *, scale: int = 8, dark: str = "#000", light: str = "#fff") -> str:
    """The QR code as a standalone SVG document (quiet zone included)."""
    out = io.BytesIO()
    make(text).save(out, kind="svg", scale=scale, dark=dark, light=light, xmldecl=False,
                    svgns=True, unit=None)
    return out.getvalue().decode("utf-8")


def matrix(text: str, border: int = 4) -> list[list[bool]]:
    """The modules of the QR code as rows of booleans (True: dark), with a quiet zone of
    ``border`` modules: for drawing it with QPainter or reportlab."""
    return [[bool(v) for v in row] for row in make(text).matrix_iter(scale=1, border=border)]


def draw_on_canvas(canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code as vector squares on a reportlab canvas, ``size`` points wide, with
    its lower-left corner at (x, y)."""
    rows = matrix(text)
    count = len(rows)
    module = size / count
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(rows):
        top = y + size - (r + 1) * module
        c = 0
        while c < count:  # one rectangle per run of dark modules: small, crisp PDFs
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                canvas.rect(x + start * module, top, (c - start) * module, module, stroke=0,
                            fill=1)
            else:
                c += 1
    canvas.restoreState()
