"""Workshop view: the region and its plan, the bimtek events, the OPD roster, participants
and attendance (the Event tab: ``workshop_event``). Every field saves itself when left (one
undoable edit)."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import REGION_TYPES
from smartbimtek.services import plan as plan_service
from smartbimtek.services.plan import NARRATIVE_KEYS

from ..controller import Controller
from ..labels import narrative_label, region_type_label
from ..widgets.common import (
    Coalescer,
    CommitLineEdit,
    CommitTextEdit,
    size_to_current_page,
    text_lines,
)
from ..widgets.lazy_tabs import LazyTabWidget

_PLAN_ENTITIES = {"plan", "event", "note"}
#: The tabs in order: key -> the module under ``ui.views`` and class of its panel (built and
#: imported when the tab is first shown or asked for; "" for a panel of this module).
_TABS = {
    "plan": ("", "PlanPanel"), "event": ("workshop_event", "EventPanel"),
    "opd": ("roster", "OpdPanel"),
    "attendance": ("attendance", "AttendancePanel"), "changes": ("changes", "ChangesPanel"),
    "photos": ("photos", "PhotosPanel"),
    "groups": ("groups", "GroupsPanel"),
}
#: The panels the view loads when a workshop opens (the others load themselves).
_LOADED = ("plan", "event", "opd", "attendance")


class PlanPanel(QWidget):
    """Region, plan title and period, vision, missions, goals, targets, facilitators and the
    narrative fields of the master plan."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.region_name = CommitLineEdit()
        self.region_name.setPlaceholderText(self.tr("e.g. Sukamaju"))
        self.region_type = QComboBox()
        for kind in REGION_TYPES:
            self.region_type.addItem(region_type_label(kind), kind)
        self.plan_title = CommitLineEdit()
        self.period_start = self._year_box()
        self.period_end = self._year_box()
        period = QHBoxLayout()
        period.addWidget(self.period_start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.period_end)
        period.addStretch(1)
        self.vision = CommitTextEdit()
        self.vision.setFixedHeight(70)
        self.missions = CommitTextEdit()
        self.missions.setPlaceholderText(self.tr("One mission per line"))
        self.missions.setFixedHeight(110)
        self.goals = CommitTextEdit()
        self.goals.setPlaceholderText(self.tr("One goal per line"))
        self.goals.setFixedHeight(80)
        self.targets = CommitTextEdit()
        self.targets.setPlaceholderText(self.tr("One target per line"))
        self.targets.setFixedHeight(80)
        self.facilitators = CommitTextEdit()
        self.facilitators.setPlaceholderText(self.tr("One name per line"))
        self.facilitators.setFixedHeight(60)
        self.narrative_key = QComboBox()
        for key in NARRATIVE_KEYS:
            self.narrative_key.addItem(narrative_label(key), key)
        self.narrative = CommitTextEdit()
        self.narrative.setMinimumHeight(140)

        form.addRow(self.tr("Region name"), self.region_name)
        form.addRow(self.tr("Region type"), self.region_type)
        form.addRow(self.tr("Plan title"), self.plan_title)
        form.addRow(self.tr("Plan period"), period)
        form.addRow(self.tr("Vision"), self.vision)
        form.addRow(self.tr("Missions"), self.missions)
        form.addRow(self.tr("Goals"), self.goals)
        form.addRow(self.tr("Targets"), self.targets)
        form.addRow(self.tr("Facilitators"), self.facilitators)
        form.addRow(self.tr("Narrative chapter"), self.narrative_key)
        form.addRow(self.tr("Narrative text"), self.narrative)

        self.region_name.committed.connect(lambda t: self._edit("region_name", t))
        self.plan_title.committed.connect(lambda t: self._edit("plan_title", t))
        self.region_type.activated.connect(
            lambda _i: self._edit("region_type", self.region_type.currentData()))
        self.period_start.editingFinished.connect(lambda: self._year("period_start"))
        self.period_end.editingFinished.connect(lambda: self._year("period_end"))
        self.vision.committed.connect(lambda t: self._edit("vision", t))
        for name in ("missions", "goals", "targets", "facilitators"):
            getattr(self, name).committed.connect(
                lambda t, name=name: self._edit(name, text_lines(t)))
        self.narrative.committed.connect(self._edit_narrative)
        self.narrative_key.currentIndexChanged.connect(lambda _i: self.load())

    def _year_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1999, 2100)
        box.setSpecialValueText("—")
        box.setValue(1999)
        return box

    def load(self) -> None:
        """Show the plan of the open workshop."""
        ws = self.controller.ws
        if ws is None:
            return
        current = plan_service.get_plan(ws)
        self.region_name.set_value(current.region_name)
        self.region_type.setCurrentIndex(max(0, self.region_type.findData(current.region_type)))
        self.plan_title.set_value(current.plan_title)
        for box, value in ((self.period_start, current.period_start),
                           (self.period_end, current.period_end)):
            if not box.hasFocus():
                box.setValue(value or 1999)
        self.vision.set_value(current.vision)
        self.missions.set_value("\n".join(current.missions))
        self.goals.set_value("\n".join(current.goals))
        self.targets.set_value("\n".join(current.targets))
        self.facilitators.set_value("\n".join(current.facilitators))
        key = self.narrative_key.currentData()
        self.narrative.set_value(current.narratives.get(key, ""))

    def _edit(self, field: str, value: object) -> None:
        ws = self.controller.ws
        if ws is None:
            return
        old = getattr(plan_service.get_plan(ws), field)
        if old == value:
            return
        label = self.tr("Edit plan")
        result = self.controller.run(
            label, lambda: plan_service.update_plan(ws, **{field: value}),
            lambda _c: plan_service.update_plan(ws, **{field: old}))
        if result is None:
            self.load_force()

    def _year(self, field: str) -> None:
        box = getattr(self, field)
        value = None if box.value() == box.minimum() else box.value()
        ws = self.controller.ws
        if ws is not None and value is not None:
            current = plan_service.get_plan(ws)
            period = {"period_start": current.period_start, "period_end": current.period_end}
            if period[field] != value:
                period[field] = value
                start, end = period["period_start"], period["period_end"]
                from smartbimtek.services import budget  # when needed (a faster start)

                counts = budget.outside_period(ws, start, end) if start and end and \
                    start <= end else {}
                if counts and not self.confirm_outside_period(start, end, counts):
                    self.load_force()
                    return
        self._edit(field, value)

    def confirm_outside_period(self, start: int, end: int, counts: dict[str, int]) -> bool:
        """Ask before a new plan period leaves records outside it (``budget.outside_period``);
        True to change it anyway."""
        names = {
            "objective_targets": self.tr("targets of tujuan and sasaran"),
            "program_targets": self.tr("program targets"),
            "program_budgets": self.tr("budget lines"),
            "activities": self.tr("activities"),
            "regulations": self.tr("regulations"),
            "enablers": self.tr("enabler items"),
        }
        lines = "\n".join(f"• {names.get(k, k)}: {n}" for k, n in counts.items())
        from PySide6.QtWidgets import QMessageBox  # on use: not needed before the first paint

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Change the plan period?"),
                          self.tr("With the period {0}–{1} these records fall outside it "
                                  "(they stay in the file; change their years or the "
                                  "period later):").format(start, end)
                          + "\n" + lines,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _edit_narrative(self, text: str) -> None:
        ws = self.controller.ws
        if ws is None:
            return
        narratives = dict(plan_service.get_plan(ws).narratives)
        narratives[self.narrative_key.currentData()] = text
        self._edit("narratives", narratives)

    def load_force(self) -> None:
        """Reload every field, also the one being edited (after a refused edit)."""
        for widget in (self.region_name, self.plan_title):
            widget.revert()
            widget.setModified(False)
        for widget in (self.vision, self.missions, self.goals, self.targets, self.facilitators,
                       self.narrative):
            widget.revert()
        self.load()


