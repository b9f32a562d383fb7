"""Laporan Pelaksanaan Bimtek of one event: legal basis, event data, tim pembimbing and
narasumber, the stage's output targets against what was reached, agenda planned vs actual,
attendance by group and day, what each step produced, coverage per OPD, conclusions and
recommendations, notes and decisions, follow-ups with owner and due date, and the commitment
sheet. Participants' phone numbers never appear (personal data)."""

from __future__ import annotations

import datetime as dt

from ..errors import NotFoundError
from ..model import Event
from ..rules.agenda import parse_hhmm
from ..snapshot import WorkshopSnapshot
from . import (
    formal_parts,
    sections_changes,
    sections_exercises,
    sections_report,
    sections_workshop,
)
from .common import (
    EMPTY,
    NOTE_KINDS,
    date_id,
    event_dates_text,
    event_title,
    government_title,
    pick_event,
    place_date,
    region_title,
    time_of,
)
from .document import (
    BulletList,
    Composer,
    Cover,
    Document,
    Fields,
    Paragraph,
    Placeholder,
    SignatureBlock,
    Toc,
)
from .sections_photos import documentation as photo_annex

KIND_NAMES = {"plenary": "Pleno", "presentation": "Paparan", "readiness": "Kesiapan",
              "swot": "SWOT", "programs": "Program", "prioritisation": "Prioritas",
              "break": "Rehat", "other": "Lainnya", "keywords": "Kata kunci visi",
              "review": "Reviu"}
LATE_MINUTES = 5  # a session that starts later than this is marked in the agenda table
STATE_NAMES = {"pending": "Belum dimulai", "running": "Berjalan", "paused": "Dijeda",
               "done": "Selesai"}


def build_report(snap: WorkshopSnapshot, event_id: str | None = None) -> Document:
    """The workshop report of ``event_id`` (default: the current event)."""
    event = pick_event(snap, event_id)
    if event is None:
        raise NotFoundError("The workshop has no event to report on"
                            + (f" (unknown event {event_id})." if event_id else "."),
                            code="not_found", entity="event", id=event_id)
    region = region_title(snap)
    title = event_title(event)
    doc = Document(f"Laporan Pelaksanaan {title} {region}", region, "report",
                   header=f"Laporan Pelaksanaan {title} – {region}",
                   subject="Laporan Pelaksanaan Bimtek")
    doc.add(Cover("LAPORAN PELAKSANAAN BIMBINGAN TEKNIS", region,
                  subtitle=title,
                  lines=[f"Bimtek {event.stage} Gerakan Menuju Smart City",
                         event_dates_text(event), event.venue or ""],
                  date=date_id(snap.taken_at), issuer=government_title(snap)), Toc())
    doc.footer = formal_parts.footer_text(snap)
    out = Composer(doc)
    out.chapter("Data Kegiatan")
    out.section("Dasar Hukum")
    sections_report.legal_basis(event, out)
    out.section("Waktu dan Tempat")
    _event_data(snap, event, out)
    out.section("Tim Pembimbing dan Narasumber")
    sections_report.team(snap, event, out)
    out.section("Target Keluaran dan Capaian")
    sections_report.output_targets(snap, event, out)
    out.chapter("Agenda dan Pelaksanaan")
    _agenda(snap, event, out)
    out.chapter("Kehadiran Peserta")
    _attendance(snap, event, out)
    out.chapter("Hasil Setiap Sesi")
    _results(snap, event, out)
    sections_exercises.stage_results(snap, event, out)
    sections_workshop.program_ranking(snap, out)
    out.chapter("Cakupan Partisipasi Perangkat Daerah")
    _coverage(snap, event, out)
    out.chapter("Kesimpulan, Catatan, dan Tindak Lanjut")
    sections_report.conclusions(event, out)
    _notes(snap, event, out)
    out.add(SignatureBlock(place_date(snap, _last_day(event)),
                           formal_parts.team_head_title(snap), snap.formal.team_head_name))
    if event.stage == formal_parts.COMMITMENT_STAGE:
        out.chapter("Komitmen Bersama", annex=True)
        out.add(formal_parts.commitment_sheet(snap, _last_day(event)))
    sections_changes.change_annex(snap, event, out)
    photo_annex(snap, event, out)
    return doc


def _last_day(event: Event) -> str | None:
    """The event's last day (ISO), None when it has no date."""
    if not event.start_date:
        return None
    first = dt.date.fromisoformat(event.start_date)
    return (first + dt.timedelta(days=max(event.days, 1) - 1)).isoformat()


def _present(snap: WorkshopSnapshot, event: Event) -> dict[int, set[str]]:
    days: dict[int, set[str]] = {d: set() for d in range(1, event.days + 1)}
    for a in snap.attendance:
        if a.event_id == event.id:
            days.setdefault(a.day, set()).add(a.participant_id)
    return days


