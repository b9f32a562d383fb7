"""Forty simulated tables submit for 30 seconds while the facilitator changes steps: every
acknowledged entry is in the file exactly once, and nothing else was written. Each table
sends as fast as it may: over its write rate it waits ``Retry-After`` like the page."""

from __future__ import annotations

import random
import threading
import time
import uuid

import pytest

from smartbimtek.server import LanServer
from smartbimtek.server.client import LanClient
from smartbimtek.services import agenda, lan, plan, roster
from smartbimtek.store import open_workshop

TABLES = 40
SECONDS = 30.0


@pytest.mark.slow
def test_forty_tables_while_the_facilitator_changes_steps(tmp_path):
    path = tmp_path / "busy.bimtek"
    ws = open_workshop(path, create=True)
    event = plan.add_event(ws, "I")
    roster.add_template_opds(ws)
    for n in range(len(roster.list_opds(ws)), TABLES):
        roster.add_opd(ws, f"KEC{n}", f"Kecamatan {n}")
    steps = agenda.list_steps(ws, event.id)
    cycle = [next(s for s in steps if s.kind == kind).id
             for kind in ("swot", "programs", "plenary")]
    agenda.start_step(ws, event.id, cycle[0])
    server = LanServer(path, "127.0.0.1", 0, join_limit=1000)
    url = server.start()
    codes = lan.active_codes(ws)
    opds = roster.list_opds(ws)[:TABLES]
    acknowledged: dict[str, tuple[str, str]] = {}  # entity id -> (kind, text)
    refused: list[str] = []
    replays = []
    slowed: list[int] = []
    failures: list[str] = []
    guard = threading.Lock()
    deadline = time.monotonic() + SECONDS

    def send(client: LanClient, index: int, request: tuple, key: str) -> tuple:
        answer = client.submit(*request, key=key)
        while answer[0] == 429:  # over the per-phone write rate: wait as the page does
            with guard:
                slowed.append(index)
            time.sleep(int(answer[2]["Retry-After"]))
            answer = client.submit(*request, key=key)
        return answer

    def table(index: int) -> None:
        rng = random.Random(index)
        client = LanClient(url)
        try:
            status, body = client.join(codes[opds[index].id].code, f"Peserta {index}")
            assert status == 200, body
            n = 0
            while time.monotonic() < deadline:
                if n % 5 == 0:
                    status, state = client.state()
                    assert status == 200
                kind = (state.get("step") or {}).get("kind")
                text = f"T{index}-{n}-{uuid.uuid4().hex[:6]}"
                key = uuid.uuid4().hex
                if kind == "programs":
                    request = ("POST", "/api/programs", {"title": text, "dimension": "economy"})
                else:
                    request = ("POST", "/api/swot", {"quadrant": rng.choice("SWOT"), "text": text})
                status, body, _ = send(client, index, request, key)
                if 200 <= status < 300:
                    record = body.get("item") or body.get("program")
                    if rng.random() < 0.1:  # a phone that never heard the answer retries
                        again = send(client, index, request, key)
                        with guard:
                            replays.append((again[0], again[1] == body,
                                            again[2].get("Idempotent-Replay")))
                    with guard:
                        acknowledged[record["id"]] = ("swot" if "item" in body else "program",
                                                      text)
                elif status == 409 and body["error"]["code"] == "step_closed":
                    with guard:
                        refused.append(text)
                else:
                    raise AssertionError(f"unexpected answer {status}: {body}")
                n += 1
        except Exception as exc:  # reported to the main thread, which fails the test
            with guard:
                failures.append(f"table {index}: {exc!r}")
        finally:
            client.close()

    threads = [threading.Thread(target=table, args=(i,)) for i in range(TABLES)]
    for thread in threads:
        thread.start()
    step = 0
    while time.monotonic() < deadline:
        time.sleep(2.5)
        step = (step + 1) % len(cycle)
        agenda.start_step(ws, event.id, cycle[step])
    for thread in threads:
        thread.join(60)
    server.stop()
    try:
        assert failures == []
        assert len(acknowledged) > 1000  # a real load, not a trickle
        assert refused  # the step changes did refuse some entries
        assert slowed  # the per-phone write limit held phones back, and they caught up
        assert replays and all(r == (201, True, "true") for r in replays)
        swot_rows = ws.query("SELECT id, text FROM swot_items WHERE source='phone' "
                             "AND deleted_at IS NULL")
        program_rows = ws.query("SELECT id, title FROM programs WHERE source='phone'")
        written = {r[0]: ("swot", r[1]) for r in swot_rows}
        written.update({r[0]: ("program", r[1]) for r in program_rows})
        assert len(swot_rows) + len(program_rows) == len(written)
        assert written == acknowledged  # exactly the acknowledged entries, each once
        texts = [t for _, t in written.values()]
        assert len(texts) == len(set(texts))
        assert not set(refused) & set(texts)
        keys = ws.query_one("SELECT count(*) FROM lan_idempotency")[0]
        assert keys == len(acknowledged)
        audited = ws.query_one("SELECT count(*) FROM audit WHERE source='phone' AND action='add' "
                               "AND entity IN ('swot', 'program')")[0]
        assert audited == len(acknowledged)
        assert ws.integrity_report() == []
    finally:
        ws.close()
