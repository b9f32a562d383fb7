"""A read-only snapshot of a whole workshop: what exporters and the interchange dump read.

Exporters are pure functions of a snapshot, so an export never sees half of a change and can
run in a background thread while the workshop goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .changes.history import History, load_history
from .model import (
    Attendance,
    BodyMember,
    Criterion,
    EnablerItem,
    Event,
    FormalParts,
    GapCell,
    Note,
    Objective,
    Opd,
    Participant,
    Placement,
    Plan,
    Program,
    ProgramPlan,
    QuickWinProfile,
    ReadinessRating,
    RegionSwotItem,
    Regulation,
    RpjmdItem,
    Score,
    StrategicIssue,
    Strategy,
    SwotItem,
    Vote,
)
from .model_stages import Group, KeywordEntry, ReviewComment, Signer
from .rules import formal as formal_rules
from .rules import ifas as ifas_rules
from .rules import priority as priority_rules
from .rules.agenda import AgendaStep
from .services import (
    agenda,
    budget,
    commitment,
    direction,
    formal,
    gap,
    groups,
    institutions,
    keywords,
    photos,
    plan,
    programs,
    quickwin_profiles,
    review,
    roster,
    swot,
)
from .services.photos import Photo
from .store.workshop import Workshop, iso


@dataclass
class WorkshopSnapshot:
    """Everything in a workshop file at one moment, as plain records."""

    path: str
    taken_at: str
    plan: Plan
    events: list[Event]
    opds: list[Opd]
    participants: list[Participant]
    attendance: list[Attendance]
    agenda: dict[str, list[AgendaStep]]
    current_steps: dict[str, str | None]
    notes: list[Note]
    swot: list[SwotItem]
    strategies: list[Strategy]
    readiness: list[ReadinessRating]
    programs: list[Program]
    criteria: list[Criterion]
    scores: list[Score]
    votes: list[Vote]
    placements: dict[str, Placement]
    priorities: list[priority_rules.ProgramPriority]
    ifas_variant: str = "difference"
    settings: dict = field(default_factory=dict)
    # -- the master plan (issue 9) ------------------------------------------------------------
    #: The convention the stored IFAS ratings follow (``rules.ifas.CONVENTIONS``).
    ifas_convention: str = "diagram"
    formal: FormalParts = field(default_factory=FormalParts)
    gaps: list[GapCell] = field(default_factory=list)
    region_swot: list[RegionSwotItem] = field(default_factory=list)
    strategic_issues: list[StrategicIssue] = field(default_factory=list)
    rpjmd: list[RpjmdItem] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    program_plans: dict[str, ProgramPlan] = field(default_factory=dict)
    members: list[BodyMember] = field(default_factory=list)
    regulations: list[Regulation] = field(default_factory=list)
    enablers: list[EnablerItem] = field(default_factory=list)
    #: Narratives of BAB VI by section (``services.institutions.NARRATIVE_SECTIONS``).
    enabler_narratives: dict[str, str] = field(default_factory=dict)
    quickwin_profiles: dict[str, QuickWinProfile] = field(default_factory=dict)
    #: Documentation photos, metadata only: exports read the JPEG bytes lazily from
    #: ``path`` (``services.photos.read_jpegs``; stored photos never change).
    photos: list[Photo] = field(default_factory=list)
    #: The file's change history (the laporan's annex "Perubahan", ``changes.report``).
    history: History = field(default_factory=History)
    # -- the four bimteks (issue 10) ----------------------------------------------------------
    #: Groups (kelompok) of every event, with their members.
    groups: list[Group] = field(default_factory=list)
    #: Vision keywords as sent, synonym merges (normalized -> kept), picked keywords and the
    #: keywords the vision draft was made from.
    keywords: list[KeywordEntry] = field(default_factory=list)
    keyword_merges: dict[str, str] = field(default_factory=dict)
    keyword_picks: list[str] = field(default_factory=list)
    vision_keywords: list[str] = field(default_factory=list)
    #: Review statuses by ``(subject_kind, subject_id)`` (missing: draft) and comments.
    review_statuses: dict[tuple[str, str], str] = field(default_factory=dict)
    review_comments: list[ReviewComment] = field(default_factory=list)
    #: Every chapter agreed in the review: the master plan prints as the final draft.
    final_draft: bool = False
    #: Signers of the komitmen bersama recorded at every event.
    signers: list[Signer] = field(default_factory=list)

    # -- lookups --------------------------------------------------------------------------
    @cached_property
    def opd_by_id(self) -> dict[str, Opd]:
        """OPDs by id."""
        return {o.id: o for o in self.opds}

    @cached_property
    def opd_by_code(self) -> dict[str, Opd]:
        """OPDs by code."""
        return {o.code: o for o in self.opds}

    @cached_property
    def program_by_id(self) -> dict[str, Program]:
        """Programs by id."""
        return {p.id: p for p in self.programs}

    @cached_property
    def swot_by_id(self) -> dict[str, SwotItem]:
        """SWOT items by id."""
        return {s.id: s for s in self.swot}

    @cached_property
    def priority_by_id(self) -> dict[str, priority_rules.ProgramPriority]:
        """Priority results by program id."""
        return {p.program_id: p for p in self.priorities}

    def opd_code(self, opd_id: str | None) -> str:
        """Code of an OPD id ("" when unknown or None)."""
        opd = self.opd_by_id.get(opd_id or "")
        return opd.code if opd else ""

    def swot_of(self, opd_id: str) -> list[SwotItem]:
        """An OPD's SWOT items."""
        return [s for s in self.swot if s.opd_id == opd_id]

    def ifas_of(self, opd_id: str) -> ifas_rules.IfasResult | None:
        """IFAS/EFAS of an OPD when any of its items is scored, else None."""
        items = self.swot_of(opd_id)
        if not any(i.weight is not None and i.rating is not None for i in items):
            return None
        return ifas_rules.evaluate([ifas_rules.Factor(i.quadrant, i.weight, i.rating)
                                    for i in items], self.ifas_variant, self.ifas_convention)

    def ie_of(self, opd_id: str) -> ifas_rules.IeResult | None:
        """The IE-matrix reading of an OPD's scored items, else None."""
        items = self.swot_of(opd_id)
        if not any(i.weight is not None and i.rating is not None for i in items):
            return None
        return ifas_rules.evaluate_ie([ifas_rules.Factor(i.quadrant, i.weight, i.rating)
                                       for i in items], self.ifas_convention)

    def region_ifas(self, dimension: str | None = None
                    ) -> tuple[ifas_rules.IfasResult, ifas_rules.IeResult] | None:
        """Both readings of the region's consolidated SWOT (of one dimension) when any of its
        items is scored, else None."""
        items = [i for i in self.region_swot if dimension is None or i.dimension == dimension]
        if not any(i.weight is not None and i.rating is not None for i in items):
            return None
        return ifas_rules.evaluate_both([ifas_rules.Factor(i.quadrant, i.weight, i.rating)
                                         for i in items], self.ifas_convention,
                                        self.ifas_variant)

    # -- the master plan ------------------------------------------------------------------
    @property
    def region_display_name(self) -> str:
        """The region with its type: "Kabupaten Majalengka"."""
        return formal_rules.region_display_name(self.plan.region_name, self.plan.region_type)

    @property
    def head_title(self) -> str:
        """The regional head's title as entered, else "Bupati <region>"."""
        return self.formal.head_title or formal_rules.head_title(self.plan.region_name,
                                                                self.plan.region_type)

    def opd_title(self, opd_id: str | None) -> str:
        """The title (jabatan) of an OPD's head ("" when unknown)."""
        opd = self.opd_by_id.get(opd_id or "")
        return (opd.title or formal_rules.opd_title_default(opd.name, opd.code)) if opd else ""

    @cached_property
    def budget_totals(self) -> budget.BudgetTotals:
        """Budget totals per year, dimension and funding source (rupiah)."""
        return budget.budget_totals(self.program_plans, self.programs)

    def program_plan(self, program_id: str) -> ProgramPlan:
        """A program's plan data (empty when none is written)."""
        return self.program_plans.get(program_id) or ProgramPlan(program_id)

    def quickwin_profile(self, program_id: str) -> QuickWinProfile:
        """A program's quick win profile (empty when none is written)."""
        return self.quickwin_profiles.get(program_id) or QuickWinProfile(program_id)

    def gap_of(self, component: str, dimension: str) -> GapCell | None:
        """The gap analysis of one cell, or None."""
        return next((g for g in self.gaps if (g.component, g.dimension) ==
                     (component, dimension)), None)

    def quick_wins(self) -> list[Program]:
        """The chosen quick wins; when none is chosen yet, the matrix candidates (ranked)."""
        chosen = [p for p in self.programs if p.quick_win]
        if chosen:
            return sorted(chosen, key=lambda p: self.priority_by_id[p.id].rank)
        return [self.program_by_id[p.program_id] for p in self.priorities
                if p.quadrant == priority_rules.QUICK_WIN]

    def scores_of(self, program_id: str) -> list[Score]:
        """Every score of a program."""
        return [s for s in self.scores if s.program_id == program_id]


