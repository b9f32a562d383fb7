"""The change report as a document of its own (``smartbimtek changes PATH -o FILE.docx|pdf``):
what changed between two points, one table per kind, as in the laporan's annex
(``sections_changes``)."""

from __future__ import annotations

from ..changes import plain
from ..changes import report as cr
from ..snapshot import WorkshopSnapshot
from . import formal_parts
from .common import date_id, region_title
from .document import Composer, Document, Heading, Paragraph
from .sections_changes import change_tables


def build_change_document(snap: WorkshopSnapshot, rng: cr.Range) -> Document:
    """The change report of ``rng`` as a ``Document`` (Indonesian, like the laporan)."""
    history = snap.history
    report = cr.build_report(history, rng)
    region = region_title(snap)
    title = plain.range_title(history, rng)
    doc = Document(f"{title} – {region}", region, "changes", header=f"{title} – {region}",
                   subject="Laporan perubahan")
    doc.footer = formal_parts.footer_text(snap)
    doc.add(Heading(1, title, new_page=False, in_toc=False),
            Paragraph(region, "lead"),
            Paragraph(f"Rentang: {plain.range_text(rng)}. Dibuat {date_id(snap.taken_at)} "
                      f"dari riwayat berkas lokakarya: butir yang ditambahkan, diubah (isian "
                      f"lama dan baru), dihapus atau dipulihkan, serta quick win yang dipilih "
                      f"atau dibatalkan ({len(report.changes)} perubahan).", "small"))
    out = Composer(doc)
    out.chapter_key = "1"  # sections 1.1, 1.2 ... and tables "Tabel 1.x" under the title
    change_tables(history, report, out)
    return doc
