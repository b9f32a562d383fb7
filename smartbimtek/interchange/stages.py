"""The four bimteks in the interchange format (issue 10): the optional ``stages`` object of a
document: groups with their members, vision keywords (entries, synonym merges, picks and the
keywords the vision was drafted from), review statuses and comments, commitment signers, and
per entry (SWOT item, strategy, program) its group and the bimteks it was created and last
changed in (the bimtek stamps of keywords, comments, the region's SWOT, strategic issues and
tujuan/sasaran too), and the group whose table gave each score (``score_groups``).

Merge rules (``docs/interchange.md``): groups, keywords, comments and signers are matched by
id (groups and signers then by event and name) and the newer change wins, a deletion
included (``merge.decide``); merges and review statuses (by their key) take the newer
``updated_at``; picks present in the document are added. An entry's group and bimtek stamps
are written when the file's copy of the entry is the document's (same ``updated_at``). A
document without ``stages`` (every document written before version 10) leaves all of this
alone.
"""

from __future__ import annotations

from ..errors import ValidationError
from ..model_stages import GROUP_KINDS, REVIEW_STATUSES, REVIEW_SUBJECTS
from ..services.common import check_component, check_dimension
from ..store.workshop import Workshop
from ..text import clean_choice, clean_short, clean_text
from .merge import CREATE, UPDATE, decide, newer, when

_ENTRY_TABLES = {"swot": "swot_items", "strategies": "strategies", "programs": "programs"}
#: Records whose ``entries`` carry only their bimtek stamps (a keyword's or comment's group
#: travels with the record itself; the master plan's records have none).
_STAMPED_TABLES = {"keywords": "keyword_entries", "review_comments": "review_comments",
                   "region_swot": "region_swot", "strategic_issues": "strategic_issues",
                   "objectives": "objectives"}


def _deleted(row) -> dict:
    return {"deleted_at": row["deleted_at"]} if row["deleted_at"] else {}


def dump_stages(ws: Workshop, opd, ev) -> dict:
    """The ``stages`` object of a document (``opd``: OPD id -> code, ``ev``: event id ->
    the document's event reference)."""
    members: dict[str, list[str]] = {}
    for group_id, opd_id in ws.query("SELECT m.group_id, m.opd_id FROM group_opds m "
                                     "ORDER BY m.rowid"):
        members.setdefault(group_id, []).append(opd(opd_id))
    people: dict[str, list[str]] = {}
    for group_id, person in ws.query("SELECT group_id, participant_id FROM group_participants "
                                     "ORDER BY rowid"):
        people.setdefault(group_id, []).append(person)
    groups = [{"id": r["id"], "event": ev(r["event_id"]), "name": r["name"], "kind": r["kind"],
               "opd": opd(r["opd_id"]), "dimension": r["dimension"],
               "component": r["component"], "position": r["position"],
               "opds": members.get(r["id"], []), "participants": people.get(r["id"], []),
               "created_at": r["created_at"], "updated_at": r["updated_at"], **_deleted(r)}
              for r in ws.query("SELECT * FROM groups ORDER BY created_at, rowid")]
    keywords = [{"id": r["id"], "event": ev(r["event_id"]), "group": r["group_id"],
                 "opd": opd(r["opd_id"]), "text": r["text"], "author": r["author"],
                 "source": r["source"], "created_at": r["created_at"],
                 "updated_at": r["updated_at"], **_deleted(r)}
                for r in ws.query("SELECT * FROM keyword_entries ORDER BY created_at, rowid")]
    comments = [{"id": r["id"], "subject_kind": r["subject_kind"], "subject": r["subject_id"],
                 "event": ev(r["event_id"]), "group": r["group_id"], "author": r["author"],
                 "text": r["text"], "answer": r["answer"], "resolved": bool(r["resolved"]),
                 "source": r["source"], "created_at": r["created_at"],
                 "updated_at": r["updated_at"], **_deleted(r)}
                for r in ws.query("SELECT * FROM review_comments ORDER BY created_at, rowid")]
    signers = [{"id": r["id"], "event": ev(r["event_id"]), "name": r["name"],
                "title": r["title"], "opd": opd(r["opd_id"]), "role": r["role"],
                "signed": bool(r["signed"]), "signed_at": r["signed_at"],
                "position": r["position"], "created_at": r["created_at"],
                "updated_at": r["updated_at"], **_deleted(r)}
               for r in ws.query("SELECT * FROM commitment_signers ORDER BY event_id, "
                                 "position, created_at, rowid")]
    entries = {key: [{"id": r["id"], "group": r["group_id"],
                      "created_event": ev(r["created_event_id"]),
                      "changed_event": ev(r["changed_event_id"]), "updated_at": r["updated_at"]}
                     for r in ws.query(f"SELECT id, group_id, created_event_id, "
                                       f"changed_event_id, updated_at FROM {table} "
                                       f"ORDER BY id")
                     if r["group_id"] or r["created_event_id"] or r["changed_event_id"]]
               for key, table in _ENTRY_TABLES.items()}
    entries |= {key: [{"id": r["id"], "created_event": ev(r["created_event_id"]),
                       "changed_event": ev(r["changed_event_id"]),
                       "updated_at": r["updated_at"]}
                      for r in ws.query(f"SELECT id, created_event_id, changed_event_id, "
                                        f"updated_at FROM {table} ORDER BY id")
                      if r["created_event_id"] or r["changed_event_id"]]
                for key, table in _STAMPED_TABLES.items()}
    return {
        "groups": groups,
        "keywords": keywords,
        "keyword_merges": [{"keyword": r[0], "kept": r[1], "updated_at": r[2]} for r in ws.query(
            "SELECT normalized, kept, updated_at FROM keyword_merges ORDER BY normalized")],
        "keyword_picks": [{"keyword": r[0], "picked_at": r[1], "used_in_vision": bool(r[2])}
                          for r in ws.query("SELECT normalized, picked_at, used_in_vision FROM "
                                            "keyword_picks ORDER BY picked_at, rowid")],
        "review_status": [{"subject_kind": r[0], "subject": r[1], "status": r[2],
                           "event": ev(r[3]), "updated_at": r[4]} for r in ws.query(
            "SELECT subject_kind, subject_id, status, event_id, updated_at FROM review_status "
            "ORDER BY subject_kind, subject_id")],
        "review_comments": comments,
        "signers": signers,
        "entries": {k: v for k, v in entries.items() if v},
        "score_groups": [{"program": r[0], "rater_kind": r[1], "rater": r[2],
                          "criterion": r[3], "group": r[4]} for r in ws.query(
            "SELECT program_id, rater_kind, rater, criterion, group_id FROM scores WHERE "
            "group_id IS NOT NULL ORDER BY program_id, rater_kind, rater, criterion")],
    }


