"""Rencana > Arah (direction, BAB IV): the region's RPJMD misi and sasaran, and the master
plan's tujuan and sasaran with indicator, unit, baseline (value, year), the RPJMD item each
serves and a target per year of the plan period (the years are columns of the table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from smartbimtek.services import direction

from ..widgets.common import plain_label
from ..widgets.record_table import Column, RecordTable
from .plan_base import PlanPage, dimension_choices, plan_years

#: Prefix of the year columns' fields ("y2026").
YEAR = "y"


def rpjmd_kind_label(kind: str) -> str:
    """Misi / Sasaran RPJMD."""
    return {
        "misi": QCoreApplication.translate("PlanView", "Misi"),
        "sasaran": QCoreApplication.translate("PlanView", "RPJMD sasaran"),
    }.get(kind, kind)


def level_label(level: str) -> str:
    """Tujuan / Sasaran."""
    return {
        "tujuan": QCoreApplication.translate("PlanView", "Tujuan"),
        "sasaran": QCoreApplication.translate("PlanView", "Sasaran"),
    }.get(level, level)


def short(text: str, length: int = 50) -> str:
    """``text`` cut to ``length`` characters for a drop-down."""
    return text if len(text) <= length else text[: length - 1] + "…"


class DirectionTab(PlanPage):
    """Two tables: the RPJMD list above, the tujuan and sasaran below."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.rpjmd: list = []
        self.objectives: list = []
        self.years: list[int] = []
        self.rpjmd_table = RecordTable(
            self._rpjmd_columns(),
            QCoreApplication.translate("PlanView", "Add misi / sasaran"),
            QCoreApplication.translate("PlanView", "Delete"),
            self,
        )
        self.rpjmd_table.edited.connect(self.edit_rpjmd)
        self.rpjmd_table.add_clicked.connect(self.add_rpjmd)
        self.rpjmd_table.delete_clicked.connect(
            lambda ids: self.delete_records(
                QCoreApplication.translate("PlanView", "Delete RPJMD item"),
                ids,
                direction.delete_rpjmd,
                direction.restore_rpjmd,
            )
        )
        self.table = RecordTable(
            self._objective_columns(),
            QCoreApplication.translate("PlanView", "Add tujuan / sasaran"),
            QCoreApplication.translate("PlanView", "Delete"),
            self,
        )
        self.table.edited.connect(self.edit_objective)
        self.table.add_clicked.connect(self.add_objective)
        self.table.delete_clicked.connect(
            lambda ids: self.delete_records(
                QCoreApplication.translate("PlanView", "Delete tujuan / sasaran"),
                ids,
                direction.delete_objective,
                direction.restore_objective,
            )
        )
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(
            plain_label(
                QCoreApplication.translate("PlanView", "RPJMD of the region: misi and sasaran"),
                upper,
            )
        )
        upper_layout.addWidget(self.rpjmd_table, 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.period_label = plain_label("", lower)
        self.period_label.setWordWrap(True)
        lower_layout.addWidget(self.period_label)
        lower_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split, 1)

    # -- columns ------------------------------------------------------------------------
    def _rpjmd_columns(self) -> list[Column]:
        return [
            Column(
                "kind",
                QCoreApplication.translate("PlanView", "Kind"),
                "choice",
                width=110,
                choices=[(k, rpjmd_kind_label(k)) for k in ("misi", "sasaran")],
            ),
            Column("code", QCoreApplication.translate("PlanView", "Code"), width=70),
            Column("text", QCoreApplication.translate("PlanView", "Text"), stretch=True),
            Column(
                "parent_id",
                QCoreApplication.translate("PlanView", "Under misi"),
                "choice",
                width=150,
                choices=lambda: (
                    [(None, "–")]
                    + [(i.id, short(i.code or i.text, 24)) for i in self.rpjmd if i.kind == "misi"]
                ),
            ),
        ]

    def _objective_columns(self) -> list[Column]:
        """Text, indicator and baseline, the year columns, then where the item belongs."""
        head = [
            Column(
                "level",
                QCoreApplication.translate("PlanView", "Level"),
                "choice",
                width=80,
                choices=[(v, level_label(v)) for v in ("tujuan", "sasaran")],
            ),
            Column("text", QCoreApplication.translate("PlanView", "Tujuan / sasaran"), width=220),
            Column("indicator", QCoreApplication.translate("PlanView", "Indicator"), width=150),
            Column("unit", QCoreApplication.translate("PlanView", "Unit"), width=60),
            Column("baseline_value", QCoreApplication.translate("PlanView", "Baseline"), width=70),
            Column(
                "baseline_year",
                QCoreApplication.translate("PlanView", "Baseline year"),
                "int",
                width=96,
            ),
        ]
        tail = [
            Column(
                "dimension",
                QCoreApplication.translate("PlanView", "Dimension"),
                "choice",
                width=120,
                choices=lambda: dimension_choices("–"),
            ),
            Column(
                "parent_id",
                QCoreApplication.translate("PlanView", "Under tujuan"),
                "choice",
                width=120,
                choices=lambda: (
                    [(None, "–")]
                    + [(o.id, short(o.text, 40)) for o in self.objectives if o.level == "tujuan"]
                ),
            ),
            Column(
                "rpjmd_id",
                QCoreApplication.translate("PlanView", "Serves (RPJMD)"),
                "choice",
                width=120,
                choices=lambda: (
                    [(None, "–")]
                    + [(i.id, short(f"{i.code} {i.text}".strip(), 40)) for i in self.rpjmd]
                ),
            ),
        ]
        return head + [Column(f"{YEAR}{y}", str(y), width=64) for y in self.years] + tail

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the RPJMD list, the tujuan and sasaran and the plan period."""
        ws = self.ws
        self.rpjmd = direction.list_rpjmd(ws) if ws else []
        self.objectives = direction.list_objectives(ws) if ws else []
        years = plan_years(ws)
        if years != self.years:
            self.years = years
            self.table.set_columns(self._objective_columns())
        if years:
            self.period_label.setText(
                QCoreApplication.translate(
                    "PlanView",
                    "Tujuan and sasaran of the master plan; targets per "
                    "year of the plan period {start}-{end}.",
                ).format(start=years[0], end=years[-1])
            )
        else:
            self.period_label.setText(
                QCoreApplication.translate(
                    "PlanView",
                    "Tujuan and sasaran of the master plan. Set the plan "
                    "period (Workshop view) to enter targets per year.",
                )
            )
        self.rpjmd_table.set_rows(
            [
                (i.id, {"kind": i.kind, "code": i.code, "text": i.text, "parent_id": i.parent_id})
                for i in self.rpjmd
            ]
        )
        rows = []
        for o in self.objectives:
            values = {
                k: getattr(o, k)
                for k in (
                    "level",
                    "text",
                    "parent_id",
                    "dimension",
                    "rpjmd_id",
                    "indicator",
                    "unit",
                    "baseline_value",
                    "baseline_year",
                )
            }
            values |= {f"{YEAR}{y}": v for y, v in o.targets.items()}
            rows.append((o.id, values))
        self.table.set_rows(rows)

    # -- edits --------------------------------------------------------------------------
    def edit_rpjmd(self, item_id: str, field: str, value) -> None:
        """Change a field of an RPJMD item."""
        self.edit_field(
            QCoreApplication.translate("PlanView", "Edit RPJMD item"),
            direction.get_rpjmd,
            direction.update_rpjmd,
            item_id,
            field,
            value,
        )

    def add_rpjmd(self) -> None:
        """Add a misi (or, when a misi or one of its sasaran is selected, a sasaran under
        that misi)."""
        ws = self.ws
        current = next((i for i in self.rpjmd if i.id == self.rpjmd_table.current_id()), None)
        misi = None
        if current is not None:
            misi = current.id if current.kind == "misi" else current.parent_id

        def add():
            if misi:
                text = QCoreApplication.translate("PlanView", "New RPJMD sasaran")
                return direction.add_rpjmd(ws, "sasaran", text, parent_id=misi)
            return direction.add_rpjmd(
                ws, "misi", QCoreApplication.translate("PlanView", "New misi")
            )

        item = self.add_record(
            QCoreApplication.translate("PlanView", "Add RPJMD item"),
            add,
            direction.delete_rpjmd,
            direction.restore_rpjmd,
        )
        if item is not None:
            self.rpjmd_table.edit_cell(item.id, "text")

    def edit_objective(self, objective_id: str, field: str, value) -> None:
        """Change a field (or one year's target) of a tujuan or sasaran."""
        if not field.startswith(YEAR) or not field[1:].isdigit():
            self.edit_field(
                QCoreApplication.translate("PlanView", "Edit tujuan / sasaran"),
                direction.get_objective,
                direction.update_objective,
                objective_id,
                field,
                value,
            )
            return
        ws, year = self.ws, int(field[1:])
        old = direction.get_objective(ws, objective_id).targets.get(year, "")
        self.run_edit(
            QCoreApplication.translate("PlanView", "Edit target"),
            lambda: direction.set_objective_target(ws, objective_id, year, value),
            lambda _c: direction.set_objective_target(ws, objective_id, year, old),
        )
        self.reload_now()

    def add_objective(self) -> None:
        """Add a tujuan (or, when a tujuan or one of its sasaran is selected, a sasaran under
        that tujuan, in its dimension)."""
        ws = self.ws
        current = next((o for o in self.objectives if o.id == self.table.current_id()), None)
        tujuan = None
        if current is not None:
            tujuan = current.id if current.level == "tujuan" else current.parent_id

        def add():
            if tujuan:
                text = QCoreApplication.translate("PlanView", "New sasaran")
                return direction.add_objective(
                    ws, "sasaran", text, parent_id=tujuan, dimension=current.dimension
                )
            text = QCoreApplication.translate("PlanView", "New tujuan")
            return direction.add_objective(ws, "tujuan", text)

        item = self.add_record(
            QCoreApplication.translate("PlanView", "Add tujuan / sasaran"),
            add,
            direction.delete_objective,
            direction.restore_objective,
        )
        if item is not None:
            self.table.edit_cell(item.id, "text")
