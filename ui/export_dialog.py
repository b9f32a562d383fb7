"""File > Export documents: choose documents, formats, the event of the workshop report and
the output folder; the export runs in a background thread with a progress bar, so the timer
and the projector keep running; then "Open folder".

A snapshot of the workshop is taken on the GUI thread (``smartbimtek.snapshot``); the worker
only calls the pure exporters (``smartbimtek.exports.export``) on that snapshot.

Before writing, every planned file is checked with ``smartbimtek.store.targets``: a workshop
file or a file in use is never replaced (the export is refused with the reason), other
existing files only after a question answered Yes (default No).
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.errors import SmartBimtekError, WorkshopFileError
from smartbimtek.services import plan as plan_service
from smartbimtek.snapshot import take_snapshot

from .labels import event_label
from .messages import error_text
from .widgets.common import plain_label

log = logging.getLogger(__name__)

FORMATS = ("docx", "pdf", "xlsx", "csv")
#: Which formats make sense for which document when the exporters do not say.
DEFAULT_FORMATS = {"masterplan": ("docx", "pdf"), "summary": ("docx", "pdf"),
                   "quickwins": ("docx", "pdf"), "report": ("docx", "pdf"),
                   "daftar-hadir": ("docx", "pdf"), "data": ("xlsx", "csv")}


def exports_module():
    """``smartbimtek.exports`` when it offers ``export`` (None while it is being written)."""
    if importlib.util.find_spec("smartbimtek.exports") is None:
        return None
    module = importlib.import_module("smartbimtek.exports")
    return module if hasattr(module, "export") else None


def document_formats(module) -> dict[str, tuple[str, ...]]:
    """Document -> the formats it can be written in."""
    documents = getattr(module, "FORMATS", None) or getattr(module, "DOCUMENTS", None) or \
        DEFAULT_FORMATS
    if isinstance(documents, dict):
        return {doc: tuple(fmts) if isinstance(fmts, list | tuple | set | frozenset) and fmts
                else DEFAULT_FORMATS.get(doc, FORMATS) for doc, fmts in documents.items()}
    return {doc: DEFAULT_FORMATS.get(doc, FORMATS) for doc in documents}


def target_refusal_text(exc: WorkshopFileError) -> str:
    """The translated sentence of an output target that is never replaced (a workshop file,
    a file in use); the generic error text for other errors."""
    name = Path(str(exc.params.get("path", ""))).name
    if exc.code == "target_is_workshop":
        return QCoreApplication.translate(
            "FileTargets", "{name} is a SmartBimtek workshop file (or part of one): it is never "
            "replaced. Choose another name or folder.").format(name=name)
    if exc.code == "target_locked":
        return QCoreApplication.translate(
            "FileTargets", "{name} is in use by a program: it is not replaced. Choose another "
            "name or folder.").format(name=name)
    return error_text(exc)


def ask_replace(parent: QWidget | None, paths: list[Path]) -> bool:
    """Ask whether existing files may be replaced (default No); True when the answer is Yes."""
    first = Path(paths[0])
    if len(paths) == 1:
        text = QCoreApplication.translate(
            "FileTargets", "{name} already exists in {folder}. Replace it?").format(
            name=first.name, folder=first.parent)
    else:
        text = QCoreApplication.translate(
            "FileTargets", "{n} files already exist in {folder} (for example {name}). "
            "Replace them?").format(n=len(paths), folder=first.parent, name=first.name)
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("FileTargets", "Replace existing files?"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names are the user's text
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def vet_targets(parent: QWidget | None, paths: list[Path]) -> tuple[bool, str | None]:
    """The output-target rule for ``paths``: never a workshop file or a file in use, existing
    files only after Yes (``ask_replace``). ``(True, None)``: write them; ``(False, reason)``:
    refused, with the translated reason; ``(False, None)``: the user kept the existing files."""
    from smartbimtek.store.targets import check_output_target

    existing = []
    for path in paths:
        try:
            check_output_target(path, force=False)
        except WorkshopFileError as exc:
            if exc.code != "target_exists":
                log.warning("export refused: %s", exc)
                return False, target_refusal_text(exc)
            existing.append(path)
    if existing and not ask_replace(parent, existing):
        return False, None
    return True, None


def slug(text: str) -> str:
    """A file-name-safe short form of a region name."""
    text = re.sub(r"[^0-9A-Za-z]+", "-", text.lower()).strip("-")
    return text[:40] or "workshop"


@dataclass(frozen=True)
class Job:
    """One file to write."""

    document: str
    fmt: str
    path: Path


class ExportWorker(QObject):
    """Runs the exporters over a snapshot in a background thread."""

    progress = Signal(int)  # percent of all jobs
    job_done = Signal(str, str)  # path written, "" or the error text
    finished = Signal()

    def __init__(self, module, snapshot, jobs: list[Job], event_id: str | None) -> None:
        super().__init__()
        self.module = module
        self.snapshot = snapshot
        self.jobs = jobs
        self.event_id = event_id

    @Slot()
    def run(self) -> None:
        """Write every job; a failing job is reported and the others still run."""
        total = len(self.jobs)
        for number, job in enumerate(self.jobs):
            def report(*args, number=number) -> None:
                fraction = _fraction(args)
                self.progress.emit(int((number + fraction) / total * 100))

            try:
                written = self.module.export(self.snapshot, job.document, job.fmt, job.path,
                                             event_id=self.event_id, progress=report)
                self.job_done.emit(str(written or job.path), "")
            except (SmartBimtekError, OSError, ValueError) as exc:
                log.warning("export %s.%s failed: %s", job.document, job.fmt, exc)
                self.job_done.emit(str(job.path), error_text(
                    exc if isinstance(exc, SmartBimtekError)
                    else SmartBimtekError(str(exc), code="export_failed")))
            except Exception as exc:  # an exporter bug must not take the workshop down
                log.exception("export %s.%s crashed", job.document, job.fmt)
                self.job_done.emit(str(job.path), error_text(
                    SmartBimtekError(f"{type(exc).__name__}: {exc}", code="export_failed")))
            self.progress.emit(int((number + 1) / total * 100))
        self.finished.emit()


def _fraction(args: tuple) -> float:
    """Progress callbacks may pass a fraction, a percentage or (done, total)."""
    numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
    if len(numbers) >= 2:
        return max(0.0, min(1.0, numbers[0] / numbers[1])) if numbers[1] else 1.0
    if numbers:
        value = float(numbers[0])
        return max(0.0, min(1.0, value / 100 if value > 1 else value))
    return 0.0


class ExportDialog(QDialog):
    """Choose what to export and run it in the background."""

    def __init__(self, controller, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.module = exports_module()
        self.thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.written: list[str] = []
        self.failures: list[str] = []
        self.setWindowTitle(self.tr("Export documents"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        formats = document_formats(self.module) if self.module else DEFAULT_FORMATS
        self.formats_of = formats
        labels = {
            "masterplan": self.tr("Master plan (book 2)"),
            "summary": self.tr("Executive summary"),
            "quickwins": self.tr("Quick win profiles"),
            "report": self.tr("Workshop report (laporan pelaksanaan)"),
            "daftar-hadir": self.tr("Attendance list to sign (daftar hadir)"),
            "data": self.tr("All data (every entry)"),
        }
        docs_box = QGroupBox(self.tr("Documents"))
        docs_layout = QVBoxLayout(docs_box)
        self.doc_checks: dict[str, QCheckBox] = {}
        for doc in formats:
            check = QCheckBox(labels.get(doc, doc))
            check.setChecked(True)
            self.doc_checks[doc] = check
            docs_layout.addWidget(check)
        layout.addWidget(docs_box)
        fmt_box = QGroupBox(self.tr("Formats"))
        fmt_layout = QGridLayout(fmt_box)
        self.format_checks: dict[str, QCheckBox] = {}
        names = {"docx": self.tr("Word (.docx)"), "pdf": self.tr("PDF (.pdf)"),
                 "xlsx": self.tr("Excel (.xlsx)"), "csv": self.tr("CSV (.csv)")}
        for index, fmt in enumerate(FORMATS):
            check = QCheckBox(names[fmt])
            check.setChecked(fmt in ("docx", "pdf", "xlsx"))
            self.format_checks[fmt] = check
            fmt_layout.addWidget(check, 0, index)
        layout.addWidget(fmt_box)
        form = QFormLayout()
        self.event_box = QComboBox()
        ws = controller.ws
        current = plan_service.current_event(ws) if ws else None
        for event in plan_service.list_events(ws) if ws else []:
            self.event_box.addItem(event_label(event), event.id)
        if current is not None:
            self.event_box.setCurrentIndex(self.event_box.findData(current.id))
        form.addRow(self.tr("Event of the report"), self.event_box)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(self._default_folder())
        browse = QPushButton(self.tr("Choose..."))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Output folder"), folder_row)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status = plain_label()  # quotes the folder the user chose
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close)
        self.open_folder_button.clicked.connect(self.open_folder)
        if self.module is None:
            self.export_button.setEnabled(False)
            self.status.setText(self.tr("The document exporters are not installed in this "
                                        "version."))

    def _default_folder(self) -> str:
        """The folder last chosen, else a visible one: Documents/SmartBimtek/<workshop>
        (the workshop's own folder may be hidden, as the demo's is)."""
        chosen = self.settings.get("export_folder")
        if chosen:
            return chosen
        ws = self.controller.ws
        base = Path(platformdirs.user_documents_dir()) / "SmartBimtek"
        return str(base / (ws.path.stem if ws is not None else "ekspor"))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def jobs(self, snapshot=None) -> list[Job]:
        """The files the current choices produce (named by the exporters' own
        ``default_filename`` when a snapshot is given)."""
        ws = self.controller.ws
        region = plan_service.get_plan(ws).region_name if ws else ""
        folder = Path(self.folder.text().strip() or self._default_folder())
        chosen_formats = [f for f, c in self.format_checks.items() if c.isChecked()]
        naming = getattr(self.module, "default_filename", None)
        event_id = self.event_box.currentData()
        result = []
        for doc, check in self.doc_checks.items():
            if not check.isChecked():
                continue
            for fmt in chosen_formats:
                if fmt not in self.formats_of.get(doc, ()):
                    continue
                if snapshot is not None and naming is not None:
                    name = naming(snapshot, doc, fmt, event_id)
                else:
                    name = f"{slug(region)}-{doc}.{fmt}"
                result.append(Job(doc, fmt, folder / name))
        return result

    def start(self) -> bool:
        """Take the snapshot and start the background export; False when nothing to do."""
        ws = self.controller.ws
        jobs = self.jobs()
        if ws is None or self.module is None or not jobs:
            self.status.setText(self.tr("Choose at least one document and a format that "
                                        "suits it."))
            return False
        folder = jobs[0].path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.status.setText(self.tr("The folder cannot be created: {error}").format(
                error=exc))
            return False
        self.settings.set("export_folder", str(folder))
        snapshot = take_snapshot(ws)  # on the GUI thread, which owns the connection
        jobs = self.jobs(snapshot)
        if not self.targets_allowed(snapshot, jobs):
            return False
        self._pause_gc()
        self.written, self.failures = [], []
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting {n} files...").format(n=len(jobs)))
        self.export_button.setEnabled(False)
        self.open_folder_button.setEnabled(False)
        self.thread = QThread(self)
        self.worker = ExportWorker(self.module, snapshot, jobs, self.event_box.currentData())
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress.setValue)
        self.worker.job_done.connect(self._job_done)
        self.worker.finished.connect(self._finished)
        self.worker.finished.connect(self.thread.quit)
        self.thread.start()
        return True

    def targets_allowed(self, snapshot, jobs: list[Job]) -> bool:
        """Check every file the jobs write: refuse a workshop file or a file in use (the
        reason in the status line); ask before replacing other existing files."""
        from smartbimtek.exports.cli import planned_files

        ok, refusal = vet_targets(self, [path for job in jobs for path in planned_files(
            snapshot, job.document, job.fmt, job.path)])
        if not ok:
            self.status.setText(refusal or self.tr("Nothing was exported: the existing files "
                                                   "are kept."))
        return ok

    def _pause_gc(self) -> None:
        """Collect garbage now, then keep Python's cycle collector off while the worker runs.

        Otherwise the collector may run in the worker thread and finalise Qt objects that
        belong to the GUI thread (left in reference cycles by closed windows), which
        crashes Qt later. Plain reference counting still frees memory meanwhile.
        """
        gc.collect()
        self._gc_was_enabled = gc.isenabled()
        gc.disable()

    def _resume_gc(self) -> None:
        if getattr(self, "_gc_was_enabled", False):
            gc.enable()
            self._gc_was_enabled = False

    def _job_done(self, path: str, error: str) -> None:
        if error:
            self.failures.append(f"{Path(path).name}: {error}")
        else:
            self.written.append(path)

    def _finished(self) -> None:
        self._resume_gc()
        self.export_button.setEnabled(True)
        self.open_folder_button.setEnabled(bool(self.written))
        lines = [self.tr("{n} files written to {folder}").format(
            n=len(self.written), folder=self.folder.text())]
        lines += self.failures
        self.status.setText("\n".join(lines))
        self.progress.setValue(100)

    @property
    def running(self) -> bool:
        """True while the export thread runs."""
        return self.thread is not None and self.thread.isRunning()

    def open_folder(self) -> None:
        """Show the output folder in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text()))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.running:
            self.thread.quit()
            self.thread.wait(30_000)  # the exporters finish their file; nothing half-written
            self._resume_gc()
        super().closeEvent(event)
