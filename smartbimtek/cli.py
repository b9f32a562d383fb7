"""The ``smartbimtek`` console command (headless: no Qt).

Subcommands: ``demo``, ``import``, ``dump``, ``check``, ``backup``, ``backups``, ``restore``
(and ``serve``, ``export``, ``worksheets``, ``changes`` from their packages).
Each is a small ``cmd_*`` function plus a ``register_*`` function that adds its parser; more
subcommands (``export``, ``serve``) hook in through ``REGISTRARS``.

Exit status: 0 done, 1 ``check`` found problems, 2 refused (bad input, locked or damaged
file...: a message on stderr, never a traceback), 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from . import __version__
from .errors import SmartBimtekError, ValidationError, WorkshopFileError, WorkshopLockedError

log = logging.getLogger("smartbimtek.cli")


def _out(text: str = "") -> None:
    """The command's own output (stdout)."""
    sys.stdout.write(text + "\n")


def _staged(path: Path, purpose: str) -> Path:
    """A fresh temporary workshop path beside ``path`` (leftovers of a crash removed)."""
    from .store.targets import is_locked

    staged = path.with_name(f".{path.name}.{purpose}")
    if is_locked(staged):  # another run is building it right now
        raise WorkshopLockedError(f"{path.name} is being written by another program.",
                                  hint="Wait until it has finished, then try again.")
    _discard(staged)
    return staged


def _discard(staged: Path) -> None:
    """Remove a staged file and everything that belongs to it (log, journal, lock)."""
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(f"{staged}{suffix}").unlink(missing_ok=True)


def _put_in_place(staged: Path, path: Path) -> None:
    """Move a finished, closed workshop file over ``path`` (refused while ``path`` is open)."""
    from .store import lock

    lock.acquire(path)
    try:
        for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(staged, path)
    finally:
        lock.release(path)
        lock.lock_path(staged).unlink(missing_ok=True)


