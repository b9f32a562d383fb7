"""Profil Quick Win Program Unggulan: one profile page per quick win, grouped by dimension.

Each profile carries what a region's published profiles carry: the innovation's name and
acronym, the problem it answers, beneficiaries, location, owner and supporting OPDs, budget and
funding source, the success indicator with baseline and target, milestones over its 6-12 months
(planned month and progress, as a table with a month strip and a progress bar) and the risks.
Where a field is empty the page shows a placeholder, never an invented value.
"""

from __future__ import annotations

from .. import reference
from ..model import Milestone, Program, QuickWinProfile
from ..snapshot import WorkshopSnapshot
from . import formal_parts
from .common import (
    EMPTY,
    HORIZON_NAMES,
    MONTHS,
    QUADRANT_SHORT,
    Context,
    date_id,
    dimension_name,
    element_name,
    government_title,
    opd_codes_nb,
    period_text,
    program_numbers,
    region_title,
    rupiah,
    sentence_count,
    years_text,
)
from .document import (
    BulletList,
    Cover,
    Document,
    Fields,
    Heading,
    PageBreak,
    Paragraph,
    Placeholder,
    Table,
    Toc,
)

BAR_CELLS = 10  # a progress bar of ten cells: each is 10 %
FULL, EMPTY_CELL = "\u2588", "\u2591"  # block glyphs present in DejaVu Sans and Arial (WGL4)


def progress_bar(percent: int) -> str:
    """``██████░░░░ 60%``: a bar of ten cells (rounded down to 10 %) and the figure."""
    percent = max(0, min(100, int(percent)))
    full = percent // (100 // BAR_CELLS)
    return FULL * full + EMPTY_CELL * (BAR_CELLS - full) + f" {percent}%"


def month_strip(milestones: list[Milestone], index: int) -> str:
    """Twelve cells, January to December: the months from the previous milestone's month up
    to this one's filled (the stage's span on the year's timeline)."""
    month = milestones[index].month
    previous = milestones[index - 1].month if index else 0
    start = previous + 1 if previous < month else month
    return "".join(FULL if start <= m <= month else EMPTY_CELL for m in range(1, 13))


def _title(program: Program, profile: QuickWinProfile) -> str:
    name = profile.innovation_name.strip()
    acronym = profile.acronym.strip()
    if name and acronym:
        return f"{acronym}: {name}"
    return name or acronym or program.title


def _opd_full(snap: WorkshopSnapshot, opd_id: str) -> str:
    opd = snap.opd_by_id.get(opd_id)
    return f"{opd.name} ({opd.code})" if opd else EMPTY


def _text_or_placeholder(doc: Document, text: str, missing: str) -> None:
    doc.add(Paragraph(text.strip()) if text and text.strip() else Placeholder(missing))


def _milestones(doc: Document, snap: WorkshopSnapshot, program: Program,
                profile: QuickWinProfile) -> None:
    doc.add(Heading(3, "Tahapan pelaksanaan dan kemajuan", new_page=False, in_toc=False))
    stones = sorted(profile.milestones, key=lambda m: (m.month, m.created_at))
    if not stones:
        doc.add(Placeholder("tahapan (milestone) dengan bulan rencana dan kemajuannya"))
        return
    year = program.start_year or ""
    rows = [[str(i), m.description, f"{MONTHS[m.month - 1]} {year}".strip(),
             month_strip(stones, i - 1), progress_bar(m.progress)]
            for i, m in enumerate(stones, start=1)]
    done = round(sum(m.progress for m in stones) / len(stones))
    doc.add(Table(["No", "Tahapan", "Bulan rencana", "Jan \u2013 Des", "Kemajuan"], rows,
                  widths=[0.35, 2.75, 1.15, 1.4, 1.65], font_size=8,
                  align=["center", "left", "left", "left", "left"],
                  caption=f"Tahapan dan kemajuan (rata-rata {done}%, keadaan data "
                          f"{date_id(snap.taken_at)})"))


