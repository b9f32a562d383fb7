"""Votes on deleted programs (issue 8, point 15): they leave the dot budget, every list and
total, and the phone ballot; restoring the program brings them back, and a voter over budget
can always take dots away but cannot add any."""

from __future__ import annotations

import pytest
from lan_support import fx

from smartbimtek.errors import PermissionDenied
from smartbimtek.services import programs, roster
from smartbimtek.snapshot import take_snapshot

__all__ = ["fx"]  # the fixture this module uses from lan_support


@pytest.fixture
def voted(ws):
    opd = roster.add_opd(ws, "BAPPEDA", "Badan Perencanaan Pembangunan Daerah", 1)
    one = programs.add_program(ws, opd.id, "Satu Data", "governance")
    two = programs.add_program(ws, opd.id, "Pasar Digital", "economy")
    ws.set_setting("vote_budget", 3)
    programs.set_votes(ws, one.id, "BAPPEDA", 3)
    return one, two


def test_deleting_a_voted_program_gives_the_dots_back(ws, voted):
    one, two = voted
    with pytest.raises(PermissionDenied):
        programs.set_votes(ws, two.id, "BAPPEDA", 1)
    programs.delete_program(ws, one.id)
    assert programs.votes_used(ws, "BAPPEDA") == 0
    assert programs.list_votes(ws) == []
    assert programs.vote_totals(ws) == {}
    programs.set_votes(ws, two.id, "BAPPEDA", 3)  # the whole budget again
    assert [(v.program_id, v.count) for v in programs.list_votes(ws)] == [(two.id, 3)]
    assert programs.vote_totals(ws) == {two.id: 3}
    assert ws.query_one("SELECT count FROM votes WHERE program_id=?", (one.id,))[0] == 3


def test_snapshot_and_exports_leave_out_votes_on_deleted_programs(ws, voted):
    one, _two = voted
    programs.delete_program(ws, one.id)
    assert take_snapshot(ws).votes == []


def test_restoring_brings_the_votes_back_and_over_budget_only_takes_dots_away(ws, voted):
    one, two = voted
    programs.delete_program(ws, one.id)
    programs.set_votes(ws, two.id, "BAPPEDA", 2)
    programs.restore_program(ws, one.id)
    assert programs.votes_used(ws, "BAPPEDA") == 5  # over the budget of 3: nothing is dropped
    assert programs.vote_totals(ws) == {one.id: 3, two.id: 2}
    with pytest.raises(PermissionDenied) as err:
        programs.set_votes(ws, two.id, "BAPPEDA", 3)
    assert err.value.code == "vote_budget"
    programs.set_votes(ws, one.id, "BAPPEDA", 3)  # the same count again changes nothing
    assert programs.votes_used(ws, "BAPPEDA") == 5
    programs.set_votes(ws, one.id, "BAPPEDA", 2)  # taking dots away is always allowed
    programs.set_votes(ws, two.id, "BAPPEDA", 1)
    assert programs.votes_used(ws, "BAPPEDA") == 3
    with pytest.raises(PermissionDenied):
        programs.set_votes(ws, two.id, "BAPPEDA", 2)


# -- the phone ballot ------------------------------------------------------------------------
def test_phone_ballot_forgets_votes_on_a_deleted_program(fx):
    fx.start("prioritisation")
    client = fx.client("DINKES")
    budget = fx.ws.setting("vote_budget")
    target, other = fx.programs["DISKOMINFO"], fx.programs["BAPPEDA"]
    status, body, _ = client.submit("PUT", "/api/votes", {"program_id": target, "count": budget})
    assert status == 200 and body["votes_used"] == budget
    status, body, _ = client.submit("PUT", "/api/votes", {"program_id": other, "count": 1})
    assert status == 409 and body["error"]["code"] == "vote_budget"
    programs.delete_program(fx.ws, target)
    status, state = client.state()
    ballot = state["ballot"]
    assert ballot["votes_used"] == 0
    assert ballot["votes"] == {}  # the phone adds these up for its "dots left" line
    status, body, _ = client.submit("PUT", "/api/votes", {"program_id": other, "count": budget})
    assert status == 200 and body["votes_used"] == budget
    programs.restore_program(fx.ws, target)
    status, state = client.state()
    assert state["ballot"]["votes"] == {target: budget, other: budget}
    assert state["ballot"]["votes_used"] == 2 * budget
    status, body, _ = client.submit("PUT", "/api/votes", {"program_id": target, "count": 0})
    assert status == 200 and body["votes_used"] == budget
