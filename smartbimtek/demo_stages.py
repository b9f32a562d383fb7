"""The demo region as it stands at the end of Bimtek I, II, III or IV (``smartbimtek demo
PATH --stage``): a plausible history built through the services on top of the Bimtek I demo
(``demo.py``). Every bimtek has its event with the stage's agenda run (steps done with
actual times), attendance and notes; the exercises of each stage leave their results:

- I: the agenda finished, vision keywords sent per table, synonyms merged, keywords picked
  and the vision drafted from them;
- II: a group per dimension with its OPDs, the programs filed per dimension group, programs
  for 10 years where a dimension had none;
- III: a TOWS strategy per dimension, the road map's years (long programs start later), the
  region's budget ceiling, quick wins per dimension;
- IV: every chapter and program agreed after comments answered and resolved, the commitment
  signed by the regional head and every head of OPD.
"""

from __future__ import annotations

import datetime as dt
import random

from . import demo_events, demo_photos, reference
from .rules.stages import STAGES
from .services import (
    agenda,
    commitment,
    groups,
    keywords,
    lan,
    plan,
    programs,
    review,
    roadmap,
    roster,
    swot,
)
from .store.workshop import Workshop

#: Weeks between two bimteks of the demo.
WEEKS_APART = 5
_KEYWORDS = (("DISKOMINFO", ("Digital", "Pelayanan prima", "Terhubung", "Data terpadu")),
             ("BAPPEDA", ("Sejahtera", "Berdaya saing", "Digital", "Berkelanjutan")),
             ("DINKES", ("Sehat", "Pelayanan prima", "Sejahtera")),
             ("DISPARBUD", ("Berbudaya", "Wisata", "Berdaya saing")),
             ("DLH", ("Lestari", "Berkelanjutan", "Hijau")),
             ("DPMPTSP", ("Pelayanan publik prima", "Investasi", "Digital")))
_MERGES = (("pelayanan publik prima", "pelayanan prima"), ("hijau", "lestari"))
_PICKS = ("digital", "pelayanan prima", "sejahtera", "berkelanjutan", "berbudaya")
_VISION = ("Terwujudnya Kabupaten Sukamaju yang digital, sejahtera, berbudaya, dan "
           "berkelanjutan dengan pelayanan publik prima")
_LONG = {"governance": ("DISKOMINFO", "Pusat Data dan Layanan Digital Terpadu Daerah"),
         "living": ("DISHUB", "Sistem Transportasi Cerdas Terintegrasi"),
         "society": ("BPBD", "Sistem Peringatan Dini Bencana Berbasis Sensor")}
