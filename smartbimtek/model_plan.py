"""Records of what the master plan adds to a program (issue 9): yearly budgets, activities,
targets, and the quick win profile with its milestones, as plain dataclasses.

Kept apart from ``model`` so that each module stays small; ``model`` re-exports every name.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class BudgetLine:
    """A program's budget estimate for one year from one funding source (rupiah)."""

    program_id: str
    year: int
    source: str  # one of FUNDING
    amount: int


@dataclass
class Activity:
    """A kegiatan of a program, over some years of the plan period."""

    id: str
    program_id: str
    title: str
    description: str = ""
    start_year: int | None = None
    end_year: int | None = None
    position: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass
class ProgramPlan:
    """What the master plan adds to a program: location, baseline, yearly targets, yearly
    budgets per funding source, activities, and the RPJMD item and sasaran it serves."""

    program_id: str
    location: str = ""
    baseline_value: str = ""
    baseline_year: int | None = None
    unit: str = ""
    rpjmd_id: str | None = None
    objective_id: str | None = None
    targets: dict[int, str] = field(default_factory=dict)
    budgets: list[BudgetLine] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)

    @property
    def budget_total(self) -> int:
        """The sum of every budget line (rupiah)."""
        return sum(b.amount for b in self.budgets)


@dataclass
class Milestone:
    """A quick win milestone: planned month (1..12 of its year), description, progress %."""

    id: str
    program_id: str
    month: int
    description: str
    progress: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass
class QuickWinProfile:
    """The profile of a quick win program (one page each in the documents)."""

    program_id: str
    innovation_name: str = ""
    acronym: str = ""
    problem: str = ""
    beneficiaries: str = ""
    budget: int | None = None  # rupiah
    funding_source: str | None = None  # one of FUNDING
    indicator: str = ""  # success indicator
    baseline: str = ""
    target: str = ""
    risks: str = ""
    updated_at: str = ""
    milestones: list[Milestone] = field(default_factory=list)
