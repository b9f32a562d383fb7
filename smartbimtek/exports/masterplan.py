"""The Draft Masterplan Smart City: built from a snapshot following ``outline.MASTERPLAN_OUTLINE``.

Narrative sections come from the plan's narrative fields (an empty one becomes a visible
placeholder); the data sections are written by the functions in ``SECTION_WRITERS``.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import reference
from ..snapshot import WorkshopSnapshot
from . import formal_parts, sections_analysis, sections_programs
from .common import (
    EMPTY,
    READINESS_NAMES,
    Context,
    component_name,
    date_id,
    dimension_name,
    event_dates_text,
    event_title,
    government_title,
    period_text,
    region_title,
)
from .document import (
    BulletList,
    Composer,
    Cover,
    Document,
    PageBreak,
    Paragraph,
    Placeholder,
    Toc,
)
from .outline import MASTERPLAN_OUTLINE, Chapter


def method(ctx: Context) -> None:
    """The bimtek events, who took part, and what the workshop produced."""
    snap, out = ctx.snap, ctx.out
    if not snap.events:
        out.add(Placeholder.unavailable("Data kegiatan bimtek belum dicatat."))
        return
    present = {a.participant_id for a in snap.attendance}
    out.para(f"Masterplan ini disusun melalui {len(snap.events)} kegiatan bimbingan teknis "
             f"(bimtek) Gerakan Menuju Smart City yang diikuti {len(snap.opds)} perangkat daerah "
             f"dengan {len(snap.participants)} peserta terdaftar ({len(present)} tercatat hadir). "
             "Daftar lengkap perangkat daerah dan peserta dimuat pada Lampiran A.")
    rows = []
    for event in snap.events:
        came = {a.participant_id for a in snap.attendance if a.event_id == event.id}
        rows.append([f"Bimtek {event.stage}", event_title(event), event_dates_text(event),
                     event.venue or EMPTY, "\n".join(event.facilitators) or EMPTY, str(len(came))])
    out.table("Kegiatan bimtek penyusunan masterplan",
              ["Tahap", "Kegiatan", "Tanggal", "Tempat", "Tim pembimbing", "Hadir"], rows,
              widths=[0.8, 2.0, 1.2, 1.3, 1.6, 0.6],
              align=["left", "left", "left", "left", "left", "center"])
    outputs = [
        ["Butir SWOT", str(len(snap.swot)), str(len({i.opd_id for i in snap.swot}))],
        ["Strategi TOWS", str(len(snap.strategies)),
         str(len({s.opd_id for s in snap.strategies if s.opd_id}))],
        ["Usulan program", str(len(snap.programs)), str(len({p.opd_id for p in snap.programs}))],
        ["Skor penilaian program", str(len(snap.scores)),
         str(len({s.rater for s in snap.scores if s.rater_kind == "opd"}))],
        ["Quick win terpilih", str(sum(p.quick_win for p in snap.programs)),
         str(len({p.opd_id for p in snap.programs if p.quick_win}))],
    ]
    out.table("Hasil kerja bimtek", ["Keluaran", "Jumlah", "OPD yang berkontribusi"], outputs,
              widths=[3.0, 1.0, 1.8], align=["left", "center", "center"])


def _numbered(ctx: Context, items: list[str], missing: str) -> None:
    if items:
        ctx.out.add(BulletList(list(items), numbered=True))
    else:
        ctx.out.add(Placeholder(missing))


def vision(ctx: Context) -> None:
    """The vision statement."""
    if ctx.snap.plan.vision:
        ctx.out.para(ctx.snap.plan.vision, "quote")
    else:
        ctx.out.add(Placeholder("rumusan visi smart city daerah"))


def missions(ctx: Context) -> None:
    """The missions."""
    _numbered(ctx, ctx.snap.plan.missions, "rumusan misi smart city daerah")


def goals(ctx: Context) -> None:
    """The goals."""
    _numbered(ctx, ctx.snap.plan.goals, "rumusan tujuan smart city daerah")


def targets(ctx: Context) -> None:
    """The targets with their indicators."""
    _numbered(ctx, ctx.snap.plan.targets, "rumusan sasaran beserta indikator dan targetnya")


def component_writer(component: str) -> Callable[[Context], None]:
    """BAB VI: the readiness of one component per dimension and its SWOT items count."""

    def write(ctx: Context) -> None:
        snap, out = ctx.snap, ctx.out
        rated = [r for r in snap.readiness if r.component == component]
        name = component_name(component).lower()
        if rated:
            order = {d: i for i, d in enumerate(reference.dimension_ids())}
            rated.sort(key=lambda r: order.get(r.dimension, 99))
            out.table(f"Kesiapan {name} per dimensi", ["Dimensi", "Penilaian", "Catatan"],
                      [[dimension_name(r.dimension), READINESS_NAMES.get(r.rating, EMPTY),
                        r.notes or EMPTY] for r in rated], widths=[1.6, 0.9, 5.0])
        items = [i for i in snap.swot if i.component == component]
        if items:
            counts = {q: sum(i.quadrant == q for i in items) for q in "SWOT"}
            out.para(f"Terdapat {len(items)} butir SWOT yang terkait komponen {name}: "
                     f"{counts['S']} kekuatan, {counts['W']} kelemahan, {counts['O']} peluang, "
                     f"dan {counts['T']} ancaman (rincian pada subbab 3.2 dan 3.3).")
    return write


def annex_roster(ctx: Context) -> None:
    """Lampiran A: every OPD and every participant (phone numbers are private: left out)."""
    snap, out = ctx.snap, ctx.out
    per_opd: dict[str | None, int] = {}
    for person in snap.participants:
        per_opd[person.opd_id] = per_opd.get(person.opd_id, 0) + 1
    out.table("Perangkat daerah peserta bimtek", ["No", "Kode", "Perangkat daerah", "Meja",
                                                  "Peserta"],
              [[str(i), o.code, o.name, str(o.table_no or EMPTY), str(per_opd.get(o.id, 0))]
               for i, o in enumerate(snap.opds, start=1)],
              widths=[0.45, 1.3, 4.2, 0.6, 0.7], align=["center", "left", "left", "center",
                                                         "center"])
    if not snap.participants:
        out.add(Paragraph("Belum ada peserta yang terdaftar.", "note"))
        return
    out.table("Daftar peserta", ["No", "Nama", "Jabatan", "OPD"],
              [[str(i), p.name, p.position or EMPTY, snap.opd_code(p.opd_id) or EMPTY]
               for i, p in enumerate(snap.participants, start=1)],
              widths=[0.45, 2.6, 3.0, 1.2], align=["center", "left", "left", "left"])


def annex_commitment(ctx: Context) -> None:
    """Lampiran: the komitmen bersama (signed at Bimtek IV), dated at the capital town."""
    ctx.out.add(formal_parts.commitment_sheet(ctx.snap))


SECTION_WRITERS: dict[str, Callable[[Context], None]] = {
    "method": method,
    "readiness": sections_analysis.readiness,
    "swot_by_opd": sections_analysis.swot_by_opd,
    "swot_by_dimension": sections_analysis.swot_by_dimension,
    "ifas": sections_analysis.ifas,
    "vision": vision, "missions": missions, "goals": goals, "targets": targets,
    "programs_intro": sections_programs.programs_intro,
    "tows": sections_programs.tows,
    "programs": sections_programs.programs,
    "roadmap": sections_programs.roadmap,
    "action_plan": sections_programs.action_plan,
    "priority_matrix": sections_programs.priority_matrix,
    "quick_wins": sections_programs.quick_wins,
    "annex_roster": annex_roster,
    "annex_commitment": annex_commitment,
}


def _writer(name: str) -> Callable[[Context], None]:
    if name.startswith("component:"):
        return component_writer(name.split(":", 1)[1])
    return SECTION_WRITERS[name]


def _stage_text(snap: WorkshopSnapshot) -> str:
    if not snap.events:
        return "Tahap penyusunan: belum ada bimtek tercatat"
    stages = [e.stage for e in snap.events]
    return "Hasil Bimtek " + (stages[0] if len(stages) == 1 else f"{stages[0]}–{stages[-1]}")


def build_masterplan(snap: WorkshopSnapshot, outline: tuple[Chapter, ...] = MASTERPLAN_OUTLINE,
                     *, commitment: bool | None = None) -> Document:
    """The Draft Masterplan Smart City of the region, every workshop input included.

    The komitmen bersama annex is printed once the workshop has reached Bimtek IV, or earlier
    with ``commitment=True`` (``False`` leaves it out)."""
    if commitment is None:
        commitment = formal_parts.commitment_due(snap)
    region = region_title(snap)
    doc = Document(f"Draft Masterplan Smart City {region}", region, "masterplan",
                   header=f"Draft Masterplan Smart City {region}",
                   subject="Masterplan Smart City")
    period = period_text(snap)
    doc.add(Cover("DRAFT MASTERPLAN SMART CITY", region,
                  subtitle=snap.plan.plan_title or "",
                  lines=[f"Periode {period}" if period else "Periode: belum ditetapkan",
                         _stage_text(snap)],
                  date=date_id(snap.taken_at),
                  issuer=government_title(snap)))
    doc.footer = formal_parts.footer_text(snap)
    formal_parts.front_matter(doc, snap, "Masterplan Smart City")
    doc.add(PageBreak(), Toc())
    ctx = Context(snap, Composer(doc))
    narratives = snap.plan.narratives or {}
    for chapter in outline:
        if chapter.intro == "annex_commitment" and not commitment:
            continue
        ctx.out.chapter(chapter.title, annex=chapter.annex)
        if chapter.intro:
            _writer(chapter.intro)(ctx)
        for section in chapter.sections:
            if section.title:
                ctx.out.section(section.title)
            if section.narrative:
                text = narratives.get(section.narrative, "")
                if text.strip() or section.missing:
                    ctx.out.narrative(text, section.missing)
            if section.content:
                _writer(section.content)(ctx)
    return doc
