"""Services over a real temporary workshop file, including bad input of every kind."""

from __future__ import annotations

import datetime as dt

import pytest
from clock_support import TZ, Clock

from smartbimtek import changes
from smartbimtek.errors import NotFoundError, PermissionDenied, ValidationError
from smartbimtek.services import agenda, plan, programs, roster, swot
from smartbimtek.text import MAX_TEXT


@pytest.fixture
def opd(ws):
    return roster.add_opd(ws, "diskominfo", "Dinas Komunikasi dan Informatika", 1)


@pytest.fixture
def program(ws, opd):
    return programs.add_program(ws, opd.id, "Satu Data Kabupaten", "governance",
                                element="governance.policy", horizon="quick_win")


def _audit_count(ws) -> int:
    return ws.query_one("SELECT count(*) FROM audit")[0]


# -- SWOT items: bad input ----------------------------------------------------------------
def test_add_item_is_stored_durably_with_an_audit_row(ws, opd):
    before = _audit_count(ws)
    item = swot.add_item(ws, opd.id, "S", "Jaringan fiber optik menghubungkan kantor OPD",
                         source="table", actor="Meja 1")
    assert swot.get_item(ws, item.id) == item
    assert item.source == "table" and item.created_at
    row = ws.query_one("SELECT * FROM audit ORDER BY id DESC LIMIT 1")
    assert (row["action"], row["entity"], row["entity_id"], row["actor"], row["source"]) == (
        "add", "swot", item.id, "Meja 1", "table")
    assert _audit_count(ws) == before + 1


@pytest.mark.parametrize("text", ["", "   ", "\n\t ", None])
def test_empty_text_is_refused(ws, opd, text):
    with pytest.raises(ValidationError) as info:
        swot.add_item(ws, opd.id, "S", text)
    assert info.value.field == "text" and info.value.code == "empty"
    assert swot.list_items(ws) == []


def test_100k_character_text_is_refused_with_the_limit(ws, opd):
    with pytest.raises(ValidationError) as info:
        swot.add_item(ws, opd.id, "W", "x" * 100_000)
    assert info.value.code == "too_long"
    assert str(MAX_TEXT) in str(info.value) and "100000" in str(info.value)
    assert swot.add_item(ws, opd.id, "W", "y" * MAX_TEXT).text == "y" * MAX_TEXT


def test_control_characters_are_stripped_tab_and_newline_kept(ws, opd):
    item = swot.add_item(ws, opd.id, "O", "Peluang\x00 dana\x07 CSR\r\nbaris\tdua\x1b")
    assert item.text == "Peluang dana CSR\nbaris\tdua"
    with pytest.raises(ValidationError):
        swot.add_item(ws, opd.id, "O", "\x00\x01\x02")


def test_unicode_is_normalised_to_nfc_and_markup_and_formulas_kept(ws, opd):
    item = swot.add_item(ws, opd.id, "T", "Pe\u0301rubahan <b>iklim</b> & =SUM(A1:A9) 😀")
    assert item.text == "P\u00e9rubahan <b>iklim</b> & =SUM(A1:A9) 😀"
    assert swot.get_item(ws, item.id).text == item.text


def test_wrong_quadrant_is_refused_with_the_choices(ws, opd):
    with pytest.raises(ValidationError) as info:
        swot.add_item(ws, opd.id, "X", "teks")
    assert str(info.value) == "quadrant: 'X' is not one of S, W, O, T"


def test_unknown_opd_is_refused(ws, opd):
    with pytest.raises(ValidationError) as info:
        swot.add_item(ws, "no-such-opd", "S", "teks")
    assert info.value.code == "unknown_opd"
    roster.delete_opd(ws, opd.id)
    with pytest.raises(ValidationError):
        swot.add_item(ws, opd.id, "S", "teks")  # a removed OPD takes no new entries


