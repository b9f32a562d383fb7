"""Master plan sections about programs: TOWS strategies and programs per dimension x element
(BAB V), road map and yearly action plan (BAB VII), priority matrix and quick wins (BAB VIII).
Every program of the workshop appears, not only the winners."""

from __future__ import annotations

from .. import reference
from ..model import HORIZONS, STRATEGY_TYPES, Program
from ..rules import priority as priority_rules
from . import charts
from .common import (
    EMPTY,
    HORIZON_NAMES,
    TOWS_NAMES,
    Context,
    dimension_name,
    element_name,
    number,
    opd_names,
    plan_years,
    quadrant_label,
    years_text,
)
from .document import Group, Paragraph, Placeholder


def programs_intro(ctx: Context) -> None:
    """How many programs, from how many OPDs, per dimension and horizon."""
    snap, out = ctx.snap, ctx.out
    if not snap.programs:
        out.add(Placeholder.unavailable("Belum ada usulan program yang dihasilkan bimtek."))
        return
    owners = {p.opd_id for p in snap.programs}
    out.para(f"Bimtek menghasilkan {len(snap.programs)} usulan program dari {len(owners)} "
             "perangkat daerah, disusun per dimensi dan elemen smart city. Setiap program diberi "
             "nomor (P01, P02, ...) yang dipakai pula pada peta jalan dan matriks prioritas.")
    rows = []
    for dim in reference.dimension_ids():
        group = [p for p in snap.programs if p.dimension == dim]
        rows.append([dimension_name(dim)] + [str(sum(p.horizon == h for p in group))
                                             for h in HORIZONS]
                    + [str(sum(p.quick_win for p in group)), str(len(group))])
    rows.append(["Jumlah"] + [str(sum(p.horizon == h for p in snap.programs)) for h in HORIZONS]
                + [str(sum(p.quick_win for p in snap.programs)), str(len(snap.programs))])
    out.table("Jumlah usulan program per dimensi dan horison waktu",
              ["Dimensi", "Quick win", "Pendek", "Menengah", "Panjang", "Terpilih QW", "Jumlah"],
              rows, widths=[2.4, 0.8, 0.8, 0.9, 0.8, 0.9, 0.8],
              align=["left"] + ["center"] * 6, highlight={len(rows) - 1})


def tows(ctx: Context) -> None:
    """TOWS strategies by type, each with the SWOT items it comes from."""
    snap, out = ctx.snap, ctx.out
    if not snap.strategies:
        out.add(Placeholder.unavailable("Strategi TOWS (S-O, W-O, S-T, W-T) belum dirumuskan dalam bimtek."))
        return
    refs = ctx.swot_refs()
    rows: list = []
    for kind in STRATEGY_TYPES:
        group = [s for s in snap.strategies if s.type == kind]
        if not group:
            continue
        rows.append(Group(TOWS_NAMES[kind]))
        for i, strategy in enumerate(group, start=1):
            sources = ", ".join(refs[s] for s in strategy.swot_ids if s in refs) or EMPTY
            rows.append([f"{kind}{i}", strategy.text, snap.opd_code(strategy.opd_id) or EMPTY,
                         sources])
    out.para(f"Dirumuskan {len(snap.strategies)} strategi TOWS. Kolom Asal merujuk kode butir "
             "SWOT pada subbab 3.2.")
    out.table("Strategi TOWS", ["No", "Strategi", "OPD", "Asal (butir SWOT)"], rows,
              widths=[0.5, 4.3, 1.0, 1.6], align=["center", "left", "left", "left"])


def _program_row(ctx: Context, p: Program) -> list[str]:
    snap = ctx.snap
    title = p.title + (" [Quick win terpilih]" if p.quick_win else "")
    if p.description:
        title += "\n" + p.description
    owner = snap.opd_code(p.opd_id) or EMPTY
    support = opd_names(snap, p.supporting_opd_ids)
    when = f"{HORIZON_NAMES.get(p.horizon, p.horizon)}\n{years_text(p)}"
    measure = f"Indikator: {p.indicator or EMPTY}\nTarget: {p.target or EMPTY}"
    return [ctx.numbers[p.id], title, f"{owner}\nPendukung: {support}", when, p.funding or EMPTY,
            measure]


