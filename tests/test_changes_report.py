"""The change report (issue 11, "What changed"): added, changed field by field, removed,
restored, quick wins chosen and dropped, between two bimteks, since the current one and
between two moments, from the file's own history (a fake clock moves between events)."""

from __future__ import annotations

import json

import pytest
from changes_support import build_story

from smartbimtek.changes import report as cr
from smartbimtek.changes.history import load_history
from smartbimtek.errors import ValidationError
from smartbimtek.services import budget, direction, plan, programs


@pytest.fixture
def story(tmp_path):
    ws, ids = build_story(tmp_path / "w.bimtek")
    yield ws, ids
    ws.close()


def _report(ws, rng):
    return cr.build_report(load_history(ws), rng)


def _one(report, kind, record_id):
    found = [c for c in report.changes if c.kind == kind and c.record_id == record_id]
    assert len(found) == 1, found
    return found[0]


def test_between_two_bimteks_added_changed_removed_with_old_and_new(story):
    ws, ids = story
    history = load_history(ws)
    report = cr.build_report(history, cr.between_events(history, ids["one"], ids["one"]))
    # Bimtek I's own days: everything was added there
    assert {(c.kind, c.status) for c in report.changes} == {
        ("program", "added"), ("swot", "added"), ("strategy", "added"),
        ("objective", "added")}
    # OPD code, then dimension order; labels as the file holds them now
    assert [c.label for c in report.of_kind("program")] == [
        "Wifi Desa", "Satu Data Kabupaten", "Aplikasi Lama"]
    # from before Bimtek I up to its start: nothing
    early = cr.build_report(history, cr.between_moments("2026-06-01T00:00", "2026-06-15T00:00"))
    assert early.changes == ()
    # the homework between I and II (the start of II excluded)
    homework = cr.build_report(history, cr.between_moments("2026-06-17", "2026-07-20"))
    satu = _one(homework, "program", ids["satu_data"])
    assert satu.status == "changed"
    assert [(f.field, f.old, f.new) for f in satu.fields] == [
        ("title", "Satu Data", "Satu Data Kabupaten"), ("dimension", "governance", "branding")]
    assert _one(homework, "program", ids["gone"]).status == "removed"
    wifi = _one(homework, "program", ids["wifi"])
    assert [(f.field, f.old, f.new) for f in wifi.fields] == [("budget:2027:APBD", None,
                                                               150_000_000)]


def test_since_the_current_bimtek_started(story):
    ws, ids = story
    history = load_history(ws)
    rng = cr.since_current_event(history)
    assert rng.start == "2026-07-20T00:00:00.000" and rng.end is None
    report = cr.build_report(history, rng)
    assert _one(report, "program", ids["gone"]).status == "restored"
    assert _one(report, "program", ids["new"]).status == "added"
    assert _one(report, "quick_win", ids["wifi"]).status == "chosen"
    wifi = _one(report, "program", ids["wifi"])  # the quick win flag is not a program field
    assert [(f.field, f.old, f.new) for f in wifi.fields] == [
        ("budget:2027:APBD", 150_000_000, 175_000_000)]
    item = _one(report, "swot", ids["s1"])
    assert [(f.field, f.old, f.new) for f in item.fields] == [
        ("text", "SDM TI memadai", "SDM TI <b>kuat</b>"), ("quadrant", "S", "W")]
    strategy = _one(report, "strategy", ids["st"])
    assert [(f.field, f.old, f.new) for f in strategy.fields] == [("type", "SO", "WO")]
    objective = _one(report, "objective", ids["tujuan"])
    assert [(f.field, f.old, f.new) for f in objective.fields] == [
        ("text", "Tata kelola digital", "Tata kelola digital terpadu")]
    # added and removed again inside the range: left out
    assert not [c for c in report.changes if c.record_id == ids["temp"]]
    # deterministic order: kinds, then statuses
    kinds = [c.kind for c in report.changes]
    assert kinds == sorted(kinds, key=cr.KINDS.index)
    assert [c.status for c in report.of_kind("program")] == ["added", "changed", "restored"]
    assert cr.build_report(load_history(ws), rng) == report


def test_quick_win_dropped_and_a_field_changed_back_is_no_change(story):
    ws, ids = story
    ws.clock.at("2026-08-01")
    programs.set_quick_win(ws, ids["wifi"], False)
    programs.update_program(ws, ids["new"], title="Pasar Daring 2")
    programs.update_program(ws, ids["new"], title="Pasar Daring")
    report = _report(ws, cr.between_moments("2026-08-01"))
    assert [(c.kind, c.status, c.record_id) for c in report.changes] == [
        ("quick_win", "dropped", ids["wifi"])]


def test_values_are_rendered_for_people(story):
    ws, ids = story
    history = load_history(ws)
    assert cr.value_text("opd_id", ids["kominfo"], history) == "DISKOMINFO"
    assert cr.value_text("dimension", "branding", history) == "Smart Branding"
    assert cr.value_text("budget:2027:APBD", 175_000_000, history) == "Rp\u00a0175.000.000"
    assert cr.value_text("quadrant", "W", history) == "Kelemahan"
    assert cr.value_text("quadrant", "W", history, "en") == "Weakness"
    assert cr.value_text("title", None, history, known=False) == "(tidak tercatat)"
    assert cr.field_label("budget:2027:APBD") == "Anggaran 2027 APBD"


