"""The write half of an import: every validated row in ``executemany`` batches, in the order
the foreign keys need, inside the import's one transaction."""

from __future__ import annotations

import json

from ..services.agenda import insert_template_steps
from ..store.workshop import Transaction


def _upsert(tx: Transaction, table: str, rows: list[dict], columns: tuple[str, ...],
            conflict: str = "id", keep: tuple[str, ...] = ()) -> None:
    """INSERT each row, or UPDATE every column but ``keep`` when ``conflict`` matches."""
    if not rows:
        return
    names = ", ".join(columns)
    values = ", ".join(f":{c}" for c in columns)
    keys = {k.strip() for k in conflict.split(",")}
    updates = ", ".join(f"{c}=excluded.{c}" for c in columns if c not in keys and c not in keep)
    tx.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({values}) "
                        f"ON CONFLICT({conflict}) DO UPDATE SET {updates}", rows)


def write_all(job, tx: Transaction) -> None:
    """Write everything ``job.validate()`` prepared (``job.out``)."""
    out, conn, now = job.out, tx.conn, tx.now
    _upsert(tx, "criteria", out.get("criteria", []),
            ("key", "label_id", "label_en", "scale_min", "scale_max", "position"),
            conflict="key", keep=("scale_min", "scale_max", "position"))
    _upsert(tx, "opds", out.get("opds", []),
            ("id", "code", "name", "table_no", "title", "created_at", "deleted_at"),
            keep=("created_at",))
    _upsert(tx, "events", out.get("events", []),
            ("id", "stage", "title", "venue", "start_date", "days", "facilitators",
             "legal_basis", "agreement_number", "facilitator_institution", "speakers",
             "conclusions", "recommendations", "created_at", "deleted_at"),
            keep=("created_at",))
    for event_id, stage in out.get("templates", []):
        insert_template_steps(tx, event_id, stage)
    _upsert(tx, "agenda_steps", out.get("steps", []),
            ("id", "event_id", "day", "position", "planned_start", "minutes", "title", "kind",
             "dimension", "instructions", "anonymity", "state", "actual_start", "actual_end",
             "paused_at", "paused_seconds", "extra_seconds", "deleted_at"))
    conn.executemany("UPDATE agenda_steps SET position=? WHERE id=?",
                     out.get("step_positions", []))
    conn.executemany("UPDATE events SET current_step_id=? WHERE id=?",
                     out.get("current_steps", []))
    _upsert(tx, "notes", out.get("notes", []),
            ("id", "event_id", "step_id", "kind", "text", "created_at", "owner", "due_date",
             "deleted_at"))
    _upsert(tx, "participants", out.get("participants", []),
            ("id", "name", "opd_id", "position", "phone", "category", "institution",
             "created_at", "deleted_at"),
            keep=("created_at",))
    checks = out.get("attendance", [])
    conn.executemany("INSERT INTO attendance VALUES (:participant_id, :event_id, :day, :at) "
                     "ON CONFLICT DO UPDATE SET checked_in_at=excluded.checked_in_at",
                     [c for c in checks if c["at"]])
    conn.executemany("INSERT OR IGNORE INTO attendance VALUES (:participant_id, :event_id, "
                     ":day, :now)", [dict(c, now=now) for c in checks if not c["at"]])
    _upsert(tx, "swot_items", out.get("swot", []),
            ("id", "opd_id", "quadrant", "text", "dimension", "element", "component", "weight",
             "rating", "author", "source", "event_id", "created_at", "updated_at",
             "deleted_at"))
    _upsert(tx, "strategies", out.get("strategies", []),
            ("id", "type", "text", "opd_id", "dimension", "created_at", "updated_at",
             "deleted_at"))
    conn.executemany("INSERT OR IGNORE INTO strategy_links VALUES (?, ?)",
                     out.get("strategy_links", []))
    _upsert(tx, "readiness", out.get("readiness", []),
            ("component", "dimension", "rating", "notes", "updated_at"),
            conflict="component, dimension")
    _upsert(tx, "programs", out.get("programs", []),
            ("id", "opd_id", "title", "dimension", "element", "description", "benefit",
             "horizon", "start_year", "end_year", "funding", "indicator", "target", "quick_win",
             "source", "event_id", "created_at", "updated_at", "deleted_at"))
    conn.executemany("INSERT OR IGNORE INTO program_support VALUES (?, ?)",
                     out.get("program_support", []))
    conn.executemany("INSERT OR IGNORE INTO program_links VALUES (?, ?, ?)",
                     out.get("program_links", []))
    conn.executemany(
        "INSERT INTO scores (id, program_id, rater_kind, rater, criterion, value, source, "
        "event_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(program_id, rater_kind, rater, criterion) DO UPDATE SET "
        "value=excluded.value, source=excluded.source, event_id=excluded.event_id, "
        "updated_at=excluded.updated_at", out.get("scores", []))
    conn.executemany("INSERT INTO votes (program_id, voter_kind, voter, count, updated_at) "
                     "VALUES (:program_id, :voter_kind, :voter, :count, :now) "
                     "ON CONFLICT(program_id, voter_kind, voter) DO UPDATE SET "
                     "count=excluded.count, updated_at=excluded.updated_at",
                     [dict(v, now=now) for v in out.get("votes", [])])
    conn.executemany("INSERT INTO placements VALUES (:program_id, :impact, :effort, :now) "
                     "ON CONFLICT(program_id) DO UPDATE SET impact=excluded.impact, "
                     "effort=excluded.effort, placed_at=excluded.placed_at",
                     [dict(p, now=now) for p in out.get("placements", [])])
    plan = out.get("plan")
    if plan:
        columns = [c for c in plan if c != "id"]
        conn.execute(f"UPDATE plan SET {', '.join(c + '=:' + c for c in columns)} WHERE id = 1",
                     plan)
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                     "SET value = excluded.value",
                     [(f"setting.{k}", json.dumps(v)) for k, v in out.get("settings", {}).items()])
