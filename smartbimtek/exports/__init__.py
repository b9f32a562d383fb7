"""Exports: the documents a region takes home, built from a workshop snapshot.

Public API (used by the CLI and the desktop app)::

    DOCUMENTS = ("masterplan", "summary", "quickwins", "report", "daftar-hadir", "data")
    export(ws_or_snapshot, document, fmt, out_path, *, event_id=None, progress=None) -> Path
    export_all(snapshot, outdir, progress=None) -> list[Path]

``progress(done, total, label)`` may be called from the exporting (background) thread; take
the snapshot on the thread that owns the workshop connection and export from any thread.
Failures raise ``SmartBimtekError`` subclasses: ``ExportError`` (code ``export_failed``) when
a file cannot be written, ``ValidationError`` for an unknown document or format,
``NotFoundError`` for an unknown event.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from ..errors import ValidationError
from ..snapshot import WorkshopSnapshot, take_snapshot
from .files import ExportError, ensure_folder, write_bytes

#: Documents of one event (``event_id``): the laporan and the daftar hadir.
EVENT_DOCUMENTS = ("report", "daftar-hadir")
DOCUMENTS = ("masterplan", "summary", "quickwins", "report", "daftar-hadir", "data")
FORMATS: dict[str, tuple[str, ...]] = {
    "masterplan": ("docx", "pdf"), "summary": ("docx", "pdf"), "quickwins": ("docx", "pdf"),
    "report": ("docx", "pdf"), "daftar-hadir": ("docx", "pdf"), "data": ("xlsx", "csv")}
TITLES = {"masterplan": "Draft Masterplan Smart City", "summary": "Ringkasan Eksekutif",
          "quickwins": "Profil Quick Win Program Unggulan",
          "report": "Laporan Pelaksanaan Bimtek", "daftar-hadir": "Daftar Hadir",
          "data": "Buku Kerja Data"}
FILE_STEMS = {"masterplan": "draft-masterplan", "summary": "ringkasan-eksekutif",
              "quickwins": "profil-quick-win", "report": "laporan-pelaksanaan",
              "daftar-hadir": "daftar-hadir", "data": "data-workshop"}
#: The master plan's stem once the review has agreed every chapter (``final_draft``).
FINAL_STEM = "final-masterplan"

Progress = Callable[[int, int, str], None]

__all__ = ["DOCUMENTS", "EVENT_DOCUMENTS", "FORMATS", "TITLES", "ExportError", "build", "default_filename",
           "export", "export_all"]


def _snapshot(source) -> WorkshopSnapshot:
    return source if isinstance(source, WorkshopSnapshot) else take_snapshot(source)


def _check(document: str, fmt: str) -> None:
    if document not in FORMATS:
        raise ValidationError("document", f"{document!r} is not one of {', '.join(DOCUMENTS)}",
                              code="choice")
    if fmt not in FORMATS[document]:
        raise ValidationError("format", f"{document} can be exported as "
                              f"{' or '.join(FORMATS[document])}, not {fmt!r}", code="choice")


def build(snap: WorkshopSnapshot, document: str, event_id: str | None = None):
    """The format-neutral ``Document`` of a text document (not ``data``)."""
    from .attendance_list import build_attendance_list
    from .masterplan import build_masterplan
    from .report import build_report
    from .summary import build_quickwins, build_summary

    if document == "masterplan":  # the commitment sheet: at Bimtek IV, or earlier if asked
        return build_masterplan(snap, commitment=True if snap.settings.get(
            "commitment_early") else None)
    if document == "summary":
        return build_summary(snap)
    if document == "quickwins":
        return build_quickwins(snap)
    if document == "report":
        return build_report(snap, event_id)
    if document == "daftar-hadir":
        return build_attendance_list(snap, event_id)
    raise ValidationError("document", f"{document!r} has no text layout", code="choice")


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "daerah"


def default_filename(snap: WorkshopSnapshot, document: str, fmt: str,
                     event_id: str | None = None) -> str:
    """A file name like ``draft-masterplan-kabupaten-sukamaju.pdf`` (``csv``: a folder).

    Once every chapter is agreed and no comment is open (``snap.final_draft``, the document
    says "Draf Final") the master plan is named ``final-masterplan-…``.
    """
    first = FINAL_STEM if document == "masterplan" and snap.final_draft else FILE_STEMS[document]
    stem = f"{first}-{_slug(snap.plan.region_name or 'daerah')}"
    if document in EVENT_DOCUMENTS:
        from .common import pick_event

        event = pick_event(snap, event_id)
        if event is not None:
            stem += f"-bimtek-{event.stage.lower()}"
    return stem if fmt == "csv" else f"{stem}.{fmt}"


def export(ws_or_snapshot, document: str, fmt: str, out_path: str | Path, *,
           event_id: str | None = None, progress: Progress | None = None) -> Path:
    """Export one document in one format to ``out_path`` (for ``csv``: a folder of files).

    The file appears complete or not at all (temp file + ``os.replace``).
    """
    _check(document, fmt)
    snap = _snapshot(ws_or_snapshot)
    out_path = Path(out_path)
    label = f"{TITLES[document]} ({fmt.upper()})"

    reached = [0]

    def step(fraction: float) -> None:  # monotonic percent, so a progress bar never jumps back
        done = max(reached[0], min(100, int(fraction * 100)))
        if progress and (done > reached[0] or fraction in (0, 1)):
            progress(done, 100, label)
        reached[0] = done

    step(0)
    if document == "data":
        from . import data

        if fmt == "csv":
            data.write_csv_folder(snap, out_path, progress=lambda f: step(f))
        else:
            buffer = io.BytesIO()
            data.write_xlsx(snap, buffer, progress=lambda f: step(0.9 * f))
            write_bytes(out_path, buffer.getvalue())
        step(1)
        return out_path
    model = build(snap, document, event_id)
    step(0.05)
    buffer = io.BytesIO()
    if fmt == "pdf":
        from . import pdf_render

        pdf_render.render(model, buffer, progress=lambda f: step(0.05 + 0.9 * f))
    else:
        from . import docx_render

        docx_render.render(model, buffer, progress=lambda f: step(0.05 + 0.9 * f))
    write_bytes(out_path, buffer.getvalue())
    step(1)
    return out_path


def export_all(snapshot, outdir: str | Path, progress: Progress | None = None) -> list[Path]:
    """Every document in every format into ``outdir`` (a report and a daftar hadir per event);
    returns the paths.

    ``progress(done, total, label)`` counts percent points over all files.
    """
    snap = _snapshot(snapshot)
    outdir = ensure_folder(outdir)
    jobs: list[tuple[str, str, str | None]] = []
    for document in DOCUMENTS:
        events = [e.id for e in snap.events] if document in EVENT_DOCUMENTS else [None]
        for event_id in events:
            for fmt in FORMATS[document]:
                jobs.append((document, fmt, event_id))
    total = 100 * len(jobs)
    written = []
    for index, (document, fmt, event_id) in enumerate(jobs):
        def inner(done: int, _total: int, label: str, base: int = 100 * index) -> None:
            if progress:
                progress(base + done, total, label)

        name = default_filename(snap, document, fmt, event_id)
        written.append(export(snap, document, fmt, outdir / name, event_id=event_id,
                              progress=inner))
    if progress:
        progress(total, total, "Selesai")
    return written
