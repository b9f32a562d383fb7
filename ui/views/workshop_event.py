"""The Event tab of the Workshop view: the bimtek events (stage I-IV), which one is run, its
fields (with the laporan's: speakers, legal basis, conclusions, follow-ups) and a new event
from its agenda template. Every field saves itself when left (one undoable edit)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import STAGES, Speaker, new_id
from smartbimtek.rules.stages import next_stage
from smartbimtek.services import plan as plan_service

from ..controller import Controller
from ..labels import event_label, stage_title
from ..widgets.common import CommitLineEdit, CommitTextEdit, bold_label, text_lines


def speakers_from_text(text: str) -> list[Speaker]:
    """Narasumber typed one per line as ``name; institution; topic``."""
    out = []
    for line in text_lines(text):
        parts = [p.strip() for p in line.split(";", 2)] + ["", ""]
        if parts[0]:
            out.append(Speaker(parts[0], parts[1], parts[2]))
    return out


def speakers_text(speakers: list[Speaker]) -> str:
    """The narasumber as the form shows them (see ``speakers_from_text``)."""
    return "\n".join("; ".join([s.name, s.institution, s.topic]).rstrip("; ")
                     for s in speakers)


class EventPanel(QWidget):
    """The bimtek events (stage I-IV) of the workshop: which one is run, and its fields."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Event being run:")))
        self.event_box = QComboBox()
        self.event_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_box.setMinimumContentsLength(24)
        top.addWidget(self.event_box, 1)
        layout.addLayout(top)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = CommitLineEdit()
        self.venue = CommitLineEdit()
        self.venue.setPlaceholderText(self.tr("e.g. Pendopo Kabupaten"))
        self.start_date = QDateEdit()
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("dd-MM-yyyy")
        self.days = QSpinBox()
        self.days.setRange(1, 5)
        self.facilitators = CommitTextEdit()
        self.facilitators.setPlaceholderText(self.tr("One name per line"))
        self.facilitators.setFixedHeight(70)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("First day"), self.start_date)
        form.addRow(self.tr("Number of days"), self.days)
        form.addRow(self.tr("Facilitators"), self.facilitators)
        # the laporan pelaksanaan's fields (printed in the report, chapters I and VI)
        self.facilitator_institution = CommitLineEdit()
        self.facilitator_institution.setPlaceholderText(
            self.tr("e.g. Kementerian Komunikasi dan Digital"))
        self.speakers = CommitTextEdit()
        self.speakers.setPlaceholderText(self.tr("One per line: name; institution; topic"))
        self.speakers.setFixedHeight(70)
        self.legal_basis = CommitTextEdit()
        self.legal_basis.setPlaceholderText(
            self.tr("The Nota Kesepakatan on the Gerakan Menuju Smart City (one basis per line)"))
        self.legal_basis.setFixedHeight(60)
        self.agreement_number = CommitLineEdit()
        self.conclusions = CommitTextEdit()
        self.conclusions.setFixedHeight(90)
        self.recommendations = CommitTextEdit()
        self.recommendations.setFixedHeight(90)
        form.addRow(self.tr("Facilitators' institution"), self.facilitator_institution)
        form.addRow(self.tr("Speakers (narasumber)"), self.speakers)
        form.addRow(self.tr("Legal basis"), self.legal_basis)
        form.addRow(self.tr("Agreement number"), self.agreement_number)
        form.addRow(self.tr("Conclusions"), self.conclusions)
        form.addRow(self.tr("Recommendations"), self.recommendations)
        from .followups import FollowupsTable  # with the tab (a faster start)

        self.followups = FollowupsTable(self.controller)
        form.addRow(self.tr("Follow-ups"), self.followups)
        layout.addWidget(scroll, 1)

        add_row = QHBoxLayout()
        add_row.addWidget(bold_label(self.tr("New event:")))
        self.new_stage = QComboBox()
        self.new_stage.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_stage.setMinimumContentsLength(16)
        for stage in STAGES:
            self.new_stage.addItem(stage_title(stage), stage)
        add_row.addWidget(self.new_stage, 1)
        self.add_button = QPushButton(self.tr("Add event with its agenda template"))
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        self.event_box.activated.connect(self._choose_event)
        self.title.committed.connect(lambda t: self._edit("title", t))
        self.venue.committed.connect(lambda t: self._edit("venue", t))
        self.start_date.editingFinished.connect(
            lambda: self._edit("start_date", self.start_date.date().toString(Qt.DateFormat.ISODate)))
        self.days.editingFinished.connect(lambda: self._edit("days", self.days.value()))
        self.facilitators.committed.connect(lambda t: self._edit("facilitators", text_lines(t)))
        for name in ("facilitator_institution", "agreement_number"):
            getattr(self, name).committed.connect(lambda t, name=name: self._edit(name, t))
        for name in ("legal_basis", "conclusions", "recommendations"):
            getattr(self, name).committed.connect(lambda t, name=name: self._edit(name, t))
        self.speakers.committed.connect(
            lambda t: self._edit("speakers", speakers_from_text(t)))
        self.add_button.clicked.connect(self._add_event)

    def load(self) -> None:
        """Show the events and the fields of the current one."""
        ws = self.controller.ws
        if ws is None:
            return
        events = plan_service.list_events(ws)
        current = plan_service.current_event(ws)
        self.event_box.blockSignals(True)
        self.event_box.clear()
        for event in events:
            self.event_box.addItem(event_label(event), event.id)
        if current:
            self.event_box.setCurrentIndex(self.event_box.findData(current.id))
        self.event_box.blockSignals(False)
        if getattr(self, "_offered_for", False) != (key := current.id if current else None):
            self._offered_for = key  # "New event" offers the bimtek after the current one
            self.new_stage.setCurrentIndex(max(0, self.new_stage.findData(
                next_stage(current.stage if current else None))))
        enabled = current is not None
        for widget in (self.title, self.venue, self.start_date, self.days, self.facilitators,
                       *self._report_fields()):
            widget.setEnabled(enabled)
        if current is None:
            return
        self.title.set_value(current.title)
        self.venue.set_value(current.venue)
        if not self.start_date.hasFocus():
            date = QDate.fromString(current.start_date, Qt.DateFormat.ISODate)
            self.start_date.setDate(date if date.isValid() else QDate.currentDate())
        if not self.days.hasFocus():
            self.days.setValue(current.days)
        self.facilitators.set_value("\n".join(current.facilitators))
        for name in ("facilitator_institution", "agreement_number", "legal_basis",
                     "conclusions", "recommendations"):
            getattr(self, name).set_value(getattr(current, name))
        self.speakers.set_value(speakers_text(current.speakers))
        self.followups.load(current.id)

    def _report_fields(self) -> tuple:
        return (self.facilitator_institution, self.speakers, self.legal_basis,
                self.agreement_number, self.conclusions, self.recommendations)

    def _choose_event(self, _index: int) -> None:
        ws = self.controller.ws
        event_id = self.event_box.currentData()
        if ws is None or not event_id:
            return
        old = ws.setting("current_event_id")
        self.controller.run(self.tr("Choose the event"),
                            lambda: ws.set_setting("current_event_id", event_id),
                            lambda _c: ws.set_setting("current_event_id", old))
        self.load()

    def _edit(self, field: str, value: object) -> None:
        ws = self.controller.ws
        event = plan_service.current_event(ws) if ws else None
        if event is None:
            return
        old = getattr(event, field)
        if old == value:
            return
        result = self.controller.run(
            self.tr("Edit event"), lambda: plan_service.update_event(ws, event.id, **{field: value}),
            lambda _c: plan_service.update_event(ws, event.id, **{field: old}))
        if result is None:
            for widget in (self.title, self.venue, self.facilitators, *self._report_fields()):
                widget.revert()
            self.load()

    def _add_event(self) -> None:
        ws = self.controller.ws
        if ws is None:
            return
        stage = self.new_stage.currentData()
        last = plan_service.current_event(ws)  # the next bimtek keeps venue and team
        carried = {k: getattr(last, k) for k in ("venue", "facilitators", "days")} if last else {}
        start = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        event_id = new_id()
        done_once: list[bool] = []

        def do():
            # The event (with its agenda template) becomes the event being run; a redo brings
            # back the same event rather than making another.
            if done_once:
                return plan_service.restore_event(ws, event_id)
            done_once.append(True)
            return plan_service.start_event(ws, stage, start_date=start, event_id=event_id,
                                            **carried)

        self.controller.run(self.tr("Add event"), do,
                            lambda _c: plan_service.delete_event(ws, event_id))
        self.load()
