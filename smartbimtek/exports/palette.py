"""Colours and sizes the document charts share (the layouts in ``charts`` and ``charts_plan``
and the drawing backends in ``chart_backends``), kept here so no two of them import each other."""

from __future__ import annotations

NAVY = "#1F3864"
GREY = "#595959"
LIGHT = "#D9D9D9"
INK = "#262626"
QUICK = "#C55A11"
QUADRANT_FILL = {"I": "#E2EFDA", "II": "#FFF2CC", "III": "#DDEBF7", "IV": "#FBE5D6"}
MATRIX_FILL = {"quick_win": "#E2EFDA", "major_project": "#DDEBF7", "fill_in": "#F2F2F2",
               "thankless": "#FBE5D6"}
DIMENSION_COLOURS = ("#2F5597", "#7030A0", "#BF8F00", "#C00000", "#00807F", "#548235")
WIDTH = 460.0  # points: the text width of an A4 page with the documents' margins
