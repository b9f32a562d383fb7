"""Ringkasan Eksekutif (2-4 pages) and Profil Quick Win Program Unggulan (one page each)."""

from __future__ import annotations

from .. import reference
from ..model import QUADRANTS
from ..snapshot import WorkshopSnapshot
from .common import (
    EMPTY,
    HORIZON_NAMES,
    QUADRANT_SHORT,
    READINESS_NAMES,
    component_name,
    date_id,
    dimension_name,
    element_name,
    number,
    opd_names,
    period_text,
    program_numbers,
    quadrant_label,
    region_title,
    years_text,
)
from .document import (
    BulletList,
    Composer,
    Cover,
    Document,
    Fields,
    Heading,
    Paragraph,
    Placeholder,
    Table,
    Toc,
)

SUMMARY_TOP_PROGRAMS = 3  # best-ranked programs named per dimension in the summary
SUMMARY_MAX_WINS = 12


def build_summary(snap: WorkshopSnapshot) -> Document:
    """The executive summary: vision, key findings, programs per dimension, quick wins."""
    region = region_title(snap)
    period = period_text(snap)
    doc = Document(f"Ringkasan Eksekutif Masterplan Smart City {region}", region, "summary",
                   header=f"Ringkasan Eksekutif Masterplan Smart City {region}",
                   subject="Ringkasan Eksekutif")
    doc.add(Heading(1, "RINGKASAN EKSEKUTIF", new_page=False, in_toc=False),
            Paragraph(f"Masterplan Smart City {region}" + (f" {period}" if period else "")
                      + f" · keadaan data {date_id(snap.taken_at)}", "center"))
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
    out.heading(2, "Temuan Kunci")
    findings = _findings(snap)
    out.add(BulletList(findings) if findings else Placeholder.unavailable(
        "Bimtek belum menghasilkan data analisis."))
    out.heading(2, "Program per Dimensi")
    numbers = program_numbers(snap)
    rows = []
    for dim in reference.dimension_ids():
        group = [p for p in snap.programs if p.dimension == dim]
        ranked = sorted(group, key=lambda p: snap.priority_by_id[p.id].rank)
        top = "\n".join(f"{numbers[p.id]} {p.title}" for p in ranked[:SUMMARY_TOP_PROGRAMS])
        rows.append([dimension_name(dim), str(len(group)),
                     str(sum(p.horizon == "quick_win" for p in group)), top or EMPTY])
    out.add(Table(["Dimensi", "Jumlah", "Quick win", "Program dengan prioritas tertinggi"],
                  rows, widths=[1.6, 0.8, 0.9, 4.4], font_size=8.5,
                  caption=f"Jumlah program per dimensi dan {SUMMARY_TOP_PROGRAMS} program "
                          "berperingkat tertinggi",
                  align=["left", "center", "center", "left"]))
    out.heading(2, "Quick Win Program Unggulan")
    chosen = [p for p in snap.programs if p.quick_win]
    wins = snap.quick_wins()
    if not wins:
        out.add(Placeholder.unavailable("Quick win belum ditetapkan."))
        return doc
    if not chosen:
        out.add(Placeholder("Quick win belum ditetapkan oleh pleno; berikut kandidat dari "
                            "matriks prioritas.", "Catatan"))
    shown = wins[:SUMMARY_MAX_WINS]
    out.add(Table(["No", "Program", "Dimensi", "OPD", "Tahun"],
                  [[numbers[p.id], p.title, dimension_name(p.dimension),
                    snap.opd_code(p.opd_id) or EMPTY, years_text(p)] for p in shown],
                  widths=[0.7, 3.5, 1.5, 1.1, 0.9], font_size=8.5,
                  caption="Quick win program unggulan",
                  align=["center", "left", "left", "left", "center"]))
    if len(wins) > len(shown):
        out.para(f"Ditampilkan {len(shown)} dari {len(wins)} kandidat; daftar lengkap pada "
                 "Bab VIII Draft Masterplan.", "small")
    return doc


def _findings(snap: WorkshopSnapshot) -> list[str]:
    """Key findings stated from the data (counts and positions; no invented judgement)."""
    out = []
    present = {a.participant_id for a in snap.attendance}
    if snap.events:
        out.append(f"{len(snap.events)} kegiatan bimtek diikuti {len(snap.opds)} perangkat daerah "
                   f"dan {len(present)} peserta yang tercatat hadir.")
    if snap.swot:
        counts = ", ".join(f"{sum(i.quadrant == q for i in snap.swot)} {QUADRANT_SHORT[q].lower()}"
                           for q in QUADRANTS)
        out.append(f"Analisis SWOT menghimpun {len(snap.swot)} butir dari "
                   f"{len({i.opd_id for i in snap.swot})} perangkat daerah: {counts}.")
    for comp in reference.component_ids(core_only=True):
        rated = [r for r in snap.readiness if r.component == comp and r.rating]
        if rated:
            tally = ", ".join(f"{READINESS_NAMES[k].lower()} {sum(r.rating == k for r in rated)}"
                              for k in ("baik", "sedang", "buruk"))
            out.append(f"Kesiapan {component_name(comp).lower()} pada {len(rated)} dimensi: "
                       f"{tally}.")
    if snap.programs:
        scored = sum(1 for p in snap.priorities if p.quadrant is not None)
        out.append(f"Diusulkan {len(snap.programs)} program; {scored} telah dinilai dampak dan "
                   "upayanya, "
                   f"{sum(p.quadrant == 'quick_win' for p in snap.priorities)} berada di kuadran "
                   "Quick Win.")
    return out


