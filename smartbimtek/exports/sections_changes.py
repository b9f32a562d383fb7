"""The laporan's annex "Perubahan sejak ...": what changed since the bimtek before the reported
one (programs, quick wins, SWOT items, strategies, tujuan/sasaran), one table per kind with
the field, its old and its new value (``changes.report``)."""

from __future__ import annotations

import datetime as dt

from ..changes import fields
from ..changes import report as cr
from ..errors import ValidationError
from ..model import Event
from ..snapshot import WorkshopSnapshot
from .common import EMPTY, date_id
from .document import Composer, Placeholder

KIND_TITLES = fields.KIND_TITLES["id"]
STATUS_NAMES = fields.STATUS_NAMES["id"]
NO_DETAIL = fields.NO_DETAIL["id"]


def annex_title(snap: WorkshopSnapshot, rng: cr.Range | None) -> str:
    """"Perubahan sejak Bimtek I" (the bimtek before the reported one)."""
    previous = snap.history.event(rng.event_ids[0]) if rng else None
    return f"Perubahan sejak Bimtek {previous.stage}" if previous else \
        "Perubahan sejak bimtek sebelumnya"


def _day(moment: str) -> str:
    return date_id(dt.datetime.fromisoformat(moment).date().isoformat())


def change_annex(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    """The annex: every change since the bimtek before ``event`` until its last day. The
    first bimtek has none (what it produced is in the results chapter); a bimtek without a
    date, when others exist, gets the annex with a note that the range is unknown."""
    try:
        rng = cr.since_previous_event(snap.history, event.id)
    except ValidationError:
        rng = None
        if len(snap.history.events) < 2:
            return
    if rng is not None and len(rng.event_ids) < 2:
        return
    out.chapter(annex_title(snap, rng), annex=True)
    if rng is None:
        out.add(Placeholder.unavailable("Tanggal bimtek belum diisi: perubahan tidak dapat "
                                        "dibatasi pada suatu rentang waktu."))
        return
    last = dt.datetime.fromisoformat(rng.end) - dt.timedelta(days=1)
    out.para(f"Perubahan yang tercatat dalam berkas lokakarya dari {_day(rng.start)} sampai "
             f"dengan {date_id(last.date().isoformat())}: butir yang ditambahkan, diubah "
             "(isian lama dan baru), dihapus atau dipulihkan, serta quick win yang dipilih "
             "atau dibatalkan. Perubahan yang dicatat oleh versi aplikasi sebelumnya hanya "
             f"menyebut nama isian; nilainya tertulis {cr.value_text('', None, snap.history, known=False)}.")
    change_tables(snap.history, cr.build_report(snap.history, rng), out)


def change_tables(history: cr.History, report: cr.ChangeReport, out: Composer) -> None:
    """One section and table per kind of change (Butir, OPD, Status, Isian, Semula, Menjadi),
    or a note that nothing changed."""
    if not report.changes:
        out.add(Placeholder.unavailable("Tidak ada perubahan dalam rentang ini."))
        return
    for kind in cr.KINDS:
        changes = report.of_kind(kind)
        if not changes:
            continue
        out.section(KIND_TITLES[kind])
        rows = []
        for change in changes:
            rows += _rows(history, change)
        out.table(f"{KIND_TITLES[kind]}: perubahan", ["Butir", "OPD", "Status", "Isian",
                                                      "Semula", "Menjadi"], rows,
                  widths=[2.0, 1.3, 1.5, 1.1, 1.6, 1.6], font_size=8,
                  align=["left"] * 6)


def _rows(history: cr.History, change: cr.Change) -> list[list[str]]:
    head = [change.label, history.opd_codes.get(change.opd_id or "", "") or EMPTY,
            STATUS_NAMES.get(change.status, change.status)]
    if not change.fields:
        return [head + [NO_DETAIL if change.detail_missing else EMPTY, EMPTY, EMPTY]]
    rows = []
    for i, field in enumerate(change.fields):
        cells = head if i == 0 else ["", "", ""]
        rows.append(cells + [cr.field_label(field.field),
                             cr.value_text(field.field, field.old, history, known=field.known),
                             cr.value_text(field.field, field.new, history, known=field.known)])
    return rows
