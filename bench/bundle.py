"""Portable build benchmarks (``python bench/bundle.py [--folder DIST/SmartBimtek]``):

1. the size of the bundle folder (every file, symlinks not counted twice; target: under 200 MB
   unzipped), and of its zip when one lies beside it (informative);
2. start-up of the BUNDLED desktop app to its first painted main window with the demo
   workshop, against the same app started from ``.venv`` (``python main.py``), measured in the
   same run, interleaved (offscreen Qt, each start a fresh process, median of several runs;
   target: within 1.3x of the ``.venv`` start);
3. start-up of the bundled command (``smartbimtek-cli --version``) against ``python -m
   smartbimtek --version`` (informative).

Without ``--folder`` the bundle is built first with ``tasks.py bundle`` in a temporary folder
(about a minute here). Prints a readable table, then one JSON object per figure; exits
non-zero when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _report import emit, exit_code  # noqa: E402  (bench/, the script's own folder)

EXE = ".exe" if os.name == "nt" else ""
RUNS = 7
SIZE_TARGET_MB = 200.0
START_RATIO_TARGET = 1.3


def folder_size(folder: Path) -> int:
    """Bytes of every regular file under ``folder`` (a symlink counts as nothing)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _first_paint_ms(command: list[str], env: dict, cwd: Path) -> float:
    """Milliseconds from starting ``command`` (``--measure-start``) to its first paint."""
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    line = [x for x in done.stdout.splitlines() if x.startswith("{")][-1]
    return (json.loads(line)["painted_at"] - started) * 1000


def _run_ms(command: list[str], env: dict, cwd: Path) -> float:
    """Milliseconds a command takes to run to its end."""
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True, timeout=120, cwd=cwd)
    return (time.perf_counter() - started) * 1000


def _interleaved(first: list[str], second: list[str], measure, env: dict, cwd: Path):
    """Median of ``RUNS`` measurements of each command, alternated (same machine load),
    after one warm-up run of each (file cache, bytecode)."""
    measure(first, env, cwd)
    measure(second, env, cwd)
    a_runs, b_runs = [], []
    for _ in range(RUNS):
        a_runs.append(measure(first, env, cwd))
        b_runs.append(measure(second, env, cwd))
    return statistics.median(a_runs), statistics.median(b_runs)


def bench(folder: Path, work: Path) -> list[dict]:
    """The size and start-up figures of the bundle in ``folder``."""
    size_mb = folder_size(folder) / 1e6
    figures = [{"metric": "bundle.folder_size", "value": round(size_mb, 1), "unit": "MB",
                "target": SIZE_TARGET_MB, "baseline": None}]
    for archive in sorted(folder.parent.glob(f"{folder.name}-*.zip")):
        figures.append({"metric": "bundle.zip_size", "value": round(archive.stat().st_size / 1e6, 1),
                        "unit": "MB", "target": None, "baseline": None, "note": archive.name})
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(work / "home"), XDG_CONFIG_HOME=str(work / "config"),
               XDG_DATA_HOME=str(work / "data"), XDG_STATE_HOME=str(work / "state"),
               XDG_CACHE_HOME=str(work / "cache"), PYTHONPYCACHEPREFIX=str(work / "pycache"),
               QT_QPA_PLATFORM=os.environ["QT_QPA_PLATFORM"])
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has compiled bytecode
    cli = folder / f"smartbimtek-cli{EXE}"
    demo = work / "demo.bimtek"
    subprocess.run([str(cli), "demo", str(demo)], env=env, check=True, capture_output=True,
                   timeout=120, cwd=work)
    bundled = [str(folder / f"SmartBimtek{EXE}"), str(demo), "--no-projector", "--measure-start"]
    from_venv = [sys.executable, str(ROOT / "main.py"), str(demo), "--no-projector",
                 "--measure-start"]
    app_ms, venv_ms = _interleaved(bundled, from_venv, _first_paint_ms, env, work)
    figures.append({"metric": "bundle.app_startup_first_paint", "value": round(app_ms, 1),
                    "unit": "ms", "target": round(START_RATIO_TARGET * venv_ms, 1),
                    "baseline": round(venv_ms, 1), "ratio": round(app_ms / venv_ms, 2),
                    "runs": RUNS})
    cli_ms, cli_venv_ms = _interleaved([str(cli), "--version"],
                                       [sys.executable, "-m", "smartbimtek", "--version"],
                                       _run_ms, env, work)
    figures.append({"metric": "bundle.cli_version_run", "value": round(cli_ms, 1), "unit": "ms",
                    "target": None, "baseline": round(cli_venv_ms, 1),
                    "ratio": round(cli_ms / cli_venv_ms, 2), "runs": RUNS})
    return figures


def main(argv: list[str] | None = None) -> int:
    """Build the bundle (unless ``--folder``), measure it, print the table and JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, help="an existing bundle folder to measure")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    work = Path(tempfile.mkdtemp(prefix="smartbimtek-bench-bundle-"))
    try:
        folder = args.folder
        if folder is None:
            subprocess.run([sys.executable, str(ROOT / "tasks.py"), "bundle", "--dist",
                            str(work / "dist"), "--work", str(work / "build")],
                           check=True, cwd=ROOT, timeout=1500)
            folder = work / "dist" / "SmartBimtek"
        figures = bench(folder.resolve(), work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    notes = {f["metric"]: f"from .venv {f['baseline']} ms, ratio {f['ratio']}"
             for f in figures if f.get("ratio") is not None}
    return exit_code(emit(figures, title="Portable bundle", notes=notes))


if __name__ == "__main__":
    sys.exit(main())
