"""Checking the rows of a worksheet against the workshop and turning them into changes.

Nothing is written here: ``plan_changes`` returns the list of changes (service calls with
their arguments) and records every problem by sheet, cell and reason (Indonesian). The
services' own cleaners run on every value, so what passes here is what they accept.

Merge rule: a row with a key updates that record, field by field, only where the value
differs; a row without a key matches an existing record of the OPD by its natural name (SWOT:
quadrant and text; program: title; activity: program and title) and otherwise creates one;
an empty cell changes nothing; nothing is ever deleted. On a group worksheet a new row names
its OPD (a member of the group) and gets the group; an existing row keeps its OPD.
"""

from __future__ import annotations

from ..model import new_id
from ..services import budget, groups, programs, swot
from ..services import records as rec
from ..services.direction import clean_targets, value_text
from ..store.workshop import Workshop
from ..text import clean_short, clean_text
from . import layout as L
from .checks import Change, Checker, Current, Programs, duplicate_keys, field_slots, fold, same
from .owners import Owner
from .reader import Problems, Row, Workbook
from .validate_plan import activity_rows, budget_rows, milestone_rows, quickwin_rows


def _grouped(ws: Workshop, owner: Owner, entity: str, record_id: str) -> list[Change]:
    """A new entry of a group worksheet records its group (``groups.set_entry_group``)."""
    if owner.group_id is None:
        return []
    return [Change("", groups.set_entry_group, (ws, entity, record_id, owner.group_id))]


def _swot(check: Checker, book: Workbook, owner: Owner, changes: list) -> None:
    ws = check.ws
    current = {i.id: i for i in check.current.swot_of(owner)}
    by_text = {(i.opd_id, i.quadrant, fold(i.text)): i.id for i in current.values()}
    rows = book.rows.get(L.SWOT, [])
    duplicate_keys(check, rows, "SWOT")
    for row in rows:
        given, ok = check.values(row, L.SWOT_COLUMNS)
        if not ok:
            continue
        item_id = row.key
        if item_id and item_id not in current:
            check.fail(row.key_ref, "kunci tidak dikenal (kolom Kunci diubah, atau butir "
                                    "sudah dihapus atau milik OPD lain)")
            continue
        opd_id = check.row_opd(row, owner, current[item_id].opd_id if item_id else None)
        if opd_id is None:
            continue
        if item_id is None:
            missing = [c.header for c in L.SWOT_COLUMNS[:2] if c.field not in given]
            if missing:
                check.fail(row.ref(), f"{' dan '.join(missing)} wajib diisi untuk butir baru")
                continue
            text, good = check.guard(row, clean_text, given["text"], "text")
            if not good:
                continue
            natural = (opd_id, given["quadrant"], fold(text))
            item_id = by_text.get(natural)
            if item_id is None:
                cleaned, good = check.guard(row, swot.clean_item_fields, dict(given))
                if good:
                    new = new_id()
                    by_text[natural] = new
                    current[new] = None
                    changes.append(Change("swot_added", swot.add_item,
                                          (ws, opd_id, given.pop("quadrant"),
                                           given.pop("text")),
                                          dict(given, item_id=new, source="import"),
                                          slots=[(("swot+", *natural), None, row.ref("text"))]))
                    changes += _grouped(ws, owner, "swot", new)
                continue
        item = current[item_id]
        if item is None:  # a second row of an item added by this import
            continue
        merged = {k: getattr(item, k) for k in ("quadrant", "text", "dimension", "element",
                                                "component", "weight", "rating")} | given
        if "dimension" in given and "element" not in given and item.element and \
                not str(item.element).startswith(f"{given['dimension']}."):
            merged["element"] = None
        cleaned, good = check.guard(row, swot.clean_item_fields, merged)
        if not good:
            continue
        changed = {k: cleaned[k] for k in given if not same(cleaned[k], getattr(item, k))}
        if changed:
            changes.append(Change("swot_updated", swot.update_item, (ws, item_id),
                                  dict(changed, source="import"),
                                  slots=field_slots("swot", item_id, changed, row)))


def _new_program(check: Checker, row: Row, known: Programs, owner: Owner, opd_id: str,
                 given: tuple[dict, dict], changes: list) -> None:
    core, plan_fields = given
    ws = check.ws
    if "title" not in core or "dimension" not in core:
        check.fail(row.ref(), "Judul dan Dimensi wajib diisi untuk program baru")
        return
    _, good = check.guard(row, programs.clean_program_fields, ws, dict(core))
    _, good2 = check.guard(row, budget.clean_plan_fields, ws, dict(plan_fields))
    targets = _targets(check, row, {}, {})
    if not (good and good2) or targets is None:
        return
    pid = new_id()
    known.ids.add(pid)
    known.new.add(pid)
    known.add_title(core["title"], pid, opd_id)
    slot = (("program+", opd_id, fold(core["title"])), None, row.ref("title"))
    changes.append(Change("program_added", programs.add_program,
                          (ws, opd_id, core.pop("title"), core.pop("dimension")),
                          dict(core, program_id=pid, source="import"), slots=[slot]))
    changes += _grouped(ws, owner, "program", pid)
    if plan_fields:
        changes.append(Change("", budget.set_program_plan, (ws, pid), plan_fields))
    if targets:
        changes.append(Change("", budget.set_program_targets, (ws, pid, targets)))