def test_reference_ids_and_ranges_are_checked(ws, opd):
    item = swot.add_item(ws, opd.id, "S", "teks", element="living.health")
    assert item.dimension == "living"  # an element implies its dimension
    bad = [dict(dimension="smart"), dict(element="governance.nothing"),
           dict(dimension="economy", element="living.health"), dict(component="roh"),
           dict(weight=1.5), dict(weight=-0.1), dict(rating=5), dict(rating=2.5),
           dict(weight="0.2"), dict(rating=True)]
    for fields in bad:
        with pytest.raises(ValidationError):
            swot.add_item(ws, opd.id, "S", "teks", **fields)
    assert len(swot.list_items(ws)) == 1


# -- SWOT items: edits and undo-style restore ---------------------------------------------
def test_update_move_delete_and_restore(ws, opd):
    item = swot.add_item(ws, opd.id, "S", "Layanan daring", dimension="governance",
                         element="governance.service")
    edited = swot.update_item(ws, item.id, text="Layanan daring 24 jam", weight=0.2, rating=3)
    assert (edited.text, edited.weight, edited.rating) == ("Layanan daring 24 jam", 0.2, 3)
    moved = swot.move_item(ws, item.id, "W")
    assert moved.quadrant == "W"
    other_dim = swot.update_item(ws, item.id, dimension="economy")
    assert other_dim.element is None  # the old element belonged to governance
    swot.delete_item(ws, item.id)
    assert swot.list_items(ws) == []
    with pytest.raises(NotFoundError):
        swot.get_item(ws, item.id)
    assert swot.restore_item(ws, item.id).text == "Layanan daring 24 jam"
    with pytest.raises(NotFoundError):
        swot.restore_item(ws, "missing")


def test_merge_moves_links_and_keeps_one_item(ws, opd):
    a = swot.add_item(ws, opd.id, "W", "SDM TIK kurang")
    b = swot.add_item(ws, opd.id, "W", "Kekurangan tenaga TIK")
    strategy = swot.add_strategy(ws, "WO", "Rekrut talenta digital", [b.id], opd_id=opd.id)
    kept = swot.merge_items(ws, a.id, [b.id], text="SDM TIK terbatas")
    assert kept.text == "SDM TIK terbatas"
    assert [i.id for i in swot.list_items(ws)] == [a.id]
    assert swot.get_strategy(ws, strategy.id).swot_ids == [a.id]


def test_input_lock_refuses_phones_and_tables_only(ws, opd):
    ws.set_setting("input_locked", True)
    for source in ("phone", "table"):
        with pytest.raises(PermissionDenied) as info:
            swot.add_item(ws, opd.id, "S", "dari meja", source=source)
        assert info.value.code == "locked_input"
    assert swot.add_item(ws, opd.id, "S", "dari laptop fasilitator").source == "desktop"
    ws.set_setting("input_locked", False)
    assert swot.add_item(ws, opd.id, "S", "dari HP", source="phone").source == "phone"


def test_ifas_of_an_opd(ws, opd):
    for quadrant, weight, rating in (("S", 0.6, 4), ("W", 0.4, 2), ("O", 0.7, 3), ("T", 0.3, 1)):
        swot.add_item(ws, opd.id, quadrant, f"faktor {quadrant}", weight=weight, rating=rating)
    result = swot.ifas(ws, opd.id)
    assert result.valid and (result.x, result.y) == (1.6, 1.8) and result.quadrant == "I"


# -- strategies and readiness -------------------------------------------------------------
def test_strategies_link_to_live_items_only(ws, opd):
    s = swot.add_item(ws, opd.id, "S", "kuat")
    o = swot.add_item(ws, opd.id, "O", "peluang")
    strategy = swot.add_strategy(ws, "SO", "Manfaatkan", [s.id, o.id, s.id])
    assert strategy.swot_ids == [s.id, o.id]
    with pytest.raises(ValidationError):
        swot.add_strategy(ws, "SO", "x", ["nope"])
    with pytest.raises(ValidationError):
        swot.add_strategy(ws, "XY", "x")
    swot.delete_item(ws, o.id)
    assert swot.get_strategy(ws, strategy.id).swot_ids == [s.id]
    swot.update_strategy(ws, strategy.id, text="Manfaatkan kekuatan", swot_ids=[])
    assert swot.get_strategy(ws, strategy.id).swot_ids == []
    swot.delete_strategy(ws, strategy.id)
    assert swot.list_strategies(ws) == []
    swot.restore_strategy(ws, strategy.id)
    assert len(swot.list_strategies(ws)) == 1


