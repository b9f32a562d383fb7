"""The groups tab of the Workshop view (kelompok): the tables of the current bimtek. Create and
edit a group (name, kind: OPD, dimension, component or custom; its member OPDs and
participants), make one group per dimension in one click, and read each group's join code
(an OPD group opens with its OPD's code). Every edit is undoable; codes are given through
``services.lan`` (not undone: a code handed out stays valid)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartbimtek import reference
from smartbimtek.model import new_id
from smartbimtek.services import groups, lan, plan, roster

from ..widgets.common import plain_label
from ..widgets.flow_layout import FlowLayout
from .board_base import BoardView, component_label, dimension_label

KINDS = ("opd", "dimension", "component", "custom")


def kind_text(kind: str) -> str:
    """A group kind in the interface language."""
    return {"opd": QCoreApplication.translate("Groups", "OPD"),
            "dimension": QCoreApplication.translate("Groups", "Dimension"),
            "component": QCoreApplication.translate("Groups", "Readiness component"),
            "custom": QCoreApplication.translate("Groups", "Custom")}.get(kind, kind)


def earlier_members(ws) -> dict[str, list[str]]:
    """The member OPDs of each dimension's group at the latest earlier bimtek that had
    dimension groups (a new bimtek's tables start as the last ones sat)."""
    current = plan.current_event(ws)
    events = plan.list_events(ws)
    ids = [e.id for e in events]
    for event in reversed(events[:ids.index(current.id)] if current and current.id in ids
                          else events):
        made = groups.list_groups(ws, event.id, kind="dimension")
        if made:
            return {g.dimension: list(g.opd_ids) for g in made if g.dimension and g.opd_ids}
    return {}


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())
            if widget.item(n).checkState() == Qt.CheckState.Checked]


