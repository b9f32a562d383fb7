"""The laporan's results of the stage's own exercises (issue 10's exercises, issue 11's "results
per exercise"): the vision keywords and the vision drafted from them (Bimtek I), programs for
1, 5 and 10 years per dimension and the dimension groups (II), the strategies per dimension,
the road map and the quick wins per dimension (III), the review of the draft and the
commitment signatures (IV). Pure functions of the snapshot."""

from __future__ import annotations

from .. import reference
from ..model import HORIZON_PLAN_YEARS, Event
from ..services.keywords import common_spelling, resolve_merge
from ..snapshot import WorkshopSnapshot
from .common import EMPTY, dimension_name
from .document import Composer, Paragraph, Placeholder

TITLES = {"I": "Kata Kunci Visi dan Rumusan Visi",
          "II": "Program 1, 5, dan 10 Tahun per Dimensi",
          "III": "Strategi per Dimensi, Peta Jalan, dan Quick Win",
          "IV": "Reviu Draf Masterplan dan Komitmen Bersama"}
REVIEW_NAMES = {"draft": "Draf", "discussed": "Dibahas", "agreed": "Disepakati"}
STRATEGY_NAMES = {"SO": "S-O", "WO": "W-O", "ST": "S-T", "WT": "W-T"}


def stage_results(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    """A section with the results of the exercises of ``event``'s stage."""
    builder = {"I": _keywords, "II": _coverage, "III": _direction, "IV": _review}.get(
        event.stage)
    if builder is None:
        return
    out.section(f"Hasil Latihan: {TITLES[event.stage]}")
    builder(snap, event, out)


# -- Bimtek I -------------------------------------------------------------------------------
def _keywords(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    entries = [k for k in snap.keywords if k.event_id == event.id]
    if not entries:
        out.add(Placeholder.unavailable("Belum ada kata kunci visi yang dikirim meja."))
    else:
        counts: dict[str, int] = {}
        spelling: dict[str, dict[str, int]] = {}
        variants: dict[str, set[str]] = {}
        tables: dict[str, set[str]] = {}
        for entry in entries:
            kept = resolve_merge(snap.keyword_merges, entry.normalized)
            counts[kept] = counts.get(kept, 0) + 1
            variants.setdefault(kept, set()).add(entry.text)
            if entry.normalized == kept:
                spelling.setdefault(kept, {})
                spelling[kept][entry.text] = spelling[kept].get(entry.text, 0) + 1
            tables.setdefault(kept, set()).add(entry.opd_id or entry.author)
        picked = set(snap.keyword_picks)
        rows, highlight = [], set()
        for kept in sorted(counts, key=lambda k: (-counts[k], k)):
            label = common_spelling(spelling, kept)
            if kept in picked:
                highlight.add(len(rows))
            others = sorted(variants[kept] - {label})
            rows.append([str(len(rows) + 1), label, str(counts[kept]), str(len(tables[kept])),
                         ", ".join(others) or EMPTY, "Ya" if kept in picked else EMPTY])
        out.para(f"Meja perangkat daerah mengirim {len(entries)} kata kunci visi; setelah "
                 f"sinonim digabung terdapat {len(rows)} kata kunci, {len(picked)} di "
                 "antaranya dipilih dalam pleno (baris berwarna).")
        out.table("Kata kunci visi", ["No", "Kata kunci", "Jumlah", "Meja", "Digabung dari",
                                      "Dipilih"], rows,
                  widths=[0.45, 2.0, 0.8, 0.7, 2.4, 0.8], font_size=8.5, highlight=highlight,
                  align=["center", "left", "center", "center", "left", "center"])
    vision = snap.plan.vision.strip()
    if not vision:
        out.add(Placeholder("rumusan visi (Rencana > Visi)"))
        return
    out.para("Rumusan visi yang disusun dari kata kunci terpilih"
             + (f" ({', '.join(snap.vision_keywords)}):" if snap.vision_keywords else ":"))
    out.add(Paragraph(vision, "quote"))


# -- Bimtek II ------------------------------------------------------------------------------
def _coverage(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    groups = {g.dimension: g for g in snap.groups
              if g.event_id == event.id and g.kind == "dimension"}
    rows, missing = [], set()
    for i, dim in enumerate(reference.dimension_ids()):
        years = {1: 0, 5: 0, 10: 0}
        for program in snap.programs:
            if program.dimension == dim:
                years[HORIZON_PLAN_YEARS.get(program.horizon, 1)] += 1
        if not all(years.values()):
            missing.add(i)
        group = groups.get(dim)
        opds = ", ".join(snap.opd_code(o) or o for o in group.opd_ids) if group else EMPTY
        rows.append([dimension_name(dim), group.name if group else EMPTY, opds]
                    + [str(years[y]) for y in (1, 5, 10)] + [str(sum(years.values()))])
    out.para("Cakupan usulan program per dimensi dan jangka waktu, dengan kelompok dimensi "
             "dan perangkat daerahnya. Baris berwarna: dimensi yang belum memiliki program "
             "untuk salah satu jangka waktu.")
    out.table("Program per dimensi dan jangka waktu",
              ["Dimensi", "Kelompok", "Perangkat daerah", "1 tahun", "5 tahun", "10 tahun",
               "Jumlah"], rows, widths=[1.5, 1.5, 2.6, 0.7, 0.7, 0.8, 0.7], font_size=8,
              highlight=missing,
              align=["left", "left", "left", "center", "center", "center", "center"])


# -- Bimtek III -----------------------------------------------------------------------------
def _direction(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    strategies = [s for s in snap.strategies if s.opd_id is None and s.dimension]
    order = reference.dimension_ids()
    strategies.sort(key=lambda s: (order.index(s.dimension) if s.dimension in order
                                   else len(order), s.type, s.text))
    if strategies:
        out.table("Strategi per dimensi (TOWS)", ["Dimensi", "Jenis", "Strategi"],
                  [[dimension_name(s.dimension), STRATEGY_NAMES.get(s.type, s.type), s.text]
                   for s in strategies], widths=[1.5, 0.7, 5.0], font_size=8.5,
                  align=["left", "center", "left"])
    else:
        out.add(Placeholder.unavailable("Belum ada strategi per dimensi."))
    years = sorted({y for p in snap.programs if p.start_year and p.end_year
                    for y in range(p.start_year, p.end_year + 1)})
    if years:
        rows = [[str(y), str(sum(1 for p in snap.programs if p.start_year == y)),
                 str(sum(1 for p in snap.programs if p.start_year and p.end_year
                         and p.start_year <= y <= p.end_year))] for y in years]
        ceiling = snap.settings.get("budget_ceiling_per_year")
        out.para("Peta jalan: jumlah program yang dimulai dan yang berjalan setiap tahun"
                 + (f"; plafon anggaran per tahun Rp {int(ceiling):,}".replace(",", ".")
                    if ceiling else "") + ".")
        out.table("Peta jalan program per tahun", ["Tahun", "Program dimulai",
                                                   "Program berjalan"], rows,
                  widths=[1.0, 1.6, 1.6], align=["center", "center", "center"])
    chosen = [p for p in snap.programs if p.quick_win]
    rows = []
    for dim in order:
        titles = [p.title for p in chosen if p.dimension == dim]
        rows.append([dimension_name(dim), "; ".join(titles) or "Belum dipilih"])
    out.table("Quick win terpilih per dimensi", ["Dimensi", "Quick win"], rows,
              widths=[1.6, 5.6], font_size=8.5,
              highlight={i for i, r in enumerate(rows) if r[1] == "Belum dipilih"})


# -- Bimtek IV ------------------------------------------------------------------------------
def _review(snap: WorkshopSnapshot, event: Event, out: Composer) -> None:
    from ..services.review import chapters

    comments = [c for c in snap.review_comments if c.event_id in (event.id, None)]
    rows = []
    for key, title in chapters():
        mine = [c for c in comments if c.subject_kind == "chapter" and c.subject_id == key]
        rows.append([title, REVIEW_NAMES.get(snap.review_statuses.get(("chapter", key), "draft"),
                                             EMPTY),
                     str(len(mine)), str(sum(1 for c in mine if c.resolved))])
    agreed = sum(1 for p in snap.programs
                 if snap.review_statuses.get(("program", p.id)) == "agreed")
    out.para(f"Reviu draf masterplan: {sum(1 for r in rows if r[1] == 'Disepakati')} dari "
             f"{len(rows)} bab disepakati; {agreed} dari {len(snap.programs)} program "
             "disepakati.")
    out.table("Status reviu per bab", ["Bab", "Status", "Komentar", "Selesai"], rows,
              widths=[4.2, 1.2, 0.9, 0.9], font_size=8.5,
              align=["left", "left", "center", "center"])
    if comments:
        out.table("Komentar reviu dan jawabannya", ["Dari", "Komentar", "Jawaban"],
                  [[c.author or EMPTY, c.text, c.answer or EMPTY] for c in comments],
                  widths=[1.4, 2.9, 2.9], font_size=8.5)
    signers = [s for s in snap.signers if s.event_id == event.id]
    if not signers:
        out.add(Placeholder.unavailable("Belum ada penandatangan komitmen bersama."))
        return
    signed = sum(1 for s in signers if s.signed)
    out.para(f"Komitmen bersama: {signed} dari {len(signers)} penandatangan telah "
             "menandatangani.")
    out.table("Penandatangan komitmen bersama", ["No", "Nama", "Jabatan", "Tanda tangan"],
              [[str(i), s.name, s.title or s.role or EMPTY,
                "Sudah" if s.signed else "Belum"] for i, s in enumerate(signers, start=1)],
              widths=[0.45, 2.6, 3.2, 1.0], font_size=8.5,
              align=["center", "left", "left", "center"])