def _event_data(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    days = _present(snap, event)
    out.add(Fields([
        ("Kegiatan", event_title(event)),
        ("Tahap", f"Bimtek {event.stage}"),
        ("Tanggal", event_dates_text(event)),
        ("Tempat", event.venue or "[Belum diisi]"),
        ("Tim pembimbing", ", ".join(event.facilitators or snap.plan.facilitators) or
         "[Belum diisi]"),
        ("Instansi tim pembimbing", event.facilitator_institution or "[Belum diisi]"),
        ("Narasumber", ", ".join(s.name for s in event.speakers) or "[Belum diisi]"),
        ("Peserta hadir", "; ".join(f"hari {d}: {len(p)} orang" for d, p in sorted(days.items()))
         or EMPTY),
        ("Perangkat daerah", f"{len(snap.opds)} terdaftar"),
    ], caption="Data kegiatan"))


def _minutes(step) -> str:
    if not step.actual_start:
        return EMPTY
    start = dt.datetime.fromisoformat(step.actual_start)
    end = dt.datetime.fromisoformat(step.actual_end) if step.actual_end else None
    if end is None:
        return EMPTY
    used = (end - start).total_seconds() - (step.paused_seconds or 0)
    return f"{round(used / 60)} mnt"


def _agenda(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    steps = snap.agenda.get(event.id, [])
    if not steps:
        out.add(Placeholder.unavailable("Agenda kegiatan belum disusun."))
        return
    out.para("Tabel berikut membandingkan jadwal rencana dengan waktu pelaksanaan yang tercatat "
             "oleh aplikasi saat fasilitator memulai dan mengakhiri setiap sesi. Baris berwarna: "
             f"sesi dimulai lebih dari {LATE_MINUTES} menit setelah rencana.")
    for day in sorted({s.day for s in steps}):
        rows = []
        late = set()
        for step in (s for s in steps if s.day == day):
            end = parse_hhmm(step.planned_start) + step.minutes
            plan = f"{step.planned_start}–{end // 60 % 24:02d}:{end % 60:02d}"
            actual = (f"{time_of(step.actual_start)}–{time_of(step.actual_end)}"
                      if step.actual_start else EMPTY)
            started = time_of(step.actual_start)
            if started and parse_hhmm(started) > parse_hhmm(step.planned_start) + LATE_MINUTES:
                late.add(len(rows))
            rows.append([plan, step.title, KIND_NAMES.get(step.kind, step.kind),
                         f"{step.minutes} mnt", actual, _minutes(step),
                         STATE_NAMES.get(step.state, step.state)])
        out.table(f"Agenda hari {day}", ["Rencana", "Sesi", "Jenis", "Durasi", "Realisasi",
                                         "Durasi aktual", "Status"], rows,
                  widths=[1.1, 2.6, 0.9, 0.8, 1.1, 0.8, 1.0], font_size=8, highlight=late,
                  align=["left", "left", "left", "center", "left", "center", "left"])


def _attendance(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    days = _present(snap, event)
    sections_report.groups_table(snap, days, out)
    by_opd: dict[str | None, list] = {}
    for person in snap.participants:
        by_opd.setdefault(person.opd_id, []).append(person)
    rows = []
    for opd in snap.opds:
        people = {p.id for p in by_opd.get(opd.id, [])}
        rows.append([opd.code, opd.name, str(len(people))]
                    + [str(len(people & days[d])) for d in sorted(days)])
    others = {p.id for p in by_opd.get(None, [])}
    if others:
        rows.append(["–", "Tanpa perangkat daerah", str(len(others))]
                    + [str(len(others & days[d])) for d in sorted(days)])
    rows.append(["", "Jumlah", str(len(snap.participants))]
                + [str(len(days[d])) for d in sorted(days)])
    out.table("Kehadiran per perangkat daerah dan hari",
              ["Kode", "Perangkat daerah", "Terdaftar"] + [f"Hari {d}" for d in sorted(days)],
              rows, widths=[1.2, 3.8, 0.9] + [0.8] * len(days),
              align=["left", "left", "center"] + ["center"] * len(days),
              highlight={len(rows) - 1})
    if not snap.participants:
        return
    tables = sections_report.table_groups(snap, event)
    extra = ["Kelompok"] if tables else []
    out.table("Daftar hadir per kelompok peserta",
              ["No", "Nama", "Jabatan", "Instansi/OPD", *extra] + [f"H{d}" for d in sorted(days)],
              sections_report.presence_rows(snap, days, tables),
              widths=[0.45, 2.0, 2.0, 2.0] + [1.3] * len(extra) + [0.45] * len(days),
              font_size=8,
              align=["center", "left", "left", "left"] + ["left"] * len(extra)
              + ["center"] * len(days))


def _in_step(moment: str, step) -> bool:
    if not (moment and step.actual_start):
        return False
    end = step.actual_end or "9999"
    return step.actual_start <= moment < end


def _results(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    steps = [s for s in snap.agenda.get(event.id, []) if s.kind != "break"]
    swot = [i for i in snap.swot if i.event_id == event.id]
    programs = [p for p in snap.programs if p.event_id == event.id]
    scores = [s for s in snap.scores if s.event_id == event.id]
    out.para(f"Selama kegiatan ini tercatat {len(swot)} butir SWOT, {len(programs)} usulan "
             f"program, dan {len(scores)} skor penilaian program. Isi lengkapnya dimuat dalam "
             "Draft Masterplan (Bab III, V, dan VIII) dan buku kerja data.")
    rows = []
    for step in steps:
        made = []
        n_swot = sum(_in_step(i.created_at, step) for i in swot)
        n_prog = sum(_in_step(p.created_at, step) for p in programs)
        if n_swot:
            made.append(f"{n_swot} butir SWOT")
        if n_prog:
            made.append(f"{n_prog} usulan program")
        notes = [n for n in snap.notes if n.step_id == step.id]
        if notes:
            made.append(f"{len(notes)} catatan/keputusan")
        if step.kind == "prioritisation" and scores:
            made.append(f"{len(scores)} skor penilaian (seluruh kegiatan)")
        status = STATE_NAMES.get(step.state, step.state)
        rows.append([f"H{step.day} {step.planned_start}", step.title, status,
                     "; ".join(made) or ("Tidak ada keluaran tercatat" if step.state == "done"
                                         else EMPTY)])
    if rows:
        out.table("Keluaran setiap sesi", ["Waktu", "Sesi", "Status", "Keluaran tercatat"], rows,
                  widths=[0.9, 2.9, 1.0, 2.8], font_size=8)
    out.para("Keluaran dihitung dari waktu pencatatan setiap masukan terhadap waktu mulai dan "
             "selesai sesi.", "small")


def _coverage(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    swot = {}
    for item in snap.swot:
        if item.event_id == event.id:
            swot[item.opd_id] = swot.get(item.opd_id, 0) + 1
    programs = {}
    for p in snap.programs:
        if p.event_id == event.id:
            programs[p.opd_id] = programs.get(p.opd_id, 0) + 1
    scores = {}
    for s in snap.scores:
        if s.event_id == event.id and s.rater_kind == "opd":
            scores[s.rater] = scores.get(s.rater, 0) + 1
    present = set().union(*_present(snap, event).values()) if event.days else set()
    came = {p.opd_id for p in snap.participants if p.id in present}
    rows, missing = [], set()
    for i, opd in enumerate(snap.opds):
        values = [swot.get(opd.id, 0), programs.get(opd.id, 0), scores.get(opd.code, 0)]
        if not all(values):
            missing.add(i)
        rows.append([opd.code, "Ya" if opd.id in came else "Tidak"] + [str(v) for v in values])
    out.para("Tabel berikut menunjukkan kontribusi setiap perangkat daerah. Baris berwarna "
             "menandai perangkat daerah yang belum menyampaikan salah satu jenis masukan.")
    out.table("Kontribusi perangkat daerah", ["OPD", "Hadir", "Butir SWOT", "Usulan program",
                                              "Skor diberikan"], rows,
              widths=[1.6, 0.8, 1.0, 1.1, 1.1], highlight=missing,
              align=["left", "center", "center", "center", "center"])
    for label, data in (("butir SWOT", swot), ("usulan program", programs)):
        absent = [o.code for o in snap.opds if not data.get(o.id)]
        out.para(f"Perangkat daerah yang belum menyampaikan {label} ({len(absent)}): "
                 + (", ".join(absent) if absent else "tidak ada") + ".")
    absent = [o.code for o in snap.opds if not scores.get(o.code)]
    out.para(f"Perangkat daerah yang belum memberi skor ({len(absent)}): "
             + (", ".join(absent) if absent else "tidak ada") + ".")


def _notes(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    notes = [n for n in snap.notes if n.event_id == event.id]
    steps = {s.id: s for s in snap.agenda.get(event.id, [])}
    sections = (("decision", "Keputusan"), ("note", "Catatan"), ("followup", "Tindak Lanjut"))
    for kind, title in sections:
        out.section(title)
        if kind == "followup":
            sections_report.followups(snap, event, out)
            continue
        items = [n for n in notes if n.kind == kind]
        if not items:
            out.add(Paragraph(f"Tidak ada {NOTE_KINDS[kind].lower()} yang dicatat.", "note"))
            continue
        out.add(BulletList([n.text + (f"\n(Sesi: {steps[n.step_id].title})"
                                      if n.step_id in steps else "") for n in items],
                           numbered=kind == "followup"))
