"""Issue 10 data in the interchange format: the road map's limits (exported, validated,
imported, merged: the newer change wins) and the bimtek stamps and groups of the other
issue-10 records (keywords, comments, the master plan's records, scores) survive a
dump -> import round trip."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from smartbimtek import interchange
from smartbimtek.demo import create_demo
from smartbimtek.errors import ValidationError
from smartbimtek.services import programs, roadmap
from smartbimtek.store import open_workshop


@pytest.fixture(scope="module")
def demo_iv(tmp_path_factory):
    return create_demo(tmp_path_factory.mktemp("ix") / "iv.bimtek", stage="IV")


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(interchange.schema_path().read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture
def ws(tmp_path, demo_iv):
    path = tmp_path / "w.bimtek"
    path.write_bytes(demo_iv.read_bytes())
    with open_workshop(path) as workshop:
        yield workshop


def _import_new(doc, path):
    new = open_workshop(path, create=True)
    interchange.import_document(new, json.loads(json.dumps(doc)))
    return new


def test_limits_are_dumped_valid_and_come_back(ws, tmp_path, validator):
    roadmap.set_limits(ws, budget_ceiling_per_year=9_000_000_000, max_programs_per_opd_year=4)
    doc = interchange.dump(ws)
    limits = doc["settings"]["roadmap_limits"]
    assert limits["budget_ceiling_per_year"] == 9_000_000_000
    assert limits["max_programs_per_opd_year"] == 4 and limits["updated_at"]
    assert [e.message for e in validator.iter_errors(doc)] == []
    with _import_new(doc, tmp_path / "copy.bimtek") as new:
        assert roadmap.limits(new) == roadmap.limits(ws)
        assert [(c.kind, c.year) for c in roadmap.conflicts(new)] == \
            [(c.kind, c.year) for c in roadmap.conflicts(ws)]
        assert interchange.dump(new) == doc


def test_a_file_that_never_set_limits_writes_none(tmp_path):
    with open_workshop(tmp_path / "empty.bimtek", create=True) as ws:
        assert "roadmap_limits" not in interchange.dump(ws)["settings"]


def test_the_newer_limits_win_a_merge(ws, tmp_path):
    roadmap.set_limits(ws, budget_ceiling_per_year=5_000_000_000, max_programs_per_opd_year=3)
    doc = interchange.dump(ws)
    older = copy.deepcopy(doc)
    older["settings"]["roadmap_limits"].update(budget_ceiling_per_year=1,
                                               updated_at="2020-01-01T00:00:00+00:00")
    report = interchange.import_document(ws, older)
    assert report.kept.get("roadmap_limits") == 1
    assert ws.setting(roadmap.CEILING_SETTING) == 5_000_000_000  # the file's change is newer
    newer = copy.deepcopy(doc)
    newer["settings"]["roadmap_limits"].update(budget_ceiling_per_year=None,
                                               max_programs_per_opd_year=8,
                                               updated_at="2099-01-01T00:00:00+00:00")
    report = interchange.import_document(ws, newer)
    assert report.updated.get("roadmap_limits") == 1
    assert roadmap.limits(ws) == {roadmap.CEILING_SETTING: None,
                                  roadmap.OPD_LIMIT_SETTING: 8,
                                  "updated_at": "2099-01-01T00:00:00+00:00"}
    assert not [c for c in roadmap.conflicts(ws) if c.kind == "budget"]


@pytest.mark.parametrize(("limits", "field"), [
    ({"budget_ceiling_per_year": -1}, "budget_ceiling_per_year"),
    ({"max_programs_per_opd_year": 0}, "max_programs_per_opd_year"),
    ({"max_programs_per_opd_year": "five"}, "max_programs_per_opd_year"),
    ({"updated_at": "yesterday"}, "updated_at"),
    ("9 miliar", "roadmap_limits"),
])
def test_bad_limits_are_refused_and_nothing_is_written(ws, limits, field):
    before = roadmap.limits(ws)
    doc = {"format": interchange.FORMAT, "settings": {"roadmap_limits": limits}}
    with pytest.raises(ValidationError) as err:
        interchange.import_document(ws, doc)
    assert err.value.field == field
    assert roadmap.limits(ws) == before


def test_bimtek_stamps_and_groups_of_issue_10_records_survive_a_round_trip(ws, tmp_path):
    tables = {"keyword_entries": "id, group_id, created_event_id, changed_event_id",
              "review_comments": "id, group_id, resolved, created_event_id, changed_event_id",
              "region_swot": "id, created_event_id, changed_event_id",
              "strategic_issues": "id, created_event_id, changed_event_id",
              "objectives": "id, created_event_id, changed_event_id",
              "programs": "id, group_id, created_event_id, changed_event_id",
              "review_status": "*", "commitment_signers": "id, name, signed, signed_at",
              "keyword_merges": "*", "groups": "id, event_id, name, kind",
              "group_opds": "*"}
    stamps = {r[0] for r in ws.query("SELECT DISTINCT created_event_id FROM keyword_entries")}
    current = ws.setting("current_event_id")
    assert stamps and current not in stamps  # the keywords were made in an earlier bimtek
    doc = interchange.dump(ws)
    with _import_new(doc, tmp_path / "copy.bimtek") as new:
        assert new.setting("current_event_id") == current
        for table, columns in tables.items():
            sql = f"SELECT {columns} FROM {table}"
            assert sorted(map(tuple, new.query(sql))) == sorted(map(tuple, ws.query(sql))), table


def test_the_group_of_a_score_survives_a_round_trip(ws, tmp_path, validator):
    group_id = ws.query_one("SELECT id FROM groups WHERE deleted_at IS NULL "
                            "ORDER BY position LIMIT 1")[0]
    score = ws.query_one("SELECT program_id, rater_kind, rater, criterion, value FROM scores "
                         "ORDER BY rowid LIMIT 1")
    programs.set_score(ws, score[0], score[2], score[3], score[4], rater_kind=score[1],
                       group_id=group_id)
    doc = interchange.dump(ws)
    assert [e.message for e in validator.iter_errors(doc)] == []
    sql = "SELECT program_id, rater_kind, rater, criterion, group_id FROM scores"
    with _import_new(doc, tmp_path / "copy.bimtek") as new:
        assert sorted(map(tuple, new.query(sql))) == sorted(map(tuple, ws.query(sql)))
        assert interchange.dump(new) == doc
