"""Programs of the master plan, their scores, dot votes, placements and quick win choice."""

from __future__ import annotations

import re

from ..errors import PermissionDenied, ValidationError
from ..model import (
    FUNDING,
    HORIZONS,
    RATER_KINDS,
    Criterion,
    Placement,
    Program,
    Score,
    Vote,
    new_id,
)
from ..rules import priority
from ..store.workshop import Workshop
from ..text import clean_choice, clean_number, clean_short, clean_text
from .common import (
    check_dimension,
    check_element,
    check_input_open,
    current_event_id,
    field_changes,
    require_opd,
    require_row,
    soft_delete,
    undelete,
)
from .groups import check_group

_TEXT_FIELDS = ("title", "description", "benefit", "indicator", "target")


def _program(ws: Workshop, row) -> Program:
    pid = row["id"]
    support = [r[0] for r in ws.query("SELECT opd_id FROM program_support WHERE program_id=?",
                                      (pid,))]
    links = ws.query("SELECT target_kind, target_id FROM program_links WHERE program_id=?", (pid,))
    return Program(pid, row["opd_id"], row["title"], row["dimension"], row["element"],
                   row["description"], row["horizon"], row["start_year"], row["end_year"],
                   row["funding"], row["indicator"], row["target"], support,
                   [t for k, t in links if k == "swot"], [t for k, t in links if k == "strategy"],
                   bool(row["quick_win"]), row["source"], row["event_id"], row["created_at"],
                   row["updated_at"], benefit=row["benefit"])


def clean_program_fields(ws: Workshop, fields: dict, record: str | None = None) -> dict:
    """Validate program fields (shared by the services and the importer)."""
    out = dict(fields)
    if "title" in fields:
        out["title"] = clean_short(fields["title"], "title", record=record)
    for key in ("description", "benefit", "indicator", "target"):
        if key in fields:
            out[key] = clean_text(fields[key], key, required=False, record=record)
    if "dimension" in fields:
        out["dimension"] = check_dimension(fields["dimension"], required=True, record=record)
    if "element" in fields:
        out["element"] = check_element(fields["element"], out.get("dimension"), record=record)
    if "horizon" in fields:
        out["horizon"] = clean_choice(fields["horizon"], "horizon", HORIZONS, record=record)
    if "funding" in fields:
        out["funding"] = clean_choice(fields["funding"], "funding", FUNDING, required=False,
                                      record=record)
    for key in ("start_year", "end_year"):
        if key in fields:
            out[key] = clean_number(fields[key], key, minimum=2000, maximum=2100, integer=True,
                                    required=False, record=record)
    start, end = out.get("start_year"), out.get("end_year")
    if start and end and end < start:
        raise ValidationError("end_year", f"{end} is before the start year {start}",
                              code="range", record=record)
    if "opd_id" in fields:
        require_opd(ws, fields["opd_id"], "opd", record=record)
    if "supporting_opd_ids" in fields:
        ids = list(dict.fromkeys(fields["supporting_opd_ids"] or []))
        for opd_id in ids:
            require_opd(ws, opd_id, "supporting", record=record)
        out["supporting_opd_ids"] = ids
    if "quick_win" in fields:
        out["quick_win"] = bool(fields["quick_win"])
    return out


def _write_links(tx, program_id: str, values: dict) -> None:
    if "supporting_opd_ids" in values:
        tx.execute("DELETE FROM program_support WHERE program_id=?", (program_id,))
        for opd_id in values["supporting_opd_ids"]:
            if opd_id != values.get("opd_id"):
                tx.execute("INSERT OR IGNORE INTO program_support VALUES (?, ?)",
                           (program_id, opd_id))
    for kind, key in (("swot", "swot_ids"), ("strategy", "strategy_ids")):
        if key in values:
            tx.execute("DELETE FROM program_links WHERE program_id=? AND target_kind=?",
                       (program_id, kind))
            for target in dict.fromkeys(values[key] or []):
                tx.execute("INSERT OR IGNORE INTO program_links VALUES (?, ?, ?)",
                           (program_id, kind, target))


