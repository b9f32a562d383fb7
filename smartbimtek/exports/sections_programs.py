"""Master plan sections drawn from the programs' years and scores: the road map over the
plan period (BAB VII) and the priority matrix that is the basis of the quick win selection
(BAB VIII). The ranking with score and vote counts is in the laporan
(``sections_workshop``)."""

from __future__ import annotations

from .. import reference
from ..rules import priority as priority_rules
from . import charts
from .common import (
    Context,
    dimension_name,
    number,
    plan_years,
)
from .document import Placeholder


def _road_chart(ctx: Context) -> charts.RoadMap | None:
    years = plan_years(ctx.snap)
    if not years:
        return None
    bars = []
    for p in ctx.ordered:
        if not (p.start_year or p.end_year):
            continue
        start = p.start_year or p.end_year
        end = p.end_year or start
        if end < years[0] or start > years[-1]:
            continue
        bars.append(charts.RoadBar(f"{ctx.numbers[p.id]}  {p.title}", dimension_name(p.dimension),
                                   start, end, p.quick_win))
    dims = [dimension_name(d) for d in reference.dimension_ids()]
    return charts.RoadMap(bars, years, dims)


def roadmap(ctx: Context) -> None:
    """The road map figure over the plan period."""
    snap, out = ctx.snap, ctx.out
    chart = _road_chart(ctx)
    if chart is None or not chart.bars:
        out.add(Placeholder.unavailable("Peta jalan belum dapat digambar: periode masterplan atau tahun "
                            "pelaksanaan program belum diisi."))
        return
    unscheduled = sum(1 for p in snap.programs if not (p.start_year or p.end_year))
    text = (f"Peta jalan memuat {len(chart.bars)} program yang telah dijadwalkan dalam periode "
            f"{chart.years[0]}–{chart.years[-1]}.")
    if unscheduled:
        text += f" Sebanyak {unscheduled} program belum memiliki tahun pelaksanaan."
    if chart.aggregated:
        text += (" Karena jumlah program besar, gambar menyajikan banyaknya program yang berjalan "
                 "per dimensi per tahun; rincian tiap program ada pada subbab berikut.")
    else:
        text += " Batang berwarna jingga menandai quick win terpilih."
    out.para(text)
    caption = ("Peta jalan program per dimensi" if not chart.aggregated
               else "Jumlah program berjalan per dimensi dan tahun")
    out.figure(chart, f"{caption} {chart.years[0]}–{chart.years[-1]}")


def priority_matrix(ctx: Context) -> None:
    """The impact/effort matrix figure: the basis of the quick win selection."""
    snap, out = ctx.snap, ctx.out
    chosen = {p.id for p in snap.programs if p.quick_win}
    scored = [p for p in snap.priorities if p.impact is not None and p.effort is not None]
    split = priority_rules.split_of(1, 5, snap.settings.get("matrix_split"))
    if not scored:
        out.add(Placeholder.unavailable("Penilaian dampak dan upaya program belum dilakukan; matriks "
                            "prioritas akan tersedia setelah program dinilai."))
    else:
        out.para("Quick win dipilih melalui penentuan prioritas program: setiap program dinilai "
                 "dampaknya (manfaat langsung bagi warga) dan upayanya (biaya, waktu, dan "
                 "kesulitan) pada skala 1–5, lalu ditempatkan pada matriks prioritas. Program "
                 f"dengan dampak ≥ {number(split, 1)} dan upaya < {number(split, 1)} berada "
                 "pada kuadran Quick Win; bintang jingga menandai quick win yang ditetapkan "
                 "pleno.")
        points = [charts.MatrixPoint(ctx.numbers[p.program_id], p.impact, p.effort,
                                     p.program_id in chosen) for p in scored]
        out.figure(charts.PriorityMatrix(points, split=split),
                   "Matriks prioritas program (dampak dan upaya)", width=0.85)
