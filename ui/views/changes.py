"""The "What changed" tab of the Workshop view: programs, quick wins, SWOT items, strategies
and tujuan/sasaran added, changed (field, old and new value) and removed since the current
bimtek started, between two bimteks or between two moments (``smartbimtek.changes.report``).
Everything is shown as plain text (tree items never render markup).

"Export..." writes the report being shown to DOCX or PDF (``exports.change_report``), in the
export folder by default, under the output-target rule (``store.targets``: a workshop file or
a file in use is never replaced, another existing file only after Yes), from a snapshot on a
background thread like File > Export documents."""

from __future__ import annotations

import gc
import io
import logging
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QThread
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.changes import plain
from smartbimtek.changes import report as cr
from smartbimtek.changes.history import History, load_history
from smartbimtek.errors import ValidationError

from ..controller import Controller
from ..i18n import current_language
from ..labels import stage_title
from ..widgets.common import Coalescer, plain_label, plain_tooltip
from .board_base import MessageLabel

log = logging.getLogger(__name__)

_ENTITIES = {"program", "swot", "strategy", "objective", "event", "setting"}


class ChangeDocumentExporter:
    """The change report of one range as an exporter for ``ExportWorker``: ``export`` renders
    ``exports.change_report``'s document from the snapshot and writes it (a temp file moved
    into place)."""

    def __init__(self, rng: cr.Range) -> None:
        self.rng = rng

    def export(self, snapshot, document: str, fmt: str, path, *, event_id=None,
               progress=None) -> Path:
        """Write the change document of ``self.rng`` as ``fmt`` (docx or pdf) to ``path``."""
        from smartbimtek.exports.change_report import build_change_document
        from smartbimtek.exports.files import write_bytes

        model = build_change_document(snapshot, self.rng)
        buffer = io.BytesIO()
        if fmt == "pdf":
            from smartbimtek.exports import pdf_render

            pdf_render.render(model, buffer)
        else:
            from smartbimtek.exports import docx_render

            docx_render.render(model, buffer)
        return write_bytes(Path(path), buffer.getvalue())


