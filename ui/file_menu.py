"""What the File menu does: new workshop from the templates, open, recent files, the demo,
save a copy, backups (via ``smartbimtek.store.backups``), export and table entry mode.

Dialogs only collect input; the work is done by core services. File errors are shown in a
modal box (they need a decision); everything else in the window's banner.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QObject, QTimer

from smartbimtek.errors import SmartBimtekError, WorkshopFileError
from smartbimtek.services import plan as plan_service
from smartbimtek.services import roster
from smartbimtek.store.workshop import EXTENSION

if TYPE_CHECKING:
    from .file_dialogs import RestoreDialog

#: Names this module gives from ``ui.file_dialogs``, imported when first asked for: the dialogs
#: (and the Qt dialog classes they use) are not needed before the first paint.
_DIALOGS = ("PinDialog", "RestoreDialog", "TableModeDialog")


def __getattr__(name: str):
    """``PinDialog``, ``RestoreDialog`` and ``TableModeDialog`` (PEP 562: loaded on use)."""
    if name in _DIALOGS:
        from . import file_dialogs

        return getattr(file_dialogs, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


log = logging.getLogger(__name__)

APP_NAME = "SmartBimtek"
BACKUP_DELAY_MS = 300


def data_dir() -> Path:
    """The user's data folder of SmartBimtek (created when missing)."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def documents_dir() -> Path:
    """Where new workshops and exports go by default: a visible folder,
    ``Documents/SmartBimtek`` (made when something is saved there)."""
    return Path(platformdirs.user_documents_dir()) / APP_NAME


def demo_path() -> Path:
    """Where the demo workshop lives (made on first use)."""
    return data_dir() / f"demo-sukamaju{EXTENSION}"


def ensure_demo() -> Path:
    """The demo workshop file, created with ``smartbimtek.demo.create_demo`` when missing."""
    path = demo_path()
    if not path.exists():
        from smartbimtek.demo import create_demo

        log.info("creating the demo workshop at %s", path)
        create_demo(path, paused=True)  # no timer runs until the facilitator resumes
    return path


def backups_module():
    """``smartbimtek.store.backups`` when it is installed, else None."""
    if importlib.util.find_spec("smartbimtek.store.backups") is None:
        return None
    return importlib.import_module("smartbimtek.store.backups")


def create_workshop(controller, values: dict) -> None:
    """Create and open a new workshop from the new-workshop dialog's ``values``.

    Raises ``SmartBimtekError`` (file exists, bad region name...).
    """
    path = Path(values["path"])
    if path.exists():
        raise WorkshopFileError(f"{path} already exists.", code="duplicate")
    path.parent.mkdir(parents=True, exist_ok=True)
    ws = controller.open(path, create=True)
    plan_service.update_plan(ws, region_name=values.get("region_name", ""),
                             region_type=values.get("region_type", "kabupaten"))
    plan_service.add_event(ws, values["stage"], venue=values.get("venue", ""),
                           start_date=values.get("start_date", ""))
    if values.get("template_opds"):
        roster.add_template_opds(ws)
    controller.undo_stack.clear()