# -- import -------------------------------------------------------------------------------
class _Stages:
    """One ``stages`` import inside the document's import (the same transaction)."""

    def __init__(self, job) -> None:
        self.job, self.ws, self.now = job, job.ws, job.now
        self.group_ids: dict[str, str] = {}

    def items(self, section: dict, key: str):
        value = section.get(key)
        if value is None:
            return
        if not isinstance(value, list):
            raise ValidationError(f"stages.{key}", "must be a list", code="type")
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise ValidationError(f"stages.{key}[{i}]", "must be an object", code="type")
            yield f"stages.{key}[{i}]", item

    def event(self, item: dict, record: str, field: str = "event") -> str | None:
        return self.job.event(item.get(field), record, field)

    def opd(self, value, record: str) -> str | None:
        if value in (None, ""):
            return None
        opd_id = self.job.opd_by_code.get(str(value).strip().upper())
        if opd_id is None:
            raise ValidationError("opd", f"unknown OPD {value!r}", code="unknown_opd",
                                  record=record)
        return opd_id

    def group(self, value) -> str | None:
        if value in (None, ""):
            return None
        group_id = self.group_ids.get(value, value)
        exists = self.ws.query_one("SELECT 1 FROM groups WHERE id=?", (group_id,))
        return group_id if exists else None

    def merge_row(self, table: str, item: dict, record: str, values: dict,
                  natural: tuple[str, ...] = ()) -> tuple[str | None, bool]:
        """Create or update one id record of ``table``: (its file id, written)."""
        doc_id = item.get("id") if isinstance(item.get("id"), str) else None
        updated = when(item.get("updated_at"), "updated_at", record)
        deleted = when(item.get("deleted_at"), "deleted_at", record)
        existing = self.ws.query_one(f"SELECT * FROM {table} WHERE id=?", (doc_id,)) \
            if doc_id else None
        if existing is None and natural and not deleted:
            where = " AND ".join(f"{k} IS ?" for k in natural)
            existing = self.ws.query_one(f"SELECT * FROM {table} WHERE deleted_at IS NULL AND "
                                         f"{where}", tuple(values[k] for k in natural))
        outcome = decide(dict(existing) if existing else None, updated, deleted)
        row_id = existing["id"] if existing else (doc_id or _new_id())
        if outcome not in (CREATE, UPDATE, "delete"):
            self.job.report.add("kept", table)
            return row_id, False
        stamp = updated or self.now
        if existing is None:
            created = when(item.get("created_at"), "created_at", record) or self.now
            columns = [*values, "id", "created_at", "updated_at", "deleted_at"]
            self.ws.conn.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                f"({', '.join('?' * len(columns))})",
                (*values.values(), row_id, created, stamp, deleted))
            self.job.report.add("created", table)
        else:
            sets = "".join(f"{k} = ?, " for k in values)
            self.ws.conn.execute(f"UPDATE {table} SET {sets}updated_at = ?, deleted_at = ? "
                                 "WHERE id = ?", (*values.values(), stamp, deleted, row_id))
            self.job.report.add("updated", table)
        return row_id, True


