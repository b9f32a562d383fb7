"""Issue 8, point 8: a flood of idle connections must not kill the table input server, and a
server whose loop dies anyway is restarted on the same port. Real sockets on 127.0.0.1."""

from __future__ import annotations

import contextlib
import socket
import threading

import pytest
from lan_support import kill_loop, start_fixture

from smartbimtek.server import capacity
from smartbimtek.server.client import LanClient

try:
    import resource  # POSIX: the descriptor limit to raise
except ImportError:  # Windows: select() counts sockets there, the flood test needs POSIX
    resource = None


def _answers(url: str, attempts: int = 40) -> int:
    """Status of ``GET /api/public``, retried on a fresh connection a bounded number of times
    (each attempt waits at most 0.5 s for an answer)."""
    status = 0
    for _ in range(attempts):
        client = LanClient(url, timeout=0.5)
        try:
            status = client.request("GET", "/api/public")[0]
        except OSError:
            status = 0
        finally:
            client.close()
        if status == 200:
            break
    return status


@pytest.fixture
def raised_file_limit():
    if resource is None:
        pytest.skip("needs POSIX resource limits")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else 8192
    if wanted < 3000:
        pytest.skip(f"the hard limit of open files ({hard}) is too low for this test")
    resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_eleven_hundred_idle_connections_do_not_kill_the_server(tmp_path, raised_file_limit):
    fx = start_fixture(tmp_path / "flood.bimtek")
    held: list[socket.socket] = []
    try:
        assert fx.server.connection_limit <= capacity.MAX_CONNECTIONS
        port = fx.server.port
        failed = 0
        for _ in range(1100):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.settimeout(2)
            try:
                sock.connect(("127.0.0.1", port))
            except OSError:
                failed += 1
                sock.close()
                continue
            held.append(sock)
        assert len(held) + failed == 1100
        assert fx.server.running
        # one address cannot hold more than its share of the server
        assert len(fx.server._server.active_channels) <= fx.server.per_address_limit
        assert fx.server.refused_connections > 0
    finally:
        for sock in held:
            sock.close()
    try:
        assert _answers(fx.url) == 200
        assert fx.server.running and fx.server.restarts == 0
        assert fx.client("BAPPEDA").state()[0] == 200
    finally:
        fx.server.stop()
        fx.ws.close()


def test_a_dead_server_loop_is_restarted_on_the_same_port(tmp_path):
    restarted: list[int] = []
    seen = threading.Event()

    def on_restart(count: int) -> None:
        restarted.append(count)
        seen.set()

    fx = start_fixture(tmp_path / "restart.bimtek")
    fx.server.on_restart = on_restart
    try:
        fx.start("swot")
        phone = fx.client("DINKES")
        url, port = fx.url, fx.server.port
        old = fx.server._server
        kill_loop(old)
        assert seen.wait(30), "the server was not restarted"
        assert restarted == [1] and fx.server.restarts == 1
        assert fx.server.last_restart is not None
        assert fx.server._server is not old and fx.server.port == port and fx.server.url == url
        assert fx.server.running
        assert _answers(url) == 200
        phone.close()  # its kept-alive connection died with the old loop; the session lives on
        status, state = phone.state()
        assert status == 200 and state["table"]["opd_code"] == "DINKES"
        assert phone.submit("POST", "/api/swot", {"quadrant": "S", "text": "Setelah restart"}
                            )[0] == 201
    finally:
        fx.server.stop()
        fx.ws.close()
    assert not fx.server.running
    with contextlib.closing(socket.socket()) as probe:  # the port is really released
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))


def test_the_connection_limit_stays_under_select_and_the_file_limit():
    assert capacity.connection_limit(highest=20, soft_limit=65536) == capacity.MAX_CONNECTIONS
    # a busy process: what is left under FD_SETSIZE after the reserve
    assert capacity.connection_limit(highest=500, soft_limit=65536) == \
        capacity.SELECT_FD_SETSIZE - 1 - 500 - capacity.RESERVED_DESCRIPTORS
    assert capacity.connection_limit(highest=300, soft_limit=520) == capacity.MIN_CONNECTIONS
    assert capacity.connection_limit(highest=1000, soft_limit=65536) == capacity.MIN_CONNECTIONS
    assert capacity.per_address_limit(500) == 125
    assert capacity.per_address_limit(64) == capacity.MIN_PER_ADDRESS


def test_a_server_that_cannot_listen_again_retries_until_stopped(tmp_path, monkeypatch):
    fx = start_fixture(tmp_path / "retry.bimtek")
    tries = threading.Event()
    attempts: list[int] = []

    def refuse(port: int):
        attempts.append(port)
        if len(attempts) >= 3:
            tries.set()
        raise OSError(98, "Address already in use")

    try:
        port = fx.server.port
        monkeypatch.setattr(fx.server, "_create_server", refuse)
        old = fx.server._server
        kill_loop(old)
        assert tries.wait(30), "the supervisor did not retry"
        assert set(attempts) == {port} and fx.server.running and fx.server.restarts == 0
    finally:
        fx.server.stop()
        fx.ws.close()
    assert not fx.server.running
