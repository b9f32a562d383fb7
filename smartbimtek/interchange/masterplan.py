"""The master plan in the interchange format (issue 9): the ``masterplan`` object of a
document, the plan data carried on each program record, and their import.

Merge rules (``docs/interchange.md``): records with an ``id`` (region SWOT, strategic issues,
RPJMD items, objectives, members, regulations, enabler items, activities, milestones) are
matched by id, then by a natural key, and the newer change wins (``merge.decide``), a
deletion included (a record with ``deleted_at``). Gap cells (by component and dimension) and
quick win profiles (by program) carry ``updated_at`` and the newer wins too. A program's plan
data (location, baseline, targets, budgets) travels with the program: it is written when the
document's copy of the program is. Formal fields present overwrite. A document without a
``masterplan`` object leaves all of this alone.

The section is imported after the rest of the document, inside the same transaction, with the
services' own cleaners (the plan period and the referenced records are then the merged ones);
any problem rolls the whole import back.
"""

from __future__ import annotations

import json

from ..errors import ValidationError
from ..rules.ifas import CONVENTIONS
from ..services import budget, direction, formal, gap, institutions, quickwin_profiles
from ..services import records as r
from ..store.workshop import Workshop
from ..text import clean_choice
from .merge import CREATE, KEPT, UPDATE, Matcher, decide, when

_LISTS = (  # (document key, kind, natural key, {document ref field: (column, id map)})
    ("rpjmd", direction.RPJMD, ("kind", "text"), {"parent": ("parent_id", "rpjmd")}),
    ("objectives", direction.OBJECTIVES, ("level", "text"),
     {"parent": ("parent_id", "objectives"), "rpjmd": ("rpjmd_id", "rpjmd")}),
    ("region_swot", gap.REGION_SWOT, ("quadrant", "text"), {}),
    ("strategic_issues", gap.ISSUES, ("dimension", "text"), {}),
    ("members", institutions.MEMBERS, ("body", "name"), {}),
    ("regulations", institutions.REGULATIONS, ("instrument", "subject"), {}),
    ("enablers", institutions.ENABLERS, ("section", "title"), {"opd": ("opd_id", "opd")}),
)
_PLAN_REFS = {"rpjmd": ("rpjmd_id", "rpjmd"), "objective": ("objective_id", "objectives")}


# -- dump ---------------------------------------------------------------------------------
def _record(row, kind: r.Kind, refs: dict, opd) -> dict:
    out = {"id": row["id"]}
    back = {column: doc for doc, (column, _m) in refs.items()}
    for name in kind.fields:
        if name == "program_id":
            continue
        value = row[name]
        if name == "opd_id":
            value = opd(value)
        out[back.get(name, name)] = value
    out.update(created_at=row["created_at"], updated_at=row["updated_at"])
    if row["deleted_at"]:
        out["deleted_at"] = row["deleted_at"]
    return out


def _all_rows(ws: Workshop, kind: r.Kind, where: str = "") -> list:
    return ws.query(f"SELECT * FROM {kind.table} {where} ORDER BY deleted_at IS NOT NULL, "
                    f"{kind.order}")


