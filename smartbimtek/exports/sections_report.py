"""Sections of the laporan pelaksanaan (issue 11, "the laporan, complete"): legal basis, tim
pembimbing and narasumber, the stage's output targets against what the file holds,
participants by group with attendance per day, conclusions and recommendations, follow-ups
with owner and due date. ``report.py`` calls them in order; they only read the snapshot.

Participants' phone numbers are personal data: nothing here reads ``Participant.phone``.
"""

from __future__ import annotations

import json
from importlib import resources

from ..model import Event, Participant
from ..services.plan import NARRATIVE_KEYS
from ..snapshot import WorkshopSnapshot
from .common import EMPTY, date_id, dimension_name, sentence_count
from .document import BulletList, Composer, Group, Paragraph, Placeholder

#: Participant groups as the laporan names them (``model.PARTICIPANT_CATEGORIES``), in order.
GROUP_NAMES = {"opd": "Perangkat Daerah", "dewan": "Dewan Smart City",
               "pelaksana": "Tim Pelaksana", "academia": "Akademisi",
               "business": "Pelaku Usaha", "community": "Komunitas dan Masyarakat",
               None: "Belum dikelompokkan"}
REACHED, PARTLY, NOT_YET = "Tercapai", "Sebagian", "Belum"


def stage_outputs() -> dict[str, list[dict]]:
    """The output targets of every stage (``reference/stage_outputs.json``)."""
    text = resources.files("smartbimtek").joinpath("reference", "stage_outputs.json")
    data = json.loads(text.read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


# -- legal basis, tim pembimbing and narasumber -------------------------------------------
def legal_basis(event: Event, out: Composer) -> None:
    """The Nota Kesepakatan (with its number) the bimtek rests on, or a visible placeholder."""
    basis = event.legal_basis.strip()
    number = event.agreement_number.strip()
    if not basis and not number:
        out.add(Placeholder("dasar hukum kegiatan: Nota Kesepakatan Gerakan Menuju Smart City "
                            "dan nomornya (Lokakarya > Kegiatan)"))
        return
    out.para("Kegiatan ini dilaksanakan berdasarkan:")
    items = [line.strip() for line in basis.splitlines() if line.strip()] or [
        "Nota Kesepakatan Gerakan Menuju Smart City"]
    if number:
        items[0] = f"{items[0].rstrip('.;')} Nomor {number}"
    out.add(BulletList(items, numbered=True))


def team(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    """Tim pembimbing and narasumber with their institution (and the narasumber's topic)."""
    facilitators = event.facilitators or snap.plan.facilitators
    rows = [[str(i), name, "Tim pembimbing", event.facilitator_institution or EMPTY, EMPTY]
            for i, name in enumerate(facilitators, start=1)]
    start = len(rows) + 1
    rows += [[str(i), s.name, "Narasumber", s.institution or EMPTY, s.topic or EMPTY]
             for i, s in enumerate(event.speakers, start=start)]
    if not rows:
        out.add(Placeholder("tim pembimbing dan narasumber (Lokakarya > Kegiatan)"))
        return
    out.table("Tim pembimbing dan narasumber", ["No", "Nama", "Peran", "Instansi", "Materi"],
              rows, widths=[0.45, 2.2, 1.2, 2.2, 2.0], font_size=8.5,
              align=["center", "left", "left", "left", "left"])
    if not event.speakers:
        out.add(Placeholder("narasumber dan instansinya (Lokakarya > Kegiatan)"))


# -- output targets against what the file holds --------------------------------------------
def _status(done: int, expected: int) -> str:
    if done <= 0:
        return NOT_YET
    return REACHED if done >= expected else PARTLY


def _evidence(snap: WorkshopSnapshot, key: str) -> tuple[str, str]:
    """(what the file holds, status) for one target key."""
    dims = 6
    components = len(snap.formal.components) or 3
    programs = snap.programs
    if key == "readiness":
        n = sum(1 for r in snap.readiness if r.rating)
        return f"{n} dari {components * dims} penilaian kesiapan", _status(n, components * dims)
    if key == "gaps":
        n = sum(1 for g in snap.gaps if g.current or g.expected or g.gap)
        return f"{n} dari {components * dims} sel analisis kesenjangan", \
            _status(n, components * dims)
    if key == "swot_opd":
        opds = {i.opd_id for i in snap.swot}
        return (f"{len(snap.swot)} butir SWOT; {len(opds)} dari {len(snap.opds)} perangkat "
                "daerah menyampaikan", _status(len(opds), len(snap.opds) or 1))
    if key == "region_swot":
        n, issues = len(snap.region_swot), len(snap.strategic_issues)
        return (f"{n} butir SWOT daerah; {issues} isu strategis",
                _status(bool(n) + bool(issues), 2))
    if key == "direction":
        missions = len(snap.plan.missions)
        goals = [o for o in snap.objectives if o.level == "tujuan"]
        targets = [o for o in snap.objectives if o.level == "sasaran"]
        measured = sum(1 for o in snap.objectives if o.indicator)
        vision = "visi dirumuskan" if snap.plan.vision.strip() else "visi belum dirumuskan"
        done = bool(snap.plan.vision.strip()) + bool(missions) + bool(goals) + bool(targets)
        return (f"{vision}; {missions} misi; {len(goals)} tujuan; {len(targets)} sasaran; "
                f"{measured} dengan indikator", _status(done, 4))
    if key == "programs":
        one = sum(1 for p in programs if p.horizon in ("quick_win", "short"))
        five = sum(1 for p in programs if p.horizon == "medium")
        ten = sum(1 for p in programs if p.horizon == "long")
        return (f"{len(programs)} usulan program (1 tahun: {one}; 5 tahun: {five}; "
                f"10 tahun: {ten})", _status(bool(one) + bool(five) + bool(ten), 3))
    if key == "action_plan":
        n = sum(1 for p in programs if snap.program_plans.get(p.id)
                and snap.program_plans[p.id].activities)
        return f"{n} dari {len(programs)} program memiliki kegiatan", \
            _status(n, len(programs) or 1)
    if key == "quickwin_candidates":
        n = sum(1 for p in programs if p.horizon == "quick_win")
        return f"{n} usulan program berhorizon quick win", _status(n, 1)
    if key == "prioritisation":
        scored = {s.program_id for s in snap.scores} | set(snap.placements)
        n = sum(1 for p in programs if p.id in scored)
        return (f"{n} dari {len(programs)} program dinilai ({len(snap.scores)} skor)",
                _status(n, len(programs) or 1))
    if key == "strategies":
        covered = {s.dimension for s in snap.strategies if s.dimension}
        return (f"{len(snap.strategies)} strategi; {len(covered)} dari {dims} dimensi",
                _status(len(covered), dims))
    if key == "road_map":
        n = sum(1 for p in programs if p.start_year and p.end_year)
        return f"{n} dari {len(programs)} program memiliki tahun pelaksanaan", \
            _status(n, len(programs) or 1)
    if key == "quickwins_chosen":
        chosen = [p for p in programs if p.quick_win]
        covered = sorted({p.dimension for p in chosen})
        names = ", ".join(dimension_name(d) for d in covered)
        return (f"{len(chosen)} quick win terpilih; {len(covered)} dari {dims} dimensi"
                + (f" ({names})" if names else ""), _status(len(covered), dims))
    if key == "chapters":
        n = sum(1 for k in NARRATIVE_KEYS if snap.plan.narratives.get(k, "").strip())
        return f"{n} dari {len(NARRATIVE_KEYS)} bagian narasi terisi", \
            _status(n, len(NARRATIVE_KEYS))
    if key == "quickwin_profiles":
        chosen = [p for p in programs if p.quick_win]
        n = sum(1 for p in chosen if snap.quickwin_profiles.get(p.id)
                and snap.quickwin_profiles[p.id].innovation_name)
        return f"{n} dari {len(chosen)} quick win memiliki profil", _status(n, len(chosen) or 1)
    if key == "commitment":
        heads = sum(1 for o in snap.opds)
        head = snap.formal.head_name or "kepala daerah (nama belum diisi)"
        return (f"lembar disiapkan untuk {head} dan {heads} kepala perangkat daerah; "
                "penandatanganan dibuktikan dengan lembar bertanda tangan",
                _status(bool(snap.formal.head_name) + bool(heads), 2))
    return EMPTY, NOT_YET


def output_targets(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    """The stage's output targets against what the workshop file holds (a checklist)."""
    targets = stage_outputs().get(event.stage, [])
    rows, missing = [], set()
    for i, item in enumerate(targets, start=1):
        evidence, status = _evidence(snap, item["key"])
        if status != REACHED:
            missing.add(i - 1)
        rows.append([str(i), item["target"], evidence, status])
    reached = sum(1 for r in rows if r[3] == REACHED)
    out.para(f"Tabel berikut membandingkan target keluaran Bimtek {event.stage} dengan isi "
             f"berkas lokakarya saat laporan ini dibuat: {reached} dari {len(rows)} target "
             "tercapai. Baris berwarna menandai target yang belum tercapai sepenuhnya.")
    out.table(f"Target keluaran Bimtek {event.stage} dan capaiannya",
              ["No", "Target keluaran", "Capaian (bukti dalam berkas)", "Status"], rows,
              widths=[0.45, 2.6, 3.2, 0.9], highlight=missing, font_size=8.5,
              align=["center", "left", "left", "center"])


# -- participants by group ------------------------------------------------------------------
def group_of(person: Participant) -> str | None:
    """The participant's group; someone of an OPD without group counts as OPD."""
    if person.category in GROUP_NAMES:
        return person.category
    return "opd" if person.opd_id else None


def institution_of(snap: WorkshopSnapshot, person: Participant) -> str:
    """Instansi/OPD as the attendance lists print it (the OPD's name, else the institution)."""
    opd = snap.opd_by_id.get(person.opd_id) if person.opd_id else None
    if opd is not None:
        return opd.name
    return person.institution or EMPTY


def grouped(snap: WorkshopSnapshot) -> list[tuple[str | None, list[Participant]]]:
    """Participants by group (in ``GROUP_NAMES`` order), each by OPD order then name."""
    order = {o.id: i for i, o in enumerate(snap.opds)}
    out = []
    for key in GROUP_NAMES:
        people = [p for p in snap.participants if group_of(p) == key]
        if people:
            people.sort(key=lambda p: (order.get(p.opd_id, len(order)),
                                       p.institution.lower(), p.name.lower()))
            out.append((key, people))
    return out


def groups_table(snap: WorkshopSnapshot, days: dict[int, set[str]], out: Composer) -> None:
    """Registered and present participants per group and day."""
    rows = []
    for key, people in grouped(snap):
        ids = {p.id for p in people}
        rows.append([GROUP_NAMES[key], str(len(ids))] + [str(len(ids & days[d]))
                                                          for d in sorted(days)])
    rows.append(["Jumlah", str(len(snap.participants))] + [str(len(days[d]))
                                                           for d in sorted(days)])
    out.table("Kehadiran per kelompok peserta dan hari",
              ["Kelompok peserta", "Terdaftar"] + [f"Hari {d}" for d in sorted(days)], rows,
              widths=[3.2, 1.0] + [0.9] * len(days),
              align=["left", "center"] + ["center"] * len(days), highlight={len(rows) - 1})


def table_groups(snap: WorkshopSnapshot, event: Event) -> dict[str, str]:
    """Each participant's table group (kelompok, issue 10) at ``event``, by participant id:
    the groups that name them, else the groups of their OPD (a dimension group seats several
    OPDs); the event's own groups, else the groups not tied to an event. Several are joined
    with commas; a participant without a group is left out."""
    mine = [g for g in snap.groups if g.event_id == event.id] or \
        [g for g in snap.groups if g.event_id is None]
    out: dict[str, str] = {}
    for person in snap.participants:
        named = [g.name for g in mine if person.id in g.participant_ids]
        if not named and person.opd_id:
            named = [g.name for g in mine if person.opd_id in g.opd_ids
                     or g.opd_id == person.opd_id]
        if named:
            out[person.id] = ", ".join(dict.fromkeys(named))
    return out


def presence_rows(snap: WorkshopSnapshot, days: dict[int, set[str]],
                  tables: dict[str, str] | None = None) -> list:
    """Rows of the attendance table by group: No, Nama, Jabatan, Instansi/OPD, the table
    group (when ``tables`` is given and not empty), a mark per day."""
    rows: list = []
    number = 0
    for key, people in grouped(snap):
        rows.append(Group(GROUP_NAMES[key]))
        for person in people:
            number += 1
            rows.append([str(number), person.name, person.position or EMPTY,
                         institution_of(snap, person)]
                        + ([tables.get(person.id, EMPTY)] if tables else [])
                        + ["✓" if person.id in days[d] else "" for d in sorted(days)])
    return rows


# -- conclusions, recommendations, follow-ups -----------------------------------------------
def conclusions(event: Event, out: Composer) -> None:
    """Kesimpulan and rekomendasi of the event (narratives), or visible placeholders."""
    out.section("Kesimpulan")
    out.narrative(event.conclusions, "kesimpulan kegiatan (Lokakarya > Kegiatan)")
    out.section("Rekomendasi")
    out.narrative(event.recommendations, "rekomendasi kegiatan (Lokakarya > Kegiatan)")


def followups(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    """The follow-ups of the event with owner, due date and the session they came from."""
    steps = {s.id: s for s in snap.agenda.get(event.id, [])}
    items = [n for n in snap.notes if n.event_id == event.id and n.kind == "followup"]
    if not items:
        out.add(Paragraph("Tidak ada tindak lanjut yang dicatat.", "note"))
        return
    out.para(f"{sentence_count(len(items), 'tindak lanjut')} disepakati dalam kegiatan ini.")
    rows = [[str(i), n.text, n.owner or "[Belum diisi]",
             date_id(n.due_date) if n.due_date else "[Belum diisi]",
             steps[n.step_id].title if n.step_id in steps else EMPTY]
            for i, n in enumerate(items, start=1)]
    out.table("Tindak lanjut", ["No", "Tindak lanjut", "Penanggung jawab", "Tenggat", "Sesi"],
              rows, widths=[0.45, 3.2, 1.5, 1.1, 1.6], font_size=8.5,
              align=["center", "left", "left", "left", "left"])
