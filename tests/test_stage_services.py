"""Services of issue 10: groups with join codes, vision keywords, the road map with its
conflicts, the review of Bimtek IV and the commitment signers."""

from __future__ import annotations

import json

import pytest

from smartbimtek.errors import PermissionDenied, ValidationError
from smartbimtek.services import (
    budget,
    commitment,
    groups,
    keywords,
    lan,
    plan,
    programs,
    review,
    roadmap,
    roster,
    swot,
)
from smartbimtek.store import open_workshop


@pytest.fixture
def ws(tmp_path):
    with open_workshop(tmp_path / "w.bimtek", create=True) as workshop:
        plan.add_event(workshop, "I")
        roster.add_opd(workshop, "DISKOMINFO", "Dinas Komunikasi dan Informatika")
        roster.add_opd(workshop, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah")
        yield workshop


def _opd(ws, code):
    return ws.query_one("SELECT id FROM opds WHERE code=?", (code,))[0]


def _last_audit(ws):
    row = ws.query_one("SELECT action, entity, detail FROM audit ORDER BY id DESC LIMIT 1")
    return row[0], row[1], json.loads(row[2]) if row[2].startswith("{") else row[2]


def test_dimension_group_has_members_and_its_own_join_code(ws):
    kominfo, bappeda = _opd(ws, "DISKOMINFO"), _opd(ws, "BAPPEDA")
    made = groups.groups_per_dimension(ws, {"governance": [kominfo, bappeda]})
    assert [g.dimension for g in made][:2] == ["governance", "branding"] and len(made) == 6
    governance = made[0]
    assert governance.opd_ids == [kominfo, bappeda]
    codes = lan.ensure_group_codes(ws)
    assert set(codes) == {g.id for g in made}
    session, _token = lan.join(ws, codes[governance.id], "Rina")
    assert (session.group_id, session.opd_id) == (governance.id, kominfo)
    assert lan.get_session(ws, session.id).group_id == governance.id
    # an OPD's code keeps working, and belongs to the OPD's group once it has one
    opd_groups = groups.ensure_opd_groups(ws)
    opd_code = lan.ensure_codes(ws)[bappeda].code
    session2, _ = lan.join(ws, opd_code, "Budi")
    assert session2.opd_id == bappeda
    assert session2.group_id == next(g.id for g in opd_groups if g.opd_id == bappeda)
    # a withdrawn group code no longer opens anything
    lan.revoke_group_code(ws, governance.id)
    with pytest.raises(PermissionDenied):
        lan.join(ws, codes[governance.id], "Rina")


def test_group_rules_and_member_changes_are_audited(ws):
    with pytest.raises(ValidationError) as err:
        groups.add_group(ws, "Tanpa dimensi", "dimension")
    assert err.value.code == "empty"
    group = groups.add_group(ws, "Kelompok Data", "custom")
    groups.set_members(ws, group.id, [_opd(ws, "BAPPEDA")])
    action, entity, detail = _last_audit(ws)
    assert (action, entity) == ("edit", "group")
    assert detail["changes"]["opd_ids"] == [[], [_opd(ws, "BAPPEDA")]]
    groups.delete_group(ws, group.id)
    assert group.id not in {g.id for g in groups.list_groups(ws)}
    assert groups.restore_group(ws, group.id).name == "Kelompok Data"


def test_keywords_merge_pick_and_draft_the_vision(ws):
    group = groups.add_group(ws, "Meja 1", "custom")
    for text in ("Pelayanan Publik", "pelayanan publik!", "Layanan publik", "Digital",
                 "digital", "Sejahtera"):
        keywords.add_keyword(ws, text, group_id=group.id)
    cloud = keywords.cloud(ws)
    assert (cloud[0].keyword, cloud[0].count) == ("digital", 2)
    keywords.merge(ws, "Layanan publik", "pelayanan publik")
    cloud = {k.keyword: k for k in keywords.cloud(ws)}
    assert cloud["pelayanan publik"].count == 3
    assert cloud["pelayanan publik"].variants == ["layanan publik"]
    with pytest.raises(ValidationError) as err:
        keywords.merge(ws, "pelayanan publik", "layanan publik")
    assert err.value.code == "cycle"
    keywords.pick(ws, "Pelayanan Publik")
    keywords.pick(ws, "digital")
    keywords.draft_vision(ws, "Kabupaten digital dengan pelayanan publik prima",
                          missions=["Meningkatkan pelayanan publik digital"])
    assert plan.get_plan(ws).vision.startswith("Kabupaten digital")
    assert keywords.vision_sources(ws) == ["pelayanan publik", "digital"]
    keywords.unmerge(ws, "layanan publik")
    assert {k.keyword: k.count for k in keywords.cloud(ws)}["pelayanan publik"] == 2
    assert entries_of_group(ws, group.id) == 6


def test_merge_chains_resolve_to_the_kept_keyword_and_the_label_is_the_common_spelling():
    mapping = {"a": "b", "b": "c", "x": "y", "y": "x"}
    assert keywords.resolve_merge(mapping, "a") == "c"
    assert keywords.resolve_merge(mapping, "z") == "z"
    assert keywords.resolve_merge(mapping, "x") == "x"  # a cycle stops where it closes
    typed = {"c": {"Pelayanan": 2, "pelayanan": 2, "PELAYANAN": 1}}
    assert keywords.common_spelling(typed, "c") == "pelayanan"  # a tie: the later text
    assert keywords.common_spelling(typed, "d") == "d"


def entries_of_group(ws, group_id):
    return groups.entries_per_group(ws, "keyword")[group_id]


def test_keyword_from_a_phone_is_refused_while_input_is_locked(ws):
    lan.set_input_locked(ws, True)
    with pytest.raises(PermissionDenied):
        keywords.add_keyword(ws, "Cerdas", source="phone")


def test_roadmap_move_is_undone_by_moving_back_and_conflicts_show(ws):
    kominfo = _opd(ws, "DISKOMINFO")
    plan.update_plan(ws, period_start=2026, period_end=2035)
    ids = [programs.add_program(ws, kominfo, f"Program {i}", "governance", start_year=2026,
                                end_year=2027).id for i in range(3)]
    budget.set_budget(ws, ids[0], 2026, "APBD", 600_000_000)
    budget.set_budget(ws, ids[1], 2026, "APBD", 500_000_000)
    roadmap.set_limits(ws, budget_ceiling_per_year=1_000_000_000, max_programs_per_opd_year=2)
    found = {(c.kind, c.year) for c in roadmap.conflicts(ws)}
    assert ("budget", 2026) in found and ("opd_load", 2026) in found
    moved = roadmap.move(ws, ids[2], 2029)
    assert (moved.start_year, moved.end_year) == (2029, 2030)  # the bar keeps its length
    action, entity, detail = _last_audit(ws)
    assert detail["changes"]["start_year"] == [2026, 2029]
    assert ("opd_load", 2026) not in {(c.kind, c.year) for c in roadmap.conflicts(ws)}
    back = roadmap.move(ws, ids[2], 2026, 2027)
    assert (back.start_year, back.end_year) == (2026, 2027)
    with pytest.raises(ValidationError) as err:
        roadmap.move(ws, ids[2], 2028, 2027)
    assert err.value.code == "range"
    coverage = roadmap.coverage(ws)
    assert sum(coverage["governance"][""].values()) == 3
    assert set(coverage["economy"]["economy.industry"]) == {"1", "5", "10"}


def test_review_statuses_comments_and_final_draft(ws):
    assert not review.all_agreed(ws)
    with pytest.raises(ValidationError) as err:
        review.set_status(ws, "chapter", "nope", "agreed")
    assert err.value.code == "unknown_chapter"
    comment = review.add_comment(ws, "chapter", "visi", "Visi terlalu panjang",
                                 author="Kelompok 1")
    review.answer_comment(ws, comment.id, "Diringkas menjadi satu kalimat", resolved=True)
    got = review.get_comment(ws, comment.id)
    assert got.resolved and got.answer.startswith("Diringkas")
    for key, _title in review.chapters():
        review.set_status(ws, "chapter", key, "agreed")
    assert review.all_agreed(ws)
    old = review.set_status(ws, "chapter", "visi", "discussed")
    assert old == "agreed" and not review.all_agreed(ws)
    item = next(i for i in review.board(ws) if i.subject_id == "visi")
    assert (item.status, item.comments, item.open_comments) == ("discussed", 1, 0)


def test_commitment_signers_are_recorded(ws):
    plan.add_event(ws, "IV")
    signers = commitment.signers_from_heads(ws)
    assert [s.role for s in signers][:2] == ["kepala_daerah", "kepala_opd"]
    signed = commitment.set_signed(ws, signers[1].id, signed_at="2026-09-20T10:00:00+07:00")
    assert signed.signed and signed.signed_at.startswith("2026-09-20")
    assert commitment.set_signed(ws, signers[1].id, False).signed_at is None
    with pytest.raises(ValidationError):
        commitment.add_signer(ws, "  ")


def test_an_opd_entry_belongs_to_the_opd_group_of_the_current_bimtek(ws):
    kominfo = _opd(ws, "DISKOMINFO")
    before = swot.add_item(ws, kominfo, "S", "Sebelum ada kelompok")
    own = {g.opd_id: g.id for g in groups.ensure_opd_groups(ws)}
    item = swot.add_item(ws, kominfo, "W", "Sesudah ada kelompok")
    program = programs.add_program(ws, kominfo, "Satu Data", "governance")
    group_of = {r[0]: r[1] for r in ws.query("SELECT id, group_id FROM swot_items UNION ALL "
                                             "SELECT id, group_id FROM programs")}
    assert group_of[before.id] is None
    assert group_of[item.id] == group_of[program.id] == own[kominfo]
    assert groups.entries_per_group(ws, "swot") == {own[kominfo]: 1}


def test_commitment_sheet_prints_recorded_signers_with_check_and_date(ws):
    from smartbimtek.exports import formal_parts
    from smartbimtek.snapshot import take_snapshot

    plan.add_event(ws, "IV")
    head = commitment.add_signer(ws, "H. Karna Sobahi", title="Bupati Sukamaju",
                                 role="kepala_daerah")
    opd = commitment.add_signer(ws, "Ir. Budi", title="Kepala Dinas Komunikasi dan Informatika",
                                opd_id=_opd(ws, "DISKOMINFO"), role="kepala_opd")
    commitment.set_signed(ws, head.id, signed_at="2026-09-22T10:00:00+07:00")
    sheet = formal_parts.commitment_sheet(take_snapshot(ws))
    lines = [(s.role, s.name, s.organisation) for s in sheet.signers]
    assert lines == [("Bupati Sukamaju", "H. Karna Sobahi", "✓ ditandatangani 22 September 2026"),
                     ("Kepala Dinas Komunikasi dan Informatika", "Ir. Budi", "DISKOMINFO")]
    assert opd.signed is False
