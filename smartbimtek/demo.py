"""The demo workshop: Kabupaten Sukamaju, Bimtek I, in the middle of its second day.

Built through the same services as real input, from ``reference/demo_content.json`` (real-
sounding Indonesian content). Day one has run with realistic actual times; on day two the
program group work is the current step, started at the moment the demo was made, so its
timer runs when the demo is opened.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import reference
from .errors import ValidationError
from .services import (
    agenda,
    budget,
    direction,
    formal,
    gap,
    institutions,
    plan,
    programs,
    quickwin_profiles,
    roster,
    swot,
)
from .store.workshop import Workshop, local_now, open_workshop

SEED = 2026


class _DemoClock:
    """A settable clock so that day one's steps and entries carry realistic times."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += dt.timedelta(**delta)


def create_demo(path: str | Path, *, now: dt.datetime | None = None,
                paused: bool = False, stage: str | None = None, running: bool = False) -> Path:
    """Write the demo workshop to ``path`` (which must not exist yet) and return the path.

    ``now`` is the moment the current step (day two's program group work) started; by
    default the real time, so that its timer runs when the demo is opened. ``paused``: the
    current step is paused at that moment instead, with its full time left, so that no timer
    runs until the facilitator resumes it (the app's demo).

    ``stage`` (I, II, III or IV): the region as it stands at the end of that bimtek instead,
    with every earlier bimtek run (``demo_stages``); the last one ended the day before
    ``now``. ``running`` (with ``stage``): that bimtek is under way instead: the step where
    its main exercise happens (``demo_stages.RUNNING_STEP``: I the vision keywords, II the
    10-year programs, III the road map, IV the signing) started at ``now``, with the results
    of every earlier step (the screenshots of each stage's boards).
    """
    path = Path(path)
    if path.exists():
        raise ValidationError("path", f"{path} already exists", code="duplicate")
    ws = open_workshop(path, create=True)
    try:
        ws.conn.execute("PRAGMA synchronous = OFF")  # regenerable: speed over durability here
        if stage is None:
            _fill(ws, now or local_now(), paused)
        else:
            _fill_stage(ws, now or local_now(), stage, running)
        ws.conn.execute("PRAGMA synchronous = FULL")
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ws.close()
    return path


def _fill(ws: Workshop, now: dt.datetime, paused: bool = False,
          current_kind: str = "programs") -> None:
    content = reference.demo_content()
    rng = random.Random(SEED)
    day_one = now.date() - dt.timedelta(days=1)
    clock = _DemoClock(dt.datetime.combine(day_one, dt.time(7, 0), now.tzinfo))
    ws.clock = clock

    region = content["region"]
    plan.update_plan(ws, region_name=region["name"], region_type=region["type"],
                     plan_title=region["plan_title"], period_start=region["period_start"],
                     period_end=region["period_end"], vision=region["vision"],
                     missions=region["missions"], goals=region["goals"],
                     targets=region["targets"], narratives=region["narratives"],
                     facilitators=content["event"]["facilitators"])
    roster.add_template_opds(ws)
    opds = {o.code: o for o in roster.list_opds(ws)}
    event_data = content["event"]
    event = plan.add_event(ws, event_data["stage"], venue=event_data["venue"],
                           start_date=day_one.isoformat(),
                           facilitators=event_data["facilitators"])
    plan.update_event(ws, event.id, **{k: event_data[k] for k in (
        "legal_basis", "agreement_number", "facilitator_institution", "speakers", "conclusions",
        "recommendations")})
    people = [roster.add_participant(ws, p["name"], opds[p["opd"]].id if p["opd"] else None,
                                     p["position"], p["phone"], category=p.get("category"),
                                     institution=p.get("institution", ""))
              for p in content["participants"]]
    _attendance(ws, clock, event.id, people, rng)

    steps = agenda.list_steps(ws, event.id)
    day1 = [s for s in steps if s.day == 1]
    day2 = [s for s in steps if s.day == 2]
    swot_ids = _run_day_one(ws, clock, event.id, day1, content, opds, rng)
    for item in content["readiness"]:
        swot.set_readiness(ws, item["component"], item["dimension"], item["rating"],
                           item["notes"])
    dimension_of = {(i["opd"], i["text"]): i.get("dimension") for i in content["swot"]}
    for strategy in content["strategies"]:
        opd = opds[strategy["opd"]]
        links = [swot_ids[(opd.code, text)] for text in strategy["swot_texts"]]
        swot.add_strategy(ws, strategy["type"], strategy["text"], links, opd.id,
                          dimension=dimension_of[(opd.code, strategy["swot_texts"][0])])

    # Day two: the steps before the program group work (or ``current_kind``) ran before
    # ``now``; that step runs now.
    current = next((i for i, s in enumerate(day2) if s.kind == current_kind), 0)
    clock.moment = now - dt.timedelta(minutes=sum(s.minutes for s in day2[:current]))
    for step in day2[:current]:
        agenda.start_step(ws, event.id, step.id)
        clock.advance(minutes=step.minutes)
    clock.moment = now
    agenda.start_step(ws, event.id, day2[current].id)
    if paused:
        agenda.toggle_pause(ws, event.id)
    titles = _programs(ws, content, opds, rng)
    _notes(ws, event, steps, content)
    _masterplan(ws, content["masterplan"], opds, swot_ids, titles)