class GroupsPanel(BoardView):
    """The group list with join codes (left) and the chosen group's form (right)."""

    ENTITIES = frozenset({"group", "lan_group_code", "lan_code", "opd", "participant",
                          "event", "setting"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.groups: list = []
        self.codes: dict[str, str] = {}
        layout = QVBoxLayout(self)
        tools = FlowLayout()
        self.per_dimension_button = QPushButton(self.tr("One group per dimension"))
        self.per_dimension_button.clicked.connect(lambda: self.one_per_dimension())
        self.new_button = QPushButton(self.tr("New group"))
        self.new_button.clicked.connect(lambda: self.new_group())
        self.delete_button = QPushButton(self.tr("Delete group"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.codes_button = QPushButton(self.tr("Give join codes"))
        self.codes_button.setToolTip(self.tr("A join code for every group without one (an "
                                             "OPD group uses its OPD's code)"))
        self.codes_button.clicked.connect(lambda: self.give_codes())
        for button in (self.per_dimension_button, self.new_button, self.delete_button,
                       self.codes_button):
            tools.addWidget(button)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.group_list = QListWidget()
        self.group_list.itemSelectionChanged.connect(self._chosen)
        split.addWidget(self.group_list)
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(kind_text(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.target_combo = QComboBox()  # the OPD, dimension or component of the kind
        self.code_label = plain_label()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("For"), self.target_combo)
        form.addRow(self.tr("Join code"), self.code_label)
        form_layout.addLayout(form)
        self.members = QTabWidget()
        self.opd_list = QListWidget()
        self.people_list = QListWidget()
        self.members.addTab(self.opd_list, self.tr("Member OPDs"))
        self.members.addTab(self.people_list, self.tr("Participants"))
        form_layout.addWidget(self.members, 1)
        self.save_button = QPushButton(self.tr("Save group"))
        self.save_button.clicked.connect(lambda: self.save_selected())
        form_layout.addWidget(self.save_button)
        split.addWidget(form_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self._opds: list = []
        self._chosen()

    # -- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the groups of the current bimtek, their codes and the roster."""
        chosen = self.selected()
        chosen_id = chosen.id if chosen else None
        ws = self.ws
        self.groups = groups.list_groups(ws) if ws is not None else []
        self._opds = roster.list_opds(ws) if ws is not None else []
        opd_codes = {k: v.code for k, v in lan.active_codes(ws).items()} if ws else {}
        group_codes = lan.group_codes(ws) if ws is not None else {}
        self.codes = {g.id: (opd_codes.get(g.opd_id, "") if g.kind == "opd"
                             else group_codes.get(g.id, "")) for g in self.groups}
        self.opd_list.clear()
        for opd in self._opds:
            item = QListWidgetItem(f"{opd.code} — {opd.name}")
            item.setData(Qt.ItemDataRole.UserRole, opd.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.opd_list.addItem(item)
        self.people_list.clear()
        for person in roster.list_participants(ws) if ws is not None else []:
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for group in self.groups:
            code = self.codes.get(group.id) or self.tr("no code")
            item = QListWidgetItem(f"{group.name} · {kind_text(group.kind)} · {code}")
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            self.group_list.addItem(item)
            if group.id == chosen_id:
                item.setSelected(True)
        self.group_list.blockSignals(False)
        self._chosen()

    def selected(self):
        """The selected group (or None)."""
        rows = [self.group_list.row(i) for i in self.group_list.selectedItems()]
        return self.groups[rows[0]] if rows and rows[0] < len(self.groups) else None

    def select_group(self, group_id: str) -> None:
        """Select a group in the list."""
        for n, group in enumerate(self.groups):
            if group.id == group_id:
                self.group_list.setCurrentRow(n)
                return

    def _kind_changed(self, *_args) -> None:
        kind = self.kind_combo.currentData()
        self.target_combo.clear()
        if kind == "opd":
            for opd in self._opds:
                self.target_combo.addItem(opd.code, opd.id)
        elif kind == "dimension":
            for dim in reference.dimension_ids():
                self.target_combo.addItem(dimension_label(dim), dim)
        elif kind == "component":
            for item in reference.components():
                self.target_combo.addItem(component_label(item["id"]), item["id"])
        self.target_combo.setEnabled(kind != "custom")

    def _chosen(self) -> None:
        group = self.selected()
        for widget in (self.delete_button, self.save_button):
            widget.setEnabled(group is not None)
        if group is None:
            self.code_label.setText("")
            self._kind_changed()  # the choices of the kind shown, for a new group
            return
        self.name_edit.setText(group.name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(group.kind), 0))
        self._kind_changed()
        target = {"opd": group.opd_id, "dimension": group.dimension,
                  "component": group.component}.get(group.kind)
        self.target_combo.setCurrentIndex(max(self.target_combo.findData(target), 0))
        self.code_label.setText(self.codes.get(group.id) or self.tr("no code yet"))
        for widget, members in ((self.opd_list, group.opd_ids),
                                (self.people_list, group.participant_ids)):
            for n in range(widget.count()):
                item = widget.item(n)
                item.setCheckState(Qt.CheckState.Checked
                                   if item.data(Qt.ItemDataRole.UserRole) in members
                                   else Qt.CheckState.Unchecked)

    def _form_fields(self) -> dict:
        kind = self.kind_combo.currentData()
        target = self.target_combo.currentData() if kind != "custom" else None
        return dict(name=self.name_edit.text(), kind=kind,
                    opd_id=target if kind == "opd" else None,
                    dimension=target if kind == "dimension" else None,
                    component=target if kind == "component" else None)

    # -- edits ----------------------------------------------------------------------------
    def one_per_dimension(self) -> None:
        """Create one group per dimension (those missing) with join codes and the member
        OPDs of the bimtek before (undoable)."""
        if self.ws is None:
            return
        ws = self.ws
        before = {g.id for g in groups.list_groups(ws)}

        def do():
            made = groups.groups_per_dimension(ws, earlier_members(ws))
            lan.ensure_group_codes(ws)
            return [g.id for g in made if g.id not in before]

        def undo(cmd) -> None:
            with ws.transaction():
                for group_id in cmd.result or []:
                    groups.delete_group(ws, group_id)

        self.run_edit(self.tr("One group per dimension"), do, undo)

    def new_group(self) -> None:
        """Create a group from the form (a custom group "Kelompok N" when the name is
        empty); undoable."""
        if self.ws is None:
            return
        ws, group_id, made = self.ws, new_id(), []
        fields = self._form_fields()
        if not fields["name"].strip():
            fields["name"] = self.tr("Group {0}").format(len(self.groups) + 1)
        opds, people = _checked(self.opd_list), _checked(self.people_list)

        def do():
            if made:
                return groups.restore_group(ws, group_id)
            group = groups.add_group(ws, fields.pop("name"), fields.pop("kind"),
                                     opd_ids=opds, participant_ids=people, group_id=group_id,
                                     **fields)
            made.append(group.id)
            return group

        if self.run_edit(self.tr("New group"), do,
                         lambda _cmd: groups.delete_group(ws, group_id)) is not None:
            self.reload_now()
            self.select_group(group_id)

    def save_selected(self) -> None:
        """Save the form (name, kind, members) into the selected group: one undo step."""
        group = self.selected()
        if group is None:
            return
        ws = self.ws
        new = self._form_fields()
        old = {k: getattr(group, k) for k in new}
        opds, people = _checked(self.opd_list), _checked(self.people_list)
        old_opds, old_people = list(group.opd_ids), list(group.participant_ids)

        def do():
            with ws.transaction():
                groups.update_group(ws, group.id, **new)
                return groups.set_members(ws, group.id, opds, people)

        def undo(_cmd) -> None:
            with ws.transaction():
                groups.update_group(ws, group.id, **old)
                groups.set_members(ws, group.id, old_opds, old_people)

        self.run_edit(self.tr("Edit group"), do, undo)

    def delete_selected(self) -> None:
        """Delete the selected group (undoable)."""
        group = self.selected()
        if group is None:
            return
        ws = self.ws
        self.run_edit(self.tr("Delete group"), lambda: groups.delete_group(ws, group.id),
                      lambda _cmd: groups.restore_group(ws, group.id))

    def give_codes(self) -> None:
        """Give every group without one a join code."""
        if self.ws is not None:
            self.call_service(lan.ensure_group_codes, self.ws)
