"""Master plan sections of BAB III about the region as a whole: the gap analysis per readiness
component and dimension, the consolidated SWOT per dimension, its IFAS/EFAS tables in both
rating conventions (each named on its table and chart), and the strategic issues.

Placeholders name the console view where the missing content is entered ("Rencana >
Analisis")."""

from __future__ import annotations

from .. import reference
from ..model import QUADRANTS
from ..rules import ifas as ifas_rules
from . import charts, charts_plan
from .common import (
    EMPTY,
    QUADRANT_NAMES,
    READINESS_NAMES,
    Context,
    component_name,
    dimension_name,
    dimension_short,
    number,
)
from .document import BulletList, Group, Placeholder

WHERE = "Rencana > Analisis"
DIAGRAM_NOTE = ("konvensi diagram SWOT: rating = besaran faktor di setiap kuadran; "
                "x = S − W, y = O − T")
DIAGRAM_NOTE_HALF = ("konvensi diagram SWOT: rating = besaran faktor di setiap kuadran; "
                     "x = ½ (S − W), y = ½ (O − T)")
IE_NOTE = ("konvensi matriks IE: rating W dan T dibalik; total IFAS = S + W, "
           "total EFAS = O + T")


def _components(ctx: Context) -> list[str]:
    """The readiness components the region uses, in reference order."""
    used = set(ctx.snap.formal.components or reference.component_ids(core_only=True))
    return [c for c in reference.component_ids() if c in used]


def _dims_with_none() -> list[str | None]:
    return [*reference.dimension_ids(), None]


def gap_analysis(ctx: Context) -> None:
    """Per component: current and expected condition, the gap and a recommendation for each
    dimension, with the component's readiness rating."""
    snap, out = ctx.snap, ctx.out
    if not snap.gaps:
        out.add(Placeholder("analisis kesenjangan (kondisi saat ini, kondisi yang diharapkan, "
                            "kesenjangan, dan rekomendasi) per komponen dan dimensi; diisi "
                            f"pada {WHERE}"))
        return
    rating = {(r.component, r.dimension): r.rating for r in snap.readiness}
    out.para("Analisis kesenjangan membandingkan kondisi daerah saat ini dengan kondisi yang "
             "diharapkan pada akhir periode masterplan, untuk setiap komponen kesiapan dan "
             "dimensi smart city, lalu merumuskan rekomendasi yang menjadi dasar strategi dan "
             "program pada Bab V.")
    for comp in _components(ctx):
        out.subsection(f"Komponen {component_name(comp)}")
        rows, missing = [], []
        for dim in reference.dimension_ids():
            cell = snap.gap_of(comp, dim)
            if cell is None or not any((cell.current, cell.expected, cell.gap,
                                        cell.recommendation)):
                missing.append(dimension_name(dim))
                continue
            rows.append([dimension_name(dim), READINESS_NAMES.get(rating.get((comp, dim)),
                                                                  EMPTY),
                         cell.current or EMPTY, cell.expected or EMPTY, cell.gap or EMPTY,
                         cell.recommendation or EMPTY])
        if rows:
            out.table(f"Analisis kesenjangan komponen {component_name(comp).lower()}",
                      ["Dimensi", "Kesiapan", "Kondisi saat ini", "Kondisi yang diharapkan",
                       "Kesenjangan", "Rekomendasi"], rows,
                      widths=[1.0, 0.85, 1.5, 1.5, 1.4, 1.55], font_size=7.5,
                      bold_first_line={0})
        if missing:
            out.add(Placeholder(f"analisis kesenjangan komponen {component_name(comp).lower()} "
                                f"untuk dimensi {', '.join(missing)}; diisi pada {WHERE}"))


def _region_codes(ctx: Context) -> dict[str, str]:
    """``S1``, ``W2`` ... per dimension and quadrant, in the order of the items."""
    if not hasattr(ctx, "_region_codes"):
        counters: dict[tuple, int] = {}
        codes = {}
        for item in ctx.snap.region_swot:
            key = (item.dimension, item.quadrant)
            counters[key] = counters.get(key, 0) + 1
            codes[item.id] = f"{item.quadrant}{counters[key]}"
        ctx._region_codes = codes
    return ctx._region_codes


def _sources(ctx: Context, ids: list[str]) -> str:
    refs = ctx.swot_refs()
    return ", ".join(refs[i] for i in ids if i in refs) or EMPTY


