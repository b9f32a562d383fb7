"""Master plan sections of BAB IV (Visi, Misi, Tujuan, Sasaran): the vision and missions, the
tujuan and sasaran with indicator and baseline, their targets per year of the plan period (a
table of at most five year columns each, so a 10-year period fits A4 in two tables), and the
alignment with the RPJMD. Entered in the console under "Rencana > Arah"."""

from __future__ import annotations

from ..model import Objective
from .common import EMPTY, Context, dimension_name, plan_period_years, year_chunks
from .document import BulletList, Group, Placeholder

WHERE = "Rencana > Arah"


def vision(ctx: Context) -> None:
    """The vision statement."""
    if ctx.snap.plan.vision:
        ctx.out.para(ctx.snap.plan.vision, "quote")
    else:
        ctx.out.add(Placeholder(f"rumusan visi smart city daerah; diisi pada {WHERE}"))


def missions(ctx: Context) -> None:
    """The missions, numbered."""
    if ctx.snap.plan.missions:
        ctx.out.add(BulletList(list(ctx.snap.plan.missions), numbered=True))
    else:
        ctx.out.add(Placeholder(f"rumusan misi smart city daerah; diisi pada {WHERE}"))


def _numbered(objectives: list[Objective]) -> list[tuple[str, Objective]]:
    """(code, objective) in plan order: tujuan T1, T2 ...; each tujuan's sasaran S1.1 ...;
    sasaran without a tujuan last (S.1, S.2 ...)."""
    tujuan = [o for o in objectives if o.level == "tujuan"]
    known = {o.id for o in tujuan}
    out: list[tuple[str, Objective]] = []
    for t, goal in enumerate(tujuan, start=1):
        out.append((f"T{t}", goal))
        children = [o for o in objectives if o.level == "sasaran" and o.parent_id == goal.id]
        out.extend((f"S{t}.{s}", item) for s, item in enumerate(children, start=1))
    loose = [o for o in objectives if o.level == "sasaran" and o.parent_id not in known]
    out.extend((f"S.{s}", item) for s, item in enumerate(loose, start=1))
    return out


def _baseline(value: str, year: int | None) -> str:
    if not value:
        return EMPTY
    return f"{value} ({year})" if year else value


def objectives(ctx: Context) -> None:
    """Tujuan and sasaran with indicator, unit, baseline and dimension."""
    snap, out = ctx.snap, ctx.out
    if not snap.objectives:
        if snap.plan.goals or snap.plan.targets:  # a file that only has the older lists
            if snap.plan.goals:
                out.para("Tujuan:")
                out.add(BulletList(list(snap.plan.goals), numbered=True))
            if snap.plan.targets:
                out.para("Sasaran:")
                out.add(BulletList(list(snap.plan.targets), numbered=True))
        out.add(Placeholder("tujuan dan sasaran beserta indikator, nilai dasar (baseline), dan "
                            f"target tahunan; diisi pada {WHERE}"))
        return
    out.para("Tujuan dijabarkan ke dalam sasaran yang terukur. Setiap sasaran memiliki "
             "indikator, nilai dasar (baseline), dan target tahunan yang dipantau dalam "
             "evaluasi smart city setiap tahun.")
    rows: list = []
    for code, item in _numbered(snap.objectives):
        if item.level == "tujuan":
            rows.append(Group(f"{code}  Tujuan: {item.text}"))
            if not item.indicator:
                continue
        rows.append([code, item.text, item.indicator or EMPTY, item.unit or EMPTY,
                     _baseline(item.baseline_value, item.baseline_year),
                     dimension_name(item.dimension) if item.dimension else EMPTY])
    out.table("Tujuan, sasaran, indikator, dan nilai dasar",
              ["Kode", "Sasaran", "Indikator", "Satuan", "Nilai dasar (tahun)", "Dimensi"], rows,
              widths=[0.55, 2.6, 2.2, 0.7, 0.9, 1.0], font_size=8,
              align=["center", "left", "left", "center", "center", "left"])