def dump_masterplan(ws: Workshop, opd) -> dict:
    """The ``masterplan`` object of a document (``opd`` turns an OPD id into its code)."""
    out: dict = {"formal": vars(formal.get_formal(ws)),
                 "enabler_narratives": institutions.narratives(ws),
                 "gaps": [{k: row[k] for k in ("component", "dimension", *gap.GAP_FIELDS,
                                               "updated_at")}
                          for row in ws.query("SELECT * FROM gap_analysis "
                                              "ORDER BY component, dimension")]}
    sources: dict[str, list[str]] = {}
    for item_id, swot_id in ws.query("SELECT l.region_swot_id, l.swot_id FROM "
                                     "region_swot_sources l JOIN swot_items s ON s.id = "
                                     "l.swot_id WHERE s.deleted_at IS NULL "
                                     "ORDER BY s.created_at, s.rowid"):
        sources.setdefault(item_id, []).append(swot_id)
    targets = _targets(ws, "objective_targets", "objective_id")
    for key, kind, _natural, refs in _LISTS:
        records = []
        for row in _all_rows(ws, kind):
            record = _record(row, kind, refs, opd)
            if key == "region_swot":
                record["source_refs"] = sources.get(row["id"], [])
            if key == "objectives":
                record["targets"] = targets.get(row["id"], {})
            records.append(record)
        out[key] = records
    milestones: dict[str, list[dict]] = {}
    for row in _all_rows(ws, quickwin_profiles.MILESTONES):
        milestones.setdefault(row["program_id"], []).append(
            _record(row, quickwin_profiles.MILESTONES, {}, opd))
    live = {row[0] for row in ws.query("SELECT id FROM programs WHERE deleted_at IS NULL")}
    profiles = []
    for row in ws.query("SELECT * FROM quickwin_profiles ORDER BY program_id"):
        if row["program_id"] in live:
            profiles.append({"program": row["program_id"],
                             **{k: row[k] for k in quickwin_profiles.PROFILE_FIELDS},
                             "updated_at": row["updated_at"],
                             "milestones": milestones.pop(row["program_id"], [])})
    profiles += [{"program": pid, "milestones": items} for pid, items in milestones.items()
                 if pid in live]
    out["quickwin_profiles"] = profiles
    return out