def add_program(ws: Workshop, opd_id: str, title: str, dimension: str, *,
                source: str | None = None, actor: str | None = None,
                event_id: str | None = None, program_id: str | None = None,
                group_id: str | None = None, **fields) -> Program:
    """Propose a program (owner OPD, title, dimension; optional element, description, benefit
    (to citizens), horizon, start_year, end_year, funding, indicator, target,
    supporting_opd_ids, swot_ids, strategy_ids, quick_win; ``group_id``: the group that
    sent it)."""
    source = source or ws.source
    check_input_open(ws, source)
    unknown = set(fields) - {"element", "description", "benefit", "horizon", "start_year",
                             "end_year", "funding", "indicator", "target", "supporting_opd_ids",
                             "swot_ids", "strategy_ids", "quick_win"}
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a program field", code="unknown_field")
    values = clean_program_fields(ws, dict(fields, opd_id=opd_id, title=title,
                                           dimension=dimension))
    values.setdefault("horizon", "short")
    check_group(ws, group_id)
    program_id = program_id or new_id()
    event_id = event_id or current_event_id(ws)
    with ws.transaction(actor, source) as tx:
        tx.execute(
            "INSERT INTO programs (id, opd_id, title, dimension, element, description, benefit, "
            "horizon, start_year, end_year, funding, indicator, target, quick_win, source, "
            "event_id, created_at, updated_at, group_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (program_id, opd_id, values["title"], values["dimension"], values.get("element"),
             values.get("description", ""), values.get("benefit", ""), values["horizon"],
             values.get("start_year"), values.get("end_year"), values.get("funding"),
             values.get("indicator", ""), values.get("target", ""),
             int(values.get("quick_win", False)), source, event_id, tx.now, tx.now,
             group_id))
        _write_links(tx, program_id, values)
        tx.audit("add", "program", program_id, {"title": values["title"]}, opd_id=opd_id)
    return get_program(ws, program_id)


def get_program(ws: Workshop, program_id: str) -> Program:
    """One live program with its supporting OPDs and links."""
    return _program(ws, require_row(ws, "programs", program_id, "program"))


def update_program(ws: Workshop, program_id: str, *, source: str | None = None,
                   actor: str | None = None, **fields) -> Program:
    """Edit a program's fields (any accepted by ``add_program``, plus ``opd_id``)."""
    source = source or ws.source
    check_input_open(ws, source)
    current = get_program(ws, program_id)
    if "dimension" in fields and "element" not in fields:
        fields["element"] = current.element if (current.element or "").startswith(
            f"{fields['dimension']}.") else None
    if "element" in fields and "dimension" not in fields:
        fields["dimension"] = current.dimension
    values = clean_program_fields(ws, fields)
    columns = [c for c in ("opd_id", "title", "dimension", "element", "description", "benefit",
                           "horizon", "start_year", "end_year", "funding", "indicator",
                           "target", "quick_win") if c in values]
    start = values.get("start_year", current.start_year)
    end = values.get("end_year", current.end_year)
    if start and end and end < start:
        raise ValidationError("end_year", f"{end} is before the start year {start}", code="range")
    values.setdefault("opd_id", current.opd_id)
    with ws.transaction(actor, source) as tx:
        if columns:
            tx.execute(f"UPDATE programs SET {', '.join(c + '=?' for c in columns)}, updated_at=? "
                       "WHERE id=?", tuple(int(values[c]) if c == "quick_win" else values[c]
                                           for c in columns) + (tx.now, program_id))
        _write_links(tx, program_id, values)
        tx.audit("edit", "program", program_id, {"fields": sorted(fields), "changes": field_changes(
            current, {k: v for k, v in values.items() if k in fields})}, opd_id=values["opd_id"])
    return get_program(ws, program_id)


def set_quick_win(ws: Workshop, program_id: str, chosen: bool) -> Program:
    """Mark (or unmark) a program as a chosen quick win program unggulan."""
    return update_program(ws, program_id, quick_win=chosen)


def delete_program(ws: Workshop, program_id: str, *, source: str | None = None,
                   actor: str | None = None) -> None:
    """Delete a program (restorable; its scores and votes stay in the file).

    Its votes stop counting (budget, totals, lists) until the program is restored.
    """
    source = source or ws.source
    check_input_open(ws, source)
    current = get_program(ws, program_id)
    soft_delete(ws, "programs", "program", program_id, opd_id=current.opd_id, source=source,
                actor=actor)


