"""The road map console view (Bimtek III, "Peta jalan"): every program as a bar over the
plan's years, per dimension. Drag a bar to move it, drag an end to stretch it (one undoable
``roadmap.move`` per drag, committed on release, carrying the program's budget lines and
targets; undo is ``roadmap.restore``); the keyboard does the same (select a bar
with Up/Down, Left/Right move it, Shift+Left/Right stretch it). Years over the region's
budget ceiling are marked red with their total, bars of an OPD owning too many programs in a
year are outlined; the ceiling and the most programs per OPD are set above the board
(``roadmap.set_limits``, undoable). The board scrolls vertically only."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartbimtek import reference
from smartbimtek.services import roadmap

from ..widgets.text_layout import TextRecorder
from .board_base import BoardView, dimension_label
from .roadmap_geometry import RoadmapData, dragged, hit_part, keyed, load_roadmap
from .roadmap_paint import head_height, legend_texts, paint_roadmap, row_height, rows_of

BILLION = 1e9


class RoadmapCanvas(TextRecorder, QWidget):
    """The painted, interactive road map. ``moved(program_id, start, end)`` is emitted once
    per drag (on release) or key press that changes a bar's years."""

    moved = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = RoadmapData()
        self.selected: str | None = None
        self.layout_record = None
        self._drag: tuple[str, str, float, int, int] | None = None  # id, part, x, start, end
        self._preview: dict[str, tuple[int, int]] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Road map"))

    def set_data(self, data: RoadmapData) -> None:
        """Show ``data`` (keeps the selection when its bar is still there)."""
        self.data = data
        ids = [b.program_id for b in data.bars]
        if self.selected not in ids:
            self.selected = None
        self._preview = {}
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font, bold, small

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        font, _bold, small = self._fonts()
        height = head_height(self.data, font, small) + row_height(font) * \
            (len(rows_of(self.data)) + 1)
        return QSize(600, int(height) + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.begin_layout()
        painter = QPainter(self)
        painter.fillRect(event.rect(), Qt.GlobalColor.white)
        font, bold, small = self._fonts()
        self.layout_record = paint_roadmap(
            self, painter, QRectF(4, 4, self.width() - 8, self.height() - 8), self.data, font,
            bold, small, selected=self.selected, preview=self._preview,
            clip=QRectF(event.rect()))
        painter.end()

    # -- mouse ----------------------------------------------------------------------------
    def _bar(self, program_id: str):
        return next((b for b in self.data.bars if b.program_id == program_id), None)

    def bar_at(self, pos) -> tuple[str, str] | None:
        """(program id, part) of the bar under ``pos`` (part: move, start or end)."""
        record = self.layout_record
        if record is None:
            return None
        for program_id, box in record.bar_rects.items():
            if box.top() <= pos.y() <= box.bottom():
                part = hit_part(pos.x(), box.left(), box.right())
                if part:
                    return program_id, part
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        hit = self.bar_at(event.position())
        if hit is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        bar = self._bar(hit[0])
        self.selected = bar.program_id
        self._drag = (bar.program_id, hit[1], event.position().x(), bar.start_year,
                      bar.end_year or bar.start_year)
        self.setFocus()
        self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        axis = self.layout_record.axis if self.layout_record else None
        if self._drag is None or axis is None:
            hit = self.bar_at(event.position())
            shape = {"move": Qt.CursorShape.SizeAllCursor, "start": Qt.CursorShape.SizeHorCursor,
                     "end": Qt.CursorShape.SizeHorCursor}.get(hit[1] if hit else "")
            if shape is None:
                self.unsetCursor()
            else:
                self.setCursor(shape)
            return
        program_id, part, x0, start, end = self._drag
        delta = axis.year_at(event.position().x()) - axis.year_at(x0)
        self._preview = {program_id: dragged(part, start, end, delta, axis.first, axis.last)}
        self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._drag is None:
            super().mouseReleaseEvent(event)
            return
        self.mouseMoveEvent(event)
        program_id, _part, _x0, start, end = self._drag
        years = self._preview.get(program_id, (start, end))
        self._drag = None
        if years != (start, end):
            self.moved.emit(program_id, *years)
        else:
            self._preview = {}
            self.update()

    # -- keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key = event.key()
        placed = [b for b in self.data.bars if b.start_year is not None]
        axis = self.layout_record.axis if self.layout_record else None
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and placed:
            ids = [b.program_id for b in placed]
            index = ids.index(self.selected) if self.selected in ids else -1
            index = index + (1 if key == Qt.Key.Key_Down else -1)
            self.selected = ids[max(0, min(len(ids) - 1, index))]
            self.update()
            return
        bar = self._bar(self.selected) if self.selected else None
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and bar and axis:
            step = 1 if key == Qt.Key.Key_Right else -1
            stretch = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            old = (bar.start_year, bar.end_year or bar.start_year)
            new = keyed(*old, step, stretch, axis.first, axis.last)
            if new != old:
                self.moved.emit(bar.program_id, *new)
            return
        super().keyPressEvent(event)


class RoadmapView(BoardView):
    """The road map with its limits (ceiling per year, programs per OPD per year) and legend."""

    ENTITIES = frozenset({"program", "program_budget", "opd", "setting", "plan"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.canvas = RoadmapCanvas(self)
        self.canvas.moved.connect(self.move_bar)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.ceiling = QDoubleSpinBox(self)
        self.ceiling.setRange(0, 1_000_000)
        self.ceiling.setDecimals(1)
        self.ceiling.setSpecialValueText(self.tr("none"))
        self.ceiling.setSuffix(self.tr(" billion"))
        self.ceiling.setToolTip(self.tr("The region's budget ceiling per year (0: no check)"))
        self.opd_limit = QSpinBox(self)
        self.opd_limit.setRange(1, 100)
        self.opd_limit.setToolTip(self.tr("The most programs one OPD should own in a year"))
        self.apply_button = QPushButton(self.tr("Set limits"), self)
        self.apply_button.clicked.connect(self.apply_limits)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ceiling per year:"), self))
        top.addWidget(self.ceiling)
        top.addWidget(QLabel(self.tr("Programs per OPD per year:"), self))
        top.addWidget(self.opd_limit)
        top.addWidget(self.apply_button)
        top.addStretch(1)
        self.dimension = QComboBox(self)
        self.dimension.setToolTip(self.tr("Which programs the projector shows"))
        self.dimension.addItem(self.tr("All dimensions"), None)
        for dim in reference.dimension_ids():
            self.dimension.addItem(dimension_label(dim), dim)
        self.project_button = QPushButton(self.tr("Show on projector"), self)
        self.project_button.clicked.connect(
            lambda: controller.show_on_projector("roadmap", self.dimension.currentData()))
        second = QHBoxLayout()
        second.addWidget(self.dimension)
        second.addWidget(self.project_button)
        second.addStretch(1)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(self.tr("Drag a bar to move it, drag an end to stretch it. Keyboard: "
                              "Up/Down select, Left/Right move, Shift+Left/Right stretch."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(hint)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.message)

    def reload(self) -> None:
        """Re-read the bars, budgets, conflicts and limits."""
        data = load_roadmap(self.ws)
        self.canvas.set_data(data)
        self.ceiling.setValue((data.ceiling or 0) / BILLION)
        self.opd_limit.setValue(data.opd_limit)
        self.legend.setText("   ".join(("■ " if n == 0 else "□ ") + text
                                       for n, (_c, text) in enumerate(legend_texts(data))))

    def move_bar(self, program_id: str, start: int, end: int) -> None:
        """Move or stretch a bar with its budget lines and targets (undo restores the exact
        years, lines and targets it had)."""
        ws = self.ws
        if ws is None:
            return
        before = self.call_service(roadmap.bar_plan, ws, program_id)
        if before is None:
            return
        self.run_edit(self.tr("Move program on the road map"),
                      lambda: roadmap.move(self.controller.ws, program_id, start, end),
                      lambda _cmd: roadmap.restore(self.controller.ws, before))
        self.reload_now()

    def apply_limits(self) -> None:
        """Set the ceiling and the programs-per-OPD limit (undo restores both)."""
        ws = self.ws
        if ws is None:
            return
        old = (ws.setting(roadmap.CEILING_SETTING), ws.setting(roadmap.OPD_LIMIT_SETTING))
        ceiling = round(self.ceiling.value() * BILLION) or None
        limit = self.opd_limit.value()
        self.run_edit(self.tr("Set road map limits"),
                      lambda: roadmap.set_limits(self.controller.ws,
                                                 budget_ceiling_per_year=ceiling,
                                                 max_programs_per_opd_year=limit),
                      lambda _cmd: roadmap.set_limits(self.controller.ws,
                                                      budget_ceiling_per_year=old[0],
                                                      max_programs_per_opd_year=old[1]))
        self.reload_now()
