"""Writing OPD worksheets (kertas kerja): one XLSX per OPD, or per group (kelompok) of the
current bimtek (``owners``), prefilled from the file.

Text is always written as a string cell (never a formula, even when it starts with ``=``,
``+``, ``-`` or ``@``); coded columns get drop-downs; headers and the key column are locked
(sheet protection without a password), the data cells are not. See ``layout`` and
docs/worksheets.md.
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from ..errors import NotFoundError
from ..exports.files import ExportError, atomic_write, check_targets, ensure_folder
from ..snapshot import WorkshopSnapshot, take_snapshot
from ..store.workshop import Workshop
from . import layout as L
from .owners import Owner, entry_groups, group_owner, opd_owner
from .xlsx import CellTextError, QueuedWorkbook, put_cell

_UNLOCKED = Protection(locked=False)
_LOCKED = Protection(locked=True)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
_TITLE_FONT = Font(bold=True, size=13)
_WRAP = Alignment(wrap_text=True, vertical="top")

HELP_LINES = (
    "KERTAS KERJA OPD - SmartBimtek",
    "",
    "Berkas ini berisi data OPD Anda dari lokakarya (bimtek): butir SWOT, program beserta "
    "rencananya (lokasi, baseline, target per tahun), anggaran per tahun dan sumber dana, "
    "kegiatan, dan profil quick win beserta tahapannya.",
    "",
    "Cara mengisi:",
    "1. Ubah isi sel pada lembar SWOT, Program, Anggaran, Kegiatan, QuickWin dan Tahapan "
    "(tahapan quick win: bulan ke-1 s.d. 12, progres 0-100%).",
    "2. Tambahkan baris baru di bawah baris yang sudah ada (baris kosong sudah disiapkan).",
    "3. Kolom berkode (kuadran, dimensi, elemen, komponen, horizon, sumber dana) memakai "
    "daftar pilihan: pilih dari daftar, jangan mengetik kode lain.",
    "4. Tahun harus berada di dalam periode rencana. Anggaran ditulis dalam rupiah, bilangan "
    "bulat, tidak negatif (tanpa titik atau koma).",
    "5. Jangan memakai rumus (formula): sel berisi rumus akan ditolak.",
    "6. Jangan mengubah baris judul, urutan kolom, atau lembar tersembunyi: kolom 'Kunci' "
    "menghubungkan setiap baris dengan datanya di aplikasi.",
    "7. Sel yang dikosongkan tidak menghapus data; baris yang dihapus dari lembar tidak "
    "menghapus data di aplikasi. Penghapusan dilakukan di aplikasi.",
    "8. Anggaran, Kegiatan, QuickWin dan Tahapan menyebut program dengan judulnya (kolom Program): "
    "untuk program baru, tulis judul yang sama seperti di lembar Program.",
    "",
    "Kode dimensi: governance, branding, economy, living, society, environment.",
    "Kode horizon: quick_win (<= 1 tahun), short (jangka pendek), medium (5 tahun), "
    "long (10 tahun).",
    "Kuadran SWOT: S (kekuatan), W (kelemahan), O (peluang), T (ancaman).",
    "Rating 1-4, bobot 0-1.",
    "",
    "Lembar terlindungi tanpa kata sandi (hanya agar baris judul tidak berubah tanpa sengaja).",
    "Setelah diisi, kirim berkas ini kembali kepada tim fasilitator untuk diimpor.",
)


#: Replace the first paragraph of the instructions in a group worksheet (the member OPDs
#: follow).
GROUP_HELP_LINES = [
    "Berkas ini berisi data kelompok Anda dari lokakarya (bimtek): butir SWOT dan program "
    "yang dikirim kelompok (beserta rencana, anggaran, kegiatan, profil quick win dan "
    "tahapannya).",
    "Pada lembar SWOT dan Program, kolom OPD wajib diisi untuk setiap baris baru: pilih OPD "
    "anggota kelompok dari daftar. OPD baris yang sudah ada tidak dapat diubah di sini "
    "(ubah di aplikasi).",
    "OPD anggota kelompok:",
]


def _safe_name(code: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", code).strip("-") or "opd"


def worksheet_path(outdir: str | Path, opd_code: str) -> Path:
    """Where the worksheet of an OPD is written in ``outdir``."""
    return Path(outdir) / f"kertas-kerja-{_safe_name(opd_code)}.xlsx"


def _style(wb, kind: str):
    """The style array of a kind of cell (``locked``, ``open``, ``wrap``, ``header``,
    ``title``), set up on the workbook once: setting a style on a cell looks it up in the
    workbook's style lists on every call, most of the export's time for 100,000 cells."""
    styles = wb.__dict__.setdefault("_worksheet_styles", {})
    if kind not in styles:
        model = Cell(wb.active)  # never added to a sheet: only its style is kept
        model.protection = _UNLOCKED if kind in ("open", "wrap") else _LOCKED
        if kind == "wrap":
            model.alignment = _WRAP
        if kind == "header":
            model.font = _HEADER_FONT
            model.fill = _HEADER_FILL
        if kind == "title":
            model.font = _TITLE_FONT
        styles[kind] = model._style
    return styles[kind]


def _put(sheet, row: int, col: int, value, *, locked: bool = False, wrap: bool = False,
         kind: str | None = None) -> None:
    """Write one cell (strings as strings, never formulas), locked or not. An empty data
    cell is not created: the column's default style (unlocked) applies to it."""
    if (value is None or value == "") and not locked:
        return
    kind = kind or ("locked" if locked else "wrap" if wrap else "open")
    put_cell(sheet, row, col, None if value == "" else value, _style(sheet.parent, kind))


