"""Documentation photos (dokumentasi): flip charts, the plenary, the signing.

A photo is only ever treated as an image. The bytes a user or a phone gives are decoded by
Pillow with the decoders of the allowed types only (JPEG, PNG, WebP: what Pillow reads without
plugins; HEIC/HEIF needs the ``pillow-heif`` plugin and is refused, phones send JPEG when a web
page asks for a file), refused when too large (bytes, and pixels before decoding: a
decompression bomb guard), turned upright from the EXIF orientation, scaled down to at most
``MAX_SIDE`` pixels and re-encoded as a JPEG **without any metadata** (no EXIF, no GPS, no
XMP, no ICC profile, no comments). Only the re-encoded JPEG is stored, in the workshop file;
no client-supplied file name is used for anything.
"""

from __future__ import annotations

import io
import re
import sqlite3
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NotFoundError, ValidationError
from ..model import new_id
from ..store.workshop import Workshop
from ..text import clean_short
from .common import require_opd, require_row, soft_delete, undelete

if TYPE_CHECKING:  # Pillow loads when a photo is first prepared (a faster app start)
    from PIL import Image

#: The decoders tried on an upload (Pillow format names).
ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP")
#: What those decoders may report: Pillow's JPEG decoder names a multi-picture JPEG (phone
#: cameras add depth maps and previews) "MPO"; only its first picture is used.
_DECODED_FORMATS = (*ALLOWED_FORMATS, "MPO")
#: Upload size limit in bytes (the phone endpoint accepts the same).
MAX_BYTES = 15 * 1024 * 1024
#: Pixel limit checked from the header, before anything is decoded (a 48 MP phone camera fits).
MAX_PIXELS = 60_000_000
#: Longest side of the stored photo, in pixels.
MAX_SIDE = 1600
#: JPEG quality of the stored photo.
JPEG_QUALITY = 82
#: Longest caption.
MAX_CAPTION = 300
SOURCES = ("desktop", "phone")

_EXIF_DATETIME_ORIGINAL = 0x9003
_EXIF_IFD = 0x8769
_EXIF_DATE = re.compile(r"^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})")


@dataclass(frozen=True)
class Photo:
    """A stored photo's metadata (the JPEG bytes are read with ``photo_jpeg``)."""

    id: str
    event_id: str
    step_id: str | None
    opd_id: str | None
    caption: str
    taken_at: str | None
    source: str
    width: int
    height: int
    size: int
    created_at: str
    deleted_at: str | None = None
    group_id: str | None = None  # the group (kelompok) whose work it shows


_COLUMNS = ("id, event_id, step_id, opd_id, caption, taken_at, source, width, height, "
            "length(jpeg) AS size, created_at, deleted_at, group_id")
#: The fields ``update_photo`` changes (None clears a place).
PLACE_FIELDS = ("step_id", "group_id", "opd_id")
_UNSET = object()


def _photo(row) -> Photo:
    return Photo(row["id"], row["event_id"], row["step_id"], row["opd_id"], row["caption"],
                 row["taken_at"], row["source"], row["width"], row["height"], row["size"],
                 row["created_at"], row["deleted_at"], row["group_id"])


def _taken_at(image: Image.Image) -> str | None:
    """The EXIF ``DateTimeOriginal`` as ``YYYY-MM-DDTHH:MM:SS`` (kept: a time, no place)."""
    try:
        value = image.getexif().get_ifd(_EXIF_IFD).get(_EXIF_DATETIME_ORIGINAL)
    except Exception:  # noqa: BLE001 - a broken EXIF block only loses the time taken
        return None
    match = _EXIF_DATE.match(value) if isinstance(value, str) else None
    if not match:
        return None
    y, mo, d, h, mi, s = match.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}"


def prepare_jpeg(data: bytes) -> tuple[bytes, int, int, str | None]:
    """Decode, check, turn upright, scale down and re-encode ``data``: returns the clean JPEG,
    its width and height and the time taken (from EXIF, if any). Raises ``ValidationError``
    with code ``empty``, ``too_large``, ``not_image`` or ``type``."""
    if not isinstance(data, (bytes, bytearray, memoryview)) or len(data) == 0:
        raise ValidationError("photo", "no image data", code="empty")
    if len(data) > MAX_BYTES:
        raise ValidationError("photo", f"the file is {len(data) // 1024} KB; at most "
                              f"{MAX_BYTES // (1024 * 1024)} MB", code="too_large",
                              limit=MAX_BYTES)
    from PIL import Image, ImageOps

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(bytes(data)), formats=list(ALLOWED_FORMATS))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ValidationError("photo", "the image has too many pixels",
                                  code="too_large") from exc
        except Exception as exc:  # noqa: BLE001 - anything Pillow cannot identify
            raise ValidationError("photo", "the file is not a JPEG, PNG or WebP image",
                                  code="not_image") from exc
        with image:
            if image.format not in _DECODED_FORMATS:
                raise ValidationError("photo", f"{image.format} images are not accepted",
                                      code="type")
            width, height = image.size
            if width < 1 or height < 1 or width * height > MAX_PIXELS:
                raise ValidationError("photo", f"the image has {width}x{height} pixels; at "
                                      f"most {MAX_PIXELS // 1_000_000} megapixels",
                                      code="too_large", limit=MAX_PIXELS)
            try:
                image.load()  # a truncated file fails here (LOAD_TRUNCATED_IMAGES stays off)
                taken_at = _taken_at(image)
                ImageOps.exif_transpose(image, in_place=True)  # upright, without a copy
                clean = _rgb(image)
            except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
                raise ValidationError("photo", "the image has too many pixels",
                                      code="too_large") from exc
            except Exception as exc:  # noqa: BLE001 - truncated or corrupt image data
                raise ValidationError("photo", "the image is damaged or incomplete",
                                      code="not_image") from exc
    clean.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    clean.info = {}  # nothing of the original travels into the stored file
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, exif=b"")
    return out.getvalue(), clean.width, clean.height, taken_at


