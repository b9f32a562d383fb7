"""Daftar hadir: the printable attendance list of one event, made before the event from the
roster. One page (or more) per day; columns No, Nama, Jabatan, Instansi/OPD, Kelompok (the table
group, when the bimtek has groups) and Tanda tangan; participants by category (OPD, Dewan Smart
City, Tim Pelaksana, academia, business, community).

Participants' phone numbers never appear (personal data).
"""

from __future__ import annotations

import datetime as dt

from ..errors import NotFoundError
from ..snapshot import WorkshopSnapshot
from . import formal_parts
from .common import date_id, event_title, pick_event, region_title
from .document import Document, Fields, Group, Heading, Paragraph, Table
from .sections_report import GROUP_NAMES, grouped, institution_of, table_groups

DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def day_text(start_date: str, day: int) -> str:
    """``Hari ke-1, Senin, 24 November 2026`` (without the date when the event has none)."""
    if not start_date:
        return f"Hari ke-{day}"
    when = dt.date.fromisoformat(start_date) + dt.timedelta(days=day - 1)
    return f"Hari ke-{day}, {DAY_NAMES[when.weekday()]}, {date_id(when)}"


def build_attendance_list(snap: WorkshopSnapshot, event_id: str | None = None) -> Document:
    """The daftar hadir of ``event_id`` (default: the current event), one part per day."""
    event = pick_event(snap, event_id)
    if event is None:
        raise NotFoundError("The workshop has no event for an attendance list"
                            + (f" (unknown event {event_id})." if event_id else "."),
                            code="not_found", entity="event", id=event_id)
    region = region_title(snap)
    title = event_title(event)
    doc = Document(f"Daftar Hadir {title} {region}", region, "daftar-hadir",
                   header=f"Daftar Hadir {title} – {region}", subject="Daftar Hadir Bimtek")
    doc.footer = formal_parts.footer_text(snap)
    people = grouped(snap)
    tables = table_groups(snap, event)  # the Kelompok column only when the bimtek has groups
    extra = ["Kelompok"] if tables else []
    for day in range(1, max(event.days, 1) + 1):
        doc.add(Heading(1, f"DAFTAR HADIR HARI KE-{day}", new_page=day > 1, in_toc=False))
        doc.add(Fields([("Kegiatan", f"{title} Gerakan Menuju Smart City {region}"),
                        ("Hari, tanggal", day_text(event.start_date, day)),
                        ("Tempat", event.venue or "...................................")]))
        rows: list = []
        number = 0
        for key, members in people:
            rows.append(Group(GROUP_NAMES[key]))
            for person in members:
                number += 1
                rows.append([str(number), person.name, person.position or "",
                             institution_of(snap, person)]
                            + ([tables.get(person.id, "")] if extra else [])
                            + [f"{number}.\n"])
        for _ in range(5):  # room for walk-ins, who sign with their name written by hand
            number += 1
            rows.append([str(number), "", "", ""] + [""] * len(extra) + [f"{number}.\n"])
        doc.add(Table(["No", "Nama", "Jabatan", "Instansi/OPD", *extra, "Tanda tangan"], rows,
                      widths=([0.45, 2.0, 1.9, 1.9, 1.2, 1.3] if extra
                              else [0.45, 2.3, 2.2, 2.2, 1.5]), font_size=8.5,
                      caption=f"Daftar hadir hari ke-{day}",
                      align=["center", "left", "left", "left"] + ["left"] * len(extra)
                      + ["left"]))
        registered = number - 5
        doc.add(Paragraph(f"Peserta terdaftar: {registered} orang. Baris kosong untuk peserta "
                          "yang belum terdaftar.", "small"))
    return doc
