"""SWOT items per OPD, IFAS/EFAS scoring, TOWS strategies and readiness ratings."""

from __future__ import annotations

import json

from ..errors import ValidationError
from ..model import (
    QUADRANTS,
    READINESS_RATINGS,
    STRATEGY_TYPES,
    ReadinessRating,
    Strategy,
    SwotItem,
    new_id,
)
from ..rules import ifas as ifas_rules
from ..store.workshop import DEFAULT_SETTINGS, Workshop
from ..text import clean_choice, clean_number, clean_short, clean_text
from .common import (
    check_component,
    check_dimension,
    check_element,
    check_input_open,
    field_changes,
    require_opd,
    require_row,
    soft_delete,
    undelete,
)
from .groups import check_group

_ITEM_FIELDS = ("quadrant", "text", "dimension", "element", "component", "weight", "rating",
                "author", "opd_id")


def _item(row) -> SwotItem:
    return SwotItem(row["id"], row["opd_id"], row["quadrant"], row["text"], row["dimension"],
                    row["element"], row["component"], row["weight"], row["rating"], row["author"],
                    row["source"], row["event_id"], row["created_at"], row["updated_at"])


def clean_item_fields(fields: dict, record: str | None = None) -> dict:
    """Validate SWOT item fields (shared by the services and the importer)."""
    out = {}
    for key, value in fields.items():
        if key == "quadrant":
            value = clean_choice(value, key, QUADRANTS, record=record)
        elif key == "text":
            value = clean_text(value, key, record=record)
        elif key == "dimension":
            value = check_dimension(value, record=record)
        elif key == "element":
            value = check_element(value, fields.get("dimension"), record=record)
        elif key == "component":
            value = check_component(value, record=record)
        elif key == "weight":
            value = clean_number(value, key, minimum=0, maximum=1, required=False, record=record)
        elif key == "rating":
            value = clean_number(value, key, minimum=1, maximum=4, integer=True, required=False,
                                 record=record)
        elif key == "author":
            value = clean_short(value, key, required=False, record=record)
        elif key == "opd_id":
            pass
        else:
            raise ValidationError(key, "is not a SWOT item field", code="unknown_field",
                                  record=record)
        out[key] = value
    return out


#: What ``add_item`` reads before writing, in one statement instead of three (it is the hot
#: path of a workshop: every table and phone entry): whether input is locked, the current
#: event, whether the OPD exists. Settings fall back to ``DEFAULT_SETTINGS`` as in
#: ``Workshop.setting``.
_ENTRY_CONTEXT = ("SELECT (SELECT value FROM meta WHERE key = 'setting.input_locked'), "
                  "(SELECT value FROM meta WHERE key = 'setting.current_event_id'), "
                  "EXISTS (SELECT 1 FROM opds WHERE id = ? AND deleted_at IS NULL)")
#: The audit detail of an added item, per quadrant (what ``json.dumps`` gives, made once).
_ADD_DETAIL = {q: json.dumps({"quadrant": q}, ensure_ascii=False) for q in QUADRANTS}


def _entry_context(ws: Workshop, opd_id: object) -> tuple[object, object, bool]:
    """(input_locked, current_event_id, OPD exists) in one read."""
    locked, event, exists = ws.conn.execute(
        _ENTRY_CONTEXT, (opd_id if isinstance(opd_id, str) else None,)).fetchone()
    locked = DEFAULT_SETTINGS["input_locked"] if locked is None else json.loads(locked)
    event = DEFAULT_SETTINGS["current_event_id"] if event is None else json.loads(event)
    return locked, event, bool(exists)


