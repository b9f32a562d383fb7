"""The issue-10 exercises of table entry mode (a laptop at a breakout table, locked to one
OPD and its group): vision keywords (Bimtek I) and review comments, *tanggapan* (Bimtek IV),
with the facilitator's answers. The same services as the phones, with ``source="table"``."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.services import keywords, review

from .widgets.common import plain_label

#: The table window's least text height (table_mode.SMALL_AREA; not imported: table_mode
#: imports this module).
_SMALL_AREA = 48


def _status_label(status: str) -> str:
    return {"draft": QCoreApplication.translate("TableExercises", "Draft"), "discussed": QCoreApplication.translate("TableExercises", "Discussed"),
            "agreed": QCoreApplication.translate("TableExercises", "Agreed")}.get(status, status)


class TableExercises:
    """Builds the keyword and review tabs of a ``TableModeWindow`` and keeps them loaded."""

    def __init__(self, window) -> None:
        # A proxy: no reference cycle keeps the window's wrapper alive after Qt deleted it.
        self.window = weakref.proxy(window)

    # -- helpers ----------------------------------------------------------------------------
    def group_id(self) -> str | None:
        """The table's group: the chosen group, else its OPD's group at the bimtek, if any."""
        return self.window.table_group.group_id()

    # -- keywords ---------------------------------------------------------------------------
    def keyword_tab(self) -> QWidget:
        """Type a keyword or short phrase, send it; the table's own keywords below."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.keyword_input = QLineEdit()
        self.keyword_input.setMaxLength(keywords.MAX_KEYWORD)
        self.keyword_input.setMinimumHeight(_SMALL_AREA)
        self.keyword_input.setPlaceholderText(QCoreApplication.translate("TableExercises", "A keyword or short phrase for the vision"))
        self.keyword_add = self.window._big_button(QCoreApplication.translate("TableExercises", "Send keyword"))
        row.addWidget(self.keyword_input, 3)
        row.addWidget(self.keyword_add, 1)
        layout.addLayout(row)
        layout.addWidget(plain_label(QCoreApplication.translate("TableExercises", "Your table's keywords")))
        self.keyword_list = QListWidget()
        self.keyword_list.setWordWrap(True)
        self.keyword_list.setMinimumHeight(_SMALL_AREA)
        layout.addWidget(self.keyword_list, 1)
        self.keyword_add.clicked.connect(self.add_keyword)
        self.keyword_input.returnPressed.connect(self.add_keyword)
        return tab

    def add_keyword(self) -> None:
        """Send the typed keyword for this table (its OPD and group)."""
        window = self.window
        entry = window._call(keywords.add_keyword, window.controller.ws,
                             self.keyword_input.text(), group_id=self.group_id(),
                             opd_id=window.opd.id, source="table", actor=window.actor)
        if entry is not None:
            self.keyword_input.clear()
            window._show(window.tr("Saved."), error=False)
            self.keyword_input.setFocus()
            self.load()

    # -- review -----------------------------------------------------------------------------
    def review_tab(self) -> QWidget:
        """Choose a chapter or program (with its status), write a comment, send it; the
        table's comments and the facilitator's answers below. The choice's data is
        ``"<kind>:<id>"``."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.review_subject = QComboBox()
        self.review_subject.setMinimumHeight(44)
        layout.addWidget(self.review_subject)
        self.review_text = QPlainTextEdit()
        self.review_text.setPlaceholderText(QCoreApplication.translate("TableExercises", "Your table's comment (tanggapan)"))
        self.review_text.setMaximumHeight(130)
        self.review_text.setMinimumHeight(_SMALL_AREA)
        self.review_text.setTabChangesFocus(True)
        layout.addWidget(self.review_text)
        self.review_add = self.window._big_button(QCoreApplication.translate("TableExercises", "Send comment"))
        layout.addWidget(self.review_add)
        self.review_list = QListWidget()
        self.review_list.setWordWrap(True)
        self.review_list.setMinimumHeight(_SMALL_AREA)
        layout.addWidget(self.review_list, 1)
        self.review_add.clicked.connect(self.add_comment)
        return tab

    def add_comment(self) -> None:
        """Send the typed comment on the chosen chapter or program."""
        window = self.window
        subject = self.review_subject.currentData()
        if not subject:
            return
        kind, _, subject_id = subject.partition(":")
        comment = window._call(review.add_comment, window.controller.ws, kind,
                               subject_id, self.review_text.toPlainText(),
                               group_id=self.group_id(), author=window.opd.code,
                               source="table", actor=window.actor)
        if comment is not None:
            self.review_text.clear()
            window._show(window.tr("Saved."), error=False)
            self.load()

    def _own_comment(self, comment, group_id: str | None) -> bool:
        if group_id is not None:
            return comment.group_id == group_id
        return comment.source == "table" and comment.author == self.window.opd.code

    # -- loading ----------------------------------------------------------------------------
    def load(self) -> None:
        """Reload the table's keywords, the review subjects and the table's comments."""
        ws = self.window.controller.ws
        if ws is None:
            return
        group_id = self.group_id()
        event = ws.setting("current_event_id")
        self.keyword_list.clear()
        for entry in keywords.list_keywords(ws, event):
            if (entry.group_id == group_id) if group_id else entry.opd_id == self.window.opd.id:
                self.keyword_list.addItem(entry.text)
        chosen = self.review_subject.currentData()
        self.review_subject.clear()
        titles = {}
        for item in review.board(ws):
            prefix = QCoreApplication.translate("TableExercises", "Chapter") if item.subject_kind == "chapter" \
                else QCoreApplication.translate("TableExercises", "Program")
            text = f"{prefix}: {item.title} ({_status_label(item.status)})"
            titles[(item.subject_kind, item.subject_id)] = item.title
            self.review_subject.addItem(text, f"{item.subject_kind}:{item.subject_id}")
        if chosen is not None:
            index = self.review_subject.findData(chosen)
            if index >= 0:
                self.review_subject.setCurrentIndex(index)
        self.review_list.clear()
        for comment in review.list_comments(ws):
            if not self._own_comment(comment, group_id):
                continue
            title = titles.get((comment.subject_kind, comment.subject_id), comment.subject_id)
            answer = (QCoreApplication.translate("TableExercises", "Answer: {text}").format(text=comment.answer)
                      if comment.answer else QCoreApplication.translate("TableExercises", "Not answered yet"))
            self.review_list.addItem(QListWidgetItem(f"{title}: {comment.text}\n{answer}"))
