"""Store benchmark: durable service call latency next to bare sqlite3, and bulk import/dump.

Run: ``python bench/store.py`` (``--calls N`` to change the sample size). Prints a readable
table, then one JSON object per figure:

* median and p99 latency of ``swot.add_item`` (one durable service call: validation, one
  transaction with its audit row, commit with ``synchronous=FULL``) next to a bare ``sqlite3``
  INSERT + COMMIT with the same pragmas (WAL, synchronous=FULL) in the same folder, measured
  interleaved in the same run. Target: within 1.5x of the bare insert.
* pages each commit writes to the ``-wal`` log (no target, to explain the tail): the growth
  of the log over 200 calls with automatic checkpoints off, divided by the frame size
  (page + 24-byte header). Fewer pages per commit mean fewer automatic checkpoints (every
  1,000 pages) and less to sync per commit. The service's pages are also split by the
  b-tree they belong to (read from the log's frame headers, named with ``dbstat``): one page
  each for the ``swot_items`` table, its id index, its ``swot_opd`` index and the ``audit``
  table, the rest being page splits and page 1 (the file's size in its header).
* time to import the large synthetic workshop (50 OPDs, 5,000 SWOT items, 1,000 programs,
  20,000 scores) from its JSON file into a new workshop file, and to dump it back to a JSON
  file. Target: under 2 s each (median of five runs; the best run is printed too).
* time to rank the 1,000 programs of that workshop for the priority matrix
  (``programs.priorities``, aggregated in SQL), next to the rule fed with all 20,000 raw
  scores in the same run. Target: under 50 ms.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import struct
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _report import emit, exit_code  # noqa: E402  (bench/, the script's own folder)

from smartbimtek import interchange  # noqa: E402
from smartbimtek.rules import priority  # noqa: E402
from smartbimtek.services import programs, roster, swot  # noqa: E402
from smartbimtek.store import open_workshop  # noqa: E402
from smartbimtek.synthetic import build_document  # noqa: E402

TEXT = "Jaringan fiber optik daerah sudah menghubungkan 34 kantor OPD dan 18 kecamatan"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _bare_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE items (id TEXT PRIMARY KEY, opd_id TEXT NOT NULL, quadrant TEXT "
                 "NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL)")
    return conn


def latency(folder: Path, calls: int) -> dict[str, list[float]]:
    """Interleaved blocks of bare inserts and service calls, in milliseconds."""
    ws = open_workshop(folder / "service.bimtek", create=True)
    opd = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1)
    bare = _bare_connection(folder / "bare.sqlite")
    samples: dict[str, list[float]] = {"service": [], "bare": []}
    block = 25
    try:
        for _ in range(5):  # warm-up of both paths (page cache, statement cache)
            swot.add_item(ws, opd.id, "S", TEXT)
            bare.execute("INSERT INTO items VALUES (?, ?, 'S', ?, 'now')",
                         (uuid.uuid4().hex, opd.id, TEXT))
        for start in range(0, calls, block):
            for _ in range(min(block, calls - start)):
                t = time.perf_counter()
                bare.execute("BEGIN")
                bare.execute("INSERT INTO items VALUES (?, ?, 'S', ?, ?)",
                             (uuid.uuid4().hex, opd.id, TEXT, time.time()))
                bare.execute("COMMIT")
                samples["bare"].append((time.perf_counter() - t) * 1000)
            for _ in range(min(block, calls - start)):
                t = time.perf_counter()
                swot.add_item(ws, opd.id, "S", TEXT, source="table", actor="Meja 1")
                samples["service"].append((time.perf_counter() - t) * 1000)
    finally:
        ws.close()
        bare.close()
    return samples


def _log_frames(conn: sqlite3.Connection, wal: Path) -> int:
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    size = wal.stat().st_size if wal.exists() else 0
    return max(0, size - 32) // (page_size + 24)  # 32-byte log header, then the frames


def log_page_trees(conn: sqlite3.Connection, wal: Path, first_frame: int) -> dict[str, int]:
    """Frames of the ``-wal`` log from ``first_frame`` on, counted per b-tree (table or
    index) their page belongs to; page 1 (the file header) is counted as ``page 1``."""
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    owner = {row[0]: row[1] for row in conn.execute("SELECT pageno, name FROM dbstat")}
    owner[1] = "page 1"
    counts: dict[str, int] = {}
    with wal.open("rb") as log:
        log.seek(32 + first_frame * (page_size + 24))
        while len(header := log.read(24)) == 24:  # frame header: page number first
            name = owner.get(struct.unpack(">I", header[:4])[0], "free page")
            counts[name] = counts.get(name, 0) + 1
            log.seek(page_size, os.SEEK_CUR)
    return counts


def log_pages(folder: Path, calls: int = 200) -> dict[str, float]:
    """Log pages (frames) written per commit, service and bare, on fresh files: the log's
    growth with automatic checkpoints off (so it only grows), divided by the frame size.
    ``service:<b-tree>`` keys split the service's pages by the b-tree they belong to."""
    ws = open_workshop(folder / "pages.bimtek", create=True)
    opd = roster.add_opd(ws, "DISKOMINFO", "Dinas Komunikasi dan Informatika", 1)
    bare = _bare_connection(folder / "pages-bare.sqlite")
    pages: dict[str, float] = {}
    try:
        for name, conn, wal, call in (
                ("service", ws.conn, folder / "pages.bimtek-wal",
                 lambda: swot.add_item(ws, opd.id, "S", TEXT, source="table", actor="Meja 1")),
                ("bare", bare, folder / "pages-bare.sqlite-wal",
                 lambda: bare.execute("INSERT INTO items VALUES (?, ?, 'S', ?, ?)",
                                      (uuid.uuid4().hex, opd.id, TEXT, time.time())))):
            for _ in range(20):  # past the first pages of each tree
                call()
            conn.execute("PRAGMA wal_autocheckpoint = 0").fetchall()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            before = _log_frames(conn, wal)
            for _ in range(calls):
                call()
            pages[name] = (_log_frames(conn, wal) - before) / calls
            if name == "service":
                for tree, count in log_page_trees(conn, wal, before).items():
                    pages[f"service:{tree}"] = count / calls
            conn.execute("PRAGMA wal_autocheckpoint = 1000").fetchall()
    finally:
        ws.close()
        bare.close()
    return pages


