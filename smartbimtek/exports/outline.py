"""The chapter outline of the Draft Masterplan Smart City, in one editable place.

No official chapter list is published, so the outline is data: reorder chapters, rename
them, move a section, or drop one here and the master plan builder follows. Each section is
either a **narrative** (text the Tim Pelaksana writes in the workshop's narrative fields; an
empty field becomes a visible placeholder in the document) or generated **content** from the
workshop data (the name of a section writer in ``masterplan.SECTION_WRITERS``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    """One numbered section of a chapter.

    ``narrative``: key in ``Plan.narratives`` written by the Tim Pelaksana (shown first);
    ``content``: name of the section writer that adds the workshop's data after it.
    ``missing`` tells, in the placeholder, what still has to be written; a narrative without
    ``missing`` is optional (no placeholder when empty).
    """

    key: str
    title: str  # "" when the content writer adds its own numbered sections
    narrative: str | None = None
    content: str | None = None
    missing: str = ""


@dataclass(frozen=True)
class Chapter:
    """A chapter (BAB) or, with ``annex``, a lampiran."""

    key: str
    title: str
    sections: tuple[Section, ...] = field(default_factory=tuple)
    intro: str | None = None  # content writer run before the first section
    annex: bool = False


MASTERPLAN_OUTLINE: tuple[Chapter, ...] = (
    Chapter("pendahuluan", "Pendahuluan", (
        Section("background", "Latar Belakang", narrative="background",
                missing="latar belakang penyusunan masterplan smart city daerah"),
        Section("aims", "Maksud dan Tujuan", narrative="aims",
                missing="maksud dan tujuan penyusunan masterplan"),
        Section("legal_basis", "Dasar Hukum", narrative="legal_basis",
                missing="daftar peraturan perundang-undangan yang menjadi dasar hukum"),
        Section("scope", "Ruang Lingkup", narrative="scope",
                missing="ruang lingkup wilayah, waktu, dan substansi masterplan"),
        Section("method", "Metodologi Penyusunan", narrative="method", content="method"),
    )),
    Chapter("profil", "Gambaran Umum Daerah", (
        Section("regional_profile", "Profil Daerah", narrative="regional_profile",
                missing="gambaran umum daerah: geografi, demografi, ekonomi, dan sosial"),
        Section("digital_profile", "Kondisi Digital dan Layanan Daerah",
                narrative="digital_profile",
                missing="kondisi infrastruktur TIK, aplikasi, dan layanan digital daerah"),
    )),
    Chapter("analisis", "Analisis Strategis", (
        Section("readiness", "Analisis Kesiapan Daerah", narrative="readiness",
                content="readiness"),
        Section("swot_opd", "Analisis SWOT per Perangkat Daerah", content="swot_by_opd"),
        Section("swot_dimension", "Analisis SWOT per Dimensi", content="swot_by_dimension"),
        Section("ifas", "Matriks IFAS/EFAS dan Diagram SWOT", content="ifas"),
        Section("issues", "Isu Strategis", narrative="strategic_issues",
                missing="rumusan isu strategis berdasarkan hasil analisis SWOT"),
    )),
    Chapter("visi", "Visi, Misi, Tujuan, dan Sasaran", (
        Section("vision", "Visi", content="vision"),
        Section("missions", "Misi", content="missions"),
        Section("goals", "Tujuan", content="goals"),
        Section("targets", "Sasaran dan Indikator", content="targets"),
    )),
    Chapter("strategi", "Strategi dan Program per Dimensi", (
        Section("tows", "Strategi TOWS", content="tows"),
        Section("programs", "", content="programs"),
    ), intro="programs_intro"),
    Chapter("pengembangan", "Pengembangan Suprastruktur, Infrastruktur, dan Struktur", (
        Section("suprastruktur", "Pengembangan Suprastruktur",
                narrative="development_suprastruktur", content="component:suprastruktur",
                missing="rencana pengembangan kebijakan, regulasi, kelembagaan, dan prosedur"),
        Section("infrastruktur", "Pengembangan Infrastruktur",
                narrative="development_infrastruktur", content="component:infrastruktur",
                missing="rencana pengembangan infrastruktur fisik, digital/TIK, dan sosial"),
        Section("struktur", "Pengembangan Struktur", narrative="development_struktur",
                content="component:struktur",
                missing="rencana pengembangan SDM, anggaran, dan tata kelola"),
    )),
    Chapter("roadmap", "Rencana Aksi dan Peta Jalan", (
        Section("roadmap", "Peta Jalan", content="roadmap"),
        Section("action_plan", "Rencana Aksi Tahunan", content="action_plan"),
    )),
    Chapter("quickwin", "Quick Win Program Unggulan", (
        Section("matrix", "Matriks Prioritas Program", content="priority_matrix"),
        Section("quick_wins", "Quick Win per Dimensi", content="quick_wins"),
    )),
    Chapter("penutup", "Penutup", (
        Section("closing", "", narrative="closing",
                missing="kesimpulan dan harapan atas pelaksanaan masterplan"),
    )),
    Chapter("peserta", "Daftar Perangkat Daerah dan Peserta", (), intro="annex_roster",
            annex=True),
    Chapter("komitmen", "Lembar Komitmen", (), intro="annex_commitment", annex=True),
)


def narrative_fields() -> list[tuple[str, str]]:
    """(key, section title) of every narrative field the master plan uses, in order.

    The desktop app can offer exactly these fields for the Tim Pelaksana to write.
    """
    seen: dict[str, str] = {}
    for chapter in MASTERPLAN_OUTLINE:
        for section in chapter.sections:
            if section.narrative and section.narrative not in seen:
                seen[section.narrative] = section.title
    return list(seen.items())