def _targets(ws: Workshop, table: str, column: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for owner, year, value in ws.query(f"SELECT {column}, year, value FROM {table} "
                                       "ORDER BY year"):
        out.setdefault(owner, {})[str(year)] = value
    return out


def program_plan_fields(ws: Workshop) -> dict[str, dict]:
    """The plan data written on each program record, by program id."""
    targets = _targets(ws, "program_targets", "program_id")
    budgets: dict[str, list[dict]] = {}
    for row in ws.query("SELECT * FROM program_budgets ORDER BY year, source"):
        budgets.setdefault(row["program_id"], []).append(
            {"year": row["year"], "source": row["source"], "amount": row["amount"]})
    activities: dict[str, list[dict]] = {}
    for row in _all_rows(ws, budget.ACTIVITIES):
        activities.setdefault(row["program_id"], []).append(
            _record(row, budget.ACTIVITIES, {}, None))
    out = {}
    for row in ws.query("SELECT id, location, baseline_value, baseline_year, unit, rpjmd_id, "
                        "objective_id FROM programs"):
        pid = row["id"]
        out[pid] = {"location": row["location"], "baseline_value": row["baseline_value"],
                    "baseline_year": row["baseline_year"], "unit": row["unit"],
                    "rpjmd": row["rpjmd_id"], "objective": row["objective_id"],
                    "targets": targets.get(pid, {}), "budgets": budgets.get(pid, []),
                    "activities": activities.get(pid, [])}
    return out


# -- import -------------------------------------------------------------------------------
def doc_convention(ws: Workshop, doc: dict) -> tuple[str, str]:
    """(the document's IFAS rating convention, the file's). A document without
    ``settings.ifas_convention`` was written before the setting existed, when ratings were
    stored with W/T reversed: ``ie_matrix``."""
    settings = doc.get("settings") if isinstance(doc.get("settings"), dict) else {}
    value = settings.get("ifas_convention")
    convention = "ie_matrix" if value is None else clean_choice(
        value, "ifas_convention", CONVENTIONS, record="settings")
    return convention, ws.setting("ifas_convention") or "diagram"


class _Job:
    """One masterplan import inside the document's import."""

    def __init__(self, job) -> None:
        self.job, self.ws, self.now = job, job.ws, job.now
        self.errors: list[ValidationError] = []
        self.maps: dict[str, dict[str, str]] = {"opd": {}, "rpjmd": {}, "objectives": {}}
        self.maps["opd"] = dict(job.opd_by_code)
        self.tables: dict[str, tuple[dict, Matcher]] = {}

    def table(self, kind: r.Kind, natural: tuple) -> tuple[dict, Matcher]:
        """The file's rows of a kind and their matcher (made once per import)."""
        if kind.table not in self.tables:
            rows = {row["id"]: dict(row) for row in self.ws.query(
                f"SELECT * FROM {kind.table}")}
            self.tables[kind.table] = (rows, Matcher(
                rows, lambda row: tuple(row.get(k) for k in natural)))
        return self.tables[kind.table]

    def fail(self, exc: ValidationError) -> None:
        self.errors.append(exc)

    def items(self, value, where: str):
        if value is None:
            return
        if not isinstance(value, list):
            self.fail(ValidationError(where, "must be a list", code="type"))
            return
        for i, item in enumerate(value):
            if isinstance(item, dict):
                yield f"{where}[{i}]", item
            else:
                self.fail(ValidationError(f"{where}[{i}]", "must be an object", code="type"))

    def ref(self, value, id_map: str, field: str, record: str):
        """A document reference: a document id of this import, else a file id as it is."""
        if value in (None, ""):
            return None
        if not isinstance(value, str):
            raise ValidationError(field, f"{value!r} is not a record id", code="type",
                                  record=record)
        if id_map == "opd":
            return self.maps["opd"].get(value.strip().upper(), value)
        return self.maps[id_map].get(value, value)

    def record(self, kind: r.Kind, natural: tuple, refs: dict, item: dict, record: str,
               fixed: dict | None = None, id_map: str | None = None) -> tuple[str, bool]:
        """Merge one id record of ``kind``: (its file id, True when the document's copy was
        written, so that its children (targets, sources) are written too)."""
        fields = {}
        for name in kind.fields:
            doc_name = next((d for d, (c, _m) in refs.items() if c == name), name)
            if doc_name in item:
                value = item[doc_name]
                if name in {c for c, _m in refs.values()}:
                    value = self.ref(value, refs[doc_name][1], doc_name, record)
                fields[name] = value
        fields.update(fixed or {})
        doc_id = item.get("id") if isinstance(item.get("id"), str) else None
        updated = when(item.get("updated_at"), "updated_at", record)
        deleted = when(item.get("deleted_at"), "deleted_at", record)
        rows, matcher = self.table(kind, natural)
        row_id = matcher.by_id(doc_id) or (None if deleted else matcher.by_natural(
            tuple(fields.get(k) for k in natural)))
        existing = rows.get(row_id) if row_id else None
        outcome = decide(existing, updated, deleted)
        row_id = row_id or matcher.fresh(doc_id)
        if id_map and doc_id:
            self.maps[id_map][doc_id] = row_id
        if outcome not in (CREATE, UPDATE, "delete"):
            self.job.report.add("kept" if outcome == KEPT else outcome, kind.table)
            return row_id, False
        values = r.clean(self.ws, kind, fields, record=record, partial=existing is not None)
        merged = ({k: existing[k] for k in kind.fields} if existing else {}) | values
        if kind.check and not deleted:
            kind.check(self.ws, merged, row_id)
        stamp = updated or self.now
        with self.ws.transaction() as tx:
            if existing is None:
                columns = [*values, "id", "created_at", "updated_at", "deleted_at"]
                created = when(item.get("created_at"), "created_at", record) or self.now
                tx.execute(f"INSERT INTO {kind.table} ({', '.join(columns)}) VALUES "
                           f"({', '.join('?' * len(columns))})",
                           (*[int(v) if isinstance(v, bool) else v for v in values.values()],
                            row_id, created, stamp, deleted))
            else:
                sets = "".join(f"{k} = ?, " for k in values)
                tx.execute(f"UPDATE {kind.table} SET {sets}updated_at = ?, deleted_at = ? "
                           "WHERE id = ?", (*values.values(), stamp, deleted, row_id))
        self.job.report.add("created" if existing is None else "updated", kind.table)
        return row_id, True


def import_masterplan(job) -> None:
    """Merge the document's ``masterplan`` object and the programs' plan data (after the rest
    of the document is written, in the same transaction); raise the first problem."""
    this = _Job(job)
    section = job.doc.get("masterplan")
    if section is not None and not isinstance(section, dict):
        raise ValidationError("masterplan", "must be an object", code="type")
    section = section or {}
    if "formal" in section:
        _guard(this, "masterplan.formal", lambda: _formal(this, section["formal"]))
    if "enabler_narratives" in section:
        _guard(this, "masterplan.enabler_narratives", lambda: _narratives(
            this, section["enabler_narratives"]))
    for key, kind, natural, refs in _LISTS:
        for record, item in this.items(section.get(key), f"masterplan.{key}"):
            _guard(this, record, lambda k=kind, n=natural, f=refs, i=item, rec=record, key=key:
                   _list_record(this, key, k, n, f, i, rec))
    for record, item in this.items(section.get("gaps"), "masterplan.gaps"):
        _guard(this, record, lambda i=item, rec=record: _gap(this, i, rec))
    gone = job.doc.get("deleted") if isinstance(job.doc.get("deleted"), dict) else {}
    for key, items in (("programs", job.doc.get("programs")),
                       ("deleted.programs", gone.get("programs"))):
        for n, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and item.get("id") in job.program_ids:
                _guard(this, f"{key}[{n}]", lambda i=item, rec=f"{key}[{n}]":
                       _program_plan(this, i, rec))
    for record, item in this.items(section.get("quickwin_profiles"),
                                   "masterplan.quickwin_profiles"):
        _guard(this, record, lambda i=item, rec=record: _profile(this, i, rec))
    if this.errors:
        first = this.errors[0]
        raise ValidationError(first.field, first.detail, code=first.code, record=first.record,
                              errors=[str(e) for e in this.errors])


def _guard(this: _Job, record: str, step) -> None:
    try:
        step()
    except ValidationError as exc:
        if exc.record is None:
            exc = ValidationError(exc.field, exc.detail, code=exc.code, record=record,
                                  **exc.params)
        this.fail(exc)


def _list_record(this: _Job, key, kind, natural, refs, item, record) -> None:
    id_map = key if key in ("rpjmd", "objectives") else None
    row_id, written = this.record(kind, natural, refs, item, record, id_map=id_map)
    if not written:  # the file's copy is newer: its targets and sources stay
        return
    if key == "objectives" and "targets" in item:
        targets = direction.clean_targets(this.ws, item["targets"], record)
        direction.write_targets(this.ws, "objective_targets", "objective_id", row_id, targets)
    if key == "region_swot" and "source_refs" in item:
        refs_ = [this.job.swot_index.get(s) if isinstance(s, int) and not isinstance(s, bool)
                 else this.job.swot_doc_ids.get(s, s) for s in item["source_refs"] or []]
        ids = gap._check_sources(this.ws, refs_, record)
        with this.ws.transaction() as tx:
            tx.execute("DELETE FROM region_swot_sources WHERE region_swot_id = ?", (row_id,))
            tx.conn.executemany("INSERT INTO region_swot_sources VALUES (?, ?)",
                                [(row_id, i) for i in ids])


def _formal(this: _Job, value) -> None:
    if not isinstance(value, dict):
        raise ValidationError("formal", "must be an object", code="type")
    values = formal.clean_formal_fields(value, "masterplan.formal")
    stored = {k: json.dumps(v) if k == "components" else int(v) if isinstance(v, bool) else v
              for k, v in values.items()}
    if stored:  # the import's one audit row covers it
        this.ws.conn.execute(f"UPDATE plan SET {', '.join(f'{k} = ?' for k in stored)} "
                             "WHERE id = 1", tuple(stored.values()))


def _narratives(this: _Job, value) -> None:
    given = institutions.clean_narratives(value, "masterplan.enabler_narratives")
    merged = institutions.clean_narratives(institutions.narratives(this.ws) | given)
    this.ws.conn.execute("UPDATE plan SET enabler_narratives = ? WHERE id = 1",
                         (json.dumps(merged, ensure_ascii=False),))


def _gap(this: _Job, item: dict, record: str) -> None:
    component, dimension = gap._cell(item.get("component"), item.get("dimension"), record)
    existing = this.ws.query_one("SELECT updated_at FROM gap_analysis WHERE component = ? "
                                 "AND dimension = ?", (component, dimension))
    outcome = decide({"updated_at": existing[0], "deleted_at": None} if existing else None,
                     when(item.get("updated_at"), "updated_at", record), None)
    if outcome not in (CREATE, UPDATE):
        this.job.report.add("kept", "gaps")
        return
    values = gap.clean_gap_fields({k: item[k] for k in gap.GAP_FIELDS if k in item}, record)
    current = gap.get_gap(this.ws, component, dimension)
    merged = {k: getattr(current, k) for k in gap.GAP_FIELDS} | values
    this.ws.conn.execute(
        "INSERT OR REPLACE INTO gap_analysis (component, dimension, current, expected, gap, "
        "recommendation, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (component, dimension, *[merged[k] for k in gap.GAP_FIELDS],
         item.get("updated_at") or this.now))
    this.job.report.add("updated" if existing else "created", "gaps")