def restore_program(ws: Workshop, program_id: str) -> Program:
    """Undo a program's deletion. Its votes count again, even when that puts a voter over
    the budget: nothing is dropped, and that voter can only take dots away (``set_votes``)."""
    undelete(ws, "programs", "program", program_id, "program")
    return get_program(ws, program_id)


def list_programs(ws: Workshop, *, opd_id: str | None = None, dimension: str | None = None,
                  horizon: str | None = None, group_id: str | None = None) -> list[Program]:
    """Live programs, filtered (``group_id``: the programs a group sent), oldest first."""
    sql = "SELECT * FROM programs WHERE deleted_at IS NULL"
    params: list = []
    for column, value in (("opd_id", opd_id), ("dimension", dimension), ("horizon", horizon),
                          ("group_id", group_id)):
        if value is not None:
            sql += f" AND {column}=?"
            params.append(value)
    rows = ws.query(sql + " ORDER BY created_at, rowid", tuple(params))
    support: dict[str, list[str]] = {}
    for pid, opd in ws.query("SELECT program_id, opd_id FROM program_support"):
        support.setdefault(pid, []).append(opd)
    links: dict[str, dict[str, list[str]]] = {}
    for pid, kind, target in ws.query("SELECT * FROM program_links"):
        links.setdefault(pid, {}).setdefault(kind, []).append(target)
    return [Program(r["id"], r["opd_id"], r["title"], r["dimension"], r["element"],
                    r["description"], r["horizon"], r["start_year"], r["end_year"], r["funding"],
                    r["indicator"], r["target"], support.get(r["id"], []),
                    links.get(r["id"], {}).get("swot", []),
                    links.get(r["id"], {}).get("strategy", []), bool(r["quick_win"]),
                    r["source"], r["event_id"], r["created_at"], r["updated_at"],
                    benefit=r["benefit"]) for r in rows]


# -- criteria and scores ------------------------------------------------------------------
def list_criteria(ws: Workshop) -> list[Criterion]:
    """Scoring criteria (impact and effort first)."""
    return [Criterion(r["key"], r["label_id"], r["label_en"], r["scale_min"], r["scale_max"],
                      bool(r["builtin"]))
            for r in ws.query("SELECT * FROM criteria ORDER BY position, key")]


def add_criterion(ws: Workshop, key: str, label_id: str, label_en: str = "") -> Criterion:
    """Add an extra scoring criterion (scale 1-5)."""
    key = clean_short(key, "key", max_len=40).lower()
    if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
        raise ValidationError("key", f"{key!r}: use lower-case letters, digits and _",
                              code="format")
    if ws.query_one("SELECT 1 FROM criteria WHERE key=?", (key,)):
        raise ValidationError("key", f"criterion {key} already exists", code="duplicate")
    label_id = clean_short(label_id, "label_id")
    label_en = clean_short(label_en, "label_en", required=False) or label_id
    with ws.transaction() as tx:
        position = ws.query_one("SELECT coalesce(max(position), 0) + 1 FROM criteria")[0]
        tx.execute("INSERT INTO criteria (key, label_id, label_en, position) VALUES (?, ?, ?, ?)",
                   (key, label_id, label_en, position))
        tx.audit("add", "criterion", key)
    return next(c for c in list_criteria(ws) if c.key == key)


def delete_criterion(ws: Workshop, key: str) -> None:
    """Remove an extra criterion that has no scores yet (undo of ``add_criterion``).

    Impact and effort always stay; a criterion with scores is refused so no score is lost.
    """
    row = _criterion(ws, key)
    if row["builtin"]:
        raise PermissionDenied(f"The criterion {key} is built in and always stays.",
                               code="denied")
    if ws.query_one("SELECT 1 FROM scores WHERE criterion=?", (key,)) is not None:
        raise PermissionDenied(f"The criterion {key} already has scores; it stays.",
                               code="denied")
    with ws.transaction() as tx:
        tx.execute("DELETE FROM criteria WHERE key=?", (key,))
        tx.audit("delete", "criterion", key)


def _criterion(ws: Workshop, key: str):
    row = ws.query_one("SELECT * FROM criteria WHERE key=?", (key,))
    if row is None:
        raise ValidationError("criterion", f"unknown criterion {key!r}", code="choice")
    return row


