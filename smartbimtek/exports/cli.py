"""The ``smartbimtek export`` subcommand.

    smartbimtek export PATH --document masterplan --format pdf -o OUT
    smartbimtek export PATH --all OUTDIR

Errors (unknown document or format, unwritable folder, file open elsewhere) print a message
and exit with status 2 through the main command's error handling. An existing file is
replaced only with ``--force``; a workshop file or a locked file never is.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import ValidationError, WorkshopFileError


def planned_files(snap, document: str, fmt: str, out_path: str | Path) -> list[Path]:
    """The files an export of ``document`` as ``fmt`` to ``out_path`` writes (``csv``: one
    file per sheet inside the folder ``out_path``)."""
    out_path = Path(out_path)
    if document == "data" and fmt == "csv":
        from .data import sheets

        return [out_path / f"{name}.csv" for name, _header, _rows in sheets(snap)]
    return [out_path]


def planned_all(snap, outdir: str | Path) -> list[Path]:
    """Every file ``export_all(snap, outdir)`` writes."""
    from . import DOCUMENTS, EVENT_DOCUMENTS, FORMATS, default_filename

    files = []
    for document in DOCUMENTS:
        events = [e.id for e in snap.events] if document in EVENT_DOCUMENTS else [None]
        for event_id in events:
            for fmt in FORMATS[document]:
                name = default_filename(snap, document, fmt, event_id)
                files += planned_files(snap, document, fmt, Path(outdir) / name)
    return files


def cmd_export(args: argparse.Namespace) -> int:
    """Export one document (``--document/--format/-o``) or everything (``--all``)."""
    from ..snapshot import take_snapshot
    from ..store.workshop import open_workshop
    from . import DOCUMENTS, FORMATS, default_filename, export, export_all
    from .files import check_targets

    path = Path(args.path)
    if not path.exists():
        raise WorkshopFileError(f"{path} does not exist.", code="missing")
    if args.all is None and not args.document:
        raise ValidationError("document", "give --document (and --format, -o) or --all OUTDIR",
                              code="empty")
    if args.all is None and args.document not in DOCUMENTS:
        raise ValidationError("document", f"{args.document!r} is not one of "
                              f"{', '.join(DOCUMENTS)}", code="choice")
    with open_workshop(path) as ws:
        snap = take_snapshot(ws)

    def progress(done: int, total: int, label: str) -> None:
        if args.verbose:
            sys.stderr.write(f"\r{label}: {100 * done // max(total, 1)}%   ")

    if args.all is not None:
        check_targets(planned_all(snap, args.all), force=args.force)
        written = export_all(snap, args.all, progress=progress)
        if args.verbose:
            sys.stderr.write("\n")
        for item in written:
            sys.stdout.write(f"{item}\n")
        return 0
    fmt = args.format or FORMATS[args.document][0]
    out = Path(args.output) if args.output else Path(default_filename(snap, args.document, fmt,
                                                                      args.event))
    check_targets(planned_files(snap, args.document, fmt, out), force=args.force)
    written = export(snap, args.document, fmt, out, event_id=args.event, progress=progress)
    if args.verbose:
        sys.stderr.write("\n")
    sys.stdout.write(f"{written}\n")
    return 0


def register(sub) -> None:
    """Add the ``export`` subcommand to the main parser's subparsers."""
    p = sub.add_parser("export", help="export documents (DOCX, PDF) and data (XLSX, CSV)",
                       description="Export the master plan draft, executive summary, quick win "
                                   "profiles, workshop report, attendance list (daftar hadir) "
                                   "or data workbook.")
    p.add_argument("path", help="workshop file (.bimtek)")
    p.add_argument("--document", "-d",
                   help="masterplan, summary, quickwins, report, daftar-hadir or data")
    p.add_argument("--format", "-f", choices=("docx", "pdf", "xlsx", "csv"),
                   help="file format (default: docx, or xlsx for data)")
    p.add_argument("-o", "--output", help="file to write (csv: a folder); default: a name "
                                          "from the region in the current folder")
    p.add_argument("--event", help="the event of the report or daftar hadir: its id or its "
                                   "stage (I, II, III, IV); default: the current event")
    p.add_argument("--all", metavar="OUTDIR", help="write every document in every format "
                                                   "into OUTDIR")
    p.add_argument("--force", action="store_true",
                   help="replace existing files (never a workshop file or a file in use)")
    p.set_defaults(func=cmd_export)