def _program_plan(this: _Job, item: dict, record: str) -> None:
    pid = this.job.program_ids[item["id"]]
    if pid not in this.job.programs_written:
        return  # the file's copy of the program is newer: its plan data stays
    fields = {k: item[k] for k in ("location", "baseline_value", "baseline_year", "unit")
              if k in item}
    for doc_name, (column, id_map) in _PLAN_REFS.items():
        if doc_name in item:
            fields[column] = this.ref(item[doc_name], id_map, doc_name, record)
    values = budget.clean_plan_fields(this.ws, fields, record)
    with this.ws.transaction() as tx:
        if values:
            tx.execute(f"UPDATE programs SET {', '.join(f'{k} = ?' for k in values)} "
                       "WHERE id = ?", (*values.values(), pid))
        if "targets" in item:
            direction.write_targets(this.ws, "program_targets", "program_id", pid,
                                    direction.clean_targets(this.ws, item["targets"], record))
        if "budgets" in item:
            lines = {}
            for name, line in this.items(item["budgets"], f"{record}.budgets"):
                year, source, amount = budget.clean_budget_line(
                    this.ws, line.get("year"), line.get("source"), line.get("amount"), name)
                if amount is not None:
                    lines[(year, source)] = amount
            tx.execute("DELETE FROM program_budgets WHERE program_id = ?", (pid,))
            tx.conn.executemany("INSERT INTO program_budgets VALUES (?, ?, ?, ?)",
                                [(pid, y, s, a) for (y, s), a in lines.items()])
    for name, activity in this.items(item.get("activities"), f"{record}.activities"):
        this.record(budget.ACTIVITIES, ("program_id", "title"), {}, activity, name,
                    fixed={"program_id": pid})