def _fill_stage(ws: Workshop, now: dt.datetime, stage: str, running: bool = False) -> None:
    from .demo_stages import (  # builds on this module's Bimtek I
        WEEKS_APART,
        build_stages,
        running_day,
    )
    from .rules.stages import STAGES

    if stage not in STAGES:
        raise ValidationError("stage", f"{stage!r} is not one of {', '.join(STAGES)}",
                              code="choice")
    later = STAGES.index(stage)
    if running and stage == "I":
        _fill(ws, now, current_kind="keywords")
        build_stages(ws, ws.clock, stage, now.date() - dt.timedelta(days=1), running_at=now)
        return
    if running:  # the running step's day is today
        first_day = now.date() - dt.timedelta(days=running_day(stage) - 1,
                                              weeks=WEEKS_APART * later)
        day_two = dt.datetime.combine(first_day + dt.timedelta(days=1), dt.time(10, 30),
                                      now.tzinfo)
    else:
        day_two = (now - dt.timedelta(days=2, weeks=WEEKS_APART * later)).replace(
            hour=10, minute=30, second=0, microsecond=0)
    _fill(ws, day_two)
    build_stages(ws, ws.clock, stage, day_two.date() - dt.timedelta(days=1),
                 running_at=now if running else None)


def _attendance(ws, clock, event_id, people, rng) -> None:
    for day in (1, 2):
        for person in people:
            if rng.random() < (0.93 if day == 1 else 0.85):
                clock.moment = clock.moment.replace(hour=7, minute=rng.randint(25, 59))
                roster.check_in(ws, person.id, event_id, day)


def _run_day_one(ws, clock, event_id, day1, content, opds, rng) -> dict:
    """Run day one's steps with realistic durations; SWOT items arrive in the SWOT step."""
    swot_ids: dict[tuple[str, str], str] = {}
    start = day1[0].planned_start.split(":")
    clock.moment = clock.moment.replace(hour=int(start[0]), minute=int(start[1]) + 5)
    items = list(content["swot"])
    for step in day1:
        agenda.start_step(ws, event_id, step.id)
        if step.kind == "plenary" and rng.random() < 0.3:
            agenda.extend_step(ws, event_id, 5)
        if step.kind == "swot" and items:
            per_item = step.minutes * 60 / (len(items) + 1)
            for index, item in enumerate(items):
                clock.advance(seconds=per_item)
                source = ("table", "phone", "desktop")[index % 3]
                added = swot.add_item(ws, opds[item["opd"]].id, item["quadrant"], item["text"],
                                      dimension=item.get("dimension"),
                                      element=item.get("element"),
                                      component=item.get("component"),
                                      weight=item.get("weight"), rating=item.get("rating"),
                                      source=source, actor=f"{item['opd']}/meja")
                swot_ids[(item["opd"], item["text"])] = added.id
            items = []
            clock.advance(seconds=per_item)
        else:
            clock.advance(minutes=step.minutes + rng.choice((-3, -1, 0, 2, 4, 7)))
    agenda.stop_step(ws, event_id)  # the day ends with its last step
    return swot_ids


def _programs(ws, content, opds, rng) -> None:
    titles = {}
    for item in content["programs"]:
        program = programs.add_program(
            ws, opds[item["opd"]].id, item["title"], item["dimension"],
            element=item.get("element"), description=item.get("description", ""),
            horizon=item.get("horizon", "short"), start_year=item.get("start_year"),
            end_year=item.get("end_year"), funding=item.get("funding"),
            indicator=item.get("indicator", ""), target=item.get("target", ""),
            benefit=item.get("benefit", ""),
            supporting_opd_ids=[opds[c].id for c in item.get("supporting", []) if c in opds],
            source="table")
        titles[item["title"]] = program.id
    for score in content["scores"]:
        program_id = titles[score["program_title"]]
        for criterion in ("impact", "effort"):
            programs.set_score(ws, program_id, score["rater"], criterion, score[criterion],
                               source="table")
    voters = rng.sample(sorted({s["rater"] for s in content["scores"]}), 8)
    ranked = programs.priorities(ws)
    for voter in voters:
        for choice in rng.sample(ranked[:15], 3):
            used = programs.votes_used(ws, voter)
            programs.set_votes(ws, choice.program_id, voter, min(2, 5 - used), source="table")
    chosen: set[str] = set()
    for item in ranked:
        if item.quadrant == "quick_win" and item.dimension not in chosen:
            programs.set_quick_win(ws, item.program_id, True)
            chosen.add(item.dimension)
    return titles


