"""Benchmark of the OPD worksheets (kertas kerja) for the large synthetic workshop.

One command: ``python bench/worksheets.py [--runs 3]``. Builds the large workshop (50 OPDs,
5,000 SWOT items, 1,000 programs with their plans), then times, per run on a fresh copy:
the export of all 50 worksheets (snapshot included: what a user waits for), the import of
all 50 unchanged files (everything read and checked, nothing to write), and the import of
all 50 with one new SWOT item and one changed program location each (checked, then merged
in one transaction). Targets: export < 3 s, import < 3 s (median of the runs). Also the
export per group (kelompok): the same workshop with a new current bimtek of 12 groups, every
SWOT item and program sent by one of them (round robin), so the 12 worksheets hold the same
6,000 entries as the 50 OPD worksheets; same 3 s target.

Prints a table and one JSON line per figure.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _report import emit, exit_code  # noqa: E402  (bench/, the script's own folder)

TARGETS = {"export": 3.0, "import": 3.0}
GROUPS = 12


def _edit(paths: list[Path]) -> None:
    """One new SWOT item and one changed program location per worksheet."""
    import openpyxl

    from smartbimtek.worksheets import layout as L

    for n, path in enumerate(paths):
        book = openpyxl.load_workbook(path)
        swot = book[L.SWOT]
        row = swot.max_row + 1
        swot.cell(row, 2, "O")
        swot.cell(row, 3, f"Peluang baru dari kertas kerja {n}")
        program = book[L.PROGRAM]
        heads = {c.value: c.column for c in program[1] if c.value}
        if program.max_row >= 2:
            program.cell(2, heads["Lokasi"], f"Lokasi baru {n}")
        book.save(path)


def with_groups(large: Path, folder: Path) -> Path:
    """A copy of the large workshop at a new bimtek with ``GROUPS`` groups (each with a
    share of the OPDs) that sent every SWOT item and program, round robin."""
    from smartbimtek.services import groups, plan, roster
    from smartbimtek.store import open_workshop

    path = folder / "groups.bimtek"
    shutil.copyfile(large, path)
    with open_workshop(path) as ws:
        plan.start_event(ws, "II")
        opds = roster.list_opds(ws)
        made = [groups.add_group(ws, f"Meja {n + 1}", "custom", opd_ids=[o.id for o in
                                                                        opds[n::GROUPS]])
                for n in range(GROUPS)]
        # groups.set_entry_group is one action per entry (6,000 take half a minute): the
        # synthetic file gets its entries' groups in one transaction instead
        with ws.transaction() as tx:
            for table in ("swot_items", "programs"):
                ids = [r[0] for r in ws.query(f"SELECT id FROM {table} "  # noqa: S608
                                              "WHERE deleted_at IS NULL ORDER BY id")]
                tx.conn.executemany(f"UPDATE {table} SET group_id=? WHERE id=?",  # noqa: S608
                                    [(made[n % GROUPS].id, i) for n, i in enumerate(ids)])
    return path


def group_run(grouped: Path, folder: Path) -> dict:
    """Export the worksheets per group of a fresh copy of ``grouped``."""
    from smartbimtek.store import open_workshop
    from smartbimtek.worksheets import export_worksheets

    copy = folder / "run-groups.bimtek"
    shutil.copyfile(grouped, copy)
    out = folder / "out-groups"
    shutil.rmtree(out, ignore_errors=True)
    with open_workshop(copy) as ws:
        started, cpu = time.perf_counter(), time.process_time()
        paths = export_worksheets(ws, out, by="group")
        return {"groups": time.perf_counter() - started, "groups_cpu": time.process_time() - cpu,
                "group_files": len(paths)}


def one_run(large: Path, folder: Path) -> dict:
    from smartbimtek.store import open_workshop
    from smartbimtek.worksheets import export_worksheets, import_worksheets

    copy = folder / "run.bimtek"
    shutil.copyfile(large, copy)
    out = folder / "out"
    shutil.rmtree(out, ignore_errors=True)
    with open_workshop(copy) as ws:
        started, cpu = time.perf_counter(), time.process_time()
        paths = export_worksheets(ws, out)
        export_s = time.perf_counter() - started
        export_cpu = time.process_time() - cpu
        started = time.perf_counter()
        unchanged = import_worksheets(ws, paths)
        noop_s = time.perf_counter() - started
        assert unchanged.changed == 0, unchanged.lines()
        _edit(paths)
        started, cpu = time.perf_counter(), time.process_time()
        summary = import_worksheets(ws, paths)
        import_s = time.perf_counter() - started
        import_cpu = time.process_time() - cpu
    size = sum(p.stat().st_size for p in paths)
    return {"export": export_s, "noop": noop_s, "import": import_s, "files": len(paths),
            "changes": summary.changed, "bytes": size, "export_cpu": export_cpu,
            "import_cpu": import_cpu}


def main() -> int:
    """Run the benchmark; exit status 1 when a target was missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from smartbimtek.synthetic import create_large

    with tempfile.TemporaryDirectory(prefix="bench-worksheets-") as tmp:
        folder = Path(tmp)
        large = create_large(folder / "large.bimtek")
        grouped = with_groups(large, folder)
        runs = [one_run(large, folder) | group_run(grouped, folder) for _ in range(args.runs)]
    med = {k: statistics.median(r[k] for r in runs)
           for k in ("export", "noop", "import", "export_cpu", "import_cpu", "groups",
                     "groups_cpu")}
    figures = [
        {"metric": "worksheets_export_50_opds", "value": round(med["export"], 3), "unit": "s",
         "target": TARGETS["export"], "note": f"{runs[0]['files']} files, "
                                              f"{runs[0]['bytes'] // 1024} KiB"},
        {"metric": "worksheets_import_50_unchanged", "value": round(med["noop"], 3),
         "unit": "s", "target": TARGETS["import"], "note": "read and check only"},
        {"metric": "worksheets_import_50_edited", "value": round(med["import"], 3),
         "unit": "s", "target": TARGETS["import"],
         "note": f"{runs[0]['changes']} changes in one transaction"},
        {"metric": "worksheets_export_cpu", "value": round(med["export_cpu"], 3), "unit": "s",
         "note": "CPU time of the export (the wall time includes waiting for the disk and "
                 "for other processes)"},
        {"metric": "worksheets_import_edited_cpu", "value": round(med["import_cpu"], 3),
         "unit": "s", "note": "CPU time of the edited import"},
        {"metric": f"worksheets_export_{GROUPS}_groups", "value": round(med["groups"], 3),
         "unit": "s", "target": TARGETS["export"],
         "note": f"{runs[0]['group_files']} files, the same 6,000 entries, CPU "
                 f"{med['groups_cpu']:.3f} s"},
    ]
    return exit_code(emit(figures, title=f"OPD worksheets, large workshop (median of "
                                         f"{args.runs} runs)"))


if __name__ == "__main__":
    sys.exit(main())
