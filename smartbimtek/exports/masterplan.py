"""The Draft Masterplan Smart City: built from a snapshot following ``outline.MASTERPLAN_OUTLINE``.

Narrative sections come from the plan's narrative fields (an empty one becomes a visible
placeholder); the data sections are written by the functions in ``SECTION_WRITERS``.
"""

from __future__ import annotations

from collections.abc import Callable

from ..snapshot import WorkshopSnapshot
from . import (
    formal_parts,
    sections_analysis,
    sections_budget,
    sections_direction,
    sections_institutions,
    sections_plan,
    sections_programs,
    sections_quickwins,
    sections_region,
)
from .common import (
    EMPTY,
    Context,
    date_id,
    event_dates_text,
    event_title,
    government_title,
    keep_together,
    period_text,
    region_title,
)
from .document import (
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
    """The bimtek process in prose: its stages with dates, places and facilitators."""
    snap, out = ctx.snap, ctx.out
    if not snap.events:
        out.add(Placeholder.unavailable("Data kegiatan bimtek belum dicatat."))
        return
    out.para("Masterplan ini disusun secara partisipatif melalui bimbingan teknis (bimtek) "
             "Gerakan Menuju Smart City. Pada setiap tahap, perangkat daerah bekerja dalam "
             "kelompok dan hasilnya dibahas dalam pleno: analisis kesiapan daerah dan analisis "
             "SWOT, perumusan visi, misi, strategi, dan program per dimensi, penentuan "
             "prioritas dan pemilihan quick win, hingga penyusunan rencana aksi, peta jalan, "
             "dan komitmen bersama. Tahapan yang telah dilaksanakan adalah sebagai berikut.")
    rows = [[f"Bimtek {event.stage}", event_title(event), event_dates_text(event),
             event.venue or EMPTY, "\n".join(event.facilitators) or EMPTY]
            for event in snap.events]
    out.table("Tahapan bimtek penyusunan masterplan",
              ["Tahap", "Kegiatan", "Tanggal", "Tempat", "Tim pembimbing"], rows,
              widths=[0.8, 2.2, 1.3, 1.5, 1.8])


def annex_roster(ctx: Context) -> None:
    """Lampiran A: every OPD and every participant (phone numbers are private: left out)."""
    snap, out = ctx.snap, ctx.out
    out.table("Perangkat daerah", ["No", "Kode", "Perangkat daerah", "Jabatan kepala"],
              [[str(i), keep_together(o.code), o.name, snap.opd_title(o.id) or EMPTY]
               for i, o in enumerate(snap.opds, start=1)],
              widths=[0.45, 1.3, 3.4, 2.6], align=["center", "left", "left", "left"])
    if not snap.participants:
        out.add(Paragraph("Belum ada peserta yang terdaftar.", "note"))
        return
    out.table("Daftar peserta", ["No", "Nama", "Jabatan", "OPD"],
              [[str(i), p.name, p.position or EMPTY, keep_together(snap.opd_code(p.opd_id)) or EMPTY]
               for i, p in enumerate(snap.participants, start=1)],
              widths=[0.45, 2.6, 3.0, 1.2], align=["center", "left", "left", "left"])


def annex_commitment(ctx: Context) -> None:
    """Lampiran: the komitmen bersama (signed at Bimtek IV), dated at the capital town."""
    ctx.out.add(formal_parts.commitment_sheet(ctx.snap))


SECTION_WRITERS: dict[str, Callable[[Context], None]] = {
    "method": method,
    "readiness": sections_analysis.readiness,
    "gap": sections_region.gap_analysis,
    "region_swot": sections_region.consolidated_swot,
    "region_ifas": sections_region.region_ifas,
    "issues": sections_region.strategic_issues,
    "vision": sections_direction.vision, "missions": sections_direction.missions,
    "objectives": sections_direction.objectives,
    "objective_targets": sections_direction.objective_targets,
    "rpjmd": sections_direction.rpjmd_alignment,
    "programs_intro": sections_plan.programs_intro,
    "strategies": sections_plan.strategies,
    "programs": sections_plan.programs,
    **{f"institutions:{k}": w for k, w in sections_institutions.WRITERS.items()},
    "roadmap": sections_programs.roadmap,
    "action_plan": sections_budget.action_plan,
    "budget": sections_budget.budget_totals,
    "priority_matrix": sections_programs.priority_matrix,
    "quick_wins": sections_quickwins.quick_wins,
    "annex_swot": sections_analysis.swot_by_opd,
    "annex_ifas": sections_analysis.ifas,
    "annex_roster": annex_roster,
    "annex_commitment": annex_commitment,
}


def _writer(name: str) -> Callable[[Context], None]:
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
    draft = "Draf Final" if snap.final_draft else "Draft"  # every chapter agreed (review)
    doc = Document(f"{draft} Masterplan Smart City {region}", region, "masterplan",
                   header=f"{draft} Masterplan Smart City {region}",
                   subject="Masterplan Smart City")
    period = period_text(snap)
    doc.add(Cover(f"{draft.upper()} MASTERPLAN SMART CITY", region,
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