def bulk(folder: Path, runs: int = 5) -> dict[str, list[float]]:
    """Seconds to import the large synthetic document from a file, and to dump it to one."""
    source = interchange.write_document(build_document(), folder / "large.json")
    times: dict[str, list[float]] = {"import": [], "dump": []}
    for run in range(runs):
        target = folder / f"large-{run}.bimtek"
        t = time.perf_counter()
        ws = open_workshop(target, create=True)
        interchange.import_document(ws, interchange.read_document(source))
        ws.close()
        times["import"].append(time.perf_counter() - t)
        t = time.perf_counter()
        ws = open_workshop(target)
        interchange.write_document(interchange.dump(ws), folder / f"dump-{run}.json")
        ws.close()
        times["dump"].append(time.perf_counter() - t)
    return times


def priorities(path: Path, runs: int = 7) -> dict[str, list[float]]:
    """Milliseconds to rank the 1,000 programs of the large workshop (the priority matrix):
    ``services.programs.priorities`` (aggregated in SQL) next to the rule fed with every raw
    score (the way it was computed before), on the same open file."""
    ws = open_workshop(path)
    times: dict[str, list[float]] = {"service": [], "raw": []}
    try:
        for _ in range(runs):
            t = time.perf_counter()
            programs.priorities(ws)
            times["service"].append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            rows = [{"id": r[0], "dimension": r[1], "title": r[2]} for r in ws.query(
                "SELECT id, dimension, title FROM programs WHERE deleted_at IS NULL")]
            scores = [{"program_id": r[0], "criterion": r[1], "value": r[2]}
                      for r in ws.query("SELECT program_id, criterion, value FROM scores")]
            priority.prioritise(rows, scores, {}, programs.vote_totals(ws))
            times["raw"].append((time.perf_counter() - t) * 1000)
    finally:
        ws.close()
    return times