class WorkshopView(QWidget):
    """The Workshop view of the console (tabs: plan, event, OPDs, participants, what changed,
    photos). Each tab's panel is built, and its module imported, when the tab is first shown
    or asked for (``panel(key)`` or the ``*_panel`` properties)."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.tabs = LazyTabWidget(self)
        labels = {"plan": self.tr("Region and plan"), "event": self.tr("Event"),
                  "opd": self.tr("OPD roster"),
                  "attendance": self.tr("Participants and attendance"),
                  "changes": self.tr("What changed"), "photos": self.tr("Photos"),
                  "groups": self.tr("Groups")}
        self._index = {key: self.tabs.add_lazy_tab(lambda key=key: self._build(key),
                                                   labels[key]) for key in _TABS}
        self._size_to_page = size_to_current_page(self.tabs)
        self.tabs.page_built.connect(lambda _i, _page: self._size_to_page())
        layout.addWidget(self.tabs)
        self._refresh = Coalescer(self._reload_plan, self)
        controller.workshop_opened.connect(self.load)
        controller.data_changed.connect(self._on_change)

    def _build(self, key: str) -> QWidget:
        module, name = _TABS[key]
        if module:
            panel_class = getattr(importlib.import_module(f"ui.views.{module}"), name)
        else:
            panel_class = globals()[name]
        panel = panel_class(self.controller)
        if key in _LOADED and self.controller.ws is not None:
            panel.load()
        return panel

    def panel(self, key: str) -> QWidget:
        """The panel of the tab ``key`` (``_TABS``), built now if it was not yet."""
        return self.tabs.page(self._index[key])

    def is_built(self, key: str) -> bool:
        """True when the panel of the tab ``key`` has been built."""
        return self.tabs.is_built(self._index[key])

    plan_panel = property(lambda self: self.panel("plan"), doc="The region and plan tab.")
    event_panel = property(lambda self: self.panel("event"), doc="The event tab.")
    opd_panel = property(lambda self: self.panel("opd"), doc="The OPD roster tab.")
    attendance_panel = property(lambda self: self.panel("attendance"),
                                doc="The participants and attendance tab.")
    changes_panel = property(lambda self: self.panel("changes"), doc="The what-changed tab.")
    photos_panel = property(lambda self: self.panel("photos"), doc="The photos tab.")
    groups_panel = property(lambda self: self.panel("groups"), doc="The groups tab.")

    def load(self) -> None:
        """Load the built tabs from the open workshop (the others load when built)."""
        for key in _LOADED:
            if self.is_built(key):
                self.panel(key).load()

    def _reload_plan(self) -> None:
        for key in ("plan", "event"):
            if self.is_built(key):
                self.panel(key).load()

    def _on_change(self, change) -> None:
        if change.entity in _PLAN_ENTITIES or change.entity == "setting":
            self._refresh.trigger()


#: ``speakers_from_text`` and ``speakers_text`` live with the Event tab (``workshop_event``),
#: which is imported when its tab is first shown (or one of them is first asked for here).
__all__ = ["PlanPanel", "WorkshopView"]


def __getattr__(name: str):
    """``speakers_from_text`` and ``speakers_text`` of ``workshop_event`` (PEP 562)."""
    if name in ("speakers_from_text", "speakers_text"):
        from . import workshop_event

        return getattr(workshop_event, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
