"""Human, translated messages for the errors the core raises.

``error_text(exc)`` turns any ``SmartBimtekError`` into one sentence naming the field in the
user's language ("Teks tidak boleh kosong."); file errors add the way out (restore a backup).
Every code the core uses has a message; an unknown code falls back to a generic sentence
with the core's own (English) detail, so nothing is ever hidden.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from smartbimtek.errors import SmartBimtekError, ValidationError, WorkshopFileError
from smartbimtek.model import FUNDING


def _field_labels() -> dict[str, str]:
    """Field names used by the core -> label in the UI language."""
    return {
        "text": QCoreApplication.translate("Fields", "Text"),
        "title": QCoreApplication.translate("Fields", "Title"),
        "photo": QCoreApplication.translate("Fields", "Photo"),
        "caption": QCoreApplication.translate("Fields", "Caption"),
        "name": QCoreApplication.translate("Fields", "Name"),
        "code": QCoreApplication.translate("Fields", "OPD code"),
        "opd": QCoreApplication.translate("Fields", "OPD"),
        "opd_id": QCoreApplication.translate("Fields", "OPD"),
        "supporting": QCoreApplication.translate("Fields", "Supporting OPD"),
        "supporting_opd_ids": QCoreApplication.translate("Fields", "Supporting OPD"),
        "quadrant": QCoreApplication.translate("Fields", "Quadrant"),
        "dimension": QCoreApplication.translate("Fields", "Dimension"),
        "element": QCoreApplication.translate("Fields", "Element"),
        "component": QCoreApplication.translate("Fields", "Readiness component"),
        "weight": QCoreApplication.translate("Fields", "Weight"),
        "rating": QCoreApplication.translate("Fields", "Rating"),
        "author": QCoreApplication.translate("Fields", "Author"),
        "horizon": QCoreApplication.translate("Fields", "Horizon"),
        "funding": QCoreApplication.translate("Fields", "Funding source"),
        "start_year": QCoreApplication.translate("Fields", "Start year"),
        "end_year": QCoreApplication.translate("Fields", "End year"),
        "description": QCoreApplication.translate("Fields", "Description"),
        "benefit": QCoreApplication.translate("Fields", "Benefit to citizens"),
        "indicator": QCoreApplication.translate("Fields", "Indicator"),
        "target": QCoreApplication.translate("Fields", "Target"),
        "targets": QCoreApplication.translate("Fields", "Targets"),
        "goals": QCoreApplication.translate("Fields", "Goals"),
        "phone": QCoreApplication.translate("Fields", "Phone number"),
        "position": QCoreApplication.translate("Fields", "Position"),
        "table_no": QCoreApplication.translate("Fields", "Table number"),
        "minutes": QCoreApplication.translate("Fields", "Duration (minutes)"),
        "kind": QCoreApplication.translate("Fields", "Kind"),
        "instructions": QCoreApplication.translate("Fields", "Instructions"),
        "anonymity": QCoreApplication.translate("Fields", "Anonymity"),
        "planned_start": QCoreApplication.translate("Fields", "Planned start"),
        "stage": QCoreApplication.translate("Fields", "Stage"),
        "venue": QCoreApplication.translate("Fields", "Venue"),
        "start_date": QCoreApplication.translate("Fields", "Start date"),
        "days": QCoreApplication.translate("Fields", "Number of days"),
        "day": QCoreApplication.translate("Fields", "Day"),
        "facilitators": QCoreApplication.translate("Fields", "Facilitators"),
        "vision": QCoreApplication.translate("Fields", "Vision"),
        "missions": QCoreApplication.translate("Fields", "Missions"),
        "region_name": QCoreApplication.translate("Fields", "Region name"),
        "region_type": QCoreApplication.translate("Fields", "Region type"),
        "plan_title": QCoreApplication.translate("Fields", "Plan title"),
        "period_start": QCoreApplication.translate("Fields", "Plan period start"),
        "period_end": QCoreApplication.translate("Fields", "Plan period end"),
        "narratives": QCoreApplication.translate("Fields", "Narrative"),
        "rater": QCoreApplication.translate("Fields", "Rater"),
        "rater_kind": QCoreApplication.translate("Fields", "Rater kind"),
        "criterion": QCoreApplication.translate("Fields", "Criterion"),
        "value": QCoreApplication.translate("Fields", "Score"),
        "impact": QCoreApplication.translate("Fields", "Impact"),
        "effort": QCoreApplication.translate("Fields", "Effort"),
        "count": QCoreApplication.translate("Fields", "Number of dots"),
        "voter": QCoreApplication.translate("Fields", "Voter"),
        "voter_kind": QCoreApplication.translate("Fields", "Voter kind"),
        "key": QCoreApplication.translate("Fields", "Key"),
        "label_id": QCoreApplication.translate("Fields", "Indonesian label"),
        "label_en": QCoreApplication.translate("Fields", "English label"),
        "swot_ids": QCoreApplication.translate("Fields", "Linked SWOT items"),
        "strategy_ids": QCoreApplication.translate("Fields", "Linked strategies"),
        "step": QCoreApplication.translate("Fields", "Agenda step"),
        "notes": QCoreApplication.translate("Fields", "Notes"),
        "type": QCoreApplication.translate("Fields", "Strategy type"),
        "pin": QCoreApplication.translate("Fields", "PIN"),
        "file": QCoreApplication.translate("Fields", "File"),
        # the master plan's editors (issue 9)
        "amount": QCoreApplication.translate("Fields", "Budget (Rp)"),
        "budget": QCoreApplication.translate("Fields", "Budget (Rp)"),
        "year": QCoreApplication.translate("Fields", "Year"),
        "source": QCoreApplication.translate("Fields", "Funding source"),
        "funding_source": QCoreApplication.translate("Fields", "Funding source"),
        "progress": QCoreApplication.translate("Fields", "Progress (%)"),
        "month": QCoreApplication.translate("Fields", "Month"),
        "location": QCoreApplication.translate("Fields", "Location"),
        "baseline_year": QCoreApplication.translate("Fields", "Baseline year"),
    }


def field_label(field: str) -> str:
    """The UI label of a core field name (``missions[2]`` -> "Misi", ``narratives.aims`` ->
    "Narasi"); the name itself when it is not known."""
    base = re.split(r"[\[.]", str(field), maxsplit=1)[0]
    return _field_labels().get(base, base)


def _where(exc: ValidationError) -> str:
    label = field_label(exc.field)
    if exc.record:
        return QCoreApplication.translate("Messages", "{field} (row {record})").format(field=label, record=exc.record)
    return label


def _file_hint(exc: WorkshopFileError) -> str:
    if exc.code in ("corrupt", "truncated", "foreign"):
        return QCoreApplication.translate("Messages", "Restore it from a backup: File > Restore backup.")
    if exc.code == "newer":
        return QCoreApplication.translate("Messages", "Update SmartBimtek to open it.")
    if exc.code == "read_only":
        return QCoreApplication.translate("Messages", "Copy it to a folder you can write to (for example Documents) and "
                                          "open the copy, or remove its read-only mark.")
    if exc.code == "write_failed":
        return QCoreApplication.translate("Messages", "Check that the drive holding the file is still connected and "
                                          "not full, then try again.")
    if exc.code == "stale_log":
        return QCoreApplication.translate("Messages", "If recent work is missing, restore the newest backup: "
                                          "File > Restore backup.")
    if exc.code == "lock_owner":
        return QCoreApplication.translate("Messages", "If no program has the workshop open, remove {name} (in "
                                          "{folder}) and open the file again.").format(
            name=Path(str(exc.params.get("lock_file", "?"))).name,
            folder=Path(str(exc.params.get("lock_file", "?"))).parent)
    return ""


def _validation_text(exc: ValidationError) -> str:
    where = _where(exc)
    params = exc.params
    code = exc.code
    if code == "empty":
        return QCoreApplication.translate("Messages", "{field} must not be empty.").format(field=where)
    if code == "too_long":
        return QCoreApplication.translate("Messages", "{field} is too long: {length} characters, at most {max} allowed.").format(
            field=where, length=params.get("length", "?"), max=params.get("max", "?"))
    if code == "choice":
        return QCoreApplication.translate("Messages", "{field}: this value is not one of the allowed choices.").format(field=where)
    if code == "type":
        return QCoreApplication.translate("Messages", "{field}: the value has the wrong form (a number or a date is expected).") \
            .format(field=where)
    if code == "range":
        low, high = params.get("minimum"), params.get("maximum")
        if low is not None and high is not None:
            return QCoreApplication.translate("Messages", "{field} must be between {low} and {high}.").format(
                field=where, low=_number(low), high=_number(high))
        return QCoreApplication.translate("Messages", "{field} is outside the allowed range.").format(field=where)
    if code == "format":
        return QCoreApplication.translate("Messages", "{field} is not written in the expected form.").format(field=where)
    if code == "not_image":
        return QCoreApplication.translate("Messages", "{field}: the file is not a JPEG, PNG or WebP image, or it is "
                                          "damaged.").format(field=where)
    if code == "too_large":
        return QCoreApplication.translate("Messages", "{field}: the image is too large (at most 15 MB and 60 "
                                          "megapixels).").format(field=where)
    if code == "duplicate":
        return QCoreApplication.translate("Messages", "{field}: this value already exists.").format(field=where)
    if code == "unknown_opd":
        return QCoreApplication.translate("Messages", "{field}: this OPD is not in the roster.").format(field=where)
    if code == "unknown_field":
        return QCoreApplication.translate("Messages", "{field} cannot be changed here.").format(field=where)
    if code == "mismatch":
        return QCoreApplication.translate("Messages", "{field} does not belong to the chosen dimension.").format(field=where)
    if code == "negative":
        return QCoreApplication.translate("Messages", "{field} must not be negative (0 rupiah or more).").format(field=where)
    if code == "out_of_period":
        if params.get("year") is not None:
            return QCoreApplication.translate("Messages", "{field}: {year} is outside the plan period {start}–{end}.").format(
                field=where, year=params["year"], start=params.get("start") or "…",
                end=params.get("end") or "…")
        return QCoreApplication.translate("Messages", "{field} is outside the plan period.").format(field=where)
    if code == "unknown_source":
        return QCoreApplication.translate("Messages", "{field}: unknown funding source; use one of {sources}.").format(
            field=where, sources=", ".join(FUNDING))
    if code == "unknown_group":
        return QCoreApplication.translate("Messages", "{field}: this group (kelompok) does not exist or was deleted.").format(
            field=where)
    if code == "unknown_step":
        return QCoreApplication.translate("Messages", "{field}: this agenda step does not exist or was deleted.").format(
            field=where)
    if code == "unknown_participant":
        return QCoreApplication.translate("Messages", "{field}: this participant is not in the roster.").format(field=where)
    if code == "cycle":
        return QCoreApplication.translate("Messages", "{field}: these keywords are already merged the other way round.").format(
            field=where)
    if code == "fixed":
        return QCoreApplication.translate("Messages", "{field}: it cannot move to another program; delete it and add it "
                                          "there.").format(field=where)
    if code in ("not_found", "unknown", "unknown_program", "unknown_chapter", "unknown_event"):
        return QCoreApplication.translate("Messages", "{field}: the record does not exist (or was deleted).").format(field=where)
    return QCoreApplication.translate("Messages", "{field}: the value was refused ({detail}).").format(field=where,
                                                                   detail=exc.detail)


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def error_text(exc: BaseException) -> str:
    """One translated sentence for an error from the core (or a generic one otherwise)."""
    if isinstance(exc, ValidationError):
        return _validation_text(exc)
    code = getattr(exc, "code", "")
    params = getattr(exc, "params", {}) or {}
    if isinstance(exc, WorkshopFileError):
        special = {
            "stale_log": QCoreApplication.translate("Messages", "A leftover log from another session or another file was "
                           "beside this workshop file, and with it the file did not pass its check. SmartBimtek "
                           "opened the file as it was, without that log; the log is kept at {path}."),
            "lock_owner": QCoreApplication.translate("Messages", "The lock file of this workshop belongs to another user "
                            "account on this computer."),
        }
        text = {
            "locked": QCoreApplication.translate("Messages", "This workshop file is already open in another SmartBimtek window "
                         "or on another computer."),
            "corrupt": QCoreApplication.translate("Messages", "The workshop file is damaged and cannot be read."),
            "truncated": QCoreApplication.translate("Messages", "The workshop file is empty: it was cut off while being written."),
            "foreign": QCoreApplication.translate("Messages", "This file is not a SmartBimtek workshop file."),
            "newer": QCoreApplication.translate("Messages", "This workshop file was saved by a newer version of SmartBimtek."),
            "missing": QCoreApplication.translate("Messages", "The workshop file does not exist (moved or deleted?)."),
            "read_only": QCoreApplication.translate("Messages", "This workshop file (or its folder) is read-only: SmartBimtek "
                           "saves every change as it is made, so it needs a file it can write."),
            "busy": QCoreApplication.translate("Messages", "The change was not saved: the workshop file is busy with other "
                      "entries. Try again."),
            "write_failed": QCoreApplication.translate("Messages", "The change was not saved: the workshop file cannot be "
                              "written."),
        }.get(code, QCoreApplication.translate("Messages", "The workshop file cannot be used."))
        if code in special:
            text = special[code].format(path=params.get("kept_log", "?"))
        elif code == "locked" and params.get("other"):  # a symlink or hard link of an open file
            text = QCoreApplication.translate("Messages", "This workshop file is already open here under another "
                                              "name: {name}.").format(name=params["other"])
        hint = _file_hint(exc)
        return f"{text} {hint}".strip()
    if code == "not_found":
        return QCoreApplication.translate("Messages", "This record does not exist any more (it was deleted).")
    if code == "locked_input":
        return QCoreApplication.translate("Messages", "Input is locked by the facilitator.")
    if code == "vote_budget":
        return QCoreApplication.translate("Messages", "Vote budget used up: {used} of {budget} dots are already placed "
                  "elsewhere.").format(used=params.get("used", "?"),
                                       budget=params.get("budget", "?"))
    if code == "runner":
        return QCoreApplication.translate("Messages", "This agenda command does not apply now (no step is running, or there is "
                  "no previous step).")
    if code == "denied":
        return QCoreApplication.translate("Messages", "This action is not allowed.")
    if code == "export_failed":
        return QCoreApplication.translate("Messages", "The document could not be exported: {detail}").format(detail=str(exc))
    if isinstance(exc, SmartBimtekError):
        return QCoreApplication.translate("Messages", "The action was refused: {detail}").format(detail=str(exc))
    return QCoreApplication.translate("Messages", "Unexpected error: {detail}").format(detail=str(exc) or type(exc).__name__)


def weights_text(table: str, total: float) -> str:
    """A sentence for IFAS/EFAS weights that do not sum to 1.00 (table "internal"/"external")."""
    if table == "internal":
        text = QCoreApplication.translate("Messages", "The weights of the internal table (S+W) sum to {total}, not 1.00.")
    else:
        text = QCoreApplication.translate("Messages", "The weights of the external table (O+T) sum to {total}, not 1.00.")
    return text.format(total=QLocale().toString(float(total), "f", 2))
