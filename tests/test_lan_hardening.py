"""Issue 8, point 13: malformed JSON, "done" while input is locked, DNS rebinding (the Host
header), and an idempotency key reused with another body. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import pytest
from lan_support import fx

from smartbimtek.server.client import LanClient
from smartbimtek.server.security import CSRF_HEADER, KEY_HEADER, HostPolicy
from smartbimtek.services import lan

__all__ = ["fx"]  # the fixture this module uses from lan_support


def _raw(client: LanClient, path: str, raw: bytes, key: str) -> tuple[int, object]:
    headers = {"Content-Type": "application/json", KEY_HEADER: key, CSRF_HEADER: client.csrf}
    status, body, _ = client.request("POST", path, headers=headers, raw=raw)
    return status, body


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-Infinity", b"1e999"])
def test_non_finite_numbers_are_refused_not_a_server_error(fx, number):
    fx.start("programs")
    client = fx.client("DISKOMINFO")
    before = fx.counts()
    raw = b'{"title": "Angka", "dimension": "governance", "start_year": ' + number + b"}"
    status, body = _raw(client, "/api/programs", raw, f"nonfinite-{number[-3:].decode()}")
    assert status in (400, 422), (status, body)
    assert body["error"]["code"] in ("bad_request", "type", "range")
    assert fx.counts() == before


def test_deeply_nested_json_is_refused_not_a_server_error(fx):
    fx.start("swot")
    client = fx.client("DISKOMINFO")
    before = fx.counts()
    for depth in (40, 50_000):
        raw = b'{"quadrant": "S", "text": ' + b"[" * depth + b"]" * depth + b"}"
        status, body = _raw(client, "/api/swot", raw, f"deep-json-{depth}")
        assert status in (400, 422), (depth, status, body)
        assert body["error"]["code"] == "bad_request"
    assert fx.counts() == before
    assert client.submit("POST", "/api/swot", {"quadrant": "S", "text": "Masih jalan"})[0] == 201


def test_done_is_refused_while_input_is_locked(fx):
    step_id = fx.start("swot")
    client = fx.client("DINKES")
    lan.set_input_locked(fx.ws, True)
    try:
        before = fx.counts()
        status, body, _ = client.submit("POST", "/api/done", {"done": True})
        assert status == 423 and body["error"]["code"] == "locked_input"
        assert fx.counts() == before
        assert fx.opds["DINKES"] not in lan.done_opds(fx.ws, step_id)
    finally:
        lan.set_input_locked(fx.ws, False)
    assert client.submit("POST", "/api/done", {"done": True})[0] == 200


def test_a_foreign_host_name_is_refused_dns_rebinding(fx):
    fx.start("swot")
    client = fx.client("BAPPEDA")
    port = fx.server.port
    before = fx.counts()
    evil = f"evil.example:{port}"
    origin = {"Host": evil, "Origin": f"http://{evil}"}
    status, body, _ = client.request("POST", "/api/join",
                                     {"code": fx.codes["BAPPEDA"], "name": "X"}, headers=origin)
    assert status == 403 and body["error"]["code"] == "host"
    headers = dict(origin, **{CSRF_HEADER: client.csrf, KEY_HEADER: "rebinding-key-1"})
    status, body, _ = client.request("POST", "/api/swot", {"quadrant": "S", "text": "x"},
                                     headers=headers)
    assert status == 403 and body["error"]["code"] == "host"
    assert client.request("GET", "/api/public", headers={"Host": evil})[0] == 403
    assert client.request("GET", "/", headers={"Host": evil})[0] == 403
    # the server's own addresses, with its port, are fine; another port is not
    for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
        assert client.request("GET", "/api/public", headers={"Host": host})[0] == 200, host
    assert client.request("GET", "/api/public",
                          headers={"Host": f"127.0.0.1:{port + 1}"})[0] == 403
    assert fx.counts() == before


def test_an_idempotency_key_reused_with_another_body_is_refused(fx):
    fx.start("swot")
    client = fx.client("DISKOMINFO")
    first = client.submit("POST", "/api/swot", {"quadrant": "O", "text": "Pertama"},
                          key="reused-key-0001")
    assert first[0] == 201
    before = fx.counts()
    status, body, headers = client.submit("POST", "/api/swot",
                                          {"quadrant": "O", "text": "Kedua, lain"},
                                          key="reused-key-0001")
    assert status == 422 and body["error"]["code"] == "idempotency_mismatch"
    assert "Idempotent-Replay" not in headers
    assert fx.counts() == before
    # the same body (keys in another order) is still a replay
    again = client.submit("POST", "/api/swot", {"text": "Pertama", "quadrant": "O"},
                          key="reused-key-0001")
    assert again[0] == 201 and again[1] == first[1]
    assert again[2].get("Idempotent-Replay") == "true"
    # the same key on another route is another body too
    status, body, _ = client.submit("POST", "/api/done", {"done": True}, key="reused-key-0001")
    assert status == 422 and body["error"]["code"] == "idempotency_mismatch"


def test_the_host_policy_knows_this_machines_addresses_only():
    policy = HostPolicy(8765, "0.0.0.0", addresses=lambda: ["192.0.2.10"])
    assert policy.allows("192.0.2.10:8765")  # listed at start
    assert policy.allows("127.0.0.1:8765") and policy.allows("LOCALHOST:8765")
    assert policy.allows("127.0.0.2:8765")  # not listed, but an address of this machine
    assert not policy.allows("192.0.2.10:8766")  # another port
    assert not policy.allows("198.51.100.7:8765")  # not ours (documentation range)
    assert not policy.allows("0.0.0.0:8765")
    assert not policy.allows("evil.example:8765") and not policy.allows("localhost.evil:8765")
    assert not policy.allows("") and not policy.allows(None) and not policy.allows("x:y")
    for n in range(HostPolicy.MAX_REMEMBERED * 2):  # unknown addresses: bounded memory
        assert not policy.allows(f"198.51.{n // 250}.{n % 250}:8765")
    assert len(policy._known) <= HostPolicy.MAX_REMEMBERED
    assert policy.allows("192.0.2.10:8765")