def take_snapshot(ws: Workshop) -> WorkshopSnapshot:
    """Read the whole workshop in one read transaction (a consistent view)."""
    ws.conn.execute("BEGIN")
    try:
        events = plan.list_events(ws)
        snap = WorkshopSnapshot(
            path=str(ws.path), taken_at=iso(ws.clock()), plan=plan.get_plan(ws), events=events,
            opds=roster.list_opds(ws), participants=roster.list_participants(ws),
            attendance=[a for e in events for a in roster.attendance(ws, e.id)],
            agenda={e.id: agenda.list_steps(ws, e.id) for e in events},
            current_steps={e.id: (s.id if (s := agenda.current_step(ws, e.id)) else None)
                           for e in events},
            notes=[n for e in events for n in agenda.list_notes(ws, e.id)],
            swot=swot.list_items(ws), strategies=swot.list_strategies(ws),
            readiness=swot.list_readiness(ws), programs=programs.list_programs(ws),
            criteria=programs.list_criteria(ws), scores=programs.list_scores(ws),
            votes=programs.list_votes(ws), placements=programs.placements(ws),
            priorities=programs.priorities(ws),
            ifas_variant=ws.setting("ifas_variant") or "difference",
            settings={k: ws.setting(k) for k in ("vote_budget", "matrix_split",
                                                 "current_event_id", "commitment_early")},
            ifas_convention=swot.ifas_convention(ws), formal=formal.get_formal(ws),
            gaps=gap.list_gaps(ws), region_swot=gap.list_region_items(ws),
            strategic_issues=gap.list_issues(ws), rpjmd=direction.list_rpjmd(ws),
            objectives=direction.list_objectives(ws),
            program_plans=budget.list_program_plans(ws),
            members=institutions.list_members(ws), regulations=institutions.list_regulations(ws),
            enablers=institutions.list_enablers(ws),
            enabler_narratives=institutions.narratives(ws),
            quickwin_profiles=quickwin_profiles.list_profiles(ws),
            photos=photos.list_photos(ws),
            history=load_history(ws),
            groups=[g for e in events for g in groups.list_groups(ws, e.id)],
            keywords=keywords.list_keywords(ws), keyword_merges=keywords.merges(ws),
            keyword_picks=keywords.picks(ws), vision_keywords=keywords.vision_sources(ws),
            review_statuses=review.statuses(ws), review_comments=review.list_comments(ws),
            final_draft=review.all_agreed(ws), signers=commitment.list_signers(ws, "*"),
        )
    finally:
        ws.conn.execute("COMMIT")
    return snap
