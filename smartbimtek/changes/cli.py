"""The ``smartbimtek changes`` subcommand: what changed in a workshop file.

    smartbimtek changes PATH                          since the current bimtek started
    smartbimtek changes PATH --between I III          from the start of I to the end of III
    smartbimtek changes PATH --since 2026-11-01T08:00 [--until 2026-11-02T17:00]
    smartbimtek changes PATH -o perubahan.docx|.pdf|.txt [--force]
    smartbimtek changes PATH --json

Refusals (a missing file, a bimtek the file does not have, a time that is not one, an end
before the start, an output that exists or is a workshop) print a message and exit with
status 2 through the main command's error handling.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import ValidationError, WorkshopFileError
from ..rules.stages import STAGES

#: Output files by extension.
OUTPUT_TYPES = (".docx", ".pdf", ".txt")


def _event_of_stage(history, stage: str) -> str:
    """The id of the file's Bimtek ``stage`` (the earliest, if it has two)."""
    found = [e for e in history.events if e.stage == stage]
    if not found:
        have = ", ".join(sorted({e.stage for e in history.events}, key=STAGES.index)) or "none"
        raise ValidationError("--between", f"the workshop has no Bimtek {stage} "
                              f"(its bimteks: {have})", code="unknown_event", stage=stage)
    return found[0].id


def _moment(option: str, value: str) -> str:
    from .report import moment

    try:
        return moment(value)
    except ValidationError:
        raise ValidationError(option, f"{value!r} is not a date and time; write it as "
                              "2026-11-01T08:00 or 2026-11-01", code="moment",
                              value=value) from None


def choose_range(history, args: argparse.Namespace):
    """The ``Range`` the options ask for (default: since the current bimtek started)."""
    from . import report as cr

    if args.until and not args.since:
        raise ValidationError("--until", "give --since as well (the start of the range)",
                              code="empty")
    if args.between:
        first, last = (_event_of_stage(history, s) for s in args.between)
        return cr.between_events(history, first, last)
    if args.since:
        start = _moment("--since", args.since)
        end = _moment("--until", args.until) if args.until else None
        if end is not None and end < start:
            raise ValidationError("--until", "the end is before the start", code="range")
        return cr.between_moments(start, end)
    return cr.since_current_event(history)


def _output_type(output: str) -> str:
    suffix = Path(output).suffix.lower()
    if suffix not in OUTPUT_TYPES:
        raise ValidationError("-o", f"{output}: write the report to a "
                              f"{', '.join(OUTPUT_TYPES)} file", code="choice")
    return suffix


def cmd_changes(args: argparse.Namespace) -> int:
    """Print the change report, or write it to ``-o FILE`` (DOCX, PDF or text)."""
    from ..exports.files import check_targets, write_bytes
    from ..snapshot import take_snapshot
    from ..store.workshop import open_workshop
    from . import plain
    from . import report as cr

    path = Path(args.path)
    if not path.exists():
        raise WorkshopFileError(f"{path} does not exist.", code="missing")
    kind = _output_type(args.output) if args.output else None
    if kind:  # refuse before the work (write_bytes checks again right before the move)
        check_targets([args.output], force=args.force)
    with open_workshop(path) as ws:
        snap = take_snapshot(ws) if kind in (".docx", ".pdf") else None
        if snap is not None:
            history = snap.history
        else:
            from .history import load_history

            ws.conn.execute("BEGIN")  # one read transaction: a consistent view
            try:
                history = load_history(ws)
            finally:
                ws.conn.execute("ROLLBACK")
    rng = choose_range(history, args)
    report = cr.build_report(history, rng)
    if args.json:
        sys.stdout.write(json.dumps(plain.as_data(history, report, args.lang),
                                    ensure_ascii=False, indent=1) + "\n")
        return 0
    if kind is None:
        sys.stdout.write(plain.as_text(history, report, args.lang))
        return 0
    if kind == ".txt":
        data = plain.as_text(history, report, args.lang).encode("utf-8")
    else:
        import io

        from ..exports.change_report import build_change_document

        buffer = io.BytesIO()
        document = build_change_document(snap, rng)
        if kind == ".pdf":
            from ..exports import pdf_render

            pdf_render.render(document, buffer)
        else:
            from ..exports import docx_render

            docx_render.render(document, buffer)
        data = buffer.getvalue()
    check_targets([args.output], force=args.force)
    write_bytes(Path(args.output), data)
    sys.stdout.write(f"Change report written to {args.output}\n")
    return 0


def register(sub) -> None:
    """Add the ``changes`` subcommand to the main parser."""
    p = sub.add_parser("changes", help="what changed: since the current bimtek started, "
                                       "between two bimteks or between two moments")
    p.add_argument("path", help="workshop file")
    points = p.add_mutually_exclusive_group()
    points.add_argument("--between", nargs=2, choices=STAGES, metavar=("FROM", "TO"),
                        help="from the start of one bimtek to the end of another (I..IV)")
    points.add_argument("--since", metavar="TIME",
                        help="from this moment (2026-11-01T08:00 or 2026-11-01)")
    p.add_argument("--until", metavar="TIME", help="with --since: up to this moment "
                                                   "(default: now)")
    target = p.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", metavar="FILE",
                        help="write the report to FILE.docx, FILE.pdf or FILE.txt")
    target.add_argument("--json", action="store_true", help="print it as JSON")
    p.add_argument("--force", action="store_true",
                   help="replace an existing file (never a workshop file or a file in use)")
    p.add_argument("--lang", choices=("id", "en"), default="id",
                   help="language of the printed report and the text file (default: id)")
    p.set_defaults(func=cmd_changes)