def _profile(doc: Document, snap: WorkshopSnapshot, program: Program, number: str,
             refs: dict[str, str]) -> None:
    profile = snap.quickwin_profile(program.id)
    plan = snap.program_plan(program.id)
    budget = profile.budget if profile.budget is not None else (plan.budget_total or None)
    source = profile.funding_source or ", ".join(sorted({b.source for b in plan.budgets})) \
        or program.funding
    doc.add(Fields([
        ("Nama inovasi", (profile.innovation_name or EMPTY)
         + (f" ({profile.acronym})" if profile.acronym else "")),
        ("Program", f"{number} {program.title}"),
        ("Dimensi / elemen", dimension_name(program.dimension)
         + (f" / {element_name(program.element)}" if program.element else "")),
        ("Lokasi", plan.location or EMPTY),
        ("Penerima manfaat", profile.beneficiaries.strip() or EMPTY),
        ("OPD pengampu", _opd_full(snap, program.opd_id)),
        ("OPD pendukung", opd_codes_nb(snap, program.supporting_opd_ids)),
        ("Kerangka waktu", f"{HORIZON_NAMES.get(program.horizon, program.horizon)}; "
                           f"{years_text(program)}"),
        ("Anggaran (sumber)", (rupiah(budget) if budget is not None else EMPTY)
         + (f" ({source})" if source else "")),
    ] + ([] if program.quick_win else [("Status", "Kandidat dari matriks prioritas, belum "
                                                  "ditetapkan pleno")])))
    doc.add(Heading(3, "Permasalahan yang dijawab", new_page=False, in_toc=False))
    linked = [snap.swot_by_id[s] for s in program.swot_ids if s in snap.swot_by_id]
    if profile.problem.strip():
        doc.add(Paragraph(profile.problem.strip()))
    if linked:
        doc.add(BulletList([f"{refs[s.id]} ({QUADRANT_SHORT[s.quadrant]}): {s.text}"
                            for s in linked]))
    if not profile.problem.strip() and not linked:
        doc.add(Placeholder("permasalahan yang dijawab quick win ini"))
    doc.add(Heading(3, "Manfaat bagi warga", new_page=False, in_toc=False))
    _text_or_placeholder(doc, program.benefit, "manfaat langsung yang dirasakan warga")
    if program.description.strip() and not profile.problem.strip():
        doc.add(Heading(3, "Uraian", new_page=False, in_toc=False))
        doc.add(Paragraph(program.description.strip()))
    doc.add(Heading(3, "Indikator keberhasilan", new_page=False, in_toc=False))
    indicator = profile.indicator or program.indicator
    target = profile.target or program.target
    if indicator or target or profile.baseline:
        doc.add(Table(["Indikator", "Kondisi awal", "Target"],
                      [[indicator or EMPTY, profile.baseline or EMPTY, target or EMPTY]],
                      widths=[3.2, 1.6, 2.2], font_size=8.5))
    else:
        doc.add(Placeholder("indikator keberhasilan dengan kondisi awal dan target"))
    _milestones(doc, snap, program, profile)
    if profile.risks.strip():
        doc.add(Fields([("Risiko", profile.risks.strip())]))
    else:
        doc.add(Heading(3, "Risiko", new_page=False, in_toc=False),
                Placeholder("risiko dan langkah mitigasinya"))


def build_quickwins(snap: WorkshopSnapshot) -> Document:
    """Profil Quick Win Program Unggulan: one page per quick win (or candidate), grouped by
    dimension."""
    region = region_title(snap)
    doc = Document(f"Profil Quick Win Program Unggulan {region}", region, "quickwins",
                   header=f"Profil Quick Win Program Unggulan {region}",
                   subject="Profil Quick Win", footer=formal_parts.footer_text(snap))
    chosen = any(p.quick_win for p in snap.programs)
    wins = snap.quick_wins()
    count = (sentence_count(len(wins), "quick win")
             + (" terpilih" if chosen else " (kandidat, belum ditetapkan pleno)")) if wins else ""
    doc.add(Cover("PROFIL QUICK WIN PROGRAM UNGGULAN", region,
                  subtitle=f"Masterplan Smart City {region} {period_text(snap)}".strip(),
                  lines=[count], date=date_id(snap.taken_at), issuer=government_title(snap)),
            Toc())
    if not wins:
        doc.add(Heading(1, "QUICK WIN PROGRAM UNGGULAN"),
                Placeholder.unavailable("Quick win belum ditetapkan dan belum ada kandidat dari "
                                        "matriks prioritas."))
        return doc
    numbers = program_numbers(snap)
    refs = Context(snap, None).swot_refs()
    order = {d: i for i, d in enumerate(reference.dimension_ids())}
    rank = {p.id: i for i, p in enumerate(wins)}
    wins = sorted(wins, key=lambda p: (order.get(p.dimension, 99), rank[p.id]))
    current = object()
    for i, program in enumerate(wins, start=1):
        if program.dimension != current:
            current = program.dimension
            doc.add(Heading(1, f"DIMENSI {dimension_name(program.dimension).upper()}"))
        else:
            doc.add(PageBreak())
        profile = snap.quickwin_profile(program.id)
        doc.add(Heading(2, f"Quick Win {i}  {_title(program, profile)}", new_page=False))
        _profile(doc, snap, program, numbers[program.id], refs)
    return doc
