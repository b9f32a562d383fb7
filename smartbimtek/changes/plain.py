"""The change report as plain text (for the console and ``.txt`` files) and as plain data
for JSON (``smartbimtek changes``). Pure functions of a ``History`` and a ``ChangeReport``."""

from __future__ import annotations

import datetime as dt

from .fields import NO_DETAIL, field_label, kind_title, status_name, value_text
from .history import History
from .report import KINDS, ChangeReport, Range

_WORDS = {
    "id": {"current": "Perubahan sejak Bimtek {a} dimulai",
           "events": "Perubahan antara Bimtek {a} dan Bimtek {b}",
           "one_event": "Perubahan selama Bimtek {a}",
           "previous": "Perubahan sejak Bimtek {a}",
           "moments": "Perubahan antara dua waktu",
           "range": "Rentang", "now": "sekarang", "start": "awal berkas",
           "none": "Tidak ada perubahan dalam rentang ini.",
           "count": "{n} perubahan."},
    "en": {"current": "Changes since Bimtek {a} started",
           "events": "Changes between Bimtek {a} and Bimtek {b}",
           "one_event": "Changes during Bimtek {a}",
           "previous": "Changes since Bimtek {a}",
           "moments": "Changes between two moments",
           "range": "Range", "now": "now", "start": "the start of the file",
           "none": "No changes in this range.",
           "count": "{n} changes."},
}


def _words(lang: str) -> dict[str, str]:
    return _WORDS.get(lang, _WORDS["id"])


def _stage(history: History, event_id: str) -> str:
    event = history.event(event_id)
    return event.stage if event else "?"


def range_title(history: History, rng: Range, lang: str = "id") -> str:
    """"Perubahan sejak Bimtek II dimulai", "Perubahan antara Bimtek I dan Bimtek III"..."""
    words = _words(lang)
    stages = [_stage(history, e) for e in rng.event_ids]
    if rng.how == "current" and stages:
        return words["current"].format(a=stages[0])
    if rng.how == "events" and len(stages) == 2:
        if rng.event_ids[0] == rng.event_ids[1]:
            return words["one_event"].format(a=stages[0])
        return words["events"].format(a=stages[0], b=stages[1])
    if rng.how == "previous" and stages:
        return words["previous"].format(a=stages[0])
    return words["moments"]


def _when(moment: str | None, fallback: str) -> str:
    if moment is None:
        return fallback
    return dt.datetime.fromisoformat(moment).strftime("%Y-%m-%d %H:%M")


def range_text(rng: Range, lang: str = "id") -> str:
    """``2026-07-20 00:00 – sekarang`` (the end itself is not part of the range)."""
    words = _words(lang)
    return f"{_when(rng.start, words['start'])} – {_when(rng.end, words['now'])}"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def as_text(history: History, report: ChangeReport, lang: str = "id") -> str:
    """The report as lines of text: a title, the range, then one block per kind with a line
    per record (status, label, OPD) and an indented line per field (old -> new)."""
    words = _words(lang)
    lines = [range_title(history, report.range, lang),
             f"{words['range']}: {range_text(report.range, lang)}"]
    if not report.changes:
        return "\n".join([*lines, "", words["none"]]) + "\n"
    lines.append(words["count"].format(n=len(report.changes)))
    width = max(len(status_name(c.status, lang)) for c in report.changes)
    for kind in KINDS:
        changes = report.of_kind(kind)
        if not changes:
            continue
        lines += ["", kind_title(kind, lang)]
        for change in changes:
            opd = history.opd_codes.get(change.opd_id or "", "")
            lines.append(f"  {status_name(change.status, lang):<{width}}  "
                         f"{_one_line(change.label)}" + (f" ({opd})" if opd else ""))
            if change.detail_missing:
                lines.append(f"  {'':<{width}}    {NO_DETAIL.get(lang, NO_DETAIL['id'])}")
            for field in change.fields:
                old = value_text(field.field, field.old, history, lang, known=field.known)
                new = value_text(field.field, field.new, history, lang, known=field.known)
                lines.append(f"  {'':<{width}}    {field_label(field.field, lang)}: "
                             f"{_one_line(old)} -> {_one_line(new)}")
    return "\n".join(lines) + "\n"


def as_data(history: History, report: ChangeReport, lang: str = "id") -> dict:
    """The report as JSON-ready data: the range (with its events), counts per kind and
    status, and every change with its fields (raw old and new values, and as text)."""
    rng = report.range
    events = []
    for event_id in rng.event_ids:
        event = history.event(event_id)
        events.append({"id": event_id, "stage": event.stage if event else None,
                       "title": event.title if event else None,
                       "start_date": event.start_date if event else None})
    counts: dict[str, dict[str, int]] = {}
    for (kind, status), n in report.counts().items():
        counts.setdefault(kind, {})[status] = n
    changes = []
    for c in report.changes:
        changes.append({
            "kind": c.kind, "status": c.status, "id": c.record_id, "label": c.label,
            "opd": history.opd_codes.get(c.opd_id or "") if c.opd_id else None,
            "dimension": c.dimension, "at": c.at, "detail_missing": c.detail_missing,
            "fields": [{"field": f.field, "label": field_label(f.field, lang),
                        "old": f.old, "new": f.new, "known": f.known,
                        "old_text": value_text(f.field, f.old, history, lang, known=f.known),
                        "new_text": value_text(f.field, f.new, history, lang, known=f.known)}
                       for f in c.fields]})
    return {"title": range_title(history, rng, lang),
            "range": {"how": rng.how, "start": rng.start, "end": rng.end, "events": events},
            "counts": counts, "changes": changes}
