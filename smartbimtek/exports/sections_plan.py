"""Master plan sections of BAB V (Strategi dan Program per Dimensi): the strategies per
dimension (TOWS, grouped by dimension), and per dimension the programs for 1, 5 and 10 years
(``model.HORIZON_PLAN_YEARS``) with owner and supporting OPDs, location, indicator, baseline,
budget and source, followed by their targets and budgets per year of the plan period.

Entered in the console under "Program > tab Rencana" (the program editor's plan tab)."""

from __future__ import annotations

from .. import reference
from ..model import HORIZON_PLAN_YEARS, STRATEGY_TYPES, Program
from .common import (
    EMPTY,
    Context,
    dimension_name,
    element_name,
    opd_code_nb,
    opd_codes_nb,
    plan_period_years,
    rupiah,
    year_chunks,
    years_text,
)
from .document import Group, Placeholder

WHERE = "Program > tab Rencana"
BUCKETS = {1: "Program 1 tahun (quick win dan jangka pendek)",
           5: "Program 5 tahun (jangka menengah)",
           10: "Program 10 tahun (jangka panjang)"}
TOWS_SHORT = {"SO": "S-O: kekuatan untuk meraih peluang",
              "WO": "W-O: peluang untuk mengatasi kelemahan",
              "ST": "S-T: kekuatan untuk menghadapi ancaman",
              "WT": "W-T: meminimalkan kelemahan dan menghindari ancaman"}


def _dims_with_none() -> list[str | None]:
    return [*reference.dimension_ids(), None]


def programs_intro(ctx: Context) -> None:
    """How many programs per dimension and horizon (1, 5, 10 years)."""
    snap, out = ctx.snap, ctx.out
    if not snap.programs:
        out.add(Placeholder(f"program per dimensi; disusun pada {WHERE}"))
        return
    out.para(f"Masterplan memuat {len(snap.programs)} program yang disusun per dimensi smart "
             "city dan horizon waktu 1, 5, dan 10 tahun. Setiap program diberi nomor (P01, "
             "P02, ...) yang dipakai pula pada rencana aksi, peta jalan, dan quick win.")
    buckets = sorted(set(HORIZON_PLAN_YEARS.values()))
    rows = []
    for dim in reference.dimension_ids():
        group = [p for p in snap.programs if p.dimension == dim]
        rows.append([dimension_name(dim)]
                    + [str(sum(HORIZON_PLAN_YEARS.get(p.horizon) == b for p in group))
                       for b in buckets]
                    + [str(sum(p.quick_win for p in group)), str(len(group))])
    rows.append(["Jumlah"] + [str(sum(HORIZON_PLAN_YEARS.get(p.horizon) == b
                                      for p in snap.programs)) for b in buckets]
                + [str(sum(p.quick_win for p in snap.programs)), str(len(snap.programs))])
    out.table("Jumlah program per dimensi dan horizon waktu",
              ["Dimensi"] + [f"{b} tahun" for b in buckets] + ["Quick win", "Jumlah"], rows,
              widths=[2.4] + [0.9] * len(buckets) + [0.9, 0.8],
              align=["left"] + ["center"] * (len(buckets) + 2), highlight={len(rows) - 1})


def _strategy_sources(ctx: Context, ids: list[str]) -> str:
    refs = ctx.swot_refs()
    region = {i.id: i for i in ctx.snap.region_swot}
    out = []
    for item_id in ids:
        if item_id in refs:
            out.append(refs[item_id])
        elif item_id in region:
            out.append(f"{dimension_name(region[item_id].dimension)} "
                       f"{region[item_id].quadrant}")
    return ", ".join(out) or EMPTY


def strategies(ctx: Context) -> None:
    """TOWS strategies grouped by dimension, then by type."""
    snap, out = ctx.snap, ctx.out
    if not snap.strategies:
        out.add(Placeholder("strategi per dimensi (S-O, W-O, S-T, W-T) berdasarkan SWOT "
                            "konsolidasi; dirumuskan pada Rencana > Analisis"))
        return
    out.para("Strategi dirumuskan dengan matriks TOWS dari SWOT setiap dimensi: S-O memakai "
             "kekuatan untuk meraih peluang, W-O memanfaatkan peluang untuk mengatasi "
             "kelemahan, S-T memakai kekuatan untuk menghadapi ancaman, dan W-T meminimalkan "
             "kelemahan serta menghindari ancaman.")
    rows: list = []
    for dim in _dims_with_none():
        group = [s for s in snap.strategies if s.dimension == dim]
        if not group:
            continue
        rows.append(Group(dimension_name(dim)))
        for kind in STRATEGY_TYPES:
            for n, item in enumerate((s for s in group if s.type == kind), start=1):
                rows.append([f"{kind}{n}", item.text, TOWS_SHORT[kind],
                             _strategy_sources(ctx, item.swot_ids)])
    out.table("Strategi per dimensi", ["Kode", "Strategi", "Jenis", "Dasar (butir SWOT)"],
              rows, widths=[0.55, 4.0, 1.6, 1.5], font_size=8,
              align=["center", "left", "left", "left"])


