"""The projector matrix legend with many programs (issue 12: switching to the matrix board of
the large workshop stays under 100 ms): choosing the text size measures only the rows that
can fit, not every program for every size tried, and the legend still shows what fits and
"… and N more"."""

from __future__ import annotations

from boards_support import open_controller, show
from PySide6.QtGui import QFontMetricsF

import ui.views.projector_matrix as projector_matrix
from ui.views.projector_matrix import MatrixProjectorBoard

ROWS = 1000


def test_a_long_legend_measures_only_the_rows_that_can_fit(qtbot, tmp_path, monkeypatch):
    controller = open_controller(tmp_path / "legend.bimtek")
    try:
        board = show(qtbot, MatrixProjectorBoard(controller), 1920, 1080)
        qtbot.waitExposed(board)
        measured: list[str] = []

        class CountingMetrics(QFontMetricsF):
            def boundingRect(self, *args):  # noqa: N802 - Qt override
                measured.append(args[-1])
                return super().boundingRect(*args)

        monkeypatch.setattr(projector_matrix, "QFontMetricsF", CountingMetrics)
        board.legend.rows = [(n, f"Program nomor {n} untuk layanan kota", n % 7 == 0)
                             for n in range(1, ROWS + 1)]
        board.legend.grab()  # paints it
        drawn = board.legend.last_layout()
        rows = [r for r in drawn if r.role == "row"]
        assert 10 < len(rows) < ROWS
        assert [r for r in drawn if r.role == "more"]  # "… and N more"
        assert len(measured) < ROWS  # was about 5 x ROWS: every row at every size tried
    finally:
        controller.close()