_DIMENSION_STRATEGY = {
    "governance": ("WO", "Memanfaatkan program SPBE nasional untuk memadukan data layanan "
                         "antar perangkat daerah"),
    "branding": ("SO", "Memasarkan destinasi wisata unggulan melalui kanal digital bersama"),
    "economy": ("SO", "Mendorong UMKM naik kelas melalui pembayaran nontunai dan lokapasar"),
    "living": ("ST", "Memperluas layanan kesehatan daring untuk menjangkau desa terpencil"),
    "society": ("WO", "Membangun ruang belajar digital bersama komunitas dan kampus"),
    "environment": ("WT", "Mengurangi sampah ke TPA melalui bank sampah berbasis aplikasi"),
}
#: The SWOT each dimension group of Bimtek II writes at its table: (OPD code, quadrant, text);
#: an OPD that is not a member of the group gives the item to the group's first member.
_GROUP_SWOT = {
    "governance": (
        ("DISKOMINFO", "S", "Jaringan fiber optik sudah menghubungkan seluruh kantor OPD"),
        ("BKPSDM", "W", "Pegawai dengan kompetensi TIK masih sedikit di tiap OPD"),
        ("BAPPEDA", "O", "Program SPBE nasional menyediakan aplikasi umum gratis"),
        ("DISDUKCAPIL", "T", "Ancaman kebocoran data kependudukan dari serangan siber"),
        ("DPMPTSP", "S", "Mal Pelayanan Publik sudah melayani perizinan daring")),
    "branding": (
        ("DISPARBUD", "S", "Festival budaya tahunan dikenal hingga luar provinsi"),
        ("DISPARBUD", "W", "Belum ada logo dan tagline daerah yang dipakai bersama"),
        ("DISKOPUKM", "O", "Lokapasar nasional membuka kanal promosi produk lokal"),
        ("DISHUB", "T", "Akses jalan ke destinasi wisata rusak saat musim hujan")),
    "economy": (
        ("DISTAN", "S", "Produksi kopi dan gula aren menjadi komoditas unggulan"),
        ("DISKOPUKM", "W", "Sebagian besar UMKM belum memakai pembayaran nontunai"),
        ("DISPERINDAG", "O", "QRIS dan bank daerah siap mendampingi pedagang pasar"),
        ("BAPENDA", "T", "Kebocoran pajak daerah karena pencatatan masih manual"),
        ("DISNAKER", "W", "Pelatihan kerja belum sesuai kebutuhan industri")),
    "living": (
        ("DINKES", "S", "Seluruh puskesmas sudah memakai rekam medis elektronik"),
        ("RSUD", "W", "Antrean poliklinik RSUD masih dicatat di kertas"),
        ("DISHUB", "O", "Bantuan pusat untuk angkutan umum perdesaan"),
        ("DPUPR", "T", "Banjir tahunan memutus jalan kabupaten di wilayah selatan")),
    "society": (
        ("DISDIK", "S", "Semua SMP negeri memiliki laboratorium komputer"),
        ("DISPUSIP", "W", "Perpustakaan desa belum terhubung internet"),
        ("DISKOMINFO", "O", "Komunitas dan kampus siap menjadi relawan literasi digital"),
        ("BPBD", "T", "Hoaks bencana cepat menyebar di grup percakapan warga")),
    "environment": (
        ("DLH", "S", "Bank sampah aktif di 40 desa"),
        ("DLH", "W", "Belum ada peraturan bupati tentang pemilahan sampah rumah tangga"),
        ("DISPERKIM", "O", "Dana CSR perusahaan untuk ruang terbuka hijau"),
        ("DISHUB", "T", "Polusi udara meningkat di jalur angkutan truk tambang")),
}
_COMMENTS = (("chapter", "visi", "Kata 'prima' perlu dijelaskan dalam misi.",
              "Ditambahkan penjelasan pada misi pertama."),
             ("chapter", "roadmap", "Program 10 tahun sebaiknya dimulai setelah data terpadu.",
              "Program jangka panjang digeser mulai tahun ketiga."),
             ("chapter", "quickwin", "Quick win dimensi lingkungan belum punya anggaran.",
              "Anggaran APBD perubahan dicantumkan pada profil."))


#: The step each stage's event is running at when the demo is written with ``running``:
#: (day, step kind, how many steps of that kind came before it that day). I: the vision
#: keywords; II: the 10-year program group work; III: the road map; IV: the signing.
RUNNING_STEP = {"I": (2, "keywords", 0), "II": (1, "programs", 2), "III": (2, "programs", 1),
                "IV": (2, "plenary", 3)}


def running_day(stage: str) -> int:
    """The day of the stage's event on which its ``RUNNING_STEP`` runs (1 or 2)."""
    return RUNNING_STEP[stage][0]


def build_stages(ws: Workshop, clock, up_to: str, first_day: dt.date,
                 running_at: dt.datetime | None = None) -> None:
    """Continue the Bimtek I demo (``demo._fill``, mid day two) to the end of ``up_to``.
    ``clock`` is the demo's settable clock; ``first_day`` is Bimtek I's first day.
    ``running_at``: ``up_to``'s event is still running instead: its agenda has run up to its
    ``RUNNING_STEP``, which started at that moment (the exercises of later steps not done).
    Stage I with ``running_at``: only the keywords (``demo._fill`` already runs that step)."""
    stages = STAGES[:STAGES.index(up_to) + 1]
    rng = random.Random(2026)
    first = plan.current_event(ws)
    if running_at is not None and up_to == "I":
        _keywords(ws, clock)
        return
    _finish_agenda(ws, clock, first.id)
    _keywords(ws, clock)
    for offset, stage in enumerate(stages[1:], start=1):
        start = first_day + dt.timedelta(weeks=WEEKS_APART * offset)
        clock.moment = dt.datetime.combine(start, dt.time(7, 0), clock.moment.tzinfo)
        event = plan.start_event(ws, stage, venue=first.venue, start_date=start.isoformat(),
                                 facilitators=first.facilitators)
        event = demo_events.fill_event(ws, event, running=stage == up_to and running_at is not None)
        _attendance(ws, clock, event.id, rng)
        exercises = {"II": _bimtek_two, "III": _bimtek_three, "IV": _bimtek_four}[stage]
        last = stage == up_to and running_at is not None
        _run_agenda(ws, clock, event.id, lambda step, e=exercises, ev=event, r=last:
                    e(ws, ev, step, r),
                    stop=(RUNNING_STEP[stage], running_at) if last else None)
    demo_photos.add_photos(ws)  # the documentation photos of every bimtek run


