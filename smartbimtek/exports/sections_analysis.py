"""Master plan sections: the readiness per component and dimension (BAB III) and the annex of
the OPDs' SWOT items with their IFAS/EFAS scores and diagram (every OPD that wrote items,
every item). The region's consolidated analysis is in ``sections_region``."""

from __future__ import annotations

from .. import reference
from ..model import QUADRANTS
from ..rules import ifas as ifas_rules
from . import charts
from .common import (
    EMPTY,
    QUADRANT_NAMES,
    QUADRANT_SHORT,
    READINESS_NAMES,
    Context,
    component_name,
    dimension_name,
    dimension_short,
    number,
    strategy_label,
)
from .document import BulletList, Group, Placeholder
from .sections_region import problem_id


def readiness(ctx: Context) -> None:
    """Readiness per component and dimension (baik/sedang/buruk) with the notes."""
    snap, out = ctx.snap, ctx.out
    rated = {(r.component, r.dimension): r for r in snap.readiness}
    if not rated:
        out.add(Placeholder.unavailable("Penilaian kesiapan daerah (struktur, infrastruktur, suprastruktur) "
                            "belum dilakukan dalam bimtek."))
        return
    used = [c for c in reference.component_ids()
            if c in reference.component_ids(core_only=True) or any(k[0] == c for k in rated)]
    out.para("Penilaian kesiapan daerah dilakukan per komponen dan per dimensi smart city "
             "dengan skala Baik, Sedang, dan Buruk. Hasilnya sebagai berikut.")
    rows = []
    for dim in reference.dimension_ids():
        rows.append([dimension_name(dim)] + [
            READINESS_NAMES.get(rated[(c, dim)].rating if (c, dim) in rated else None, EMPTY)
            for c in used])
    out.table("Penilaian kesiapan daerah per komponen dan dimensi",
              ["Dimensi"] + [component_name(c) for c in used], rows,
              widths=[2.2] + [1.0] * len(used), align=["left"] + ["center"] * len(used))
    notes = []
    for comp in used:
        items = [rated[(comp, d)] for d in reference.dimension_ids() if (comp, d) in rated]
        if items:
            notes.append(Group(component_name(comp)))
            notes.extend([dimension_name(r.dimension), READINESS_NAMES.get(r.rating, EMPTY),
                          r.notes or EMPTY] for r in items)
    out.table("Catatan penilaian kesiapan daerah", ["Dimensi", "Penilaian", "Catatan"], notes,
              widths=[1.6, 0.9, 5.0])


def _swot_rows(ctx: Context, items, *, scored: bool) -> list:
    refs = ctx.swot_refs()
    rows: list = []
    for quadrant in QUADRANTS:
        group = [i for i in items if i.quadrant == quadrant]
        if not group:
            continue
        rows.append(Group(f"{QUADRANT_NAMES[quadrant]} ({len(group)})"))
        for item in group:
            row = [refs[item.id].split(" ")[-1], item.text, dimension_short(item.dimension),
                   component_name(item.component) or EMPTY]
            if scored:
                score = (item.weight * item.rating if item.weight is not None
                         and item.rating is not None else None)
                row += [number(item.weight), str(item.rating or EMPTY), number(score)]
            rows.append(row)
    return rows


def swot_by_opd(ctx: Context) -> None:
    """Every OPD with all its SWOT items, grouped by quadrant (with IFAS/EFAS scores if any)."""
    snap, out = ctx.snap, ctx.out
    if not snap.swot:
        out.add(Placeholder.unavailable("Butir SWOT perangkat daerah belum disusun dalam bimtek."))
        return
    out.para("Lampiran ini memuat butir SWOT yang disusun kelompok kerja setiap perangkat "
             "daerah, yang menjadi bahan SWOT konsolidasi daerah pada Bab III. Setiap butir "
             "diberi kode perangkat daerah, kuadran, dan nomor urut (misalnya S1) yang dirujuk "
             "pada kolom Sumber SWOT konsolidasi.")
    by_opd: dict[str, list] = {}
    for item in snap.swot:
        by_opd.setdefault(item.opd_id, []).append(item)
    for opd in (o for o in snap.opds if o.id in by_opd):
        out.subsection(f"{opd.code} – {opd.name}")
        items = by_opd.get(opd.id, [])
        scored = any(i.weight is not None or i.rating is not None for i in items)
        header = ["No", "Faktor", "Dimensi", "Komponen"]
        widths = [0.5, 4.5, 1.2, 1.35]
        align = ["center", "left", "left", "left"]
        if scored:
            header += ["Bobot", "Rating", "Skor"]
            widths = [0.5, 3.3, 1.1, 1.35, 0.65, 0.7, 0.6]
            align += ["right", "center", "right"]
        counts = ", ".join(f"{QUADRANT_SHORT[q]} {sum(i.quadrant == q for i in items)}"
                           for q in QUADRANTS)
        out.table(f"SWOT {opd.code} ({counts})", header,
                  _swot_rows(ctx, items, scored=scored), widths=widths,
                  align=align)


