"""Versioned schema migrations. The schema exists only here.

Each migration runs in its own transaction; ``PRAGMA user_version`` records the version
reached. A copy of the file is taken before an existing file is migrated (see ``db.open_db``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from .migration_v10 import migrate_v10

#: ``PRAGMA application_id`` of a workshop file: "SMBT".
APPLICATION_ID = 0x534D4254

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE plan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    region_name TEXT NOT NULL DEFAULT '', region_type TEXT NOT NULL DEFAULT 'kabupaten',
    plan_title TEXT NOT NULL DEFAULT '', period_start INTEGER, period_end INTEGER,
    vision TEXT NOT NULL DEFAULT '', missions TEXT NOT NULL DEFAULT '[]',
    goals TEXT NOT NULL DEFAULT '[]', targets TEXT NOT NULL DEFAULT '[]',
    narratives TEXT NOT NULL DEFAULT '{}', facilitators TEXT NOT NULL DEFAULT '[]',
    updated_at TEXT
);
INSERT INTO plan (id) VALUES (1);
CREATE TABLE events (
    id TEXT PRIMARY KEY, stage TEXT NOT NULL CHECK (stage IN ('I','II','III','IV')),
    title TEXT NOT NULL DEFAULT '', venue TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL DEFAULT '',
    days INTEGER NOT NULL DEFAULT 2, day_starts TEXT NOT NULL DEFAULT '{}',
    facilitators TEXT NOT NULL DEFAULT '[]', current_step_id TEXT,
    created_at TEXT NOT NULL, deleted_at TEXT
);
CREATE TABLE opds (
    id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, table_no INTEGER,
    created_at TEXT NOT NULL, deleted_at TEXT
);
CREATE TABLE participants (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, opd_id TEXT REFERENCES opds(id),
    position TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, deleted_at TEXT
);
CREATE INDEX participants_opd ON participants(opd_id);
CREATE TABLE attendance (
    participant_id TEXT NOT NULL REFERENCES participants(id),
    event_id TEXT NOT NULL REFERENCES events(id), day INTEGER NOT NULL,
    checked_in_at TEXT NOT NULL, PRIMARY KEY (participant_id, event_id, day)
);
CREATE TABLE agenda_steps (
    id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id),
    day INTEGER NOT NULL, position INTEGER NOT NULL, planned_start TEXT NOT NULL,
    minutes INTEGER NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'other',
    dimension TEXT, instructions TEXT NOT NULL DEFAULT '', anonymity TEXT NOT NULL DEFAULT 'named',
    state TEXT NOT NULL DEFAULT 'pending', actual_start TEXT, actual_end TEXT, paused_at TEXT,
    paused_seconds REAL NOT NULL DEFAULT 0, extra_seconds REAL NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX agenda_event ON agenda_steps(event_id, day, position);
CREATE TABLE swot_items (
    id TEXT PRIMARY KEY, opd_id TEXT NOT NULL REFERENCES opds(id),
    quadrant TEXT NOT NULL CHECK (quadrant IN ('S','W','O','T')), text TEXT NOT NULL,
    dimension TEXT, element TEXT, component TEXT, weight REAL, rating INTEGER,
    author TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'desktop', event_id TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE INDEX swot_opd ON swot_items(opd_id);
CREATE TABLE strategies (
    id TEXT PRIMARY KEY, type TEXT NOT NULL CHECK (type IN ('SO','WO','ST','WT')),
    text TEXT NOT NULL, opd_id TEXT REFERENCES opds(id),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE TABLE strategy_links (
    strategy_id TEXT NOT NULL REFERENCES strategies(id),
    swot_id TEXT NOT NULL REFERENCES swot_items(id), PRIMARY KEY (strategy_id, swot_id)
);
CREATE TABLE readiness (
    component TEXT NOT NULL, dimension TEXT NOT NULL, rating TEXT, notes TEXT NOT NULL DEFAULT '',
    updated_at TEXT, PRIMARY KEY (component, dimension)
);
CREATE TABLE programs (
    id TEXT PRIMARY KEY, opd_id TEXT NOT NULL REFERENCES opds(id), title TEXT NOT NULL,
    dimension TEXT NOT NULL, element TEXT, description TEXT NOT NULL DEFAULT '',
    horizon TEXT NOT NULL DEFAULT 'short', start_year INTEGER, end_year INTEGER, funding TEXT,
    indicator TEXT NOT NULL DEFAULT '', target TEXT NOT NULL DEFAULT '',
    quick_win INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL DEFAULT 'desktop', event_id TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE INDEX programs_opd ON programs(opd_id);
CREATE TABLE program_support (
    program_id TEXT NOT NULL REFERENCES programs(id), opd_id TEXT NOT NULL REFERENCES opds(id),
    PRIMARY KEY (program_id, opd_id)
);
CREATE TABLE program_links (
    program_id TEXT NOT NULL REFERENCES programs(id),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('swot','strategy')), target_id TEXT NOT NULL,
    PRIMARY KEY (program_id, target_kind, target_id)
);
CREATE TABLE criteria (
    key TEXT PRIMARY KEY, label_id TEXT NOT NULL, label_en TEXT NOT NULL,
    scale_min INTEGER NOT NULL DEFAULT 1, scale_max INTEGER NOT NULL DEFAULT 5,
    builtin INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO criteria VALUES ('impact', 'Dampak', 'Impact', 1, 5, 1, 0);
INSERT INTO criteria VALUES ('effort', 'Upaya', 'Effort', 1, 5, 1, 1);
CREATE TABLE scores (
    id TEXT PRIMARY KEY, program_id TEXT NOT NULL REFERENCES programs(id),
    rater_kind TEXT NOT NULL, rater TEXT NOT NULL, criterion TEXT NOT NULL REFERENCES criteria(key),
    value INTEGER NOT NULL, source TEXT NOT NULL DEFAULT 'desktop', event_id TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    UNIQUE (program_id, rater_kind, rater, criterion)
);
CREATE TABLE placements (
    program_id TEXT PRIMARY KEY REFERENCES programs(id), impact REAL NOT NULL,
    effort REAL NOT NULL, placed_at TEXT NOT NULL
);
CREATE TABLE votes (
    program_id TEXT NOT NULL REFERENCES programs(id), voter_kind TEXT NOT NULL,
    voter TEXT NOT NULL, count INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (program_id, voter_kind, voter)
);
CREATE TABLE notes (
    id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id), step_id TEXT,
    kind TEXT NOT NULL DEFAULT 'note', text TEXT NOT NULL, created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,
    source TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _V1.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


# Version 2: breakout input over the local network (join codes per OPD, phone sessions,
# idempotency keys of submissions, "we are done" marks per step).
_V2 = """
CREATE TABLE lan_join_codes (
    code TEXT PRIMARY KEY, opd_id TEXT NOT NULL REFERENCES opds(id),
    created_at TEXT NOT NULL, revoked_at TEXT
);
CREATE INDEX lan_join_codes_opd ON lan_join_codes(opd_id);
CREATE TABLE lan_sessions (
    id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, opd_id TEXT NOT NULL REFERENCES opds(id),
    join_code TEXT NOT NULL, display_name TEXT NOT NULL DEFAULT '',
    client TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, last_seen TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX lan_sessions_opd ON lan_sessions(opd_id);
CREATE TABLE lan_idempotency (
    key TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES lan_sessions(id),
    opd_id TEXT NOT NULL, step_id TEXT, action TEXT NOT NULL, status INTEGER NOT NULL,
    response TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE INDEX lan_idempotency_step ON lan_idempotency(step_id, opd_id);
CREATE TABLE lan_done (
    event_id TEXT NOT NULL, step_id TEXT NOT NULL, opd_id TEXT NOT NULL REFERENCES opds(id),
    at TEXT NOT NULL, PRIMARY KEY (step_id, opd_id)
);
"""


def _v2(conn: sqlite3.Connection) -> None:
    for statement in _V2.split(";\n"):
        if statement.strip():
            conn.execute(statement)


# Version 3: a program's benefit to citizens ("manfaat bagi warga", shown in the quick win
# profile). Before, the profile read it from plan narratives keyed ``benefit:<program id>``;
# those entries move into the column. Entries naming no program stay where they are.
_BENEFIT_PREFIX = "benefit:"


def _v3(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE programs ADD COLUMN benefit TEXT NOT NULL DEFAULT ''")
    row = conn.execute("SELECT narratives FROM plan WHERE id = 1").fetchone()
    try:
        narratives = json.loads(row[0]) if row and row[0] else {}
    except ValueError:  # unreadable narratives are left exactly as they are
        return
    if not isinstance(narratives, dict):
        return
    kept, moved = {}, 0
    for key, value in narratives.items():
        program_id = key[len(_BENEFIT_PREFIX):] if key.startswith(_BENEFIT_PREFIX) else None
        if program_id and isinstance(value, str) and conn.execute(
                "UPDATE programs SET benefit = ? WHERE id = ?", (value, program_id)).rowcount:
            moved += 1
            continue
        kept[key] = value
    if moved:
        conn.execute("UPDATE plan SET narratives = ? WHERE id = 1",
                     (json.dumps(kept, ensure_ascii=False),))


def _v4(conn: sqlite3.Connection) -> None:
    # A covering index for the priority matrix: the mean, spread and range of every program's
    # scores are aggregated by (program, criterion); 20,000 scores in 17 ms instead of 38.
    conn.execute("CREATE INDEX scores_by_criterion ON scores (program_id, criterion, value)")


def _v5(conn: sqlite3.Connection) -> None:
    # A phone submission's idempotency key remembers a digest of what was submitted, so a key
    # re-sent with another body is refused instead of replaying the first answer. Keys stored
    # before have none (NULL): they replay as before.
    conn.execute("ALTER TABLE lan_idempotency ADD COLUMN request_hash TEXT")


# Version 6: a master plan a Bappeda can adopt (issue 9). Gap analysis per component x
# dimension; the region's consolidated SWOT (linked to the OPD items it came from) and its
# strategic issues; tujuan/sasaran with baseline and yearly targets; the RPJMD list; programs
# with location, baseline, yearly targets, yearly budgets per funding source and activities;
# institutions (bodies' members, regulation plan, enabler items); quick win profiles with
# milestones; formal parts (plan columns) and the OPD head's title. IFAS ratings: files made
# before stored W/T ratings reversed (the IE-matrix convention, as the old ``rules.ifas``
# said) while the diagram took x = S - W; they are converted to the diagram convention
# (r -> 5 - r for W and T), the convention every file stores from now on unless its
# ``ifas_convention`` setting says otherwise.
_V6 = """
ALTER TABLE opds ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE strategies ADD COLUMN dimension TEXT;
ALTER TABLE programs ADD COLUMN location TEXT NOT NULL DEFAULT '';
ALTER TABLE programs ADD COLUMN baseline_value TEXT NOT NULL DEFAULT '';
ALTER TABLE programs ADD COLUMN baseline_year INTEGER;
ALTER TABLE programs ADD COLUMN unit TEXT NOT NULL DEFAULT '';
ALTER TABLE programs ADD COLUMN rpjmd_id TEXT;
ALTER TABLE programs ADD COLUMN objective_id TEXT;
ALTER TABLE plan ADD COLUMN components TEXT NOT NULL
    DEFAULT '["struktur","infrastruktur","suprastruktur"]';
ALTER TABLE plan ADD COLUMN capital_town TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN head_name TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN head_title TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN foreword TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN team_head_name TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN team_head_title TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN team_foreword TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN approval_sheet INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plan ADD COLUMN footer_programme INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plan ADD COLUMN enabler_narratives TEXT NOT NULL DEFAULT '{}';
CREATE TABLE gap_analysis (
    component TEXT NOT NULL, dimension TEXT NOT NULL, current TEXT NOT NULL DEFAULT '',
    expected TEXT NOT NULL DEFAULT '', gap TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL,
    PRIMARY KEY (component, dimension)
);
CREATE TABLE region_swot (
    id TEXT PRIMARY KEY, quadrant TEXT NOT NULL CHECK (quadrant IN ('S','W','O','T')),
    text TEXT NOT NULL, dimension TEXT, component TEXT, weight REAL, rating INTEGER,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE TABLE region_swot_sources (
    region_swot_id TEXT NOT NULL REFERENCES region_swot(id),
    swot_id TEXT NOT NULL REFERENCES swot_items(id), PRIMARY KEY (region_swot_id, swot_id)
);
CREATE TABLE strategic_issues (
    id TEXT PRIMARY KEY, dimension TEXT, component TEXT, text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE TABLE rpjmd_items (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('misi','sasaran')),
    code TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, parent_id TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE TABLE objectives (
    id TEXT PRIMARY KEY, level TEXT NOT NULL CHECK (level IN ('tujuan','sasaran')),
    parent_id TEXT, dimension TEXT, text TEXT NOT NULL, indicator TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '', baseline_value TEXT NOT NULL DEFAULT '',
    baseline_year INTEGER, rpjmd_id TEXT, position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE TABLE objective_targets (
    objective_id TEXT NOT NULL REFERENCES objectives(id), year INTEGER NOT NULL,
    value TEXT NOT NULL, PRIMARY KEY (objective_id, year)
);
CREATE TABLE program_targets (
    program_id TEXT NOT NULL REFERENCES programs(id), year INTEGER NOT NULL,
    value TEXT NOT NULL, PRIMARY KEY (program_id, year)
);
CREATE TABLE program_budgets (
    program_id TEXT NOT NULL REFERENCES programs(id), year INTEGER NOT NULL,
    source TEXT NOT NULL, amount INTEGER NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (program_id, year, source)
);
CREATE TABLE program_activities (
    id TEXT PRIMARY KEY, program_id TEXT NOT NULL REFERENCES programs(id), title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', start_year INTEGER, end_year INTEGER,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE INDEX program_activities_program ON program_activities(program_id);
CREATE TABLE body_members (
    id TEXT PRIMARY KEY, body TEXT NOT NULL CHECK (body IN ('dewan','pelaksana','penyusun')),
    name TEXT NOT NULL, position TEXT NOT NULL DEFAULT '', institution TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '', sort INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE TABLE regulations (
    id TEXT PRIMARY KEY, instrument TEXT NOT NULL, subject TEXT NOT NULL,
    target_year INTEGER, status TEXT NOT NULL DEFAULT 'rencana', notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE TABLE enabler_items (
    id TEXT PRIMARY KEY,
    section TEXT NOT NULL CHECK (section IN ('financing','sdm','infrastructure')),
    title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', target_year INTEGER,
    opd_id TEXT REFERENCES opds(id), position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE TABLE quickwin_profiles (
    program_id TEXT PRIMARY KEY REFERENCES programs(id), innovation_name TEXT NOT NULL DEFAULT '',
    acronym TEXT NOT NULL DEFAULT '', problem TEXT NOT NULL DEFAULT '',
    beneficiaries TEXT NOT NULL DEFAULT '', budget INTEGER CHECK (budget >= 0),
    funding_source TEXT, indicator TEXT NOT NULL DEFAULT '',
    baseline TEXT NOT NULL DEFAULT '', target TEXT NOT NULL DEFAULT '',
    risks TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL
);
CREATE TABLE quickwin_milestones (
    id TEXT PRIMARY KEY, program_id TEXT NOT NULL REFERENCES programs(id),
    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12), description TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE INDEX quickwin_milestones_program ON quickwin_milestones(program_id, month)
"""


def _v6(conn: sqlite3.Connection) -> None:
    from ..rules.formal import opd_title_default  # a pure function: the default, once

    for statement in _V6.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    for opd_id, code, name in conn.execute("SELECT id, code, name FROM opds").fetchall():
        conn.execute("UPDATE opds SET title = ? WHERE id = ?",
                     (opd_title_default(name, code), opd_id))
    # W/T ratings were stored reversed (IE-matrix convention): store magnitudes (diagram).
    conn.execute("UPDATE swot_items SET rating = 5 - rating WHERE quadrant IN ('W','T') "
                 "AND rating BETWEEN 1 AND 4")
    # The plan's goals and targets (lists of texts) become tujuan and sasaran records; the
    # lists stay as they were (read by documents made before).
    row = conn.execute("SELECT goals, targets, updated_at FROM plan WHERE id = 1").fetchone()
    stamp = (row[2] if row and row[2] else None) or "2000-01-01T00:00:00.000+00:00"
    for column, level in ((0, "tujuan"), (1, "sasaran")):
        try:
            texts = json.loads(row[column]) if row and row[column] else []
        except ValueError:
            continue
        if not isinstance(texts, list):
            continue
        for position, text in enumerate(t for t in texts if isinstance(t, str) and t.strip()):
            conn.execute("INSERT INTO objectives (id, level, text, position, created_at, "
                         "updated_at) VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, ?)",
                         (level, text.strip(), position, stamp, stamp))


# Version 7: the audit table without AUTOINCREMENT (issue 8, the store's p99). AUTOINCREMENT
# rewrote ``sqlite_sequence`` on every change: one more page per commit in the log (5.6 pages
# per SWOT entry against 2.3 for a bare insert), so more automatic checkpoints and more slow
# commits. Audit rows are never deleted, so a plain rowid id (the largest plus one) keeps
# increasing as before; every id is kept. The audit table has no index of its own.
_V7 = """
CREATE TABLE audit_v7 (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,
    source TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_v7 (id, at, actor, source, action, entity, entity_id, detail)
    SELECT id, at, actor, source, action, entity, entity_id, detail FROM audit ORDER BY id;
DROP TABLE audit;
ALTER TABLE audit_v7 RENAME TO audit
"""


def _v7(conn: sqlite3.Connection) -> None:
    for statement in _V7.split(";\n"):
        if statement.strip():
            conn.execute(statement)


# Version 8: documentation photos (issue 11, "dokumentasi"): flip charts, the plenary, the
# signing. The JPEG is stored re-encoded without any metadata (services/photos.py); the step
# and the OPD (the table that photographed it) are optional. Soft delete like other records.
_V8 = """
CREATE TABLE photos (
    id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id),
    step_id TEXT REFERENCES agenda_steps(id), opd_id TEXT REFERENCES opds(id),
    caption TEXT NOT NULL DEFAULT '', taken_at TEXT,
    source TEXT NOT NULL DEFAULT 'desktop' CHECK (source IN ('desktop','phone')),
    width INTEGER NOT NULL, height INTEGER NOT NULL, jpeg BLOB NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
);
CREATE INDEX photos_event ON photos(event_id, created_at)
"""


def _v8(conn: sqlite3.Connection) -> None:
    for statement in _V8.split(";\n"):
        if statement.strip():
            conn.execute(statement)


# Version 9: the complete laporan pelaksanaan (issue 11): the event's legal basis (the Nota
# Kesepakatan and its number), the institution of the tim pembimbing, the narasumber with
# their institution (JSON list), conclusions and recommendations; participant groups (OPD,
# Dewan Smart City, Tim Pelaksana, academia, business, community) and the institution of a
# participant outside the OPDs; a follow-up's owner and due date. Existing participants of an
# OPD are in the OPD group; the others stay without group until someone sets it.
PARTICIPANT_CATEGORIES = ("opd", "dewan", "pelaksana", "academia", "business", "community")
_V9 = f"""
ALTER TABLE events ADD COLUMN legal_basis TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN agreement_number TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN facilitator_institution TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN speakers TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN conclusions TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN recommendations TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN category TEXT
    CHECK (category IS NULL OR category IN ({", ".join(repr(c) for c in PARTICIPANT_CATEGORIES)}));
ALTER TABLE participants ADD COLUMN institution TEXT NOT NULL DEFAULT '';
UPDATE participants SET category = 'opd' WHERE opd_id IS NOT NULL;
ALTER TABLE notes ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN due_date TEXT NOT NULL DEFAULT ''
"""


def _v9(conn: sqlite3.Connection) -> None:
    for statement in _V9.split(";\n"):
        if statement.strip():
            conn.execute(statement)


# Version 11: a documentation photo names the group (kelompok, version 10) whose work it shows:
# a dimension group's flip chart has no single OPD. Set from a phone's group session and in the
# console's photo gallery (services/photos.py).
def _v11(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE photos ADD COLUMN group_id TEXT REFERENCES groups(id)")


#: (version, migration) in order. Append new migrations; never edit a released one.
MIGRATIONS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = [
    (1, _v1),
    (2, _v2),
    (3, _v3),
    (4, _v4),
    (5, _v5),
    (6, _v6),
    (7, _v7),
    (8, _v8),
    (9, _v9),
    (10, migrate_v10),
    (11, _v11),
]

LATEST = MIGRATIONS[-1][0]


def migrate(conn: sqlite3.Connection, current: int) -> int:
    """Apply every migration above ``current``, each in its own transaction."""
    for version, step in MIGRATIONS:
        if version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current = version
    return current