def _header(sheet, headers: list[str], widths: list[int]) -> None:
    for col, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        _put(sheet, 1, col, text, locked=True, kind="header")
        sheet.column_dimensions[L.column_letter(col)].width = width
    key = sheet.column_dimensions["A"]
    key.hidden = True
    sheet.freeze_panes = "B2"
    sheet.protection.sheet = True  # no password: see Petunjuk
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.protection.sort = False
    sheet.protection.autoFilter = False


def _validations(sheet, columns, first_col: int, last_row: int, list_refs: dict,
                 period: tuple) -> None:
    for offset, column in enumerate(columns):
        letter = L.column_letter(first_col + offset)
        ref = f"{letter}2:{letter}{last_row}"
        # the spare rows are open for new entries: the column's default style is unlocked
        sheet.column_dimensions[letter].protection = _UNLOCKED
        dv = None
        if column.choices and column.choices not in list_refs:
            pass  # a group without member OPDs: nothing to offer
        elif column.choices:
            dv = DataValidation(type="list", formula1=list_refs[column.choices],
                                allow_blank=True)
            dv.error = f"Pilih {L.LIST_NAMES[column.choices]} dari daftar."
        elif column.kind == "rupiah":
            dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                                allow_blank=True)
            dv.error = "Anggaran: bilangan bulat rupiah, 0 atau lebih."
        elif column.kind in ("month", "percent"):
            low, high = L.WHOLE_KINDS[column.kind]
            dv = DataValidation(type="whole", operator="between", formula1=str(low),
                                formula2=str(high), allow_blank=True)
            dv.error = f"Bilangan bulat {low}-{high}."
        elif column.kind == "year" and column.field != "baseline_year" and all(period):
            dv = DataValidation(type="whole", operator="between", formula1=str(period[0]),
                                formula2=str(period[1]), allow_blank=True)
            dv.error = f"Tahun harus di dalam periode rencana {period[0]}-{period[1]}."
        if dv is not None:
            dv.showErrorMessage = True
            dv.errorTitle = "Isian tidak sah"
            sheet.add_data_validation(dv)
            dv.add(ref)


def _sheet(wb, name: str, rows: list[tuple[str, list]], years: list, list_refs: dict,
           period: tuple, grouped: bool = False):
    """A data sheet: ``rows`` are (key, [values of the columns + yearly values])."""
    sheet = wb.create_sheet(name)
    columns = L.columns(name, grouped)
    headers = [L.KEY_HEADER] + [c.header for c in columns] + [h for h, _ in years]
    widths = [10] + [c.width for c in columns] + [14] * len(years)
    _header(sheet, headers, widths)
    locked, plain = _style(wb, "locked"), _style(wb, "open")
    styles = [_style(wb, "wrap") if c.kind == "long" else plain for c in columns]
    styles += [plain] * len(years)
    for r, (key, values) in enumerate(rows, start=2):
        put_cell(sheet, r, 1, key if key != "" else None, locked)
        for c, (value, style) in enumerate(zip(values, styles, strict=True), start=2):
            if value is not None and value != "":  # an empty data cell is not created
                put_cell(sheet, r, c, value, style)
    last = len(rows) + 1 + L.SPARE_ROWS
    _validations(sheet, columns, 2, last, list_refs, period)
    if name == L.BUDGET and years:  # yearly rupiah columns
        yearly = [L.Column(h, str(y), "rupiah") for h, y in years]
        _validations(sheet, yearly, 2 + len(columns), last, list_refs, period)
    elif years:
        _validations(sheet, [L.Column(h, str(y)) for h, y in years], 2 + len(columns), last,
                     list_refs, period)
    return last


