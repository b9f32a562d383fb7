"""Migration 10 (issue 10, four bimteks in one file): a version 9 file gains groups, keywords,
review and commitment tables; every main record is stamped with the bimtek it was created and
last changed in (from the current event), old records with the event they name."""

from __future__ import annotations

from pathlib import Path

from migration_support import add_diskominfo, file_at_version

from smartbimtek.services import plan, swot
from smartbimtek.store import migrations, open_workshop

NOW = "2025-06-15T09:00:00.000+07:00"


def _version_9_file(path: Path) -> None:
    with file_at_version(path, 9) as conn:
        add_diskominfo(conn)
        conn.execute("INSERT INTO events (id, stage, created_at) VALUES ('e1', 'I', ?)", (NOW,))
        conn.execute("INSERT INTO meta (key, value) VALUES "
                     "('setting.current_event_id', '\"e1\"')")
        conn.execute("INSERT INTO swot_items (id, opd_id, quadrant, text, event_id, created_at, "
                     "updated_at) VALUES ('s1', 'o1', 'S', 'Jaringan fiber', 'e1', ?, ?)",
                     (NOW, NOW))
        conn.execute("INSERT INTO programs (id, opd_id, title, dimension, created_at, "
                     "updated_at) VALUES ('p1', 'o1', 'Satu Data', 'governance', ?, ?)", (NOW, NOW))


def _stamps(ws, table, record_id):
    row = ws.query_one(f"SELECT created_event_id, changed_event_id FROM {table} WHERE id=?",
                       (record_id,))
    return tuple(row)


def test_version_9_file_gains_the_stage_tables_and_event_stamps(tmp_path):
    path = tmp_path / "v9.bimtek"
    _version_9_file(path)
    with open_workshop(path) as ws:
        assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST >= 10
        for table in ("groups", "group_opds", "group_participants", "lan_group_codes",
                      "keyword_entries", "keyword_merges", "keyword_picks", "review_status",
                      "review_comments", "commitment_signers"):
            assert ws.query_one("SELECT count(*) FROM sqlite_master WHERE name=?",
                                (table,))[0] == 1, table
        assert _stamps(ws, "swot_items", "s1") == ("e1", "e1")
        assert _stamps(ws, "programs", "p1") == ("e1", "e1")
        # Opening Bimtek II: a change made now is stamped with the new event; the creation
        # stamp stays.
        second = plan.add_event(ws, "II")
        swot.update_item(ws, "s1", text="Jaringan fiber optik")
        assert _stamps(ws, "swot_items", "s1") == ("e1", second.id)
        item = swot.add_item(ws, "o1", "W", "SDM TIK terbatas")
        assert _stamps(ws, "swot_items", item.id) == (second.id, second.id)