def test_readiness_ratings(ws):
    swot.set_readiness(ws, "struktur", "governance", "sedang", "SDM terbatas")
    swot.set_readiness(ws, "struktur", "governance", "baik")
    assert [(r.rating, r.notes) for r in swot.list_readiness(ws)] == [("baik", "")]
    for args in (("struktur", "governance", "jelek"), ("roh", "governance", "baik"),
                 ("struktur", None, "baik"), (None, "governance", "baik")):
        with pytest.raises(ValidationError):
            swot.set_readiness(ws, *args)


# -- programs, scores, votes, placements --------------------------------------------------
def test_add_program_and_bad_program_input(ws, opd, program):
    assert program.horizon == "quick_win" and program.dimension == "governance"
    bad = [dict(title="", dimension="governance"), dict(title="x", dimension="nowhere"),
           dict(title="x", dimension="governance", horizon="someday"),
           dict(title="x", dimension="governance", start_year=2030, end_year=2027),
           dict(title="x", dimension="governance", funding="Hibah asing"),
           dict(title="x" * 400, dimension="governance"),
           dict(title="x", dimension="governance", colour="red")]
    for fields in bad:
        with pytest.raises(ValidationError):
            programs.add_program(ws, opd.id, **fields)
    with pytest.raises(ValidationError):
        programs.add_program(ws, "nope", "x", "governance")
    assert len(programs.list_programs(ws)) == 1


def test_update_delete_restore_program(ws, opd, program):
    dlh = roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    item = swot.add_item(ws, opd.id, "W", "data tersebar")
    edited = programs.update_program(ws, program.id, supporting_opd_ids=[dlh.id],
                                     swot_ids=[item.id], target="100% OPD")
    assert edited.supporting_opd_ids == [dlh.id] and edited.swot_ids == [item.id]
    assert programs.update_program(ws, program.id, dimension="economy").element is None
    programs.delete_program(ws, program.id)
    assert programs.list_programs(ws) == []
    assert programs.restore_program(ws, program.id).target == "100% OPD"


def test_scores_are_checked_upserted_and_cleared(ws, program):
    programs.set_score(ws, program.id, "BAPPEDA", "impact", 4)
    programs.set_score(ws, program.id, "BAPPEDA", "impact", 5)
    assert [s.value for s in programs.list_scores(ws, program.id)] == [5]
    for value in (0, 6, 2.5, "4", True):
        with pytest.raises(ValidationError):
            programs.set_score(ws, program.id, "BAPPEDA", "effort", value)
    with pytest.raises(ValidationError):
        programs.set_score(ws, program.id, "BAPPEDA", "beauty", 3)
    with pytest.raises(NotFoundError):
        programs.set_score(ws, "nope", "BAPPEDA", "impact", 3)
    assert programs.set_score(ws, program.id, "BAPPEDA", "impact", None) is None
    assert programs.list_scores(ws, program.id) == []


def test_extra_criterion(ws, program):
    crit = programs.add_criterion(ws, "benefit", "Manfaat langsung", "Direct benefit")
    assert crit.key == "benefit" and not crit.builtin
    programs.set_score(ws, program.id, "DLH", "benefit", 5)
    for key in ("benefit", "9lives", "Nilai Tambah"):
        with pytest.raises(ValidationError):
            programs.add_criterion(ws, key, "x")