def set_score(ws: Workshop, program_id: str, rater: str, criterion: str, value: int | None, *,
              rater_kind: str = "opd", source: str | None = None, actor: str | None = None,
              event_id: str | None = None, group_id: str | None = None) -> Score | None:
    """Record (or, with ``value`` None, clear) a rater's score of a program on a criterion
    (``group_id``: the group whose table gave it)."""
    source = source or ws.source
    check_input_open(ws, source)
    rater_kind = clean_choice(rater_kind, "rater_kind", RATER_KINDS)
    rater = clean_short(rater, "rater", max_len=64)
    crit = _criterion(ws, criterion)
    program = get_program(ws, program_id)
    check_group(ws, group_id)
    if value is not None:
        value = clean_number(value, "value", minimum=crit["scale_min"],
                             maximum=crit["scale_max"], integer=True)
    with ws.transaction(actor, source) as tx:
        if value is None:
            tx.execute("DELETE FROM scores WHERE program_id=? AND rater_kind=? AND rater=? AND "
                       "criterion=?", (program_id, rater_kind, rater, criterion))
        else:
            tx.execute(
                "INSERT INTO scores (id, program_id, rater_kind, rater, criterion, value, source, "
                "event_id, created_at, updated_at, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?) ON CONFLICT(program_id, rater_kind, rater, criterion) DO UPDATE SET "
                "value=excluded.value, source=excluded.source, updated_at=excluded.updated_at, "
                "group_id=coalesce(excluded.group_id, scores.group_id)",
                (new_id(), program_id, rater_kind, rater, criterion, value, source,
                 event_id or current_event_id(ws), tx.now, tx.now, group_id))
        tx.audit("score", "program", program_id, {"rater": rater, "criterion": criterion,
                                                  "value": value}, opd_id=program.opd_id)
    if value is None:
        return None
    row = ws.query_one("SELECT * FROM scores WHERE program_id=? AND rater_kind=? AND rater=? AND "
                       "criterion=?", (program_id, rater_kind, rater, criterion))
    return Score(row["id"], program_id, rater_kind, rater, criterion, row["value"], row["source"],
                 row["event_id"])


def list_scores(ws: Workshop, program_id: str | None = None, rater: str | None = None
                ) -> list[Score]:
    """Scores of live programs (of one program or one rater, if given)."""
    sql = ("SELECT s.* FROM scores s JOIN programs p ON p.id = s.program_id "
           "WHERE p.deleted_at IS NULL")
    params: list = []
    if program_id:
        sql += " AND s.program_id=?"
        params.append(program_id)
    if rater:
        sql += " AND s.rater=?"
        params.append(rater)
    return [Score(r["id"], r["program_id"], r["rater_kind"], r["rater"], r["criterion"],
                  r["value"], r["source"], r["event_id"])
            for r in ws.query(sql + " ORDER BY s.created_at, s.rowid", tuple(params))]


# -- facilitator placement and votes ------------------------------------------------------
def place(ws: Workshop, program_id: str, impact: float, effort: float) -> Placement:
    """Record the facilitator's consensus placement on the matrix (overrides the mean)."""
    program = get_program(ws, program_id)
    impact = clean_number(impact, "impact", minimum=1, maximum=5)
    effort = clean_number(effort, "effort", minimum=1, maximum=5)
    with ws.transaction() as tx:
        tx.execute("INSERT INTO placements VALUES (?, ?, ?, ?) ON CONFLICT(program_id) DO UPDATE "
                   "SET impact=excluded.impact, effort=excluded.effort, "
                   "placed_at=excluded.placed_at", (program_id, impact, effort, tx.now))
        tx.audit("place", "program", program_id, {"impact": impact, "effort": effort},
                 opd_id=program.opd_id)
    return Placement(program_id, impact, effort, tx.now)


def clear_placement(ws: Workshop, program_id: str) -> None:
    """Remove the facilitator's placement: the program goes back to its mean scores."""
    with ws.transaction() as tx:
        tx.execute("DELETE FROM placements WHERE program_id=?", (program_id,))
        tx.audit("unplace", "program", program_id)


def placements(ws: Workshop) -> dict[str, Placement]:
    """Facilitator placements by program id."""
    return {r["program_id"]: Placement(r["program_id"], r["impact"], r["effort"], r["placed_at"])
            for r in ws.query("SELECT * FROM placements")}