def _new_id() -> str:
    from .merge import fast_id

    return fast_id()


def _bool(value, field: str, record: str) -> int:
    if not isinstance(value, bool):
        raise ValidationError(field, "must be true or false", code="type", record=record)
    return int(value)


def import_stages(job) -> None:
    """Merge the document's ``stages`` object (after the rest of the document is written, in
    the same transaction); raise the first problem (the whole import rolls back)."""
    section = job.doc.get("stages")
    if section is None:
        return
    if not isinstance(section, dict):
        raise ValidationError("stages", "must be an object", code="type")
    this = _Stages(job)
    for record, item in this.items(section, "groups"):
        _group(this, item, record)
    from ..services.keywords import normalize_keyword

    for record, item in this.items(section, "keywords"):
        text = clean_short(item.get("text"), "text", record=record, max_len=60)
        values = {"event_id": this.event(item, record), "group_id": this.group(item.get("group")),
                  "opd_id": this.opd(item.get("opd"), record), "text": text,
                  "normalized": normalize_keyword(text),
                  "author": clean_short(item.get("author", ""), "author", required=False,
                                        record=record),
                  "source": clean_short(item.get("source") or "import", "source",
                                        record=record)}
        this.merge_row("keyword_entries", item, record, values)
    for record, item in this.items(section, "keyword_merges"):
        source = normalize_keyword(clean_short(item.get("keyword"), "keyword", record=record))
        kept = normalize_keyword(clean_short(item.get("kept"), "kept", record=record))
        updated = when(item.get("updated_at"), "updated_at", record) or this.now
        row = this.ws.query_one("SELECT updated_at FROM keyword_merges WHERE normalized=?",
                                (source,))
        if row is None or newer(updated, row[0]):
            this.ws.conn.execute("INSERT INTO keyword_merges (normalized, kept, updated_at) "
                                 "VALUES (?, ?, ?) ON CONFLICT(normalized) DO UPDATE SET "
                                 "kept=excluded.kept, updated_at=excluded.updated_at",
                                 (source, kept, updated))
    for record, item in this.items(section, "keyword_picks"):
        key = normalize_keyword(clean_short(item.get("keyword"), "keyword", record=record))
        picked = when(item.get("picked_at"), "picked_at", record) or this.now
        used = _bool(item.get("used_in_vision", False), "used_in_vision", record)
        this.ws.conn.execute("INSERT INTO keyword_picks (normalized, picked_at, used_in_vision) "
                             "VALUES (?, ?, ?) ON CONFLICT(normalized) DO UPDATE SET "
                             "used_in_vision = max(used_in_vision, excluded.used_in_vision)",
                             (key, picked, used))
    for record, item in this.items(section, "review_status"):
        kind = clean_choice(item.get("subject_kind"), "subject_kind", REVIEW_SUBJECTS,
                            record=record)
        subject = _subject(job, kind, item.get("subject"), record)
        status = clean_choice(item.get("status"), "status", REVIEW_STATUSES, record=record)
        updated = when(item.get("updated_at"), "updated_at", record) or this.now
        row = this.ws.query_one("SELECT updated_at FROM review_status WHERE subject_kind=? AND "
                                "subject_id=?", (kind, subject))
        if row is None or newer(updated, row[0]):
            this.ws.conn.execute(
                "INSERT INTO review_status (subject_kind, subject_id, status, event_id, "
                "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(subject_kind, subject_id) DO "
                "UPDATE SET status=excluded.status, event_id=excluded.event_id, "
                "updated_at=excluded.updated_at",
                (kind, subject, status, this.event(item, record), updated))
    for record, item in this.items(section, "review_comments"):
        kind = clean_choice(item.get("subject_kind"), "subject_kind", REVIEW_SUBJECTS,
                            record=record)
        values = {"subject_kind": kind,
                  "subject_id": _subject(job, kind, item.get("subject"), record),
                  "event_id": this.event(item, record), "group_id": this.group(item.get("group")),
                  "author": clean_short(item.get("author", ""), "author", required=False,
                                        record=record),
                  "text": clean_text(item.get("text"), "text", record=record),
                  "answer": clean_text(item.get("answer", ""), "answer", required=False,
                                       record=record),
                  "resolved": _bool(item.get("resolved", False), "resolved", record),
                  "source": clean_short(item.get("source") or "import", "source",
                                        record=record)}
        this.merge_row("review_comments", item, record, values)
    for record, item in this.items(section, "signers"):
        signed = _bool(item.get("signed", False), "signed", record)
        values = {"event_id": this.event(item, record),
                  "name": clean_short(item.get("name"), "name", record=record),
                  "title": clean_short(item.get("title", ""), "title", required=False,
                                       record=record),
                  "opd_id": this.opd(item.get("opd"), record),
                  "role": clean_short(item.get("role", ""), "role", required=False,
                                      record=record),
                  "signed": signed,
                  "signed_at": when(item.get("signed_at"), "signed_at", record) if signed
                  else None,
                  "position": item.get("position", 0) if isinstance(item.get("position"), int)
                  else 0}
        this.merge_row("commitment_signers", item, record, values, ("event_id", "name"))
    _entries(this, section.get("entries"))
    for _record, item in this.items(section, "score_groups"):
        group_id = this.group(item.get("group"))
        program = item.get("program")
        if group_id and isinstance(program, str):  # like set_score: a known group stays
            this.ws.conn.execute(
                "UPDATE scores SET group_id=? WHERE program_id=? AND rater_kind=? AND rater=? "
                "AND criterion=?", (group_id, job.program_ids.get(program, program),
                                    item.get("rater_kind"), item.get("rater"),
                                    item.get("criterion")))