def add_item(ws: Workshop, opd_id: str, quadrant: str, text: str, *, dimension: str | None = None,
             element: str | None = None, component: str | None = None,
             weight: float | None = None, rating: int | None = None, author: str = "",
             source: str | None = None, actor: str | None = None, event_id: str | None = None,
             item_id: str | None = None, group_id: str | None = None) -> SwotItem:
    """Add a SWOT item of an OPD (sent by the group ``group_id``, if given). Durable when
    this returns."""
    source = source or ws.source
    locked, current_event, opd_exists = _entry_context(ws, opd_id)
    if locked:
        check_input_open(ws, source)  # refuses entries from tables and phones
    values = clean_item_fields(dict(quadrant=quadrant, text=text, dimension=dimension,
                                    element=element, component=component, weight=weight,
                                    rating=rating, author=author))
    if not opd_exists:
        require_opd(ws, opd_id)  # raises the unknown OPD error
    check_group(ws, group_id)
    if values["element"] and not values["dimension"]:
        values["dimension"] = values["element"].split(".")[0]
    item_id = item_id or new_id()
    event_id = event_id or current_event
    with ws.transaction(actor, source) as tx:
        tx.execute(
            "INSERT INTO swot_items (id, opd_id, quadrant, text, dimension, element, component, "
            "weight, rating, author, source, event_id, created_at, updated_at, group_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (item_id, opd_id, values["quadrant"], values["text"], values["dimension"],
             values["element"], values["component"], values["weight"], values["rating"],
             values["author"], source, event_id, tx.now, tx.now, group_id))
        tx.audit("add", "swot", item_id, _ADD_DETAIL[values["quadrant"]], opd_id=opd_id)
    return SwotItem(item_id, opd_id, values["quadrant"], values["text"], values["dimension"],
                    values["element"], values["component"], values["weight"], values["rating"],
                    values["author"], source, event_id, tx.now, tx.now)


def get_item(ws: Workshop, item_id: str) -> SwotItem:
    """One live SWOT item."""
    return _item(require_row(ws, "swot_items", item_id, "SWOT item"))


def update_item(ws: Workshop, item_id: str, *, source: str | None = None, actor: str | None = None,
                **fields) -> SwotItem:
    """Edit a SWOT item (text, quadrant, dimension, element, component, weight, rating, author)."""
    source = source or ws.source
    check_input_open(ws, source)
    item = get_item(ws, item_id)
    merged = {k: getattr(item, k) for k in _ITEM_FIELDS if k != "opd_id"}
    merged.update(fields)
    if "dimension" in fields and "element" not in fields and item.element and \
            not str(item.element).startswith(f"{fields['dimension']}."):
        merged["element"] = None  # the old element belongs to another dimension
    values = clean_item_fields(merged)
    if "opd_id" in fields:
        require_opd(ws, fields["opd_id"])
    opd_id = fields.get("opd_id", item.opd_id)
    with ws.transaction(actor, source) as tx:
        tx.execute("UPDATE swot_items SET opd_id=?, quadrant=?, text=?, dimension=?, element=?, "
                   "component=?, weight=?, rating=?, author=?, updated_at=? WHERE id=?",
                   (opd_id, values["quadrant"], values["text"], values["dimension"],
                    values["element"], values["component"], values["weight"], values["rating"],
                    values["author"], tx.now, item_id))
        tx.audit("edit", "swot", item_id, {"fields": sorted(fields), "changes": field_changes(
            item, values | {"opd_id": opd_id})}, opd_id=opd_id)
    return get_item(ws, item_id)


def move_item(ws: Workshop, item_id: str, quadrant: str, **kwargs) -> SwotItem:
    """Move an item to another quadrant (drag on the board)."""
    return update_item(ws, item_id, quadrant=quadrant, **kwargs)


def delete_item(ws: Workshop, item_id: str, *, source: str | None = None,
                actor: str | None = None) -> None:
    """Delete a SWOT item (kept in the file, restorable with ``restore_item``)."""
    source = source or ws.source
    check_input_open(ws, source)
    item = get_item(ws, item_id)
    soft_delete(ws, "swot_items", "swot", item_id, opd_id=item.opd_id, source=source,
                actor=actor)


