"""The "Photos" tab of the Workshop view: the documentation photos of a bimtek (flip charts,
the plenary, the signing) as thumbnails with their caption, session, group and OPD. Photos are
added from files on the laptop or arrive from the tables' phones; a selected photo's caption,
session, group and OPD are edited in place (each change one undoable edit through
``photos.update_photo``); deleting is undoable. Captions are user text: shown literally (list
items and plain labels never render markup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartbimtek.services import agenda, groups, photos, roster
from smartbimtek.services import plan as plan_service

from ..controller import Controller
from ..labels import event_label
from ..widgets.common import Coalescer, CommitLineEdit, plain_label, plain_tooltip

THUMB = 150
_ENTITIES = {"photo", "event", "opd", "group", "agenda_step"}
_ID_ROLE = Qt.ItemDataRole.UserRole


def _combo(contents: int) -> QComboBox:
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(contents)
    return box


class PhotosPanel(QWidget):
    """Thumbnails of one event's photos; add from files, edit the caption, delete."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._thumbs: dict[str, QIcon] = {}
        self._details: dict[str, tuple] = {}
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.event = QComboBox()
        self.event.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event.setMinimumContentsLength(18)
        row.addWidget(self.event, 1)
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.add_button.setToolTip(self.tr("JPEG, PNG or WebP files; each is turned upright, "
                                           "scaled down and stored without its location."))
        self.delete_button = QPushButton(self.tr("Delete"))
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        place = QHBoxLayout()
        place.addWidget(plain_label(self.tr("New photos go to:")))
        self.step, self.group, self.opd = _combo(12), _combo(8), _combo(7)
        place.addWidget(self.step, 2)
        place.addWidget(self.group, 1)
        place.addWidget(self.opd, 1)
        layout.addLayout(place)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 30, THUMB + 44))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.list, 1)
        self.info = plain_label()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        belongs = QHBoxLayout()
        belongs.addWidget(plain_label(self.tr("This photo:")))
        self.photo_step, self.photo_group, self.photo_opd = _combo(12), _combo(8), _combo(7)
        for box, tip in ((self.photo_step, self.tr("The session (agenda step) of the photo")),
                         (self.photo_group, self.tr("The group (kelompok) whose work it shows")),
                         (self.photo_opd, self.tr("The OPD whose table it shows"))):
            box.setToolTip(tip)
        belongs.addWidget(self.photo_step, 2)
        belongs.addWidget(self.photo_group, 1)
        belongs.addWidget(self.photo_opd, 1)
        layout.addLayout(belongs)
        caption_row = QHBoxLayout()
        caption_row.addWidget(plain_label(self.tr("Caption:")))
        self.caption = CommitLineEdit()
        self.caption.setMaxLength(photos.MAX_CAPTION)
        self.caption.setPlaceholderText(self.tr("e.g. Flip chart SWOT of table 3"))
        caption_row.addWidget(self.caption, 1)
        layout.addLayout(caption_row)
        self.empty_text = self.tr("No photos of this bimtek yet. Add them from files, or let "
                                  "the tables send them from their phones (Foto flip chart).")
        self._refresh = Coalescer(self.load, self)
        self.event.currentIndexChanged.connect(self._event_changed)
        self.add_button.clicked.connect(self.choose_files)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.caption.committed.connect(self._caption_committed)
        for field, box in (("step_id", self.photo_step), ("group_id", self.photo_group),
                           ("opd_id", self.photo_opd)):
            box.currentIndexChanged.connect(
                lambda _index, f=field, b=box: self._place_chosen(f, b.currentData()))
        controller.data_changed.connect(self._on_change)
        controller.workshop_opened.connect(self._refresh.trigger)
        if controller.ws is not None:
            self.load()

    # -- loading -------------------------------------------------------------------------------
    def _on_change(self, change) -> None:
        if change.entity in _ENTITIES:
            self._refresh.trigger()

    def event_id(self) -> str | None:
        """The id of the bimtek whose photos are shown."""
        return self.event.currentData()

    def _fill_events(self) -> None:
        ws = self.controller.ws
        chosen = self.event.currentData()
        events = plan_service.list_events(ws) if ws is not None else []
        current = plan_service.current_event(ws) if ws is not None else None
        self.event.blockSignals(True)
        self.event.clear()
        for event in events:
            self.event.addItem(event_label(event), event.id)
        index = self.event.findData(chosen or (current.id if current else None))
        self.event.setCurrentIndex(index if index >= 0 else self.event.count() - 1)
        self.event.blockSignals(False)
        self._fill_places(ws)

    def _fill_places(self, ws) -> None:
        """The session, group and OPD choices for photos added on this laptop (none by
        default) and for the selected photo (set from it on selection)."""
        event_id = self.event.currentData()
        steps = [(s.title, s.id) for s in agenda.list_steps(ws, event_id)] \
            if ws is not None and event_id else []
        teams = [(g.name, g.id) for g in groups.list_groups(ws, event_id)] \
            if ws is not None and event_id else []
        opds = [(o.code, o.id) for o in roster.list_opds(ws)] if ws is not None else []
        for box, none_text, items in (
                (self.step, self.tr("(no session)"), steps),
                (self.group, self.tr("(no group)"), teams),
                (self.opd, self.tr("(no OPD)"), opds),
                (self.photo_step, self.tr("(no session)"), steps),
                (self.photo_group, self.tr("(no group)"), teams),
                (self.photo_opd, self.tr("(no OPD)"), opds)):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(none_text, None)
            for text, value in items:
                box.addItem(text, value)
            index = box.findData(chosen) if chosen else 0
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def _event_changed(self) -> None:
        self.load()

    def load(self) -> None:
        """Re-read the photos of the chosen bimtek (thumbnails are kept per photo id)."""
        self._fill_events()
        selected = set(self.selected_ids())
        self.list.blockSignals(True)
        self.list.clear()
        ws = self.controller.ws
        event_id = self.event_id()
        shown = photos.list_photos(ws, event_id) if ws is not None and event_id else []
        steps = {s.id: s.title for s in agenda.list_steps(ws, event_id)} if shown else {}
        opds = {o.id: o.code for o in roster.list_opds(ws)} if shown else {}
        teams = {g.id: g.name for g in groups.list_groups(ws, event_id)} if shown else {}
        for photo in shown:
            item = QListWidgetItem(self._icon(photo.id), photo.caption or self.tr("(no caption)"))
            item.setData(_ID_ROLE, photo.id)
            item.setToolTip(plain_tooltip(self.describe(photo, steps, opds, teams)))
            item.setSizeHint(QSize(THUMB + 24, THUMB + 40))
            self.list.addItem(item)
            item.setSelected(photo.id in selected)
        self.list.blockSignals(False)
        self._details = {p.id: (p, self.describe(p, steps, opds, teams)) for p in shown}
        self.add_button.setEnabled(bool(event_id))
        self._selection_changed()

    def _icon(self, photo_id: str) -> QIcon:
        icon = self._thumbs.get(photo_id)
        if icon is None:
            pixmap = QPixmap()
            pixmap.loadFromData(photos.photo_jpeg(self.controller.ws, photo_id), "JPEG")
            icon = QIcon(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation))
            self._thumbs[photo_id] = icon
        return icon

    def describe(self, photo, steps: dict[str, str], opds: dict[str, str],
                 teams: dict[str, str] | None = None) -> str:
        """One line about a photo: caption, session, group, OPD, where it came from, its
        size."""
        parts = [photo.caption or self.tr("(no caption)")]
        if photo.step_id in steps:
            parts.append(self.tr("Session: {title}").format(title=steps[photo.step_id]))
        if teams and photo.group_id in teams:
            parts.append(self.tr("Group: {name}").format(name=teams[photo.group_id]))
        if photo.opd_id in opds:
            parts.append(self.tr("OPD: {code}").format(code=opds[photo.opd_id]))
        parts.append(self.tr("from a phone") if photo.source == "phone"
                     else self.tr("added on this laptop"))
        parts.append(f"{photo.width}×{photo.height}")
        return " · ".join(parts)

    # -- selection and editing -------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """Ids of the selected photos, in list order."""
        return [self.list.item(i).data(_ID_ROLE) for i in range(self.list.count())
                if self.list.item(i).isSelected()]

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        details = self._details
        self.delete_button.setEnabled(bool(ids))
        one = len(ids) == 1 and ids[0] in details
        self.caption.setEnabled(one)
        photo = details[ids[0]][0] if one else None
        for box, value in ((self.photo_step, photo and photo.step_id),
                           (self.photo_group, photo and photo.group_id),
                           (self.photo_opd, photo and photo.opd_id)):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(value), 0) if value else 0)
            box.blockSignals(False)
            box.setEnabled(one)
        if one:
            self.info.setText(details[ids[0]][1])
            self.caption.set_value(photo.caption)
        else:
            self.info.setText(self.empty_text if not self.list.count() else
                              self.tr("{count} photos. Select one to edit its caption, "
                                      "session, group or OPD.")
                              .format(count=self.list.count()))
            self.caption.set_value("")

    def _caption_committed(self, text: str) -> None:
        ids = self.selected_ids()
        details = self._details
        if len(ids) != 1 or ids[0] not in details:
            return
        ws, photo_id, old = self.controller.ws, ids[0], details[ids[0]][0].caption
        if self.controller.run(self.tr("Edit photo caption"),
                               lambda: photos.update_caption(ws, photo_id, text),
                               lambda _c: photos.update_caption(ws, photo_id, old)) is None:
            self.caption.revert()
        self._refresh.trigger()

    def _place_chosen(self, field: str, value: str | None) -> None:
        """The selected photo's session, group or OPD changed in its combo box: one undoable
        edit; the list is re-read at once (a refusal puts the combo back)."""
        ids = self.selected_ids()
        if len(ids) != 1 or ids[0] not in self._details:
            return
        ws, photo_id = self.controller.ws, ids[0]
        old = getattr(self._details[photo_id][0], field)
        if value == old:
            return
        text = {"step_id": self.tr("Move photo to another session"),
                "group_id": self.tr("Move photo to another group"),
                "opd_id": self.tr("Move photo to another OPD")}[field]
        self.controller.run(text, lambda: photos.update_photo(ws, photo_id, **{field: value}),
                            lambda _c: photos.update_photo(ws, photo_id, **{field: old}))
        self.load()

    def add_files(self, paths: list[str]) -> int:
        """Add photos from files (each one undoable edit); returns how many were stored.
        Only the file's bytes are used (never its name); a refusal is reported and the
        others still go in."""
        ws, event_id = self.controller.ws, self.event_id()
        if ws is None or not event_id:
            return 0
        step_id, opd_id = self.step.currentData(), self.opd.currentData()
        group_id = self.group.currentData()
        added = 0
        for path in paths:
            with open(path, "rb") as handle:
                data = handle.read(photos.MAX_BYTES + 1)
            result = self.controller.run(
                self.tr("Add photo"), lambda data=data: photos.add_photo(
                    ws, data, event_id=event_id, step_id=step_id, opd_id=opd_id,
                    group_id=group_id),
                lambda c: photos.delete_photo(ws, c.result.id))
            added += result is not None
        self.load()
        return added

    def choose_files(self) -> None:
        """Ask for image files on the laptop and add them."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), str(Path.home()),
            self.tr("Photos (*.jpg *.jpeg *.png *.webp)"))
        if paths:
            self.add_files(paths)

    def delete_selected(self) -> None:
        """Delete the selected photos (one undoable edit)."""
        ids = self.selected_ids()
        if ids:
            self.controller.run_each(self.tr("Delete photos"), ids, photos.delete_photo,
                                     photos.restore_photo)
            self.load()