def _program_rows(check: Checker, book: Workbook, owner: Owner, changes: list,
                  period: tuple) -> Programs:
    ws = check.ws
    current = {p.id: p for p in check.current.programs_of(owner)}
    plans = check.current.plans
    known = Programs.of(current.values())
    rows = book.rows.get(L.PROGRAM, [])
    duplicate_keys(check, rows, "program")
    for row in rows:
        given, ok = check.values(row, L.PROGRAM_COLUMNS)
        if not ok:
            continue
        pid = row.key
        if pid and pid not in current:
            check.fail(row.key_ref, "kunci tidak dikenal (kolom Kunci diubah, atau program "
                                    "sudah dihapus atau milik OPD lain)")
            continue
        opd_id = check.row_opd(row, owner, current[pid].opd_id if pid else None)
        if opd_id is None:
            continue
        if pid is None and "title" in given:
            title, good = check.guard(row, clean_short, given["title"], "title")
            if not good:
                continue
            pid = known.by_opd_title.get((opd_id, fold(title)))
        core = {k: v for k, v in given.items() if k in L.PROGRAM_CORE_FIELDS}
        plan_fields = {k: v for k, v in given.items() if k in L.PROGRAM_PLAN_FIELDS}
        if pid is None:  # a new program
            _new_program(check, row, known, owner, opd_id, (core, plan_fields), changes)
            continue
        if pid in known.new:
            continue  # a second row of a program added by this import
        prog, plan = current[pid], plans.get(pid)
        if "element" in core and "dimension" not in core:
            core["dimension"] = prog.dimension
        if "dimension" in core and "element" not in core:
            core["element"] = prog.element if (prog.element or "").startswith(
                f"{core['dimension']}.") else None
        cleaned, good = check.guard(row, programs.clean_program_fields, ws, dict(core))
        plan_clean, good2 = check.guard(row, budget.clean_plan_fields, ws, dict(plan_fields))
        current_targets = plan.targets if plan else {}
        targets = _targets(check, row, current_targets, period)
        if not (good and good2) or targets is None:
            continue
        if cleaned.get("title"):  # a renamed program is named so on the other sheets too
            known.add_title(cleaned["title"], pid)
        changed = {k: cleaned[k] for k in core if not same(cleaned[k], getattr(prog, k))}
        if changed:
            changes.append(Change("program_updated", programs.update_program, (ws, pid),
                                  dict(changed, source="import"),
                                  slots=field_slots("program", pid, changed, row)))
        plan_changed = {k: plan_clean[k] for k in plan_fields
                        if not same(plan_clean[k], getattr(plan, k, None))}
        if plan_changed:
            changes.append(Change("program_updated", budget.set_program_plan, (ws, pid),
                                  plan_changed,
                                  slots=field_slots("plan", pid, plan_changed, row)))
        years = {y: v for y, v in targets.items() if not same(v, current_targets.get(y))}
        if years:
            slots = [(("target", pid, year), years[year], cell.ref)
                     for year, cell in row.years.items() if year in years]
            changes.append(Change("program_updated", merge_targets, (ws, pid, years),
                                  slots=slots))
    return known


def merge_targets(ws: Workshop, program_id: str, years: dict) -> None:
    """Set some yearly targets of a program and keep the others as they are when the import
    runs (two worksheets of one import may set different years of one program)."""
    current = budget.get_program_plan(ws, program_id).targets
    budget.set_program_targets(ws, program_id, dict(current) | years)


def _targets(check: Checker, row: Row, current: dict, period) -> dict | None:
    """The program's new targets (all of them, merged) when a year changed; {} when none
    did; None on a problem."""
    given = {}
    for year, cell in row.years.items():
        value, good = check.guard(row, value_text, check.ws, cell.value, "target")
        if not good:
            return None
        if value and not same(value, current.get(year)):
            given[year] = value
    if not given:
        return {}
    merged = dict(current) | given
    start, end = period or (None, None)
    outside = [y for y in current if start and end and not start <= y <= end]
    if outside:
        check.fail(row.ref(), f"program ini punya target di luar periode rencana "
                              f"({', '.join(map(str, outside))}): perbaiki di aplikasi dulu")
        return None
    cleaned, good = check.guard(row, clean_targets, check.ws, merged)
    return cleaned if good else None


def plan_changes(ws: Workshop, book: Workbook, owner: Owner, problems: Problems,
                 current: Current | None = None) -> list[Change]:
    """The changes a worksheet of ``owner`` (``owners.Owner``) asks for, in the order they
    must be made (programs before what refers to them); problems are added to
    ``problems``. ``current`` (shared by the worksheets of one import) is read before any
    of them is written."""
    check = Checker(ws, problems, current or Current(ws))
    start, end = rec.plan_period(ws)
    changes: list[Change] = []
    _swot(check, book, owner, changes)
    known = _program_rows(check, book, owner, changes, (start, end))
    budget_rows(check, book, known, changes)
    activity_rows(check, book, known, changes)
    quickwin_rows(check, book, known, changes)
    milestone_rows(check, book, known, changes)
    return changes

