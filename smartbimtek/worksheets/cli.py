"""The ``smartbimtek worksheets`` subcommand: ``export PATH OUTDIR [--opd CODE ...]
[--by opd|group] [--force]`` and ``import PATH FILE.xlsx...`` (exit 2 with the list of
problems when refused: nothing is written then)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import NotFoundError, ValidationError, WorkshopFileError


def _open(path: str):
    from ..store.workshop import open_workshop

    if not Path(path).exists():
        raise WorkshopFileError(f"{path} does not exist.", code="missing")
    return open_workshop(path)


def cmd_worksheets_export(args: argparse.Namespace) -> int:
    """Write one worksheet per OPD (or per ``--opd`` code), or with ``--by group`` one per
    group of the current bimtek, into OUTDIR."""
    from ..services import roster
    from .export import export_worksheets

    if args.by == "group" and args.opd:
        raise ValidationError("opd", "--opd chooses OPD worksheets: leave it out with "
                                     "--by group", code="choice")
    with _open(args.path) as ws:
        opd_ids = None
        if args.opd:
            by_code = {o.code.casefold(): o.id for o in roster.list_opds(ws)}
            unknown = [c for c in args.opd if c.casefold() not in by_code]
            if unknown:
                raise NotFoundError(f"unknown OPD code {unknown[0]!r}", code="unknown_opd")
            opd_ids = [by_code[c.casefold()] for c in args.opd]
        paths = export_worksheets(ws, args.outdir, opd_ids, by=args.by, force=args.force)
    for path in paths:
        sys.stdout.write(f"{path}\n")
    return 0


def cmd_worksheets_import(args: argparse.Namespace) -> int:
    """Check the worksheets, then merge them in one transaction; print the summary."""
    from .import_ import import_worksheets

    for name in args.files:
        if not Path(name).is_file():
            raise WorkshopFileError(f"{name} does not exist.", code="missing")
    with _open(args.path) as ws:
        summary = import_worksheets(ws, args.files)
    for line in summary.lines():
        sys.stdout.write(f"{line}\n")
    sys.stdout.write(f"{summary.changed} perubahan disimpan.\n")
    return 0


def register(sub) -> None:
    """Add the ``worksheets`` subcommand to the main parser's subparsers."""
    p = sub.add_parser("worksheets", help="OPD worksheets (kertas kerja) in Excel: export, "
                                          "import")
    inner = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    e = inner.add_parser("export", help="write one XLSX worksheet per OPD (or per group) "
                                        "into OUTDIR")
    e.add_argument("path", help="workshop file (.bimtek)")
    e.add_argument("outdir", help="folder for the worksheets")
    e.add_argument("--opd", action="append", metavar="CODE",
                   help="only this OPD (by code; may be repeated)")
    e.add_argument("--by", choices=("opd", "group"), default="opd",
                   help="one worksheet per OPD (default) or per group (kelompok) of the "
                        "current bimtek")
    e.add_argument("--force", action="store_true",
                   help="replace existing files (never a workshop file or a file in use)")
    e.set_defaults(func=cmd_worksheets_export)
    i = inner.add_parser("import", help="check filled worksheets, then merge them (all or "
                                        "nothing)")
    i.add_argument("path", help="workshop file (.bimtek)")
    i.add_argument("files", nargs="+", metavar="FILE.xlsx", help="filled worksheets")
    i.set_defaults(func=cmd_worksheets_import)
