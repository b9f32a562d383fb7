"""Rencana > Kelembagaan (institutions and enablers, BAB VI): the members of the Dewan Smart
City and the Tim Pelaksana, the regulation plan, and the financing, SDM and infrastructure
plans: structured items in a table plus a narrative text per section."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from smartbimtek.model import REGULATION_STATUSES
from smartbimtek.services import institutions, roster

from ..widgets.common import size_to_current_page
from ..widgets.record_table import Column, RecordTable
from .plan_base import PlanPage, narrative_box


def body_label(body: str) -> str:
    """Dewan Smart City / Tim Pelaksana / Tim penyusun."""
    return {
        "dewan": QCoreApplication.translate("PlanView", "Dewan Smart City"),
        "pelaksana": QCoreApplication.translate("PlanView", "Tim Pelaksana"),
        "penyusun": QCoreApplication.translate("PlanView", "Tim penyusun"),
    }.get(body, body)


def status_label(status: str) -> str:
    """The stage of a planned regulation."""
    return {
        "rencana": QCoreApplication.translate("PlanView", "Planned"),
        "penyusunan": QCoreApplication.translate("PlanView", "Drafting"),
        "pembahasan": QCoreApplication.translate("PlanView", "In discussion"),
        "ditetapkan": QCoreApplication.translate("PlanView", "Enacted"),
    }.get(status, status)


def section_label(section: str) -> str:
    """The BAB VI section of a narrative or of enabler items."""
    return {
        "bodies": QCoreApplication.translate("PlanView", "Dewan Smart City and Tim Pelaksana"),
        "regulation": QCoreApplication.translate("PlanView", "Regulation plan"),
        "financing": QCoreApplication.translate("PlanView", "Financing plan"),
        "sdm": QCoreApplication.translate("PlanView", "Human resources (SDM) plan"),
        "infrastructure": QCoreApplication.translate("PlanView", "Infrastructure plan"),
    }.get(section, section)


def member_columns() -> list[Column]:
    """Columns of a members table (the body column is added by the caller if needed)."""
    return [
        Column("name", QCoreApplication.translate("PlanView", "Name"), width=170),
        Column("position", QCoreApplication.translate("PlanView", "Position"), width=170),
        Column("institution", QCoreApplication.translate("PlanView", "Institution"), width=150),
        Column("role", QCoreApplication.translate("PlanView", "Role"), stretch=True),
    ]


class SectionPage(PlanPage):
    """One BAB VI section: a table of its items and its narrative."""

    def __init__(
        self,
        controller,
        section: str,
        columns: list[Column],
        rows: Callable,
        edit: tuple[Callable, Callable],
        add: Callable,
        remove: tuple[Callable, Callable],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, parent)
        self.section = section
        self._rows, self._get_update, self._add, self._remove = rows, edit, add, remove
        self.table = RecordTable(
            columns,
            QCoreApplication.translate("PlanView", "Add"),
            QCoreApplication.translate("PlanView", "Delete"),
            self,
        )
        self.table.edited.connect(self.edit)
        self.table.add_clicked.connect(self.add)
        self.table.delete_clicked.connect(
            lambda ids: self.delete_records(
                QCoreApplication.translate("PlanView", "Delete"), ids, *remove
            )
        )
        box, self.narrative = narrative_box(
            QCoreApplication.translate("PlanView", "Narrative: {section}").format(
                section=section_label(section)
            ),
            self,
            self.set_narrative,
        )
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split, 1)

    def reload(self) -> None:
        """Re-read the items and the narrative."""
        ws = self.ws
        self.table.set_rows(self._rows(ws) if ws else [])
        self.narrative.set_value(institutions.narratives(ws).get(self.section, "") if ws else "")

    def edit(self, record_id: str, field: str, value) -> None:
        """Change a field of an item."""
        self.edit_field(
            QCoreApplication.translate("PlanView", "Edit {section}").format(
                section=section_label(self.section)
            ),
            *self._get_update,
            record_id,
            field,
            value,
        )

    def add(self) -> None:
        """Add an item and start typing its first field."""
        ws = self.ws
        item = self.add_record(
            QCoreApplication.translate("PlanView", "Add to {section}").format(
                section=section_label(self.section)
            ),
            lambda: self._add(ws),
            *self._remove,
        )
        if item is not None:
            self.table.edit_cell(
                item.id,
                self.table.columns[0].field
                if self.table.columns[0].kind != "choice"
                else self.table.columns[1].field,
            )

    def set_narrative(self, text: str) -> None:
        """Write the section's narrative (undoable)."""
        ws, section = self.ws, self.section
        if ws is None:
            return
        old = institutions.narratives(ws).get(section, "")
        self.run_edit(
            QCoreApplication.translate("PlanView", "Edit narrative"),
            lambda: institutions.set_narrative(ws, section, text),
            lambda _c: institutions.set_narrative(ws, section, old),
        )
        self.reload_now()