def _profile(this: _Job, item: dict, record: str) -> None:
    program = this.job.program_ids.get(item.get("program"), item.get("program"))
    r.ref("programs", "program", required=True)(this.ws, program, "program", record)
    fields = {k: item[k] for k in quickwin_profiles.PROFILE_FIELDS if k in item}
    if fields:
        existing = this.ws.query_one("SELECT updated_at FROM quickwin_profiles WHERE "
                                     "program_id = ?", (program,))
        outcome = decide({"updated_at": existing[0], "deleted_at": None} if existing else None,
                         when(item.get("updated_at"), "updated_at", record), None)
        if outcome in (CREATE, UPDATE):
            values = quickwin_profiles.clean_profile_fields(this.ws, fields, record)
            current = quickwin_profiles.get_profile(this.ws, program)
            merged = {k: getattr(current, k) for k in quickwin_profiles.PROFILE_FIELDS} | values
            names = quickwin_profiles.PROFILE_FIELDS
            this.ws.conn.execute(
                f"INSERT OR REPLACE INTO quickwin_profiles (program_id, {', '.join(names)}, "
                f"updated_at) VALUES ({', '.join('?' * (len(names) + 2))})",
                (program, *[merged[k] for k in names], item.get("updated_at") or this.now))
            this.job.report.add("updated" if existing else "created", "quickwin_profiles")
        else:
            this.job.report.add("kept", "quickwin_profiles")
    for name, milestone in this.items(item.get("milestones"), f"{record}.milestones"):
        this.record(quickwin_profiles.MILESTONES, ("program_id", "month", "description"), {},
                    milestone, name, fixed={"program_id": program})


__all__ = ["doc_convention", "dump_masterplan", "import_masterplan", "program_plan_fields"]