def restore_item(ws: Workshop, item_id: str) -> SwotItem:
    """Undo the deletion of a SWOT item."""
    undelete(ws, "swot_items", "swot", item_id, "SWOT item")
    return get_item(ws, item_id)


def merge_items(ws: Workshop, keep_id: str, other_ids: list[str], text: str | None = None
                ) -> SwotItem:
    """Merge duplicates into ``keep_id``: the others are deleted and their links move over.

    Returns the kept item; ``text`` replaces its text when given. Undo: ``unmerge_items``.
    """
    keep = get_item(ws, keep_id)
    others = [get_item(ws, other) for other in other_ids if other != keep_id]
    new_text = clean_text(text, "text") if text is not None else keep.text
    with ws.transaction() as tx:
        tx.execute("UPDATE swot_items SET text=?, updated_at=? WHERE id=?",
                   (new_text, tx.now, keep_id))
        for other in others:
            tx.execute("UPDATE swot_items SET deleted_at=? WHERE id=?", (tx.now, other.id))
            tx.execute("UPDATE OR IGNORE strategy_links SET swot_id=? WHERE swot_id=?",
                       (keep_id, other.id))
            tx.execute("UPDATE OR IGNORE program_links SET target_id=? WHERE target_kind='swot' "
                       "AND target_id=?", (keep_id, other.id))
        tx.audit("merge", "swot", keep_id, {"merged": [o.id for o in others],
                                            "old_text": keep.text}, opd_id=keep.opd_id)
    return get_item(ws, keep_id)


def list_items(ws: Workshop, *, opd_id: str | None = None, quadrant: str | None = None,
               dimension: str | None = None, component: str | None = None,
               event_id: str | None = None, group_id: str | None = None) -> list[SwotItem]:
    """Live SWOT items, filtered (``group_id``: the items a group sent), oldest first."""
    sql = "SELECT * FROM swot_items WHERE deleted_at IS NULL"
    params: list = []
    for column, value in (("opd_id", opd_id), ("quadrant", quadrant), ("dimension", dimension),
                          ("component", component), ("event_id", event_id),
                          ("group_id", group_id)):
        if value is not None:
            sql += f" AND {column} = ?"
            params.append(value)
    return [_item(r) for r in ws.query(sql + " ORDER BY created_at, rowid", tuple(params))]


def pivot_texts(ws: Workshop, by: str, ids: list[str] | None = None
                ) -> dict[tuple[str | None, str], list[str]]:
    """Texts of the live items per (dimension or component id, quadrant), oldest first: the
    SWOT overview. ``by`` is "dimension" or "component"; ``ids`` limits it to those items
    (to count newly added ones). Reads three columns only, so that the overview of a large
    workshop (5,000 items) does not build every item."""
    column = clean_choice(by, "by", ("dimension", "component"))
    sql = f"SELECT {column}, quadrant, text FROM swot_items WHERE deleted_at IS NULL"
    params: tuple = ()
    if ids is not None:
        sql += " AND id IN (SELECT value FROM json_each(?))"
        params = (json.dumps(list(ids)),)
    cells: dict[tuple[str | None, str], list[str]] = {}
    for key, quadrant, text in ws.query(sql + " ORDER BY created_at, rowid", params):
        cells.setdefault((key, quadrant), []).append(text)
    return cells


def count_items(ws: Workshop) -> dict[str, int]:
    """Live SWOT items per OPD id."""
    return {r[0]: r[1] for r in ws.query(
        "SELECT opd_id, count(*) FROM swot_items WHERE deleted_at IS NULL GROUP BY opd_id")}


def ifas_convention(ws: Workshop) -> str:
    """The rating convention the workshop's stored ratings follow (``rules.ifas``)."""
    return ws.setting("ifas_convention") or "diagram"