def build_quickwins(snap: WorkshopSnapshot) -> Document:
    """Profil Quick Win Program Unggulan: one page per quick win (or candidate)."""
    region = region_title(snap)
    doc = Document(f"Profil Quick Win Program Unggulan {region}", region, "quickwins",
                   header=f"Profil Quick Win Program Unggulan {region}",
                   subject="Profil Quick Win")
    chosen = [p for p in snap.programs if p.quick_win]
    wins = snap.quick_wins()
    doc.add(Cover("PROFIL QUICK WIN PROGRAM UNGGULAN", region,
                  subtitle=f"Masterplan Smart City {region} {period_text(snap)}".strip(),
                  lines=[f"{len(wins)} quick win " + ("terpilih" if chosen else
                                                      "(kandidat, belum ditetapkan pleno)")],
                  date=date_id(snap.taken_at), issuer=f"Pemerintah {region}"), Toc())
    if not wins:
        doc.add(Heading(1, "QUICK WIN PROGRAM UNGGULAN"),
                Placeholder.unavailable("Quick win belum ditetapkan dan belum ada kandidat dari "
                                        "matriks prioritas."))
        return doc
    numbers = program_numbers(snap)
    refs = _swot_refs(snap)
    criteria = {c.key: c.label_id for c in snap.criteria}
    for i, p in enumerate(wins, start=1):
        prio = snap.priority_by_id[p.id]
        doc.add(Heading(1, f"QUICK WIN {i}  {p.title}"))
        doc.add(Fields([
            ("Nomor program", numbers[p.id]),
            ("Dimensi / elemen", f"{dimension_name(p.dimension)}"
                                 + (f" / {element_name(p.element)}" if p.element else "")),
            ("OPD pengampu", _opd_full(snap, p.opd_id)),
            ("OPD pendukung", opd_names(snap, p.supporting_opd_ids)),
            ("Kerangka waktu", f"{HORIZON_NAMES.get(p.horizon, p.horizon)}; {years_text(p)}"),
            ("Sumber pendanaan", p.funding or EMPTY),
            ("Status", "Quick win terpilih (pleno)" if p.quick_win else
             "Kandidat dari matriks prioritas"),
        ]))
        doc.add(Heading(3, "Permasalahan yang dijawab", new_page=False, in_toc=False))
        linked = [snap.swot_by_id[s] for s in p.swot_ids if s in snap.swot_by_id]
        if linked:
            doc.add(BulletList([f"{refs[s.id]} ({QUADRANT_SHORT[s.quadrant]}): {s.text}"
                                for s in linked]))
        else:
            doc.add(Placeholder("butir SWOT (kelemahan/ancaman) yang dijawab program ini"))
        doc.add(Heading(3, "Uraian program", new_page=False, in_toc=False))
        doc.add(Paragraph(p.description) if p.description else
                Placeholder("uraian program"))
        doc.add(Heading(3, "Manfaat bagi warga", new_page=False, in_toc=False))
        doc.add(Paragraph(p.benefit) if p.benefit.strip() else
                Placeholder("manfaat langsung yang dirasakan warga"))
        doc.add(Heading(3, "Indikator dan target", new_page=False, in_toc=False))
        doc.add(Fields([("Indikator", p.indicator or EMPTY), ("Target", p.target or EMPTY)]))
        doc.add(Heading(3, "Hasil penilaian", new_page=False, in_toc=False))
        rows = []
        for key, stat in prio.stats.items():
            if stat.n:
                rows.append([criteria.get(key, key), number(stat.mean), f"{stat.minimum}–"
                             f"{stat.maximum}", str(stat.n)])
        rows.append(["Suara (dot voting)", str(prio.votes), "", ""])
        rows.append(["Kuadran matriks / peringkat",
                     f"{quadrant_label(prio.quadrant)} / {prio.rank} dari {len(snap.priorities)}",
                     "", ""])
        doc.add(Table(["Kriteria", "Rata-rata", "Rentang", "Penilai"], rows,
                      widths=[2.6, 2.2, 1.0, 0.8], font_size=8.5,
                      align=["left", "left", "center", "center"]))
    return doc


def _opd_full(snap: WorkshopSnapshot, opd_id: str) -> str:
    opd = snap.opd_by_id.get(opd_id)
    return f"{opd.name} ({opd.code})" if opd else EMPTY


def _swot_refs(snap: WorkshopSnapshot) -> dict[str, str]:
    from .common import Context

    return Context(snap, None).swot_refs()
