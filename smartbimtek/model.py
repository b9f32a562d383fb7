"""Domain model: the records of a workshop file as plain dataclasses, and the fixed vocabularies.

Records are returned by the services; they carry stable UUIDs so that files from several
laptops can be merged without duplicates.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

QUADRANTS = ("S", "W", "O", "T")
INTERNAL = ("S", "W")
EXTERNAL = ("O", "T")
STAGES = ("I", "II", "III", "IV")
REGION_TYPES = ("kabupaten", "kota")
STEP_KINDS = ("plenary", "presentation", "readiness", "swot", "programs", "prioritisation",
              "break", "other")
STEP_STATES = ("pending", "running", "paused", "done")
ANONYMITY = ("named", "facilitator", "anonymous")
HORIZONS = ("quick_win", "short", "medium", "long")
FUNDING = ("APBD", "APBN/DAK", "Dana Desa", "CSR", "KPBU", "Lainnya")
READINESS_RATINGS = ("baik", "sedang", "buruk")
STRATEGY_TYPES = ("SO", "WO", "ST", "WT")
SOURCES = ("desktop", "table", "phone", "import", "cli")
RATER_KINDS = ("opd", "participant", "facilitator")
NOTE_KINDS = ("note", "decision", "followup")


def new_id() -> str:
    """A new stable record id (UUID4, hex)."""
    return uuid.uuid4().hex


@dataclass
class Plan:
    """The region and its master plan (one per workshop file)."""

    region_name: str = ""
    region_type: str = "kabupaten"
    plan_title: str = ""
    period_start: int | None = None
    period_end: int | None = None
    vision: str = ""
    missions: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    narratives: dict[str, str] = field(default_factory=dict)
    facilitators: list[str] = field(default_factory=list)


@dataclass
class Event:
    """One bimtek (stage I-IV): two days at a venue, with its own agenda and attendance."""

    id: str
    stage: str
    venue: str = ""
    start_date: str = ""  # ISO date
    days: int = 2
    facilitators: list[str] = field(default_factory=list)
    title: str = ""


@dataclass
class Opd:
    """A government unit (Organisasi Perangkat Daerah) taking part, seated at a table."""

    id: str
    code: str
    name: str
    table_no: int | None = None


@dataclass
class Participant:
    """A person at the workshop. ``phone`` is private: never shown on the projector."""

    id: str
    name: str
    opd_id: str | None = None
    position: str = ""
    phone: str = ""


@dataclass
class Attendance:
    """A check-in of a participant on one day of an event."""

    participant_id: str
    event_id: str
    day: int
    checked_in_at: str


@dataclass
class AgendaStep:
    """One step of an event day's agenda, with its plan and what actually happened."""

    id: str
    event_id: str
    day: int
    position: int
    planned_start: str  # "HH:MM"
    minutes: int
    title: str
    kind: str = "other"
    dimension: str | None = None
    instructions: str = ""
    anonymity: str = "named"
    state: str = "pending"
    actual_start: str | None = None  # ISO datetime
    actual_end: str | None = None
    paused_at: str | None = None
    paused_seconds: float = 0.0
    extra_seconds: float = 0.0


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
class Note:
    """A note, decision or follow-up recorded during an agenda step."""

    id: str
    event_id: str
    step_id: str | None
    kind: str
    text: str
    created_at: str = ""


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
