"""Master plan sections of BAB VII (Rencana Aksi dan Peta Jalan) built from the programs' plan
data: the action plan (rencana aksi: per program and year the activities, the target and the
budget with its sources) and the budget totals per year, per dimension and per funding source
(tables and a stacked chart). Entered in the console under "Program > tab Rencana" (the program editor's plan tab)."""

from __future__ import annotations

from .. import reference
from ..model import FUNDING
from . import charts_plan
from .common import (
    EMPTY,
    Context,
    dimension_name,
    opd_code_nb,
    plan_period_years,
    rupiah,
    year_chunks,
)
from .document import Group, Placeholder

WHERE = "Program > tab Rencana"


def action_plan(ctx: Context) -> None:
    """Per dimension: every program with, for each year it runs, the activities of that
    year, the target and the budget (rupiah, by source)."""
    snap, out = ctx.snap, ctx.out
    if not snap.programs:
        out.add(Placeholder(f"rencana aksi program per tahun; disusun pada {WHERE}"))
        return
    out.para("Rencana aksi menjabarkan setiap program per tahun pelaksanaan: kegiatan yang "
             "dilakukan, target yang hendak dicapai, dan perkiraan anggaran beserta sumber "
             "pendanaannya. Anggaran dalam rupiah.")
    period = set(plan_period_years(snap))
    unplanned = []
    for dim in reference.dimension_ids():
        group = [p for p in ctx.ordered if p.dimension == dim]
        if not group:
            continue
        out.subsection(f"Rencana aksi dimensi {dimension_name(dim)}")
        rows: list = []
        highlight = set()
        for p in group:
            plan = snap.program_plan(p.id)
            years = set(plan.targets) | {b.year for b in plan.budgets}
            for act in plan.activities:
                first = act.start_year or act.end_year
                if first:
                    years |= set(range(first, (act.end_year or first) + 1))
            if period:
                years &= period
            if not years:
                unplanned.append(ctx.numbers[p.id])
                continue
            if p.quick_win:
                highlight.add(len(rows))
            rows.append(Group(f"{ctx.numbers[p.id]}  {p.title} "
                              f"({opd_code_nb(snap, p.opd_id)})"))
            for year in sorted(years):
                acts = [a.title for a in plan.activities
                        if (a.start_year or a.end_year or 0) <= year
                        <= (a.end_year or a.start_year or 0)]
                lines = [b for b in plan.budgets if b.year == year]
                rows.append([str(year), "\n".join(acts) or EMPTY,
                             plan.targets.get(year) or EMPTY,
                             rupiah(sum(b.amount for b in lines), prefix=False) if lines
                             else EMPTY,
                             ", ".join(sorted({b.source for b in lines})) or EMPTY])
        if rows:
            out.table(f"Rencana aksi dimensi {dimension_name(dim)}",
                      ["Tahun", "Kegiatan", "Target", "Anggaran (Rp)", "Sumber"], rows,
                      widths=[0.55, 3.15, 1.25, 1.3, 1.4], font_size=7.5,
                      align=["center", "left", "left", "right", "left"])
    if unplanned:
        out.add(Placeholder(f"kegiatan, target, dan anggaran per tahun program "
                            f"{', '.join(unplanned)}; diisi pada {WHERE}"))


def _share(part: int, total: int) -> str:
    return f"{part / total * 100:.1f}".replace(".", ",") + "%" if total else EMPTY


def budget_totals(ctx: Context) -> None:
    """Totals per year, per dimension, per funding source, and per year and source (with a
    stacked chart)."""
    snap, out = ctx.snap, ctx.out
    totals = snap.budget_totals
    if not totals.total:
        out.add(Placeholder(f"perkiraan anggaran program per tahun dan sumber; diisi pada "
                            f"{WHERE}"))
        return
    years = plan_period_years(snap) or sorted(totals.by_year)
    outside = sum(v for y, v in totals.by_year.items() if y not in years)
    out.para(f"Perkiraan kebutuhan anggaran seluruh program masterplan adalah "
             f"{rupiah(totals.total)}. Rinciannya per tahun, per dimensi, dan per sumber "
             "pendanaan disajikan berikut; angka ini menjadi acuan penganggaran melalui RKPD "
             "dan Renja perangkat daerah setiap tahun.")
    rows = [[str(y), rupiah(totals.by_year.get(y, 0), prefix=False),
             _share(totals.by_year.get(y, 0), totals.total)] for y in years]
    if outside:
        rows.append(["Di luar periode", rupiah(outside, prefix=False),
                     _share(outside, totals.total)])
    rows.append(["Jumlah", rupiah(totals.total, prefix=False), "100,0%"])
    out.table("Rekapitulasi anggaran per tahun", ["Tahun", "Anggaran (Rp)", "Porsi"], rows,
              widths=[1.6, 2.2, 1.0], align=["left", "right", "right"],
              highlight={len(rows) - 1})
    rows = [[dimension_name(d), rupiah(totals.by_dimension.get(d, 0), prefix=False),
             _share(totals.by_dimension.get(d, 0), totals.total)]
            for d in reference.dimension_ids()]
    rows.append(["Jumlah", rupiah(totals.total, prefix=False), "100,0%"])
    out.table("Rekapitulasi anggaran per dimensi", ["Dimensi", "Anggaran (Rp)", "Porsi"], rows,
              widths=[2.4, 2.2, 1.0], align=["left", "right", "right"],
              highlight={len(rows) - 1})
    sources = [s for s in FUNDING if totals.by_source.get(s)]
    sources += sorted(s for s in totals.by_source if s not in sources)
    rows = [[s, rupiah(totals.by_source[s], prefix=False), _share(totals.by_source[s],
                                                                   totals.total)]
            for s in sources]
    rows.append(["Jumlah", rupiah(totals.total, prefix=False), "100,0%"])
    out.table("Rekapitulasi anggaran per sumber pendanaan",
              ["Sumber pendanaan", "Anggaran (Rp)", "Porsi"], rows,
              widths=[2.4, 2.2, 1.0], align=["left", "right", "right"],
              highlight={len(rows) - 1})
    for chunk in year_chunks(years):
        rows = [[s] + [rupiah(totals.by_year_source.get((y, s), 0), prefix=False)
                       if totals.by_year_source.get((y, s)) else EMPTY for y in chunk]
                for s in sources]
        rows.append(["Jumlah"] + [rupiah(totals.by_year.get(y, 0), prefix=False)
                                  for y in chunk])
        out.table(f"Anggaran per sumber pendanaan dan tahun {chunk[0]}–{chunk[-1]} (Rp)",
                  ["Sumber"] + [str(y) for y in chunk], rows,
                  widths=[1.1] + [1.1] * len(chunk), font_size=7.5,
                  align=["left"] + ["right"] * len(chunk), highlight={len(rows) - 1})
    out.figure(charts_plan.BudgetBars(years, sources, dict(totals.by_year_source)),
               f"Perkiraan anggaran per tahun dan sumber pendanaan {years[0]}–{years[-1]}")
