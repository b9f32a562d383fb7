"""The laporan data of the stage demo's Bimtek II, III and IV events (``demo_stages``), as the
Bappeda and the ministry's facilitation team would write it, from the ``event_II`` ...
``event_IV`` keys of ``reference/demo_content.json``.

Every event gets, when it opens, the legal basis (Bimtek I's Nota Kesepakatan with its
number, plus the stage's own letter of invitation), the tim pembimbing's institution and
the narasumber. What is written at the end of a bimtek (conclusions, recommendations, the
decisions and the follow-ups with owner and due date) is only there once the event has run
to its end: a bimtek that is still under way has none yet. Those are stamped with the time
of the session they belong to, on the event's own days.
"""

from __future__ import annotations

import datetime as dt

from . import reference
from .model import Event
from .services import agenda, plan
from .store.workshop import Workshop

#: Minutes into a session at which its notes and the event's conclusions are written.
_WRITTEN_AFTER = 10


def fill_event(ws: Workshop, event: Event, *, running: bool = False) -> Event:
    """Give the demo ``event`` (Bimtek II, III or IV, just started with ``plan.start_event``)
    its laporan data. ``running``: the event will still be under way when the demo is
    written: legal basis, team and narasumber only. Returns the updated event."""
    content = reference.demo_content()[f"event_{event.stage}"]
    first = next(e for e in plan.list_events(ws) if e.stage == "I")
    year = event.start_date[:4] if event.start_date else ""
    letter = content["letter"].replace("{year}", year)
    event = plan.update_event(
        ws, event.id, legal_basis="\n".join(filter(None, (first.legal_basis, letter))),
        agreement_number=first.agreement_number,
        facilitator_institution=content["facilitator_institution"],
        speakers=content["speakers"])
    if running:
        return event
    steps = {s.title: s for s in agenda.list_steps(ws, event.id)}
    last_day = plan.event_dates(event)[-1]
    for note in content["notes"]:
        step = steps[note["step_title"]]
        due = last_day + dt.timedelta(days=note["due_days"]) if "due_days" in note else None
        _at_step(ws, event, step, lambda n=note, s=step, d=due: agenda.add_note(
            ws, event.id, n["text"], kind=n["kind"], step_id=s.id, owner=n.get("owner", ""),
            due_date=d.isoformat() if d else ""))
    closing = max((s for s in steps.values() if s.day == event.days),
                  key=lambda s: s.position)
    return _at_step(ws, event, closing, lambda: plan.update_event(
        ws, event.id, conclusions=content["conclusions"],
        recommendations=content["recommendations"]))


def _at_step(ws: Workshop, event: Event, step, write):
    """Run ``write`` with the demo's clock set into ``step`` on its day of ``event`` (its
    planned start plus a few minutes); the clock is put back after, so the agenda's times
    go on from where they were."""
    day = plan.event_dates(event)[step.day - 1]
    hour, minute = (int(x) for x in step.planned_start.split(":"))
    clock = ws.clock
    before = clock.moment
    clock.moment = dt.datetime.combine(day, dt.time(hour, minute), before.tzinfo) + \
        dt.timedelta(minutes=_WRITTEN_AFTER)
    try:
        return write()
    finally:
        clock.moment = before