def ifas(ctx: Context) -> None:
    """IFAS/EFAS totals per scored OPD (diagram convention), the quadrant diagram and the
    weight checks (annex: the region's own IFAS/EFAS is in BAB III)."""
    snap, out = ctx.snap, ctx.out
    results = [(opd, r) for opd in snap.opds if (r := snap.ifas_of(opd.id)) is not None]
    if not results:
        out.add(Placeholder.unavailable("Pembobotan dan pemberian rating IFAS/EFAS belum dilakukan; matriks "
                            "IFAS/EFAS dan diagram SWOT akan tersedia setelah butir SWOT dinilai."))
        return
    formula = ("x = skor Kekuatan − skor Kelemahan dan y = skor Peluang − skor Ancaman"
               if snap.ifas_variant == "difference" else
               "x = ½ (skor Kekuatan − skor Kelemahan) dan y = ½ (skor Peluang − skor Ancaman)")
    out.para("Setiap faktor diberi bobot (0–1; jumlah bobot faktor internal dan faktor eksternal "
             "masing-masing 1,00) dan rating 1–4; skor adalah bobot × rating. Posisi pada "
             f"diagram SWOT dihitung dengan {formula}. "
             f"{ifas_rules.CONVENTION_LABEL_ID[results[0][1].convention]}.")
    rows, flagged = [], []
    for opd, r in results:
        rows.append([opd.code, number(r.totals["S"]), number(r.totals["W"]), number(r.totals["O"]),
                     number(r.totals["T"]), number(r.x), number(r.y), strategy_label(r)])
        if r.problems:
            flagged.append(f"{opd.code}: " + "; ".join(problem_id(p) for p in r.problems))
    axes = ("x = S − W, y = O − T" if snap.ifas_variant == "difference"
            else "x = ½ (S − W), y = ½ (O − T)")
    out.table(f"Rekapitulasi skor IFAS/EFAS per perangkat daerah (konvensi diagram SWOT: {axes})",
              ["OPD", "S", "W", "O", "T", "x", "y", "Posisi dan strategi"], rows,
              widths=[1.3, 0.55, 0.55, 0.55, 0.55, 0.6, 0.6, 2.6],
              align=["left"] + ["right"] * 6 + ["left"])
    mean_x = sum(r.x for _, r in results) / len(results)
    mean_y = sum(r.y for _, r in results) / len(results)
    quadrant = ifas_rules.quadrant_of(mean_x, mean_y)
    strategy_type, strategy = ifas_rules.QUADRANT_STRATEGY[quadrant]
    points = [charts.SwotPoint(opd.code, r.x, r.y) for opd, r in results]
    points.append(charts.SwotPoint("Rata-rata", mean_x, mean_y, emphasis=True))
    note = f"Konvensi diagram SWOT: rating = besaran faktor di setiap kuadran; {axes}"
    out.figure(charts.SwotDiagram(points, note=note),
               f"Diagram SWOT perangkat daerah (konvensi diagram SWOT: {axes})", width=0.82)
    out.para("Rata-rata posisi perangkat daerah yang telah menilai adalah "
             f"x = {number(mean_x)} dan y = {number(mean_y)}, yaitu Kuadran {quadrant}: "
             f"{ifas_rules.STRATEGY_LABEL_ID[strategy]} ({strategy_type}).")
    if flagged:
        out.para("Catatan pemeriksaan bobot (perlu dilengkapi Tim Pelaksana):", "note")
        out.add(BulletList(flagged))

