"""Documentation photos (issue 11): only real images are stored, upright, scaled down and
without any metadata (no EXIF, no location); refused uploads store nothing."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from photos_support import camera_jpeg, png_bytes
from PIL import Image

from smartbimtek.errors import NotFoundError, ValidationError
from smartbimtek.services import agenda, photos, plan, roster


@pytest.fixture
def place(ws):
    event = plan.add_event(ws, "I")
    step = agenda.list_steps(ws, event.id)[0]
    opd = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1)
    return ws, event, step, opd


def _count(ws) -> tuple[int, int]:
    return (ws.query_one("SELECT count(*) FROM photos")[0],
            ws.query_one("SELECT count(*) FROM audit WHERE entity = 'photo'")[0])


def test_exif_orientation_is_applied_and_every_metadata_is_gone(place):
    ws, event, step, opd = place
    original = camera_jpeg(400, 200, orientation=6)
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # the fixture has GPS
    photo = photos.add_photo(ws, original, event_id=event.id, step_id=step.id, opd_id=opd.id,
                             caption="Flip chart meja 1")
    assert (photo.width, photo.height) == (200, 400)  # orientation 6: turned upright
    assert photo.taken_at == "2025-06-15T10:30:00"
    stored = photos.photo_jpeg(ws, photo.id)
    image = Image.open(io.BytesIO(stored))
    assert image.format == "JPEG" and image.size == (200, 400)
    assert len(image.getexif()) == 0 and "exif" not in image.info
    assert not any(k in image.info for k in ("xmp", "XML:com.adobe.xmp", "icc_profile",
                                             "comment"))
    assert b"Exif" not in stored and b"PhoneMaker" not in stored and b"GPS" not in stored
    # Rotated 90 degrees clockwise: the red left half is now the top half.
    top, bottom = image.getpixel((100, 50)), image.getpixel((100, 350))
    assert top[0] > 200 and top[2] < 60 and bottom[2] > 200 and bottom[0] < 60
    assert _count(ws) == (1, 1)
    assert (photo.event_id, photo.step_id, photo.opd_id, photo.source) == (
        event.id, step.id, opd.id, "desktop")


def test_large_photo_is_scaled_down_and_png_flattened(place):
    ws, event, _step, _opd = place
    big = camera_jpeg(4000, 3000, orientation=1)
    photo = photos.add_photo(ws, big, event_id=event.id)
    assert max(photo.width, photo.height) == photos.MAX_SIDE
    png = photos.add_photo(ws, png_bytes(), event_id=event.id, caption="plenary")
    assert (png.width, png.height) == (64, 48)
    assert Image.open(io.BytesIO(photos.photo_jpeg(ws, png.id))).format == "JPEG"


def _refused(ws, data, code, event_id):
    before = _count(ws)
    with pytest.raises(ValidationError) as err:
        photos.add_photo(ws, data, event_id=event_id)
    assert err.value.code == code
    assert _count(ws) == before


def test_non_image_is_refused(place):
    ws, event, _s, _o = place
    _refused(ws, b"<script>alert(1)</script>", "not_image", event.id)
    _refused(ws, b"", "empty", event.id)
    _refused(ws, b"%PDF-1.4\n" + b"0" * 500, "not_image", event.id)


def test_other_image_types_are_refused(place):
    ws, event, _s, _o = place
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, "GIF")
    _refused(ws, out.getvalue(), "not_image", event.id)  # not one of the decoders tried


def test_truncated_image_is_refused(place):
    ws, event, _s, _o = place
    data = camera_jpeg(800, 600, orientation=1)
    _refused(ws, data[: len(data) // 2], "not_image", event.id)


def test_oversized_file_is_refused(place, monkeypatch):
    ws, event, _s, _o = place
    _refused(ws, b"\xff\xd8" + b"\0" * (photos.MAX_BYTES + 1), "too_large", event.id)
    monkeypatch.setattr(photos, "MAX_BYTES", 1000)
    _refused(ws, camera_jpeg(400, 300), "too_large", event.id)


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` pixels with a tiny compressed body: a
    decompression bomb as far as the header goes."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\0" * 10_000, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_decompression_bomb_is_refused_before_decoding(place):
    ws, event, _s, _o = place
    bomb = _png_header_only(30_000, 30_000)  # 900 megapixels in a few hundred bytes
    assert len(bomb) < 2000
    _refused(ws, bomb, "too_large", event.id)
    _refused(ws, _png_header_only(10_000, 7_000), "too_large", event.id)  # 70 MP > limit


def test_place_is_checked(place):
    ws, event, step, _opd = place
    other = plan.add_event(ws, "II")
    with pytest.raises(ValidationError) as err:
        photos.add_photo(ws, png_bytes(), event_id=other.id, step_id=step.id)
    assert err.value.code == "unknown_step"
    with pytest.raises(ValidationError) as err:
        photos.add_photo(ws, png_bytes(), event_id=event.id, opd_id="nope")
    assert err.value.code == "unknown_opd"
    with pytest.raises(NotFoundError):
        photos.add_photo(ws, png_bytes(), event_id="nope")
    with pytest.raises(ValidationError) as err:
        photos.add_photo(ws, png_bytes(), event_id=event.id, source="server")
    assert err.value.code == "choice"
    assert _count(ws) == (0, 0)


def test_caption_delete_restore(place):
    ws, event, _step, _opd = place
    photo = photos.add_photo(ws, png_bytes(), event_id=event.id, caption="  Penandatanganan ")
    assert photo.caption == "Penandatanganan"
    assert photos.update_caption(ws, photo.id, "Penandatanganan Nota").caption == \
        "Penandatanganan Nota"
    with pytest.raises(ValidationError):
        photos.update_caption(ws, photo.id, "x" * (photos.MAX_CAPTION + 1))
    photos.delete_photo(ws, photo.id)
    assert photos.list_photos(ws, event.id) == []
    assert [p.id for p in photos.list_photos(ws, event.id, include_deleted=True)] == [photo.id]
    with pytest.raises(NotFoundError):
        photos.photo_jpeg(ws, photo.id)
    assert photos.restore_photo(ws, photo.id).deleted_at is None
    assert [p.caption for p in photos.list_photos(ws, event.id)] == ["Penandatanganan Nota"]
    actions = [r[0] for r in ws.query("SELECT action FROM audit WHERE entity='photo' ORDER BY id")]
    assert actions == ["add", "edit", "delete", "restore"]


def test_photos_are_left_out_of_the_interchange_dump(place):
    from smartbimtek.interchange import dump

    ws, event, _step, _opd = place
    photos.add_photo(ws, png_bytes(), event_id=event.id, caption="ZQPHOTOCAPTION")
    text = str(dump(ws))
    assert "ZQPHOTOCAPTION" not in text and "photos" not in dump(ws)


def test_multi_picture_jpeg_from_a_phone_camera_is_accepted(place):
    """Many phone cameras write MPO (a JPEG followed by more pictures: depth, preview);
    Pillow's JPEG decoder reads it as "MPO": the first picture is stored, as a plain JPEG."""
    ws, event, _s, _o = place
    first = Image.new("RGB", (300, 200), (255, 0, 0))
    out = io.BytesIO()
    first.save(out, "MPO", save_all=True,
               append_images=[Image.new("RGB", (300, 200), (0, 0, 255))])
    photo = photos.add_photo(ws, out.getvalue(), event_id=event.id)
    stored = Image.open(io.BytesIO(photos.photo_jpeg(ws, photo.id)))
    assert stored.format == "JPEG" and stored.size == (300, 200)
    assert getattr(stored, "n_frames", 1) == 1 and stored.getpixel((10, 10))[0] > 200
