"""The master plan in the interchange format: round trip, schema, merge (newer change wins,
deletions travel), documents without the section, ratings converted between conventions."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from smartbimtek import interchange
from smartbimtek.errors import ValidationError
from smartbimtek.services import (
    budget,
    direction,
    formal,
    gap,
    institutions,
    plan,
    programs,
    quickwin_profiles,
    roster,
    swot,
)
from smartbimtek.store import open_workshop


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(interchange.schema_path().read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _round_trip(doc: dict, path: Path) -> dict:
    with open_workshop(path, create=True) as ws:
        interchange.import_document(ws, json.loads(json.dumps(doc)))
        return interchange.dump(ws)


def _fill(ws) -> dict:
    plan.update_plan(ws, region_name="Sukamaju", period_start=2025, period_end=2029)
    opd = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
    item = swot.add_item(ws, opd.id, "W", "Jaringan belum merata <b>", dimension="governance",
                         component="infrastruktur", weight=0.5, rating=4)
    region = gap.consolidate(ws, [item.id], weight=0.6, rating=3)
    gap.add_issue(ws, "Layanan belum terpadu", dimension="governance")
    gap.set_gap(ws, "infrastruktur", "governance", current="40% desa", expected="100% desa")
    misi = direction.add_rpjmd(ws, "misi", "Tata kelola bersih", code="Misi 1")
    rp = direction.add_rpjmd(ws, "sasaran", "Pelayanan prima", code="S1.1", parent_id=misi.id)
    tujuan = direction.add_objective(ws, "tujuan", "Pelayanan digital")
    sasaran = direction.add_objective(ws, "sasaran", "Izin daring", parent_id=tujuan.id,
                                      rpjmd_id=rp.id, baseline_value="35", baseline_year=2024,
                                      targets={2025: "45", 2029: "90"})
    program = programs.add_program(ws, opd.id, "Satu Data", "governance", horizon="quick_win")
    budget.set_program_plan(ws, program.id, location="Seluruh kecamatan", rpjmd_id=rp.id,
                            objective_id=sasaran.id, baseline_value="12", baseline_year=2024)
    budget.set_program_targets(ws, program.id, {2025: "40", 2026: "80"})
    budget.set_budget(ws, program.id, 2025, "APBD", 350_000_000)
    budget.set_budget(ws, program.id, 2025, "CSR", 50_000_000)
    budget.add_activity(ws, program.id, "Standar data", start_year=2025, end_year=2025)
    institutions.add_member(ws, "dewan", "H. Ahmad", position="Bupati", role="Ketua")
    institutions.add_regulation(ws, "Peraturan Bupati", "Masterplan Smart City",
                                target_year=2025)
    institutions.add_enabler(ws, "sdm", "Pelatihan analis data", opd_id=opd.id)
    quickwin_profiles.set_profile(ws, program.id, innovation_name="Satu Data Sukamaju",
                                  acronym="SADAKU", budget=400_000_000, funding_source="APBD")
    quickwin_profiles.add_milestone(ws, program.id, 2, "Portal uji coba", progress=50)
    formal.update_formal(ws, capital_town="Sukamaju", approval_sheet=True,
                         components=["struktur", "infrastruktur", "suprastruktur", "budaya"])
    swot.add_strategy(ws, "WO", "Perluas jaringan", dimension="governance")
    return {"program": program.id, "region": region.id, "item": item.id}


def test_round_trip_carries_every_master_plan_field(ws, tmp_path, validator):
    ids = _fill(ws)
    doc = interchange.dump(ws)
    validator.validate(doc)
    section = doc["masterplan"]
    assert [len(section[k]) for k in ("gaps", "region_swot", "strategic_issues", "rpjmd",
                                      "objectives", "members", "regulations", "enablers",
                                      "quickwin_profiles")] == [1, 1, 1, 2, 2, 1, 1, 1, 1]
    assert section["region_swot"][0]["source_refs"] == [ids["item"]]
    assert section["formal"]["components"][-1] == "budaya"
    [program] = doc["programs"]
    assert program["budgets"] == [{"year": 2025, "source": "APBD", "amount": 350_000_000},
                                  {"year": 2025, "source": "CSR", "amount": 50_000_000}]
    assert program["targets"] == {"2025": "40", "2026": "80"}
    assert doc["settings"]["ifas_convention"] == "diagram"
    assert doc["strategies"][0]["dimension"] == "governance"
    assert _round_trip(doc, tmp_path / "copy.bimtek") == doc


def test_a_document_without_the_section_still_imports_and_leaves_the_plan_alone(ws):
    _fill(ws)
    before = interchange.dump(ws)["masterplan"]
    interchange.import_document(ws, {"format": "smartbimtek/1", "region": {"name": "Sukamaju"},
                                     "settings": {"ifas_convention": "diagram"}})
    assert interchange.dump(ws)["masterplan"] == before


def test_newer_change_wins_and_deletions_travel(ws, tmp_path):
    ids = _fill(ws)
    doc = interchange.dump(ws)
    member = doc["masterplan"]["members"][0]
    with open_workshop(tmp_path / "other.bimtek", create=True) as other:
        interchange.import_document(other, copy.deepcopy(doc))
        # the other laptop edits the member later, and deletes the issue
        institutions.update_member(other, member["id"], position="Bupati Sukamaju")
        gap.delete_issue(other, doc["masterplan"]["strategic_issues"][0]["id"])
        later = interchange.dump(other)
    old = copy.deepcopy(doc)
    interchange.import_document(ws, later)
    assert institutions.get_member(ws, member["id"]).position == "Bupati Sukamaju"
    assert gap.list_issues(ws) == []
    interchange.import_document(ws, old)  # the older copy loses
    assert institutions.get_member(ws, member["id"]).position == "Bupati Sukamaju"
    assert gap.list_issues(ws) == []
    assert budget.get_program_plan(ws, ids["program"]).budget_total == 400_000_000


def test_bad_master_plan_values_refuse_the_whole_import(ws):
    ids = _fill(ws)
    doc = interchange.dump(ws)
    bad = copy.deepcopy(doc)
    bad["programs"][0]["budgets"][0]["amount"] = -5
    bad["programs"][0]["updated_at"] = "2099-01-01T00:00:00.000+07:00"
    bad["masterplan"]["members"][0]["name"] = "Nama baru"
    bad["masterplan"]["members"][0]["updated_at"] = "2099-01-01T00:00:00.000+07:00"
    with pytest.raises(ValidationError) as info:
        interchange.import_document(ws, bad)
    assert info.value.code == "negative"
    assert institutions.list_members(ws)[0].name == "H. Ahmad"  # nothing written
    bad = copy.deepcopy(doc)
    bad["masterplan"]["objectives"][1]["targets"] = {"2031": "99"}
    bad["masterplan"]["objectives"][1]["updated_at"] = "2099-01-01T00:00:00.000+07:00"
    with pytest.raises(ValidationError) as info:
        interchange.import_document(ws, bad)
    assert info.value.code == "out_of_period"
    assert budget.get_program_plan(ws, ids["program"]).budget_total == 400_000_000


def test_ratings_of_an_older_document_are_converted_to_the_files_convention(ws):
    """A document without ``settings.ifas_convention`` holds W/T ratings reversed (IE
    convention): a weakness rated 1 there is a very serious one, stored as 4 here."""
    doc = {"format": "smartbimtek/1", "opds": [{"code": "DLH", "name": "DLH"}],
           "swot": [{"opd": "DLH", "quadrant": "W", "text": "Sampah", "weight": 1.0,
                     "rating": 1},
                    {"opd": "DLH", "quadrant": "S", "text": "Bank sampah", "weight": 1.0,
                     "rating": 3}]}
    interchange.import_document(ws, doc)
    assert {i.text: i.rating for i in swot.list_items(ws)} == {"Sampah": 4, "Bank sampah": 3}
    doc["settings"] = {"ifas_convention": "diagram"}
    doc["swot"][0]["text"] = "Sampah liar"
    interchange.import_document(ws, doc)
    assert {i.text: i.rating for i in swot.list_items(ws)}["Sampah liar"] == 1


def test_one_audit_row_for_an_import_with_every_master_plan_record(ws, tmp_path):
    _fill(ws)
    institutions.set_narrative(ws, "financing", "APBD dan CSR")
    doc = interchange.dump(ws)
    with open_workshop(tmp_path / "fresh.bimtek", create=True) as fresh:
        interchange.import_document(fresh, doc)
        rows = fresh.query("SELECT action, entity FROM audit")
        assert [tuple(r) for r in rows] == [("import", "workshop")]
        assert institutions.narratives(fresh) == {"financing": "APBD dan CSR"}


def test_deleted_programs_and_opds_referenced_by_the_plan_round_trip(ws, tmp_path):
    ids = _fill(ws)
    programs.delete_program(ws, ids["program"])
    [enabler] = institutions.list_enablers(ws)
    roster.delete_opd(ws, enabler.opd_id)
    doc = interchange.dump(ws)
    assert doc["masterplan"]["quickwin_profiles"] == []  # its program is deleted
    assert _round_trip(doc, tmp_path / "copy.bimtek") == doc


def test_an_older_copy_leaves_the_files_targets_and_sources_alone(ws):
    _fill(ws)
    old = interchange.dump(ws)
    [_tujuan, sasaran] = direction.list_objectives(ws)
    direction.set_objective_target(ws, sasaran.id, 2027, "70")  # a later edit in the file
    [region] = gap.list_region_items(ws)
    gap.update_region_item(ws, region.id, source_ids=[])
    interchange.import_document(ws, old)
    assert direction.get_objective(ws, sasaran.id).targets[2027] == "70"
    assert gap.get_region_item(ws, region.id).source_ids == []