def _members_page(controller, parent) -> SectionPage:
    def rows(ws):
        return [
            (
                m.id,
                {
                    "body": m.body,
                    "name": m.name,
                    "position": m.position,
                    "institution": m.institution,
                    "role": m.role,
                },
            )
            for m in institutions.list_members(ws)
            if m.body != "penyusun"
        ]

    columns = [
        Column(
            "body",
            QCoreApplication.translate("PlanView", "Body"),
            "choice",
            width=130,
            choices=[(b, body_label(b)) for b in ("dewan", "pelaksana")],
        ),
        *member_columns(),
    ]
    return SectionPage(
        controller,
        "bodies",
        columns,
        rows,
        (institutions.get_member, institutions.update_member),
        lambda ws: institutions.add_member(
            ws, "pelaksana", QCoreApplication.translate("PlanView", "New member")
        ),
        (institutions.delete_member, institutions.restore_member),
        parent,
    )


def _regulations_page(controller, parent) -> SectionPage:
    def rows(ws):
        return [
            (
                r.id,
                {
                    "instrument": r.instrument,
                    "subject": r.subject,
                    "target_year": r.target_year,
                    "status": r.status,
                },
            )
            for r in institutions.list_regulations(ws)
        ]

    columns = [
        Column("instrument", QCoreApplication.translate("PlanView", "Instrument"), width=170),
        Column("subject", QCoreApplication.translate("PlanView", "Subject"), stretch=True),
        Column(
            "target_year", QCoreApplication.translate("PlanView", "Target year"), "int", width=80
        ),
        Column(
            "status",
            QCoreApplication.translate("PlanView", "Status"),
            "choice",
            width=120,
            choices=[(s, status_label(s)) for s in REGULATION_STATUSES],
        ),
    ]
    return SectionPage(
        controller,
        "regulation",
        columns,
        rows,
        (institutions.get_regulation, institutions.update_regulation),
        lambda ws: institutions.add_regulation(
            ws, "Peraturan Bupati", QCoreApplication.translate("PlanView", "New regulation")
        ),
        (institutions.delete_regulation, institutions.restore_regulation),
        parent,
    )


def _enabler_page(controller, section: str, parent) -> SectionPage:
    def rows(ws):
        return [
            (
                e.id,
                {
                    "title": e.title,
                    "description": e.description,
                    "target_year": e.target_year,
                    "opd_id": e.opd_id,
                },
            )
            for e in institutions.list_enablers(ws, section)
        ]

    page: SectionPage

    def opds():
        ws = page.ws
        return [(None, "–")] + ([(o.id, o.code) for o in roster.list_opds(ws)] if ws else [])

    columns = [
        Column("title", QCoreApplication.translate("PlanView", "Item"), width=190),
        Column("description", QCoreApplication.translate("PlanView", "Description"), stretch=True),
        Column(
            "target_year", QCoreApplication.translate("PlanView", "Target year"), "int", width=80
        ),
        Column(
            "opd_id",
            QCoreApplication.translate("PlanView", "OPD in charge"),
            "choice",
            width=120,
            choices=opds,
        ),
    ]
    page = SectionPage(
        controller,
        section,
        columns,
        rows,
        (institutions.get_enabler, institutions.update_enabler),
        lambda ws: institutions.add_enabler(
            ws, section, QCoreApplication.translate("PlanView", "New item")
        ),
        (institutions.delete_enabler, institutions.restore_enabler),
        parent,
    )
    return page


class InstitutionsTab(QTabWidget):
    """The BAB VI sections, one tab each."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members_page = _members_page(controller, self)
        self.regulations_page = _regulations_page(controller, self)
        self.enabler_pages = {
            s: _enabler_page(controller, s, self) for s in ("financing", "sdm", "infrastructure")
        }
        self.addTab(
            self.members_page, QCoreApplication.translate("PlanView", "Dewan && Tim Pelaksana")
        )
        self.addTab(self.regulations_page, QCoreApplication.translate("PlanView", "Regulation"))
        self.addTab(
            self.enabler_pages["financing"], QCoreApplication.translate("PlanView", "Financing")
        )
        self.addTab(self.enabler_pages["sdm"], QCoreApplication.translate("PlanView", "SDM"))
        self.addTab(
            self.enabler_pages["infrastructure"],
            QCoreApplication.translate("PlanView", "Infrastructure"),
        )
        size_to_current_page(self)

    def pages(self) -> list[PlanPage]:
        """The pages (their message lines are shared with the view's)."""
        return [self.members_page, self.regulations_page, *self.enabler_pages.values()]
