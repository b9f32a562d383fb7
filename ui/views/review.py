"""The Review view (Tinjauan, Bimtek IV): every chapter of the master plan and every program
with its status (draft, discussed, agreed) and its comments (tanggapan); the facilitator sets
the status, answers and resolves comments, and adds one for a table (proxy). Every edit is
undoable. A summary line counts chapters and programs agreed and comments open
(``review.summary``); a green line says when every chapter is agreed and no comment is open
(the master plan then prints as the final draft)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.model import new_id
from smartbimtek.services import groups as groups_service
from smartbimtek.services import review

from ..widgets.common import plain_label, plain_tooltip
from ..widgets.flow_layout import FlowLayout
from .board_base import BoardView
from .projector_review import (
    STATUS_COLOURS,
    comment_line,
    final_draft_text,
    group_names,
    status_text,
)


class ReviewView(BoardView):
    """The review table (left) and the selected subject's comments (right)."""

    ENTITIES = frozenset({"chapter", "program", "comment", "group"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.items: list = []
        self.comments: list = []
        layout = QVBoxLayout(self)
        self.banner = plain_label(final_draft_text())
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #1b5e20; color: white; "
                                  "font-weight: bold; padding: 4px; }")
        self.banner.hide()
        layout.addWidget(self.banner)
        self.summary_label = plain_label("")
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("reviewSummary")
        layout.addWidget(self.summary_label)
        tools = FlowLayout()
        self.status_buttons = {}
        for status in ("draft", "discussed", "agreed"):
            button = QPushButton(status_text(status))
            button.clicked.connect(lambda _c=False, s=status: self.set_status(s))
            self.status_buttons[status] = button
            tools.addWidget(button)
        self.show_button = QPushButton(self.tr("Show on projector"))
        self.show_button.clicked.connect(self.show_on_projector)
        tools.addWidget(self.show_button)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Chapter or program"), self.tr("Status"),
                                              self.tr("Open / all")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # short values: as wide as the title or the widest value
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._load_comments)
        split.addWidget(self.table)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(plain_label(self.tr("Comments (tanggapan)")))
        self.comment_list = QListWidget()
        self.comment_list.setWordWrap(True)
        self.comment_list.itemSelectionChanged.connect(self._comment_chosen)
        side_layout.addWidget(self.comment_list, 1)
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText(self.tr("Answer of the facilitator"))
        side_layout.addWidget(self.answer_edit)
        answer_row = FlowLayout()
        self.answer_button = QPushButton(self.tr("Save answer"))
        self.answer_button.clicked.connect(lambda: self.answer())
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.clicked.connect(lambda: self.toggle_resolved())
        answer_row.addWidget(self.answer_button)
        answer_row.addWidget(self.resolve_button)
        side_layout.addLayout(answer_row)
        proxy = QHBoxLayout()
        self.group_combo = QComboBox()
        self.new_comment = QLineEdit()
        self.new_comment.setPlaceholderText(self.tr("Comment for a table"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(lambda: self.add_comment())
        proxy.addWidget(self.group_combo)
        proxy.addWidget(self.new_comment, 1)
        proxy.addWidget(self.add_button)
        side_layout.addLayout(proxy)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self._update_buttons()

    # -- reading ------------------------------------------------------------------------
    def summary_text(self, summary: review.ReviewSummary) -> str:
        """The summary line: chapters and programs agreed, comments still open."""
        return self.tr("Chapters agreed: {chapters_agreed}/{chapters} · Programs agreed: "
                       "{programs_agreed}/{programs} · Open comments: {open}").format(
            chapters_agreed=summary.chapters_agreed, chapters=summary.chapters,
            programs_agreed=summary.programs_agreed, programs=summary.programs,
            open=summary.open_comments)

    def reload(self) -> None:
        """Re-read the review board, keeping the selected row."""
        chosen = self.selected_subject()
        self.items = review.board(self.ws) if self.ws is not None else []
        summary = review.summary(self.ws) if self.ws is not None else None
        self.banner.setVisible(summary is not None and summary.final_draft)
        self.summary_label.setText(self.summary_text(summary) if summary else "")
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            title = QTableWidgetItem(item.title)
            title.setToolTip(plain_tooltip(item.title))
            status = QTableWidgetItem(status_text(item.status))
            status.setForeground(QBrush(STATUS_COLOURS.get(item.status)))
            font = status.font()
            font.setBold(True)
            status.setFont(font)
            count = QTableWidgetItem(f"{item.open_comments} / {item.comments}")
            for column, cell in enumerate((title, status, count)):
                self.table.setItem(row, column, cell)
            if (item.subject_kind, item.subject_id) == chosen:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(1)
        chosen_group = self.group_combo.currentData()  # kept for the table's next comment
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("(no group)"), None)
        if self.ws is not None:
            for group in groups_service.list_groups(self.ws):
                self.group_combo.addItem(group.name, group.id)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(chosen_group)))
        self._load_comments()

    def selected_subject(self) -> tuple[str, str] | None:
        """``(kind, id)`` of the selected chapter or program."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        if not rows or rows[0].row() >= len(self.items):
            return None
        item = self.items[rows[0].row()]
        return item.subject_kind, item.subject_id

    def select_subject(self, kind: str, subject_id: str) -> None:
        """Select a chapter or program row."""
        for row, item in enumerate(self.items):
            if (item.subject_kind, item.subject_id) == (kind, subject_id):
                self.table.selectRow(row)
                return

    def _load_comments(self) -> None:
        subject = self.selected_subject()
        chosen = self.selected_comment()
        self.comments = review.list_comments(self.ws, *subject) if subject and self.ws \
            else []
        names = group_names(self.ws, self.comments) if self.ws is not None else {}
        self.comment_list.blockSignals(True)
        self.comment_list.clear()
        for comment in self.comments:
            mark = "✔ " if comment.resolved else "○ "
            text = f"{mark}{comment_line(comment, names)}\n{comment.created_at[:16].replace('T', ' ')}"
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, comment.id)
            self.comment_list.addItem(entry)
            if chosen is not None and comment.id == chosen.id:
                entry.setSelected(True)
        self.comment_list.blockSignals(False)
        self._comment_chosen()

    def selected_comment(self):
        """The selected comment (or None)."""
        rows = [self.comment_list.row(i) for i in self.comment_list.selectedItems()]
        return self.comments[rows[0]] if rows and rows[0] < len(self.comments) else None

    def _comment_chosen(self) -> None:
        comment = self.selected_comment()
        self.answer_edit.setText(comment.answer if comment else "")
        self.resolve_button.setText(self.tr("Open again") if comment and comment.resolved
                                    else self.tr("Resolve"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        subject = self.selected_subject() is not None
        for button in self.status_buttons.values():
            button.setEnabled(subject)
        self.add_button.setEnabled(subject)
        comment = self.selected_comment() is not None
        self.answer_button.setEnabled(comment)
        self.resolve_button.setEnabled(comment)

    # -- edits ----------------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        """Set the selected chapter's or program's status (undoable)."""
        subject = self.selected_subject()
        if subject is None or self.ws is None:
            return
        ws = self.ws
        self.run_edit(self.tr("Review status"),
                      lambda: review.set_status(ws, *subject, status),
                      lambda cmd: review.set_status(ws, *subject, cmd.result))

    def answer(self, text: str | None = None) -> None:
        """Save the facilitator's answer to the selected comment (undoable)."""
        comment = self.selected_comment()
        if comment is None:
            return
        ws, old = self.ws, comment.answer
        value = self.answer_edit.text() if text is None else text
        self.run_edit(self.tr("Answer a comment"),
                      lambda: review.answer_comment(ws, comment.id, value),
                      lambda _cmd: review.answer_comment(ws, comment.id, old))

    def toggle_resolved(self) -> None:
        """Resolve the selected comment, or open it again (undoable)."""
        comment = self.selected_comment()
        if comment is None:
            return
        ws, old = self.ws, comment.resolved
        self.run_edit(self.tr("Resolve a comment"),
                      lambda: review.resolve_comment(ws, comment.id, not old),
                      lambda _cmd: review.resolve_comment(ws, comment.id, old))

    def add_comment(self, text: str | None = None) -> None:
        """Add a comment on the selected subject for the chosen table (proxy; undoable)."""
        subject = self.selected_subject()
        if subject is None or self.ws is None:
            return
        ws, comment_id, made = self.ws, new_id(), []
        value = self.new_comment.text() if text is None else text
        group_id = self.group_combo.currentData()
        name = self.group_combo.currentText() if group_id else ""

        def do():
            if made:  # redo after undo: the same comment comes back
                return review.restore_comment(ws, comment_id)
            comment = review.add_comment(ws, *subject, value, group_id=group_id, author=name,
                                         comment_id=comment_id)
            made.append(comment.id)
            return comment

        result = self.run_edit(self.tr("Add a comment"), do,
                               lambda _cmd: review.delete_comment(ws, comment_id))
        if result is not None:
            self.new_comment.clear()

    def show_on_projector(self) -> None:
        """Show the review board (focused on the selected subject) on the projector."""
        subject = self.selected_subject()
        self.controller.show_on_projector("review", ":".join(subject) if subject else None)
