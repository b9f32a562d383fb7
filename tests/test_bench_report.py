"""The benchmarks exit non-zero when a target is missed (``bench/_report.py``), and each
benchmark's ``main`` reports through it: measured figures are replaced here by made-up ones
that meet or miss a target, so no test depends on how fast this machine is."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str):
    """Import ``bench/<name>.py`` as a module (``bench`` is not a package). ``bench/`` is not
    put on ``sys.path`` (its ``ui.py`` would hide the app's ``ui`` package): the shared
    ``_report`` is registered by hand, as a script finds it in its own folder."""
    if name != "_report" and "_report" not in sys.modules:
        sys.modules["_report"] = _load("_report")
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report():
    return _load("_report")


def test_met_honours_the_direction_of_the_target(report):
    assert report.met({"metric": "a", "value": 1.5, "target": 1.5}) is True
    assert report.met({"metric": "a", "value": 1.51, "target": 1.5}) is False
    assert report.met({"metric": "a", "value": 199, "target": 200,
                       "higher_is_better": True}) is False
    assert report.met({"metric": "a", "value": 200, "target": 200,
                       "higher_is_better": True}) is True
    assert report.met({"metric": "a", "value": 3}) is None
    assert report.met({"metric": "a", "value": float("nan"), "target": 1}) is False
    assert report.met({"metric": "a", "value": None, "target": 1}) is False


def test_emit_prints_table_and_json_and_says_whether_all_met(report, capsys):
    good = [{"metric": "fast", "value": 1.0, "unit": "ms", "target": 2.0},
            {"metric": "info", "value": 7, "unit": "x"},
            {"metric": "rate", "value": 250, "unit": "/s", "target": 200,
             "higher_is_better": True}]
    assert report.emit(good) is True
    out = capsys.readouterr().out
    assert "MISSED" not in out
    assert [json.loads(line) for line in out.splitlines() if line.startswith("{")] == good
    bad = good + [{"metric": "slow", "value": 3.0, "unit": "ms", "target": 2.0}]
    assert report.emit(bad) is False
    out = capsys.readouterr().out
    assert "MISSED" in out and "Targets missed: slow" in out
    assert report.exit_code(True) == 0 and report.exit_code(False) == 1


def test_run_all_skips_the_helper_module():
    source = (BENCH / "run_all.py").read_text(encoding="utf-8")
    assert 'not p.name.startswith("_")' in source


@pytest.mark.parametrize("service_ms, expected", [(1.2, 0), (1.7, 1)])
def test_store_benchmark_exits_non_zero_on_a_miss(monkeypatch, tmp_path, service_ms, expected):
    store = _load("store")
    monkeypatch.setattr(sys, "argv", ["store.py", "--calls", "10"])
    monkeypatch.setattr(store.Path, "home", staticmethod(lambda: tmp_path))
    # Bare inserts take 1 ms; the service 1.2 ms (within 1.5x) or 1.7 ms (missed).
    monkeypatch.setattr(store, "latency", lambda folder, calls: {
        "bare": [1.0] * calls, "service": [service_ms] * calls})
    monkeypatch.setattr(store, "bulk", lambda folder: {"import": [1.0], "dump": [1.0]})
    monkeypatch.setattr(store, "priorities", lambda path: {"service": [10.0], "raw": [90.0]})
    assert store.main() == expected


@pytest.mark.parametrize("import_s, expected", [(1.9, 0), (2.5, 1)])
def test_store_benchmark_bulk_target(monkeypatch, tmp_path, import_s, expected):
    store = _load("store")
    monkeypatch.setattr(sys, "argv", ["store.py", "--calls", "10"])
    monkeypatch.setattr(store.Path, "home", staticmethod(lambda: tmp_path))
    monkeypatch.setattr(store, "latency", lambda folder, calls: {
        "bare": [1.0] * calls, "service": [1.0] * calls})
    monkeypatch.setattr(store, "bulk", lambda folder: {"import": [import_s], "dump": [1.0]})
    monkeypatch.setattr(store, "priorities", lambda path: {"service": [10.0], "raw": [90.0]})
    assert store.main() == expected


@pytest.mark.parametrize("switch_ms, expected", [(40.0, 0), (140.0, 1)])
def test_ui_benchmark_exits_non_zero_on_a_miss(monkeypatch, switch_ms, expected):
    ui = _load("ui")
    monkeypatch.setattr(ui, "bench_startup", lambda work: [
        {"metric": "ui.startup_demo_main_window", "value": 900.0, "unit": "ms",
         "target": 1200.0, "baseline": 400.0, "runs": 5, "ratio": 2.25}])
    monkeypatch.setattr(ui, "bench_add_to_projector", lambda work: [
        {"metric": "ui.service_add_to_projector_painted", "value": 20.0, "unit": "ms",
         "target": 50.0, "max": 30.0, "runs": 25}])
    monkeypatch.setattr(ui, "bench_switch_large", lambda work: [
        {"metric": "ui.switch_large.worst_median", "value": switch_ms, "unit": "ms",
         "target": 100.0, "which": "ui.switch_large.console_agenda"}])
    assert ui.main([]) == expected


@pytest.mark.parametrize("pdf_s, lo_s, expected", [(1.0, 9.0, 0), (3.5, 9.0, 1), (2.0, 1.5, 1)])
def test_export_benchmark_exits_non_zero_on_a_miss(monkeypatch, tmp_path, pdf_s, lo_s,
                                                    expected):
    export = _load("export")
    import pypdf

    import smartbimtek.synthetic

    monkeypatch.setattr(sys, "argv", ["export.py", "--runs", "1"])
    monkeypatch.setattr(smartbimtek.synthetic, "create_large",
                        lambda path: Path(path).write_bytes(b"x") and Path(path))

    def fake_worker(fmt, workshop, out):
        Path(out).write_bytes(b"docx" if fmt == "docx" else b"%PDF")
        return {"seconds": pdf_s if fmt == "pdf" else 1.0, "snapshot": 0.1}

    def fake_lo(docx, outdir, profile):
        Path(outdir).mkdir(parents=True, exist_ok=True)
        (Path(outdir) / "masterplan.pdf").write_bytes(b"%PDF")
        return lo_s

    class FakeReader:
        def __init__(self, path):
            self.pages = [1, 2, 3]

    monkeypatch.setattr(export, "run_worker", fake_worker)
    monkeypatch.setattr(export, "libreoffice", fake_lo)
    monkeypatch.setattr(pypdf, "PdfReader", FakeReader)
    assert export.main() == expected
