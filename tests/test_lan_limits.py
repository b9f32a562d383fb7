"""Issue 8, point 11: joining is limited per address AND globally (wrong codes from all
addresses together), the limiter's memory is bounded, and the guessing odds stay under 0.1%
in 8 hours. Fake clocks only."""

from __future__ import annotations

import pytest
from clock_support import MonotonicClock
from lan_support import build_workshop

from smartbimtek.server import security
from smartbimtek.server.app import close_app, create_app
from smartbimtek.services import lan


def test_many_addresses_share_one_budget_of_wrong_codes():
    clock = MonotonicClock()
    throttle = security.JoinThrottle(security.RateLimiter(10, 60, clock),
                                     security.FailureBudget(60, 300, clock))
    tried = 0
    for n in range(300):  # 300 addresses, 10 guesses each, within a few seconds
        for _ in range(10):
            wait, ticket = throttle.attempt(f"10.0.{n // 250}.{n % 250}")
            if ticket is not None:
                tried += 1
                throttle.settle(ticket, failed=True)
            else:
                assert wait >= 1
        clock.now += 0.01
    assert tried == 60
    clock.now += 300  # the window has passed: the budget is back
    wait, ticket = throttle.attempt("10.9.9.9")
    assert wait == 0 and ticket is not None


def test_right_codes_never_use_the_global_budget():
    clock = MonotonicClock()
    throttle = security.JoinThrottle(security.RateLimiter(10, 60, clock),
                                     security.FailureBudget(60, 300, clock))
    for n in range(500):  # a big venue: every phone joins in the same minute
        wait, ticket = throttle.attempt(f"192.168.1.{n % 250}/{n}")
        assert wait == 0
        throttle.settle(ticket, failed=False)
    assert throttle.failures.used == 0
    for n in range(59):  # typos still leave room
        _, ticket = throttle.attempt(f"192.168.2.{n}")
        throttle.settle(ticket, failed=True)
    assert throttle.failures.used == 59
    assert throttle.attempt("192.168.3.1")[1] is not None


def test_parallel_guesses_cannot_overshoot_the_budget():
    """Slots are booked before the code is checked, so in-flight guesses count."""
    clock = MonotonicClock()
    throttle = security.JoinThrottle(security.RateLimiter(10, 60, clock),
                                     security.FailureBudget(5, 300, clock))
    tickets = [throttle.attempt(f"10.1.1.{n}")[1] for n in range(8)]
    assert sum(t is not None for t in tickets) == 5


def test_the_per_address_table_stays_bounded():
    clock = MonotonicClock()
    limiter = security.RateLimiter(10, 60, clock, max_keys=1000)
    for n in range(100_000):
        assert limiter.check(f"key-{n}") == 0
        assert len(limiter) <= 1000
    assert len(limiter) == 1000
    # the most recent addresses are still limited
    for _ in range(9):
        limiter.check("key-99999")
    assert limiter.check("key-99999") >= 1


def test_the_default_limiter_is_bounded():
    limiter = security.RateLimiter(clock=MonotonicClock())
    for n in range(security.MAX_TRACKED_ADDRESSES * 3):
        limiter.check(str(n))
    assert len(limiter) == security.MAX_TRACKED_ADDRESSES


def test_guessing_odds_in_eight_hours_stay_under_a_thousandth():
    space = len(lan.ALPHABET) ** lan.CODE_LENGTH
    assert space == 31 ** 6 == 887_503_681
    guesses = security.FAILED_JOIN_LIMIT * (8 * 3600 / security.FAILED_JOIN_WINDOW)
    assert guesses == 5760
    assert security.brute_force_odds(150) == pytest.approx(5760 * 150 / space)
    assert security.brute_force_odds(150) < 0.001
    assert security.brute_force_odds(40) < 0.0003


@pytest.fixture
def app_and_codes(tmp_path):
    ws, _, opds, _ = build_workshop(tmp_path / "limits.bimtek")
    codes = {code: c.code for code, c in
             ((code, lan.ensure_codes(ws)[opd_id]) for code, opd_id in opds.items())}
    clock = MonotonicClock()
    app = create_app(ws.path, join_limit=10, join_window=60, failed_join_limit=5,
                     failed_join_window=300, clock=clock)
    yield app, codes, clock, ws
    close_app(app)
    ws.close()


def _join(app, code: str, address: str) -> tuple[int, dict, dict]:
    client = app.test_client()
    response = client.post("/api/join", json={"code": code, "name": "Ani"},
                           environ_base={"REMOTE_ADDR": address})
    return response.status_code, response.get_json(), dict(response.headers)


def test_the_server_applies_the_global_budget_to_wrong_codes_only(app_and_codes):
    app, codes, clock, ws = app_and_codes
    for n in range(35):  # 35 tables join at once: none is slowed down
        assert _join(app, codes["DINKES"], f"192.168.1.{n + 10}")[0] == 200
    for n in range(5):  # five wrong codes from five addresses
        assert _join(app, "ZZZZZZ", f"10.0.0.{n + 1}")[0] == 403
    status, body, headers = _join(app, codes["BAPPEDA"], "10.0.0.99")
    assert status == 429 and body["error"]["code"] == "rate_limited"  # even a right code
    assert 1 <= int(headers["Retry-After"]) <= 300
    assert ws.query_one("SELECT count(*) FROM lan_sessions")[0] == 35
    clock.now += 301
    assert _join(app, codes["BAPPEDA"], "10.0.0.99")[0] == 200


def test_a_spent_budget_is_logged_once_a_minute(caplog):
    clock = MonotonicClock()
    throttle = security.JoinThrottle(security.RateLimiter(10, 60, clock),
                                     security.FailureBudget(3, 300, clock))
    for n in range(3):
        throttle.settle(throttle.attempt(f"10.2.0.{n}")[1], failed=True)
    with caplog.at_level("WARNING", logger="smartbimtek.server.security"):
        for n in range(20):
            assert throttle.attempt(f"10.3.0.{n}")[1] is None
        clock.now += 61
        assert throttle.attempt("10.4.0.1")[1] is None
    warnings = [r for r in caplog.records if "joins paused" in r.getMessage()]
    assert len(warnings) == 2 and "10.3.0.0" in warnings[0].getMessage()
    assert throttle.paused == 21