def objective_targets(ctx: Context) -> None:
    """The targets per year of the plan period (years as columns, five per table)."""
    snap, out = ctx.snap, ctx.out
    years = plan_period_years(snap)
    measured = [(code, o) for code, o in _numbered(snap.objectives) if o.indicator]
    if not years:
        out.add(Placeholder("periode masterplan (tahun awal dan akhir); target tahunan "
                            "disajikan setelah periode ditetapkan pada Lokakarya > Daerah dan masterplan"))
        return
    if not measured:
        out.add(Placeholder("indikator dan target tahunan tujuan dan sasaran; diisi pada "
                            f"{WHERE}"))
        return
    missing = [code for code, o in measured if not any(o.targets.get(y) for y in years)]
    for chunk in year_chunks(years):
        rows = [[code, o.indicator + (f" ({o.unit})" if o.unit else "")]
                + [o.targets.get(y) or EMPTY for y in chunk] for code, o in measured]
        out.table(f"Target tahunan sasaran {chunk[0]}–{chunk[-1]}",
                  ["Kode", "Indikator (satuan)"] + [str(y) for y in chunk], rows,
                  widths=[0.55, 2.95] + [0.8] * len(chunk), font_size=8,
                  align=["center", "left"] + ["center"] * len(chunk))
    if missing:
        out.add(Placeholder(f"target tahunan untuk {', '.join(missing)}; diisi pada {WHERE}"))


def rpjmd_alignment(ctx: Context) -> None:
    """Each RPJMD misi/sasaran with the master plan's sasaran and programs that serve it."""
    snap, out = ctx.snap, ctx.out
    if not snap.rpjmd:
        out.add(Placeholder("misi dan sasaran RPJMD yang didukung masterplan beserta "
                            f"keterkaitannya dengan sasaran dan program; diisi pada {WHERE}"))
        return
    codes = {o.id: code for code, o in _numbered(snap.objectives)}
    serving: dict[str, list[str]] = {}
    for o in snap.objectives:
        if o.rpjmd_id:
            serving.setdefault(o.rpjmd_id, []).append(f"{codes.get(o.id, '')} {o.text}".strip())
    programs: dict[str, list[str]] = {}
    for p in ctx.ordered:
        rpjmd_id = snap.program_plan(p.id).rpjmd_id
        if rpjmd_id:
            programs.setdefault(rpjmd_id, []).append(f"{ctx.numbers[p.id]} {p.title}")
    out.para("Keselarasan masterplan dengan RPJMD ditunjukkan dengan menautkan setiap sasaran "
             "dan program masterplan pada misi atau sasaran RPJMD yang didukungnya.")
    def row(item) -> list[str]:
        label = f"{item.code}: {item.text}" if item.code else item.text
        return [label, "\n".join(serving.get(item.id, [])) or EMPTY,
                "\n".join(programs.get(item.id, [])) or EMPTY]

    rows: list = []
    misi = [i for i in snap.rpjmd if i.kind == "misi"]
    placed = set()
    for parent in misi:  # each misi, then the RPJMD sasaran under it
        rows.append(Group(f"{parent.code}: {parent.text}" if parent.code else parent.text))
        placed.add(parent.id)
        if serving.get(parent.id) or programs.get(parent.id):
            rows.append(row(parent))
        for child in (i for i in snap.rpjmd if i.parent_id == parent.id):
            rows.append(row(child))
            placed.add(child.id)
    rows.extend(row(i) for i in snap.rpjmd if i.id not in placed)
    out.table("Keselarasan sasaran dan program masterplan dengan RPJMD",
              ["Misi/sasaran RPJMD", "Tujuan/sasaran masterplan", "Program masterplan"], rows,
              widths=[2.5, 2.5, 2.9], font_size=7.5)
