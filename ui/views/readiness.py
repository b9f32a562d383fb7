"""Readiness (kesiapan daerah): the component x dimension grid rated baik / sedang / buruk
(colour coded), with notes per cell. Each change is one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek import reference
from smartbimtek.model import READINESS_RATINGS, ReadinessRating
from smartbimtek.services import swot

from ..widgets.common import plain_label, plain_tooltip, reserve_lines
from .board_base import BoardView, ref_label

RATING_COLORS = {"baik": "#81c784", "sedang": "#fff176", "buruk": "#e57373"}


class CellDelegate(QStyledItemDelegate):
    """Keeps the rating colour on the selected cell and marks it with a thick frame."""

    def paint(self, painter, option, index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        option.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, option, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor("#0d47a1"), 4))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
            painter.restore()


def rating_label(rating: str | None) -> str:
    """Good / Fair / Poor (Baik / Sedang / Buruk); "not rated" for None."""
    return {"baik": QCoreApplication.translate("ReadinessView", "Good"), "sedang": QCoreApplication.translate("ReadinessView", "Fair"),
            "buruk": QCoreApplication.translate("ReadinessView", "Poor")}.get(rating or "",
                                                      QCoreApplication.translate("ReadinessView", "Not rated"))


class ReadinessView(BoardView):
    """Rows: readiness components; columns: dimensions. Select a cell, rate it with the
    buttons (or keys 1/2/3, 0 clears) and write notes below."""

    ENTITIES = frozenset({"readiness"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.components = reference.components()
        self.dimensions = reference.dimensions()
        self.ratings: dict[tuple[str, str], ReadinessRating] = {}
        self.table = QTableWidget(len(self.components), len(self.dimensions), self)
        self.table.setVerticalHeaderLabels([ref_label(c) for c in self.components])
        self.table.setHorizontalHeaderLabels([ref_label(d).replace("Smart ", "Smart\n")
                                              for d in self.dimensions])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.currentCellChanged.connect(lambda *_a: self._show_cell())
        self.table.installEventFilter(self)
        for row, comp in enumerate(self.components):
            header = self.table.verticalHeaderItem(row)
            header.setToolTip(plain_tooltip(ref_label(comp, "description")))
        self.cell_title = plain_label("", self)
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.cell_title.setFont(bold)
        self.description = plain_label("", self)
        self.description.setWordWrap(True)
        self.description.setStyleSheet("QLabel { color: #37474f; }")
        self.rating_buttons: dict[str | None, QPushButton] = {}
        group = QButtonGroup(self)
        buttons = QHBoxLayout()
        for n, rating in enumerate((*READINESS_RATINGS, None), start=1):
            key = str(n % 4)
            button = QPushButton(f"{rating_label(rating)} [{key}]", self)
            button.setCheckable(True)
            if rating:
                button.setStyleSheet(f"QPushButton:checked {{ background: {RATING_COLORS[rating]};"
                                     " font-weight: bold; border: 2px solid #333; }")
            button.clicked.connect(lambda _c=False, r=rating: self.rate_current(r))
            group.addButton(button)
            buttons.addWidget(button)
            self.rating_buttons[rating] = button
        buttons.addStretch(1)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Notes on this cell: evidence, gaps, sources…"))
        self.notes.setTabChangesFocus(True)
        self.save_notes = QPushButton(self.tr("Save notes"), self)
        self.save_notes.clicked.connect(self.save_current_notes)
        box = QGroupBox(self.tr("Selected cell"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.cell_title)
        box_layout.addWidget(self.description)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.notes, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_notes)
        box_layout.addLayout(save_row)
        intro = QLabel(self.tr("Rate how ready each readiness component is in each dimension. "
                               "Struktur, infrastruktur and suprastruktur are the focus of "
                               "the master plan."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 3)
        layout.addWidget(reserve_lines(self.message))
        layout.addWidget(box, 2)
        self.table.setCurrentCell(0, 0)

    def reload(self) -> None:
        """Re-read the ratings."""
        self.ratings = {}
        if self.ws is not None:
            self.ratings = {(r.component, r.dimension): r for r in swot.list_readiness(self.ws)}
        for row, comp in enumerate(self.components):
            for col, dim in enumerate(self.dimensions):
                rating = self.ratings.get((comp["id"], dim["id"]))
                value = rating.rating if rating else None
                text = rating_label(value) if value else "–"
                if rating and rating.notes:
                    text += " ✎"
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if value:
                    cell.setBackground(QBrush(QColor(RATING_COLORS[value])))
                if rating and rating.notes:
                    cell.setToolTip(plain_tooltip(rating.notes))
                self.table.setItem(row, col, cell)
        self._show_cell()

    def current_key(self) -> tuple[str, str] | None:
        """(component, dimension) of the selected cell."""
        row, col = self.table.currentRow(), self.table.currentColumn()
        if row < 0 or col < 0:
            return None
        return self.components[row]["id"], self.dimensions[col]["id"]

    def _show_cell(self) -> None:
        key = self.current_key()
        if key is None:
            return
        row, col = self.table.currentRow(), self.table.currentColumn()
        self.cell_title.setText(f"{ref_label(self.components[row])} × "
                                f"{ref_label(self.dimensions[col])}")
        self.description.setText(ref_label(self.components[row], "description"))
        rating = self.ratings.get(key)
        self.rating_buttons[rating.rating if rating else None].setChecked(True)
        self.notes.setPlainText(rating.notes if rating else "")

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Keys 1/2/3 rate the selected cell, 0 clears it."""
        if obj is self.table and event.type() == event.Type.KeyPress and \
                event.text() in ("1", "2", "3", "0"):
            self.rate_current((*READINESS_RATINGS, None)[(int(event.text()) - 1) % 4])
            return True
        return super().eventFilter(obj, event)

    # -- edits ----------------------------------------------------------------------------
    def set_rating(self, component: str, dimension: str, rating: str | None,
                   notes: str | None = None):
        """Rate a cell (and/or change its notes); undo restores the old rating and notes."""
        ws = self.ws
        old = self.ratings.get((component, dimension))
        old_rating, old_notes = (old.rating, old.notes) if old else (None, "")
        new_notes = old_notes if notes is None else notes
        if (old_rating, old_notes) == (rating, new_notes):
            return old
        return self.run_edit(
            self.tr("Rate readiness"),
            lambda: swot.set_readiness(ws, component, dimension, rating, new_notes),
            lambda _cmd: swot.set_readiness(ws, component, dimension, old_rating, old_notes))

    def rate_current(self, rating: str | None) -> None:
        """Rate the selected cell."""
        key = self.current_key()
        if key is not None and self.ws is not None:
            self.set_rating(*key, rating)
            self.reload_now()

    def save_current_notes(self) -> None:
        """Store the notes of the selected cell."""
        key = self.current_key()
        if key is None or self.ws is None:
            return
        old = self.ratings.get(key)
        if self.set_rating(*key, old.rating if old else None, self.notes.toPlainText()):
            self.message.show_info(self.tr("Notes saved."))
