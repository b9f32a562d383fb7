"""The master plan's core (issue 9): gap analysis, consolidated SWOT and strategic issues,
RPJMD, tujuan/sasaran with yearly targets, program plan data (budgets per year and source,
activities), institutions, quick win profiles, formal parts and OPD titles."""

from __future__ import annotations

import pytest

from smartbimtek.errors import NotFoundError, ValidationError
from smartbimtek.model import HORIZON_PLAN_YEARS, HORIZONS
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


@pytest.fixture
def ws2(ws):
    plan.update_plan(ws, region_name="Sukamaju", period_start=2025, period_end=2029)
    return ws


def _audits(ws) -> int:
    return ws.query_one("SELECT count(*) FROM audit")[0]


def test_gap_cells_are_written_merged_and_fed_by_tagged_swot(ws2):
    opd = roster.add_opd(ws2, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
    item = swot.add_item(ws2, opd.id, "W", "Jaringan belum merata", dimension="governance",
                         component="infrastruktur")
    swot.add_item(ws2, opd.id, "W", "Lain", dimension="living", component="infrastruktur")
    assert gap.get_gap(ws2, "infrastruktur", "governance").current == ""
    gap.set_gap(ws2, "infrastruktur", "governance", current="  40% desa <b>\x07  ",
                expected="Semua desa terhubung")
    cell = gap.set_gap(ws2, "infrastruktur", "governance", gap="60% desa")
    assert (cell.current, cell.expected, cell.gap) == ("40% desa <b>", "Semua desa terhubung",
                                                       "60% desa")
    assert [i.id for i in gap.swot_for_cell(ws2, "infrastruktur", "governance")] == [item.id]
    before = _audits(ws2)
    with pytest.raises(ValidationError) as info:
        gap.set_gap(ws2, "budaya_x", "governance", current="x")
    assert info.value.code == "choice"
    with pytest.raises(ValidationError) as info:
        gap.set_gap(ws2, "struktur", "governance", nonsense="x")
    assert info.value.code == "unknown_field"
    assert _audits(ws2) == before
    assert [(c.component, c.dimension) for c in gap.list_gaps(ws2)] == [
        ("infrastruktur", "governance")]


def test_consolidated_swot_keeps_its_sources_and_issues_per_dimension(ws2):
    a = roster.add_opd(ws2, "DISHUB", "Dinas Perhubungan")
    b = roster.add_opd(ws2, "DLH", "Dinas Lingkungan Hidup")
    i1 = swot.add_item(ws2, a.id, "T", "Banjir musiman", dimension="environment")
    i2 = swot.add_item(ws2, b.id, "T", "Banjir di jalan kabupaten", dimension="environment")
    i3 = swot.add_item(ws2, b.id, "S", "Bank sampah aktif", dimension="environment")
    merged = gap.consolidate(ws2, [i1.id, i2.id], text="Banjir tahunan")
    assert (merged.quadrant, merged.dimension, merged.source_ids) == (
        "T", "environment", [i1.id, i2.id])
    with pytest.raises(ValidationError) as info:
        gap.consolidate(ws2, [i1.id, i3.id])
    assert info.value.code == "mismatch"
    with pytest.raises(ValidationError) as info:
        gap.add_region_item(ws2, "S", "x", source_ids=["nope"])
    assert info.value.code == "unknown"
    swot.delete_item(ws2, i2.id)  # a deleted source is no longer listed
    assert gap.get_region_item(ws2, merged.id).source_ids == [i1.id]
    issue = gap.add_issue(ws2, "Sistem peringatan dini banjir belum ada",
                          dimension="environment")
    gap.add_issue(ws2, "Layanan belum terpadu", dimension="governance")
    assert [i.id for i in gap.list_issues(ws2, dimension="environment")] == [issue.id]
    gap.delete_issue(ws2, issue.id)
    assert gap.list_issues(ws2, dimension="environment") == []
    assert gap.restore_issue(ws2, issue.id).text.startswith("Sistem")


def test_objectives_have_baselines_and_targets_only_inside_the_plan_period(ws2):
    misi = direction.add_rpjmd(ws2, "misi", "Tata kelola pemerintahan yang bersih",
                               code="Misi 1")
    sas_rpjmd = direction.add_rpjmd(ws2, "sasaran", "Meningkatnya kualitas pelayanan",
                                    code="S1.1", parent_id=misi.id)
    tujuan = direction.add_objective(ws2, "tujuan", "Pelayanan publik digital")
    sasaran = direction.add_objective(
        ws2, "sasaran", "Layanan perizinan daring", parent_id=tujuan.id,
        dimension="governance", indicator="Persentase izin terbit daring", unit="%",
        baseline_value=35, baseline_year=2024, rpjmd_id=sas_rpjmd.id,
        targets={2025: 45, "2026": "55", 2029: "90"})
    assert sasaran.targets == {2025: "45", 2026: "55", 2029: "90"}
    assert (sasaran.baseline_value, sasaran.baseline_year) == ("35", 2024)
    updated = direction.set_objective_target(ws2, sasaran.id, 2027, "70")
    assert list(updated.targets) == [2025, 2026, 2027, 2029]
    assert direction.set_objective_target(ws2, sasaran.id, 2025, "").targets.get(2025) is None
    for bad, code in (({2030: "99"}, "out_of_period"), ({2024: "1"}, "out_of_period"),
                      ({"dua ribu": "1"}, "type"), ("2026", "type")):
        with pytest.raises(ValidationError) as info:
            direction.update_objective(ws2, sasaran.id, targets=bad)
        assert info.value.code == code, bad
    with pytest.raises(ValidationError) as info:
        direction.add_objective(ws2, "sasaran", "x", baseline_year=2031)
    assert info.value.code == "out_of_period"
    with pytest.raises(ValidationError) as info:  # a tujuan cannot sit under a sasaran
        direction.add_objective(ws2, "tujuan", "x", parent_id=sasaran.id)
    assert info.value.code == "mismatch"
    with pytest.raises(ValidationError):
        direction.add_rpjmd(ws2, "misi", "x", parent_id=misi.id)
    assert [o.level for o in direction.list_objectives(ws2)] == ["tujuan", "sasaran"]
    assert [i.kind for i in direction.list_rpjmd(ws2)] == ["misi", "sasaran"]


def test_program_budgets_targets_and_activities(ws2):
    opd = roster.add_opd(ws2, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
    program = programs.add_program(ws2, opd.id, "Satu Data Sukamaju", "governance",
                                   horizon="medium")
    stamp = programs.get_program(ws2, program.id).updated_at
    budget.set_program_plan(ws2, program.id, location="Seluruh kecamatan",
                            baseline_value="12 dataset", baseline_year=2024)
    budget.set_program_targets(ws2, program.id, {2025: "40 dataset", 2029: "200 dataset"})
    budget.set_budget(ws2, program.id, 2025, "APBD", 350_000_000)
    budget.set_budget(ws2, program.id, 2025, "APBN/DAK", 150_000_000)
    budget.set_budget(ws2, program.id, 2026, "APBD", 400_000_000)
    activity = budget.add_activity(ws2, program.id, "Penyusunan standar data",
                                   start_year=2025, end_year=2026)
    got = budget.get_program_plan(ws2, program.id)
    assert got.location == "Seluruh kecamatan" and got.targets[2029] == "200 dataset"
    assert [(b.year, b.source, b.amount) for b in got.budgets] == [
        (2025, "APBD", 350_000_000), (2025, "APBN/DAK", 150_000_000),
        (2026, "APBD", 400_000_000)]
    assert got.budget_total == 900_000_000 and got.activities[0].id == activity.id
    assert programs.get_program(ws2, program.id).updated_at >= stamp
    budget.set_budget(ws2, program.id, 2026, "APBD", None)  # removes the line
    assert budget.get_program_plan(ws2, program.id).budget_total == 500_000_000
    before = _audits(ws2)
    for args, code in (((2025, "APBD", -1), "negative"), ((2031, "APBD", 1), "out_of_period"),
                       ((2025, "Hibah", 1), "unknown_source"), ((2025, "APBD", 1.5), "type"),
                       ((2025, "APBD", True), "type")):
        with pytest.raises(ValidationError) as info:
            budget.set_budget(ws2, program.id, *args)
        assert info.value.code == code, args
    with pytest.raises(ValidationError) as info:
        budget.add_activity(ws2, program.id, "x", start_year=2027, end_year=2026)
    assert info.value.code == "range"
    with pytest.raises(ValidationError) as info:
        budget.add_activity(ws2, program.id, "x", start_year=2020)
    assert info.value.code == "out_of_period"
    assert _audits(ws2) == before
    totals = budget.budget_totals(budget.list_program_plans(ws2), programs.list_programs(ws2))
    assert (totals.total, totals.by_year, totals.by_source, totals.by_dimension) == (
        500_000_000, {2025: 500_000_000}, {"APBD": 350_000_000, "APBN/DAK": 150_000_000},
        {"governance": 500_000_000})
    with pytest.raises(NotFoundError):
        budget.set_budget(ws2, "missing", 2025, "APBD", 1)


def test_horizons_map_to_the_plans_1_5_and_10_years():
    assert set(HORIZON_PLAN_YEARS) == set(HORIZONS)
    assert sorted(set(HORIZON_PLAN_YEARS.values())) == [1, 5, 10]


def test_institutions_members_regulations_enablers_and_narratives(ws2):
    opd = roster.add_opd(ws2, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah")
    ketua = institutions.add_member(ws2, "dewan", "H. Ahmad Sutisna", position="Bupati",
                                    institution="Pemerintah Kabupaten Sukamaju", role="Ketua")
    institutions.add_member(ws2, "pelaksana", "Ir. Dedi", role="Ketua")
    institutions.add_member(ws2, "dewan", "Dr. Rina", role="Anggota")
    assert [m.name for m in institutions.list_members(ws2, "dewan")] == [
        ketua.name, "Dr. Rina"]
    with pytest.raises(ValidationError):
        institutions.add_member(ws2, "panitia", "x")
    perbup = institutions.add_regulation(ws2, "Peraturan Bupati",
                                         "Masterplan Smart City 2025-2029", target_year=2025)
    assert perbup.status == "rencana"
    assert institutions.update_regulation(ws2, perbup.id, status="ditetapkan").status == \
        "ditetapkan"
    with pytest.raises(ValidationError) as info:
        institutions.update_regulation(ws2, perbup.id, status="selesai")
    assert info.value.code == "choice"
    with pytest.raises(ValidationError) as info:
        institutions.add_regulation(ws2, "Perbup", "x", target_year=2035)
    assert info.value.code == "out_of_period"
    item = institutions.add_enabler(ws2, "sdm", "Pelatihan analis data", opd_id=opd.id,
                                    target_year=2026)
    assert institutions.list_enablers(ws2, "sdm") == [item]
    with pytest.raises(ValidationError):
        institutions.add_enabler(ws2, "sdm", "x", opd_id="nope")
    institutions.set_narrative(ws2, "financing", "Pembiayaan dari APBD dan CSR.")
    assert institutions.narratives(ws2) == {"financing": "Pembiayaan dari APBD dan CSR."}


def test_quick_win_profiles_and_milestones(ws2):
    opd = roster.add_opd(ws2, "DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil")
    program = programs.add_program(ws2, opd.id, "Adminduk keliling", "governance",
                                   horizon="quick_win")
    assert quickwin_profiles.get_profile(ws2, program.id).acronym == ""
    quickwin_profiles.set_profile(ws2, program.id, innovation_name="Dukcapil Jemput Bola",
                                  acronym="DUKUNG", budget=250_000_000, funding_source="APBD")
    profile = quickwin_profiles.set_profile(ws2, program.id, problem="Warga desa jauh")
    assert (profile.acronym, profile.budget, profile.problem) == (
        "DUKUNG", 250_000_000, "Warga desa jauh")
    m = quickwin_profiles.add_milestone(ws2, program.id, 3, "Uji coba di 2 kecamatan",
                                        progress=100)
    quickwin_profiles.add_milestone(ws2, program.id, 1, "Penyiapan mobil layanan")
    assert [x.month for x in quickwin_profiles.get_profile(ws2, program.id).milestones] == [1, 3]
    for fields, code in (({"progress": 101}, "range"), ({"month": 13}, "range"),
                         ({"progress": -1}, "range")):
        with pytest.raises(ValidationError) as info:
            quickwin_profiles.update_milestone(ws2, m.id, **fields)
        assert info.value.code == code
    with pytest.raises(ValidationError) as info:
        quickwin_profiles.set_profile(ws2, program.id, budget=-5)
    assert info.value.code == "negative"
    with pytest.raises(ValidationError) as info:
        quickwin_profiles.set_profile(ws2, program.id, funding_source="Hibah")
    assert info.value.code == "unknown_source"


def test_formal_parts_and_region_name(ws2):
    parts = formal.get_formal(ws2)
    assert parts.components == ["struktur", "infrastruktur", "suprastruktur"]
    assert not parts.approval_sheet and not parts.footer_programme
    parts = formal.update_formal(ws2, components=["budaya", "struktur", "alam"],
                                 capital_town="Sukamaju Kota", approval_sheet=True,
                                 head_name="H. Ahmad Sutisna, S.E.")
    assert parts.components == ["struktur", "alam", "budaya"]  # reference order
    texts = {name: f"isi {name}" for name in ("capital_town", "head_name", "head_title",
                                              "foreword", "team_head_name", "team_head_title",
                                              "team_foreword")}
    parts = formal.update_formal(ws2, footer_programme=True, **texts)
    assert {name: getattr(parts, name) for name in texts} == texts
    assert (parts.approval_sheet, parts.footer_programme) == (True, True)
    assert formal.region_display_name(ws2) == "Kabupaten Sukamaju"
    assert formal.head_title(ws2) == "isi head_title"
    formal.update_formal(ws2, head_title="")  # empty: the default from the region
    assert formal.head_title(ws2) == "Bupati Sukamaju"
    for fields in ({"components": []}, {"components": ["kota"]}, {"approval_sheet": "ya"},
                   {"ibukota": "x"}):
        with pytest.raises(ValidationError):
            formal.update_formal(ws2, **fields)


def test_opd_title_defaults_and_edits(ws):
    setda = roster.add_opd(ws, "SETDA", "Sekretariat Daerah")
    assert setda.title == "Sekretaris Daerah"
    dinkes = roster.add_opd(ws, "DINKES", "Dinas Kesehatan", title="Kepala Dinas Kesehatan ")
    assert dinkes.title == "Kepala Dinas Kesehatan"
    assert roster.update_opd(ws, dinkes.id, title="Plt. Kepala Dinas Kesehatan").title == \
        "Plt. Kepala Dinas Kesehatan"
    assert roster.update_opd(ws, dinkes.id, title="").title == "Kepala Dinas Kesehatan"


def test_strategies_carry_a_dimension_and_may_be_region_level(ws):
    strategy = swot.add_strategy(ws, "WO", "Perluas jaringan desa", dimension="living")
    assert (strategy.opd_id, strategy.dimension) == (None, "living")
    assert swot.update_strategy(ws, strategy.id, text="x").dimension == "living"
    assert swot.update_strategy(ws, strategy.id, dimension=None).dimension is None
    with pytest.raises(ValidationError):
        swot.add_strategy(ws, "SO", "x", dimension="smart")


def test_records_outside_a_new_plan_period_are_counted(ws2):
    opd = roster.add_opd(ws2, "DLH", "Dinas Lingkungan Hidup")
    program = programs.add_program(ws2, opd.id, "Bank sampah", "environment")
    budget.set_program_targets(ws2, program.id, {2025: "10", 2029: "50"})
    budget.set_budget(ws2, program.id, 2029, "APBD", 100_000_000)
    budget.add_activity(ws2, program.id, "Pendataan", start_year=2025, end_year=2025)
    institutions.add_regulation(ws2, "Peraturan Bupati", "Sampah", target_year=2028)
    assert budget.outside_period(ws2, 2025, 2029) == {}
    assert budget.outside_period(ws2, 2026, 2028) == {
        "program_targets": 2, "program_budgets": 1, "activities": 1}
