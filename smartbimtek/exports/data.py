"""The data workbook: every entity of the workshop as a table, in XLSX (one sheet each) and
CSV (one file each, UTF-8 with BOM so Excel reads Indonesian text right).

Text a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return) gets an apostrophe in front, in both formats; in the XLSX it is also stored
as a plain string cell, never a formula. Numbers stay numbers. Participants' phone numbers
are private and left out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from ..snapshot import WorkshopSnapshot
from ..text import strip_illegal
from .common import program_numbers
from .files import atomic_write, ensure_folder

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
Sheet = tuple[str, list[str], list[list]]


def neutralise(value):
    """A cell value safe for a spreadsheet: formula-like text gets a leading apostrophe."""
    if isinstance(value, str):
        value = strip_illegal(value)
        if value.startswith(FORMULA_START):
            return "'" + value
    return value


def _join(values) -> str:
    return "; ".join(str(v) for v in values if v)


def participant_groups(snap: WorkshopSnapshot, events: dict[str, str]) -> dict[str, str]:
    """The groups (kelompok) of each participant, by participant id: the group names in
    event order, each after its bimtek when groups of more than one bimtek exist."""
    several = len({g.event_id for g in snap.groups}) > 1
    out: dict[str, list[str]] = {}
    for group in snap.groups:
        label = f"{events.get(group.event_id, '')}: {group.name}" if several else group.name
        for person in group.participant_ids:
            out.setdefault(person, []).append(label)
    return {person: _join(labels) for person, labels in out.items()}


def sheets(snap: WorkshopSnapshot) -> list[Sheet]:
    """(name, header, rows) of every entity, in a fixed order."""
    code = snap.opd_code
    events = {e.id: f"Bimtek {e.stage}" for e in snap.events}
    people = {p.id: p for p in snap.participants}
    numbers = program_numbers(snap)
    steps = {s.id: s.title for steps in snap.agenda.values() for s in steps}
    tables = participant_groups(snap, events)
    out: list[Sheet] = [
        ("opd", ["id", "kode", "nama", "meja"],
         [[o.id, o.code, o.name, o.table_no] for o in snap.opds]),
        ("peserta", ["id", "nama", "opd", "jabatan", "kategori", "instansi", "kelompok"],
         [[p.id, p.name, code(p.opd_id), p.position, p.category or "", p.institution,
           tables.get(p.id, "")] for p in snap.participants]),
        ("kehadiran", ["kegiatan", "hari", "peserta_id", "nama", "opd", "waktu_hadir"],
         [[events.get(a.event_id, a.event_id), a.day, a.participant_id,
           people[a.participant_id].name if a.participant_id in people else "",
           code(people[a.participant_id].opd_id) if a.participant_id in people else "",
           a.checked_in_at] for a in snap.attendance]),
        ("agenda", ["kegiatan", "hari", "urutan", "rencana_mulai", "menit", "sesi", "jenis",
                    "status", "mulai_aktual", "selesai_aktual", "jeda_detik", "tambahan_detik"],
         [[events.get(s.event_id, s.event_id), s.day, s.position + 1, s.planned_start,
           s.minutes, s.title, s.kind, s.state, s.actual_start or "", s.actual_end or "",
           round(s.paused_seconds or 0), round(s.extra_seconds or 0)]
          for e in snap.events for s in snap.agenda.get(e.id, [])]),
        ("swot", ["id", "opd", "kuadran", "teks", "dimensi", "elemen", "komponen", "bobot",
                  "rating", "skor", "penulis", "sumber", "kegiatan", "dibuat"],
         [[i.id, code(i.opd_id), i.quadrant, i.text, i.dimension or "", i.element or "",
           i.component or "", i.weight, i.rating,
           round(i.weight * i.rating, 4) if i.weight is not None and i.rating is not None
           else None, i.author, i.source, events.get(i.event_id or "", ""), i.created_at]
          for i in snap.swot]),
        ("strategi", ["id", "jenis", "teks", "opd", "butir_swot"],
         [[s.id, s.type, s.text, code(s.opd_id), _join(s.swot_ids)] for s in snap.strategies]),
        ("kesiapan", ["komponen", "dimensi", "penilaian", "catatan"],
         [[r.component, r.dimension, r.rating or "", r.notes] for r in snap.readiness]),
        ("program", ["id", "nomor", "judul", "opd", "opd_pendukung", "dimensi", "elemen",
                     "uraian", "manfaat_warga", "horison", "tahun_mulai", "tahun_selesai",
                     "pendanaan", "indikator", "target", "quick_win_terpilih", "peringkat",
                     "dampak_rata2", "upaya_rata2", "kuadran", "suara", "butir_swot", "strategi"],
         [[p.id, numbers[p.id], p.title, code(p.opd_id),
           _join(code(o) for o in p.supporting_opd_ids), p.dimension, p.element or "",
           p.description, p.benefit, p.horizon, p.start_year, p.end_year, p.funding or "",
           p.indicator, p.target, "ya" if p.quick_win else "tidak", snap.priority_by_id[p.id].rank,
           snap.priority_by_id[p.id].impact, snap.priority_by_id[p.id].effort,
           snap.priority_by_id[p.id].quadrant or "", snap.priority_by_id[p.id].votes,
           _join(p.swot_ids), _join(p.strategy_ids)] for p in snap.programs]),
        ("skor", ["program_id", "nomor", "penilai_jenis", "penilai", "kriteria", "nilai",
                  "sumber", "kegiatan"],
         [[s.program_id, numbers.get(s.program_id, ""), s.rater_kind, s.rater, s.criterion,
           s.value, s.source, events.get(s.event_id or "", "")] for s in snap.scores]),
        ("suara", ["program_id", "nomor", "pemilih_jenis", "pemilih", "jumlah"],
         [[v.program_id, numbers.get(v.program_id, ""), v.voter_kind, v.voter, v.count]
          for v in snap.votes]),
        ("catatan", ["kegiatan", "sesi", "jenis", "teks", "dibuat"],
         [[events.get(n.event_id, n.event_id), steps.get(n.step_id or "", ""), n.kind, n.text,
           n.created_at] for n in snap.notes]),
    ]
    return out


def write_xlsx(snap: WorkshopSnapshot, target, progress: Callable[[float], None] | None = None
               ) -> None:
    """The workbook (write-only mode: fast for tens of thousands of rows)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook(write_only=True)
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F3864")
    data = sheets(snap)
    for index, (name, header, rows) in enumerate(data):
        sheet = book.create_sheet(name)
        sheet.freeze_panes = "A2"
        for col, title in enumerate(header, start=1):
            letter = _column(col)
            sheet.column_dimensions[letter].width = 48 if title in (
                "teks", "uraian", "judul", "nama", "indikator", "target", "sesi") else 16
        head = []
        for title in header:
            cell = WriteOnlyCell(sheet, value=title)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(vertical="top")
            head.append(cell)
        sheet.append(head)
        for row in rows:
            cells = []
            for value in row:
                value = neutralise(value)
                if isinstance(value, str):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"  # a string, never a formula
                    cells.append(cell)
                else:
                    cells.append(value)
            sheet.append(cells)
        if progress:
            progress((index + 1) / len(data))
    book.save(target)


def _column(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def csv_bytes(header: list[str], rows: list[list]) -> bytes:
    """One entity as CSV: UTF-8 with BOM, CRLF line ends, every text neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else neutralise(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def write_csv_folder(snap: WorkshopSnapshot, folder: str | Path,
                     progress: Callable[[float], None] | None = None) -> list[Path]:
    """One CSV file per entity in ``folder`` (created if needed); each written atomically."""
    folder = ensure_folder(folder)
    written = []
    data = sheets(snap)
    for index, (name, header, rows) in enumerate(data):
        payload = csv_bytes(header, rows)
        written.append(atomic_write(folder / f"{name}.csv", lambda h, p=payload: h.write(p)))
        if progress:
            progress((index + 1) / len(data))
    return written
