"""Migration 6 (issue 9) from a file made at version 5 (today's schema before the master plan
fields): a copy first; W/T ratings stored reversed (IE-matrix convention, as the old rules
said) become magnitudes (diagram convention) with the same IFAS meaning; OPD titles get their
default once; the plan's goals and targets become tujuan and sasaran records."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from migration_support import file_at_version, store_at_version

from smartbimtek.services import direction, formal, roster, swot
from smartbimtek.store import migrations, open_workshop

NOW = "2025-06-15T09:00:00.000+07:00"
OPDS = [("o1", "SETDA", "Sekretariat Daerah"), ("o2", "INSPEKTORAT", "Inspektorat Daerah"),
        ("o3", "RSUD", "Rumah Sakit Umum Daerah"), ("o4", "DINKES", "Dinas Kesehatan"),
        ("o5", "KEC-CGS", "Kecamatan Cigasong")]
# (id, quadrant, weight, rating as stored by version 5: W and T reversed, 1 = very serious)
ITEMS = [("s1", "S", 0.20, 2), ("w1", "W", 0.50, 1), ("w2", "W", 0.30, 2), ("o1i", "O", 0.30, 2),
         ("t1", "T", 0.70, 1), ("u1", "W", None, None)]


def _version_5_file(path: Path) -> None:
    with file_at_version(path, 5, wal=False) as conn:
        for opd_id, code, name in OPDS:
            conn.execute("INSERT INTO opds (id, code, name, created_at) VALUES (?, ?, ?, ?)",
                         (opd_id, code, name, NOW))
        for item_id, quadrant, weight, rating in ITEMS:
            conn.execute("INSERT INTO swot_items (id, opd_id, quadrant, text, weight, rating, "
                         "created_at, updated_at) VALUES (?, 'o4', ?, ?, ?, ?, ?, ?)",
                         (item_id, quadrant, f"Faktor {item_id}", weight, rating, NOW, NOW))
        conn.execute("UPDATE plan SET region_name = 'Sukamaju', goals = ?, targets = ?, "
                     "updated_at = ? WHERE id = 1",
                     (json.dumps(["Pelayanan publik digital", "  "]),
                      json.dumps(["Izin terbit daring", "Data terpadu"]), NOW))


def test_the_fixture_really_is_at_version_5(tmp_path, monkeypatch):
    path = tmp_path / "v5.bimtek"
    _version_5_file(path)
    store_at_version(monkeypatch, 5)
    with open_workshop(path) as ws:
        assert ws.query_one("PRAGMA user_version")[0] == 5
        assert "title" not in {r[1] for r in ws.query("PRAGMA table_info(opds)")}


def test_migration_6_converts_ratings_after_a_copy_and_keeps_the_ifas_meaning(tmp_path):
    path = tmp_path / "v5.bimtek"
    _version_5_file(path)
    with open_workshop(path) as ws:
        assert ws.query_one("PRAGMA user_version")[0] == migrations.LATEST >= 6
        ratings = {i.id: i.rating for i in swot.list_items(ws)}
        # W/T: 1 -> 4, 2 -> 3; S/O unchanged; unscored stays unscored
        assert ratings == {"s1": 2, "w1": 4, "w2": 3, "o1i": 2, "t1": 4, "u1": None}
        assert swot.ifas_convention(ws) == "diagram"
        # Example B of test_ifas_conventions (worked by hand there): x = -2.50, y = -2.20
        result = swot.ifas(ws, "o4")
        assert (result.x, result.y, result.quadrant) == pytest.approx((-2.50, -2.20, "IV"))
        ie = swot.ifas_ie(ws, "o4")
        assert (ie.ifas_total, ie.efas_total, ie.cell) == pytest.approx((1.50, 1.30, "IX"))
        titles = {o.code: o.title for o in roster.list_opds(ws)}
        assert titles == {"SETDA": "Sekretaris Daerah", "INSPEKTORAT": "Inspektur",
                          "RSUD": "Direktur RSUD", "DINKES": "Kepala Dinas Kesehatan",
                          "KEC-CGS": "Camat Cigasong"}
        objectives = [(o.level, o.text) for o in direction.list_objectives(ws)]
        assert objectives == [("tujuan", "Pelayanan publik digital"),
                              ("sasaran", "Izin terbit daring"), ("sasaran", "Data terpadu")]
        assert formal.get_formal(ws).components == ["struktur", "infrastruktur",
                                                     "suprastruktur"]
        assert formal.region_display_name(ws) == "Kabupaten Sukamaju"
        assert ws.integrity_report() == []
    [copy] = (tmp_path / "v5.backups" / "kept").glob("v5-*-pre-migration.bimtek")
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
        kept = dict(conn.execute("SELECT id, rating FROM swot_items").fetchall())
        assert kept == {i: r for i, _q, _w, r in ITEMS}
    finally:
        conn.close()


def test_changing_the_convention_converts_the_stored_ratings(ws):
    opd = roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    w = swot.add_item(ws, opd.id, "W", "Sampah", weight=1.0, rating=4)
    s = swot.add_item(ws, opd.id, "S", "Bank sampah", weight=1.0, rating=3)
    before = swot.ifas(ws, opd.id)
    swot.set_ifas_convention(ws, "ie_matrix")
    assert swot.ifas_convention(ws) == "ie_matrix"
    assert (swot.get_item(ws, w.id).rating, swot.get_item(ws, s.id).rating) == (1, 3)
    after = swot.ifas(ws, opd.id)
    assert (after.x, after.convention) == (before.x, "diagram")  # 3 - 4 = -1 both times
    assert after.x == pytest.approx(-1.0)
    swot.set_ifas_convention(ws, "diagram")
    assert swot.get_item(ws, w.id).rating == 4