def _group(this: _Stages, item: dict, record: str) -> None:
    kind = clean_choice(item.get("kind"), "kind", GROUP_KINDS, record=record)
    values = {"event_id": this.event(item, record),
              "name": clean_short(item.get("name"), "name", record=record), "kind": kind,
              "opd_id": this.opd(item.get("opd"), record),
              "dimension": check_dimension(item.get("dimension"), record=record),
              "component": check_component(item.get("component"), record=record),
              "position": item.get("position", 0) if isinstance(item.get("position"), int)
              else 0}
    row_id, written = this.merge_row("groups", item, record, values,
                                     ("event_id", "kind", "name"))
    if isinstance(item.get("id"), str) and row_id:
        this.group_ids[item["id"]] = row_id
    if not written:
        return
    opds = [this.opd(code, record) for code in item.get("opds") or []]
    people = [p for p in item.get("participants") or [] if isinstance(p, str) and
              this.ws.query_one("SELECT 1 FROM participants WHERE id=?", (p,))]
    this.ws.conn.execute("DELETE FROM group_opds WHERE group_id=?", (row_id,))
    this.ws.conn.execute("DELETE FROM group_participants WHERE group_id=?", (row_id,))
    for opd_id in dict.fromkeys(opds):
        this.ws.conn.execute("INSERT INTO group_opds (group_id, opd_id) VALUES (?, ?)",
                             (row_id, opd_id))
    for person in dict.fromkeys(people):
        this.ws.conn.execute("INSERT INTO group_participants (group_id, participant_id) "
                             "VALUES (?, ?)", (row_id, person))


def _subject(job, kind: str, value, record: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValidationError("subject", "must be a chapter key or a program id", code="type",
                              record=record)
    return job.program_ids.get(value, value) if kind == "program" else value


def _entries(this: _Stages, value) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        raise ValidationError("stages.entries", "must be an object", code="type")
    maps = {"swot": getattr(this.job, "swot_doc_ids", {}), "programs": this.job.program_ids,
            "strategies": {}}
    for key, table in (_ENTRY_TABLES | _STAMPED_TABLES).items():
        for record, item in _entry_items(value, key):
            doc_id = item.get("id")
            row_id = maps.get(key, {}).get(doc_id, doc_id) if isinstance(doc_id, str) \
                else None
            row = this.ws.query_one(f"SELECT updated_at FROM {table} WHERE id=?", (row_id,)) \
                if row_id else None
            if row is None or row[0] != item.get("updated_at"):
                continue  # the file's copy is not the document's: its stamps stay
            group_id = this.group(item.get("group")) if key in _ENTRY_TABLES else None
            if key in _ENTRY_TABLES and group_id != this.ws.query_one(
                    f"SELECT group_id FROM {table} WHERE id=?", (row_id,))[0]:
                this.ws.conn.execute(f"UPDATE {table} SET group_id=? WHERE id=?",
                                     (group_id, row_id))
            # the stamps last: writing them does not fire the change stamp (migration 10)
            this.ws.conn.execute(
                f"UPDATE {table} SET created_event_id=?, changed_event_id=? WHERE id=?",
                (this.event(item, record, "created_event"),
                 this.event(item, record, "changed_event"), row_id))


def _entry_items(value: dict, key: str):
    items = value.get(key)
    for i, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict):
            yield f"stages.entries.{key}[{i}]", item