def _finish_agenda(ws: Workshop, clock, event_id: str) -> None:
    """Run the rest of the current event's agenda to its end."""
    steps = agenda.list_steps(ws, event_id)
    running = agenda.current_step(ws, event_id)
    rest = steps[steps.index(next(s for s in steps if s.id == running.id)) + 1:] \
        if running else []
    if running and running.state == "paused":
        agenda.toggle_pause(ws, event_id)
    for step in rest:
        clock.advance(minutes=(running or step).minutes)
        agenda.start_step(ws, event_id, step.id)
        running = step
    clock.advance(minutes=running.minutes if running else 0)
    agenda.stop_step(ws, event_id)


def _run_agenda(ws: Workshop, clock, event_id: str, exercises, stop=None) -> None:
    """Run an event's agenda day by day with realistic times; ``exercises(step)`` does the
    group work of a step while it runs. ``stop``: ``((day, kind, nth), moment)``: that step
    starts at ``moment`` and is left running (the rest of the agenda not run)."""
    steps = agenda.list_steps(ws, event_id)
    for day in sorted({s.day for s in steps}):
        day_steps = [s for s in steps if s.day == day]
        target = _stop_step(day_steps, stop[0]) if stop and stop[0][0] == day else None
        hour, minute = (int(x) for x in day_steps[0].planned_start.split(":"))
        clock.moment = clock.moment.replace(hour=hour, minute=minute) + dt.timedelta(
            days=0 if day == 1 else 1)
        if target is not None:  # the day starts so that the target step begins at ``moment``
            before = day_steps[:day_steps.index(target)]
            clock.moment = stop[1] - dt.timedelta(minutes=sum(
                s.minutes + (s.position % 3) * 2 for s in before))
        for step in day_steps:
            if step is target:
                clock.moment = stop[1]
            agenda.start_step(ws, event_id, step.id)
            exercises(step)
            if step is target:
                return
            clock.advance(minutes=step.minutes + (step.position % 3) * 2)
        agenda.stop_step(ws, event_id)
        agenda.add_note(ws, event_id, f"Hari {day} selesai sesuai agenda.", kind="note")


def _stop_step(day_steps, where):
    """The step ``(day, kind, nth)`` among one day's steps (the day's last step if the
    agenda has no such step)."""
    _day, kind, nth = where
    of_kind = [s for s in day_steps if s.kind == kind]
    return of_kind[nth] if nth < len(of_kind) else day_steps[-1]


def _attendance(ws: Workshop, clock, event_id: str, rng) -> None:
    people = roster.list_participants(ws)
    for day in (1, 2):
        for person in people:
            if rng.random() < 0.9:
                roster.check_in(ws, person.id, event_id, day)


def _keywords(ws: Workshop, clock) -> None:
    """Vision keywords of Bimtek I day two, merged, picked, and the vision drafted."""
    opds = {o.code: o.id for o in roster.list_opds(ws)}
    for code, words in _KEYWORDS:
        for word in words:
            clock.advance(seconds=20)
            keywords.add_keyword(ws, word, opd_id=opds.get(code), author=f"Meja {code}",
                                 source="phone")
    for synonym, kept in _MERGES:
        keywords.merge(ws, synonym, kept)
    for word in _PICKS:
        keywords.pick(ws, word)
    current = plan.get_plan(ws)
    keywords.draft_vision(ws, _VISION, missions=current.missions)


def _bimtek_two(ws: Workshop, event, step, running: bool) -> None:
    if step.kind != "programs" or groups.list_groups(ws, event.id, kind="dimension"):
        return
    made = {g.dimension: g for g in groups.groups_per_dimension(ws, _owners(ws), event.id)}
    lan.ensure_group_codes(ws)  # the codes the dimension tables join with
    opds = {o.code: o.id for o in roster.list_opds(ws)}
    period = plan.get_plan(ws)
    for dimension, (code, title) in _LONG.items():
        if code in opds:
            programs.add_program(ws, opds[code], title, dimension, horizon="long",
                                 start_year=period.period_start, end_year=period.period_end,
                                 funding="APBD", source="table")
    for program in programs.list_programs(ws):
        if program.dimension in made:
            groups.set_entry_group(ws, "program", program.id, made[program.dimension].id)
    _group_swot(ws, event, made, opds)


