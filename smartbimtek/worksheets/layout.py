"""The layout of an OPD worksheet (kertas kerja): sheets, columns, coded lists, the key.

One workbook per OPD or per group (``owners``). Every data sheet has its headers in row 1
(locked) and one record per row from row 2; column A (``Kunci``, hidden and locked) holds the
record id, empty for rows the OPD adds. A hidden sheet ``_kunci`` ties the workbook to the workshop (``workshop_key``)
and to its owner (``owner_kind`` ``opd`` or ``group``, ``owner_id``). Yearly columns follow
the plan period (``plan.period_start..period_end``). A group worksheet has the same sheets;
its SWOT and Program sheets have an OPD column first (``columns``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .. import reference
from ..model import FUNDING, HORIZONS, QUADRANTS
from ..store.workshop import Workshop

FORMAT = "smartbimtek-kertas-kerja/1"
KEY_SHEET = "_kunci"
LIST_SHEET = "_daftar"
HELP_SHEET = "Petunjuk"
KEY_HEADER = "Kunci"
#: Rows offered for new entries below the prefilled ones (validation and unlocked cells).
SPARE_ROWS = 200

SWOT = "SWOT"
PROGRAM = "Program"
BUDGET = "Anggaran"
ACTIVITY = "Kegiatan"
QUICKWIN = "QuickWin"
MILESTONE = "Tahapan"
DATA_SHEETS = (SWOT, PROGRAM, BUDGET, ACTIVITY, QUICKWIN, MILESTONE)
#: Sheets a worksheet exported before they existed lacks: read when present.
OPTIONAL_SHEETS = (MILESTONE,)


@dataclass(frozen=True)
class Column:
    """One column of a data sheet: its header, the record field, and its coded list (a
    name in ``lists()``) or value kind (``text``, ``long``, ``int``, ``year``, ``rupiah``,
    ``month``, ``percent``, ``number``)."""

    header: str
    field: str
    kind: str = "text"
    choices: str | None = None
    width: int = 16


SWOT_COLUMNS = (
    Column("Kuadran", "quadrant", choices="quadrant", width=9),
    Column("Teks", "text", "long", width=60),
    Column("Dimensi", "dimension", choices="dimension", width=14),
    Column("Elemen", "element", choices="element", width=24),
    Column("Komponen", "component", choices="component", width=14),
    Column("Bobot", "weight", "number", width=8),
    Column("Rating", "rating", "int", width=8),
)
PROGRAM_COLUMNS = (
    Column("Judul", "title", width=40),
    Column("Dimensi", "dimension", choices="dimension", width=14),
    Column("Elemen", "element", choices="element", width=24),
    Column("Horizon", "horizon", choices="horizon", width=11),
    Column("Tahun mulai", "start_year", "year", width=11),
    Column("Tahun selesai", "end_year", "year", width=11),
    Column("Sumber dana utama", "funding", choices="source", width=14),
    Column("Lokasi", "location", width=20),
    Column("Baseline", "baseline_value", width=12),
    Column("Tahun baseline", "baseline_year", "year", width=11),
    Column("Satuan", "unit", width=10),
    Column("Indikator", "indicator", "long", width=30),
    Column("Target akhir", "target", width=16),
    Column("Uraian", "description", "long", width=40),
)
#: Program fields written through ``programs.update_program`` (the rest: ``budget``).
PROGRAM_CORE_FIELDS = ("title", "dimension", "element", "horizon", "start_year", "end_year",
                       "funding", "indicator", "target", "description")
PROGRAM_PLAN_FIELDS = ("location", "baseline_value", "baseline_year", "unit")
TARGET_PREFIX = "Target "
BUDGET_COLUMNS = (
    Column("Program", "program", choices="program", width=40),
    Column("Sumber dana", "source", choices="source", width=14),
)
ACTIVITY_COLUMNS = (
    Column("Program", "program", choices="program", width=40),
    Column("Kegiatan", "title", width=40),
    Column("Uraian", "description", "long", width=40),
    Column("Tahun mulai", "start_year", "year", width=11),
    Column("Tahun selesai", "end_year", "year", width=11),
)
QUICKWIN_COLUMNS = (
    Column("Program", "program", choices="program", width=40),
    Column("Nama inovasi", "innovation_name", width=24),
    Column("Akronim", "acronym", width=12),
    Column("Masalah", "problem", "long", width=30),
    Column("Penerima manfaat", "beneficiaries", "long", width=24),
    Column("Anggaran (Rp)", "budget", "rupiah", width=16),
    Column("Sumber dana", "funding_source", choices="source", width=14),
    Column("Indikator", "indicator", "long", width=24),
    Column("Baseline", "baseline", width=12),
    Column("Target", "target", width=12),
    Column("Risiko", "risks", "long", width=24),
)
#: The milestones (tahapan) of quick win profiles: one row per milestone, its key in column A.
MILESTONE_COLUMNS = (
    Column("Program", "program", choices="program", width=40),
    Column("Bulan ke", "month", "month", width=9),
    Column("Tahapan", "description", "long", width=50),
    Column("Progres (%)", "progress", "percent", width=11),
)
COLUMNS = {SWOT: SWOT_COLUMNS, PROGRAM: PROGRAM_COLUMNS, BUDGET: BUDGET_COLUMNS,
           ACTIVITY: ACTIVITY_COLUMNS, QUICKWIN: QUICKWIN_COLUMNS, MILESTONE: MILESTONE_COLUMNS}
#: The first data column of the SWOT and Program sheets of a group worksheet (column B): the
#: entry's OPD, a drop-down of the group's member OPDs (``owners``).
OPD_COLUMN = Column("OPD", "opd", choices="opd", width=14)
GROUPED_SHEETS = (SWOT, PROGRAM)


def columns(sheet: str, grouped: bool = False) -> tuple[Column, ...]:
    """The columns of ``sheet`` after the key: a group worksheet's SWOT and Program sheets
    start with the OPD column."""
    if grouped and sheet in GROUPED_SHEETS:
        return (OPD_COLUMN, *COLUMNS[sheet])
    return COLUMNS[sheet]


#: Whole-number kinds and their (lowest, highest) allowed values (None: no bound).
WHOLE_KINDS = {"int": (None, None), "year": (None, None), "rupiah": (0, None),
               "month": (1, 12), "percent": (0, 100)}


def year_headers(sheet: str, start: int | None, end: int | None) -> list[tuple[str, int]]:
    """The yearly columns of ``sheet`` for the plan period: (header, year)."""
    if not (start and end) or sheet not in (PROGRAM, BUDGET):
        return []
    prefix = TARGET_PREFIX if sheet == PROGRAM else ""
    return [(f"{prefix}{year}", year) for year in range(start, end + 1)]


def lists() -> dict[str, list[str]]:
    """The coded lists offered as drop-downs (codes, as stored)."""
    return {
        "quadrant": list(QUADRANTS),
        "dimension": list(reference.dimension_ids()),
        "element": list(reference.elements()),
        "component": list(reference.component_ids()),
        "horizon": list(HORIZONS),
        "source": list(FUNDING),
    }


#: What each list is called in messages (Indonesian).
LIST_NAMES = {"quadrant": "kuadran", "dimension": "dimensi", "element": "elemen",
              "component": "komponen", "horizon": "horizon", "source": "sumber dana",
              "program": "program", "opd": "OPD anggota kelompok"}


def column_letter(index: int) -> str:
    """Excel's letter of a 1-based column index."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def workshop_key(ws: Workshop) -> str:
    """A stable key of the workshop file (its first audit row: never deleted, made when the
    file got its first record), so a worksheet of another workshop is refused. Copies and
    backups of a file share it, on purpose."""
    row = ws.query_one("SELECT id, at, entity, entity_id FROM audit ORDER BY id LIMIT 1")
    seed = "|".join(str(v) for v in row) if row else "empty"
    return hashlib.sha256(f"smartbimtek-worksheets|{seed}".encode()).hexdigest()[:24]
