"""The Photos tab of the Workshop view (issue 11): thumbnails of the chosen bimtek's photos
with their caption; add from files (only the bytes are used), edit the caption, delete and
undo; a refused file is reported and stores nothing; captions are shown literally."""

from __future__ import annotations

import pytest
from layout_support import layout_problems, unreachable
from photos_support import camera_jpeg, png_bytes
from PySide6.QtCore import Qt
from ui_support import make_controller, settle

from smartbimtek.services import agenda, photos
from ui.views.photos import PhotosPanel


def _panel(qtbot, controller) -> PhotosPanel:
    panel = PhotosPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    settle(qtbot)
    return panel


def test_add_from_files_edit_caption_delete_and_undo(qtbot, tmp_path):
    controller = make_controller(tmp_path)
    panel = _panel(qtbot, controller)
    assert panel.list.count() == 0 and "No photos" in panel.info.text()
    good = tmp_path / "IMG 0001 <b>.jpg"
    good.write_bytes(camera_jpeg(1200, 600))
    other = tmp_path / "pleno.png"
    other.write_bytes(png_bytes(200, 100, "RGB"))
    bad = tmp_path / "virus.jpg"
    bad.write_bytes(b"MZ\x90\x00 not an image")
    errors = []
    controller.error_raised.connect(errors.append)
    assert panel.add_files([str(good), str(bad), str(other)]) == 2
    assert [e.code for e in errors] == ["not_image"]
    assert panel.list.count() == 2
    stored = photos.list_photos(controller.ws)
    assert [(p.width, p.height) for p in stored] == [(600, 1200), (200, 100)]
    assert not panel.list.item(0).icon().isNull()

    panel.list.item(0).setSelected(True)
    settle(qtbot)
    assert panel.caption.isEnabled() and "added on this laptop" in panel.info.text()
    panel.caption.setFocus()
    panel.caption.setText("<b>Flip chart</b> meja 1")
    panel.caption.editingFinished.emit()
    settle(qtbot)
    assert photos.get_photo(controller.ws, stored[0].id).caption == "<b>Flip chart</b> meja 1"
    assert panel.list.item(0).text() == "<b>Flip chart</b> meja 1"  # item text: never markup
    assert panel.info.textFormat() == Qt.TextFormat.PlainText

    panel.list.clearSelection()
    panel.list.item(1).setSelected(True)
    panel.delete_button.click()
    settle(qtbot)
    assert panel.list.count() == 1
    controller.undo_stack.undo()
    settle(qtbot)
    assert panel.list.count() == 2
    controller.undo_stack.undo()  # the caption edit
    settle(qtbot)
    assert photos.get_photo(controller.ws, stored[0].id).caption == ""


def test_phone_photos_show_session_and_opd(qtbot, tmp_path):
    controller = make_controller(tmp_path)
    ws = controller.ws
    event = ws.query_one("SELECT id FROM events")[0]
    step = agenda.list_steps(ws, event)[0]
    opd = ws.query_one("SELECT id FROM opds WHERE code = 'BAPPEDA'")[0]
    photos.add_photo(ws, png_bytes(), event_id=event, step_id=step.id, opd_id=opd,
                     caption="Meja 2", source="phone")
    panel = _panel(qtbot, controller)
    panel.list.item(0).setSelected(True)
    settle(qtbot)
    text = panel.info.text()
    assert "OPD: BAPPEDA" in text and "from a phone" in text and step.title in text


def test_refused_photo_reads_as_a_sentence(qapp):
    from smartbimtek.errors import ValidationError
    from ui.messages import error_text

    not_image = error_text(ValidationError("photo", "x", code="not_image"))
    too_large = error_text(ValidationError("photo", "x", code="too_large"))
    assert not_image.startswith("Photo: ") and "JPEG, PNG or WebP" in not_image
    assert too_large.startswith("Photo: ") and "15 MB" in too_large
    caption = error_text(ValidationError("caption", "x", code="too_long", length=301, max=300))
    assert caption.startswith("Caption is too long")


@pytest.mark.parametrize("room", [(1024 - 200, 768 - 120), (910 - 200, 512 - 100)],
                         ids=["1024x768", "910x512"])
def test_gallery_with_many_photos_fits(qtbot, tmp_path, room):
    controller = make_controller(tmp_path)
    ws = controller.ws
    event = ws.query_one("SELECT id FROM events")[0]
    for n in range(12):
        photos.add_photo(ws, png_bytes(320 + n * 10, 240, "RGB"), event_id=event,
                         caption=f"Flip chart meja {n + 1} dengan keterangan yang cukup panjang")
    panel = _panel(qtbot, controller)
    panel.resize(*room)
    panel.list.item(0).setSelected(True)
    settle(qtbot, 20)
    assert layout_problems(panel, room) == []
    assert unreachable(panel, {"add": panel.add_button, "delete": panel.delete_button,
                               "caption": panel.caption}) == []


