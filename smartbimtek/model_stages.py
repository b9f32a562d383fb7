"""Records of the exercises of Bimtek II-IV and of group work (issue 10), as plain dataclasses.

Kept apart from ``model`` (which holds the records of Bimtek I and the master plan) so that
each module stays small; the services of ``groups``, ``keywords``, ``roadmap``, ``review`` and
``commitment`` return these.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Kinds of group (kelompok): one OPD's table, a dimension or readiness component group of
#: several OPDs and participants, or a named group.
GROUP_KINDS = ("opd", "dimension", "component", "custom")
#: Review status of a master plan chapter or a program (Bimtek IV), in order.
REVIEW_STATUSES = ("draft", "discussed", "agreed")
#: What a review status or comment is about.
REVIEW_SUBJECTS = ("chapter", "program")


@dataclass
class Group:
    """A group (kelompok) at a bimtek: a table of OPDs and participants working together."""

    id: str
    event_id: str | None
    name: str
    kind: str
    opd_id: str | None = None  # the OPD of an "opd" group
    dimension: str | None = None  # the dimension of a "dimension" group
    component: str | None = None  # the readiness component of a "component" group
    position: int = 0
    opd_ids: list[str] = field(default_factory=list)
    participant_ids: list[str] = field(default_factory=list)


@dataclass
class KeywordEntry:
    """One vision keyword as a table or phone sent it."""

    id: str
    event_id: str | None
    group_id: str | None
    opd_id: str | None
    text: str
    normalized: str
    author: str = ""
    source: str = "desktop"
    created_at: str = ""


@dataclass
class KeywordCount:
    """A keyword of the word cloud: the kept form (after synonym merges) and how often it was
    sent; ``variants`` are the normalized forms merged into it."""

    keyword: str
    label: str
    count: int
    picked: bool = False
    variants: list[str] = field(default_factory=list)


@dataclass
class RoadmapBar:
    """A program on the road map: a bar from ``start_year`` to ``end_year``."""

    program_id: str
    title: str
    dimension: str
    opd_id: str
    start_year: int | None
    end_year: int | None
    quick_win: bool = False
    budget_by_year: dict[int, float] = field(default_factory=dict)


@dataclass
class RoadmapConflict:
    """A problem on the road map: ``kind`` is ``budget`` (the year's budget over the
    region's ceiling) or ``opd_load`` (an OPD owns too many programs in the year)."""

    kind: str
    year: int
    amount: float  # rupiah for budget, number of programs for opd_load
    limit: float
    opd_id: str | None = None
    program_ids: list[str] = field(default_factory=list)


@dataclass
class ReviewItem:
    """The review status of a chapter (key of the master plan outline) or a program."""

    subject_kind: str
    subject_id: str
    title: str
    status: str = "draft"
    open_comments: int = 0
    comments: int = 0


@dataclass
class ReviewComment:
    """A tanggapan on a chapter or a program, with the facilitator's answer."""

    id: str
    subject_kind: str
    subject_id: str
    event_id: str | None
    group_id: str | None
    author: str
    text: str
    answer: str = ""
    resolved: bool = False
    source: str = "desktop"
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Signer:
    """A signer of the komitmen bersama: name, title, their OPD or role, signed or not."""

    id: str
    event_id: str | None
    name: str
    title: str = ""
    opd_id: str | None = None
    role: str = ""
    signed: bool = False
    signed_at: str | None = None
    position: int = 0
