"""Rencana > Arah (direction, BAB IV): the region's RPJMD misi and sasaran, and the master
plan's tujuan and sasaran with indicator, unit, baseline (value, year), the RPJMD item each
serves and a target per year of the plan period (the years are columns of the table)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from smartbimtek.services import direction

from ..widgets.common import plain_label
from ..widgets.record_table import Column, RecordTable
from .plan_base import PlanPage, dimension_choices, plan_years, tr

#: Prefix of the year columns' fields ("y2026").
YEAR = "y"


def rpjmd_kind_label(kind: str) -> str:
    """Misi / Sasaran RPJMD."""
    return {"misi": tr("Misi"), "sasaran": tr("RPJMD sasaran")}.get(kind, kind)


def level_label(level: str) -> str:
    """Tujuan / Sasaran."""
    return {"tujuan": tr("Tujuan"), "sasaran": tr("Sasaran")}.get(level, level)


def short(text: str, length: int = 50) -> str:
    """``text`` cut to ``length`` characters for a drop-down."""
    return text if len(text) <= length else text[:length - 1] + "…"


class DirectionTab(PlanPage):
    """Two tables: the RPJMD list above, the tujuan and sasaran below."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.rpjmd: list = []
        self.objectives: list = []
        self.years: list[int] = []
        self.rpjmd_table = RecordTable(self._rpjmd_columns(), tr("Add misi / sasaran"),
                                       tr("Delete"), self)
        self.rpjmd_table.edited.connect(self.edit_rpjmd)
        self.rpjmd_table.add_clicked.connect(self.add_rpjmd)
        self.rpjmd_table.delete_clicked.connect(
            lambda ids: self.delete_records(tr("Delete RPJMD item"), ids,
                                            direction.delete_rpjmd, direction.restore_rpjmd))
        self.table = RecordTable(self._objective_columns(), tr("Add tujuan / sasaran"),
                                 tr("Delete"), self)
        self.table.edited.connect(self.edit_objective)
        self.table.add_clicked.connect(self.add_objective)
        self.table.delete_clicked.connect(
            lambda ids: self.delete_records(tr("Delete tujuan / sasaran"), ids,
                                            direction.delete_objective,
                                            direction.restore_objective))
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(plain_label(tr("RPJMD of the region: misi and sasaran"), upper))
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
        return [Column("kind", tr("Kind"), "choice", width=110,
                       choices=[(k, rpjmd_kind_label(k)) for k in ("misi", "sasaran")]),
                Column("code", tr("Code"), width=70),
                Column("text", tr("Text"), stretch=True),
                Column("parent_id", tr("Under misi"), "choice", width=150,
                       choices=lambda: [(None, "–")] + [
                           (i.id, short(i.code or i.text, 24)) for i in self.rpjmd
                           if i.kind == "misi"])]

    def _objective_columns(self) -> list[Column]:
        """Text, indicator and baseline, the year columns, then where the item belongs."""
        head = [
            Column("level", tr("Level"), "choice", width=80,
                   choices=[(v, level_label(v)) for v in ("tujuan", "sasaran")]),
            Column("text", tr("Tujuan / sasaran"), width=220),
            Column("indicator", tr("Indicator"), width=150),
            Column("unit", tr("Unit"), width=60),
            Column("baseline_value", tr("Baseline"), width=70),
            Column("baseline_year", tr("Baseline year"), "int", width=96),
        ]
        tail = [
            Column("dimension", tr("Dimension"), "choice", width=120,
                   choices=lambda: dimension_choices("–")),
            Column("parent_id", tr("Under tujuan"), "choice", width=120,
                   choices=lambda: [(None, "–")] + [(o.id, short(o.text, 40))
                                                    for o in self.objectives
                                                    if o.level == "tujuan"]),
            Column("rpjmd_id", tr("Serves (RPJMD)"), "choice", width=120,
                   choices=lambda: [(None, "–")] + [
                       (i.id, short(f"{i.code} {i.text}".strip(), 40)) for i in self.rpjmd]),
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
            self.period_label.setText(tr("Tujuan and sasaran of the master plan; targets per "
                                         "year of the plan period {start}-{end}.")
                                      .format(start=years[0], end=years[-1]))
        else:
            self.period_label.setText(tr("Tujuan and sasaran of the master plan. Set the plan "
                                         "period (Workshop view) to enter targets per year."))
        self.rpjmd_table.set_rows([(i.id, {"kind": i.kind, "code": i.code, "text": i.text,
                                           "parent_id": i.parent_id}) for i in self.rpjmd])
        rows = []
        for o in self.objectives:
            values = {k: getattr(o, k) for k in ("level", "text", "parent_id", "dimension",
                                                 "rpjmd_id", "indicator", "unit",
                                                 "baseline_value", "baseline_year")}
            values |= {f"{YEAR}{y}": v for y, v in o.targets.items()}
            rows.append((o.id, values))
        self.table.set_rows(rows)

    # -- edits --------------------------------------------------------------------------
    def edit_rpjmd(self, item_id: str, field: str, value) -> None:
        """Change a field of an RPJMD item."""
        self.edit_field(tr("Edit RPJMD item"), direction.get_rpjmd, direction.update_rpjmd,
                        item_id, field, value)

    def add_rpjmd(self) -> None:
        """Add a misi (or, when a misi is selected, a sasaran under it)."""
        ws = self.ws
        current = next((i for i in self.rpjmd if i.id == self.rpjmd_table.current_id()),
                       None)
        misi = current.id if current and current.kind == "misi" else \
            current.parent_id if current else None
        if misi:
            add = lambda: direction.add_rpjmd(ws, "sasaran", tr("New RPJMD sasaran"),  # noqa: E731
                                               parent_id=misi)
        else:
            add = lambda: direction.add_rpjmd(ws, "misi", tr("New misi"))  # noqa: E731
        item = self.add_record(tr("Add RPJMD item"), add, direction.delete_rpjmd,
                               direction.restore_rpjmd)
        if item is not None:
            self.rpjmd_table.edit_cell(item.id, "text")

    def edit_objective(self, objective_id: str, field: str, value) -> None:
        """Change a field (or one year's target) of a tujuan or sasaran."""
        if not field.startswith(YEAR) or not field[1:].isdigit():
            self.edit_field(tr("Edit tujuan / sasaran"), direction.get_objective,
                            direction.update_objective, objective_id, field, value)
            return
        ws, year = self.ws, int(field[1:])
        old = direction.get_objective(ws, objective_id).targets.get(year, "")
        self.run_edit(tr("Edit target"),
                      lambda: direction.set_objective_target(ws, objective_id, year, value),
                      lambda _c: direction.set_objective_target(ws, objective_id, year, old))
        self.reload_now()

    def add_objective(self) -> None:
        """Add a tujuan (or, when one is selected, a sasaran under it)."""
        ws = self.ws
        current = next((o for o in self.objectives if o.id == self.table.current_id()), None)
        tujuan = current.id if current and current.level == "tujuan" else \
            current.parent_id if current else None
        if tujuan:
            add = lambda: direction.add_objective(ws, "sasaran", tr("New sasaran"),  # noqa: E731
                                                  parent_id=tujuan,
                                                  dimension=current.dimension)
        else:
            add = lambda: direction.add_objective(ws, "tujuan", tr("New tujuan"))  # noqa: E731
        item = self.add_record(tr("Add tujuan / sasaran"), add, direction.delete_objective,
                               direction.restore_objective)
        if item is not None:
            self.table.edit_cell(item.id, "text")