def main() -> int:
    """Measure, print the table and the JSON lines; non-zero if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=400, help="calls per latency sample")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-store-", dir=Path.home()) as tmp:
        folder = Path(tmp)
        samples = latency(folder, args.calls)
        pages = log_pages(folder)
        times = bulk(folder)
        ranking = priorities(folder / "large-0.bimtek")
    med = {k: statistics.median(v) for k, v in samples.items()}
    p99 = {k: _percentile(v, 0.99) for k, v in samples.items()}
    trees = ", ".join(f"{key.split(':', 1)[1]} {value:.2f}" for key, value in sorted(
        pages.items(), key=lambda kv: -kv[1]) if key.startswith("service:"))
    figures = [
        {"metric": "swot_add_item_median", "value": round(med["service"], 3), "unit": "ms",
         "target": round(1.5 * med["bare"], 3), "baseline": round(med["bare"], 3)},
        {"metric": "swot_add_item_p99", "value": round(p99["service"], 3), "unit": "ms",
         "target": round(1.5 * p99["bare"], 3), "baseline": round(p99["bare"], 3)},
        {"metric": "bare_sqlite_insert_commit_median", "value": round(med["bare"], 3),
         "unit": "ms"},
        {"metric": "log_pages_per_commit_service", "value": round(pages["service"], 2),
         "unit": "pages", "baseline": round(pages["bare"], 2), "note": trees},
        {"metric": "import_large_synthetic", "value": round(statistics.median(times["import"]), 3),
         "unit": "s", "target": 2.0},
        {"metric": "dump_large_synthetic", "value": round(statistics.median(times["dump"]), 3),
         "unit": "s", "target": 2.0},
        {"metric": "priorities_large_synthetic",
         "value": round(statistics.median(ranking["service"]), 2), "unit": "ms",
         "target": 50.0, "baseline": round(statistics.median(ranking["raw"]), 2)},
    ]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Machine: {os.cpu_count()} cores, load average {load:.2f} while measuring")
    print(f"Durable call latency over {args.calls} calls each (WAL, synchronous=FULL)")
    print(f"  {'':32}{'median':>10}{'p99':>10}")
    print(f"  {'bare sqlite3 insert+commit':32}{med['bare']:>8.3f}ms{p99['bare']:>8.3f}ms")
    print(f"  {'swot.add_item (service)':32}{med['service']:>8.3f}ms{p99['service']:>8.3f}ms")
    print(f"  ratio service / bare: median {med['service'] / med['bare']:.2f}x, "
          f"p99 {p99['service'] / p99['bare']:.2f}x (target <= 1.5x)")
    print(f"  log pages per commit: service {pages['service']:.2f}, bare {pages['bare']:.2f} "
          "(an automatic checkpoint every 1,000)")
    print(f"  service pages per b-tree: {trees}")
    print("Large synthetic workshop (50 OPDs, 5,000 SWOT, 1,000 programs, 20,000 scores)")
    for name in ("import", "dump"):
        runs = ", ".join(f"{t:.2f}" for t in times[name])
        print(f"  {name:<8} median {statistics.median(times[name]):.2f} s, best "
              f"{min(times[name]):.2f} s  (runs: {runs}; target < 2 s)")
    print(f"  priorities median {statistics.median(ranking['service']):.1f} ms (SQL aggregates) "
          f"vs {statistics.median(ranking['raw']):.1f} ms (every raw score); target < 50 ms")
    return exit_code(emit(figures))


if __name__ == "__main__":
    sys.exit(main())
