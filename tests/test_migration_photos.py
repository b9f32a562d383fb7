"""Migration 8 (issue 11, documentation photos): a version 7 file gains the ``photos`` table
(a copy of the file is taken first, as for every migration) and keeps its rows."""

from __future__ import annotations

from pathlib import Path

from migration_support import add_diskominfo, file_at_version

from smartbimtek.store import migrations, open_workshop


def _version_7_file(path: Path) -> None:
    with file_at_version(path, 7) as conn:
        add_diskominfo(conn)


def test_version_7_file_gains_the_photos_table(tmp_path):
    path = tmp_path / "v7.bimtek"
    _version_7_file(path)
    with open_workshop(path) as ws:
        assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST >= 8
        columns = [r[1] for r in ws.query("PRAGMA table_info(photos)")]
        assert columns == ["id", "event_id", "step_id", "opd_id", "caption", "taken_at", "source",
                           "width", "height", "jpeg", "created_at", "updated_at", "deleted_at",
                           "group_id"]
        assert ws.query_one("SELECT count(*) FROM photos")[0] == 0
        assert ws.query_one("SELECT code FROM opds WHERE id = 'o1'")[0] == "DISKOMINFO"


def test_photo_source_is_checked(tmp_path):
    with open_workshop(tmp_path / "new.bimtek", create=True) as ws:
        sql = ws.query_one("SELECT sql FROM sqlite_master WHERE name = 'photos'")[0]
        assert "CHECK (source IN ('desktop','phone'))" in sql
