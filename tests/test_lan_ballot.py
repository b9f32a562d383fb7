"""The prioritisation ballot and the polls (issue 8, point 10): titles and ids only in the
ballot, a program's details on demand, and ``304`` for unchanged polls (ETag).

Before: every phone downloaded every OPD's program descriptions with each 4-second poll
(6 MB after one OPD's junk)."""

from __future__ import annotations

import time

import pytest
from lan_support import LanFixture, served

from smartbimtek.services import agenda, lan, programs

JUNK = 40  # programs of the junk OPD, each with a 20,000-character description


@pytest.fixture(scope="module")
def fx(tmp_path_factory) -> LanFixture:
    with served(tmp_path_factory.mktemp("ballot") / "ballot.bimtek") as fixture:
        for n in range(JUNK):
            programs.add_program(fixture.ws, fixture.opds["BAPPEDA"], f"Program sampah {n}",
                                 "economy", description=("sampah " * 2_900)[:20_000],
                                 benefit="b" * 20_000)
        yield fixture


def _etag(headers: dict) -> str:
    return {k.lower(): v for k, v in headers.items()}.get("etag", "")


def _raw_size(headers: dict) -> int:
    return int(headers["Content-Length"])


def test_the_ballot_stays_small_whatever_the_descriptions(fx):
    fx.start("prioritisation")
    phone = fx.client("DINKES")
    status, body, headers = phone.request("GET", "/api/state")
    assert status == 200
    ballot = body["ballot"]
    assert len(ballot["programs"]) == JUNK + 3
    assert all(set(p) == {"id", "title", "opd_code", "dimension", "horizon"}
               for p in ballot["programs"])
    # the bound depends on the number of programs, not on their texts (40 x 40,000 before)
    assert _raw_size(headers) < 4_000 + 250 * len(ballot["programs"])
    assert "sampah sampah" not in str(body)


def test_a_programs_details_come_on_demand(fx):
    fx.start("prioritisation")
    phone = fx.client("DINKES")
    junk = next(p for p in programs.list_programs(fx.ws, opd_id=fx.opds["BAPPEDA"])
                if p.title == "Program sampah 7")
    status, body, _ = phone.request("GET", f"/api/programs/{junk.id}")
    assert status == 200
    detail = body["program"]
    assert detail["id"] == junk.id and detail["opd_code"] == "BAPPEDA"
    assert detail["description"] == junk.description and detail["benefit"] == "b" * 20_000
    assert phone.request("GET", "/api/programs/no-such-program")[0] == 404
    gone = programs.add_program(fx.ws, fx.opds["DINKES"], "Dihapus", "living")
    programs.delete_program(fx.ws, gone.id)
    assert phone.request("GET", f"/api/programs/{gone.id}")[0] == 404
    stranger = fx.client()
    assert stranger.request("GET", f"/api/programs/{junk.id}")[0] == 401


def test_an_unchanged_state_poll_gets_304(fx):
    fx.start("prioritisation")
    phone = fx.client("DISKOMINFO")
    status, first, headers = phone.request("GET", "/api/state")
    tag = _etag(headers)
    assert status == 200 and tag
    time.sleep(0.2)  # the timer moved on: still "unchanged" (the page runs the timer itself)
    status, body, again = phone.request("GET", "/api/state", headers={"If-None-Match": tag})
    assert status == 304 and body is None and _etag(again) == tag
    target = fx.programs["DINKES"]
    assert phone.submit("PUT", "/api/scores", {"program_id": target, "criterion": "impact",
                                              "value": 2})[0] == 200
    status, body, changed = phone.request("GET", "/api/state", headers={"If-None-Match": tag})
    assert status == 200 and _etag(changed) != tag
    assert body["ballot"]["scores"][target] == {"impact": 2}
    status, _, _ = phone.request("GET", "/api/state", headers={"If-None-Match": _etag(changed)})
    assert status == 304
    lan.set_input_locked(fx.ws, True)  # a facilitator's switch changes it too
    try:
        status, body, _ = phone.request("GET", "/api/state",
                                        headers={"If-None-Match": _etag(changed)})
        assert status == 200 and body["locked"] is True
    finally:
        lan.set_input_locked(fx.ws, False)


def test_extending_the_timer_changes_the_state(fx):
    fx.start("prioritisation")
    phone = fx.client("DISKOMINFO")
    _, first, headers = phone.request("GET", "/api/state")
    agenda.extend_step(fx.ws, fx.event_id, 1)
    status, body, _ = phone.request("GET", "/api/state", headers={"If-None-Match": _etag(headers)})
    assert status == 200 and body["step"]["total"] == first["step"]["total"] + 60


def test_results_answer_304_until_they_change(fx):
    fx.start("prioritisation")
    phone = fx.client("DINKES")
    lan.set_results_hidden(fx.ws, False)
    try:
        status, body, headers = phone.request("GET", "/api/results")
        assert status == 200 and _etag(headers)
        status, _, _ = phone.request("GET", "/api/results",
                                     headers={"If-None-Match": _etag(headers)})
        assert status == 304
        programs.set_votes(fx.ws, fx.programs["DISKOMINFO"], "BAPPEDA", 3)
        status, body, changed = phone.request("GET", "/api/results",
                                              headers={"If-None-Match": _etag(headers)})
        assert status == 200 and _etag(changed) != _etag(headers)
    finally:
        lan.set_results_hidden(fx.ws, True)
