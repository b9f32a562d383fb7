"""``smartbimtek demo PATH --stage``: the demo region at the end of each bimtek, and the new
records of issue 10 through the interchange format (dump, import, dump; schema; merge)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from smartbimtek import interchange
from smartbimtek.cli import main
from smartbimtek.services import commitment, keywords, review
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop


@pytest.fixture(scope="module")
def stage_four(tmp_path_factory):
    """The stage demo at the end of Bimtek IV (a file of this module's run)."""
    path = tmp_path_factory.mktemp("demo") / "sukamaju-iv.bimtek"
    assert main(["demo", str(path), "--stage", "IV"]) == 0
    return path


def test_stage_four_demo_holds_four_bimteks_run_with_every_exercise(stage_four):
    with open_workshop(stage_four) as ws:
        snap = take_snapshot(ws)
        assert [e.stage for e in snap.events] == ["I", "II", "III", "IV"]
        for event in snap.events:
            steps = snap.agenda[event.id]
            assert steps and all(s.state == "done" and s.actual_start for s in steps)
            assert any(a.event_id == event.id for a in snap.attendance)
            assert any(n.event_id == event.id for n in snap.notes)
        assert {g.dimension for g in snap.groups if g.kind == "dimension"} >= {
            "governance", "environment"}
        assert keywords.vision_sources(ws) and "digital" in snap.plan.vision
        horizons = {(p.dimension, p.horizon) for p in snap.programs}
        assert all((d, "long") in horizons for d in ("governance", "living", "society"))
        assert {s.dimension for s in snap.strategies if s.opd_id is None} >= {
            "governance", "branding", "economy", "living", "society", "environment"}
        assert len({p.dimension for p in snap.programs if p.quick_win}) == 6
        assert snap.final_draft and all(c.resolved for c in review.list_comments(ws))
        signers = commitment.list_signers(ws)
        assert signers and all(s.signed for s in signers)


@pytest.mark.parametrize("stage,count", [("I", 1), ("II", 2)])
def test_earlier_stages_stop_there(tmp_path, stage, count):
    path = tmp_path / f"demo-{stage}.bimtek"
    assert main(["demo", str(path), "--stage", stage]) == 0
    with open_workshop(path) as ws:
        snap = take_snapshot(ws)
        assert len(snap.events) == count and not snap.final_draft
        assert not snap.signers and snap.keywords


def test_stage_records_round_trip_and_validate(stage_four, tmp_path):
    schema = json.loads(interchange.schema_path().read_text(encoding="utf-8"))
    with open_workshop(stage_four) as ws:
        doc = interchange.dump(ws)
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(doc)
    bad = json.loads(json.dumps(doc))
    bad["stages"]["review_status"][0]["status"] = "maybe"
    assert not validator.is_valid(bad)
    stages = doc["stages"]
    assert {"groups", "keywords", "keyword_merges", "keyword_picks", "review_status",
            "review_comments", "signers", "entries"} <= set(stages)
    with open_workshop(tmp_path / "copy.bimtek", create=True) as ws:
        interchange.import_document(ws, json.loads(json.dumps(doc)))
        again = interchange.dump(ws)
        assert take_snapshot(ws).final_draft
    assert again["stages"] == stages


def test_newer_comment_answer_wins_and_old_documents_still_import(stage_four, tmp_path):
    with open_workshop(stage_four) as ws:
        doc = interchange.dump(ws)
    comment = doc["stages"]["review_comments"][0]
    older = json.loads(json.dumps(doc))
    older_comment = older["stages"]["review_comments"][0]
    older_comment.update(answer="Jawaban lama", updated_at="2000-01-01T00:00:00.000+07:00")
    newer = json.loads(json.dumps(doc))
    newer["stages"]["review_comments"][0].update(answer="Jawaban baru",
                                                 updated_at="2099-01-01T00:00:00.000+07:00")
    with open_workshop(tmp_path / "merge.bimtek", create=True) as ws:
        interchange.import_document(ws, doc)
        interchange.import_document(ws, older)
        assert review.get_comment(ws, comment["id"]).answer == comment["answer"]
        interchange.import_document(ws, newer)
        assert review.get_comment(ws, comment["id"]).answer == "Jawaban baru"
    legacy = {k: v for k, v in doc.items() if k != "stages"}
    with open_workshop(tmp_path / "legacy.bimtek", create=True) as ws:
        interchange.import_document(ws, legacy)
        assert review.list_comments(ws) == [] and ws.query_one(
            "SELECT count(*) FROM groups")[0] == 0
