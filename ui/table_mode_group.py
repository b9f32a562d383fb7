"""The table's group (kelompok) in table entry mode: which group the entries record, which
OPDs the table may write for (a group of several OPDs picks one; entries need an OPD), the
header's text, and a dimension group's dimension. An OPD's table records its OPD's own group
when it has one, as the phones do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from smartbimtek.services import groups, roster

from .widgets.common import plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableModeWindow", text)


class TableGroup:
    """The group context of one table window: ``group`` (None for an OPD's table), the OPDs it
    writes for (``opd_ids``) and the OPD picked now (``opd``)."""

    def __init__(self, ws, opd_id: str | None, group_id: str | None) -> None:
        self.group = groups.get_group(ws, group_id) if group_id else None
        self.opd_ids = groups.table_opds(ws, group_id) if self.group else [opd_id]
        if opd_id not in self.opd_ids:
            opd_id = self.opd_ids[0]
        self.opds = {o.id: o for o in roster.list_opds(ws) if o.id in self.opd_ids}
        self.opd = self.opds.get(opd_id) or roster.get_opd(ws, opd_id)
        self._ws = ws

    @property
    def dimension(self) -> str | None:
        """The dimension a dimension group works on (entries take it), else None."""
        return self.group.dimension if self.group else None

    @property
    def component(self) -> str | None:
        """The readiness component a component group works on, else None."""
        return self.group.component if self.group else None

    def group_id(self) -> str | None:
        """The group the table's entries record: the chosen group, else its OPD's group."""
        if self.group is not None:
            return self.group.id
        own = groups.opd_group(self._ws, self.opd.id)
        return own.id if own else None

    def member_codes(self) -> str:
        """The codes of the OPDs at the table, comma separated."""
        return ", ".join(self.opds[i].code for i in self.opd_ids if i in self.opds)

    def title(self) -> str:
        """The window title: the OPD's code or the group's name."""
        name = self.group.name if self.group else self.opd.code
        return _tr("Table entry: {code}").format(code=name)

    def header(self) -> str:
        """The header: the OPD's code and name, or the group's name and members."""
        if self.group is None:
            return _tr("Table: {code} — {name}").format(code=self.opd.code, name=self.opd.name)
        return _tr("Group: {name} — {members}").format(name=self.group.name,
                                                        members=self.member_codes())

    def picker(self, on_pick) -> QWidget:
        """"Entries for OPD: [...]": shown only when the table writes for several OPDs
        (default the first member). ``on_pick`` gets the picked OPD id."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(plain_label(_tr("Entries for OPD:")))
        self.opd_box = QComboBox()
        self.opd_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.opd_box.setMinimumContentsLength(12)
        for opd_id in self.opd_ids:
            opd = self.opds.get(opd_id)
            if opd is not None:
                self.opd_box.addItem(f"{opd.code} — {opd.name}", opd.id)
        self.opd_box.setCurrentIndex(max(0, self.opd_box.findData(self.opd.id)))
        self.opd_box.currentIndexChanged.connect(lambda _i: self._picked(on_pick))
        row.addWidget(self.opd_box, 1)
        box.setVisible(len(self.opd_ids) > 1)
        return box

    def _picked(self, on_pick) -> None:
        opd = self.opds.get(self.opd_box.currentData())
        if opd is not None:
            self.opd = opd
            on_pick(opd.id)

    def pick(self, opd_id: str) -> None:
        """Choose the OPD the next entries are for (one of ``opd_ids``)."""
        self.opd_box.setCurrentIndex(self.opd_box.findData(opd_id))
