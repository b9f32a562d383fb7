"""Write limits of the table input (issue 8, point 9): a per-session token bucket (429 with
``Retry-After``) and per-OPD quotas per step (409 ``quota_items`` / ``quota_text``).

Reproduces the attack: one phone posting programs with 20,000-character fields as fast as it
can. Before the limits every one was written (1,406 programs, 234 MB in 10 s)."""

from __future__ import annotations

import pytest
from clock_support import MonotonicClock
from lan_support import fx

from smartbimtek.errors import PermissionDenied
from smartbimtek.server.limits import TokenBucket, retry_after, write_limiter
from smartbimtek.services import lan, lan_entries, lan_limits, swot

__all__ = ["fx"]  # the fixture this module uses from lan_support


@pytest.fixture
def clock(fx) -> MonotonicClock:
    """A fresh write limiter of 3 entries at once, then 1 per second, on a fake clock."""
    fake = MonotonicClock()
    ctx = fx.server.app.extensions["smartbimtek"]
    ctx["write_limiter"] = TokenBucket(3, 1.0, clock=fake)
    yield fake
    ctx["write_limiter"] = TokenBucket(lan_limits.WRITE_BURST, lan_limits.WRITE_PER_SECOND)


# -- the token bucket -----------------------------------------------------------------------
def test_a_bucket_gives_a_burst_then_a_steady_rate():
    fake = MonotonicClock()
    bucket = TokenBucket(3, 2.0, clock=fake)
    assert [bucket.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take("a") == pytest.approx(0.5)
    assert bucket.take("b") == 0.0  # another session has its own bucket
    fake.now += 0.5
    assert bucket.take("a") == 0.0
    assert bucket.take("a") == pytest.approx(0.5)
    fake.now += 60
    assert [bucket.take("a") for _ in range(4)][-1] > 0  # refills to the burst, not beyond
    assert retry_after(0.01) == 1 and retry_after(1.2) == 2


def test_the_bucket_memory_is_bounded():
    fake = MonotonicClock()
    bucket = TokenBucket(2, 1.0, clock=fake, max_keys=100)
    for n in range(1000):
        bucket.take(f"session-{n}")
    assert len(bucket) <= 100
    bucket.take("busy")
    bucket.take("busy")
    for n in range(1000, 1099):
        bucket.take(f"session-{n}")
    assert bucket.take("busy") > 0  # a recently used, empty bucket is not forgotten


def test_the_default_limits_fit_a_fast_secretary(fx):
    assert lan_limits.WRITE_BURST >= 20 and 0.5 <= lan_limits.WRITE_PER_SECOND <= 2
    limiter = write_limiter(fx.server.app)
    assert (limiter.burst, limiter.per_second) == (lan_limits.WRITE_BURST,
                                                    lan_limits.WRITE_PER_SECOND)


# -- 429 over HTTP --------------------------------------------------------------------------
def test_a_session_over_its_rate_gets_429_with_retry_after_and_nothing_is_written(fx, clock):
    fx.start("swot")
    phone = fx.client("DISKOMINFO", "Cepat")
    neighbour = fx.client("DISKOMINFO", "Pelan")
    for n in range(3):
        status, _, _ = phone.submit("POST", "/api/swot", {"quadrant": "S", "text": f"Cepat {n}"})
        assert status == 201
    before = fx.counts()
    status, body, headers = phone.submit("POST", "/api/swot", {"quadrant": "S",
                                                               "text": "Cepat 3"},
                                         key="slow-down-key-1")
    assert status == 429
    assert headers["Retry-After"] == "1"
    assert body["error"]["code"] == "slow_down" and body["error"]["retry_after"] == 1
    assert fx.counts() == before  # nothing written, the key not used up
    assert neighbour.submit("POST", "/api/swot", {"quadrant": "W", "text": "Pelan"})[0] == 201
    clock.now += 1.0
    status, body, _ = phone.submit("POST", "/api/swot", {"quadrant": "S", "text": "Cepat 3"},
                                   key="slow-down-key-1")
    assert status == 201 and body["item"]["text"] == "Cepat 3"
    assert phone.state()[0] == 200  # reading is not limited


# -- quotas per OPD and step ----------------------------------------------------------------
def test_swot_and_program_quotas_per_step(fx, monkeypatch):
    monkeypatch.setattr(lan_limits, "MAX_SWOT_PER_STEP", 3)
    monkeypatch.setattr(lan_limits, "MAX_PROGRAMS_PER_STEP", 2)
    fx.start("swot")
    phones = [fx.client("BAPPEDA", "A"), fx.client("BAPPEDA", "B")]  # quotas are per OPD
    ids = []
    for n in range(3):
        status, body, _ = phones[n % 2].submit("POST", "/api/swot",
                                               {"quadrant": "O", "text": f"Kuota {n}"})
        assert status == 201
        ids.append(body["item"]["id"])
    before = fx.counts()
    status, body, _ = phones[1].submit("POST", "/api/swot", {"quadrant": "O", "text": "Lebih"})
    assert status == 409
    assert body["error"]["code"] == "quota_items"
    assert body["error"]["params"] == {"kind": "swot", "max": 3}
    assert fx.counts() == before
    # edits and deletes of the table's own items still go through
    assert phones[0].submit("PUT", f"/api/swot/{ids[0]}", {"text": "Kuota diubah"})[0] == 200
    assert phones[0].submit("DELETE", f"/api/swot/{ids[1]}")[0] == 200
    assert fx.client("DINKES").submit("POST", "/api/swot",
                                      {"quadrant": "O", "text": "Meja lain"})[0] == 201
    fx.start("programs")  # a new step, a new quota
    for n in range(2):
        assert phones[0].submit("POST", "/api/programs",
                                {"title": f"Program {n}", "dimension": "economy"})[0] == 201
    status, body, _ = phones[0].submit("POST", "/api/programs",
                                       {"title": "Program 2", "dimension": "economy"})
    assert status == 409 and body["error"]["params"] == {"kind": "programs", "max": 2}


def test_text_volume_quota_per_step(fx, monkeypatch):
    monkeypatch.setattr(lan_limits, "MAX_TEXT_PER_STEP", 9_000)
    step_id = fx.start("programs")
    phone = fx.client("DINKES")
    text = "d" * 4_000
    status, body, _ = phone.submit("POST", "/api/programs",
                                   {"title": "Panjang", "dimension": "living", "description": text})
    assert status == 201
    program_id = body["program"]["id"]
    used = lan_limits.step_usage(fx.ws, fx.opds["DINKES"], step_id)["text"]
    assert 4_000 < used < 5_000
    before = fx.counts()
    status, body, _ = phone.submit("PUT", f"/api/programs/{program_id}",
                                   {"description": text + "e" * 1_000})
    assert status == 409 and body["error"] == {
        "code": "quota_text", "message": body["error"]["message"], "params": {"max": 9_000}}
    assert "9000 characters" in body["error"]["message"]
    assert fx.counts() == before


def test_the_flood_from_the_issue_is_capped(fx):
    """One phone sends program after program with 20,000-character fields: only the quota
    gets in, and what it stores stays under the text volume cap."""
    step_id = fx.start("programs")
    session, _ = lan.join(fx.ws, fx.codes["DISKOMINFO"], "Banjir")
    field = "x" * 20_000
    accepted = refused = 0
    for n in range(150):
        payload = {"title": f"Sampah {n}", "dimension": "economy", "description": field,
                   "benefit": field}
        try:
            lan_entries.submit(fx.ws, session, f"flood-key-{n:05d}", "program.add", payload)
            accepted += 1
        except PermissionDenied as exc:
            assert exc.code in ("quota_items", "quota_text")
            refused += 1
    assert accepted <= lan_limits.MAX_PROGRAMS_PER_STEP and refused == 150 - accepted
    usage = lan_limits.step_usage(fx.ws, fx.opds["DISKOMINFO"], step_id)
    assert usage["program.add"] == accepted
    assert usage["text"] <= lan_limits.MAX_TEXT_PER_STEP
    assert 40 <= accepted <= lan_limits.MAX_TEXT_PER_STEP // 40_000  # ~2 MB, not 234 MB


def test_the_desktop_is_not_limited(fx, monkeypatch):
    monkeypatch.setattr(lan_limits, "MAX_SWOT_PER_STEP", 1)
    fx.start("swot")
    for n in range(3):
        swot.add_item(fx.ws, fx.opds["DISKOMINFO"], "T", f"Dari laptop fasilitator {n}")