def test_photos_added_on_the_laptop_go_to_the_chosen_session_and_opd(qtbot, tmp_path):
    controller = make_controller(tmp_path)
    ws = controller.ws
    event = ws.query_one("SELECT id FROM events")[0]
    step = agenda.list_steps(ws, event)[2]
    opd = ws.query_one("SELECT id FROM opds WHERE code = 'DLH'")[0]
    panel = _panel(qtbot, controller)
    assert panel.step.currentData() is None and panel.opd.currentData() is None  # defaults
    panel.step.setCurrentIndex(panel.step.findData(step.id))
    panel.opd.setCurrentIndex(panel.opd.findData(opd))
    path = tmp_path / "ttd.png"
    path.write_bytes(png_bytes(100, 80, "RGB"))
    assert panel.add_files([str(path)]) == 1
    photo = photos.list_photos(ws)[0]
    assert (photo.step_id, photo.opd_id) == (step.id, opd)


def _choose(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def test_selected_photo_moves_to_another_session_group_and_opd_and_back(qtbot, tmp_path):
    from smartbimtek.services import groups

    controller = make_controller(tmp_path)
    ws = controller.ws
    event = ws.query_one("SELECT id FROM events")[0]
    step = agenda.list_steps(ws, event)[7]
    opd = ws.query_one("SELECT id FROM opds WHERE code = 'DLH'")[0]
    group = groups.add_group(ws, "Smart Environment", "dimension", dimension="environment",
                             event_id=event)
    photo = photos.add_photo(ws, png_bytes(), event_id=event, caption="Flip chart")
    other = photos.add_photo(ws, png_bytes(), event_id=event, caption="Pleno")
    controller.undo_stack.clear()
    panel = _panel(qtbot, controller)
    edits = (panel.photo_step, panel.photo_group, panel.photo_opd)
    assert not any(box.isEnabled() for box in edits)  # nothing selected
    panel.list.item(0).setSelected(True)
    settle(qtbot)
    assert all(box.isEnabled() and box.currentData() is None for box in edits)
    assert panel.photo_group.findData(group.id) > 0

    _choose(panel.photo_step, step.id)
    settle(qtbot)
    _choose(panel.photo_group, group.id)
    settle(qtbot)
    _choose(panel.photo_opd, opd)
    settle(qtbot)
    stored = photos.get_photo(ws, photo.id)
    assert (stored.step_id, stored.group_id, stored.opd_id) == (step.id, group.id, opd)
    assert photos.get_photo(ws, other.id).group_id is None  # only the selected photo
    assert controller.undo_stack.count() == 3  # one undoable edit per change
    for text in (f"Session: {step.title}", "Group: Smart Environment", "OPD: DLH"):
        assert text in panel.info.text() and text in panel.list.item(0).toolTip()
    assert panel.list.item(0).isSelected()  # the list re-read at once, the photo still chosen

    controller.undo_stack.undo()
    settle(qtbot)
    assert photos.get_photo(ws, photo.id).opd_id is None
    assert panel.photo_opd.currentData() is None and "OPD: DLH" not in panel.info.text()
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    settle(qtbot)
    stored = photos.get_photo(ws, photo.id)
    assert (stored.step_id, stored.group_id) == (None, None)
    assert panel.photo_step.currentData() is None and panel.photo_group.currentData() is None
    controller.undo_stack.redo()
    settle(qtbot)
    assert photos.get_photo(ws, photo.id).step_id == step.id
    assert panel.photo_step.currentData() == step.id

    panel.list.item(1).setSelected(True)  # two photos chosen: no place to edit
    settle(qtbot)
    assert not any(box.isEnabled() for box in edits)


def test_photos_added_on_the_laptop_go_to_the_chosen_group(qtbot, tmp_path):
    from smartbimtek.services import groups

    controller = make_controller(tmp_path)
    ws = controller.ws
    event = ws.query_one("SELECT id FROM events")[0]
    group = groups.add_group(ws, "Meja 4", "custom", event_id=event)
    panel = _panel(qtbot, controller)
    assert panel.group.currentData() is None
    _choose(panel.group, group.id)
    path = tmp_path / "meja4.png"
    path.write_bytes(png_bytes(100, 80, "RGB"))
    assert panel.add_files([str(path)]) == 1
    assert photos.list_photos(ws)[0].group_id == group.id
