"""The demo workshop carries realistic content for every master plan field (issue 9): a
reviewer of its BAB III-VIII must find no empty field. Checked on the snapshot, the contract
the documents read."""

from __future__ import annotations

import re
import shutil

import pytest

from smartbimtek import reference
from smartbimtek.model import BODIES, ENABLER_SECTIONS, QUADRANTS
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop


@pytest.fixture(scope="module")
def snap(demo_file, tmp_path_factory):
    copy = tmp_path_factory.mktemp("demo_plan") / "demo.bimtek"
    shutil.copyfile(demo_file, copy)  # the session's demo file stays untouched
    with open_workshop(copy) as ws:
        return take_snapshot(ws)


def test_formal_parts_and_titles(snap):
    formal = snap.formal
    assert snap.region_display_name == "Kabupaten Sukamaju"
    assert formal.capital_town and formal.head_name and formal.foreword.count("\n\n") >= 1
    assert formal.team_head_name and formal.team_head_title and formal.team_foreword
    assert snap.head_title == "Bupati Sukamaju"
    assert all(o.title for o in snap.opds)
    assert snap.opd_title(snap.opd_by_code["INSPEKTORAT"].id) == "Inspektur"


def test_gap_analysis_for_three_components_and_six_dimensions(snap):
    cells = {(g.component, g.dimension): g for g in snap.gaps}
    wanted = {(c, d) for c in snap.formal.components for d in reference.dimension_ids()}
    assert set(cells) == wanted and len(wanted) == 18
    for cell in cells.values():
        assert all(len(getattr(cell, k)) > 30 for k in ("current", "expected", "gap",
                                                         "recommendation")), cell


def test_consolidated_swot_issues_and_strategies_per_dimension(snap):
    live = {i.id for i in snap.swot}
    for dim in reference.dimension_ids():
        items = [i for i in snap.region_swot if i.dimension == dim]
        assert {i.quadrant for i in items} == set(QUADRANTS), dim
        assert all(i.source_ids and set(i.source_ids) <= live for i in items), dim
        assert len([i for i in snap.strategic_issues if i.dimension == dim]) >= 2
        assert any(s.dimension == dim and s.opd_id is None for s in snap.strategies), dim


def test_direction_with_baselines_and_targets_every_year(snap):
    period = list(range(snap.plan.period_start, snap.plan.period_end + 1))
    assert {i.kind for i in snap.rpjmd} == {"misi", "sasaran"}
    sasaran = [o for o in snap.objectives if o.level == "sasaran"]
    assert len([o for o in snap.objectives if o.level == "tujuan"]) >= 3 and len(sasaran) >= 6
    for item in sasaran:
        assert item.parent_id and item.rpjmd_id and item.indicator and item.baseline_value
        assert item.baseline_year and list(item.targets) == period, item.text


def test_every_program_is_budgeted_located_and_targeted(snap):
    sources = set()
    for program in snap.programs:
        plan = snap.program_plan(program.id)
        years = list(range(program.start_year, program.end_year + 1))
        assert plan.location and plan.baseline_value and plan.baseline_year, program.title
        assert list(plan.targets) == years, program.title
        assert {b.year for b in plan.budgets} == set(years), program.title
        assert all(b.amount >= 10_000_000 and b.amount % 1_000_000 == 0 for b in plan.budgets)
        assert plan.activities and all(a.start_year in years for a in plan.activities)
        assert plan.rpjmd_id and plan.objective_id
        sources |= {b.source for b in plan.budgets}
    assert len(sources) >= 4
    totals = snap.budget_totals
    assert set(totals.by_dimension) == set(reference.dimension_ids())
    assert 100_000_000_000 < totals.total < 1_000_000_000_000  # plausible for a kabupaten


def test_institutions(snap):
    for body in BODIES:
        members = [m for m in snap.members if m.body == body]
        assert len(members) >= 5 and all(m.position and m.role for m in members), body
    assert any(r.instrument == "Peraturan Bupati" and "Masterplan Smart City" in r.subject
               for r in snap.regulations)
    assert {e.section for e in snap.enablers} == set(ENABLER_SECTIONS)
    assert set(snap.enabler_narratives) == {"bodies", "regulation", *ENABLER_SECTIONS}


def test_every_quick_win_has_a_full_profile(snap):
    chosen = snap.quick_wins()
    assert len(chosen) >= 5
    for program in chosen:
        profile = snap.quickwin_profile(program.id)
        assert re.fullmatch(r"[A-Z]{4,7}", profile.acronym), program.title
        assert all((profile.innovation_name, profile.problem, profile.beneficiaries,
                    profile.indicator, profile.baseline, profile.target, profile.risks))
        assert profile.budget and profile.funding_source
        months = [m.month for m in profile.milestones]
        assert len(months) >= 3 and months == sorted(months)
        assert all(0 <= m.progress <= 100 for m in profile.milestones)


def test_the_demo_ratings_follow_the_diagram_convention(snap):
    """A serious weakness rates 4 (magnitude): Bappeda's most serious one, by hand."""
    assert snap.ifas_convention == "diagram"
    [item] = [i for i in snap.swot if i.text.startswith("Baru 9 dari 34 OPD")]
    assert (item.quadrant, item.rating) == ("W", 4)


def test_the_region_swot_of_every_dimension_is_scored(snap):
    for dim in reference.dimension_ids():
        diagram, ie = snap.region_ifas(dim)
        assert diagram.valid and ie.valid, (dim, diagram.problems)
        assert (diagram.convention, ie.convention) == ("diagram", "ie_matrix")