# -- demo ---------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    """Write the demo workshop (Kabupaten Sukamaju, Bimtek I; ``--stage``: at the end of
    that bimtek)."""
    from .demo import create_demo

    path = Path(args.path)
    if path.exists() and not args.force:
        raise WorkshopFileError(f"{path} already exists.", code="exists",
                                hint="Choose another name, or add --force to replace it.")
    if path.is_dir():
        raise WorkshopFileError(f"{path} is a folder.", code="foreign")
    staged = _staged(path, "demo")
    try:
        create_demo(staged, stage=getattr(args, "stage", None))
        _put_in_place(staged, path)
    finally:
        _discard(staged)
    _out(f"Demo workshop written to {path}")
    return 0


def register_demo(sub) -> None:
    p = sub.add_parser("demo", help="write a demo workshop (Bimtek I of a kabupaten)")
    p.add_argument("path", help="workshop file to write (.bimtek)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument("--stage", choices=("I", "II", "III", "IV"),
                   help="the region at the end of this bimtek, every earlier one run "
                        "(default: Bimtek I in the middle of day two)")
    p.set_defaults(func=cmd_demo)


# -- import / dump ------------------------------------------------------------------------
def cmd_import(args: argparse.Namespace) -> int:
    """Create a workshop from an interchange document, or merge one into it."""
    from .interchange import import_document, read_document
    from .store.workshop import open_workshop

    path = Path(args.path)
    doc = read_document(args.file)
    if path.exists():
        with open_workshop(path) as ws:
            report = import_document(ws, doc, source="import", actor="cli")
    else:  # build the new file aside, so a refused document leaves nothing behind
        staged = _staged(path, "importing")
        try:
            with open_workshop(staged, create=True) as ws:
                report = import_document(ws, doc, source="import", actor="cli")
                ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            _put_in_place(staged, path)
        finally:
            _discard(staged)
    _out(f"Imported {args.file} into {path}: {report.summary()}")
    return 0


def register_import(sub) -> None:
    p = sub.add_parser("import", help="create or merge a workshop from a JSON document")
    p.add_argument("path", help="workshop file (created when missing)")
    p.add_argument("file", help="interchange document (smartbimtek/1 JSON)")
    p.set_defaults(func=cmd_import)


def cmd_dump(args: argparse.Namespace) -> int:
    """Write the workshop as an interchange document (stdout or ``-o FILE``)."""
    from .interchange import dump, write_document
    from .store.targets import check_output_target
    from .store.workshop import open_workshop

    to_file = bool(args.output and args.output != "-")
    if to_file:  # refuse before the work, and again right before writing
        check_output_target(args.output, force=args.force)
    with open_workshop(_existing(args.path)) as ws:
        doc = dump(ws)
    if to_file:
        check_output_target(args.output, force=args.force)
        write_document(doc, args.output)
        log.info("wrote %s", args.output)
    else:
        _out(json.dumps(doc, ensure_ascii=False, indent=1))
    return 0


def register_dump(sub) -> None:
    p = sub.add_parser("dump", help="write the workshop as a JSON interchange document")
    p.add_argument("path", help="workshop file")
    p.add_argument("-o", "--output", help="JSON file to write (default: standard output)")
    p.add_argument("--force", action="store_true",
                   help="replace an existing file (never a workshop file or a file in use)")
    p.set_defaults(func=cmd_dump)


def _existing(path: str) -> Path:
    result = Path(path)
    if not result.exists():
        raise WorkshopFileError(f"{result} does not exist.", code="missing")
    return result


# -- check --------------------------------------------------------------------------------
_COUNTS = (("OPDs", "opds"), ("participants", "participants"), ("events", "events"),
           ("agenda steps", "agenda_steps"), ("SWOT items", "swot_items"),
           ("strategies", "strategies"), ("programs", "programs"), ("notes", "notes"))


_EXPECTED_TABLES = tuple(t for _label, t in _COUNTS) + ("scores", "votes", "attendance", "audit",
                                                       "plan", "meta", "criteria")


def check_report(path: Path) -> dict:
    """Integrity, schema version and record counts of a workshop file (opens it).

    ``warnings`` says when a ``-wal`` log with changes sat beside the file before it was
    opened: a program has the file open, or one crashed with it open; a copy of the main file
    alone would miss those changes (copy with File > Save a copy instead).
    """
    from .store import backups
    from .store.migrations import APPLICATION_ID, LATEST
    from .store.workshop import open_workshop

    report: dict = {"file": str(path), "size": path.stat().st_size, "problems": [],
                    "warnings": []}
    log_file = Path(f"{path}-wal")
    log_size = log_file.stat().st_size if log_file.is_file() else 0
    copy_advice = ("To copy a workshop (to a USB stick...), use File > Save a copy or "
                   "`smartbimtek backup`: a plain copy of the file alone would miss them.")
    try:
        ws = open_workshop(path)
    except WorkshopLockedError as exc:
        if log_size > 32:
            raise WorkshopLockedError(
                exc.message, hint=f"{exc.hint} Its latest changes are in {log_file.name} "
                f"({log_size:,} bytes) beside it. {copy_advice}", **exc.params) from None
        raise
    except WorkshopFileError as exc:
        report["problems"].append(f"{exc.message} [{exc.code}]")
        report["hint"] = exc.hint
        return report
    if log_size > 32:
        report["warnings"].append(
            f"{log_file.name} ({log_size:,} bytes) was beside the file: changes not yet in the "
            "main file. A program has the file open, or one crashed with it open (then they "
            "were replayed now). " + copy_advice)
    with ws:
        version = ws.query_one("PRAGMA user_version")[0]
        report["schema_version"] = version
        report["schema_latest"] = LATEST
        report["journal_mode"] = ws.query_one("PRAGMA journal_mode")[0]
        if ws.query_one("PRAGMA application_id")[0] != APPLICATION_ID:
            report["problems"].append("application id is not SmartBimtek's")
        report["problems"] += ws.integrity_report()
        # Counts through sqlite-utils' table API (read-only; no SQL strings built here).
        counts = {label: ws.db[table].count_where("deleted_at IS NULL")
                  for label, table in _COUNTS}
        for label, table in (("scores", "scores"), ("votes", "votes"),
                             ("check-ins", "attendance"), ("audit entries", "audit")):
            counts[label] = ws.db[table].count
        missing = set(_EXPECTED_TABLES) - set(ws.db.table_names())
        if missing:
            report["problems"].append(f"tables missing: {', '.join(sorted(missing))}")
        report["counts"] = counts
    found = backups.list_backups(path)
    report["backups"] = len(found)
    report["newest_backup"] = str(found[0].path) if found else None
    return report


def cmd_check(args: argparse.Namespace) -> int:
    """Report integrity, schema version and counts; exit 1 when there are problems."""
    report = check_report(_existing(args.path))
    if args.json:
        _out(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        _out(f"File:           {report['file']} ({report['size']:,} bytes)")
        if "schema_version" in report:
            _out(f"Schema version: {report['schema_version']} "
                 f"(this program: {report['schema_latest']}), journal {report['journal_mode']}")
            for label, n in report["counts"].items():
                _out(f"  {label + ':':<16}{n:>8,}")
            _out(f"Backups:        {report['backups']}"
                 + (f", newest {report['newest_backup']}" if report["newest_backup"] else ""))
        for warning in report.get("warnings", []):
            _out(f"Warning:        {warning}")
        if report["problems"]:
            _out("Problems:")
            for problem in report["problems"]:
                _out(f"  - {problem}")
            if report.get("hint"):
                _out(f"  {report['hint']}")
        else:
            _out("Integrity:      ok")
    return 1 if report["problems"] else 0


def register_check(sub) -> None:
    p = sub.add_parser("check", help="check integrity and schema; count records")
    p.add_argument("path", help="workshop file")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_check)


# -- backups ------------------------------------------------------------------------------
def cmd_backup(args: argparse.Namespace) -> int:
    """Take a backup now."""
    from .store import backups
    from .store.workshop import open_workshop

    with open_workshop(_existing(args.path)) as ws:
        target = backups.take_backup(ws, "manual")
    _out(f"Backup written: {target}")
    return 0


def _backup_line(info) -> str:
    extra = "".join(f" (+ {c.name})" for c in info.companions)
    return (f"  {info.taken_at:%Y-%m-%d %H:%M:%S}  {info.reason:<15} {info.size:>12,}  "
            f"{info.path}{extra}")


def cmd_backups(args: argparse.Namespace) -> int:
    """List the rolling backups and, apart, the kept copies of a workshop file, newest
    first (either can be given to ``restore``)."""
    from .store import backups

    found = backups.list_backups(args.path)
    kept = backups.list_kept(args.path)
    if found:
        _out(f"Rolling backups of {args.path} (newest first, the oldest are pruned):")
        for info in found:
            _out(_backup_line(info))
    else:
        _out(f"No rolling backups of {args.path} yet.")
    if kept:
        _out("Kept copies (before a restore, a migration or opening a file with a log; "
             "never pruned):")
        for info in kept:
            _out(_backup_line(info))
    else:
        _out("No kept copies.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Put a backup in place of the workshop file (a safety copy of it is kept)."""
    from .store import backups

    safety = backups.restore(args.path, args.backup)
    _out(f"Restored {args.path} from {args.backup}.")
    if safety:
        _out(f"The file as it was is kept in {safety}")
    return 0


