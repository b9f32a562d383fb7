"""Import of ``smartbimtek/1`` documents: validate everything, then write in bulk, in one go.

Merge rules (documented in ``docs/interchange.md``):

* A record is matched by its ``id`` when that id exists in the file, else by its natural key
  (OPD by code, event by stage, agenda step by (event, day, title), participant by (name,
  OPD), SWOT item by (OPD, quadrant, text), strategy by (type, OPD, text), program by (OPD,
  title), note by (event, kind, text)); each record of the file is matched at most once.
  Unmatched records are created (keeping the document's id when it has one).
  Natural keys match live records first, then (SWOT items, strategies, programs,
  participants, notes, agenda steps) a record the file deleted.
* Fields present in the document overwrite the matched record; absent fields keep their
  value. When both carry ``updated_at`` and the file's copy is newer, the file's copy is kept.
* The newer change wins, a deletion included (``merge.decide``): SWOT items, strategies and
  programs carry their change times, and the document's ``deleted`` lists carry deletions.
  Participants, notes and agenda steps the file deleted stay deleted.
* Links, scores, votes, check-ins and placements are added or updated, never removed;
  ``null`` for a placement or the current step leaves the file's value alone.

The whole document is validated inside the write transaction before the first write, so a
failed import leaves the file as it was; the writes are ``executemany`` batches and one audit
row for the whole import.
"""

from __future__ import annotations

import re

from ..errors import ValidationError
from ..model import SOURCES
from ..rules.formal import opd_title_default
from ..services import roster
from ..services.common import check_input_open
from ..store.workshop import Workshop
from ..text import clean_choice, clean_number, clean_short
from .document import FORMAT
from .masterplan import doc_convention, import_masterplan
from .merge import CREATE, DELETE, KEPT, KEPT_DELETED, UPDATE, Matcher, when
from .programs import ProgramValidation
from .report import ImportReport
from .stages import import_stages
from .validate import ID_PATTERN, RecordValidation
from .write import write_all

_KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
#: At most this many problems are collected before validation stops.
MAX_ERRORS = 50


class _TooMany(Exception):
    """Enough problems collected: stop validating."""


def run_import(ws: Workshop, doc: object, *, source: str = "import",
               actor: str | None = None) -> ImportReport:
    """Validate ``doc`` completely, then write it in one transaction (see module docstring)."""
    if not isinstance(doc, dict):
        raise ValidationError("document", "must be a JSON object", code="type")
    source = clean_choice(source, "source", SOURCES)
    check_input_open(ws, source)
    with ws.transaction(actor, source) as tx:
        job = _Import(ws, doc, source, tx.now)
        job.validate()
        write_all(job, tx)
        import_masterplan(job)
        import_stages(job)
        tx.audit("import", "workshop", ws.path.name, job.report.as_dict())
    return job.report


