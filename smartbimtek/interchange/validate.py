"""Validation of the records of an interchange document (used by ``importer``).

Each ``v_*`` method checks one part of the document, resolves its references and ids (see
the merge rules in ``importer``) and leaves full rows to write in ``self.out``.
Problems are collected with ``self.fail`` so that one import reports many at once.
"""

from __future__ import annotations

import re

from .. import reference
from ..errors import ValidationError
from ..model import (
    NOTE_KINDS,
    READINESS_RATINGS,
    SOURCES,
    STEP_STATES,
    STRATEGY_TYPES,
)
from ..rules.ifas import convert_rating
from ..services import agenda as agenda_service
from ..services import plan as plan_service
from ..services import roster
from ..services import swot as swot_service
from ..services.common import check_component, check_dimension, dumps
from ..text import clean_choice, clean_number, clean_short, clean_text
from .merge import KEPT_DELETED, Matcher, decide, when

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
_SWOT_FIELDS = ("quadrant", "text", "dimension", "element", "component", "weight", "rating",
                "author")
#: Event fields of the document; the laporan's fields (migration 9) default to empty.
_EVENT_FIELDS = ("stage", "title", "venue", "start_date", "days", "facilitators",
                 "legal_basis", "agreement_number", "facilitator_institution", "speakers",
                 "conclusions", "recommendations")
_EVENT_REPORT_DEFAULTS = {"legal_basis": "", "agreement_number": "",
                          "facilitator_institution": "", "speakers": "[]", "conclusions": "",
                          "recommendations": ""}


def renamed(exc: ValidationError, names: dict[str, str]) -> ValidationError:
    """The same error with a service's field name replaced by the document's."""
    return ValidationError(names.get(exc.field, exc.field), exc.detail, code=exc.code,
                           record=exc.record, **exc.params)


