"""The komitmen bersama alone: the sheet the master plan's annex prints
(``formal_parts.commitment_sheet``), as a one-part document to print for signature."""

from __future__ import annotations

import io
from pathlib import Path

from ..errors import ValidationError
from ..snapshot import WorkshopSnapshot, take_snapshot
from . import formal_parts
from .common import region_title
from .document import Document
from .files import write_bytes


def build_commitment(snap: WorkshopSnapshot) -> Document:
    """The commitment sheet as its own document (the same sheet as the master plan's annex)."""
    region = region_title(snap)
    doc = Document(f"Komitmen Bersama {region}", region, "komitmen",
                   header=f"Komitmen Bersama – {region}", subject="Komitmen Bersama")
    doc.footer = formal_parts.footer_text(snap)
    doc.add(formal_parts.commitment_sheet(snap))
    return doc


def export_commitment(ws_or_snapshot, fmt: str, out_path: str | Path) -> Path:
    """Write the commitment sheet as ``pdf`` or ``docx`` to ``out_path`` (temp file, then
    moved into place). Raises ``ValidationError`` (code ``choice``) for another format."""
    if fmt not in ("pdf", "docx"):
        raise ValidationError("format", f"the commitment sheet can be exported as pdf or "
                              f"docx, not {fmt!r}", code="choice")
    snap = ws_or_snapshot if isinstance(ws_or_snapshot, WorkshopSnapshot) \
        else take_snapshot(ws_or_snapshot)
    buffer = io.BytesIO()
    if fmt == "pdf":
        from . import pdf_render

        pdf_render.render(build_commitment(snap), buffer)
    else:
        from . import docx_render

        docx_render.render(build_commitment(snap), buffer)
    return write_bytes(out_path, buffer.getvalue())
