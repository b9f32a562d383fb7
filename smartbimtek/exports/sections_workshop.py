"""Workshop mechanics that belong in the laporan, not in the master plan: how the programs were
scored and voted on (the ranking of every program with the mean and range of its impact and
effort scores, the number of raters and votes, the matrix quadrant)."""

from __future__ import annotations

from ..rules import priority as priority_rules
from ..snapshot import WorkshopSnapshot
from .common import EMPTY, keep_together, number, program_numbers, quadrant_label
from .document import Composer, Paragraph


def _stat_text(prio: priority_rules.ProgramPriority, key: str) -> str:
    stat = prio.stats.get(key)
    if stat is None or stat.n == 0:
        return EMPTY
    return f"{number(stat.mean)} ({stat.minimum}–{stat.maximum})"


def program_ranking(snap: WorkshopSnapshot, out: Composer) -> None:
    """A section of the laporan's results chapter: the ranking of every program from the
    scores and votes."""
    out.section("Penilaian dan Penentuan Prioritas Program")
    if not snap.priorities:
        out.add(Paragraph("Belum ada program yang dinilai.", "note"))
        return
    numbers = program_numbers(snap)
    scored = sum(1 for p in snap.priorities if p.impact is not None and p.effort is not None)
    out.para(f"Dari {len(snap.priorities)} program, {scored} telah dinilai dampak dan upayanya "
             "oleh meja perangkat daerah (skala 1–5) dan dapat dipilih dengan suara titik. "
             "Peringkat berikut menjadi dasar pleno dalam menetapkan quick win.")
    rows, highlight = [], set()
    for prio in snap.priorities:
        program = snap.program_by_id[prio.program_id]
        if program.quick_win:
            highlight.add(len(rows))
        raters = max(prio.stats["impact"].n, prio.stats["effort"].n)
        rows.append([str(prio.rank), numbers[program.id], program.title,
                     keep_together(snap.opd_code(program.opd_id)) or EMPTY,
                     _stat_text(prio, "impact"), _stat_text(prio, "effort"), str(raters),
                     str(prio.votes),
                     quadrant_label(prio.quadrant) + (" (terpilih)" if program.quick_win else "")
                     + (" *" if prio.placed else "")])
    out.table("Peringkat seluruh program", ["Peringkat", "No", "Program", "OPD", "Dampak",
                                            "Upaya", "Penilai", "Suara", "Kuadran"], rows,
              widths=[48, 24, 116, 58, 46, 46, 36, 32, 62], font_size=7.5,  # points: no word cut
              highlight=highlight,
              align=["center", "center", "left", "left", "center", "center", "center",
                     "center", "left"])
    out.para("Dampak dan upaya: rata-rata skor (rentang skor terendah–tertinggi antarpenilai). "
             "Tanda * : posisi ditetapkan melalui penempatan konsensus fasilitator.", "small")