def test_vote_budget(ws, opd, program):
    other = programs.add_program(ws, opd.id, "Pasar digital", "economy")
    ws.set_setting("vote_budget", 3)
    programs.set_votes(ws, program.id, "BAPPEDA", 2)
    with pytest.raises(PermissionDenied) as info:
        programs.set_votes(ws, other.id, "BAPPEDA", 2)
    assert info.value.code == "vote_budget" and info.value.params["used"] == 2
    programs.set_votes(ws, other.id, "BAPPEDA", 1)
    programs.set_votes(ws, program.id, "BAPPEDA", 2)  # moving own dots is not double counted
    assert programs.votes_used(ws, "BAPPEDA") == 3
    assert programs.vote_totals(ws) == {program.id: 2, other.id: 1}
    with pytest.raises(ValidationError):
        programs.set_votes(ws, program.id, "Fasilitator", 1, voter_kind="facilitator")
    programs.set_votes(ws, program.id, "BAPPEDA", 0)
    assert programs.votes_used(ws, "BAPPEDA") == 1


def test_placement_overrides_and_clears(ws, program):
    for rater, impact, effort in (("A", 2, 4), ("B", 2, 5)):
        programs.set_score(ws, program.id, rater, "impact", impact)
        programs.set_score(ws, program.id, rater, "effort", effort)
    assert programs.priorities(ws)[0].quadrant == "thankless"
    programs.place(ws, program.id, 4, 2)
    [prio] = programs.priorities(ws)
    assert prio.placed and prio.quadrant == "quick_win"
    with pytest.raises(ValidationError):
        programs.place(ws, program.id, 7, 2)
    programs.clear_placement(ws, program.id)
    assert not programs.priorities(ws)[0].placed


# -- plan and events ----------------------------------------------------------------------
def test_plan_fields_and_period_rule(ws):
    result = plan.update_plan(ws, region_name="  Kabupaten   Majalengka ", period_start=2027,
                              period_end=2036, missions=["Layanan digital", "  "],
                              narratives={"background": "Latar\x00 belakang", "empty": ""})
    assert result.region_name == "Kabupaten Majalengka"
    assert result.missions == ["Layanan digital"]
    assert result.narratives == {"background": "Latar belakang"}
    for fields in (dict(period_end=2040), dict(period_start=2040), dict(region_type="desa"),
                   dict(colour="x"), dict(missions="not a list"), dict(period_start=1999)):
        with pytest.raises(ValidationError):
            plan.update_plan(ws, **fields)
    assert plan.get_plan(ws).period_end == 2036


def test_event_with_template_agenda(ws):
    event = plan.add_event(ws, "I", venue="Pendopo", start_date="2026-06-15")
    assert event.title.startswith("Bimtek I")
    assert len(agenda.list_steps(ws, event.id)) > 10
    assert plan.current_event(ws).id == event.id
    assert plan.event_dates(event) == [dt.date(2026, 6, 15), dt.date(2026, 6, 16)]
    for args in (dict(stage="V"), dict(stage="I", start_date="15/06/2026"),
                 dict(stage="I", days=9)):
        with pytest.raises(ValidationError):
            plan.add_event(ws, **args)
    assert plan.update_event(ws, event.id, venue="Gedung Yudha").venue == "Gedung Yudha"


# -- roster -------------------------------------------------------------------------------
def test_opd_codes(ws, opd):
    assert opd.code == "DISKOMINFO"
    with pytest.raises(ValidationError) as info:
        roster.add_opd(ws, "Diskominfo", "lagi")
    assert info.value.code == "duplicate"
    for code in ("", "<script>", "A" * 31, "Dinas;DROP"):
        with pytest.raises(ValidationError):
            roster.add_opd(ws, code, "x")
    roster.delete_opd(ws, opd.id)
    assert roster.add_opd(ws, "DISKOMINFO", "Dinas Kominfo").id == opd.id  # comes back
    assert roster.find_opd(ws, " diskominfo ").id == opd.id


