"""Ringkasan Eksekutif: the plan in 2-4 pages (vision and missions, tujuan, strategy and key
programs per dimension, indicative budget per year, dimension and funding source, the quick
wins). The workshop's mechanics (who submitted what, scores and votes) are in the laporan.

``build_quickwins`` (the quick win profiles) lives in ``quickwins`` and is re-exported here.
"""

from __future__ import annotations

from .. import reference
from ..model import FUNDING, Program
from ..snapshot import WorkshopSnapshot
from . import formal_parts
from .common import (
    EMPTY,
    HORIZON_NAMES,
    date_id,
    dimension_name,
    opd_code_nb,
    period_text,
    program_numbers,
    region_title,
    rupiah,
)
from .document import BulletList, Composer, Document, Heading, Paragraph, Placeholder, Table
from .quickwins import build_quickwins

__all__ = ["build_quickwins", "build_summary"]

SUMMARY_TOP_PROGRAMS = 3  # key programs named per dimension
SUMMARY_TOP_STRATEGIES = 2  # strategies named per dimension
SUMMARY_MAX_WINS = 12


def build_summary(snap: WorkshopSnapshot) -> Document:
    """The executive summary of the master plan: vision, tujuan, strategy and key programs
    per dimension, indicative budget, quick wins."""
    region = region_title(snap)
    period = period_text(snap)
    doc = Document(f"Ringkasan Eksekutif Masterplan Smart City {region}", region, "summary",
                   header=f"Ringkasan Eksekutif Masterplan Smart City {region}",
                   subject="Ringkasan Eksekutif", footer=formal_parts.footer_text(snap))
    doc.add(Heading(1, "RINGKASAN EKSEKUTIF", new_page=False, in_toc=False),
            Paragraph(f"Masterplan Smart City {region}" + (f" Tahun {period}" if period else ""),
                      "center"),
            Paragraph(f"Keadaan data {date_id(snap.taken_at)}", "center"))
    out = Composer(doc)
    out.heading(2, "Visi dan Misi")
    if snap.plan.vision:
        out.para(snap.plan.vision, "quote")
    else:
        out.add(Placeholder("rumusan visi smart city daerah"))
    if snap.plan.missions:
        out.add(BulletList(list(snap.plan.missions), numbered=True))
    else:
        out.add(Placeholder("rumusan misi smart city daerah"))
    goals = [o.text for o in snap.objectives if o.level == "tujuan"] or list(snap.plan.goals)
    if goals:
        out.heading(2, "Tujuan")
        out.add(BulletList(goals, numbered=True))
    _strategy_and_programs(snap, out)
    _budget(snap, out)
    _quick_wins(snap, out)
    return doc


def _strategy_and_programs(snap: WorkshopSnapshot, out: Composer) -> None:
    """Per dimension: the region's strategies (else the strategic issues) and the key
    programs (best ranked), with horizon and owner."""
    out.heading(2, "Strategi dan Program Utama per Dimensi")
    numbers = program_numbers(snap)
    rows = []
    for dim in reference.dimension_ids():
        strategies = [s.text for s in snap.strategies if s.dimension == dim and not s.opd_id] \
            or [s.text for s in snap.strategies if s.dimension == dim]
        if not strategies:
            strategies = [i.text for i in snap.strategic_issues if i.dimension == dim]
        group = [p for p in snap.programs if p.dimension == dim]
        ranked = sorted(group, key=lambda p: snap.priority_by_id[p.id].rank)
        programs = "\n".join(f"{numbers[p.id]} {p.title} ({_horizon(p)}; "
                             f"{opd_code_nb(snap, p.opd_id)})"
                             for p in ranked[:SUMMARY_TOP_PROGRAMS])
        if not strategies and not group:
            continue
        rows.append([dimension_name(dim),
                     "\n".join(f"• {t}" for t in strategies[:SUMMARY_TOP_STRATEGIES]) or EMPTY,
                     programs or EMPTY])
    if not rows:
        out.add(Placeholder.unavailable("strategi dan program per dimensi"))
        return
    out.add(Table(["Dimensi", "Arah strategi", "Program utama"], rows,
                  widths=[1.2, 3.0, 3.3], font_size=8,
                  caption="Arah strategi dan program utama setiap dimensi",
                  align=["left", "left", "left"]))


