"""Records of the exercises (SWOT, strategies, readiness, programs, scores, placements,
votes), of the plan's direction and enablers, the audit entry, and the participants, their
check-ins and the notes of an event: plain dataclasses.

Callers import them from ``smartbimtek.model``, which loads this module when one of them is
first asked for: the first window of the desktop app needs none of them, and creating a
dataclass costs about half a millisecond (its generated methods are compiled).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SwotItem:
    """A SWOT factor of an OPD, optionally placed in a dimension/element/component and scored."""

    id: str
    opd_id: str
    quadrant: str
    text: str
    dimension: str | None = None
    element: str | None = None
    component: str | None = None
    weight: float | None = None
    rating: int | None = None
    author: str = ""
    source: str = "desktop"
    event_id: str | None = None
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Strategy:
    """A TOWS strategy (SO/WO/ST/WT) linked to the SWOT items it comes from."""

    id: str
    type: str
    text: str
    opd_id: str | None = None
    swot_ids: list[str] = field(default_factory=list)
    dimension: str | None = None  # strategies grouped per dimension in the plan


@dataclass
class ReadinessRating:
    """Readiness of one component in one dimension (baik/sedang/buruk) with notes."""

    component: str
    dimension: str
    rating: str | None = None
    notes: str = ""


@dataclass
class Program:
    """A proposed program or initiative of the master plan."""

    id: str
    opd_id: str
    title: str
    dimension: str
    element: str | None = None
    description: str = ""
    horizon: str = "short"
    start_year: int | None = None
    end_year: int | None = None
    funding: str | None = None
    indicator: str = ""
    target: str = ""
    supporting_opd_ids: list[str] = field(default_factory=list)
    swot_ids: list[str] = field(default_factory=list)
    strategy_ids: list[str] = field(default_factory=list)
    quick_win: bool = False  # chosen as quick win by the plenary
    source: str = "desktop"
    event_id: str | None = None
    created_at: str = ""
    updated_at: str = ""
    benefit: str = ""  # benefit to citizens ("manfaat bagi warga"); last, for positional use


@dataclass
class Criterion:
    """A scoring criterion. Impact and effort always exist; others are configurable."""

    key: str
    label_id: str
    label_en: str
    scale_min: int = 1
    scale_max: int = 5
    builtin: bool = False


@dataclass
class Score:
    """One rater's score of a program on one criterion."""

    id: str
    program_id: str
    rater_kind: str
    rater: str  # OPD code or participant id
    criterion: str
    value: int
    source: str = "desktop"
    event_id: str | None = None


@dataclass
class Placement:
    """A facilitator's consensus placement of a program on the impact/effort matrix."""

    program_id: str
    impact: float
    effort: float
    placed_at: str = ""


@dataclass
class Vote:
    """Dot votes of one voter (OPD table or participant) on one program."""

    program_id: str
    voter_kind: str
    voter: str
    count: int


@dataclass
class AuditEntry:
    """Who changed what, when, from where."""

    id: int
    at: str
    actor: str
    source: str
    action: str
    entity: str
    entity_id: str
    detail: str = ""


# -- the master plan (issue 9; tables of migration 6) ----------------------------------------


@dataclass
class FormalParts:
    """Formal parts of the documents (columns of ``plan``): kata pengantar, signatures,
    lembar pengesahan, footer, capital town, and the readiness components in use."""

    components: list[str] = field(default_factory=lambda: ["struktur", "infrastruktur",
                                                           "suprastruktur"])
    capital_town: str = ""  # ibu kota: documents are dated there
    head_name: str = ""  # the regional head (Bupati / Wali Kota)
    head_title: str = ""  # "Bupati Majalengka" (default from the region when empty)
    foreword: str = ""  # kata pengantar of the regional head
    team_head_name: str = ""  # head of the Tim Pelaksana
    team_head_title: str = ""
    team_foreword: str = ""  # kata pengantar of the head of the Tim Pelaksana
    approval_sheet: bool = False  # print a lembar pengesahan
    footer_programme: bool = False  # name the programme in the page footer


@dataclass
class GapCell:
    """Gap analysis of one readiness component in one dimension."""

    component: str
    dimension: str
    current: str = ""  # kondisi saat ini
    expected: str = ""  # kondisi yang diharapkan
    gap: str = ""  # kesenjangan
    recommendation: str = ""  # rekomendasi
    updated_at: str = ""


@dataclass
class RegionSwotItem:
    """An item of the region's consolidated SWOT, linked to the OPD items it came from."""

    id: str
    quadrant: str
    text: str
    dimension: str | None = None
    component: str | None = None
    weight: float | None = None
    rating: int | None = None
    position: int = 0
    source_ids: list[str] = field(default_factory=list)  # SWOT items of the OPDs
    created_at: str = ""
    updated_at: str = ""


@dataclass
class StrategicIssue:
    """An isu strategis of a dimension (and optionally a component)."""

    id: str
    text: str
    dimension: str | None = None
    component: str | None = None
    position: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass
class RpjmdItem:
    """A misi or sasaran of the region's RPJMD that the plan aligns with."""

    id: str
    kind: str  # "misi" | "sasaran"
    text: str
    code: str = ""  # "Misi 2", "S2.1"
    parent_id: str | None = None  # a sasaran's misi
    position: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Objective:
    """A tujuan or sasaran of the master plan with its indicator, baseline and yearly targets."""

    id: str
    level: str  # "tujuan" | "sasaran"
    text: str
    parent_id: str | None = None  # a sasaran's tujuan
    dimension: str | None = None
    indicator: str = ""
    unit: str = ""
    baseline_value: str = ""
    baseline_year: int | None = None
    rpjmd_id: str | None = None  # the RPJMD item it serves
    position: int = 0
    targets: dict[int, str] = field(default_factory=dict)  # year -> target
    created_at: str = ""
    updated_at: str = ""


@dataclass
class BodyMember:
    """A member of the Dewan Smart City, the Tim Pelaksana or the tim penyusun."""

    id: str
    body: str  # one of BODIES
    name: str
    position: str = ""  # jabatan
    institution: str = ""
    role: str = ""  # role in the body: Ketua, Sekretaris, Anggota
    sort: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Regulation:
    """A planned regulation (e.g. the Peraturan Bupati that enacts the master plan)."""

    id: str
    instrument: str  # "Peraturan Bupati", "Keputusan Bupati", "Peraturan Daerah"
    subject: str
    target_year: int | None = None
    status: str = "rencana"  # one of REGULATION_STATUSES
    notes: str = ""
    position: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass
class EnablerItem:
    """A structured item of the financing, SDM or infrastructure plan."""

    id: str
    section: str  # one of ENABLER_SECTIONS
    title: str
    description: str = ""
    target_year: int | None = None
    opd_id: str | None = None  # the OPD in charge
    position: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Participant:
    """A person at the workshop. ``phone`` is private: never shown on the projector."""

    id: str
    name: str
    opd_id: str | None = None
    position: str = ""
    phone: str = ""
    category: str | None = None  # one of PARTICIPANT_CATEGORIES (None: not set)
    institution: str = ""  # instansi of a participant outside the OPDs


@dataclass
class Attendance:
    """A check-in of a participant on one day of an event."""

    participant_id: str
    event_id: str
    day: int
    checked_in_at: str


@dataclass
class Note:
    """A note, decision or follow-up recorded during an agenda step."""

    id: str
    event_id: str
    step_id: str | None
    kind: str
    text: str
    created_at: str = ""
    owner: str = ""  # who follows up (penanggung jawab), for follow-ups
    due_date: str = ""  # ISO date (tenggat), for follow-ups
