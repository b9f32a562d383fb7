"""The IFAS/EFAS quadrant diagram: wherever the point falls (the centre of a quadrant, on an
axis, far out) and at every size and text scale, neither the point nor its coordinates cover a
quadrant's name, and each name fits its box (measured with the font it was drawn in)."""

from __future__ import annotations

import itertools

import pytest

from ui.widgets.quadrant_diagram import QuadrantDiagram

LABELS = {"I": "I: agresif (SO)", "II": "II: diversifikasi (ST)",
          "III": "III: ubah arah / turn-around (WO)", "IV": "IV: defensif (WT)",
          "x": "Kekuatan − Kelemahan", "y": "Peluang − Ancaman", "caption": ""}
VALUES = (-3.0, -0.8, -0.5, -0.2, 0.0, 0.2, 0.5, 0.8, 3.0)


@pytest.mark.parametrize("size", [(240, 220), (320, 300), (640, 480)])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_point_never_covers_a_quadrant_name(qtbot, size, scale):
    diagram = QuadrantDiagram()
    qtbot.addWidget(diagram)
    diagram.resize(*size)
    diagram.set_font_scale(scale)
    diagram.show()
    problems = []
    for x, y in itertools.product(VALUES, VALUES):
        labels = dict(LABELS, point=f"({x:.2f}; {y:.2f})")
        diagram.set_result(x, y, "I", labels)
        diagram.grab()
        drawn = diagram.last_layout()
        names = [r for r in drawn if r.role == "label"]
        point = [r for r in drawn if r.role == "point"]
        assert len(names) == 4 and len(point) == 1
        marker = diagram.marker_rect()
        assert not marker.isEmpty() and diagram.rect().contains(marker.toAlignedRect())
        for name in names:
            if not name.fits():
                problems.append(f"{name.text!r} does not fit at {size} x{scale}")
            for what, rect in (("point", marker), ("coordinates", point[0].rect)):
                if rect.intersects(name.needed()):
                    problems.append(f"{what} of ({x}, {y}) covers {name.text!r} at {size}")
    assert not problems, "\n".join(sorted(set(problems))[:20])