def register_backups(sub) -> None:
    p = sub.add_parser("backup", help="take a backup of a workshop file now")
    p.add_argument("path", help="workshop file")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("backups", help="list the backups and kept copies of a workshop file")
    p.add_argument("path", help="workshop file")
    p.set_defaults(func=cmd_backups)
    p = sub.add_parser("restore", help="restore a workshop file from a backup")
    p.add_argument("path", help="workshop file to replace")
    p.add_argument("backup", help="backup or kept copy (path, or a name listed by `backups`)")
    p.set_defaults(func=cmd_restore)


#: Functions that add subcommands to the parser. The ``export`` and ``serve`` subcommands
#: hook in here: append their ``register_*`` function (each sets ``func=cmd_*``).
REGISTRARS: list[Callable] = [register_demo, register_import, register_dump, register_check,
                              register_backups]

from .server.cli import register as register_serve  # noqa: E402  (the LAN helper's subcommand)

REGISTRARS.append(register_serve)

from .exports.cli import register as register_export  # noqa: E402  (exports subcommand)

REGISTRARS.append(register_export)

from .worksheets.cli import register as register_worksheets  # noqa: E402  (kertas kerja)

REGISTRARS.append(register_worksheets)

from .changes.cli import register as register_changes  # noqa: E402  (what changed)

REGISTRARS.append(register_changes)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="smartbimtek", description="SmartBimtek workshop files from the command line.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for register in REGISTRARS:
        register(sub)
    return parser


def _print_error(exc: SmartBimtekError) -> None:
    problems = exc.params.get("errors") if isinstance(exc, ValidationError) else None
    if problems and len(problems) > 1:
        sys.stderr.write(f"smartbimtek: {len(problems)} problems:\n")
        for problem in problems:
            sys.stderr.write(f"  {problem}\n")
    else:
        sys.stderr.write(f"smartbimtek: {exc}\n")
    if isinstance(exc, ValidationError):
        sys.stderr.write("Nothing was changed.\n")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return int(args.func(args) or 0)
    except SmartBimtekError as exc:
        _print_error(exc)
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("smartbimtek: interrupted\n")
        return 130
    except OSError as exc:
        sys.stderr.write(f"smartbimtek: {exc.strerror or exc}: {exc.filename or ''}\n")
        return 2