def _rgb(image: Image.Image) -> Image.Image:
    """A fresh RGB image of ``image`` (transparency over white), with no ``info``."""
    from PIL import Image

    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    converted = image.convert("RGB") if image.mode != "RGB" else image
    fresh = Image.new("RGB", converted.size)
    fresh.paste(converted)
    return fresh


def _check_place(ws: Workshop, event_id: str, step_id: str | None,
                 opd_id: str | None, group_id: str | None = None) -> None:
    require_row(ws, "events", event_id, "event")
    if step_id:
        step = ws.query_one("SELECT event_id FROM agenda_steps WHERE id = ? "
                            "AND deleted_at IS NULL", (step_id,))
        if step is None or step["event_id"] != event_id:
            raise ValidationError("step", f"step {step_id!r} is not a step of this event",
                                  code="unknown_step")
    if group_id and not group_fits(ws, group_id, event_id):
        raise ValidationError("group", f"group {group_id!r} is not a group of this event",
                              code="unknown_group")
    if opd_id:
        require_opd(ws, opd_id)


def group_fits(ws: Workshop, group_id: object, event_id: str) -> bool:
    """Whether ``group_id`` is a live group of ``event_id`` (or of no event in particular)."""
    if not isinstance(group_id, str):
        return False
    row = ws.query_one("SELECT event_id FROM groups WHERE id = ? AND deleted_at IS NULL",
                       (group_id,))
    return row is not None and row["event_id"] in (None, event_id)


@dataclass(frozen=True)
class Prepared:
    """A checked, clean photo ready to store (``prepare``)."""

    jpeg: bytes
    width: int
    height: int
    taken_at: str | None


def prepare(data: bytes) -> Prepared:
    """``prepare_jpeg`` as a record (decode outside the write transaction: it takes time)."""
    return Prepared(*prepare_jpeg(data))


def add_photo(ws: Workshop, data: bytes, *, event_id: str, step_id: str | None = None,
              opd_id: str | None = None, caption: str = "", source: str = "desktop",
              actor: str | None = None, photo_id: str | None = None,
              group_id: str | None = None) -> Photo:
    """Store a photo of an event (optionally of a step, a group and a table's OPD) in one
    transaction with its audit row. ``data`` is checked and re-encoded by ``prepare_jpeg``."""
    if source not in SOURCES:
        raise ValidationError("source", f"{source!r} is not one of {', '.join(SOURCES)}",
                              code="choice")
    caption = clean_short(caption, "caption", required=False, max_len=MAX_CAPTION)
    _check_place(ws, event_id, step_id or None, opd_id or None, group_id or None)
    return store_prepared(ws, prepare(data), event_id=event_id, step_id=step_id,
                          opd_id=opd_id, caption=caption, source=source, actor=actor,
                          photo_id=photo_id, group_id=group_id)


def store_prepared(ws: Workshop, photo: Prepared, *, event_id: str, step_id: str | None = None,
                   opd_id: str | None = None, caption: str = "", source: str = "desktop",
                   actor: str | None = None, photo_id: str | None = None,
                   group_id: str | None = None) -> Photo:
    """Store a ``Prepared`` photo (checks as ``add_photo``; joins an outer transaction)."""
    if source not in SOURCES:
        raise ValidationError("source", f"{source!r} is not one of {', '.join(SOURCES)}",
                              code="choice")
    caption = clean_short(caption, "caption", required=False, max_len=MAX_CAPTION)
    _check_place(ws, event_id, step_id or None, opd_id or None, group_id or None)
    photo_id = photo_id or new_id()
    audit_source = "phone" if source == "phone" else None
    with ws.transaction(actor, audit_source) as tx:
        tx.execute("INSERT INTO photos (id, event_id, step_id, opd_id, group_id, caption, "
                   "taken_at, source, width, height, jpeg, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (photo_id, event_id, step_id or None, opd_id or None, group_id or None,
                    caption, photo.taken_at, source, photo.width, photo.height, photo.jpeg,
                    tx.now, tx.now))
        tx.audit("add", "photo", photo_id, {"event": event_id, "step": step_id or None,
                                            "group": group_id or None,
                                            "bytes": len(photo.jpeg)}, opd_id=opd_id or None)
    return get_photo(ws, photo_id)


