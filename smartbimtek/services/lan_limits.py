"""Write limits of the table input (local network): every number in one place.

A phone on the venue Wi-Fi may only write to its own OPD, but nothing stopped one phone from
posting 1,406 programs of 20,000 characters in ten seconds (234 MB). Two limits close that:

* **Per session, a token bucket** (enforced by the server before an entry reaches the writer):
  a session may send ``WRITE_BURST`` entries at once, then ``WRITE_PER_SECOND`` per second.
  A fast secretary typing a table's SWOT items needs several seconds per item; tapping
  scores on a ballot comes at about one per second; a phone that was offline sends its queue
  in one burst (30 entries is ten minutes of brisk typing). Beyond it the server answers
  ``429 slow_down`` with ``Retry-After`` and the page sends the entry again after that wait
  (nothing is lost). Ten phones of one table together still get ten entries a second.
* **Per OPD and step, quotas** (checked by ``lan_entries.submit`` inside the entry's
  transaction, so they hold however many sessions or servers write): at most
  ``MAX_SWOT_PER_STEP`` SWOT items and ``MAX_PROGRAMS_PER_STEP`` programs created from
  phones, and at most ``MAX_TEXT_PER_STEP`` characters stored by the OPD's accepted entries
  (adds and edits; each counts the full record it stored). A busy table writes 20 to 80 SWOT
  items and 5 to 20 programs in a step; the quotas are several times that. Vision keywords
  (``MAX_KEYWORDS_PER_STEP``) and review comments (``MAX_COMMENTS_PER_STEP``) are counted
  the same way, per table (the session's OPD) and step. Refused with
  ``409 quota_items`` / ``409 quota_text``; the page shows the reason and keeps the entry in
  its "not saved" list.

Only entries from phones and table laptops count; the facilitator's desktop is not limited.
"""

from __future__ import annotations

import json

from ..errors import PermissionDenied
from ..store.workshop import Workshop

#: Entries a session may send at once (a full bucket).
WRITE_BURST = 30
#: Entries per second a session gets back, sustained.
WRITE_PER_SECOND = 1.0
#: SWOT items an OPD's phones may create in one agenda step.
MAX_SWOT_PER_STEP = 300
#: Programs an OPD's phones may create in one agenda step.
MAX_PROGRAMS_PER_STEP = 100
#: Characters an OPD's accepted entries may store in one agenda step (adds and edits).
MAX_TEXT_PER_STEP = 2_000_000
#: Vision keywords a table may send in one agenda step (the exercise asks three to five; a
#: table that brainstorms sends a few dozen).
MAX_KEYWORDS_PER_STEP = 60
#: Review comments (tanggapan) a table may send in one agenda step.
MAX_COMMENTS_PER_STEP = 100

#: Counted action -> (kind named in the refusal, name of its limit; read when checked).
_LIMITS = {"swot.add": ("swot", "MAX_SWOT_PER_STEP"),
           "program.add": ("programs", "MAX_PROGRAMS_PER_STEP"),
           "keyword.add": ("keywords", "MAX_KEYWORDS_PER_STEP"),
           "review.comment": ("comments", "MAX_COMMENTS_PER_STEP")}
_COUNTED = tuple(_LIMITS)
_TEXT_ACTIONS = ("swot.add", "swot.edit", "program.add", "program.edit", "keyword.add",
                 "review.comment")


def step_usage(ws: Workshop, opd_id: str, step_id: str) -> dict[str, int]:
    """What an OPD's phones wrote in a step: accepted entries per action, and ``"text"``,
    the characters their stored answers hold."""
    usage: dict[str, int] = {"text": 0}
    for row in ws.query("SELECT action, count(*), total(length(response)) FROM lan_idempotency "
                        "WHERE step_id=? AND opd_id=? GROUP BY action", (step_id, opd_id)):
        usage[row[0]] = int(row[1])
        usage["text"] += int(row[2])
    return usage


def check_quota(ws: Workshop, opd_id: str, step_id: str, action: str, payload: object) -> None:
    """Refuse an entry that would take an OPD over its quotas for the step.

    Raises ``PermissionDenied`` with code ``quota_items`` (params ``kind``, ``max``) or
    ``quota_text`` (param ``max``). Call inside the entry's transaction.
    """
    if action not in _COUNTED and action not in _TEXT_ACTIONS:
        return
    usage = step_usage(ws, opd_id, step_id)
    if action in _COUNTED:
        kind, name = _LIMITS[action]
        limit = globals()[name]
        if usage.get(action, 0) >= limit:
            raise PermissionDenied(f"This table has already added {limit} {kind} entries in "
                                   "this step (the most one table may add).",
                                   code="quota_items", kind=kind, max=limit)
    if action in _TEXT_ACTIONS:
        size = len(json.dumps(payload, ensure_ascii=False)) if isinstance(payload, dict) else 0
        if usage["text"] + size > MAX_TEXT_PER_STEP:
            raise PermissionDenied(f"This table has already written {MAX_TEXT_PER_STEP} "
                                   "characters in this step (the most one table may write).",
                                   code="quota_text", max=MAX_TEXT_PER_STEP)


#: Photos an OPD's phones may upload in one agenda step (a table photographs its flip chart
#: a few times per step; each stored photo is about 0.2-0.5 MB in the workshop file, so 40
#: photos of 30 tables in a step add at most about 600 MB: the worst case, not the usual).
MAX_PHOTOS_PER_STEP = 40
#: Photos an OPD's phones may upload outside any running step (breaks, before the start).
MAX_PHOTOS_OUTSIDE_STEPS = 20


def check_photo_quota(ws: Workshop, opd_id: str, step_id: str | None) -> None:
    """Refuse a phone photo that would take an OPD over its photo quota for the step (or
    outside steps, ``step_id`` None). Deleted photos count (they stay in the file).

    Raises ``PermissionDenied`` with code ``quota_items`` (params ``kind="photos"``, ``max``).
    Call inside the photo's transaction.
    """
    limit = MAX_PHOTOS_PER_STEP if step_id else MAX_PHOTOS_OUTSIDE_STEPS
    used = ws.query_one("SELECT count(*) FROM photos WHERE opd_id = ? AND step_id IS ? "
                        "AND source = 'phone'", (opd_id, step_id))[0]
    if used >= limit:
        raise PermissionDenied(f"This table has already sent {limit} photos in this step "
                               "(the most one table may send).", code="quota_items",
                               kind="photos", max=limit)
