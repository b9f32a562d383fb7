"""Importing filled worksheets: everything is checked first, then one transaction merges.

``import_worksheets(ws, paths)`` reads every file, checks that it belongs to this workshop
(the key in ``_kunci``) and to a live OPD or group, checks every row with the services'
cleaners and the files against each other (``conflicts``), and refuses the whole import
(``WorksheetsRefused``, nothing written) when any problem is found.
Otherwise it makes the changes in ONE transaction through the core services (they join it),
so the import is one user action: all of it is stored or none. Rows that match what the file
holds change nothing, so importing the same worksheet twice writes nothing (not even an
audit row). There is no undo of an import in the console (restore a backup instead).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ValidationError
from ..services import records as rec
from ..store.workshop import Workshop
from . import layout as L
from .checks import Current
from .conflicts import find_conflicts
from .owners import read_owner
from .reader import Problems, read_workbook
from .validate import plan_changes

SUMMARY_KINDS = ("swot_added", "swot_updated", "program_added", "program_updated",
                 "budget_set", "activity_added", "activity_updated", "profile_updated",
                 "milestone_added", "milestone_updated")


class WorksheetsRefused(ValidationError):
    """An import refused: ``problems`` (also ``params['errors']``) names each one by file,
    sheet, cell and reason, in Indonesian. Nothing was written."""

    code = "worksheets_refused"

    def __init__(self, problems: list[str]) -> None:
        super().__init__("worksheets", f"{len(problems)} masalah", code="worksheets_refused",
                         errors=list(problems))
        self.message = problems[0] if len(problems) == 1 else \
            f"{len(problems)} masalah: " + "; ".join(problems[:3])
        self.args = (self.message,)
        self.problems = list(problems)


@dataclass
class OpdSummary:
    """What an import changed for one worksheet's owner, an OPD or a group (counts by kind,
    see ``SUMMARY_KINDS``); ``opd_id`` is the owner's id."""

    opd_id: str
    code: str
    name: str
    counts: Counter = field(default_factory=Counter)
    kind: str = "opd"

    @property
    def changed(self) -> int:
        """How many changes were made for this OPD."""
        return sum(self.counts.values())


@dataclass
class ImportSummary:
    """The result of an import: one ``OpdSummary`` per OPD, in file order."""

    opds: list[OpdSummary] = field(default_factory=list)

    @property
    def changed(self) -> int:
        """How many changes were made in all."""
        return sum(o.changed for o in self.opds)

    def lines(self) -> list[str]:
        """One line per OPD (Indonesian), for the console and the command line."""
        out = []
        for opd in self.opds:
            parts = [f"{n} {_LABELS[k]}" for k, n in opd.counts.items() if n]
            out.append(f"{opd.code} ({opd.name}): " + (", ".join(parts) if parts
                                                        else "tidak ada perubahan"))
        return out


_LABELS = {"swot_added": "butir SWOT baru", "swot_updated": "butir SWOT diubah",
           "program_added": "program baru", "program_updated": "program diubah",
           "budget_set": "anggaran diisi", "activity_added": "kegiatan baru",
           "activity_updated": "kegiatan diubah", "profile_updated": "profil quick win diubah",
           "milestone_added": "tahapan quick win baru",
           "milestone_updated": "tahapan quick win diubah"}


def check_worksheets(ws: Workshop, paths) -> tuple[list, list[str]]:
    """Read and check ``paths`` without writing: ([(owner, changes)], problems)."""
    key = L.workshop_key(ws)
    period = rec.plan_period(ws)
    planned, problems, owners = [], [], {}
    current = Current(ws)
    paths = [Path(p) for p in paths]
    for path in paths:
        found = Problems()
        book = read_workbook(path, found, period)
        owner = read_owner(ws, book.meta, key, found) if book is not None else None
        if owner is not None and (owner.kind, owner.id) in owners:
            what = "kelompok" if owner.is_group else "OPD"
            found.add("berkas", f"{what} {owner.code} juga ada di "
                                f"{owners[(owner.kind, owner.id)]}: impor satu kertas kerja "
                                f"per {what}")
            owner = None
        if owner is not None:
            owners[(owner.kind, owner.id)] = path.name
            changes = plan_changes(ws, book, owner, found, current)
            planned.append((owner, changes, path.name))
        prefix = f"{path.name}: " if len(paths) > 1 else ""
        problems += [prefix + p for p in found]
    problems += find_conflicts([(name, changes) for _, changes, name in planned])
    return [(owner, changes) for owner, changes, _ in planned], problems


def import_worksheets(ws: Workshop, paths) -> ImportSummary:
    """Check every worksheet in ``paths``, then merge them all in one transaction.

    Raises ``WorksheetsRefused`` (nothing written) when any file, sheet, row or cell has a
    problem; returns the per-OPD summary otherwise.
    """
    planned, problems = check_worksheets(ws, paths)
    if problems:
        raise WorksheetsRefused(problems)
    summary = ImportSummary()
    total = sum(len(changes) for _, changes in planned)
    for owner, _ in planned:
        summary.opds.append(OpdSummary(owner.id, owner.code, owner.name, kind=owner.kind))
    if not total:
        return summary
    with ws.transaction(source="import"):
        for opd, (_, changes) in zip(summary.opds, planned, strict=True):
            counted = set()
            for change in changes:
                change.call(*change.args, **change.kwargs)
                if change.kind and (change.kind, change.record) not in counted:
                    counted.add((change.kind, change.record))
                    opd.counts[change.kind] += 1
    return summary