def ifas(ws: Workshop, opd_id: str | None = None) -> ifas_rules.IfasResult:
    """IFAS/EFAS totals, weight validation and diagram quadrant of an OPD's items (diagram
    convention; the stored ratings are converted from the workshop's convention)."""
    factors = [ifas_rules.Factor(i.quadrant, i.weight, i.rating)
               for i in list_items(ws, opd_id=opd_id)]
    return ifas_rules.evaluate(factors, ws.setting("ifas_variant") or "difference",
                               ifas_convention(ws))


def ifas_ie(ws: Workshop, opd_id: str | None = None) -> ifas_rules.IeResult:
    """The IE-matrix reading (IFAS = S + W, EFAS = O + T, W/T reversed) of an OPD's items."""
    factors = [ifas_rules.Factor(i.quadrant, i.weight, i.rating)
               for i in list_items(ws, opd_id=opd_id)]
    return ifas_rules.evaluate_ie(factors, ifas_convention(ws))


def set_ifas_convention(ws: Workshop, convention: str) -> None:
    """Change the convention the ratings are entered and stored in; the stored W/T ratings
    (of the OPDs' and the region's SWOT) are converted in the same transaction, so every
    result keeps its meaning."""
    convention = clean_choice(convention, "ifas_convention", ifas_rules.CONVENTIONS)
    if convention == ifas_convention(ws):
        return
    with ws.transaction() as tx:
        for table in ("swot_items", "region_swot"):
            tx.execute(f"UPDATE {table} SET rating = 5 - rating WHERE quadrant IN ('W','T') "
                       "AND rating BETWEEN 1 AND 4")
        tx.execute("INSERT INTO meta (key, value) VALUES ('setting.ifas_convention', ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   (json.dumps(convention),))
        tx.audit("set", "setting", "ifas_convention", {"value": convention})


# -- TOWS strategies ----------------------------------------------------------------------
def _strategy(ws: Workshop, row) -> Strategy:
    links = [r[0] for r in ws.query("SELECT l.swot_id FROM strategy_links l JOIN swot_items s "
                                    "ON s.id = l.swot_id WHERE l.strategy_id=? AND "
                                    "s.deleted_at IS NULL ORDER BY s.created_at, s.rowid", (row["id"],))]
    return Strategy(row["id"], row["type"], row["text"], row["opd_id"], links, row["dimension"])


def _check_links(ws: Workshop, swot_ids) -> list[str]:
    swot_ids = list(dict.fromkeys(swot_ids or []))
    for swot_id in swot_ids:
        if ws.query_one("SELECT 1 FROM swot_items WHERE id=? AND deleted_at IS NULL",
                        (swot_id,)) is None:
            raise ValidationError("swot_ids", f"unknown SWOT item {swot_id!r}", code="unknown")
    return swot_ids


def add_strategy(ws: Workshop, type: str, text: str, swot_ids: list[str] | None = None,
                 opd_id: str | None = None, strategy_id: str | None = None,
                 dimension: str | None = None, group_id: str | None = None) -> Strategy:
    """Add a TOWS strategy linked to the SWOT items it comes from; without ``opd_id`` it is
    a region-level strategy; ``dimension`` groups it in the plan's strategy per dimension;
    ``group_id``: the group (kelompok) that drafted it."""
    type = clean_choice(type, "type", STRATEGY_TYPES)
    text = clean_text(text, "text")
    dimension = check_dimension(dimension)
    if opd_id:
        require_opd(ws, opd_id)
    check_group(ws, group_id)
    links = _check_links(ws, swot_ids)
    strategy_id = strategy_id or new_id()
    with ws.transaction() as tx:
        tx.execute("INSERT INTO strategies (id, type, text, opd_id, dimension, created_at, "
                   "updated_at, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (strategy_id, type, text, opd_id, dimension, tx.now, tx.now, group_id))
        for swot_id in links:
            tx.execute("INSERT INTO strategy_links VALUES (?, ?)", (strategy_id, swot_id))
        tx.audit("add", "strategy", strategy_id, {"type": type}, opd_id=opd_id)
    return get_strategy(ws, strategy_id)


def get_strategy(ws: Workshop, strategy_id: str) -> Strategy:
    """One strategy with its live links."""
    return _strategy(ws, require_row(ws, "strategies", strategy_id, "strategy"))


def update_strategy(ws: Workshop, strategy_id: str, *, type: str | None = None,
                    text: str | None = None, swot_ids: list[str] | None = None,
                    dimension: str | None = "keep") -> Strategy:
    """Edit a strategy's type, text, linked SWOT items or dimension (None clears it)."""
    current = get_strategy(ws, strategy_id)
    new_dimension = current.dimension if dimension == "keep" else check_dimension(dimension)
    new_type = clean_choice(type, "type", STRATEGY_TYPES) if type else current.type
    new_text = clean_text(text, "text") if text is not None else current.text
    links = _check_links(ws, swot_ids) if swot_ids is not None else None
    with ws.transaction() as tx:
        tx.execute("UPDATE strategies SET type=?, text=?, dimension=?, updated_at=? WHERE id=?",
                   (new_type, new_text, new_dimension, tx.now, strategy_id))
        if links is not None:
            tx.execute("DELETE FROM strategy_links WHERE strategy_id=?", (strategy_id,))
            for swot_id in links:
                tx.execute("INSERT INTO strategy_links VALUES (?, ?)", (strategy_id, swot_id))
        after = {"type": new_type, "text": new_text, "dimension": new_dimension}
        if links is not None:
            after["swot_ids"] = links
        changed = field_changes(current, after)
        tx.audit("edit", "strategy", strategy_id, {"fields": sorted(changed), "changes": changed},
                 opd_id=current.opd_id)
    return get_strategy(ws, strategy_id)


def delete_strategy(ws: Workshop, strategy_id: str) -> None:
    """Delete a strategy (restorable)."""
    current = get_strategy(ws, strategy_id)
    soft_delete(ws, "strategies", "strategy", strategy_id, opd_id=current.opd_id)


def restore_strategy(ws: Workshop, strategy_id: str) -> None:
    """Undo a strategy's deletion."""
    undelete(ws, "strategies", "strategy", strategy_id, "strategy")


def list_strategies(ws: Workshop, opd_id: str | None = None, *,
                    group_id: str | None = None) -> list[Strategy]:
    """Live strategies (of one OPD, and of the group that drafted them, if given)."""
    sql = "SELECT * FROM strategies WHERE deleted_at IS NULL"
    params: tuple = ()
    if opd_id:
        sql += " AND opd_id=?"
        params = (opd_id,)
    if group_id:
        sql += " AND group_id=?"
        params += (group_id,)
    return [_strategy(ws, r) for r in ws.query(sql + " ORDER BY type, created_at", params)]


# -- readiness ----------------------------------------------------------------------------
def set_readiness(ws: Workshop, component: str, dimension: str, rating: str | None,
                  notes: str = "") -> ReadinessRating:
    """Rate one component in one dimension (baik / sedang / buruk, or None to clear)."""
    component = check_component(component)
    dimension = check_dimension(dimension, required=True)
    if component is None:
        raise ValidationError("component", "a component is required", code="empty")
    rating = clean_choice(rating, "rating", READINESS_RATINGS, required=False)
    notes = clean_text(notes, "notes", required=False)
    with ws.transaction() as tx:
        tx.execute("INSERT INTO readiness (component, dimension, rating, notes, updated_at) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT(component, dimension) DO UPDATE SET "
                   "rating=excluded.rating, notes=excluded.notes, updated_at=excluded.updated_at",
                   (component, dimension, rating, notes, tx.now))
        tx.audit("set", "readiness", f"{component}/{dimension}", {"rating": rating})
    return ReadinessRating(component, dimension, rating, notes)


def list_readiness(ws: Workshop) -> list[ReadinessRating]:
    """Every recorded readiness rating."""
    return [ReadinessRating(r["component"], r["dimension"], r["rating"], r["notes"])
            for r in ws.query("SELECT * FROM readiness ORDER BY component, dimension")]