PROGRAM_HEADER = ["No", "Program dan uraian", "OPD pengampu", "Horison / tahun", "Dana",
                  "Indikator dan target"]
PROGRAM_WIDTHS = [0.7, 2.9, 1.3, 1.15, 0.85, 1.9]


def programs(ctx: Context) -> None:
    """Programs per dimension (a section each) and element (a table each)."""
    snap, out = ctx.snap, ctx.out
    dims = list(reference.dimension_ids())
    for dim in dims:
        out.section(f"Program Dimensi {dimension_name(dim)}")
        group = [p for p in ctx.ordered if p.dimension == dim]
        description = reference.dimension(dim).get("description_id", "")
        if description:
            out.para(description, "note")
        elements = [e["id"] for e in reference.dimension(dim)["elements"]]
        for element in elements + [None]:
            items = [p for p in group if p.element == element]
            if element is None and not items:
                continue
            name = element_name(element) if element else "Lintas elemen"
            out.subsection(name)
            if not items:
                out.add(Paragraph("Belum ada usulan program untuk elemen ini.", "note"))
                continue
            out.table(f"Program {dimension_name(dim)}: {name}", PROGRAM_HEADER,
                      [_program_row(ctx, p) for p in items], widths=PROGRAM_WIDTHS,
                      font_size=7.5, bold_first_line={1},
                      highlight={i for i, p in enumerate(items) if p.quick_win},
                      align=["center", "left", "left", "left", "left", "left"])
    others = [p for p in snap.programs if p.dimension not in dims]
    if others:  # pragma: no cover - dimensions are validated by the services
        out.section("Program Lainnya")
        out.table("Program lainnya", PROGRAM_HEADER, [_program_row(ctx, p) for p in others],
                  widths=PROGRAM_WIDTHS, font_size=7.5, bold_first_line={1})


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


def action_plan(ctx: Context) -> None:
    """Every program by its start year (unscheduled ones last)."""
    snap, out = ctx.snap, ctx.out
    if not snap.programs:
        out.add(Placeholder.unavailable("Rencana aksi tahunan akan tersusun setelah program diusulkan."))
        return
    by_year: dict[int | None, list[Program]] = {}
    for p in ctx.ordered:
        by_year.setdefault(p.start_year or p.end_year, []).append(p)
    rows: list = []
    highlight = set()
    for year in sorted(y for y in by_year if y is not None) + ([None] if None in by_year else []):
        items = by_year[year]
        rows.append(Group(f"Tahun {year} ({len(items)} program dimulai)" if year else
                          f"Belum dijadwalkan ({len(items)} program)"))
        for p in items:
            if p.quick_win:
                highlight.add(len(rows))
            rows.append([ctx.numbers[p.id], p.title, dimension_name(p.dimension),
                         snap.opd_code(p.opd_id) or EMPTY, years_text(p), p.funding or EMPTY])
    out.para("Rencana aksi berikut mengelompokkan seluruh program menurut tahun mulai "
             "pelaksanaannya.")
    out.table("Rencana aksi tahunan", ["No", "Program", "Dimensi", "OPD", "Tahun", "Dana"], rows,
              widths=[0.7, 3.3, 1.4, 1.1, 0.95, 0.9], font_size=8, highlight=highlight,
              align=["center", "left", "left", "left", "center", "left"])


def _stat_text(prio: priority_rules.ProgramPriority, key: str) -> str:
    stat = prio.stats.get(key)
    if stat is None or stat.n == 0:
        return EMPTY
    return f"{number(stat.mean)} ({stat.minimum}–{stat.maximum})"