def _notes(ws, event, steps, content) -> None:
    """Bimtek I's notes. A follow-up is due ``due_days`` after the event's last day (so it
    falls after the event whatever its dates); in the texts ``{due}`` is that date in words
    and ``{year}`` the year of the event's last day."""
    from .exports.common import date_id

    by_title = {s.title: s.id for s in steps}
    last_day = plan.event_dates(event)[-1]
    for note in content["notes"]:
        due = last_day + dt.timedelta(days=note["due_days"]) if "due_days" in note else None
        text = note["text"].replace("{due}", date_id(due)).replace("{year}", str(last_day.year))
        agenda.add_note(ws, event.id, text, kind=note["kind"],
                        step_id=by_title.get(note["step_title"]), owner=note.get("owner", ""),
                        due_date=due.isoformat() if due else "")


def _masterplan(ws, content, opds, swot_ids, titles) -> None:
    """The master plan's own content (issue 9): formal parts, gap analysis, consolidated SWOT,
    strategic issues, region strategies, RPJMD, tujuan/sasaran, program plan data,
    institutions and quick win profiles."""
    formal.update_formal(ws, **content["formal"])
    for cell in content["gaps"]:
        gap.set_gap(ws, cell["component"], cell["dimension"],
                    **{k: cell[k] for k in gap.GAP_FIELDS})
    by_text = {text: item_id for (_opd, text), item_id in swot_ids.items()}
    for item in content["region_swot"]:
        gap.add_region_item(ws, item["quadrant"], item["text"], dimension=item["dimension"],
                            weight=item["weight"], rating=item["rating"],
                            source_ids=[by_text[t] for t in item["sources"]])
    for issue in content["issues"]:
        gap.add_issue(ws, issue["text"], dimension=issue["dimension"])
    for strategy in content["region_strategies"]:
        swot.add_strategy(ws, strategy["type"], strategy["text"],
                          dimension=strategy["dimension"])
    rpjmd: dict[str, str] = {}
    for item in content["rpjmd"]:
        rpjmd[item["code"]] = direction.add_rpjmd(
            ws, item["kind"], item["text"], code=item["code"],
            parent_id=rpjmd.get(item.get("parent", ""))).id
    objectives: dict[str, str] = {}
    for item in content["objectives"]:
        fields = {k: item[k] for k in ("dimension", "indicator", "unit", "baseline_value",
                                       "baseline_year") if k in item}
        objectives[item["key"]] = direction.add_objective(
            ws, item["level"], item["text"], parent_id=objectives.get(item.get("parent", "")),
            rpjmd_id=rpjmd.get(item.get("rpjmd", "")), targets=item.get("targets"),
            **fields).id
    for item in content["program_plans"]:
        program_id = titles[item["title"]]
        budget.set_program_plan(ws, program_id, location=item["location"], unit=item["unit"],
                                baseline_value=item["baseline_value"],
                                baseline_year=item["baseline_year"],
                                rpjmd_id=rpjmd.get(item["rpjmd"]),
                                objective_id=objectives[item["objective"]])
        budget.set_program_targets(ws, program_id, item["targets"])
        for line in item["budgets"]:
            budget.set_budget(ws, program_id, line["year"], line["source"], line["amount"])
        for activity in item["activities"]:
            budget.add_activity(ws, program_id, activity["title"],
                                start_year=activity["start_year"],
                                end_year=activity["end_year"])
    for member in content["members"]:
        institutions.add_member(ws, member["body"], member["name"], position=member["position"],
                                institution=member["institution"], role=member["role"])
    for item in content["regulations"]:
        institutions.add_regulation(ws, item["instrument"], item["subject"],
                                    target_year=item["target_year"], status=item["status"],
                                    notes=item["notes"])
    for item in content["enablers"]:
        institutions.add_enabler(ws, item["section"], item["title"],
                                 description=item["description"],
                                 target_year=item["target_year"], opd_id=opds[item["opd"]].id)
    for section, text in content["narratives"].items():
        institutions.set_narrative(ws, section, text)
    for item in content["quickwin_profiles"]:
        program_id = titles[item["title"]]
        quickwin_profiles.set_profile(ws, program_id, **{
            k: item[k] for k in quickwin_profiles.PROFILE_FIELDS})
        for milestone in item["milestones"]:
            quickwin_profiles.add_milestone(ws, program_id, milestone["month"],
                                            milestone["description"],
                                            progress=milestone["progress"])
