"""The interchange format: round trips, schema, merges, duplicates and bad documents."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path

import jsonschema
import pytest

from smartbimtek import interchange, model, reference
from smartbimtek.errors import PermissionDenied, ValidationError
from smartbimtek.interchange import write as interchange_write
from smartbimtek.services import programs, roster, swot
from smartbimtek.store import open_workshop
from smartbimtek.synthetic import build_document, create_large

SMALL = dict(opds=12, swot=240, programs=40, scores=400, seed=7)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(interchange.schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def synthetic_file(tmp_path_factory) -> Path:
    return create_large(tmp_path_factory.mktemp("syn") / "large.bimtek", **SMALL)


def _dump_file(path: Path) -> dict:
    ws = open_workshop(path)
    try:
        return interchange.dump(ws)
    finally:
        ws.close()


def _round_trip(doc: dict, path: Path) -> dict:
    ws = open_workshop(path, create=True)
    try:
        interchange.import_document(ws, json.loads(json.dumps(doc)))
        return interchange.dump(ws)
    finally:
        ws.close()


def _counts(ws) -> dict:
    tables = ("opds", "events", "agenda_steps", "notes", "participants", "attendance",
              "swot_items", "strategies", "strategy_links", "readiness", "programs",
              "program_support", "program_links", "scores", "votes", "placements", "criteria")
    return {t: ws.query_one(f"SELECT count(*) FROM {t}")[0] for t in tables}


# -- round trips and schema ---------------------------------------------------------------
def test_demo_dump_import_dump_is_identical(demo_file, tmp_path):
    doc = _dump_file(demo_file)
    assert doc["format"] == "smartbimtek/1"
    assert len(doc["swot"]) >= 100 and len(doc["programs"]) >= 30 and doc["events"][0]["agenda"]
    assert _round_trip(doc, tmp_path / "copy.bimtek") == doc


def test_synthetic_dump_import_dump_is_identical(synthetic_file, tmp_path):
    doc = _dump_file(synthetic_file)
    assert len(doc["opds"]) == 12 and len(doc["swot"]) == 240 and len(doc["programs"]) == 40
    assert sum(len(p["scores"]) for p in doc["programs"]) == 400
    assert _round_trip(doc, tmp_path / "copy.bimtek") == doc


def test_dumps_carry_the_required_keys_and_validate_against_the_schema(
        demo_file, synthetic_file, validator):
    for path in (demo_file, synthetic_file):
        doc = _dump_file(path)
        assert set(interchange.TOP_LEVEL_KEYS) <= set(doc)
        assert set(doc["region"]) >= {"name", "type", "plan_title", "period_start",
                                      "period_end", "vision", "missions"}
        assert set(doc["events"][0]) >= {"stage", "venue", "start_date", "days",
                                         "facilitators", "agenda"}
        assert set(doc["events"][0]["agenda"][0]) >= {"day", "start", "minutes", "title",
                                                      "kind"}
        assert set(doc["participants"][0]) >= {"name", "opd", "position", "attended_days"}
        assert set(doc["swot"][0]) >= {"opd", "quadrant", "text", "dimension", "element",
                                       "component", "weight", "rating"}
        assert set(doc["programs"][0]) >= {"opd", "title", "description", "benefit", "dimension",
                                           "element", "horizon", "start_year", "end_year",
                                           "funding", "indicator", "target", "scores", "votes"}
        assert set(doc["programs"][0]["scores"][0]) >= {"rater", "criterion", "value"}
        assert set(doc["strategies"][0]) >= {"type", "text", "swot_refs"}
        errors = [e.message for e in validator.iter_errors(doc)]
        assert errors == []
    assert list(validator.iter_errors(build_document(**SMALL))) == []


def test_schema_vocabularies_match_the_program(validator):
    defs = validator.schema["$defs"]
    assert defs["swot"]["properties"]["quadrant"]["enum"] == list(model.QUADRANTS)
    assert defs["program"]["properties"]["horizon"]["enum"] == list(model.HORIZONS)
    assert defs["step"]["properties"]["kind"]["enum"] == list(model.STEP_KINDS)
    assert defs["dimension"]["enum"][:-2] == list(reference.dimension_ids())
    assert defs["element"]["enum"][:-2] == list(reference.elements())
    assert defs["component"]["enum"][:-2] == list(reference.component_ids())
    assert validator.schema["properties"]["format"]["const"] == interchange.FORMAT


def test_the_documented_example_imports(ws, validator):
    text = Path(__file__).resolve().parent.parent.joinpath("docs", "interchange.md").read_text(
        encoding="utf-8")
    example = json.loads(re.search(r"## Example\n\n```json\n(.*?)```", text, re.S).group(1))
    assert list(validator.iter_errors(example)) == []
    report = interchange.import_document(ws, example)
    assert report.created["swot"] == 2 and report.created["programs"] == 1
    doc = interchange.dump(ws)
    [strategy] = doc["strategies"]
    assert strategy["swot_refs"] == [doc["swot"][0]["id"]]  # index 0 resolved to the id
    assert doc["programs"][0]["benefit"] == "Warga tidak perlu antre berjam-jam di MPP"
    assert doc["participants"][0]["attended_days"][1]["day"] == 2
    for dimension, elements in (("dimensions", reference.dimension_ids()),
                                ("elements", reference.elements())):
        for stable_id in elements:
            assert f"`{stable_id}`" in text, f"{dimension}: {stable_id} is not documented"


# -- duplicates and merges ----------------------------------------------------------------
def test_importing_the_same_dump_twice_creates_nothing(demo_ws):
    doc = interchange.dump(demo_ws)
    before = _counts(demo_ws)
    report = interchange.import_document(demo_ws, doc)
    assert report.created == {}
    assert _counts(demo_ws) == before
    assert interchange.dump(demo_ws) == doc


def test_a_document_without_ids_merges_by_natural_keys(ws):
    doc = build_document(opds=5, swot=40, programs=8, scores=80, seed=3)
    first = interchange.import_document(ws, copy.deepcopy(doc))
    counts = _counts(ws)
    second = interchange.import_document(ws, copy.deepcopy(doc))
    assert _counts(ws) == counts
    assert second.created == {} and second.updated["swot"] == first.created["swot"] == 40


def test_one_audit_row_per_import(ws):
    interchange.import_document(ws, build_document(opds=5, swot=40, programs=8, scores=80))
    rows = ws.query("SELECT action, entity, source FROM audit")
    assert [tuple(r) for r in rows] == [("import", "workshop", "import")]


def test_merging_another_laptops_file(demo_file, tmp_path):
    doc = _dump_file(demo_file)
    laptop_a = tmp_path / "a.bimtek"
    laptop_b = tmp_path / "b.bimtek"
    for path in (laptop_a, laptop_b):
        _round_trip(doc, path)
    # Laptop B: a new item from a table, an edited item; laptop A: a later edit of another.
    b = open_workshop(laptop_b)
    opd = roster.find_opd(b, "DISKOMINFO")
    new_item = swot.add_item(b, opd.id, "O", "Program nasional literasi digital", source="table")
    edited = doc["swot"][0]["id"]
    swot.update_item(b, edited, text="Teks yang diperbaiki di laptop B")
    stale = doc["swot"][1]["id"]
    doc_b = interchange.dump(b)
    b.close()
    a = open_workshop(laptop_a)
    try:
        swot.update_item(a, stale, text="Diubah di laptop A sesudahnya")
        report = interchange.import_document(a, doc_b)
        assert report.created == {"swot": 1}
        assert report.kept == {"swot": 1}  # A's copy of that item is newer: kept
        assert swot.get_item(a, new_item.id).source == "table"
        assert swot.get_item(a, edited).text == "Teks yang diperbaiki di laptop B"
        assert swot.get_item(a, stale).text == "Diubah di laptop A sesudahnya"
    finally:
        a.close()


def test_records_with_unknown_ids_match_by_natural_key(ws):
    roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    doc = {"format": "smartbimtek/1",
           "opds": [{"id": "laptop-b-opd-1", "code": "dlh", "name": "Dinas LH"}],
           "swot": [{"opd": "DLH", "quadrant": "T", "text": "Banjir musiman"}]}
    interchange.import_document(ws, doc)
    interchange.import_document(ws, doc)
    assert [o.name for o in roster.list_opds(ws)] == ["Dinas LH"]
    assert len(swot.list_items(ws)) == 1


def test_absent_fields_keep_their_values(ws):
    opd = roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    item = swot.add_item(ws, opd.id, "S", "Bank sampah aktif", weight=0.3, rating=4,
                         dimension="environment")
    doc = {"format": "smartbimtek/1",
           "swot": [{"opd": "DLH", "quadrant": "S", "text": "Bank sampah aktif",
                     "component": "struktur"}]}
    interchange.import_document(ws, doc)
    merged = swot.get_item(ws, item.id)
    assert (merged.weight, merged.rating, merged.dimension, merged.component) == (
        0.3, 4, "environment", "struktur")


def test_a_deleted_opd_still_referenced_round_trips(ws, tmp_path):
    opd = roster.add_opd(ws, "DISPAR", "Dinas Pariwisata")
    swot.add_item(ws, opd.id, "O", "Festival budaya tahunan")
    roster.delete_opd(ws, opd.id)
    doc = interchange.dump(ws)
    assert doc["opds"] == [{"id": opd.id, "code": "DISPAR", "name": "Dinas Pariwisata",
                            "table_no": None, "title": "Kepala Dinas Pariwisata",
                            "deleted": True}]
    assert _round_trip(doc, tmp_path / "copy.bimtek") == doc


def test_scores_votes_and_placements_merge(ws):
    opd = roster.add_opd(ws, "DPMPTSP", "Dinas Penanaman Modal dan PTSP")
    program = programs.add_program(ws, opd.id, "Antrean daring MPP", "governance")
    programs.set_score(ws, program.id, "DLH", "impact", 2)
    doc = {"format": "smartbimtek/1", "programs": [{
        "opd": "DPMPTSP", "title": "Antrean daring MPP", "dimension": "governance",
        "placement": {"impact": 4, "effort": 2},
        "scores": [{"rater": "DLH", "criterion": "impact", "value": 5},
                   {"rater": "DLH", "criterion": "effort", "value": 1}],
        "votes": [{"voter": "DLH", "count": 2}]}]}
    report = interchange.import_document(ws, doc)
    assert report.updated["scores"] == 1 and report.created["scores"] == 1
    values = {s.criterion: s.value for s in programs.list_scores(ws, program.id)}
    assert values == {"impact": 5, "effort": 1}
    assert programs.placements(ws)[program.id].impact == 4.0
    assert programs.vote_totals(ws) == {program.id: 2}
    doc["programs"][0]["placement"] = None  # null leaves the placement alone
    interchange.import_document(ws, doc)
    assert program.id in programs.placements(ws)


# -- bad documents ------------------------------------------------------------------------
def _base() -> dict:
    return {"format": "smartbimtek/1",
            "opds": [{"code": "BAPPEDA", "name": "Bappeda"}],
            "events": [{"stage": "I", "agenda": [
                {"day": 1, "start": "08:00", "minutes": 30, "title": "Registrasi"}]}],
            "swot": [{"opd": "BAPPEDA", "quadrant": "S", "text": "RPJMD memuat transformasi"},
                     {"opd": "BAPPEDA", "quadrant": "W", "text": "Data belum terpadu"}],
            "programs": [{"opd": "BAPPEDA", "title": "Satu Data", "dimension": "governance",
                          "scores": [{"rater": "DLH", "criterion": "impact", "value": 4}]}]}


@pytest.mark.parametrize("change, message", [
    (lambda d: d["swot"][1].update(quadrant="X"),
     "swot[1].quadrant: 'X' is not one of S, W, O, T"),
    (lambda d: d["swot"][0].update(opd="NOPE"), "swot[0].opd: unknown OPD 'NOPE'"),
    (lambda d: d["swot"][0].update(text="  \x00 "), "swot[0].text: must not be empty"),
    (lambda d: d["swot"][0].update(text="x" * 100_000),
     "swot[0].text: is 100000 characters long; at most 20000 allowed"),
    (lambda d: d["swot"][0].update(weight="0.5"), "swot[0].weight: '0.5' is not a number"),
    (lambda d: d["swot"][0].update(element="living.health", dimension="governance"),
     "swot[0].element: element 'living.health' belongs to living, not governance"),
    (lambda d: d["programs"][0]["scores"][0].update(value=7),
     "programs[0].scores[0].value: 7 is outside 1..5"),
    (lambda d: d["programs"][0]["scores"][0].update(criterion="beauty"),
     "programs[0].scores[0].criterion: unknown criterion 'beauty'"),
    (lambda d: d["programs"][0].update(swot_refs=[5]),
     "programs[0].swot_refs[0]: unknown swot record 5"),
    (lambda d: d["programs"][0].update(horizon="someday"),
     "programs[0].horizon: 'someday' is not one of quick_win, short, medium, long"),
    (lambda d: d["events"][0]["agenda"][0].update(start="8 pagi"),
     "events[0].agenda[0].start: '8 pagi' is not a time HH:MM"),
    (lambda d: d["events"][0].update(stage="V"),
     "events[0].stage: 'V' is not one of I, II, III, IV"),
    (lambda d: d["opds"].append({"code": "bappeda", "name": "lagi"}),
     "opds[1].code: OPD BAPPEDA appears twice"),
    (lambda d: d["swot"].__setitem__(0, "just text"), "swot[0]: must be an object"),
    (lambda d: d.update(swot={"opd": "BAPPEDA"}), "swot: must be a list"),
    (lambda d: d.update(format="smartbimtek/2"),
     "format: 'smartbimtek/2' is not supported (this program reads 'smartbimtek/1')"),
    (lambda d: d.pop("format"), "format: is missing (this program reads 'smartbimtek/1')"),
    (lambda d: d.update(region={"period_start": 2027, "period_end": 2045}),
     "region.period_end: the plan period 2027-2045 must run forward and cover at most 10 "
     "years"),
    (lambda d: [s.update(id="same") for s in d["swot"]],
     "swot[1].id: 'same' appears twice in the document"),
])
def test_bad_input_names_record_and_field(ws, change, message):
    doc = _base()
    change(doc)
    with pytest.raises(ValidationError) as info:
        interchange.import_document(ws, doc)
    assert str(info.value) == message
    assert ws.query_one("SELECT count(*) FROM opds")[0] == 0
    assert ws.query_one("SELECT count(*) FROM audit")[0] == 0


def test_all_problems_are_reported_at_once(ws):
    doc = _base()
    doc["swot"][0]["quadrant"] = "X"
    doc["swot"][1]["text"] = ""
    doc["programs"][0]["dimension"] = "space"
    with pytest.raises(ValidationError) as info:
        interchange.import_document(ws, doc)
    assert info.value.params["errors"] == [
        "swot[0].quadrant: 'X' is not one of S, W, O, T", "swot[1].text: must not be empty",
        "programs[0].dimension: 'space' is not a dimension id (governance, branding, economy, "
        "living, society, environment)"]


def test_not_a_document(ws):
    for doc in ([], "text", None, 3):
        with pytest.raises(ValidationError):
            interchange.import_document(ws, doc)


def test_cleaning_is_the_same_as_the_apps(ws):
    doc = _base()
    doc["swot"][0]["text"] = "  Pe\u0301rubahan\x07 <b>iklim</b> & =1+1  "
    doc["opds"][0]["code"] = "bappeda"
    interchange.import_document(ws, doc)
    texts = [i.text for i in swot.list_items(ws)]
    assert "P\u00e9rubahan <b>iklim</b> & =1+1" in texts
    assert roster.list_opds(ws)[0].code == "BAPPEDA"


def test_a_failed_import_leaves_the_file_unchanged(demo_ws):
    doc_before = interchange.dump(demo_ws)
    bad = copy.deepcopy(doc_before)
    bad["swot"].append({"opd": "DISKOMINFO", "quadrant": "S", "text": "baru"})
    bad["swot"][3]["rating"] = 9
    path = demo_ws.path
    demo_ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(ValidationError, match=r"swot\[3\]\.rating"):
        interchange.import_document(demo_ws, bad)
    assert interchange.dump(demo_ws) == doc_before
    demo_ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == sha


def test_the_import_is_all_or_nothing(ws, monkeypatch):
    real = interchange_write.write_all

    def write_then_fail(job, tx):
        real(job, tx)
        raise OSError("disk full")

    monkeypatch.setattr("smartbimtek.interchange.importer.write_all", write_then_fail)
    with pytest.raises(OSError):
        interchange.import_document(ws, build_document(opds=5, swot=40, programs=8, scores=80))
    assert all(n == 0 for table, n in _counts(ws).items() if table != "criteria")


def test_input_lock_applies_to_imports_from_phones(ws):
    ws.set_setting("input_locked", True)
    with pytest.raises(PermissionDenied):
        interchange.import_document(ws, _base(), source="phone")
    assert interchange.import_document(ws, _base()).created["swot"] == 2


def test_read_document_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "smartbimtek/1",\n "swot": [}', encoding="utf-8")
    with pytest.raises(ValidationError, match="line 2, column 11"):
        interchange.read_document(bad)
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ValidationError, match="not UTF-8"):
        interchange.read_document(bad)
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValidationError, match="JSON object"):
        interchange.read_document(bad)
    with pytest.raises(ValidationError, match="does not exist"):
        interchange.read_document(tmp_path / "none.json")
    out = interchange.write_document({"format": "smartbimtek/1", "region": {"name": "Ä"}},
                                     tmp_path / "out.json")
    assert interchange.read_document(out)["region"]["name"] == "Ä"
