"""Core services of the table input (no server): codes, sessions, step rules with their grace
period, idempotency, status for the console; table cards; the ``serve`` command."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pdfplumber
import pytest
from lan_support import build_workshop

from smartbimtek import changes
from smartbimtek.errors import NotFoundError, PermissionDenied, ValidationError
from smartbimtek.server import network, qr
from smartbimtek.server import writer as writer_module
from smartbimtek.server.cards import write_table_cards
from smartbimtek.server.writer import BatchWriter
from smartbimtek.services import agenda, lan, lan_entries, roster, swot
from smartbimtek.store import open_workshop


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2025, 6, 15, 13, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def small(tmp_path):
    ws, event_id, opds, progs = build_workshop(tmp_path / "s.bimtek")
    ws.close()
    clock = Clock()
    ws = open_workshop(tmp_path / "s.bimtek", clock=clock)
    yield ws, clock, event_id, opds
    ws.close()


def _step(ws, event_id, kind):
    return next(s for s in agenda.list_steps(ws, event_id) if s.kind == kind)


def test_codes_are_random_unambiguous_and_one_per_opd(small):
    ws, _, _, opds = small
    codes = lan.ensure_codes(ws)
    assert set(codes) == set(opds.values())
    for code in codes.values():
        assert len(code.code) >= 6 and re.fullmatch(f"[{lan.ALPHABET}]+", code.code)
    assert not set("0O1IL") & set(lan.ALPHABET)
    assert lan.ensure_codes(ws) == codes  # idempotent
    many = {lan.new_code() for _ in range(2000)}
    assert len(many) > 1990
    assert lan.opd_for_code(ws, " " + codes[opds["DINKES"]].code.lower()[:3] + "-" +
                            codes[opds["DINKES"]].code.lower()[3:]) == opds["DINKES"]


def test_regenerate_and_revoke(small):
    ws, _, _, opds = small
    old = lan.ensure_codes(ws)[opds["BAPPEDA"]].code
    session, token = lan.join(ws, old, "Rina")
    new = lan.regenerate_code(ws, opds["BAPPEDA"]).code
    assert new != old and lan.opd_for_code(ws, old) is None
    assert lan.session_for_token(ws, token) is None
    with pytest.raises(PermissionDenied) as refused:
        lan.join(ws, old, "Rina")
    assert refused.value.code == "join_code"
    lan.revoke_code(ws, opds["BAPPEDA"])
    assert opds["BAPPEDA"] not in lan.active_codes(ws)
    assert lan.opd_for_code(ws, new) is None
    assert lan.ensure_codes(ws)[opds["BAPPEDA"]].code not in (old, new)
    actions = [r["action"] for r in ws.query("SELECT action FROM audit WHERE entity='lan_code' "
                                              "AND entity_id=?", (opds["BAPPEDA"],))]
    assert actions == ["add", "regenerate", "revoke", "add"]


def test_sessions_name_rules_and_actor(small):
    ws, clock, event_id, opds = small
    code = lan.ensure_codes(ws)[opds["DISKOMINFO"]].code
    with pytest.raises(ValidationError) as refused:
        lan.join(ws, code, "x" * 61)
    assert refused.value.code == "too_long"
    session, token = lan.join(ws, code, "  Budi\u0000 Santoso ", client="10.0.0.7")
    assert session.display_name == "Budi Santoso"
    assert session.actor() == f"DISKOMINFO/Budi Santoso#{session.id[:8]}"
    assert session.actor(anonymous=True) == f"DISKOMINFO/anon#{session.id[:8]}"
    assert lan.session_for_token(ws, token) == session
    assert lan.session_for_token(ws, token[:-1] + "x") is None
    assert lan.token_hash(token) not in token and token not in str(ws.query(
        "SELECT * FROM lan_sessions").__repr__())
    assert lan.csrf_token(token) != lan.csrf_token(token + "x")
    clock.now += dt.timedelta(seconds=10)
    lan.touch_session(ws, session)
    assert lan.get_session(ws, session.id).last_seen == session.last_seen  # not yet: < 30 s
    clock.now += dt.timedelta(seconds=60)
    lan.touch_session(ws, session)
    seen = lan.get_session(ws, session.id).last_seen
    assert seen > session.last_seen
    assert [s.id for s in lan.list_sessions(ws, connected_only=True)] == [session.id]
    clock.now += dt.timedelta(seconds=lan.CONNECTED_SECONDS + 1)
    assert lan.list_sessions(ws, connected_only=True) == []
    lan.revoke_session(ws, session.id)
    with pytest.raises(NotFoundError):
        lan.get_session(ws, session.id)


def test_step_rules_with_a_grace_period_for_queued_entries(small):
    ws, clock, event_id, opds = small
    code = lan.ensure_codes(ws)[opds["DINKES"]].code
    session, _ = lan.join(ws, code, "Ani")
    with pytest.raises(PermissionDenied) as refused:
        lan_entries.submit(ws, session, "k-nostep-01", "swot.add", {"quadrant": "S", "text": "a"})
    assert refused.value.code == "step_closed"
    swot_step = _step(ws, event_id, "swot")
    agenda.start_step(ws, event_id, swot_step.id)
    ok = lan_entries.submit(ws, session, "k-swot-0001", "swot.add", {"quadrant": "S", "text": "a"})
    assert ok.status == 201 and not ok.replayed
    clock.now += dt.timedelta(minutes=10)
    agenda.start_step(ws, event_id, _step(ws, event_id, "programs").id)
    clock.now += dt.timedelta(minutes=10)
    late = lan_entries.submit(ws, session, "k-swot-0002", "swot.add",
                              {"quadrant": "W", "text": "dari antrean"}, step_hint=swot_step.id)
    assert late.status == 201
    clock.now += dt.timedelta(seconds=lan_entries.GRACE_SECONDS)
    before = ws.query_one("SELECT count(*) FROM swot_items")[0]
    with pytest.raises(PermissionDenied):
        lan_entries.submit(ws, session, "k-swot-0003", "swot.add",
                           {"quadrant": "W", "text": "terlambat"}, step_hint=swot_step.id)
    with pytest.raises(PermissionDenied):  # a hint of another kind of step does not help
        lan_entries.submit(ws, session, "k-swot-0004", "swot.add", {"quadrant": "W", "text": "b"},
                           step_hint=_step(ws, event_id, "programs").id)
    assert ws.query_one("SELECT count(*) FROM swot_items")[0] == before
    replay = lan_entries.submit(ws, session, "k-swot-0002", "swot.add",
                                {"text": "dari antrean", "quadrant": "W"})
    assert replay.replayed and replay.body == late.body
    with pytest.raises(ValidationError) as reused:  # the same key with another body
        lan_entries.submit(ws, session, "k-swot-0002", "swot.add", {})
    assert reused.value.code == "idempotency_mismatch"


def test_anonymous_step_drops_the_author(small):
    ws, _, event_id, opds = small
    step = _step(ws, event_id, "swot")
    agenda.update_step(ws, step.id, anonymity="anonymous")
    agenda.start_step(ws, event_id, step.id)
    code = lan.ensure_codes(ws)[opds["DINKES"]].code
    session, _ = lan.join(ws, code, "")
    assert session.display_name == ""
    named, _ = lan.join(ws, code, "Ani")
    out = lan_entries.submit(ws, named, "k-anon-0001", "swot.add", {"quadrant": "T", "text": "x"})
    item = swot.get_item(ws, out.body["item"]["id"])
    assert item.author == ""
    actor = ws.query_one("SELECT actor FROM audit WHERE entity='swot' AND entity_id=?",
                         (item.id,))[0]
    assert actor == f"DINKES/anon#{named.id[:8]}"


def test_table_status_for_the_console(small):
    ws, _, event_id, opds = small
    step = _step(ws, event_id, "swot")
    agenda.start_step(ws, event_id, step.id)
    codes = lan.ensure_codes(ws)
    a, _ = lan.join(ws, codes[opds["DISKOMINFO"]].code, "Budi")
    lan.join(ws, codes[opds["DISKOMINFO"]].code, "Sari")
    for n in range(3):
        lan_entries.submit(ws, a, f"k-status-{n:03d}", "swot.add", {"quadrant": "S", "text": str(n)})
    lan_entries.submit(ws, a, "k-status-done", "done", {"done": True})
    rows = {t.opd_code: t for t in lan.table_status(ws)}
    mine = rows["DISKOMINFO"]
    assert (mine.connected, sorted(mine.names), mine.entries, mine.done) == \
        (2, ["Budi", "Sari"], 4, True)
    assert (rows["DINKES"].connected, rows["DINKES"].entries, rows["DINKES"].done) == (0, 0, False)
    assert [t.opd_code for t in lan.table_status(ws)] == ["DISKOMINFO", "BAPPEDA", "DINKES"]
    roster.delete_opd(ws, opds["DINKES"])
    assert "DINKES" not in {t.opd_code for t in lan.table_status(ws)}
    assert lan.opd_for_code(ws, codes[opds["DINKES"]].code) is None


def test_network_addresses_never_show_any():
    addresses = network.local_addresses()
    assert addresses and addresses[-1] == network.LOOPBACK
    assert network.ANY not in addresses
    assert network.display_host("0.0.0.0") != "0.0.0.0"
    assert network.base_url("0.0.0.0", 8765).startswith("http://") and \
        "0.0.0.0" not in network.base_url("0.0.0.0", 8765)
    assert network.preferred_address(["127.0.0.1"]) == "127.0.0.1"
    assert network.is_lan_address("192.168.43.10") and not network.is_lan_address("127.0.0.1")
    assert network.join_url("http://10.0.0.2:8765/", "ABC234") == "http://10.0.0.2:8765/j/ABC234"


def test_qr_code_modules():
    rows = qr.matrix("http://192.168.1.10:8765/j/ABC234")
    assert len(rows) == len(rows[0]) >= 29 and rows[4][4] and not rows[0][0]
    assert qr.svg("http://x").startswith("<svg")


def test_table_cards_pdf_reads_back(small, tmp_path):
    ws, _, _, opds = small
    pdf = write_table_cards(ws, "http://192.168.43.10:8765", tmp_path / "cards.pdf",
                            wifi="Bimtek <Uji> & Co")
    codes = lan.active_codes(ws)
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == 2  # three cards, two per page
        text = " ".join(" ".join(page.extract_text() for page in doc.pages).split())
        rects = sum(len(page.rects) for page in doc.pages)
        fonts = {c["fontname"] for page in doc.pages for c in page.chars}
    for code, opd_id in opds.items():
        assert code in text
        assert " ".join(codes[opd_id].code) in text
        assert f"http://192.168.43.10:8765/j/{codes[opd_id].code}" in text
    assert "Bimtek <Uji> & Co" in text and "Gabung" in text
    assert rects > 3 * 50  # the QR codes are drawn as vector squares
    assert any("DejaVu" in f or "SBCard" in f for f in fonts)
    assert not list(tmp_path.glob("*.tmp"))


def test_serve_command_prints_the_address_and_codes_and_stops_on_ctrl_c(tmp_path):
    ws, _, _, opds = build_workshop(tmp_path / "serve.bimtek")
    ws.close()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "smartbimtek", "serve",
                             str(tmp_path / "serve.bimtek"), "--host", "127.0.0.1", "--port", "0",
                             "--cards", str(tmp_path / "cards.pdf")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=Path(__file__).resolve().parent.parent)
    lines = []
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if "Ctrl+C" in line or not line:
                break
        output = "".join(lines)
        url = re.search(r"Phones open: (http://\S+)", output).group(1)
        assert "0.0.0.0" not in output
        assert re.search(r"Connections: up to \d+ at once, \d+ per address", output)
        assert re.search(r"DISKOMINFO\s+([2-9A-Z]{6})\s+http://127\.0\.0\.1:\d+/j/\1", output)
        with urllib.request.urlopen(url + "/api/public", timeout=10) as answer:
            assert b"Kabupaten Uji" in answer.read()
        assert (tmp_path / "cards.pdf").stat().st_size > 1000
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "Stopped" in out
    with open_workshop(tmp_path / "serve.bimtek") as again:  # the lock was given back
        assert len(lan.active_codes(again)) == 3


def test_group_commit_keeps_each_entry_all_or_nothing(small):
    ws, _, event_id, opds = small
    agenda.start_step(ws, event_id, _step(ws, event_id, "swot").id)
    code = lan.ensure_codes(ws)[opds["DINKES"]].code
    session, _ = lan.join(ws, code, "Ani")
    writer = BatchWriter(ws.path)
    writer.start()
    seen = []
    unsubscribe = changes.subscribe(ws.path, seen.append)
    gate = threading.Event()
    results: dict[str, object] = {}

    inside = threading.Event()

    def blocker(w):
        inside.set()
        gate.wait(10)
        return "first"

    def entry(name, payload):
        def job(w):
            return lan_entries.submit(w, session, f"key-{name}-0001", "swot.add", payload)
        try:
            results[name] = writer.run(job)
        except Exception as exc:  # the refusal is the result under test
            results[name] = exc

    try:
        first = threading.Thread(target=lambda: results.setdefault("first", writer.run(blocker)))
        first.start()
        assert inside.wait(10)  # the writer now waits inside the first batch
        threads = [threading.Thread(target=entry, args=args) for args in (
            ("ok1", {"quadrant": "S", "text": "Satu"}),
            ("bad", {"quadrant": "S", "text": ""}),
            ("ok2", {"quadrant": "W", "text": "Dua"}))]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 10  # all three queued behind it, however slow the host
        while writer._queue.qsize() < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        gate.set()
        for thread in [first, *threads]:
            thread.join(10)
    finally:
        writer.stop()
        unsubscribe()
    assert results["first"] == "first"
    assert isinstance(results["bad"], ValidationError) and results["bad"].code == "empty"
    assert results["ok1"].status == results["ok2"].status == 201
    assert writer.batches == 2 and writer.entries == 4  # the three entries in one transaction
    texts = [i.text for i in swot.list_items(ws, opd_id=opds["DINKES"])]
    assert sorted(texts) == ["Dua", "Satu"]
    rows = ws.query("SELECT actor, source FROM audit WHERE entity='swot' ORDER BY id DESC LIMIT 3")
    assert [tuple(r) for r in rows[:2]] == [(session.actor(), "phone")] * 2
    assert tuple(rows[2]) == ("facilitator", "desktop")  # the fixture's own item
    assert sorted(c.action for c in seen if c.entity == "swot") == ["add", "add"]
    assert ws.query_one("SELECT count(*) FROM lan_idempotency")[0] == 2
    with pytest.raises(Exception) as stopping:
        writer.run(lambda w: None)
    assert getattr(stopping.value, "code", "") == "stopping"


def test_a_failed_commit_refuses_the_whole_batch():
    class FailingCommit:
        class _Tx:
            changes: list = []
            actor = source = ""

            def execute(self, sql, params=()):
                return None

        @contextlib.contextmanager
        def transaction(self, actor=None, source=None):
            yield self._Tx()
            raise OSError("disk full")

    writer = BatchWriter("unused.bimtek")
    jobs = [writer_module._Job(lambda w: "written") for _ in range(3)]
    writer._commit(FailingCommit(), jobs)
    assert all(job.done.is_set() and isinstance(job.error, OSError) for job in jobs)
    assert all(job.result is None for job in jobs) and writer.batches == 0