def _lists_sheet(wb, program_last: int, owner: Owner) -> dict[str, str]:
    sheet = wb.create_sheet(L.LIST_SHEET)
    refs = {}
    lists = L.lists()
    if owner.is_group and owner.members:
        lists["opd"] = list(owner.members)
    for col, (name, values) in enumerate(lists.items(), start=1):
        letter = L.column_letter(col)
        for row, value in enumerate(values, start=1):
            _put(sheet, row, col, value, locked=True)
        refs[name] = f"'{L.LIST_SHEET}'!${letter}$1:${letter}${len(values)}"
    fields = [c.field for c in L.columns(L.PROGRAM, owner.is_group)]
    title = L.column_letter(fields.index("title") + 2)
    refs["program"] = f"'{L.PROGRAM}'!${title}$2:${title}${program_last}"
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True
    return refs


class EntryIndex:
    """The snapshot's SWOT items and programs by OPD and by group, built once per export:
    ``held(owner)`` is what a worksheet holds, in the snapshot's order."""

    def __init__(self, snap: WorkshopSnapshot, grouped_entries: dict) -> None:
        self.swot = self._index(snap.swot, grouped_entries.get("swot", {}))
        self.programs = self._index(snap.programs, grouped_entries.get("program", {}))

    @staticmethod
    def _index(items, group_of: dict) -> tuple[dict, dict]:
        by_opd: dict[str, list] = {}
        by_group: dict[str, list] = {}
        for position, item in enumerate(items):
            by_opd.setdefault(item.opd_id, []).append((position, item))
            if item.id in group_of:
                by_group.setdefault(group_of[item.id], []).append((position, item))
        return by_opd, by_group

    @staticmethod
    def _held(index: tuple[dict, dict], owner: Owner) -> list:
        by_opd, by_group = index
        found = dict(by_opd.get(owner.opd_id, ())) if owner.opd_id else {}
        if owner.group_id:
            found.update(by_group.get(owner.group_id, ()))
        return [found[p] for p in sorted(found)]

    def held(self, owner: Owner) -> tuple[list, list]:
        """(SWOT items, programs) on ``owner``'s worksheet."""
        return self._held(self.swot, owner), self._held(self.programs, owner)


def _owner_rows(snap: WorkshopSnapshot, owner: Owner, start, end, index: EntryIndex
                ) -> dict[str, list]:
    items, programs = index.held(owner)
    title_of = {p.id: p.title for p in programs}
    years = list(range(start, end + 1)) if start and end else []
    rows: dict[str, list] = {name: [] for name in L.DATA_SHEETS}
    first = (lambda opd_id: [snap.opd_code(opd_id)]) if owner.is_group else (lambda _: [])
    for item in items:
        rows[L.SWOT].append((item.id, first(item.opd_id) + [
            item.quadrant, item.text, item.dimension, item.element, item.component,
            item.weight, item.rating]))
    for prog in programs:
        plan = snap.program_plans.get(prog.id)
        values = first(prog.opd_id) + [getattr(prog, c.field) if hasattr(prog, c.field) else
                                       getattr(plan, c.field, None) for c in L.PROGRAM_COLUMNS]
        targets = plan.targets if plan else {}
        rows[L.PROGRAM].append((prog.id, values + [targets.get(y) for y in years]))
        lines: dict[str, dict[int, int]] = {}
        for line in (plan.budgets if plan else []):
            lines.setdefault(line.source, {})[line.year] = line.amount
        for source, amounts in lines.items() or [(None, {})]:
            rows[L.BUDGET].append((prog.id, [prog.title, source] +
                                   [amounts.get(y) for y in years]))
        for act in (plan.activities if plan else []):
            rows[L.ACTIVITY].append((act.id, [prog.title, act.title, act.description,
                                              act.start_year, act.end_year]))
        profile = snap.quickwin_profiles.get(prog.id)
        if prog.quick_win or profile is not None:
            fields = [c.field for c in L.QUICKWIN_COLUMNS[1:]]
            rows[L.QUICKWIN].append((prog.id, [title_of[prog.id]] + [
                getattr(profile, f, None) if profile else None for f in fields]))
        for step in (profile.milestones if profile else []):
            rows[L.MILESTONE].append((step.id, [prog.title, step.month, step.description,
                                                step.progress]))
    return rows


