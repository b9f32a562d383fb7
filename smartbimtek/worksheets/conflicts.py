"""Conflicts between the worksheets of one import: an OPD worksheet and a group worksheet (or
two group worksheets) hold some records twice, so two files may change the same field of the
same record differently, or add the same record twice. Such an import is refused, naming
both cells (nothing is written); the same change made in two files is not a conflict.
"""

from __future__ import annotations

from .checks import Change, same


def _show(value) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def find_conflicts(planned: list[tuple[str, list[Change]]]) -> list[str]:
    """Problems (Indonesian) for every slot (``Change.slots``) that two files set apart:
    ``planned`` is (file name, changes) per worksheet, in import order."""
    seen: dict[tuple, tuple[str, object, str]] = {}
    problems = []
    for name, changes in planned:
        for change in changes:
            for slot, value, ref in change.slots:
                first = seen.setdefault(slot, (name, value, ref))
                if first[0] == name:
                    continue
                where = f"{first[0]}: {first[2]} dan {name}: {ref}"
                if slot[0].endswith("+"):
                    problems.append(f"{where}: baris baru yang sama ditambahkan di dua kertas "
                                    "kerja (isi di satu kertas kerja saja)")
                elif not same(value, first[1]):
                    problems.append(f"{where}: data yang sama diubah berbeda di dua kertas "
                                    f"kerja ('{_show(first[1])}' dan '{_show(value)}')")
    return problems
