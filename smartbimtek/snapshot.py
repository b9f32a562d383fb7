"""A read-only snapshot of a whole workshop: what exporters and the interchange dump read.

Exporters are pure functions of a snapshot, so an export never sees half of a change and can
run in a background thread while the workshop goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .model import (
    Attendance,
    Criterion,
    Event,
    Note,
    Opd,
    Participant,
    Placement,
    Plan,
    Program,
    ReadinessRating,
    Score,
    Strategy,
    SwotItem,
    Vote,
)
from .rules import ifas as ifas_rules
from .rules import priority as priority_rules
from .rules.agenda import AgendaStep
from .services import agenda, plan, programs, roster, swot
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
                                    for i in items], self.ifas_variant)

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
                                                 "current_event_id")},
        )
    finally:
        ws.conn.execute("COMMIT")
    return snap