def _budget_text(ctx: Context, p: Program) -> str:
    plan = ctx.snap.program_plan(p.id)
    if not plan.budgets:
        return p.funding or EMPTY
    total = sum(line.amount for line in plan.budgets)
    sources = sorted({line.source for line in plan.budgets})
    return f"{rupiah(total, prefix=False)}\n{', '.join(sources)}"


def _program_row(ctx: Context, p: Program) -> list[str]:
    snap = ctx.snap
    plan = snap.program_plan(p.id)
    title = p.title + (" [Quick win]" if p.quick_win else "")
    if p.description:
        title += "\n" + p.description
    if p.element:
        title += f"\nElemen: {element_name(p.element)}"
    owner = f"{opd_code_nb(snap, p.opd_id)}\nPendukung: {opd_codes_nb(snap, p.supporting_opd_ids)}"
    baseline = plan.baseline_value + (f" ({plan.baseline_year})" if plan.baseline_year else "")
    measure = (f"Indikator: {p.indicator or EMPTY}\nNilai dasar: {baseline or EMPTY}\n"
               f"Target akhir: {p.target or EMPTY}")
    location = (plan.location or EMPTY) + f"\n{years_text(p)}"
    return [ctx.numbers[p.id], title, owner, location, measure, _budget_text(ctx, p)]


PROGRAM_HEADER = ["No", "Program dan uraian", "OPD pengampu", "Lokasi dan tahun",
                  "Indikator, nilai dasar, dan target", "Anggaran (Rp) dan sumber"]
PROGRAM_WIDTHS = [0.6, 2.4, 1.1, 1.15, 1.95, 1.5]


def _incomplete(ctx: Context, items: list[Program]) -> list[str]:
    years = plan_period_years(ctx.snap)
    out = []
    for p in items:
        plan = ctx.snap.program_plan(p.id)
        in_period = not years or any(plan.targets.get(y) for y in years)
        if not (plan.location and plan.budgets and plan.targets and in_period):
            out.append(ctx.numbers[p.id])
    return out


def _yearly(ctx: Context, dim: str, items: list[Program]) -> None:
    """Targets and budgets per year of the dimension's programs (five years per table)."""
    years = plan_period_years(ctx.snap)
    if not years:
        return
    for chunk in year_chunks(years):
        rows: list = []
        for p in items:
            plan = ctx.snap.program_plan(p.id)
            spent = {y: 0 for y in chunk}
            for line in plan.budgets:
                if line.year in spent:
                    spent[line.year] += line.amount
            if not any(plan.targets.get(y) for y in chunk) and not any(spent.values()):
                continue
            rows.append([ctx.numbers[p.id], "Target"] + [plan.targets.get(y) or EMPTY
                                                         for y in chunk])
            rows.append(["", "Anggaran (Rp)"] + [rupiah(spent[y], prefix=False) if spent[y]
                                                  else EMPTY for y in chunk])
        if rows:
            ctx.out.table(f"Target dan anggaran per tahun, dimensi {dimension_name(dim)} "
                          f"{chunk[0]}–{chunk[-1]}", ["No", "Uraian"] + [str(y) for y in chunk],
                          rows, widths=[0.6, 1.0] + [1.2] * len(chunk), font_size=7,
                          align=["center", "left"] + ["right"] * len(chunk))


def programs(ctx: Context) -> None:
    """Per dimension (a section each): the programs for 1, 5 and 10 years, then their
    targets and budgets per year."""
    snap, out = ctx.snap, ctx.out
    dims = list(reference.dimension_ids())
    for dim in dims:
        out.section(f"Program Dimensi {dimension_name(dim)}")
        group = [p for p in ctx.ordered if p.dimension == dim]
        description = reference.dimension(dim).get("description_id", "")
        if description:
            out.para(description, "note")
        if not group:
            out.add(Placeholder(f"program dimensi {dimension_name(dim)}; disusun pada {WHERE}"))
            continue
        for years, title in BUCKETS.items():
            items = [p for p in group if HORIZON_PLAN_YEARS.get(p.horizon, 1) == years]
            if not items:
                continue
            out.subsection(title)
            out.table(f"{title}, dimensi {dimension_name(dim)}", PROGRAM_HEADER,
                      [_program_row(ctx, p) for p in items], widths=PROGRAM_WIDTHS,
                      font_size=7.5, bold_first_line={1},
                      highlight={i for i, p in enumerate(items) if p.quick_win})
        out.subsection("Target dan anggaran per tahun")
        _yearly(ctx, dim, group)
        missing = _incomplete(ctx, group)
        if missing:
            out.add(Placeholder(f"lokasi, target tahunan, dan perkiraan anggaran program "
                                f"{', '.join(missing)}; diisi pada {WHERE}"))
    others = [p for p in snap.programs if p.dimension not in dims]
    if others:  # pragma: no cover - dimensions are validated by the services
        out.section("Program Lainnya")
        out.table("Program lainnya", PROGRAM_HEADER, [_program_row(ctx, p) for p in others],
                  widths=PROGRAM_WIDTHS, font_size=7.5, bold_first_line={1})

