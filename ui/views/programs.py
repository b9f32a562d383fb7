"""Programs of the master plan: a filterable table."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from smartbimtek.services import programs, roster

from .board_base import BoardView, dimension_label


class ProgramsView(BoardView):
    """Program table."""

    ENTITIES = frozenset({"program", "opd", "criterion"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("OPD"),
                                              self.tr("Dimension")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.schedule_reload()

    def reload(self) -> None:
        """Re-read the programs."""
        rows = programs.list_programs(self.ws) if self.ws else []
        codes = {o.id: o.code for o in roster.list_opds(self.ws)} if self.ws else {}
        self.table.setRowCount(len(rows))
        for r, program in enumerate(rows):
            for c, text in enumerate((program.title, codes.get(program.opd_id, ""),
                                      dimension_label(program.dimension))):
                self.table.setItem(r, c, QTableWidgetItem(text))
