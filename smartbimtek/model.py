"""Domain model: the records of a workshop file as plain dataclasses, and the fixed vocabularies.

Records are returned by the services; they carry stable UUIDs so that files from several
laptops can be merged without duplicates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module

QUADRANTS = ("S", "W", "O", "T")
INTERNAL = ("S", "W")
EXTERNAL = ("O", "T")
STAGES = ("I", "II", "III", "IV")
REGION_TYPES = ("kabupaten", "kota")
STEP_KINDS = ("plenary", "presentation", "readiness", "swot", "programs", "prioritisation",
              "break", "other", "keywords", "review")
STEP_STATES = ("pending", "running", "paused", "done")
ANONYMITY = ("named", "facilitator", "anonymous")
HORIZONS = ("quick_win", "short", "medium", "long")
FUNDING = ("APBD", "APBN/DAK", "Dana Desa", "CSR", "KPBU", "Lainnya")
READINESS_RATINGS = ("baik", "sedang", "buruk")
STRATEGY_TYPES = ("SO", "WO", "ST", "WT")
SOURCES = ("desktop", "table", "phone", "import", "cli")
RATER_KINDS = ("opd", "participant", "facilitator")
NOTE_KINDS = ("note", "decision", "followup")
#: Participant groups of a bimtek; the laporan lists participants by group (migration 9).
PARTICIPANT_CATEGORIES = ("opd", "dewan", "pelaksana", "academia", "business", "community")
#: How many years each program horizon stands for in the master plan's "programs for 1, 5 and
#: 10 years": quick wins and short-term programs are the 1-year programs.
HORIZON_PLAN_YEARS = {"quick_win": 1, "short": 1, "medium": 5, "long": 10}
#: Levels of the plan's direction (tujuan above sasaran) and kinds of RPJMD items.
OBJECTIVE_LEVELS = ("tujuan", "sasaran")
RPJMD_KINDS = ("misi", "sasaran")
#: Bodies whose members the plan lists: Dewan Smart City, Tim Pelaksana, tim penyusun.
BODIES = ("dewan", "pelaksana", "penyusun")
#: Status of a planned regulation (rencana -> penyusunan -> pembahasan -> ditetapkan).
REGULATION_STATUSES = ("rencana", "penyusunan", "pembahasan", "ditetapkan")
#: Structured enabler sections of BAB VI besides bodies and regulation.
ENABLER_SECTIONS = ("financing", "sdm", "infrastructure")


def new_id() -> str:
    """A new stable record id (UUID4, hex)."""
    import uuid  # on first use: the first window of the app makes no records (a faster start)

    return uuid.uuid4().hex


#: Records defined in other modules, loaded when first asked for (``model.X`` or
#: ``from smartbimtek.model import X``): the first window of the app needs none of them (it
#: makes plans, events with their speakers, agenda steps and OPDs only).
_ELSEWHERE = {
    "Participant": "model_exercises",
    "Attendance": "model_exercises",
    "Note": "model_exercises",
    "SwotItem": "model_exercises",
    "Strategy": "model_exercises",
    "ReadinessRating": "model_exercises",
    "Program": "model_exercises",
    "Criterion": "model_exercises",
    "Score": "model_exercises",
    "Placement": "model_exercises",
    "Vote": "model_exercises",
    "AuditEntry": "model_exercises",
    "FormalParts": "model_exercises",
    "GapCell": "model_exercises",
    "RegionSwotItem": "model_exercises",
    "StrategicIssue": "model_exercises",
    "RpjmdItem": "model_exercises",
    "Objective": "model_exercises",
    "BodyMember": "model_exercises",
    "Regulation": "model_exercises",
    "EnablerItem": "model_exercises",
    "Activity": "model_plan",
    "BudgetLine": "model_plan",
    "Milestone": "model_plan",
    "ProgramPlan": "model_plan",
    "QuickWinProfile": "model_plan",
}


def __getattr__(name: str):
    """The record ``name`` of ``_ELSEWHERE``, its module imported on first use."""
    module = _ELSEWHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __package__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_ELSEWHERE])


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
    legal_basis: str = ""  # the Nota Kesepakatan (title); its number below
    agreement_number: str = ""
    facilitator_institution: str = ""  # the tim pembimbing's institution
    speakers: list[Speaker] = field(default_factory=list)  # narasumber
    conclusions: str = ""  # kesimpulan (narrative of the laporan)
    recommendations: str = ""  # rekomendasi


@dataclass
class Speaker:
    """A narasumber of an event: name, institution and topic of the talk."""

    name: str
    institution: str = ""
    topic: str = ""


@dataclass
class Opd:
    """A government unit (Organisasi Perangkat Daerah) taking part, seated at a table."""

    id: str
    code: str
    name: str
    table_no: int | None = None
    title: str = ""  # the head's title (jabatan): "Kepala Dinas Kesehatan", "Inspektur"




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