def build_workbook(snap: WorkshopSnapshot, owner: Owner, key: str,
                   grouped_entries: dict | None = None, index: EntryIndex | None = None
                   ) -> QueuedWorkbook:
    """The worksheet of one OPD or group as an openpyxl workbook (not saved; its cells are
    queued until its ``save``, see ``xlsx.put_cell``);
    ``grouped_entries`` (``owners.entry_groups``) says which entries a group holds (or pass
    the ``index`` built from them once for many worksheets)."""
    start, end = snap.plan.period_start, snap.plan.period_end
    wb = QueuedWorkbook()
    help_sheet = wb.active
    help_sheet.title = L.HELP_SHEET
    lines = list(HELP_LINES)
    if owner.is_group:
        lines[0] = f"KERTAS KERJA KELOMPOK - SmartBimtek - {owner.code}"
        lines[2:3] = GROUP_HELP_LINES + [", ".join(owner.members) or "-"]
    else:
        lines[0] = f"{lines[0]} - {owner.code}: {owner.name}"
    if start and end:
        lines.insert(2, f"Periode rencana: {start}-{end}.")
    for row, text in enumerate(lines, start=1):
        _put(help_sheet, row, 1, text, locked=True, kind="title" if row == 1 else None)
    help_sheet.column_dimensions["A"].width = 110
    help_sheet.protection.sheet = True
    index = index or EntryIndex(snap, grouped_entries or {})
    rows = _owner_rows(snap, owner, start, end, index)
    program_last = len(rows[L.PROGRAM]) + 1 + L.SPARE_ROWS
    list_refs = _lists_sheet(wb, program_last, owner)
    for name in L.DATA_SHEETS:
        _sheet(wb, name, rows[name], L.year_headers(name, start, end), list_refs,
               (start, end), owner.is_group)
    wb.move_sheet(L.LIST_SHEET, offset=len(wb.sheetnames))
    meta = wb.create_sheet(L.KEY_SHEET)
    for row, (name, value) in enumerate((
            ("format", L.FORMAT), ("workshop_key", key), ("owner_kind", owner.kind),
            ("owner_id", owner.id), ("owner_code", owner.code), ("period_start", start),
            ("period_end", end), ("exported_at", snap.taken_at)), start=1):
        _put(meta, row, 1, name, locked=True)
        _put(meta, row, 2, value, locked=True)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
    return wb


def _paths(outdir, owners: list[Owner], prefix: str) -> list[Path]:
    paths = [Path(outdir) / f"{prefix}{_safe_name(o.code)}.xlsx" for o in owners]
    if len(set(paths)) != len(paths):  # two codes that make the same file name
        paths = [Path(outdir) / f"{prefix}{_safe_name(o.code)}-{o.id[:6]}.xlsx"
                 for o in owners]
    return paths


def _wanted(items, ids, what: str, code: str) -> list:
    wanted = [i for i in items if ids is None or i.id in ids]
    missing = set(ids or ()) - {i.id for i in wanted}
    if missing:
        raise NotFoundError(f"unknown {what} {sorted(missing)[0]!r}", code=code)
    return wanted


def export_worksheets(ws_or_snapshot: Workshop | WorkshopSnapshot, outdir: str | Path,
                      opd_ids: list[str] | None = None, *, by: str = "opd",
                      group_ids: list[str] | None = None, force: bool = False,
                      key: str | None = None, grouped_entries: dict | None = None
                      ) -> list[Path]:
    """Write one worksheet per OPD (``by="opd"``: all live OPDs, or ``opd_ids``) or per
    group of the current bimtek (``by="group"``: all live groups, or ``group_ids``) into
    ``outdir``; returns the paths. With a snapshot, pass the workshop's ``key``
    (``layout.workshop_key``) and, per group, ``grouped_entries`` (``owners.entry_groups``).
    Existing files are replaced only with ``force``; a workshop file never (``ExportError``)."""
    if isinstance(ws_or_snapshot, Workshop):
        key = L.workshop_key(ws_or_snapshot)
        snap = take_snapshot(ws_or_snapshot)
        if by == "group":
            grouped_entries = entry_groups(ws_or_snapshot)
    else:
        snap = ws_or_snapshot
        if not key or (by == "group" and grouped_entries is None):
            raise ValueError("export_worksheets needs the workshop key (and per group the "
                             "entries' groups) with a snapshot")
    if by == "group":
        current = snap.settings.get("current_event_id")
        live = [g for g in snap.groups if g.event_id == current]
        if not live and group_ids is None:
            raise NotFoundError("the current bimtek has no groups", code="no_groups")
        opds = {o.id: o for o in snap.opds}
        owners = [group_owner(g, opds) for g in _wanted(live, group_ids, "group",
                                                        "unknown_group")]
        paths = _paths(outdir, owners, "kertas-kerja-kelompok-")
    elif by == "opd":
        owners = [opd_owner(o) for o in _wanted(snap.opds, opd_ids, "OPD", "unknown_opd")]
        paths = _paths(outdir, owners, "kertas-kerja-")
    else:
        raise ValueError(f"worksheets by {by!r}: use 'opd' or 'group'")
    ensure_folder(outdir)
    check_targets(paths, force=force)
    index = EntryIndex(snap, grouped_entries or {})
    for owner, path in zip(owners, paths, strict=True):
        try:
            wb = build_workbook(snap, owner, key, index=index)
        except CellTextError as exc:  # text from outside the services (they clean it)
            raise ExportError(f"{path.name}: {exc}", code="export_failed", path=str(path),
                              reason="bad_text", cell=exc.cell) from exc
        atomic_write(path, wb.save)
    return paths
