"""waitress' loop no longer spins while requests run (``server/channel.py``): the profile of
``bench/lan.py`` found ~17 loop turns per request, a third of the server's CPU."""

from __future__ import annotations

import threading

from lan_support import start_fixture
from waitress import wasyncore
from waitress.channel import HTTPChannel

from smartbimtek.server.channel import QuietChannel


class _Bare(QuietChannel):
    """A channel's state without a socket."""

    def __init__(self, requests: list, pending: int, closing: bool = False) -> None:  # noqa: D107
        self.requests = requests
        self.total_outbufs_len = pending
        self.will_close = closing
        self.close_when_flushed = False

        class Adj:
            outbuf_high_watermark = 1000

        self.adj = Adj()


def test_a_running_request_does_not_make_its_channel_writable():
    assert not _Bare(["running"], 200).writable()  # its own thread sends what it wrote
    assert _Bare(["running"], 2000).writable()  # over the high watermark: the loop helps
    assert _Bare([], 200).writable()  # the request ended: the loop sends the rest
    assert not _Bare([], 0).writable()
    assert _Bare(["running"], 0, closing=True).writable()


def test_the_server_uses_it_and_the_loop_turns_a_few_times_per_request(tmp_path, monkeypatch):
    turns = [0]
    for name in ("poll", "poll2"):
        original = getattr(wasyncore, name)

        def counted(*args, _original=original, **kwargs):
            turns[0] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(wasyncore, name, counted)  # before the loop starts
    fx = start_fixture(tmp_path / "loop.bimtek", join_limit=1000)
    try:
        fx.start("swot")
        clients = [fx.client(code) for code in fx.codes for _ in range(4)]
        channels = [c for c in fx.server._server._map.values() if isinstance(c, HTTPChannel)]
        assert channels and all(isinstance(c, QuietChannel) for c in channels)
        failures: list[str] = []
        before = turns[0]

        def phone(client) -> None:
            for n in range(25):
                status, body, _ = client.submit("POST", "/api/swot",
                                                {"quadrant": "S", "text": f"Butir {n}"})
                if status != 201:
                    failures.append(f"{status} {body}")

        threads = [threading.Thread(target=phone, args=(c,)) for c in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        requests = 25 * len(clients)
        assert failures == []
        assert (turns[0] - before) / requests < 8  # was ~17 with waitress' own channel
    finally:
        fx.server.stop()
        fx.ws.close()