class FileMenu(QObject):
    """Handlers of the File menu for a main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.settings = window.settings
        self.table_window = None

    def connect_actions(self, actions) -> None:
        """Wire the File menu actions."""
        actions.new.triggered.connect(self.new_workshop)
        actions.open.triggered.connect(self.open_dialog)
        actions.open_demo.triggered.connect(self.open_demo)
        actions.save_copy.triggered.connect(self.save_copy_dialog)
        actions.backup_now.triggered.connect(self.backup_now)
        actions.restore_backup.triggered.connect(self.restore_dialog)
        actions.export.triggered.connect(self.export_dialog)
        actions.worksheets.triggered.connect(self.worksheets_dialog)
        actions.table_mode.triggered.connect(self.table_mode_dialog)
        actions.close_workshop.triggered.connect(self.close_workshop)
        actions.set_pin.triggered.connect(self.pin_dialog)
        # whether backups are installed; the module is imported when first used (after the
        # first paint: the backup taken on open waits for it)
        has_backups = importlib.util.find_spec("smartbimtek.store.backups") is not None
        actions.backup_now.setVisible(has_backups)
        actions.restore_backup.setVisible(has_backups)

    # -- opening ------------------------------------------------------------------------------
    def _folder(self) -> str:
        last = self.settings.get("last_workshop")
        return str(Path(last).parent) if last else str(Path.home())

    def file_error(self, exc: SmartBimtekError) -> None:
        """A file could not be used: a modal box (the facilitator must decide what next)."""
        log.warning("file error: %s", exc)
        from PySide6.QtWidgets import QMessageBox

        from .messages import error_text

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Workshop file"), error_text(exc),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setDetailedText(str(exc))
        box.open()

    def open_path(self, path: str | Path) -> bool:
        """Open a workshop file; True when it is open. Takes a backup on open."""
        try:
            self.controller.open(path)
        except SmartBimtekError as exc:
            self.file_error(exc)
            return False
        self.settings.add_recent(path)
        # the backup of the opened file runs right after the window has painted
        QTimer.singleShot(BACKUP_DELAY_MS, self.backup_on_open)
        return True

    def open_dialog(self) -> None:
        """Ask for a workshop file and open it."""
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a workshop"), self._folder(),
            self.tr("Workshop files (*.bimtek);;All files (*)"))
        if path:
            self.open_path(path)

    def open_demo(self) -> bool:
        """Open the demo workshop (created in the user data folder the first time)."""
        try:
            path = ensure_demo()
        except (OSError, SmartBimtekError) as exc:
            self.window.show_error(exc if isinstance(exc, SmartBimtekError)
                                   else WorkshopFileError(str(exc), code="missing"))
            return False
        return self.open_path(path)

    def new_workshop(self) -> None:
        """The new-workshop dialog, then create and open the file."""
        from PySide6.QtWidgets import QDialog

        from .new_workshop import NewWorkshopDialog

        dialog = NewWorkshopDialog(str(documents_dir()), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create(dialog.values())

    def create(self, values: dict) -> bool:
        """Create a workshop from ``values`` (see ``NewWorkshopDialog.values``)."""
        try:
            create_workshop(self.controller, values)
        except SmartBimtekError as exc:
            self.file_error(exc)
            return False
        self.settings.add_recent(values["path"])
        self.window.show_view("workshop")
        return True

    def close_workshop(self) -> None:
        """Close the workshop (everything is already saved) and show the start screen."""
        self.close_table_mode()
        self.controller.close()

    # -- copies and backups -------------------------------------------------------------------
    def save_copy_dialog(self) -> None:
        """Ask where to save a copy of the open workshop."""
        ws = self.controller.ws
        if ws is None:
            return
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy as"), str(ws.path.with_name(
                ws.path.stem + "-copy" + EXTENSION)), self.tr("Workshop files (*.bimtek)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # save_copy asks, default No
        if path:
            self.save_copy(path)

    def save_copy(self, path: str | Path) -> Path | None:
        """Write a consistent copy of the open workshop to ``path`` (the open file stays)."""
        ws = self.controller.ws
        if ws is None:
            return None
        target = Path(path)
        if target.suffix != EXTENSION:
            target = target.with_name(target.name + EXTENSION)
        from smartbimtek.store import copies

        from .export_dialog import ask_replace, target_refusal_text

        try:
            try:
                written = copies.save_copy(ws, target)
            except WorkshopFileError as exc:
                if exc.code != "target_exists":
                    raise
                if not ask_replace(self.window, [target]):  # default No: nothing written
                    return None
                written = copies.save_copy(ws, target, force=True)
        except WorkshopFileError as exc:
            if exc.code in ("target_is_workshop", "target_locked"):
                log.warning("save a copy refused: %s", exc)
                self.window.banner.show_message(target_refusal_text(exc), "error")
            else:
                self.window.show_error(exc)
            return None
        except (OSError, SmartBimtekError) as exc:
            self.window.show_error(exc if isinstance(exc, SmartBimtekError)
                                   else WorkshopFileError(str(exc), code="missing"))
            return None
        self.window.show_info(self.tr("Copy saved: {path}").format(path=written))
        return Path(written)

    def backup_on_open(self) -> None:
        """A backup right after opening a file (skipped when it was closed since)."""
        module = backups_module()
        if module is not None and self.controller.ws is not None:
            self._guarded(lambda: module.take_backup(self.controller.ws, "open"))

    def periodic_backup(self) -> None:
        """Every minute: a backup when the workshop's interval has passed."""
        module = backups_module()
        if module is not None and self.controller.ws is not None:
            self._guarded(lambda: module.maybe_backup(self.controller.ws))

    def backup_now(self):
        """File > Back up now."""
        module = backups_module()
        if module is None or self.controller.ws is None:
            return None
        result = self._guarded(lambda: module.take_backup(self.controller.ws, "manual"))
        if result is not None:
            self.window.show_info(self.tr("Backup made: {path}").format(path=result))
        return result

    def _guarded(self, fn):
        try:
            return fn()
        except (OSError, SmartBimtekError) as exc:
            log.warning("backup failed: %s", exc)
            if isinstance(exc, WorkshopFileError) and exc.code in ("backup_failed",
                                                                   "backup_folder"):
                self.window.banner.show_message(self.backup_failure_text(exc), "error")
                return None
            self.window.show_error(exc if isinstance(exc, SmartBimtekError)
                                   else WorkshopFileError(str(exc), code="missing"))
            return None

    def backup_failure_text(self, exc: WorkshopFileError) -> str:
        """The translated sentence of a backup that could not be written."""
        if exc.params.get("reason") == "disk_full":
            return self.tr("The backup could not be made: the disk is full. Free some space; "
                           "the workshop file itself is not affected.")
        return self.tr("The backup could not be made ({detail}). The workshop file itself "
                       "is not affected.").format(detail=exc.message)

    def restore_dialog(self) -> None:
        """Choose one of the workshop's backups and restore it."""
        module = backups_module()
        ws = self.controller.ws
        if module is None or ws is None:
            return
        dialog = self.restore_chooser()
        if dialog is None:
            return
        from PySide6.QtWidgets import QDialog

        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen() is not None:
            self.restore(dialog.chosen())

    def restore_chooser(self) -> RestoreDialog | None:
        """The dialog listing the rolling backups and, apart, the kept copies of the open
        workshop; None (and a message) when there is neither."""
        module = backups_module()
        ws = self.controller.ws
        if module is None or ws is None:
            return None
        rolling, kept = module.list_backups(ws.path), module.list_kept(ws.path)
        if not rolling and not kept:
            self.window.show_info(self.tr("There is no backup of this workshop yet."))
            return None
        from .file_dialogs import RestoreDialog

        return RestoreDialog(rolling, kept, self.window)

    def restore(self, entry) -> bool:
        """Restore ``entry`` (a ``BackupInfo`` from ``list_backups`` or ``list_kept``) over
        the open workshop and reopen it. The restore keeps a safety copy of the current state
        among the kept copies, so it can itself be taken back by restoring that copy."""
        module = backups_module()
        ws = self.controller.ws
        if module is None or ws is None:
            return False
        path = ws.path
        self.close_table_mode()
        self.controller.close()
        try:
            module.restore(path, entry.path)
        except (OSError, SmartBimtekError) as exc:
            self.file_error(exc if isinstance(exc, SmartBimtekError)
                            else WorkshopFileError(str(exc), code="corrupt"))
            self.open_path(path)
            return False
        opened = self.open_path(path)
        if opened:
            self.window.show_info(self.tr("Backup restored."))
        return opened

    # -- export, table mode, PIN --------------------------------------------------------------
    def export_dialog(self) -> None:
        """File > Export documents."""
        if self.controller.ws is None:
            return
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.controller, self.settings, self.window)
        dialog.open()

    def worksheets_dialog(self) -> None:
        """File > OPD worksheets (kertas kerja): export and import."""
        if self.controller.ws is None:
            return
        from .worksheets_dialog import WorksheetsDialog

        dialog = WorksheetsDialog(self.controller, self.settings, self.window)
        dialog.open()

    def pin_dialog(self) -> bool:
        """Set the facilitator PIN; True when a PIN was stored."""
        from PySide6.QtWidgets import QDialog

        from .file_dialogs import PinDialog

        dialog = PinDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.settings.set_pin(dialog.pin.text())
        self.window.show_info(self.tr("Facilitator PIN saved."))
        return True

    def table_mode_dialog(self) -> None:
        """Choose the OPD and start table entry mode (asks for a PIN first if none is set)."""
        ws = self.controller.ws
        if ws is None:
            return
        opds = roster.list_opds(ws)
        if not opds:
            self.window.show_info(self.tr("Add the OPD roster first (Workshop > OPD roster)."))
            return
        if not self.settings.has_pin() and not self.pin_dialog():
            return
        from PySide6.QtWidgets import QDialog

        from smartbimtek.services import groups

        from .file_dialogs import TableModeDialog

        dialog = TableModeDialog(opds, self.window, groups.shared_groups(ws))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            opd_id, group_id = dialog.chosen()
            self.start_table_mode(opd_id, group_id=group_id)

    def start_table_mode(self, opd_id: str | None, *, group_id: str | None = None):
        """Lock this laptop to ``opd_id`` or to the group ``group_id``: the table window goes
        full screen, the console hides until the facilitator's PIN is entered."""
        from .table_mode import TableModeWindow

        self.close_table_mode()
        self.table_window = TableModeWindow(self.controller, self.settings, opd_id,
                                            group_id=group_id)
        self.table_window.left.connect(self._table_mode_left)
        self.window.hide()
        self.table_window.showFullScreen()
        return self.table_window

    def _table_mode_left(self) -> None:
        self.table_window = None
        self.window.show()

    def close_table_mode(self) -> None:
        """Close table mode without the PIN (the console is closing)."""
        if self.table_window is not None:
            self.table_window.force_close()
            self.table_window = None