def get_photo(ws: Workshop, photo_id: str, *, include_deleted: bool = False) -> Photo:
    """One photo's metadata (``NotFoundError`` if missing, or deleted unless asked)."""
    sql = f"SELECT {_COLUMNS} FROM photos WHERE id = ?"
    row = ws.query_one(sql if include_deleted else sql + " AND deleted_at IS NULL",
                       (photo_id,))
    if row is None:
        raise NotFoundError(f"photo {photo_id} does not exist (or was deleted).",
                            entity="photo", id=photo_id)
    return _photo(row)


def list_photos(ws: Workshop, event_id: str | None = None, *,
                include_deleted: bool = False) -> list[Photo]:
    """Photos (of one event, if given), oldest first; metadata only."""
    sql = f"SELECT {_COLUMNS} FROM photos WHERE 1=1"
    params: list = []
    if event_id:
        sql += " AND event_id = ?"
        params.append(event_id)
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    return [_photo(r) for r in ws.query(sql + " ORDER BY created_at, rowid", tuple(params))]


def photo_jpeg(ws: Workshop, photo_id: str) -> bytes:
    """The stored (clean) JPEG bytes of a live photo."""
    row = ws.query_one("SELECT jpeg FROM photos WHERE id = ? AND deleted_at IS NULL",
                       (photo_id,))
    if row is None:
        raise NotFoundError(f"photo {photo_id} does not exist (or was deleted).",
                            entity="photo", id=photo_id)
    return bytes(row[0])


def update_photo(ws: Workshop, photo_id: str, *, caption: object = _UNSET,
                 step_id: object = _UNSET, group_id: object = _UNSET,
                 opd_id: object = _UNSET) -> Photo:
    """Change a photo's caption and where it belongs: its session (a step of its event), its
    group (of its event) and its OPD; ``None`` (or "") clears a place, a field not given stays.
    Everything is checked before anything is written (``ValidationError`` codes ``too_long``,
    ``type``, ``unknown_step``, ``unknown_group``, ``unknown_opd``); one transaction with an
    audit row of the changed fields (``{"changes": {field: [old, new]}}``); nothing is
    written when nothing changes. Undo: call it again with the old values."""
    before = get_photo(ws, photo_id)
    new = {"caption": before.caption, "step_id": before.step_id,
           "group_id": before.group_id, "opd_id": before.opd_id}
    if caption is not _UNSET:
        new["caption"] = clean_short(caption, "caption", required=False, max_len=MAX_CAPTION)
    for field, value in (("step_id", step_id), ("group_id", group_id), ("opd_id", opd_id)):
        if value is not _UNSET:
            new[field] = value if value not in (None, "") else None
    changes = {f: [getattr(before, f), v] for f, v in new.items() if getattr(before, f) != v}
    if not changes:
        return before
    _check_place(ws, before.event_id, *(new[f] if f in changes else None
                                        for f in ("step_id", "opd_id", "group_id")))
    with ws.transaction() as tx:
        tx.execute("UPDATE photos SET caption = ?, step_id = ?, group_id = ?, opd_id = ?, "
                   "updated_at = ? WHERE id = ?",
                   (new["caption"], new["step_id"], new["group_id"], new["opd_id"], tx.now,
                    photo_id))
        tx.audit("edit", "photo", photo_id, {"fields": sorted(changes), "changes": changes},
                 opd_id=new["opd_id"] or before.opd_id)
    return get_photo(ws, photo_id)


def update_caption(ws: Workshop, photo_id: str, caption: str) -> Photo:
    """Change a photo's caption (``update_photo`` with the caption only)."""
    return update_photo(ws, photo_id, caption=caption)


def delete_photo(ws: Workshop, photo_id: str) -> None:
    """Remove a photo (kept in the file: restorable)."""
    photo = get_photo(ws, photo_id)
    soft_delete(ws, "photos", "photo", photo_id, opd_id=photo.opd_id)


def restore_photo(ws: Workshop, photo_id: str) -> Photo:
    """Bring back a deleted photo (undo)."""
    undelete(ws, "photos", "photo", photo_id, "photo")
    return get_photo(ws, photo_id)


def read_jpegs(path: str | Path, photo_ids: list[str]) -> dict[str, bytes]:
    """The stored JPEGs of ``photo_ids`` read from the workshop file at ``path`` over a
    read-only connection of its own (exports run in a worker thread; a stored photo never
    changes, so bytes read after the snapshot match its metadata). Missing ids are left out."""
    out: dict[str, bytes] = {}
    if not photo_ids:
        return out
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        for start in range(0, len(photo_ids), 200):
            chunk = list(photo_ids[start:start + 200])
            marks = ",".join("?" * len(chunk))
            for photo_id, jpeg in conn.execute(
                    f"SELECT id, jpeg FROM photos WHERE id IN ({marks})", chunk):
                out[photo_id] = bytes(jpeg)
    finally:
        conn.close()
    return out