def test_participants_and_attendance(ws, opd):
    event = plan.add_event(ws, "I")
    person = roster.add_participant(ws, "Rina Kusumawati", opd.id, "Kabid", "0812 3456 789")
    with pytest.raises(ValidationError):
        roster.add_participant(ws, "X", opd.id, phone="call me")
    with pytest.raises(ValidationError):
        roster.add_participant(ws, "", opd.id)
    with pytest.raises(ValidationError):
        roster.add_participant(ws, "X", "no-opd")
    first = roster.check_in(ws, person.id, event.id, 1)
    again = roster.check_in(ws, person.id, event.id, 1)
    assert first == again  # idempotent: the first check-in time stays
    with pytest.raises(ValidationError):
        roster.check_in(ws, person.id, event.id, 3)
    assert roster.attendance_counts(ws, event.id) == {opd.id: {1: 1}}
    roster.undo_check_in(ws, person.id, event.id, 1)
    assert roster.attendance(ws, event.id) == []
    assert [p.name for p in roster.find_participants(ws, "rina")] == ["Rina Kusumawati"]


# -- agenda service with an injected clock ------------------------------------------------
def test_runner_persists_each_command(ws):
    clock = Clock(dt.datetime(2026, 6, 15, 8, 0, tzinfo=TZ))
    ws.clock = clock
    event = plan.add_event(ws, "II", with_template=False)
    a = agenda.add_step(ws, event.id, 1, "Registrasi", 30, kind="plenary",
                        planned_start="08:00")
    b = agenda.add_step(ws, event.id, 1, "Pembukaan", 15)
    assert agenda.get_step(ws, b.id).planned_start == "08:30"
    started = agenda.next_step(ws, event.id)
    assert started.id == a.id and agenda.current_step(ws, event.id).state == "running"
    clock.advance(minutes=5)
    agenda.toggle_pause(ws, event.id)
    clock.advance(minutes=10)
    agenda.toggle_pause(ws, event.id)
    agenda.extend_step(ws, event.id, 5)
    agenda.extend_step(ws, event.id, 1)
    step = agenda.get_step(ws, a.id)
    assert (step.paused_seconds, step.extra_seconds) == (600, 360)
    clock.advance(minutes=30)
    assert agenda.next_step(ws, event.id).id == b.id
    assert agenda.get_step(ws, a.id).state == "done"
    assert agenda.previous_step(ws, event.id).id == a.id
    with pytest.raises(ValidationError):
        agenda.extend_step(ws, event.id, 500)
    agenda.next_step(ws, event.id)
    agenda.next_step(ws, event.id)  # past the last step
    assert agenda.current_step(ws, event.id) is None
    with pytest.raises(PermissionDenied):
        agenda.toggle_pause(ws, event.id)


def test_steps_reflow_on_edit_move_delete_restore(ws):
    event = plan.add_event(ws, "III", with_template=False)
    ids = [agenda.add_step(ws, event.id, 1, f"Langkah {i}", 30, planned_start="09:00").id
           for i in range(3)]
    assert [s.planned_start for s in agenda.list_steps(ws, event.id)] == [
        "09:00", "09:30", "10:00"]
    agenda.update_step(ws, ids[0], minutes=60)
    assert agenda.get_step(ws, ids[2]).planned_start == "10:30"
    agenda.move_step(ws, ids[2], 0)
    assert [s.id for s in agenda.list_steps(ws, event.id)] == [ids[2], ids[0], ids[1]]
    agenda.delete_step(ws, ids[0])
    assert len(agenda.list_steps(ws, event.id)) == 2
    agenda.restore_step(ws, ids[0])
    assert len(agenda.list_steps(ws, event.id)) == 3
    for fields in (dict(minutes=0), dict(kind="lunch"), dict(planned_start="25:00"),
                   dict(title=""), dict(colour="red")):
        with pytest.raises(ValidationError):
            agenda.update_step(ws, ids[1], **fields)


