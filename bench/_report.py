"""Shared reporting for the benchmarks in ``bench/``: one table, one JSON line per figure,
and whether every target was met (a benchmark exits non-zero when one was missed).

A figure is a dict with at least ``metric``, ``value`` and ``unit``; it may carry ``target``
(an upper bound, or a lower bound when ``higher_is_better`` is true) and a free-form ``note``.
Figures without a target are informative and never make a run fail. ``run_all.py`` skips
files whose names start with ``_``, so this module is not run as a benchmark.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable


def met(figure: dict) -> bool | None:
    """Whether ``figure`` meets its target: ``None`` when it has none; a bound is inclusive
    (``value <= target``, or ``value >= target`` with ``higher_is_better``); a value that is
    not a finite number never meets a target."""
    target = figure.get("target")
    if target is None:
        return None
    value = figure.get("value")
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        return False
    return value >= target if figure.get("higher_is_better") else value <= target


def missed(figures: Iterable[dict]) -> list[dict]:
    """The figures whose target was missed."""
    return [f for f in figures if met(f) is False]


def emit(figures: list[dict], title: str | None = None,
         notes: dict[str, str] | None = None) -> bool:
    """Print the table (with ``ok``/``MISSED`` per target) and then one JSON object per figure
    on its own line; return True when every target was met. ``notes`` maps a metric to a
    remark shown in the table only (a figure's own ``note`` is shown otherwise)."""
    if title:
        print(title)
    width = max([len(str(f["metric"])) for f in figures] + [6]) + 2
    print(f"{'metric':<{width}}{'value':>12} {'unit':<10}{'target':>12}  result")
    for figure in figures:
        target = figure.get("target")
        shown = "" if target is None else (
            (">= " if figure.get("higher_is_better") else "<= ") + str(target))
        verdict = {None: "", True: "ok", False: "MISSED"}[met(figure)]
        note = (notes or {}).get(figure["metric"], figure.get("note", ""))
        print(f"{figure['metric']:<{width}}{figure['value']!s:>12} {figure.get('unit', ''):<10}"
              f"{shown:>12}  {verdict}{'  ' + str(note) if note else ''}")
    bad = missed(figures)
    if bad:
        print("Targets missed: " + ", ".join(str(f["metric"]) for f in bad))
    for figure in figures:
        print(json.dumps(figure))
    return not bad


def exit_code(all_met: bool) -> int:
    """The process exit status for a run: 0 when every target was met, 1 otherwise."""
    return 0 if all_met else 1