class ChangesPanel(QWidget):
    """Choose two points, see what changed between them, grouped by kind."""

    MODES = ("current", "events", "moments")

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.history: History | None = None
        self.report: cr.ChangeReport | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.mode = QComboBox()
        self.mode.addItems([self.tr("Since this bimtek started"),
                            self.tr("Between two bimteks"), self.tr("Between two moments")])
        row.addWidget(self.mode)
        self.points = QStackedWidget()
        self.points.addWidget(QWidget())
        events = QWidget()
        events_row = QHBoxLayout(events)
        events_row.setContentsMargins(0, 0, 0, 0)
        self.first_event, self.last_event = QComboBox(), QComboBox()
        events_row.addWidget(self.first_event)
        events_row.addWidget(plain_label(self.tr("to")))
        events_row.addWidget(self.last_event)
        events_row.addStretch(1)
        self.points.addWidget(events)
        moments = QWidget()
        moments_row = QHBoxLayout(moments)
        moments_row.setContentsMargins(0, 0, 0, 0)
        now = QDateTime.currentDateTime()
        self.start, self.end = QDateTimeEdit(now.addDays(-7)), QDateTimeEdit(now)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        moments_row.addWidget(self.start)
        moments_row.addWidget(plain_label(self.tr("to")))
        moments_row.addWidget(self.end)
        moments_row.addStretch(1)
        self.points.addWidget(moments)
        row.addWidget(self.points, 1)
        self.export_button = QPushButton(self.tr("Export..."))
        self.export_button.setToolTip(self.tr("Write this change report to Word or PDF"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_report())
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        self.export_thread: QThread | None = None
        self.export_worker = None
        self._export_result: tuple[str, str] | None = None
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Item and field"), self.tr("Before"),
                                   self.tr("After")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        self._refresh = Coalescer(self.load, self)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        for box in (self.first_event, self.last_event):
            box.currentIndexChanged.connect(self._refresh.trigger)
        for edit in (self.start, self.end):
            edit.dateTimeChanged.connect(self._refresh.trigger)
        controller.data_changed.connect(self._on_change)
        controller.workshop_opened.connect(self._refresh.trigger)

    # -- loading -------------------------------------------------------------------------------
    def _on_change(self, change) -> None:
        if change.entity in _ENTITIES and self.isVisible():
            self._refresh.trigger()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Re-read when the tab comes into view (changes made elsewhere meanwhile)."""
        super().showEvent(event)
        self._refresh.trigger()

    def _mode_changed(self, index: int) -> None:
        self.points.setCurrentIndex(index)
        self._refresh.trigger()

    def _fill_events(self) -> None:
        events = [e for e in self.history.events if e.start_date] if self.history else []
        for box, default in ((self.first_event, 0), (self.last_event, len(events) - 1)):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            for event in events:
                box.addItem(self.tr("Bimtek {stage} ({date})").format(
                    stage=event.stage, date=event.start_date), event.id)
                box.setItemData(box.count() - 1, plain_tooltip(
                    event.title or stage_title(event.stage)), Qt.ItemDataRole.ToolTipRole)
            index = box.findData(chosen) if chosen else -1
            box.setCurrentIndex(index if index >= 0 else max(default, 0))
            box.blockSignals(False)

    def current_range(self) -> cr.Range:
        """The range chosen on the tab (``ValidationError`` when it cannot be made)."""
        mode = self.MODES[self.mode.currentIndex()]
        if mode == "current":
            return cr.since_current_event(self.history)
        if mode == "events":
            first, last = self.first_event.currentData(), self.last_event.currentData()
            if not first or not last:
                raise ValidationError("event", "no dated bimtek", code="no_dated_event")
            return cr.between_events(self.history, first, last)
        return cr.between_moments(self.start.dateTime().toPython(),
                                  self.end.dateTime().toPython())

    def load(self) -> None:
        """Read the history of the open workshop and show the chosen range."""
        self.tree.clear()
        self.report = None
        self.export_button.setEnabled(False)
        ws = self.controller.ws
        if ws is None:
            self.summary.setText("")
            return
        self.history = load_history(ws)
        self._fill_events()
        try:
            self.report = cr.build_report(self.history, self.current_range())
        except ValidationError as exc:
            self.report = None
            self.summary.setText(self._problem(exc))
            return
        self.summary.setText(self._range_text(self.report.range)
                             if self.report.changes else
                             self._range_text(self.report.range) + " "
                             + self.tr("Nothing changed in this range."))
        self.export_button.setEnabled(not self.exporting)
        self._show(self.report)

    def _problem(self, exc: ValidationError) -> str:
        if exc.code == "no_current_event":
            return self.tr("No bimtek is chosen as the current one (Workshop > Event).")
        if exc.code == "event_without_date":
            return self.tr("The bimtek has no start date yet: set it under Workshop > Event.")
        if exc.code == "no_dated_event":
            return self.tr("No bimtek has a start date yet: set it under Workshop > Event.")
        if exc.code == "range":
            return self.tr("The end is before the start.")
        return str(exc)

    def _range_text(self, rng: cr.Range) -> str:
        start = rng.start[:16].replace("T", " ") if rng.start else ""
        if rng.end is None:
            return self.tr("Changes since {start}:").format(start=start)
        return self.tr("Changes from {start} to {end}:").format(
            start=start, end=rng.end[:16].replace("T", " "))

    # -- export --------------------------------------------------------------------------------
    @property
    def exporting(self) -> bool:
        """True while a change report is being written."""
        return self.export_thread is not None

    def _settings(self):
        """The app settings of the main window this tab sits in (None outside one)."""
        return getattr(self.window(), "settings", None)

    def default_export_path(self) -> Path:
        """Where the file dialog starts: the export folder (the one last used by any export,
        else Documents/SmartBimtek/<workshop>, as File > Export documents) and a name made
        of the range and the region."""
        from smartbimtek.services import plan as plan_service

        from ..export_dialog import slug

        settings = self._settings()
        folder = settings.get("export_folder") if settings is not None else ""
        ws = self.controller.ws
        if not folder:
            import platformdirs

            folder = Path(platformdirs.user_documents_dir()) / "SmartBimtek" / (
                ws.path.stem if ws is not None else "ekspor")
        region = plan_service.get_plan(ws).region_name if ws is not None else ""
        title = plain.range_title(self.history, self.report.range) \
            if self.history is not None and self.report is not None else "perubahan"
        return Path(folder) / f"{slug(title)}-{slug(region)}.docx"

    def _ask_path(self) -> Path | None:
        default = self.default_export_path()
        try:  # so that the dialog opens in it
            default.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.info("export folder %s not created: %s", default.parent, exc)
        chosen, file_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the change report"), str(default),
            self.tr("Word (*.docx);;PDF (*.pdf)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # asked below, by the rule
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".docx", ".pdf"):
            path = path.with_name(path.name + (".pdf" if "pdf" in file_filter.lower()
                                               else ".docx"))
        return path

    def _target_allowed(self, path: Path) -> bool:
        """The output-target rule: never a workshop file or a file in use; an existing
        file only after Yes."""
        from ..export_dialog import vet_targets

        ok, refusal = vet_targets(self, [path])
        if refusal:
            self.message.show_error(refusal)
        elif not ok:
            self.message.show_info(self.tr("Nothing was exported: the existing file is kept."))
        return ok

    def export_report(self, path: str | Path | None = None) -> bool:
        """Write the change report being shown (its range) to ``path``, a .docx or .pdf file
        (asked with a file dialog when not given), on a background thread; the message line
        says where it went. False when nothing was started."""
        ws = self.controller.ws
        if ws is None or self.report is None or self.exporting:
            return False
        path = self._ask_path() if path is None else Path(path)
        if path is None or not self._target_allowed(path):
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.message.show_error(self.tr("The folder cannot be created: {error}").format(
                error=exc))
            return False
        settings = self._settings()
        if settings is not None:
            settings.set("export_folder", str(path.parent))
        from smartbimtek.snapshot import take_snapshot

        from ..export_dialog import ExportWorker, Job

        snapshot = take_snapshot(ws)  # on the GUI thread, which owns the connection
        fmt = "pdf" if path.suffix.lower() == ".pdf" else "docx"
        gc.collect()  # no cycle collection in the worker (see ExportDialog._pause_gc)
        self._gc_was_enabled = gc.isenabled()
        gc.disable()
        self._export_result = None
        self.export_button.setEnabled(False)
        self.message.show_info(self.tr("Writing {name}...").format(name=path.name))
        self.export_thread = QThread(self)
        self.export_worker = ExportWorker(ChangeDocumentExporter(self.report.range), snapshot,
                                          [Job("changes", fmt, path)], None)
        self.export_worker.moveToThread(self.export_thread)
        self.export_thread.started.connect(self.export_worker.run)
        self.export_worker.job_done.connect(self._export_done)
        self.export_worker.finished.connect(self._export_finished)
        self.export_thread.start()
        return True

    def _export_done(self, path: str, error: str) -> None:
        self._export_result = (path, error)

    def _export_finished(self) -> None:
        self.export_thread.quit()
        self.export_thread.wait()
        self.export_thread.deleteLater()
        self.export_thread, self.export_worker = None, None
        if getattr(self, "_gc_was_enabled", False):
            gc.enable()
        path, error = self._export_result or ("", "")
        if error:
            self.message.show_error(self.tr("The change report was not written: {error}")
                                    .format(error=error))
        else:
            self.message.show_info(self.tr("Change report written to {path}").format(
                path=path))
        self.export_button.setEnabled(self.report is not None)

    # -- showing -------------------------------------------------------------------------------
    def kind_title(self, kind: str) -> str:
        """The group title of a kind of record."""
        return {"program": self.tr("Programs"), "quick_win": self.tr("Quick wins"),
                "swot": self.tr("SWOT items"), "strategy": self.tr("Strategies"),
                "objective": self.tr("Tujuan and sasaran")}.get(kind, kind)

    def status_text(self, status: str) -> str:
        """What happened to a record, in words."""
        return {"added": self.tr("Added"), "changed": self.tr("Changed"),
                "removed": self.tr("Removed"), "restored": self.tr("Restored"),
                "chosen": self.tr("Chosen"), "dropped": self.tr("Dropped")}.get(status, status)

    def _show(self, report: cr.ChangeReport) -> None:
        lang = "en" if current_language() == "en" else "id"
        history = self.history
        for kind in cr.KINDS:
            changes = report.of_kind(kind)
            if not changes:
                continue
            group = QTreeWidgetItem([self.tr("{kind} ({count})").format(
                kind=self.kind_title(kind), count=len(changes))])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for change in changes:
                code = history.opd_codes.get(change.opd_id or "", "")
                label = f"{code}: {change.label}" if code else change.label
                item = QTreeWidgetItem([self.tr("{status} · {label}").format(
                    label=" ".join(label.split()), status=self.status_text(change.status))])
                item.setToolTip(0, plain_tooltip(change.label))
                group.addChild(item)
                item.setFirstColumnSpanned(True)
                if change.detail_missing:
                    item.addChild(QTreeWidgetItem([self.tr("(which fields: not recorded)")]))
                for field in change.fields:
                    row = QTreeWidgetItem([
                        cr.field_label(field.field, lang),
                        cr.value_text(field.field, field.old, history, lang, known=field.known),
                        cr.value_text(field.field, field.new, history, lang, known=field.known),
                    ])
                    for column in (1, 2):  # the whole value when the column cuts it
                        row.setToolTip(column, plain_tooltip(row.text(column)))
                    item.addChild(row)
                item.setExpanded(True)
            group.setExpanded(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
