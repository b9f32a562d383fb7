"""Quick win profiles (BAB VIII and the profile pages): innovation name and acronym, the
problem it answers, beneficiaries, budget and source, success indicator with baseline and
target, risks, and milestones over its 6-12 months (planned month 1..12, progress 0..100 %).
Location, owner and supporting OPDs are the program's (``programs``, ``budget``)."""

from __future__ import annotations

from ..errors import ValidationError
from ..model import FUNDING, Milestone, QuickWinProfile
from ..store.workshop import Workshop
from . import records as r
from .common import require_row

PROFILE_FIELDS = ("innovation_name", "acronym", "problem", "beneficiaries", "budget",
                  "funding_source", "indicator", "baseline", "target", "risks")
_CLEANERS = {
    "innovation_name": r.text(short=True), "acronym": r.text(short=True, max_len=40),
    "problem": r.text(), "beneficiaries": r.text(), "budget": r.rupiah(),
    "funding_source": r.choice(FUNDING, required=False), "indicator": r.text(),
    "baseline": r.text(short=True), "target": r.text(short=True), "risks": r.text(),
}


def clean_profile_fields(ws: Workshop, fields: dict, record: str | None = None) -> dict:
    """Validate profile fields; unknown names refused."""
    out = {}
    for name, value in fields.items():
        cleaner = _CLEANERS.get(name)
        if cleaner is None:
            raise ValidationError(name, "is not a quick win profile field",
                                  code="unknown_field", record=record)
        if name == "funding_source" and value not in (None, "") and value not in FUNDING:
            raise ValidationError(name, f"unknown funding source {value!r} (use one of "
                                  f"{', '.join(FUNDING)})", code="unknown_source",
                                  record=record)
        out[name] = cleaner(ws, value, name, record)
    return out


def set_profile(ws: Workshop, program_id: str, **fields) -> QuickWinProfile:
    """Write fields of a program's quick win profile (created on first write)."""
    require_row(ws, "programs", program_id, "program")
    values = clean_profile_fields(ws, fields)
    current = get_profile(ws, program_id)
    merged = {k: getattr(current, k) for k in PROFILE_FIELDS} | values
    with ws.transaction() as tx:
        tx.execute(f"INSERT OR REPLACE INTO quickwin_profiles (program_id, "
                   f"{', '.join(PROFILE_FIELDS)}, updated_at) VALUES "
                   f"({', '.join('?' * (len(PROFILE_FIELDS) + 2))})",
                   (program_id, *[merged[k] for k in PROFILE_FIELDS], tx.now))
        tx.audit("set", "quickwin_profile", program_id, {"fields": sorted(values)})
    return get_profile(ws, program_id)


MILESTONES = r.Kind(
    "quickwin_milestones", "milestone", Milestone,
    {"program_id": r.ref("programs", "program", required=True),
     "month": r.integer(1, 12, required=True), "description": r.text(required=True),
     "progress": r.integer(0, 100)},
    required=("program_id", "month", "description"), order="month, created_at, rowid")


def add_milestone(ws: Workshop, program_id: str, month: int, description: str, *,
                  progress: int = 0, milestone_id: str | None = None) -> Milestone:
    """Add a milestone: planned month 1..12, description, progress 0..100 (%)."""
    return get_milestone(ws, r.add(ws, MILESTONES, milestone_id, program_id=program_id,
                                   month=month, description=description, progress=progress))


def get_milestone(ws: Workshop, milestone_id: str) -> Milestone:
    """One milestone."""
    return MILESTONES.row_to(r.get_row(ws, MILESTONES, milestone_id))


def update_milestone(ws: Workshop, milestone_id: str, **fields) -> Milestone:
    """Edit a milestone's month, description or progress."""
    if "program_id" in fields:
        raise ValidationError("program_id", "a milestone cannot move to another program",
                              code="fixed")
    r.update(ws, MILESTONES, milestone_id, **fields)
    return get_milestone(ws, milestone_id)


def delete_milestone(ws: Workshop, milestone_id: str) -> None:
    """Delete a milestone (restorable)."""
    r.delete(ws, MILESTONES, milestone_id)


def restore_milestone(ws: Workshop, milestone_id: str) -> Milestone:
    """Undo a milestone's deletion."""
    r.restore(ws, MILESTONES, milestone_id)
    return get_milestone(ws, milestone_id)


def list_profiles(ws: Workshop) -> dict[str, QuickWinProfile]:
    """Every written profile (with its milestones), by program id."""
    milestones: dict[str, list[Milestone]] = {}
    for row in r.list_rows(ws, MILESTONES):
        milestones.setdefault(row["program_id"], []).append(MILESTONES.row_to(row))
    out = {}
    for row in ws.query("SELECT * FROM quickwin_profiles ORDER BY program_id"):
        pid = row["program_id"]
        out[pid] = QuickWinProfile(pid, *[row[k] for k in PROFILE_FIELDS],
                                   updated_at=row["updated_at"],
                                   milestones=milestones.get(pid, []))
    for pid, items in milestones.items():  # milestones before any profile field
        out.setdefault(pid, QuickWinProfile(pid, milestones=items))
    return out


def get_profile(ws: Workshop, program_id: str) -> QuickWinProfile:
    """A program's quick win profile (empty fields when nothing is written yet)."""
    return list_profiles(ws).get(program_id) or QuickWinProfile(program_id)
