"""Benchmark of the table input server: 60 phones submitting SWOT items at once.

One command: ``python bench/lan.py [--clients 60] [--seconds 10] [--rate 200]``. The server
runs in this process (as in the desktop app) with a change-bus subscriber standing in for the
desktop's signal; the phones run as threads in a separate process, each with its own
kept-alive connection. Two phases with the same 60 phones:

1. saturation: every phone submits back to back -> the most entries/s the server commits
   (target >= 200 entries/s); latencies here are pure queueing (Little's law: 60 / rate);
2. paced: the phones together offer ``--rate`` entries/s (each phone every 60/rate s, random
   phase) -> p50/p99 latency from the scheduled send to committed (the answer comes after
   COMMIT) and to the desktop signal (change-bus callback), target p99 < 200 ms.

3. bare: the same phones (same process, threads and kept-alive connections) post a trivial
   JSON body back to back to a bare Flask app on waitress in this process (same worker
   threads), which commits one row per request to a bare sqlite3 file (WAL,
   synchronous=FULL) -> the most requests/s the web stack itself manages on this machine.

The throughput target is on the **ratio** to the bare endpoint (``lan_throughput_ratio``),
so the figure means the same on any machine; absolute entries/s are printed with the bare
figure as their baseline. Server CPU per entry is measured per phase (this process only; the
phones run in another process), also as a ratio to the bare endpoint's CPU per request.
Entries lost (acknowledged but not in the file, or never signalled) must be 0. A bare SQLite
insert+commit with WAL and synchronous=FULL is measured in the same run as the fsync floor;
``lan_entries_per_commit`` shows how many entries the writer's group commit put in one
transaction on average (joins and polls' ``last_seen`` included). The simulated phones get a
write limit far above a real phone's (``services/lan_limits.py``): the bench measures what the
server can take, the limiter stays in the path.
Prints a table and one JSON line per figure ``{"metric", "value", "unit", "target",
"baseline", "higher_is_better"}``; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


#: The lowest acceptable ratio of the server's entries/s to the bare endpoint's requests/s.
#: The issue's target was 200 entries/s on its reference 2-core machine, which spent 2.7x
#: this machine's CPU per entry (4.7 ms against 1.7 ms, same code); the bare endpoint does
#: ~1,100 requests/s here, so ~400/s there: 200 entries/s there is a ratio of 0.5.
RATIO_TARGET = 0.5


def _phones(url: str, bare_url: str, codes: list[str],
            phases: list[tuple[str, float, float | None]], start_at: float, out) -> None:
    """Child process: one thread per phone, running each (name, seconds, rate) phase in turn
    (the phase "bare" against the bare endpoint). Sends back {phase: [(scheduled, acked,
    id)]} and the errors."""
    from smartbimtek.server.client import LanClient

    results: dict[str, list[tuple[float, float, str]]] = {name: [] for name, _, _ in phases}
    results["warmup"] = []
    errors: list[str] = []
    guard = threading.Lock()
    clients = len(codes)

    def phone(index: int, code: str) -> None:
        client = LanClient(url)
        bare = LanClient(bare_url)
        rng = random.Random(index)
        try:
            status, body = client.join(code, f"Peserta {index}")
            if status != 200:
                raise RuntimeError(f"join {status}: {body}")
            client.state()
            # one entry on each server before the clock starts (imports, connections, caches)
            status, body, _ = client.submit("POST", "/api/swot", {"quadrant": "S",
                                                                  "text": f"Pemanasan {index}"})
            if status != 201:
                raise RuntimeError(f"warm-up {status}: {body}")
            with guard:
                results["warmup"].append((0.0, 0.0, body["item"]["id"]))
            if bare.request("POST", "/bare", {"quadrant": "S", "text": "warm"})[0] != 201:
                raise RuntimeError("bare warm-up failed")
            begin = start_at
            n = 0
            for name, seconds, rate in phases:
                interval = clients / rate if rate else 0.0
                scheduled = begin + rng.random() * interval
                while True:
                    now = time.perf_counter()
                    if scheduled >= begin + seconds:
                        break
                    if scheduled > now:
                        time.sleep(scheduled - now)
                    payload = {"quadrant": "SWOT"[n % 4], "text": f"Butir {index}-{n} dari meja"}
                    sent = max(scheduled, time.perf_counter()) if rate else time.perf_counter()
                    if name == "bare":
                        status, body, _ = bare.request("POST", "/bare", payload)
                        record = str(body["id"]) if status == 201 else ""
                    else:
                        status, body, _ = client.submit("POST", "/api/swot", payload,
                                                        key=uuid.uuid4().hex)
                        record = body["item"]["id"] if status == 201 else ""
                    acked = time.perf_counter()
                    if status != 201:
                        raise RuntimeError(f"{name} {status}: {body}")
                    with guard:
                        results[name].append((min(sent, scheduled) if rate else sent, acked,
                                              record))
                    n += 1
                    scheduled = scheduled + interval if rate else acked
                begin += seconds + 1.0  # a pause between phases lets queues drain
                while time.perf_counter() < begin:
                    time.sleep(0.005)
        except Exception as exc:  # reported to the parent, which fails the run
            with guard:
                errors.append(f"phone {index}: {exc!r}")
        finally:
            client.close()
            bare.close()

    threads = [threading.Thread(target=phone, args=(i, c)) for i, c in enumerate(codes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.send((results, errors))
    out.close()


def _baseline(folder: Path, rounds: int = 200) -> float:
    """Median ms of one insert+commit with WAL and synchronous=FULL (the durability floor)."""
    conn = sqlite3.connect(str(folder / "baseline.db"), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
    times = []
    for n in range(rounds):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (text) VALUES (?)", (f"row {n}",))
        conn.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return statistics.median(times)


def _bare_app(path: Path):
    """A bare Flask app: ``POST /bare`` reads a JSON body and commits one row (one
    transaction per request, one writer at a time) to a sqlite3 file with WAL and
    synchronous=FULL, through one connection per worker thread."""
    from flask import Flask, jsonify, request

    setup = sqlite3.connect(str(path))
    setup.execute("PRAGMA journal_mode=WAL")
    setup.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, quadrant TEXT, text TEXT)")
    setup.close()
    app = Flask("bare")
    local = threading.local()
    write = threading.Lock()

    @app.post("/bare")
    def bare():
        data = request.get_json()
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = sqlite3.connect(str(path), isolation_level=None)
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA busy_timeout=10000")
        with write:
            conn.execute("BEGIN IMMEDIATE")
            row = conn.execute("INSERT INTO t (quadrant, text) VALUES (?, ?)",
                               (data["quadrant"], data["text"])).lastrowid
            conn.execute("COMMIT")
        return jsonify({"id": row}), 201

    return app


def _serve_bare(path: Path, server) -> tuple[str, object]:
    """Serve the bare app with the same waitress settings as the table input server (worker
    threads, poll, connection limit, and its channel class: see ``server/channel.py``)."""
    from waitress.server import create_server

    from smartbimtek.server.channel import install

    options = {"threads": server.threads, "asyncore_use_poll": True}
    if getattr(server, "connection_limit", 0):
        options["connection_limit"] = server.connection_limit
    bare = create_server(_bare_app(path), host="127.0.0.1", port=0, **options)
    install(bare)
    threading.Thread(target=bare.run, name="bench-bare", daemon=True).start()
    return f"http://127.0.0.1:{bare.effective_port}", bare


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def run(clients: int, seconds: float, rate: float, threads: int | None = None) -> list[dict]:
    """Run the three phases; returns the figures."""
    from smartbimtek import changes
    from smartbimtek.server import LanServer
    from smartbimtek.server.limits import set_write_limits
    from smartbimtek.services import agenda, lan, plan, roster
    from smartbimtek.store import open_workshop

    folder = Path(tempfile.mkdtemp(prefix="smartbimtek-bench-lan-"))
    path = folder / "bench.bimtek"
    ws = open_workshop(path, create=True)
    event = plan.add_event(ws, "I")
    roster.add_template_opds(ws)
    for n in range(len(roster.list_opds(ws)), clients):
        roster.add_opd(ws, f"KEC{n}", f"Kecamatan {n}")
    step = next(s for s in agenda.list_steps(ws, event.id) if s.kind == "swot")
    agenda.start_step(ws, event.id, step.id)
    signals: dict[str, float] = {}

    def on_change(change) -> None:  # the desktop controller's subscription, timed
        if change.entity == "swot" and change.action == "add":
            signals[change.entity_id] = time.perf_counter()

    unsubscribe = changes.subscribe(path, on_change)
    options = {"threads": threads} if threads else {}
    server = LanServer(path, "127.0.0.1", 0, join_limit=10_000, **options)
    url = server.start()
    set_write_limits(server.app, burst=1_000_000, per_second=1_000_000.0)
    bare_url, bare_server = _serve_bare(folder / "bare.db", server)
    from waitress import wasyncore
    codes = lan.active_codes(ws)
    phone_codes = [codes[o.id].code for o in roster.list_opds(ws)[:clients]]
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    start_at = time.perf_counter() + 4.0  # time for the child to start, join and warm up
    phases = [("saturation", seconds, None), ("paced", seconds, rate), ("bare", seconds, None)]
    child = context.Process(target=_phones,
                            args=(url, bare_url, phone_codes, phases, start_at, send))
    child.start()
    cpu: list[float] = []  # this process' CPU at each phase boundary (mid-pause)
    for mark in range(len(phases) + 1):
        wake = start_at + mark * (seconds + 1.0) - (0.05 if mark == 0 else 0.5)
        time.sleep(max(0.0, wake - time.perf_counter()))
        cpu.append(time.process_time())
    results, errors = receive.recv()
    child.join()
    writer = server.app.extensions["smartbimtek"]["writer"]
    batch_mean = writer.entries / max(1, writer.batches)
    server.stop()
    stopped = threading.Event()

    def stop_bare() -> None:  # runs in the bare server's loop thread
        for channel in list(bare_server._map.values()):
            if channel is bare_server:
                wasyncore.dispatcher.close(channel)  # stop listening
            elif channel is not bare_server.trigger:
                channel.handle_close()
        stopped.set()

    bare_server.trigger.pull_trigger(stop_bare)
    stopped.wait(5)
    bare_server.task_dispatcher.shutdown(timeout=5)
    unsubscribe()
    stored = {r[0] for r in ws.query("SELECT id FROM swot_items WHERE source='phone'")}
    ws.close()
    if errors:
        raise SystemExit("benchmark failed:\n" + "\n".join(errors[:10]))
    everything = results["warmup"] + results["saturation"] + results["paced"]
    acked_ids = {r[2] for r in everything}
    lost = len(acked_ids - stored) + len(acked_ids - set(signals))

    def throughput(rows: list) -> float:
        return len(rows) / (max(r[1] for r in rows) - min(r[0] for r in rows))

    saturated, paced, bare = results["saturation"], results["paced"], results["bare"]
    sat_ms = [(r[1] - r[0]) * 1000 for r in saturated]
    bare_ms = [(r[1] - r[0]) * 1000 for r in bare]
    commit_ms = [(r[1] - r[0]) * 1000 for r in paced]
    signal_ms = [(signals[r[2]] - r[0]) * 1000 for r in paced if r[2] in signals]
    lan_rate, bare_rate = throughput(saturated), throughput(bare)
    cpu_entry = (cpu[1] - cpu[0]) / len(saturated) * 1000
    cpu_bare = (cpu[3] - cpu[2]) / len(bare) * 1000
    baseline = _baseline(folder)
    return [
        {"metric": "lan_throughput_ratio", "value": round(lan_rate / bare_rate, 3), "unit": "x",
         "target": RATIO_TARGET, "higher_is_better": True},
        {"metric": "lan_throughput", "value": round(lan_rate, 1), "unit": "entries/s",
         "baseline": round(bare_rate, 1), "higher_is_better": True, "clients": clients},
        {"metric": "bare_throughput", "value": round(bare_rate, 1), "unit": "requests/s",
         "higher_is_better": True},
        {"metric": "lan_server_cpu_per_entry", "value": round(cpu_entry, 3), "unit": "ms",
         "baseline": round(cpu_bare, 3)},
        {"metric": "lan_server_cpu_ratio", "value": round(cpu_entry / cpu_bare, 2),
         "unit": "x"},
        {"metric": "lan_saturated_latency_p50", "value": round(_percentile(sat_ms, 0.5), 1),
         "unit": "ms", "baseline": round(_percentile(bare_ms, 0.5), 1)},
        {"metric": "lan_paced_rate", "value": round(throughput(paced), 1),
         "unit": "entries/s", "offered": rate},
        {"metric": "lan_commit_p50", "value": round(_percentile(commit_ms, 0.50), 2),
         "unit": "ms", "baseline": round(baseline, 3)},
        {"metric": "lan_commit_p99", "value": round(_percentile(commit_ms, 0.99), 2),
         "unit": "ms", "target": 200},
        {"metric": "lan_signal_p50", "value": round(_percentile(signal_ms, 0.50), 2),
         "unit": "ms"},
        {"metric": "lan_signal_p99", "value": round(_percentile(signal_ms, 0.99), 2),
         "unit": "ms", "target": 200},
        {"metric": "lan_lost", "value": lost, "unit": "entries", "target": 0},
        {"metric": "lan_unacknowledged_writes", "value": len(stored - acked_ids),
         "unit": "entries", "target": 0},
        {"metric": "lan_entries", "value": len(everything), "unit": "entries"},
        {"metric": "lan_entries_per_commit", "value": round(batch_mean, 2), "unit": "entries"},
        {"metric": "sqlite_commit_full_p50", "value": round(baseline, 3), "unit": "ms"},
    ]


def main() -> int:
    """Parse options, run, print the table and the JSON lines; non-zero if a target is missed."""
    from _report import emit, exit_code

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each phase")
    parser.add_argument("--rate", type=float, default=200.0, help="offered entries/s, paced")
    parser.add_argument("--threads", type=int, default=None, help="waitress worker threads")
    args = parser.parse_args()
    load = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    figures = run(args.clients, args.seconds, args.rate, args.threads)
    figures.append({"metric": "load_average_1min_before", "value": load, "unit": "",
                    "note": "run it on a quiet machine"})
    # every JSON line carries target and baseline (null when there is none)
    figures = [{"metric": f["metric"], "value": f["value"], "unit": f["unit"],
                "target": f.get("target"), "baseline": f.get("baseline"),
                **{k: v for k, v in f.items()
                   if k not in ("metric", "value", "unit", "target", "baseline")}}
               for f in figures]
    return exit_code(emit(figures, "bench/lan.py: 60 phones against the table input server"))


if __name__ == "__main__":
    sys.exit(main())
