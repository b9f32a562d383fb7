"""Rencana > Dokumen (the formal parts of the documents): the kata pengantar of the regional
head and of the head of the Tim Pelaksana, the tim penyusun, the lembar pengesahan, the
capital town the documents are dated at, the footer option, the commitment sheet before
Bimtek IV, the readiness components in use, and the narrative chapters (also in the Workshop
view)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smartbimtek import reference
from smartbimtek.services import formal, institutions
from smartbimtek.services import plan as plan_service

from ..labels import narrative_label
from ..widgets.common import CommitLineEdit, CommitTextEdit, plain_label
from ..widgets.record_table import RecordTable
from .board_base import ref_label
from .plan_base import PlanPage
from .plan_institutions import member_columns

_LINES = ("head_name", "head_title", "team_head_name", "team_head_title", "capital_town")
_TEXTS = ("foreword", "team_foreword")
_FLAGS = ("approval_sheet", "footer_programme")


class DocumentTab(PlanPage):
    """A form of the formal fields and the tim penyusun table, in a scroll area."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        content = QWidget()
        self.lines: dict[str, CommitLineEdit] = {}
        self.texts: dict[str, CommitTextEdit] = {}
        self.flags: dict[str, QCheckBox] = {}
        labels = {
            "head_name": QCoreApplication.translate("PlanView", "Name of the regional head"),
            "head_title": QCoreApplication.translate("PlanView", "Title of the regional head"),
            "foreword": QCoreApplication.translate(
                "PlanView", "Kata pengantar of the regional head"
            ),
            "team_head_name": QCoreApplication.translate("PlanView", "Head of the Tim Pelaksana"),
            "team_head_title": QCoreApplication.translate(
                "PlanView", "Title of the head of the Tim Pelaksana"
            ),
            "team_foreword": QCoreApplication.translate(
                "PlanView", "Kata pengantar of the head of the Tim Pelaksana"
            ),
            "capital_town": QCoreApplication.translate(
                "PlanView", "Capital town (documents are dated there)"
            ),
        }
        head = QGroupBox(QCoreApplication.translate("PlanView", "Kata pengantar"), content)
        head_form = QFormLayout(head)
        for name in (
            "head_name",
            "head_title",
            "foreword",
            "team_head_name",
            "team_head_title",
            "team_foreword",
        ):
            head_form.addRow(plain_label(labels[name], head), self._field(name, head))
        head_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        options = QGroupBox(QCoreApplication.translate("PlanView", "Options"), content)
        options_layout = QFormLayout(options)
        options_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        options_layout.addRow(
            plain_label(labels["capital_town"], options), self._field("capital_town", options)
        )
        flag_texts = {
            "approval_sheet": QCoreApplication.translate("PlanView", "Print a lembar pengesahan"),
            "footer_programme": QCoreApplication.translate(
                "PlanView", "Name the programme in the page footer"
            ),
        }
        for name, text in flag_texts.items():
            box = QCheckBox(text, options)
            box.clicked.connect(lambda on, f=name: self.set_formal(f, bool(on)))
            self.flags[name] = box
            options_layout.addRow(box)
        self.commitment = QCheckBox(
            QCoreApplication.translate("PlanView", "Print the commitment sheet before Bimtek IV"),
            options,
        )
        self.commitment.setToolTip(
            QCoreApplication.translate(
                "PlanView", "From Bimtek IV on the master plan always carries the komitmen bersama."
            )
        )
        self.commitment.clicked.connect(self.set_commitment)
        options_layout.addRow(self.commitment)
        comp_row = QHBoxLayout()
        self.components: dict[str, QCheckBox] = {}
        for comp in reference.components():
            box = QCheckBox(ref_label(comp), options)
            box.clicked.connect(lambda _on: self.set_components())
            self.components[comp["id"]] = box
            comp_row.addWidget(box)
        comp_row.addStretch(1)
        options_layout.addRow(
            plain_label(
                QCoreApplication.translate("PlanView", "Readiness components in use"), options
            )
        )
        options_layout.addRow(comp_row)
        chapters = QGroupBox(QCoreApplication.translate("PlanView", "Narrative chapters"), content)
        chapters_layout = QVBoxLayout(chapters)
        self.chapter = QComboBox(chapters)
        for key in plan_service.NARRATIVE_KEYS:
            self.chapter.addItem(narrative_label(key), key)
        self.chapter.currentIndexChanged.connect(lambda _i: self.reload_now())
        self.chapter_text = CommitTextEdit(chapters)
        lines = self.chapter_text.fontMetrics().lineSpacing()
        self.chapter_text.setMinimumHeight(lines * 5 + 12)
        self.chapter_text.setMaximumHeight(lines * 10 + 12)
        self.chapter_text.committed.connect(self.set_chapter)
        chapters_layout.addWidget(self.chapter)
        chapters_layout.addWidget(self.chapter_text)
        team = QGroupBox(QCoreApplication.translate("PlanView", "Tim penyusun"), content)
        team_layout = QVBoxLayout(team)
        self.team = RecordTable(
            member_columns(),
            QCoreApplication.translate("PlanView", "Add member"),
            QCoreApplication.translate("PlanView", "Delete"),
            team,
        )
        self.team.setMinimumHeight(180)
        self.team.edited.connect(
            lambda i, f, v: self.edit_field(
                QCoreApplication.translate("PlanView", "Edit tim penyusun"),
                institutions.get_member,
                institutions.update_member,
                i,
                f,
                v,
            )
        )
        self.team.add_clicked.connect(self.add_member)
        self.team.delete_clicked.connect(
            lambda ids: self.delete_records(
                QCoreApplication.translate("PlanView", "Delete member"),
                ids,
                institutions.delete_member,
                institutions.restore_member,
            )
        )
        team_layout.addWidget(self.team)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(head)
        content_layout.addWidget(options)
        content_layout.addWidget(chapters)
        content_layout.addWidget(team)
        content_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)

    def _field(self, name: str, parent: QWidget) -> QWidget:
        if name in _TEXTS:
            edit = CommitTextEdit(parent)
            lines = edit.fontMetrics().lineSpacing()
            edit.setMinimumHeight(lines * 4 + 12)
            edit.setMaximumHeight(lines * 8 + 12)
            self.texts[name] = edit
        else:
            edit = CommitLineEdit(parent)
            self.lines[name] = edit
        edit.committed.connect(lambda text, f=name: self.set_formal(f, text))
        return edit

    def reload(self) -> None:
        """Re-read the formal parts, the setting, the chosen chapter and the tim penyusun."""
        ws = self.ws
        if ws is None:
            return
        parts = formal.get_formal(ws)
        for name, edit in (self.lines | self.texts).items():
            edit.set_value(getattr(parts, name))
        self.lines["head_title"].setPlaceholderText(formal.head_title(ws))
        for name, box in self.flags.items():
            box.setChecked(getattr(parts, name))
        self.commitment.setChecked(formal.commitment_early(ws))
        for comp, box in self.components.items():
            box.setChecked(comp in parts.components)
        narratives = plan_service.get_plan(ws).narratives
        self.chapter_text.set_value(narratives.get(self.chapter.currentData(), ""))
        self.team.set_rows(
            [
                (
                    m.id,
                    {
                        "name": m.name,
                        "position": m.position,
                        "institution": m.institution,
                        "role": m.role,
                    },
                )
                for m in institutions.list_members(ws, "penyusun")
            ]
        )

    # -- edits ----------------------------------------------------------------------------
    def set_formal(self, name: str, value) -> None:
        """Change one formal field (undoable)."""
        ws = self.ws
        if ws is None:
            return
        old = getattr(formal.get_formal(ws), name)
        if old == value:
            return
        self.run_edit(
            QCoreApplication.translate("PlanView", "Edit formal parts"),
            lambda: formal.update_formal(ws, **{name: value}),
            lambda _c: formal.update_formal(ws, **{name: old}),
        )
        for edit in self.lines.values():
            edit.setModified(False)  # a refused value is replaced by the stored one
        self.reload_now()

    def set_components(self) -> None:
        """The readiness components in use, from the check boxes."""
        self.set_formal("components", [c for c, box in self.components.items() if box.isChecked()])

    def set_chapter(self, text: str) -> None:
        """Write the narrative of the chosen chapter (undoable)."""
        ws, key = self.ws, self.chapter.currentData()
        if ws is None:
            return
        old = dict(plan_service.get_plan(ws).narratives)
        new = old | {key: text}
        if old.get(key, "") == text:
            return
        self.run_edit(
            QCoreApplication.translate("PlanView", "Edit narrative chapter"),
            lambda: plan_service.update_plan(ws, narratives=new),
            lambda _c: plan_service.update_plan(ws, narratives=old),
        )
        self.reload_now()

    def set_commitment(self, on: bool) -> None:
        """Print the commitment sheet before Bimtek IV, or not (undoable)."""
        ws = self.ws
        old = formal.commitment_early(ws)
        if old == bool(on):
            return
        self.run_edit(
            QCoreApplication.translate("PlanView", "Commitment sheet option"),
            lambda: formal.set_commitment_early(ws, bool(on)),
            lambda _c: formal.set_commitment_early(ws, old),
        )
        self.reload_now()

    def add_member(self) -> None:
        """Add a member to the tim penyusun and type the name."""
        ws = self.ws
        member = self.add_record(
            QCoreApplication.translate("PlanView", "Add to tim penyusun"),
            lambda: institutions.add_member(
                ws, "penyusun", QCoreApplication.translate("PlanView", "New member")
            ),
            institutions.delete_member,
            institutions.restore_member,
        )
        if member is not None:
            self.team.edit_cell(member.id, "name")
