"""Schema version 10 (issue 10): four bimteks in one file.

- every main record knows the bimtek (event) in which it was created and last changed:
  ``created_event_id`` / ``changed_event_id``, stamped by triggers from the workshop's
  ``current_event_id`` setting (one central place: no service writes them);
- groups (kelompok) of OPDs and participants per event, with join codes and the group of
  every entry (``group_id`` on SWOT items, programs, strategies, scores and votes);
- vision keywords (entries, synonym merges, picks, the draft's sources);
- the review of Bimtek IV (chapter and program statuses, comments with answers);
- the komitmen bersama signers.
"""

from __future__ import annotations

import sqlite3

#: Tables whose rows are stamped with the event they were created and last changed in.
EVENT_STAMPED = ("swot_items", "programs", "strategies", "region_swot", "strategic_issues",
                 "objectives", "keyword_entries", "review_comments")

GROUP_KINDS = ("opd", "dimension", "component", "custom")
REVIEW_STATUSES = ("draft", "discussed", "agreed")

_CURRENT_EVENT = ("(SELECT json_extract(value, '$') FROM meta "
                  "WHERE key = 'setting.current_event_id')")

_TABLES = f"""
CREATE TABLE groups (
    id TEXT PRIMARY KEY, event_id TEXT REFERENCES events(id), name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ({", ".join(repr(k) for k in GROUP_KINDS)})),
    opd_id TEXT REFERENCES opds(id), dimension TEXT, component TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE INDEX groups_event ON groups(event_id);
CREATE TABLE group_opds (
    group_id TEXT NOT NULL REFERENCES groups(id), opd_id TEXT NOT NULL REFERENCES opds(id),
    PRIMARY KEY (group_id, opd_id)
);
CREATE TABLE group_participants (
    group_id TEXT NOT NULL REFERENCES groups(id),
    participant_id TEXT NOT NULL REFERENCES participants(id),
    PRIMARY KEY (group_id, participant_id)
);
CREATE TABLE lan_group_codes (
    code TEXT PRIMARY KEY, group_id TEXT NOT NULL REFERENCES groups(id),
    created_at TEXT NOT NULL, revoked_at TEXT
);
CREATE INDEX lan_group_codes_group ON lan_group_codes(group_id);
ALTER TABLE lan_sessions ADD COLUMN group_id TEXT;
ALTER TABLE swot_items ADD COLUMN group_id TEXT;
ALTER TABLE programs ADD COLUMN group_id TEXT;
ALTER TABLE strategies ADD COLUMN group_id TEXT;
ALTER TABLE scores ADD COLUMN group_id TEXT;
ALTER TABLE votes ADD COLUMN group_id TEXT;
CREATE TABLE keyword_entries (
    id TEXT PRIMARY KEY, event_id TEXT REFERENCES events(id), group_id TEXT,
    opd_id TEXT, text TEXT NOT NULL, normalized TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'desktop',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE INDEX keyword_entries_normalized ON keyword_entries(normalized);
CREATE TABLE keyword_merges (
    normalized TEXT PRIMARY KEY, kept TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE TABLE keyword_picks (
    normalized TEXT PRIMARY KEY, picked_at TEXT NOT NULL, used_in_vision INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE review_status (
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('chapter','program')),
    subject_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ({", ".join(repr(s) for s in REVIEW_STATUSES)})),
    event_id TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (subject_kind, subject_id)
);
CREATE TABLE review_comments (
    id TEXT PRIMARY KEY, subject_kind TEXT NOT NULL CHECK (subject_kind IN ('chapter','program')),
    subject_id TEXT NOT NULL, event_id TEXT, group_id TEXT, author TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL, answer TEXT NOT NULL DEFAULT '', resolved INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT 'desktop',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE INDEX review_comments_subject ON review_comments(subject_kind, subject_id);
CREATE TABLE commitment_signers (
    id TEXT PRIMARY KEY, event_id TEXT REFERENCES events(id), name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '', opd_id TEXT REFERENCES opds(id), role TEXT NOT NULL DEFAULT '',
    signed INTEGER NOT NULL DEFAULT 0, signed_at TEXT, position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
)
"""


def _stamp_statements(conn: sqlite3.Connection, table: str) -> list[str]:
    """Columns and triggers that stamp ``table``'s rows with the current event."""
    statements = [f"ALTER TABLE {table} ADD COLUMN created_event_id TEXT",
                  f"ALTER TABLE {table} ADD COLUMN changed_event_id TEXT"]
    # An insert without explicit stamps (every service) takes the current event; an import
    # that brings its own stamps keeps them. An update of any other column (every service,
    # an import's write) is stamped with the current event; writing the stamps themselves
    # (an import carrying them) does not fire the trigger.
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
               if r[1] not in ("id", "created_event_id", "changed_event_id")]
    statements.append(
        f"CREATE TRIGGER {table}_event_insert AFTER INSERT ON {table} "
        f"WHEN NEW.created_event_id IS NULL BEGIN "
        f"UPDATE {table} SET created_event_id = {_CURRENT_EVENT}, "
        f"changed_event_id = coalesce(NEW.changed_event_id, {_CURRENT_EVENT}) "
        f"WHERE id = NEW.id; END")
    statements.append(
        f"CREATE TRIGGER {table}_event_update AFTER UPDATE OF {', '.join(columns)} "
        f"ON {table} WHEN {_CURRENT_EVENT} IS NOT NULL "
        f"AND NEW.changed_event_id IS NOT {_CURRENT_EVENT} BEGIN "
        f"UPDATE {table} SET changed_event_id = {_CURRENT_EVENT} WHERE id = NEW.id; END")
    return statements


#: Entries that default to their OPD's own group at the current event (an OPD's table works
#: as before groups existed); an entry from a dimension or component group names its group.
OPD_GROUPED = ("swot_items", "programs")


def _group_default(table: str) -> str:
    return (f"CREATE TRIGGER {table}_group_default AFTER INSERT ON {table} "
            f"WHEN NEW.group_id IS NULL BEGIN UPDATE {table} SET group_id = "
            f"(SELECT g.id FROM groups g WHERE g.kind = 'opd' AND g.opd_id = NEW.opd_id "
            f"AND g.deleted_at IS NULL AND g.event_id IS {_CURRENT_EVENT} "
            f"ORDER BY g.position LIMIT 1) WHERE id = NEW.id AND EXISTS (SELECT 1 FROM groups "
            f"g WHERE g.kind = 'opd' AND g.opd_id = NEW.opd_id AND g.deleted_at IS NULL "
            f"AND g.event_id IS {_CURRENT_EVENT}); END")


def migrate_v10(conn: sqlite3.Connection) -> None:
    """Apply schema version 10 (inside the caller's transaction)."""
    for statement in _TABLES.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    for table in EVENT_STAMPED:
        for statement in _stamp_statements(conn, table):
            conn.execute(statement)
    for table in OPD_GROUPED:
        conn.execute(_group_default(table))
    # Records made before version 10: they were created in the event that was current then,
    # as far as the file knows (the event they name, else the current one).
    for table in ("swot_items",):
        conn.execute(f"UPDATE {table} SET created_event_id = coalesce(event_id, "
                     f"{_CURRENT_EVENT}), changed_event_id = coalesce(event_id, "
                     f"{_CURRENT_EVENT})")
    for table in EVENT_STAMPED:
        if table in ("swot_items", "keyword_entries", "review_comments"):
            continue
        conn.execute(f"UPDATE {table} SET created_event_id = {_CURRENT_EVENT}, "
                     f"changed_event_id = {_CURRENT_EVENT}")
