"""Master plan sections of BAB VI (Kelembagaan dan Pendukung): the Dewan Smart City and the
Tim Pelaksana with their members, the regulation plan, and the financing, human resources
(SDM) and infrastructure plans, each a narrative and a structured table.

Entered in the console under "Rencana > Kelembagaan"."""

from __future__ import annotations

from collections.abc import Callable

from .common import EMPTY, Context, opd_code_nb
from .document import Placeholder

WHERE = "Rencana > Kelembagaan"
BODY_NAMES = {"dewan": "Dewan Smart City", "pelaksana": "Tim Pelaksana Smart City"}
STATUS_NAMES = {"rencana": "Rencana", "penyusunan": "Dalam penyusunan",
                "pembahasan": "Dalam pembahasan", "ditetapkan": "Ditetapkan"}
ENABLER_NAMES = {"financing": ("strategi pembiayaan", "Rencana pembiayaan"),
                 "sdm": ("rencana pengembangan sumber daya manusia (SDM)",
                         "Rencana pengembangan SDM"),
                 "infrastructure": ("rencana pengembangan infrastruktur",
                                    "Rencana pengembangan infrastruktur")}


def _narrative(ctx: Context, key: str) -> bool:
    """Print the BAB VI narrative ``key`` (paragraphs); True when there was one."""
    text = (ctx.snap.enabler_narratives or {}).get(key, "").strip()
    for part in text.split("\n\n"):
        if part.strip():
            ctx.out.para(part.strip())
    return bool(text)


def bodies(ctx: Context) -> None:
    """The Dewan Smart City and the Tim Pelaksana: narrative and members with position."""
    snap, out = ctx.snap, ctx.out
    had_text = _narrative(ctx, "bodies")
    for body, name in BODY_NAMES.items():
        members = sorted((m for m in snap.members if m.body == body), key=lambda m: m.sort)
        if not members:
            out.add(Placeholder(f"susunan keanggotaan {name} (nama, jabatan, kedudukan); "
                                f"diisi pada {WHERE}"))
            continue
        out.table(f"Susunan keanggotaan {name}",
                  ["No", "Nama", "Jabatan", "Instansi", "Kedudukan"],
                  [[str(n), m.name, m.position or EMPTY, m.institution or EMPTY,
                    m.role or EMPTY] for n, m in enumerate(members, start=1)],
                  widths=[0.45, 2.0, 2.2, 1.9, 1.1], font_size=8,
                  align=["center", "left", "left", "left", "left"])
    if not had_text and not snap.members:
        out.add(Placeholder(f"uraian tugas dan fungsi Dewan Smart City dan Tim Pelaksana; "
                            f"diisi pada {WHERE}"))


def regulations(ctx: Context) -> None:
    """The regulation plan: instrument, subject, target year, status."""
    snap, out = ctx.snap, ctx.out
    had_text = _narrative(ctx, "regulation")
    if not snap.regulations:
        if not had_text:
            out.add(Placeholder("rencana regulasi (instrumen, tentang, tahun target, status), "
                                "termasuk peraturan kepala daerah yang menetapkan masterplan; "
                                f"diisi pada {WHERE}"))
        return
    out.table("Rencana regulasi pendukung smart city",
              ["No", "Instrumen", "Tentang", "Target", "Status", "Keterangan"],
              [[str(n), r.instrument, r.subject, str(r.target_year or EMPTY),
                STATUS_NAMES.get(r.status, r.status), r.notes or EMPTY]
               for n, r in enumerate(snap.regulations, start=1)],
              widths=[0.45, 1.3, 2.4, 0.6, 1.0, 2.0], font_size=8,
              align=["center", "left", "left", "center", "left", "left"])


def enabler_writer(section: str) -> Callable[[Context], None]:
    """BAB VI: one enabler plan (financing, SDM, infrastructure): narrative and items."""
    missing, caption = ENABLER_NAMES[section]

    def write(ctx: Context) -> None:
        snap, out = ctx.snap, ctx.out
        had_text = _narrative(ctx, section)
        items = [e for e in snap.enablers if e.section == section]
        if not items:
            if not had_text:
                out.add(Placeholder(f"{missing}; diisi pada {WHERE}"))
            return
        out.table(caption, ["No", "Langkah", "Uraian", "Target", "Penanggung jawab"],
                  [[str(n), e.title, e.description or EMPTY, str(e.target_year or EMPTY),
                    opd_code_nb(snap, e.opd_id)] for n, e in enumerate(items, start=1)],
                  widths=[0.45, 2.0, 3.4, 0.6, 1.2], font_size=8,
                  align=["center", "left", "left", "center", "left"])
    write.__doc__ = f"BAB VI: {missing}."
    return write


WRITERS: dict[str, Callable[[Context], None]] = {
    "bodies": bodies,
    "regulations": regulations,
    "financing": enabler_writer("financing"),
    "sdm": enabler_writer("sdm"),
    "infrastructure": enabler_writer("infrastructure"),
}