def votes_used(ws: Workshop, voter: str, voter_kind: str = "opd") -> int:
    """Dots a voter has placed on live programs."""
    row = ws.query_one("SELECT coalesce(sum(v.count), 0) FROM votes v JOIN programs p "
                       "ON p.id = v.program_id WHERE p.deleted_at IS NULL AND v.voter=? AND "
                       "v.voter_kind=?", (voter, voter_kind))
    return row[0]


def set_votes(ws: Workshop, program_id: str, voter: str, count: int, *,
              voter_kind: str = "opd", source: str | None = None,
              actor: str | None = None) -> Vote:
    """Put ``count`` dots of a voter on a program, within the workshop's vote budget.

    Only dots on live programs count. Taking dots away is always allowed, even when the
    voter is over the budget (a restored program or a lowered budget); adding dots past the
    budget is refused with ``vote_budget``. The facilitator does not vote.
    """
    source = source or ws.source
    check_input_open(ws, source)
    voter_kind = clean_choice(voter_kind, "voter_kind", ("opd", "participant"))
    voter = clean_short(voter, "voter", max_len=64)
    count = clean_number(count, "count", minimum=0, maximum=100, integer=True)
    program = get_program(ws, program_id)
    budget = int(ws.setting("vote_budget") or 0)
    current = ws.query_one("SELECT count FROM votes WHERE program_id=? AND voter=? AND "
                           "voter_kind=?", (program_id, voter, voter_kind))
    before = current[0] if current else 0
    used_elsewhere = votes_used(ws, voter, voter_kind) - before
    if used_elsewhere + count > budget and count > before:
        raise PermissionDenied(f"Vote budget exceeded: {used_elsewhere} of {budget} dots are "
                               f"already used elsewhere.", code="vote_budget",
                               budget=budget, used=used_elsewhere)
    with ws.transaction(actor, source) as tx:
        if count == 0:
            tx.execute("DELETE FROM votes WHERE program_id=? AND voter=? AND voter_kind=?",
                       (program_id, voter, voter_kind))
        else:
            tx.execute("INSERT INTO votes (program_id, voter_kind, voter, count, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT(program_id, "
                       "voter_kind, voter) DO UPDATE SET count=excluded.count, "
                       "updated_at=excluded.updated_at",
                       (program_id, voter_kind, voter, count, tx.now))
        tx.audit("vote", "program", program_id, {"voter": voter, "count": count},
                 opd_id=program.opd_id)
    return Vote(program_id, voter_kind, voter, count)


def vote_totals(ws: Workshop) -> dict[str, int]:
    """Dot votes per live program id (votes on a deleted program wait for its restore)."""
    return {r[0]: r[1] for r in ws.query("SELECT v.program_id, sum(v.count) FROM votes v "
                                         "JOIN programs p ON p.id = v.program_id "
                                         "WHERE p.deleted_at IS NULL GROUP BY v.program_id")}


def list_votes(ws: Workshop) -> list[Vote]:
    """Every voter's dots on live programs."""
    return [Vote(r["program_id"], r["voter_kind"], r["voter"], r["count"])
            for r in ws.query("SELECT v.* FROM votes v JOIN programs p ON p.id = v.program_id "
                              "WHERE p.deleted_at IS NULL ORDER BY v.program_id, v.voter")]


def priorities(ws: Workshop) -> list[priority.ProgramPriority]:
    """Every live program's matrix position, quadrant and rank (see ``rules.priority``)."""
    programs = [{"id": r[0], "dimension": r[1], "title": r[2], "opd_id": r[3],
                 "quick_win": bool(r[4])}
                for r in ws.query("SELECT id, dimension, title, opd_id, quick_win FROM programs "
                                  "WHERE deleted_at IS NULL")]
    # aggregated in SQL: 2,000 rows instead of 20,000 scores for a large workshop
    stats: dict[str, dict[str, priority.Stat]] = {}
    for pid, criterion, n, total, total_sq, low, high in ws.query(
            "SELECT program_id, criterion, count(*), sum(value), sum(value * value), "
            "min(value), max(value) FROM scores GROUP BY program_id, criterion"):
        stats.setdefault(pid, {})[criterion] = priority.stat_from_sums(n, total, total_sq,
                                                                        low, high)
    placed = {p.program_id: (p.impact, p.effort) for p in placements(ws).values()}
    split = priority.split_of(1, 5, ws.setting("matrix_split"))
    return priority.prioritise_stats(programs, stats, placed, vote_totals(ws), split)