def priority_matrix(ctx: Context) -> None:
    """The impact/effort matrix figure and the ranking of every program."""
    snap, out = ctx.snap, ctx.out
    chosen = {p.id for p in snap.programs if p.quick_win}
    scored = [p for p in snap.priorities if p.impact is not None and p.effort is not None]
    split = priority_rules.split_of(1, 5, snap.settings.get("matrix_split"))
    if not scored:
        out.add(Placeholder.unavailable("Penilaian dampak dan upaya program belum dilakukan; matriks "
                            "prioritas akan tersedia setelah program dinilai."))
    else:
        out.para("Setiap program dinilai dampak (manfaat langsung bagi warga) dan upayanya "
                 "(biaya, waktu, dan kesulitan) pada skala 1–5 oleh meja OPD. Posisi pada matriks "
                 "adalah rata-rata skor (atau penempatan konsensus fasilitator). Program dengan "
                 f"dampak ≥ {number(split, 1)} dan upaya < {number(split, 1)} masuk kuadran "
                 "Quick Win; bintang jingga menandai quick win yang dipilih pleno.")
        points = [charts.MatrixPoint(ctx.numbers[p.program_id], p.impact, p.effort,
                                     p.program_id in chosen) for p in scored]
        out.figure(charts.PriorityMatrix(points, split=split),
                   "Matriks prioritas program (dampak dan upaya)", width=0.85)
    rows, highlight = [], set()
    for prio in snap.priorities:
        program = snap.program_by_id[prio.program_id]
        if program.quick_win:
            highlight.add(len(rows))
        raters = max(prio.stats["impact"].n, prio.stats["effort"].n)
        rows.append([str(prio.rank), ctx.numbers[program.id], program.title,
                     snap.opd_code(program.opd_id) or EMPTY, _stat_text(prio, "impact"),
                     _stat_text(prio, "effort"), str(raters), str(prio.votes),
                     quadrant_label(prio.quadrant) + (" (terpilih)" if program.quick_win else "")
                     + (" *" if prio.placed else "")])
    if rows:
        out.table("Peringkat seluruh program", ["Rank", "No", "Program", "OPD", "Dampak",
                                                "Upaya", "Penilai", "Suara", "Kuadran"], rows,
                  widths=[0.55, 0.7, 2.3, 1.05, 0.9, 0.9, 0.8, 0.6, 1.25], font_size=7.5,
                  highlight=highlight,
                  align=["center", "center", "left", "left", "center", "center", "center",
                         "center", "left"])
        out.para("Dampak dan upaya: rata-rata skor (rentang skor terendah–tertinggi antarpenilai). "
                 "Tanda * : posisi ditetapkan melalui penempatan konsensus fasilitator.", "small")


def quick_wins(ctx: Context) -> None:
    """The chosen quick wins per dimension (or, before the plenary chose, the candidates)."""
    snap, out = ctx.snap, ctx.out
    chosen = [p for p in snap.programs if p.quick_win]
    wins = snap.quick_wins()
    if not wins:
        out.add(Placeholder.unavailable("Quick win program unggulan belum ditetapkan dan belum ada kandidat "
                            "dari matriks prioritas."))
        return
    if chosen:
        out.para(f"Pleno bimtek menetapkan {len(chosen)} quick win program unggulan berikut. "
                 "Profil lengkap tiap quick win disajikan dalam dokumen Profil Quick Win.")
    else:
        out.add(Placeholder("Quick win belum ditetapkan oleh pleno. Daftar berikut adalah "
                            "kandidat dari kuadran Quick Win matriks prioritas.", "Catatan"))
    rows: list = []
    for dim in reference.dimension_ids():
        group = [p for p in wins if p.dimension == dim]
        rows.append(Group(f"{dimension_name(dim)} ({len(group)})"))
        if not group:
            rows.append(["", "Belum ada quick win untuk dimensi ini.", "", "", ""])
        for p in group:
            title = p.title + (f"\n{p.description}" if p.description else "")
            if p.benefit:
                title += f"\nManfaat bagi warga: {p.benefit}"
            rows.append([ctx.numbers[p.id], title, snap.opd_code(p.opd_id) or EMPTY,
                         f"Indikator: {p.indicator or EMPTY}\nTarget: {p.target or EMPTY}",
                         years_text(p)])
    out.table("Quick win program unggulan per dimensi",
              ["No", "Program", "OPD", "Indikator dan target", "Tahun"], rows,
              widths=[0.7, 3.3, 1.0, 2.3, 0.8], font_size=8, bold_first_line={1},
              align=["center", "left", "left", "left", "center"])