def _group_swot(ws: Workshop, event, made, opds) -> None:
    """Each dimension group's SWOT (``_GROUP_SWOT``), sent from its table by its members
    during the step; the clock is put back after, so the agenda's times go on as planned."""
    began = ws.clock.moment
    for dimension, group in made.items():
        if not group.opd_ids:
            continue
        for code, quadrant, text in _GROUP_SWOT.get(dimension, ()):
            opd_id = opds.get(code) if opds.get(code) in group.opd_ids else group.opd_ids[0]
            ws.clock.advance(seconds=40)
            swot.add_item(ws, opd_id, quadrant, text, dimension=dimension, author=group.name,
                          source="table", event_id=event.id, group_id=group.id)
    ws.clock.moment = began


def _owners(ws: Workshop) -> dict[str, list[str]]:
    """The OPDs of each dimension group: the owners of the dimension's programs."""
    owners: dict[str, list[str]] = {}
    for program in programs.list_programs(ws):
        owners.setdefault(program.dimension, [])
        if program.opd_id not in owners[program.dimension]:
            owners[program.dimension].append(program.opd_id)
    return owners


def _bimtek_three(ws: Workshop, event, step, running: bool) -> None:
    if step.kind != "swot" or step.day != 1 or ws.setting(roadmap.CEILING_SETTING):
        return
    existing = {s.dimension for s in swot.list_strategies(ws) if s.opd_id is None}
    for dimension in reference.dimension_ids():
        if dimension not in existing:
            kind_, text = _DIMENSION_STRATEGY[dimension]
            swot.add_strategy(ws, kind_, text, dimension=dimension)
    period = plan.get_plan(ws)
    for program in programs.list_programs(ws, horizon="long"):
        if period.period_start and program.start_year == period.period_start:
            roadmap.move(ws, program.id, period.period_start + 2, program.end_year)
    total = max(roadmap.budget_per_year(ws).values(), default=0)
    roadmap.set_limits(ws, budget_ceiling_per_year=int(total * 1.2) or 5_000_000_000,
                       max_programs_per_opd_year=5)
    chosen = {p.dimension for p in programs.list_programs(ws) if p.quick_win}
    for program in programs.list_programs(ws, horizon="quick_win"):
        if program.dimension not in chosen:
            programs.set_quick_win(ws, program.id, True)
            chosen.add(program.dimension)


def _bimtek_four(ws: Workshop, event, step, running: bool) -> None:
    """Comments answered and chapters discussed in the first review step, everything agreed
    in the next morning's recap, the commitment signed in the signing step (``running``:
    the signing is under way, the regional head and half the heads of OPD have signed)."""
    if step.kind == "review" and step.day == 1 and not review.list_comments(ws):
        dimension_groups = groups.list_groups(ws, kind="dimension") or \
            groups.groups_per_dimension(ws, _owners(ws))
        for n, (subject_kind, subject, text, answer) in enumerate(_COMMENTS):
            group = dimension_groups[n % len(dimension_groups)]
            comment = review.add_comment(ws, subject_kind, subject, text, group_id=group.id,
                                         author=group.name, source="phone")
            review.answer_comment(ws, comment.id, answer, resolved=True)
        for key, _title in review.chapters():
            review.set_status(ws, "chapter", key, "discussed")
    elif step.kind == "plenary" and step.day == 2 and not review.all_agreed(ws) and \
            review.list_comments(ws):
        for key, _title in review.chapters():
            review.set_status(ws, "chapter", key, "agreed")
        for program in programs.list_programs(ws):
            review.set_status(ws, "program", program.id, "agreed")
    elif _is_signing(ws, event, step) and not any(
            s.signed for s in commitment.list_signers(ws)):
        signers = commitment.signers_from_heads(ws, event.id)
        began = ws.clock.moment
        for signer in signers[:len(signers) // 2 + 1] if running else signers:
            ws.clock.advance(seconds=30)  # one after the other at the signing table
            commitment.set_signed(ws, signer.id)
        ws.clock.moment = began  # the agenda's times go on from the step's start


def _is_signing(ws: Workshop, event, step) -> bool:
    """The step in which the commitment is signed: the one ``RUNNING_STEP`` names for IV."""
    day, kind, nth = RUNNING_STEP["IV"]
    return step.day == day and _stop_step(agenda.list_steps(ws, event.id, day=day),
                                          (day, kind, nth)).id == step.id