class _Import(RecordValidation, ProgramValidation):
    """One import: the document, the file's current rows, and the rows to write."""

    def __init__(self, ws: Workshop, doc: dict, source: str, now: str) -> None:
        self.ws, self.doc, self.source, self.now = ws, doc, source, now
        self.errors: list[ValidationError] = []
        self.report = ImportReport()
        self.out: dict[str, list] = {}
        #: Document program id -> file id, and the programs whose document copy is written.
        self.program_ids: dict[str, str] = {}
        self.programs_written: set[str] = set()

    # -- plumbing -------------------------------------------------------------------------
    def fail(self, exc: ValidationError) -> None:
        self.errors.append(exc)
        if len(self.errors) >= MAX_ERRORS:
            raise _TooMany

    def table(self, name: str) -> dict[str, dict]:
        return {r["id"]: dict(r) for r in self.ws.conn.execute(f"SELECT * FROM {name}")}

    def records(self, key: str, parent: dict | None = None, prefix: str = ""):
        """Yield (index, record name, dict) of a document list, reporting bad entries."""
        holder = self.doc if parent is None else parent
        value = holder.get(key)
        where = f"{prefix}{key}"
        if value is None:
            return
        if not isinstance(value, list):
            self.fail(ValidationError(where, "must be a list", code="type"))
            return
        for i, item in enumerate(value):
            name = f"{where}[{i}]"
            if isinstance(item, dict):
                yield i, name, item
            else:
                self.fail(ValidationError(name, "must be an object", code="type"))

    def each(self, key: str):
        """Yield (index, record name, dict, deleted) of a list and then of the same list in
        the document's ``deleted`` object (index None, ``deleted`` True)."""
        for n, record, item in self.records(key):
            yield n, record, item, False
        gone = self.doc.get("deleted")
        if isinstance(gone, dict):
            for _n, record, item in self.records(key, gone, "deleted."):
                yield None, record, item, True

    def deletion(self, item: dict, record: str, doc_id: str | None) -> str:
        """The ``deleted_at`` of a record of a ``deleted`` list (which needs its id)."""
        if doc_id is None:
            raise ValidationError("id", "a deleted record needs its id", code="empty",
                                  record=record)
        deleted_at = when(item.get("deleted_at"), "deleted_at", record)
        if deleted_at is None:
            raise ValidationError("deleted_at", "a deleted record needs the time of its "
                                  "deletion", code="empty", record=record)
        return deleted_at

    def settle(self, outcome: str, kind: str, row_id: str, deleted: bool) -> bool:
        """Report ``decide``'s outcome for one record; True when the row is to be written."""
        if outcome in (KEPT_DELETED, DELETE):
            self.report.add_id("deleted" if outcome == DELETE else outcome, kind, row_id)
            return outcome == DELETE
        if outcome == CREATE:
            self.report.add("created", f"deleted {kind}" if deleted else kind)
        elif outcome in (UPDATE, KEPT):
            self.report.add("updated" if outcome == UPDATE else "kept", kind)
        return outcome in (CREATE, UPDATE)

    def doc_id(self, item: dict, record: str, seen: set) -> str | None:
        value = item.get("id")
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            raise ValidationError("id", f"{value!r} is not a record id (letters, digits, "
                                  "'.', '_', ':', '-', at most 64)", code="format", record=record)
        if value in seen:
            raise ValidationError("id", f"{value!r} appears twice in the document",
                                  code="duplicate", record=record)
        seen.add(value)
        return value

    # -- validation -----------------------------------------------------------------------
    def validate(self) -> None:
        """Check and resolve the whole document; raise the first problem (all in params)."""
        fmt = self.doc.get("format")
        if fmt != FORMAT:
            what = "is missing" if fmt is None else f"{fmt!r} is not supported"
            raise ValidationError("format", f"{what} (this program reads {FORMAT!r})",
                                  code="format")
        if self.doc.get("deleted") is not None and not isinstance(self.doc["deleted"], dict):
            raise ValidationError("deleted", "must be an object", code="type")
        self.convention = doc_convention(self.ws, self.doc)
        try:
            for step in (self.v_criteria, self.v_opds, self.v_events, self.v_participants,
                         self.v_swot, self.v_strategies, self.v_readiness, self.v_programs,
                         self.v_region, self.v_settings):
                step()
        except _TooMany:
            pass
        if self.errors:
            first = self.errors[0]
            raise ValidationError(first.field, first.detail, code=first.code,
                                  record=first.record, errors=[str(e) for e in self.errors])

    def v_criteria(self) -> None:
        rows = {r["key"]: dict(r) for r in self.ws.conn.execute("SELECT * FROM criteria")}
        self.scales = {k: (r["scale_min"], r["scale_max"]) for k, r in rows.items()}
        out, seen = [], set()
        position = max([r["position"] for r in rows.values()] + [0])
        for _i, record, item in self.records("criteria"):
            try:
                key = clean_short(item.get("key"), "key", record=record, max_len=40).lower()
                if not _KEY_PATTERN.match(key):
                    raise ValidationError("key", f"{key!r}: use lower-case letters, digits "
                                          "and _", code="format", record=record)
                if key in seen:
                    raise ValidationError("key", f"criterion {key} appears twice",
                                          code="duplicate", record=record)
                seen.add(key)
                label_id = clean_short(item.get("label_id") or key, "label_id", record=record)
                label_en = clean_short(item.get("label_en"), "label_en", required=False,
                                       record=record) or label_id
                scale = tuple(clean_number(item.get(f"scale_{e}", d), f"scale_{e}", minimum=0,
                                           maximum=100, integer=True, record=record)
                              for e, d in (("min", 1), ("max", 5)))
                if scale[0] >= scale[1]:
                    raise ValidationError("scale_max", "must be above scale_min",
                                          code="range", record=record)
                if key in rows and scale != self.scales[key]:
                    raise ValidationError("scale_max", f"the scale of criterion {key} is "
                                          f"{self.scales[key][0]}-{self.scales[key][1]} in "
                                          "this workshop and cannot change", code="range",
                                          record=record)
            except ValidationError as exc:
                self.fail(exc)
                continue
            if key not in rows:
                position += 1
            out.append({"key": key, "label_id": label_id, "label_en": label_en,
                        "scale_min": scale[0], "scale_max": scale[1], "position": position})
            self.scales[key] = scale
            self.report.add("updated" if key in rows else "created", "criteria")
        self.out["criteria"] = out

    def v_opds(self) -> None:
        rows = self.table("opds")
        self.opd_by_code = {r["code"]: i for i, r in rows.items() if r["deleted_at"] is None}
        code_owner = {r["code"]: i for i, r in rows.items()}
        matcher = Matcher(rows, lambda r: r["code"])
        for r in rows.values():  # a deleted OPD's code can only come back, never be doubled
            if r["deleted_at"] is not None:
                matcher.by_key.setdefault(r["code"], []).append(r["id"])
        pending, seen_ids, seen_codes = [], set(), set()
        for _i, record, item in self.records("opds"):
            try:
                doc_id = self.doc_id(item, record, seen_ids)
                code = roster.clean_code(item.get("code"), record=record)
                if code in seen_codes:
                    raise ValidationError("code", f"OPD {code} appears twice", code="duplicate",
                                          record=record)
                seen_codes.add(code)
                values = {"code": code, "name": clean_short(item.get("name"), "name",
                                                            record=record)}
                if "table_no" in item:
                    values["table_no"] = clean_number(item["table_no"], "table_no", minimum=1,
                                                      maximum=999, integer=True, required=False,
                                                      record=record)
                deleted = item.get("deleted", False)
                if not isinstance(deleted, bool):
                    raise ValidationError("deleted", "must be true or false", code="type",
                                          record=record)
                values["deleted"] = deleted
                if "title" in item:
                    values["title"] = clean_short(item["title"], "title", required=False,
                                                  record=record)
            except ValidationError as exc:
                self.fail(exc)
                continue
            pending.append((record, doc_id, code, values))
        out = []
        for record, _doc_id, row_id, existing, values in matcher.resolve(pending):
            owner = code_owner.get(values["code"])
            if owner is not None and owner != row_id:
                self.fail(ValidationError("code", f"code {values['code']} belongs to another "
                                          "OPD in this workshop", code="duplicate",
                                          record=record))
                continue
            row = dict(existing or {"id": row_id, "table_no": None, "created_at": self.now,
                                    "deleted_at": self.now if values["deleted"] else None,
                                    "title": ""})
            deleted = values.pop("deleted")
            row.update(values)
            if not row["title"]:
                row["title"] = opd_title_default(row["name"], row["code"])
            if existing is not None and not deleted:
                row["deleted_at"] = None
            self.opd_by_code[row["code"]] = row_id
            out.append(row)
            self.report.add("updated" if existing else "created", "opds")
        self.out["opds"] = out

    def opd(self, value, record: str, field: str = "opd", required: bool = True) -> str | None:
        if value in (None, ""):
            if required:
                raise ValidationError(field, "an OPD code is required", code="empty",
                                      record=record)
            return None
        code = value.strip().upper() if isinstance(value, str) else None
        if code not in self.opd_by_code:
            raise ValidationError(field, f"unknown OPD {value!r}", code="unknown_opd",
                                  record=record)
        return self.opd_by_code[code]

    def event(self, value, record: str, field: str = "event") -> str | None:
        if value in (None, ""):
            return None
        if isinstance(value, str):
            if value in self.event_doc_ids:
                return self.event_doc_ids[value]
            ids = self.event_doc_stages.get(value, [])
            if len(ids) == 1:
                return ids[0]
            if value in self.event_live:
                return value
            ids = [i for i, s in self.event_live.items() if s == value]
            if len(ids) == 1:
                return ids[0]
            if ids:
                raise ValidationError(field, f"stage {value!r} names several events; use the "
                                      "event's id", code="ambiguous", record=record)
        raise ValidationError(field, f"unknown event {value!r}", code="unknown", record=record)