def test_older_history_without_values_shows_the_field_not_recorded(story):
    ws, ids = story
    with ws.transaction() as tx:  # an edit as versions before this one recorded it
        tx.audit("edit", "program", ids["satu_data"], {"fields": ["title"]})
        tx.audit("edit", "strategy", ids["st"], "")
    report = _report(ws, cr.between_moments(ws.clock.moment.replace(tzinfo=None)))
    satu = _one(report, "program", ids["satu_data"])
    assert [(f.field, f.known) for f in satu.fields] == [("title", False)]
    strategy = _one(report, "strategy", ids["st"])
    assert strategy.status == "changed" and strategy.detail_missing and strategy.fields == ()


def test_edit_audit_detail_holds_old_and_new_values(story):
    ws, ids = story
    programs.update_program(ws, ids["wifi"], title="Wifi <script>alert(1)</script>")
    row = ws.query_one("SELECT detail FROM audit WHERE entity='program' ORDER BY id DESC")
    detail = json.loads(row[0])
    assert detail["changes"] == {"title": ["Wifi Desa", "Wifi <script>alert(1)</script>"]}
    assert detail["fields"] == ["title"]


def test_ranges_refuse_bad_points(story):
    ws, ids = story
    history = load_history(ws)
    with pytest.raises(ValidationError) as err:
        cr.between_moments("2026-07-02", "2026-07-01")
    assert err.value.code == "range"
    plan.add_event(ws, "III")  # no date yet, and now the current one
    history = load_history(ws)
    with pytest.raises(ValidationError) as err:
        cr.since_current_event(history)
    assert err.value.code == "event_without_date"
    # between events in either order: the same range
    assert cr.between_events(history, ids["two"], ids["one"]).start == "2026-06-15T00:00:00.000"
    assert cr.between_events(history, ids["one"], ids["two"]).end == "2026-07-22T00:00:00.000"


def test_a_laporan_reports_since_the_previous_bimtek_ended(story):
    ws, ids = story
    history = load_history(ws)
    first = cr.since_previous_event(history, ids["one"])
    assert (first.start, first.end, first.event_ids) == (
        "2026-06-15T00:00:00.000", "2026-06-17T00:00:00.000", (ids["one"],))
    second = cr.since_previous_event(history, ids["two"])
    assert (second.start, second.end, second.event_ids) == (
        "2026-06-17T00:00:00.000", "2026-07-22T00:00:00.000", (ids["one"], ids["two"]))
    report = cr.build_report(history, second)
    assert _one(report, "quick_win", ids["wifi"]).status == "chosen"
    # removed in the homework, restored in Bimtek II: no net change of its existence
    assert not [c for c in report.changes if c.record_id == ids["gone"]
                and c.status in ("removed", "restored")]


def test_yearly_targets_show_before_and_after(story):
    ws, ids = story
    ws.clock.at("2026-08-01")
    budget.set_program_targets(ws, ids["wifi"], {2027: "10 desa"})
    budget.set_program_targets(ws, ids["wifi"], {2027: "12 desa", 2028: "20 desa"})
    direction.update_objective(ws, ids["tujuan"], targets={2027: "80%"})
    history = load_history(ws)
    report = cr.build_report(history, cr.between_moments("2026-08-01"))
    wifi = _one(report, "program", ids["wifi"])
    [field] = wifi.fields
    assert field.field == "targets" and field.known
    assert cr.value_text(field.field, field.old, history) == "–"
    assert cr.value_text(field.field, field.new, history) == "2027: 12 desa; 2028: 20 desa"
    assert cr.field_label("targets") == "Target per tahun"
    objective = _one(report, "objective", ids["tujuan"])
    assert [(f.field, f.new) for f in objective.fields] == [("targets", {"2027": "80%"})]


def test_a_group_and_a_linked_sasaran_show_by_name_not_by_id(story):
    """A program put on a table group (issue 10) shows the group's name, a program linked to a
    sasaran the sasaran's text: never the record's internal id."""
    from smartbimtek.services import groups

    ws, ids = story
    ws.clock.at("2026-08-01")
    group = groups.add_group(ws, "Meja Tata Kelola", "custom")
    groups.set_entry_group(ws, "program", ids["wifi"], group.id)
    sasaran = direction.add_objective(ws, "sasaran", "Desa terhubung", parent_id=ids["tujuan"])
    programs.update_program(ws, ids["wifi"], objective_id=sasaran.id)
    history = load_history(ws)
    report = cr.build_report(history, cr.between_moments("2026-08-01"))
    wifi = _one(report, "program", ids["wifi"])
    shown = {cr.field_label(f.field): (cr.value_text(f.field, f.old, history),
                                       cr.value_text(f.field, f.new, history))
             for f in wifi.fields}
    assert shown["Kelompok"] == ("–", "Meja Tata Kelola")
    assert shown["Sasaran"] == ("–", "Desa terhubung")
    assert cr.field_label("group_id", "en") == "Group"
