"""The laporan's documentation annex: the event's photos (flip charts, the plenary, the
signing) with numbered captions naming the session, the group (kelompok) and the table (OPD)."""

from __future__ import annotations

import sqlite3

from ..model import Event
from ..services.photos import read_jpegs
from ..snapshot import WorkshopSnapshot
from .document import Composer, Paragraph, Picture


def photo_caption(snap: WorkshopSnapshot, photo, steps: dict) -> str:
    """A photo's caption as printed: the user's caption, then the session, the group
    (kelompok) and the OPD."""
    parts = [photo.caption or "Dokumentasi kegiatan"]
    where = []
    if photo.step_id in steps:
        where.append(f"Sesi: {steps[photo.step_id].title}")
    group = next((g for g in snap.groups if g.id == getattr(photo, "group_id", None)), None)
    if group is not None and group.kind != "opd":
        where.append(f"Kelompok: {group.name}")
    if photo.opd_id:
        code = snap.opd_code(photo.opd_id)
        if code:
            where.append(code)
    return parts[0] + (f" ({'; '.join(where)})" if where else "")


def documentation(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    """An annex "Dokumentasi Kegiatan" with every live photo of ``event`` in the order they
    were added, each with a numbered caption; no annex when the event has no photo. The JPEG
    bytes are read here, lazily, from the workshop file; a photo that cannot be read is
    named instead of printed."""
    chosen = [p for p in snap.photos if p.event_id == event.id and p.deleted_at is None]
    if not chosen:
        return
    out.chapter("Dokumentasi Kegiatan", annex=True)
    steps = {s.id: s for s in snap.agenda.get(event.id, [])}
    try:
        jpegs = read_jpegs(snap.path, [p.id for p in chosen])
    except (sqlite3.Error, OSError):  # the file cannot be read again: name the photos
        jpegs = {}
    out.para(f"Foto dokumentasi pelaksanaan ({len(chosen)} foto).")
    for photo in chosen:
        caption = photo_caption(snap, photo, steps)
        jpeg = jpegs.get(photo.id)
        if jpeg is None:
            out.add(Paragraph(f"[Foto tidak dapat dibaca: {caption}]", "note"))
            continue
        out.figures += 1
        out.add(Picture(jpeg, photo.width, photo.height,
                        f"Gambar {out.chapter_key}.{out.figures}  {caption}"))