def consolidated_swot(ctx: Context) -> None:
    """The region's SWOT per dimension as the plenary consolidated it, with the OPD items each
    factor came from (their codes refer to the annex) and, when scored, weight, rating, score."""
    snap, out = ctx.snap, ctx.out
    if not snap.region_swot:
        out.add(Placeholder("SWOT konsolidasi daerah per dimensi (hasil pleno yang memadukan "
                            f"butir SWOT perangkat daerah); disusun pada {WHERE}"))
        return
    out.para("SWOT daerah berikut adalah hasil konsolidasi pleno atas butir SWOT yang disusun "
             "kelompok kerja perangkat daerah. Kolom Sumber merujuk kode butir SWOT perangkat "
             "daerah pada lampiran. Bobot dan rating mengikuti "
             f"{DIAGRAM_NOTE if ctx.snap.ifas_convention == 'diagram' else IE_NOTE}.")
    codes = _region_codes(ctx)
    by_dim: dict[str | None, list] = {}
    for item in snap.region_swot:
        by_dim.setdefault(item.dimension, []).append(item)
    for dim in _dims_with_none():
        items = by_dim.get(dim, [])
        if dim is None and not items:
            continue
        out.subsection(dimension_name(dim))
        if not items:
            out.add(Placeholder(f"SWOT konsolidasi dimensi {dimension_name(dim)}; disusun "
                                f"pada {WHERE}"))
            continue
        scored = any(i.weight is not None or i.rating is not None for i in items)
        rows: list = []
        for quadrant in QUADRANTS:
            group = [i for i in items if i.quadrant == quadrant]
            if not group:
                continue
            rows.append(Group(QUADRANT_NAMES[quadrant]))
            for item in group:
                row = [codes[item.id], item.text]
                if scored:
                    score = (item.weight * item.rating if item.weight is not None
                             and item.rating is not None else None)
                    row += [number(item.weight), str(item.rating or EMPTY), number(score)]
                rows.append(row + [_sources(ctx, item.source_ids)])
        header = ["Kode", "Faktor"] + (["Bobot", "Rating", "Skor"] if scored else []) + [
            "Sumber (butir SWOT OPD)"]
        widths = ([0.5, 3.6, 0.6, 0.6, 0.6, 1.9] if scored else [0.5, 4.6, 2.7])
        align = ["center", "left"] + (["right", "center", "right"] if scored else []) + ["left"]
        out.table(f"SWOT konsolidasi dimensi {dimension_name(dim)}", header, rows,
                  widths=widths, align=align, font_size=8)


def _ifas_of(ctx: Context, dim: str | None):
    """Both readings of one dimension's consolidated SWOT (``None``: the items without a
    dimension; ``snapshot.region_ifas(None)`` would mean every item), or None if unscored."""
    if dim is not None:
        return ctx.snap.region_ifas(dim)
    items = [i for i in ctx.snap.region_swot if i.dimension is None]
    if not any(i.weight is not None and i.rating is not None for i in items):
        return None
    return ifas_rules.evaluate_both([ifas_rules.Factor(i.quadrant, i.weight, i.rating)
                                     for i in items], ctx.snap.ifas_convention,
                                    ctx.snap.ifas_variant)