class RecordValidation:
    """The ``v_*`` steps for events (agenda, notes), people, SWOT, strategies, readiness."""

    def stays_deleted(self, existing: dict | None, kind: str) -> bool:
        """True (and reported) when the file deleted a record that has no change time
        (participant, note, agenda step): the document cannot show a later change."""
        if existing is None or existing["deleted_at"] is None:
            return False
        self.report.add_id("kept_deleted", kind, existing["id"])
        return True

    # -- events, agenda, notes ------------------------------------------------------------
    def v_events(self) -> None:
        rows = self.table("events")
        self.event_live = {i: r["stage"] for i, r in rows.items() if r["deleted_at"] is None}
        self.event_days = {i: r["days"] for i, r in rows.items() if r["deleted_at"] is None}
        self.event_doc_ids, self.event_doc_stages = {}, {}
        pending, seen = [], set()
        for _i, record, item in self.records("events"):
            try:
                doc_id = self.doc_id(item, record, seen)
                fields = {k: item[k] for k in _EVENT_FIELDS if k in item}
                fields["stage"] = item.get("stage")
                values = plan_service.clean_event_fields(fields, record=record)
            except ValidationError as exc:
                self.fail(exc)
                continue
            pending.append((record, doc_id, values["stage"], (item, values)))
        events, self.out["templates"], work = [], [], []
        for record, doc_id, row_id, existing, (item, values) in \
                Matcher(rows, lambda r: r["stage"]).resolve(pending):
            row = dict(existing or {"id": row_id, "title": "", "venue": "", "start_date": "",
                                    "days": 2, "facilitators": "[]", "created_at": self.now,
                                    **_EVENT_REPORT_DEFAULTS})
            if "facilitators" in values:
                values["facilitators"] = dumps(values["facilitators"])
            if "speakers" in values:
                values["speakers"] = dumps([s.__dict__ for s in values["speakers"]])
            row.update(values, deleted_at=None)
            if not row["title"]:
                template = reference.agenda_templates().get(row["stage"], {})
                row["title"] = template.get("title_id", f"Bimtek {row['stage']}")
            events.append(row)
            if doc_id:
                self.event_doc_ids[doc_id] = row_id
            self.event_doc_stages.setdefault(row["stage"], []).append(row_id)
            self.event_live[row_id] = row["stage"]
            self.event_days[row_id] = row["days"]
            if existing is None and "agenda" not in item:
                self.out["templates"].append((row_id, row["stage"]))
            work.append((record, item, row_id))
            self.report.add("updated" if existing else "created", "events")
        self.out["events"] = events
        self._steps(work)
        self._notes(work)

    def _steps(self, work: list) -> None:
        rows = self.table("agenda_steps")
        self.step_event = {i: r["event_id"] for i, r in rows.items() if r["deleted_at"] is None}
        self.step_doc_ids, self.step_titles, self.step_gone = {}, {}, {}
        pending, seen = [], set()
        for record, item, event_id in work:
            for _i, name, step in self.records("agenda", item, f"{record}."):
                try:
                    pending.append(self._step_values(name, step, event_id, seen))
                except ValidationError as exc:
                    self.fail(exc)
        out, order = [], {}
        for _record, doc_id, row_id, existing, values in \
                Matcher(rows, lambda r: (r["event_id"], r["day"], r["title"]),
                        deleted_too=True).resolve(pending):
            if self.stays_deleted(existing, "agenda"):  # notes may still point at it
                self.step_gone[row_id] = existing["event_id"]
                if doc_id:
                    self.step_doc_ids[doc_id] = row_id
                continue
            row = dict(existing or {"id": row_id, "dimension": None, "instructions": "",
                                    "kind": "other", "anonymity": "named", "state": "pending",
                                    "actual_start": None, "actual_end": None,
                                    "paused_at": None, "paused_seconds": 0.0,
                                    "extra_seconds": 0.0})
            row.update(values, deleted_at=None)
            if doc_id:
                self.step_doc_ids[doc_id] = row_id
            self.step_event[row_id] = row["event_id"]
            self.step_titles.setdefault((row["event_id"], row["title"]), []).append(row_id)
            order.setdefault((row["event_id"], row["day"]), []).append(row)
            out.append(row)
            self.report.add("updated" if existing else "created", "agenda")
        mentioned = {r["id"] for r in out}
        others = []
        for (event_id, day), day_rows in order.items():
            for position, row in enumerate(day_rows):
                row["position"] = position
            rest = sorted((r for r in rows.values() if r["event_id"] == event_id and
                           r["day"] == day and r["deleted_at"] is None and
                           r["id"] not in mentioned), key=lambda r: r["position"])
            others += [(len(day_rows) + n, r["id"]) for n, r in enumerate(rest)]
        self.out["steps"], self.out["step_positions"] = out, others
        self.out["current_steps"] = []
        for record, item, event_id in work:
            ref = item.get("current_step")
            if ref in (None, ""):
                continue
            step_id = self.step_doc_ids.get(ref, ref) if isinstance(ref, str) else None
            if step_id in self.step_gone:  # a deleted step: the file's current step stays
                continue
            if self.step_event.get(step_id) != event_id:
                self.fail(ValidationError("current_step", f"unknown step {ref!r} of this event",
                                          code="unknown", record=record))
                continue
            self.out["current_steps"].append((step_id, event_id))

    def _step_values(self, record: str, step: dict, event_id: str, seen: set) -> tuple:
        doc_id = self.doc_id(step, record, seen)
        day = clean_number(step.get("day"), "day", minimum=1, maximum=self.event_days[event_id],
                           integer=True, record=record)
        fields = {k: step[k] for k in ("kind", "dimension", "instructions", "anonymity")
                  if k in step}
        fields.update(title=step.get("title"), minutes=step.get("minutes"),
                      planned_start=step.get("start"))
        try:
            values = agenda_service.clean_step_fields(fields, record=record)
        except ValidationError as exc:
            raise renamed(exc, {"planned_start": "start"}) from None
        if "state" in step:
            values["state"] = clean_choice(step["state"], "state", STEP_STATES, record=record)
        for key in ("actual_start", "actual_end", "paused_at"):
            if key in step:
                values[key] = when(step[key], key, record)
        if "paused_seconds" in step:
            values["paused_seconds"] = clean_number(step["paused_seconds"], "paused_seconds",
                                                    minimum=0, maximum=864000, record=record)
        if "extra_seconds" in step:
            values["extra_seconds"] = clean_number(step["extra_seconds"], "extra_seconds",
                                                   minimum=-36000, maximum=36000, record=record)
        values.update(event_id=event_id, day=day)
        return record, doc_id, (event_id, day, values["title"]), values

    def _notes(self, work: list) -> None:
        rows = self.table("notes")
        pending, seen = [], set()
        for _record, item, event_id in work:
            for _i, name, note in self.records("notes", item, f"{_record}."):
                try:
                    doc_id = self.doc_id(note, name, seen)
                    values = {"event_id": event_id,
                              "text": clean_text(note.get("text"), "text", record=name),
                              "kind": clean_choice(note.get("kind") or "note", "kind",
                                                   NOTE_KINDS, record=name)}
                    if "step" in note:
                        values["step_id"] = self._step_ref(note["step"], event_id, name)
                    if note.get("created_at") not in (None, ""):
                        values["created_at"] = when(note["created_at"], "created_at", name)
                    if "owner" in note:
                        values["owner"] = clean_short(note["owner"], "owner", required=False,
                                                      record=name)
                    if "due_date" in note:
                        values["due_date"] = agenda_service.clean_due_date(note["due_date"],
                                                                           record=name)
                except ValidationError as exc:
                    self.fail(exc)
                    continue
                pending.append((name, doc_id, (event_id, values["kind"], values["text"]),
                                values))
        out = []
        for _r, _d, row_id, existing, values in \
                Matcher(rows, lambda r: (r["event_id"], r["kind"], r["text"]),
                        deleted_too=True).resolve(pending):
            if self.stays_deleted(existing, "notes"):
                continue
            row = dict(existing or {"id": row_id, "step_id": None, "created_at": self.now,
                                    "owner": "", "due_date": ""})
            row.update(values, deleted_at=None)
            out.append(row)
            self.report.add("updated" if existing else "created", "notes")
        self.out["notes"] = out

    def _step_ref(self, ref, event_id: str, record: str) -> str | None:
        if ref in (None, ""):
            return None
        if isinstance(ref, str):
            step_id = self.step_doc_ids.get(ref, ref)
            if event_id in (self.step_event.get(step_id), self.step_gone.get(step_id)):
                return step_id
            by_title = self.step_titles.get((event_id, ref), [])
            if len(by_title) == 1:
                return by_title[0]
        raise ValidationError("step", f"unknown step {ref!r} of this event", code="unknown",
                              record=record)

    # -- participants and attendance ------------------------------------------------------
    def v_participants(self) -> None:
        rows = self.table("participants")
        pending, seen = [], set()
        for _i, record, item in self.records("participants"):
            try:
                doc_id = self.doc_id(item, record, seen)
                values = {"name": clean_short(item.get("name"), "name", record=record),
                          "opd_id": self.opd(item.get("opd"), record, required=False)}
                if "position" in item:
                    values["position"] = clean_short(item["position"], "position",
                                                     required=False, record=record)
                if "phone" in item:
                    values["phone"] = roster.clean_phone(item["phone"], record=record)
                if "category" in item:
                    values["category"] = roster.clean_category(item["category"], record=record)
                if "institution" in item:
                    values["institution"] = clean_short(item["institution"], "institution",
                                                        required=False, record=record)
                days = self._attended(item.get("attended_days"), record)
            except ValidationError as exc:
                self.fail(exc)
                continue
            pending.append((record, doc_id, (values["name"], values["opd_id"]), (values, days)))
        out, checks = [], []
        existing_checks = {tuple(r) for r in self.ws.conn.execute(
            "SELECT participant_id, event_id, day FROM attendance")}
        for _r, _d, row_id, existing, (values, days) in \
                Matcher(rows, lambda r: (r["name"], r["opd_id"]),
                        deleted_too=True).resolve(pending):
            if self.stays_deleted(existing, "participants"):
                continue
            row = dict(existing or {"id": row_id, "position": "", "phone": "",
                                    "category": "opd" if values["opd_id"] else None,
                                    "institution": "", "created_at": self.now})
            row.update(values, deleted_at=None)
            out.append(row)
            self.report.add("updated" if existing else "created", "participants")
            for event_id, day, at in days:
                known = (row_id, event_id, day) in existing_checks
                self.report.add("updated" if known else "created", "attendance")
                checks.append({"participant_id": row_id, "event_id": event_id, "day": day,
                               "at": at})
        self.out["participants"], self.out["attendance"] = out, checks

    def _attended(self, value, record: str) -> list[tuple]:
        if value in (None, ""):
            return []
        if not isinstance(value, list):
            raise ValidationError("attended_days", "must be a list", code="type", record=record)
        out = []
        for i, entry in enumerate(value):
            field = f"attended_days[{i}]"
            if isinstance(entry, int) and not isinstance(entry, bool):
                entry = {"day": entry}
            if not isinstance(entry, dict):
                raise ValidationError(field, "must be a day number or an object", code="type",
                                      record=record)
            event_id = self.event(entry.get("event"), record, f"{field}.event")
            if event_id is None:
                doc_events = list(self.event_doc_ids.values()) or [
                    i for ids in self.event_doc_stages.values() for i in ids]
                if len(doc_events) != 1:
                    raise ValidationError(f"{field}.event", "name the event (its stage) when "
                                          "the document does not hold exactly one event",
                                          code="empty", record=record)
                event_id = doc_events[0]
            day = clean_number(entry.get("day"), f"{field}.day", minimum=1,
                               maximum=self.event_days[event_id], integer=True, record=record)
            out.append((event_id, day, when(entry.get("checked_in_at"),
                                             f"{field}.checked_in_at", record)))
        return out

    # -- SWOT, strategies, readiness ------------------------------------------------------
    def v_swot(self) -> None:
        rows = self.table("swot_items")
        self.swot_doc_ids, self.swot_index = {}, {}
        self.swot_live = {i for i, r in rows.items() if r["deleted_at"] is None}
        pending, seen = [], set()
        for n, record, item, deleted in self.each("swot"):
            try:
                doc_id = self.doc_id(item, record, seen)
                gone = self.deletion(item, record, doc_id) if deleted else None
                opd_id = self.opd(item.get("opd"), record)
                present = {k: item[k] for k in _SWOT_FIELDS if k in item}
                present.update(quadrant=item.get("quadrant"), text=item.get("text"))
                values = swot_service.clean_item_fields(present, record=record)
                if values.get("rating") is not None:  # into the file's rating convention
                    values["rating"] = convert_rating(values["quadrant"], values["rating"],
                                                      *self.convention)
                extra = self._stamps(item, record)
            except ValidationError as exc:
                self.fail(exc)
                continue
            values["opd_id"] = opd_id
            key = None if deleted else (opd_id, values["quadrant"], values["text"])
            pending.append((record, doc_id, key, (n, values, extra, gone)))
        out = []
        matcher = Matcher(rows, lambda r: (r["opd_id"], r["quadrant"], r["text"]),
                          deleted_too=True)
        for record, doc_id, row_id, existing, (n, values, extra, gone) in \
                matcher.resolve(pending):
            outcome = decide(existing, extra.get("updated_at"), gone)
            if gone is None:  # live in the document: its references resolve
                self.swot_index[n] = row_id
                if doc_id:
                    self.swot_doc_ids[doc_id] = row_id
                if outcome != KEPT_DELETED:
                    self.swot_live.add(row_id)
            if not self.settle(outcome, "swot", row_id, gone is not None):
                continue
            row = dict(existing or {"id": row_id, "dimension": None, "element": None,
                                    "component": None, "weight": None, "rating": None,
                                    "author": "", "source": self.source, "event_id": None,
                                    "created_at": self.now})
            row.update(values, deleted_at=gone, updated_at=self.now)
            row.update(extra)
            if existing is not None:  # the merged element must fit the merged dimension
                try:
                    swot_service.clean_item_fields(
                        {k: row[k] for k in ("dimension", "element")}, record=record)
                except ValidationError as exc:
                    self.fail(exc)
                    continue
            if row["element"] and not row["dimension"]:
                row["dimension"] = row["element"].split(".")[0]
            out.append(row)
        self.out["swot"] = out

    def _stamps(self, item: dict, record: str) -> dict:
        """source, event, created_at and updated_at of a SWOT item or a program, when given."""
        out = {}
        if item.get("source") not in (None, ""):
            out["source"] = clean_choice(item["source"], "source", SOURCES, record=record)
        if "event" in item:
            out["event_id"] = self.event(item["event"], record)
        for key in ("created_at", "updated_at"):
            if item.get(key) not in (None, ""):
                out[key] = when(item[key], key, record)
        return out

    def refs(self, value, record: str, field: str, kind: str) -> list[str]:
        """Resolve ``swot_refs`` / ``strategy_refs``: document ids, indexes or file ids."""
        if value in (None, ""):
            return []
        if not isinstance(value, list):
            raise ValidationError(field, "must be a list", code="type", record=record)
        by_doc, by_index, live = ((self.swot_doc_ids, self.swot_index, self.swot_live)
                                  if kind == "swot" else
                                  (self.strategy_doc_ids, self.strategy_index,
                                   self.strategy_live))
        out = []
        for i, ref in enumerate(value):
            if isinstance(ref, int) and not isinstance(ref, bool) and ref in by_index:
                out.append(by_index[ref])
            elif isinstance(ref, str) and (ref in by_doc or ref in live):
                out.append(by_doc.get(ref, ref))
            else:
                raise ValidationError(f"{field}[{i}]", f"unknown {kind} record {ref!r}",
                                      code="unknown", record=record)
        return list(dict.fromkeys(out))

    def v_strategies(self) -> None:
        rows = self.table("strategies")
        self.strategy_doc_ids, self.strategy_index = {}, {}
        self.strategy_live = {i for i, r in rows.items() if r["deleted_at"] is None}
        pending, seen = [], set()
        for n, record, item, deleted in self.each("strategies"):
            try:
                doc_id = self.doc_id(item, record, seen)
                gone = self.deletion(item, record, doc_id) if deleted else None
                values = {"type": clean_choice(item.get("type"), "type", STRATEGY_TYPES,
                                               record=record),
                          "text": clean_text(item.get("text"), "text", record=record),
                          "opd_id": self.opd(item.get("opd"), record, required=False)}
                if "dimension" in item:
                    values["dimension"] = check_dimension(item["dimension"], record=record)
                links = self.refs(item.get("swot_refs"), record, "swot_refs", "swot")
                extra = {k: when(item[k], k, record) for k in ("created_at", "updated_at")
                         if item.get(k) not in (None, "")}
            except ValidationError as exc:
                self.fail(exc)
                continue
            key = None if deleted else (values["type"], values["opd_id"], values["text"])
            pending.append((record, doc_id, key, (n, values, links, extra, gone)))
        out, link_rows = [], []
        matcher = Matcher(rows, lambda r: (r["type"], r["opd_id"], r["text"]), deleted_too=True)
        for _r, doc_id, row_id, existing, (n, values, links, extra, gone) in \
                matcher.resolve(pending):
            outcome = decide(existing, extra.get("updated_at"), gone)
            if gone is None:
                self.strategy_index[n] = row_id
                if doc_id:
                    self.strategy_doc_ids[doc_id] = row_id
                if outcome != KEPT_DELETED:
                    self.strategy_live.add(row_id)
            link_rows += [(row_id, swot_id) for swot_id in links]
            if not self.settle(outcome, "strategies", row_id, gone is not None):
                continue
            row = dict(existing or {"id": row_id, "created_at": self.now, "dimension": None})
            row.update(values, deleted_at=gone, updated_at=self.now)
            row.update(extra)
            out.append(row)
        self.out["strategies"], self.out["strategy_links"] = out, link_rows

    def v_readiness(self) -> None:
        current = {(r["component"], r["dimension"]): dict(r)
                   for r in self.ws.conn.execute("SELECT * FROM readiness")}
        out = {}
        for _i, record, item in self.records("readiness"):
            try:
                component = check_component(item.get("component"), record=record)
                if component is None:
                    raise ValidationError("component", "a component is required",
                                          code="empty", record=record)
                dimension = check_dimension(item.get("dimension"), required=True, record=record)
                row = dict(current.get((component, dimension)) or {"rating": None, "notes": ""})
                if "rating" in item:
                    row["rating"] = clean_choice(item["rating"], "rating", READINESS_RATINGS,
                                                 required=False, record=record)
                if "notes" in item:
                    row["notes"] = clean_text(item["notes"], "notes", required=False,
                                              record=record)
            except ValidationError as exc:
                self.fail(exc)
                continue
            row.update(component=component, dimension=dimension, updated_at=self.now)
            out[(component, dimension)] = row
            self.report.add("updated" if (component, dimension) in current else "created",
                            "readiness")
        self.out["readiness"] = list(out.values())


__all__ = ["ID_PATTERN", "RecordValidation", "renamed"]
