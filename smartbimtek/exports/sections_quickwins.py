"""Master plan section of BAB VIII: the quick wins per dimension, each with its profile summary
(innovation name and acronym, problem, beneficiaries, location, owner and supporting OPDs,
budget and source, success indicator with baseline and target, milestones with month and
progress, risks). No workshop mechanics (scores, votes, who proposed what): those are in the
laporan. Profiles are entered in the console under "Matriks prioritas > Quick win > Ubah profil"."""

from __future__ import annotations

from .. import reference
from ..model import Program
from .common import (
    EMPTY,
    MONTHS,
    Context,
    dimension_name,
    opd_code_nb,
    opd_codes_nb,
    rupiah,
    years_text,
)
from .document import Fields, Paragraph, Placeholder

WHERE = "Matriks prioritas > Quick win > Ubah profil"
#: The profile fields a quick win needs before the plan can be adopted.
REQUIRED = (("innovation_name", "nama inovasi"), ("problem", "permasalahan"),
            ("beneficiaries", "penerima manfaat"), ("indicator", "indikator keberhasilan"),
            ("target", "target"))


def _month(month: int, year: int | None) -> str:
    name = MONTHS[month - 1] if 1 <= month <= 12 else str(month)
    return f"{name} {year}" if year else name


def _profile(ctx: Context, p: Program) -> None:
    snap, out = ctx.snap, ctx.out
    profile = snap.quickwin_profile(p.id)
    plan = snap.program_plan(p.id)
    name = profile.innovation_name or p.title
    if profile.acronym:
        name += f" ({profile.acronym})"
    budget = EMPTY
    if profile.budget is not None:
        budget = rupiah(profile.budget) + (f" ({profile.funding_source})"
                                           if profile.funding_source else "")
    elif plan.budgets:
        first = min(b.year for b in plan.budgets)
        lines = [b for b in plan.budgets if b.year == first]
        budget = (f"{rupiah(sum(b.amount for b in lines))} "
                  f"({', '.join(sorted({b.source for b in lines}))}, {first})")
    rows = [("Program", f"{ctx.numbers[p.id]} {p.title}"),
            ("Permasalahan", profile.problem or EMPTY),
            ("Penerima manfaat", profile.beneficiaries or EMPTY),
            ("Lokasi", plan.location or EMPTY),
            ("OPD pengampu", opd_code_nb(snap, p.opd_id)),
            ("OPD pendukung", opd_codes_nb(snap, p.supporting_opd_ids)),
            ("Waktu pelaksanaan", years_text(p)),
            ("Anggaran dan sumber", budget),
            ("Indikator keberhasilan", profile.indicator or p.indicator or EMPTY),
            ("Nilai dasar (baseline)", profile.baseline or EMPTY),
            ("Target", profile.target or p.target or EMPTY),
            ("Risiko", profile.risks or EMPTY)]
    if p.benefit:
        rows.insert(3, ("Manfaat bagi warga", p.benefit))
    out.add(Fields(rows, caption=name))
    if profile.milestones:
        out.table(f"Tonggak capaian {name}", ["Bulan", "Tonggak capaian", "Progres"],
                  [[_month(m.month, p.start_year), m.description, f"{m.progress}%"]
                   for m in sorted(profile.milestones, key=lambda m: m.month)],
                  widths=[1.3, 5.0, 0.8], font_size=8, align=["left", "left", "right"])
    missing = [label for key, label in REQUIRED if not getattr(profile, key)]
    if not profile.milestones:
        missing.append("tonggak capaian bulanan")
    if missing:
        out.add(Placeholder(f"profil quick win {ctx.numbers[p.id]}: {', '.join(missing)}; "
                            f"diisi pada {WHERE}"))


def quick_wins(ctx: Context) -> None:
    """The chosen quick wins per dimension with their profile summaries (before the plenary
    chose, the candidates of the matrix, marked as such)."""
    snap, out = ctx.snap, ctx.out
    chosen = [p for p in snap.programs if p.quick_win]
    wins = snap.quick_wins()
    if not wins:
        out.add(Placeholder("quick win program unggulan per dimensi; dipilih dari matriks "
                            "prioritas pada sesi penentuan prioritas"))
        return
    if chosen:
        out.para("Quick win adalah program unggulan berjangka 6–12 bulan yang manfaatnya "
                 "langsung dirasakan warga. Quick win berikut ditetapkan per dimensi; ringkasan "
                 "profil setiap quick win disajikan di bawah ini.")
    else:
        out.add(Placeholder("Quick win belum ditetapkan oleh pleno. Daftar berikut adalah "
                            "kandidat dari kuadran Quick Win matriks prioritas.", "Catatan"))
    for dim in reference.dimension_ids():
        group = [p for p in wins if p.dimension == dim]
        out.subsection(f"Quick win dimensi {dimension_name(dim)}")
        if not group:
            out.add(Paragraph("Tidak ada quick win yang ditetapkan untuk dimensi ini.", "note"))
            continue
        for p in group:
            _profile(ctx, p)
