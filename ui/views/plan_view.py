"""The Rencana (master plan) view of the console: what a facilitator or the Tim Pelaksana's
secretary enters for the plan beyond the workshop's own results, in four tabs: Analisis
(gap analysis, consolidated SWOT, strategic issues), Arah (RPJMD, tujuan and sasaran with
yearly targets), Kelembagaan (Dewan Smart City, Tim Pelaksana, regulation, financing, SDM,
infrastructure) and Dokumen (kata pengantar, tim penyusun, lembar pengesahan and the other
formal options). The documents' placeholders name these tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..widgets.common import reserve_lines, share_message_line, size_to_current_page
from .board_base import BoardView
from .plan_analysis import AnalysisTab
from .plan_direction import DirectionTab
from .plan_document import DocumentTab
from .plan_institutions import InstitutionsTab

#: The tabs in order (screenshots and layout tests walk them by these names).
TABS = ("analysis", "direction", "institutions", "document")


class PlanView(BoardView):
    """The four tabs of the master plan; one message line shared by every page. Each page
    reloads itself on the changes it shows (see ``plan_base.PLAN_ENTITIES``)."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.tabs = QTabWidget(self)
        self.analysis = AnalysisTab(controller, self.tabs)
        self.direction = DirectionTab(controller, self.tabs)
        self.institutions = InstitutionsTab(controller, self.tabs)
        self.document = DocumentTab(controller, self.tabs)
        self.tabs.addTab(self.analysis, self.tr("Analysis"))
        self.tabs.addTab(self.direction, self.tr("Direction"))
        self.tabs.addTab(self.institutions, self.tr("Institutions"))
        self.tabs.addTab(self.document, self.tr("Document"))
        size_to_current_page(self.tabs)
        share_message_line(self, *self.pages())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(reserve_lines(self.message))

    def pages(self) -> list:
        """Every page (a ``PlanPage``) of every tab."""
        return [*self.analysis.pages(), self.direction, *self.institutions.pages(),
                self.document]

    def reload(self) -> None:
        """Nothing of its own to show: the pages reload themselves."""
