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
        Section("gap", "Analisis Kesenjangan", content="gap"),
        Section("region_swot", "Analisis SWOT per Dimensi", content="region_swot"),
        Section("ifas", "Matriks IFAS/EFAS, Diagram SWOT, dan Matriks IE",
                content="region_ifas"),
        Section("issues", "Isu Strategis", narrative="strategic_issues", content="issues"),
    )),
    Chapter("visi", "Visi, Misi, Tujuan, dan Sasaran", (
        Section("vision", "Visi", content="vision"),
        Section("missions", "Misi", content="missions"),
        Section("objectives", "Tujuan, Sasaran, dan Indikator", content="objectives"),
        Section("objective_targets", "Target Tahunan", content="objective_targets"),
        Section("rpjmd", "Keselarasan dengan RPJMD", content="rpjmd"),
    )),
    Chapter("strategi", "Strategi dan Program per Dimensi", (
        Section("strategies", "Strategi per Dimensi", content="strategies"),
        Section("programs", "", content="programs"),
    ), intro="programs_intro"),
    Chapter("kelembagaan", "Kelembagaan dan Pendukung", (
        Section("bodies", "Dewan Smart City dan Tim Pelaksana", content="institutions:bodies"),
        Section("regulations", "Rencana Regulasi", narrative="development_suprastruktur",
                content="institutions:regulations"),
        Section("financing", "Strategi Pembiayaan", content="institutions:financing"),
        Section("sdm", "Pengembangan Sumber Daya Manusia", narrative="development_struktur",
                content="institutions:sdm"),
        Section("infrastructure", "Pengembangan Infrastruktur",
                narrative="development_infrastruktur", content="institutions:infrastructure"),
    )),
    Chapter("roadmap", "Rencana Aksi dan Peta Jalan", (
        Section("action_plan", "Rencana Aksi", content="action_plan"),
        Section("roadmap", "Peta Jalan", content="roadmap"),
        Section("budget", "Rekapitulasi Anggaran", content="budget"),
    )),
    Chapter("quickwin", "Quick Win Program Unggulan", (
        Section("matrix", "Dasar Pemilihan Quick Win", content="priority_matrix"),
        Section("quick_wins", "Quick Win per Dimensi", content="quick_wins"),
    )),
    Chapter("penutup", "Penutup", (
        Section("closing", "", narrative="closing",
                missing="kesimpulan dan harapan atas pelaksanaan masterplan"),
    )),
    Chapter("swot_opd", "Analisis SWOT per Perangkat Daerah", (
        Section("swot_opd", "Butir SWOT per Perangkat Daerah", content="annex_swot"),
        Section("ifas_opd", "IFAS/EFAS dan Diagram SWOT per Perangkat Daerah",
                content="annex_ifas"),
    ), annex=True),
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
