"""Shared set-up of the local-network tests: a small workshop built through the services and
a live waitress server on 127.0.0.1 (ephemeral port); ``served`` runs one for a block and the
module fixture ``fx`` one for a test module (``from lan_support import fx`` and name it in
the module's ``__all__``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from smartbimtek.server import LanServer
from smartbimtek.server.client import LanClient
from smartbimtek.services import agenda, lan, plan, programs, roster, swot
from smartbimtek.store import Workshop, open_workshop


@dataclass
class LanFixture:
    """A workshop with three OPDs, Bimtek I's agenda, one program per OPD, and its server."""

    path: Path
    ws: Workshop
    server: LanServer
    url: str
    event_id: str
    opds: dict[str, str]  # code -> id
    codes: dict[str, str]  # OPD code -> join code
    programs: dict[str, str]  # OPD code -> program id

    def start(self, kind: str, anonymity: str | None = None) -> str:
        """Bring everyone to the first step of ``kind``; returns its id."""
        step = next(s for s in agenda.list_steps(self.ws, self.event_id) if s.kind == kind)
        if anonymity:
            agenda.update_step(self.ws, step.id, anonymity=anonymity)
        agenda.start_step(self.ws, self.event_id, step.id)
        return step.id

    def client(self, opd_code: str | None = None, name: str = "Budi") -> LanClient:
        """A client (joined to ``opd_code``'s table when given)."""
        client = LanClient(self.url)
        if opd_code:
            status, body = client.join(self.codes[opd_code], name)
            assert status == 200, body
            client.state()
        return client

    def counts(self) -> dict[str, int]:
        """Rows that refused requests must leave unchanged."""
        tables = ("swot_items", "programs", "scores", "votes", "audit", "lan_sessions",
                  "lan_idempotency", "lan_done")
        return {t: self.ws.query_one(f"SELECT count(*) FROM {t}")[0] for t in tables}


def build_workshop(path: Path) -> tuple[Workshop, str, dict[str, str], dict[str, str]]:
    """The small workshop: OPDs DISKOMINFO, BAPPEDA, DINKES; Bimtek I; one program each."""
    ws = open_workshop(path, create=True)
    plan.update_plan(ws, region_name="Kabupaten Uji")
    event = plan.add_event(ws, "I", start_date="2025-06-15")
    opds = {}
    for n, (code, name) in enumerate((("DISKOMINFO", "Dinas Komunikasi dan Informatika"),
                                      ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah"),
                                      ("DINKES", "Dinas Kesehatan")), start=1):
        opds[code] = roster.add_opd(ws, code, name, n).id
    progs = {code: programs.add_program(ws, opd_id, f"Program {code}", "governance").id
             for code, opd_id in opds.items()}
    swot.add_item(ws, opds["BAPPEDA"], "S", "Dokumen RPJMD sudah memuat transformasi digital")
    return ws, event.id, opds, progs


def start_fixture(path: Path, **server_options) -> LanFixture:
    """Build the workshop at ``path`` and start its server on an ephemeral port."""
    ws, event_id, opds, progs = build_workshop(path)
    server = LanServer(path, "127.0.0.1", 0, **server_options)
    url = server.start()
    codes = {code: lan.active_codes(ws)[opd_id].code for code, opd_id in opds.items()}
    return LanFixture(path, ws, server, url, event_id, opds, codes, progs)


def add_exercise_steps(fixture: LanFixture) -> None:
    """Give Bimtek I's agenda a vision keywords step and a chapter review step (day 2), for
    the exercises of issue 10."""
    for kind, title in (("keywords", "Kata kunci visi"), ("review", "Reviu bab")):
        agenda.add_step(fixture.ws, fixture.event_id, 2, title, 30, kind=kind)


class _Boom:
    """A socket map entry whose ``readable()`` raises: waitress' loop dies on it."""

    def readable(self):
        raise RuntimeError("loop killed by the test")

    def writable(self):
        return False

    def close(self):
        pass


def kill_loop(waitress_server) -> None:
    """Make a waitress server's loop die (what the supervisor must survive): a socket map
    entry whose ``readable()`` raises, slipped in through the loop's own trigger."""
    waitress_server.trigger.pull_trigger(
        lambda: waitress_server._map.__setitem__(-1, _Boom()))


@contextmanager
def served(path: Path, **server_options) -> Iterator[LanFixture]:
    """The small workshop at ``path`` with its server running (``join_limit`` 1000 unless
    given: the tests join far more often than a venue); stopped and closed on leaving."""
    fixture = start_fixture(path, **{"join_limit": 1000, **server_options})
    try:
        yield fixture
    finally:
        fixture.server.stop()
        fixture.ws.close()


@pytest.fixture(scope="module")
def fx(tmp_path_factory) -> Iterator[LanFixture]:
    """A served workshop for the test module."""
    with served(tmp_path_factory.mktemp("lan") / "lan.bimtek") as fixture:
        yield fixture