def region_ifas(ctx: Context) -> None:
    """IFAS/EFAS of the consolidated SWOT per dimension in both conventions, the SWOT diagram
    and the IE matrix; each table and chart names its convention."""
    snap, out = ctx.snap, ctx.out
    results = [(dim, r) for dim in _dims_with_none() if (r := _ifas_of(ctx, dim)) is not None]
    if not results:
        out.add(Placeholder("bobot dan rating butir SWOT konsolidasi daerah; matriks "
                            "IFAS/EFAS dan diagram SWOT tersusun setelah diisi pada "
                            f"{WHERE}"))
        return
    half = snap.ifas_variant == "half_difference"
    diagram_note = DIAGRAM_NOTE_HALF if half else DIAGRAM_NOTE
    out.para("Setiap faktor SWOT konsolidasi diberi bobot (0–1; jumlah bobot faktor internal "
             "dan faktor eksternal setiap dimensi masing-masing 1,00) dan rating 1–4; skor "
             "adalah bobot × rating. Hasilnya dibaca dengan dua konvensi yang tidak dicampur. "
             f"Pertama, {diagram_note}: titik (x, y) menempatkan dimensi pada salah satu dari "
             "empat kuadran diagram SWOT. Kedua, "
             f"{IE_NOTE}: kedua total menempatkan dimensi pada salah satu dari sembilan sel "
             "matriks Internal-Eksternal (IE).")
    rows = []
    for dim, (diagram, _ie) in results:
        rows.append([dimension_name(dim), number(diagram.totals["S"]),
                     number(diagram.totals["W"]), number(diagram.totals["O"]),
                     number(diagram.totals["T"]), number(diagram.x), number(diagram.y),
                     f"Kuadran {diagram.quadrant}: "
                     f"{ifas_rules.STRATEGY_LABEL_ID[diagram.strategy]} "
                     f"({diagram.strategy_type})"])
    out.table(f"IFAS/EFAS per dimensi ({diagram_note})",
              ["Dimensi", "S", "W", "O", "T", "x", "y", "Kuadran dan strategi"], rows,
              widths=[1.5, 0.55, 0.55, 0.55, 0.55, 0.6, 0.6, 2.3],
              align=["left"] + ["right"] * 6 + ["left"])
    out.figure(charts.SwotDiagram([charts.SwotPoint(dimension_short(dim), d.x, d.y)
                                   for dim, (d, _ie) in results],
                                  note=diagram_note[0].upper() + diagram_note[1:]),
               f"Diagram SWOT per dimensi ({diagram_note})", width=0.82)
    rows = []
    for dim, (_d, ie) in results:
        rows.append([dimension_name(dim), number(ie.totals["S"]), number(ie.totals["W"]),
                     number(ie.ifas_total), number(ie.totals["O"]), number(ie.totals["T"]),
                     number(ie.efas_total), f"Sel {ie.cell}: "
                     f"{ifas_rules.IE_STRATEGY_LABEL_ID[ie.strategy].split(' (')[0]}"])
    out.table(f"IFAS/EFAS per dimensi ({IE_NOTE})",
              ["Dimensi", "S", "W", "IFAS", "O", "T", "EFAS", "Sel IE dan strategi"], rows,
              widths=[1.5, 0.55, 0.55, 0.6, 0.55, 0.55, 0.6, 2.3],
              align=["left"] + ["right"] * 6 + ["left"])
    out.figure(charts_plan.IeMatrix([charts.SwotPoint(dimension_short(dim), ie.ifas_total,
                                                 ie.efas_total)
                                for dim, (_d, ie) in results],
                               note=IE_NOTE[0].upper() + IE_NOTE[1:]),
               f"Matriks IE per dimensi ({IE_NOTE})", width=0.82)
    flagged = [f"{dimension_name(dim)}: " + "; ".join(problem_id(p) for p in d.problems)
               for dim, (d, _ie) in results if d.problems]
    if flagged:
        out.para("Catatan pemeriksaan bobot (perlu dilengkapi Tim Pelaksana):", "note")
        out.add(BulletList(flagged))


def problem_id(problem: str) -> str:
    """The IFAS rule's English check message in Bahasa Indonesia."""
    if problem.startswith("weights of the internal"):
        total = problem.split(" sum to ")[1].split(",")[0]
        return f"jumlah bobot faktor internal (S+W) {total.replace('.', ',')}, belum 1,00"
    if problem.startswith("weights of the external"):
        total = problem.split(" sum to ")[1].split(",")[0]
        return f"jumlah bobot faktor eksternal (O+T) {total.replace('.', ',')}, belum 1,00"
    if "factor(s) have no weight" in problem:
        return f"{problem.split(' ')[0]} faktor belum diberi bobot atau rating"
    return problem


def strategic_issues(ctx: Context) -> None:
    """The strategic issues per dimension (with the component when tagged)."""
    snap, out = ctx.snap, ctx.out
    if not snap.strategic_issues:
        if not (snap.plan.narratives or {}).get("strategic_issues", "").strip():
            out.add(Placeholder("isu strategis per dimensi berdasarkan SWOT konsolidasi; "
                                f"dirumuskan pada {WHERE}"))
        return
    tagged = any(i.component for i in snap.strategic_issues)
    rows: list = []
    for dim in _dims_with_none():
        group = [i for i in snap.strategic_issues if i.dimension == dim]
        if not group:
            continue
        rows.append(Group(dimension_name(dim)))
        rows.extend([str(n), issue.text] + ([component_name(issue.component) or EMPTY]
                                            if tagged else [])
                    for n, issue in enumerate(group, start=1))
    out.table("Isu strategis per dimensi", ["No", "Isu strategis"] + (["Komponen"] if tagged
                                                                       else []), rows,
              widths=[0.45, 5.6] + ([1.4] if tagged else []),
              align=["center", "left"] + (["left"] if tagged else []))