def _horizon(program: Program) -> str:
    name = HORIZON_NAMES.get(program.horizon, program.horizon or "")
    return name.split(" (")[0].lower() if name else EMPTY


def _budget(snap: WorkshopSnapshot, out: Composer) -> None:
    """Indicative budget (rupiah) per year and funding source, and per dimension."""
    out.heading(2, "Indikasi Anggaran")
    totals = snap.budget_totals
    if not totals.total:
        out.add(Placeholder.unavailable("perkiraan anggaran program per tahun dan sumber dana"))
        return
    sources = [s for s in FUNDING if totals.by_source.get(s)]
    total = rupiah(totals.total).replace(" ", "\u00a0")  # "Rp" stays with its number
    out.para(f"Perkiraan kebutuhan anggaran seluruh program selama periode masterplan adalah "
             f"{total}. Rinciannya per tahun dan sumber dana, serta per dimensi, "
             "sebagai berikut.")
    rows = [[str(year)] + [rupiah(totals.by_year_source.get((year, s)), prefix=False)
                           if totals.by_year_source.get((year, s)) else EMPTY for s in sources]
            + [rupiah(amount, prefix=False)] for year, amount in totals.by_year.items()]
    rows.append(["Jumlah"] + [rupiah(totals.by_source[s], prefix=False) for s in sources]
                + [rupiah(totals.total, prefix=False)])
    out.add(Table(["Tahun"] + sources + ["Jumlah"], rows,
                  widths=[0.7] + [1.45] * len(sources) + [1.6], font_size=7.5,
                  caption="Indikasi anggaran per tahun dan sumber dana (Rp)",
                  align=["center"] + ["right"] * (len(sources) + 1), highlight={len(rows) - 1}))
    dims = [d for d in reference.dimension_ids() if totals.by_dimension.get(d)]
    rows = [[dimension_name(d), rupiah(totals.by_dimension[d], prefix=False),
             f"{totals.by_dimension[d] / totals.total * 100:.1f}".replace(".", ",")]
            for d in dims]
    rows.append(["Jumlah", rupiah(totals.total, prefix=False), "100,0"])
    out.add(Table(["Dimensi", "Anggaran (Rp)", "Porsi (%)"], rows, widths=[2.0, 2.0, 1.0],
                  font_size=8, caption="Indikasi anggaran per dimensi",
                  align=["left", "right", "right"], highlight={len(rows) - 1}))


def _quick_wins(snap: WorkshopSnapshot, out: Composer) -> None:
    out.heading(2, "Quick Win Program Unggulan")
    wins = snap.quick_wins()
    if not wins:
        out.add(Placeholder.unavailable("Quick win belum ditetapkan."))
        return
    if not any(p.quick_win for p in snap.programs):
        out.add(Placeholder("Quick win belum ditetapkan oleh pleno; berikut kandidat dari "
                            "matriks prioritas.", "Catatan"))
    numbers = program_numbers(snap)
    shown = wins[:SUMMARY_MAX_WINS]
    rows = []
    for p in shown:
        profile = snap.quickwin_profile(p.id)
        name = profile.innovation_name or p.title
        if profile.acronym:
            name = f"{profile.acronym}: {name}"
        budget = profile.budget if profile.budget is not None else \
            (snap.program_plan(p.id).budget_total or None)
        rows.append([numbers[p.id], f"{name}\n{p.title}" if name != p.title else name,
                     dimension_name(p.dimension), opd_code_nb(snap, p.opd_id),
                     rupiah(budget, prefix=False) if budget is not None else EMPTY])
    out.add(Table(["No", "Inovasi / program", "Dimensi", "OPD", "Anggaran (Rp)"], rows,
                  widths=[0.55, 3.2, 1.6, 1.3, 1.3], font_size=8, bold_first_line={1},
                  caption="Quick win program unggulan",
                  align=["center", "left", "left", "left", "right"]))
    if len(wins) > len(shown):
        out.para(f"Ditampilkan {len(shown)} dari {len(wins)} kandidat; daftar lengkap pada "
                 "Bab VIII Draft Masterplan.", "small")