def test_notes(ws):
    event = plan.add_event(ws, "I")
    step = agenda.list_steps(ws, event.id)[0]
    note = agenda.add_note(ws, event.id, "Keputusan: SK Dewan Smart City", kind="decision",
                           step_id=step.id)
    assert [n.text for n in agenda.list_notes(ws, event.id, step.id)] == [note.text]
    agenda.update_note(ws, note.id, "Tindak lanjut", kind="followup")
    with pytest.raises(ValidationError):
        agenda.add_note(ws, event.id, "")
    with pytest.raises(ValidationError):
        agenda.add_note(ws, event.id, "x", kind="rumour")
    agenda.delete_note(ws, note.id)
    assert agenda.list_notes(ws, event.id) == []


# -- change bus ---------------------------------------------------------------------------
def test_changes_are_published_after_commit_only(ws, opd):
    seen = []
    unsubscribe = changes.subscribe(ws.path, seen.append)
    try:
        item = swot.add_item(ws, opd.id, "S", "baru", source="phone", actor="HP 3")
        with pytest.raises(ValidationError):
            swot.add_item(ws, opd.id, "Z", "salah")
    finally:
        unsubscribe()
    assert [(c.action, c.entity, c.entity_id, c.opd_id, c.source) for c in seen] == [
        ("add", "swot", item.id, opd.id, "phone")]


def test_priorities_aggregated_in_sql_equal_the_rule_on_the_raw_scores(ws, opd):
    import random

    from smartbimtek.rules import priority

    rng = random.Random(7)
    made = [programs.add_program(ws, opd.id, f"Program {n}", "governance") for n in range(12)]
    for program in made[:10]:  # two left unscored
        for rater in range(rng.randint(1, 6)):
            for criterion in ("impact", "effort"):
                programs.set_score(ws, program.id, f"T{rater}", criterion, rng.randint(1, 5))
    programs.place(ws, made[3].id, 4.5, 1.5)
    raw = [{"program_id": r[0], "criterion": r[1], "value": r[2]}
           for r in ws.query("SELECT program_id, criterion, value FROM scores")]
    expected = priority.prioritise(
        [{"id": p.id, "dimension": p.dimension, "title": p.title} for p in made], raw,
        {made[3].id: (4.5, 1.5)}, programs.vote_totals(ws))
    got = programs.priorities(ws)
    assert [(p.program_id, p.stats, p.impact, p.effort, p.quadrant, p.rank) for p in got] == \
        [(p.program_id, p.stats, p.impact, p.effort, p.quadrant, p.rank) for p in expected]
    assert sum(p.quadrant is None for p in got) == 2
    programs.set_quick_win(ws, made[5].id, True)
    carried = {p.program_id: (p.opd_id, p.chosen) for p in programs.priorities(ws)}
    assert carried[made[5].id] == (opd.id, True)
    assert [c for pid, c in carried.items() if pid != made[5].id] == [(opd.id, False)] * 11


def test_pivot_texts_groups_live_items_oldest_first(ws, opd):
    first = swot.add_item(ws, opd.id, "S", "Jaringan <fiber> & menara", dimension="governance")
    swot.add_item(ws, opd.id, "S", "=SUM(A1) tetap teks", dimension="governance")
    swot.add_item(ws, opd.id, "W", "Tanpa dimensi", component="infrastruktur")
    gone = swot.add_item(ws, opd.id, "T", "Dihapus", dimension="living")
    swot.delete_item(ws, gone.id)
    assert swot.pivot_texts(ws, "dimension") == {
        ("governance", "S"): ["Jaringan <fiber> & menara", "=SUM(A1) tetap teks"],
        (None, "W"): ["Tanpa dimensi"]}
    assert swot.pivot_texts(ws, "component") == {
        (None, "S"): ["Jaringan <fiber> & menara", "=SUM(A1) tetap teks"],
        ("infrastruktur", "W"): ["Tanpa dimensi"]}
    assert swot.pivot_texts(ws, "dimension", [first.id, gone.id]) == {
        ("governance", "S"): ["Jaringan <fiber> & menara"]}
    assert swot.pivot_texts(ws, "dimension", []) == {}
    with pytest.raises(ValidationError):
        swot.pivot_texts(ws, "opd_id")
