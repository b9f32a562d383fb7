"""Groups (kelompok) at a bimtek: a table that works together. An OPD's own table is an
``opd`` group; group work per dimension or per readiness component puts several OPDs and
participants at one table (``dimension`` / ``component`` groups); ``custom`` groups have only a
name. Entries record their group (``group_id`` on SWOT items, programs, strategies, scores and
votes) and, where known, their OPD. Join codes of groups: ``services.lan``."""

from __future__ import annotations

from .. import reference
from ..errors import NotFoundError, ValidationError
from ..model import new_id
from ..model_stages import GROUP_KINDS, Group
from ..store.workshop import Workshop
from ..text import clean_choice, clean_short
from .common import (
    check_component,
    check_dimension,
    current_event_id,
    field_changes,
    require_opd,
    require_row,
    soft_delete,
)

#: Tables whose entries carry a ``group_id`` (``set_entry_group``).
GROUPED_TABLES = {"swot": "swot_items", "program": "programs", "strategy": "strategies",
                  "keyword": "keyword_entries", "comment": "review_comments"}


def _members(ws: Workshop, group_id: str) -> tuple[list[str], list[str]]:
    opds = [r[0] for r in ws.query("SELECT opd_id FROM group_opds WHERE group_id=? "
                                   "ORDER BY rowid", (group_id,))]
    people = [r[0] for r in ws.query("SELECT participant_id FROM group_participants WHERE "
                                     "group_id=? ORDER BY rowid", (group_id,))]
    return opds, people


def _group(ws: Workshop, row) -> Group:
    opds, people = _members(ws, row["id"])
    return Group(row["id"], row["event_id"], row["name"], row["kind"], row["opd_id"],
                 row["dimension"], row["component"], row["position"], opds, people)


def _clean(ws: Workshop, fields: dict, record: str | None = None) -> dict:
    values = dict(fields)
    if "name" in values:
        values["name"] = clean_short(values["name"], "name", record=record)
    if "kind" in values:
        values["kind"] = clean_choice(values["kind"], "kind", GROUP_KINDS, record=record)
    if values.get("opd_id"):
        require_opd(ws, values["opd_id"], record=record)
    if "dimension" in values:
        values["dimension"] = check_dimension(values["dimension"], record=record)
    if "component" in values:
        values["component"] = check_component(values["component"], record=record)
    kind = values.get("kind")
    if kind == "opd" and not values.get("opd_id"):
        raise ValidationError("opd_id", "an OPD group needs its OPD", code="empty",
                              record=record)
    if kind == "dimension" and not values.get("dimension"):
        raise ValidationError("dimension", "a dimension group needs its dimension",
                              code="empty", record=record)
    if kind == "component" and not values.get("component"):
        raise ValidationError("component", "a component group needs its component",
                              code="empty", record=record)
    return values


def _check_members(ws: Workshop, opd_ids, participant_ids) -> tuple[list[str], list[str]]:
    opds = list(dict.fromkeys(opd_ids or ()))
    people = list(dict.fromkeys(participant_ids or ()))
    for opd_id in opds:
        require_opd(ws, opd_id, field="opd_ids")
    for person in people:
        if ws.query_one("SELECT 1 FROM participants WHERE id=? AND deleted_at IS NULL",
                        (person,)) is None:
            raise ValidationError("participant_ids", f"unknown participant {person!r}",
                                  code="unknown_participant")
    return opds, people


def _write_members(tx, group_id: str, opds: list[str], people: list[str]) -> None:
    tx.execute("DELETE FROM group_opds WHERE group_id=?", (group_id,))
    tx.execute("DELETE FROM group_participants WHERE group_id=?", (group_id,))
    for opd_id in opds:
        tx.execute("INSERT INTO group_opds (group_id, opd_id) VALUES (?, ?)", (group_id, opd_id))
    for person in people:
        tx.execute("INSERT INTO group_participants (group_id, participant_id) VALUES (?, ?)",
                   (group_id, person))


def add_group(ws: Workshop, name: str, kind: str = "custom", *, opd_id: str | None = None,
              dimension: str | None = None, component: str | None = None,
              opd_ids=(), participant_ids=(), event_id: str | None = None,
              group_id: str | None = None) -> Group:
    """Create a group at a bimtek (the current event by default) with its members. An OPD
    group has its OPD as a member."""
    values = _clean(ws, dict(name=name, kind=kind, opd_id=opd_id, dimension=dimension,
                             component=component))
    if kind == "opd":
        opd_ids = [opd_id, *(o for o in opd_ids or () if o != opd_id)]
    opds, people = _check_members(ws, opd_ids, participant_ids)
    event_id = event_id or current_event_id(ws)
    group_id = group_id or new_id()
    position = ws.query_one("SELECT coalesce(max(position) + 1, 0) FROM groups WHERE "
                            "event_id IS ?", (event_id,))[0]
    with ws.transaction() as tx:
        tx.execute("INSERT INTO groups (id, event_id, name, kind, opd_id, dimension, component, "
                   "position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (group_id, event_id, values["name"], values["kind"], values["opd_id"],
                    values["dimension"], values["component"], position, tx.now, tx.now))
        _write_members(tx, group_id, opds, people)
        tx.audit("add", "group", group_id, {"kind": values["kind"], "name": values["name"]})
    return get_group(ws, group_id)


def check_group(ws: Workshop, group_id: str | None) -> None:
    """Refuse an entry's ``group_id`` that is not a live group (code ``unknown_group``);
    ``None`` (no group) passes."""
    if group_id is not None and ws.query_one(
            "SELECT 1 FROM groups WHERE id=? AND deleted_at IS NULL", (group_id,)) is None:
        raise ValidationError("group_id", f"unknown group {group_id!r}", code="unknown_group")


def table_opds(ws: Workshop, group_id: str) -> list[str]:
    """The OPDs a group's table writes for (entries need an OPD): the group's OPD and its
    live member OPDs in order; every live OPD when the group has none."""
    group = get_group(ws, group_id)
    live = [r[0] for r in ws.query("SELECT id FROM opds WHERE deleted_at IS NULL ORDER BY "
                                   "coalesce(table_no, 9999), code")]
    alive = set(live)
    own = [i for i in dict.fromkeys(([group.opd_id] if group.opd_id else []) + group.opd_ids)
           if i in alive]
    return own or live


def get_group(ws: Workshop, group_id: str) -> Group:
    """One live group with its members."""
    return _group(ws, require_row(ws, "groups", group_id, "group"))


def list_groups(ws: Workshop, event_id: str | None = None, *, kind: str | None = None
                ) -> list[Group]:
    """The live groups of an event (the current one by default), in their order."""
    event_id = event_id or current_event_id(ws)
    sql = "SELECT * FROM groups WHERE deleted_at IS NULL AND event_id IS ?"
    params: tuple = (event_id,)
    if kind:
        sql += " AND kind = ?"
        params += (kind,)
    return [_group(ws, r) for r in ws.query(sql + " ORDER BY position, name", params)]


def update_group(ws: Workshop, group_id: str, **fields) -> Group:
    """Rename a group or change its kind, OPD, dimension or component."""
    group = get_group(ws, group_id)
    unknown = set(fields) - {"name", "kind", "opd_id", "dimension", "component"}
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a group field", code="unknown_field")
    merged = {k: getattr(group, k) for k in ("name", "kind", "opd_id", "dimension",
                                             "component")} | fields
    values = _clean(ws, merged)
    with ws.transaction() as tx:
        tx.execute("UPDATE groups SET name=?, kind=?, opd_id=?, dimension=?, component=?, "
                   "updated_at=? WHERE id=?", (values["name"], values["kind"], values["opd_id"],
                                               values["dimension"], values["component"], tx.now,
                                               group_id))
        tx.audit("edit", "group", group_id, {"fields": sorted(fields),
                                             "changes": field_changes(group, values)})
    return get_group(ws, group_id)


def set_members(ws: Workshop, group_id: str, opd_ids=(), participant_ids=()) -> Group:
    """Replace a group's members (OPDs and participants); an OPD group keeps its OPD."""
    group = get_group(ws, group_id)
    if group.kind == "opd" and group.opd_id not in (opd_ids or ()):
        opd_ids = [group.opd_id, *(opd_ids or ())]
    opds, people = _check_members(ws, opd_ids, participant_ids)
    with ws.transaction() as tx:
        _write_members(tx, group_id, opds, people)
        tx.audit("edit", "group", group_id, {"fields": ["members"], "changes": field_changes(
            {"opd_ids": group.opd_ids, "participant_ids": group.participant_ids},
            {"opd_ids": opds, "participant_ids": people})})
    return get_group(ws, group_id)


def delete_group(ws: Workshop, group_id: str) -> None:
    """Remove a group (kept in the file; its entries keep their group id)."""
    get_group(ws, group_id)
    soft_delete(ws, "groups", "group", group_id)


def restore_group(ws: Workshop, group_id: str) -> Group:
    """Undo the removal of a group."""
    if ws.query_one("SELECT 1 FROM groups WHERE id=?", (group_id,)) is None:
        raise NotFoundError(f"group {group_id} does not exist.", entity="group", id=group_id)
    with ws.transaction() as tx:
        tx.execute("UPDATE groups SET deleted_at=NULL, updated_at=? WHERE id=?",
                   (tx.now, group_id))
        tx.audit("restore", "group", group_id)
    return get_group(ws, group_id)


def shared_groups(ws: Workshop, event_id: str | None = None) -> list[Group]:
    """The groups of an event (the current one by default) that are more than one OPD's own
    table: dimension, component and custom groups, and OPD groups with other members. The
    ones the table-mode dialog and the boards' group filter offer beside the OPDs."""
    return [g for g in list_groups(ws, event_id)
            if g.kind != "opd" or set(g.opd_ids) - {g.opd_id}]


def opd_group(ws: Workshop, opd_id: str, event_id: str | None = None) -> Group | None:
    """The OPD's own group at an event (the current one by default), if it has one."""
    event_id = event_id or current_event_id(ws)
    row = ws.query_one("SELECT * FROM groups WHERE kind='opd' AND opd_id=? AND event_id IS ? "
                       "AND deleted_at IS NULL ORDER BY position LIMIT 1", (opd_id, event_id))
    return _group(ws, row) if row else None


def groups_of_opd(ws: Workshop, opd_id: str, event_id: str | None = None) -> list[Group]:
    """Every group of an event the OPD is a member of."""
    event_id = event_id or current_event_id(ws)
    rows = ws.query("SELECT g.* FROM groups g JOIN group_opds m ON m.group_id = g.id WHERE "
                    "m.opd_id=? AND g.event_id IS ? AND g.deleted_at IS NULL ORDER BY "
                    "g.position", (opd_id, event_id))
    return [_group(ws, r) for r in rows]


def ensure_opd_groups(ws: Workshop, event_id: str | None = None) -> list[Group]:
    """Give every live OPD its own group at the event (one transaction): table work as
    before groups existed. Returns the OPD groups."""
    event_id = event_id or current_event_id(ws)
    have = {g.opd_id for g in list_groups(ws, event_id, kind="opd")}
    missing = ws.query("SELECT id, code FROM opds WHERE deleted_at IS NULL ORDER BY "
                       "coalesce(table_no, 9999), code")
    missing = [r for r in missing if r["id"] not in have]
    if missing:
        start = ws.query_one("SELECT coalesce(max(position) + 1, 0) FROM groups WHERE "
                             "event_id IS ?", (event_id,))[0]
        with ws.transaction() as tx:
            for offset, row in enumerate(missing):
                group_id = new_id()
                tx.execute("INSERT INTO groups (id, event_id, name, kind, opd_id, position, "
                           "created_at, updated_at) VALUES (?, ?, ?, 'opd', ?, ?, ?, ?)",
                           (group_id, event_id, row["code"], row["id"], start + offset, tx.now,
                            tx.now))
                _write_members(tx, group_id, [row["id"]], [])
            tx.audit("add", "group", event_id or "", {"kind": "opd", "count": len(missing)})
    return list_groups(ws, event_id, kind="opd")


def groups_per_dimension(ws: Workshop, assignment: dict[str, list[str]] | None = None,
                         event_id: str | None = None) -> list[Group]:
    """Create one group per dimension at the event (six, in the reference order; one
    transaction), with the OPDs of ``assignment`` (dimension -> OPD ids). Dimensions that
    already have a group keep it."""
    event_id = event_id or current_event_id(ws)
    assignment = assignment or {}
    for dimension, opds in assignment.items():
        check_dimension(dimension, required=True)
        _check_members(ws, opds, ())
    have = {g.dimension for g in list_groups(ws, event_id, kind="dimension")}
    names = {d["id"]: d.get("name_id") or d.get("name") or d["id"]
             for d in reference.dimensions()}
    todo = [d for d in reference.dimension_ids() if d not in have]
    if todo:
        start = ws.query_one("SELECT coalesce(max(position) + 1, 0) FROM groups WHERE "
                             "event_id IS ?", (event_id,))[0]
        with ws.transaction() as tx:
            for offset, dimension in enumerate(todo):
                group_id = new_id()
                tx.execute("INSERT INTO groups (id, event_id, name, kind, dimension, position, "
                           "created_at, updated_at) VALUES (?, ?, ?, 'dimension', ?, ?, ?, ?)",
                           (group_id, event_id, names[dimension], dimension, start + offset,
                            tx.now, tx.now))
                _write_members(tx, group_id, list(dict.fromkeys(assignment.get(dimension, ()))),
                               [])
            tx.audit("add", "group", event_id or "", {"kind": "dimension", "count": len(todo)})
    return list_groups(ws, event_id, kind="dimension")


def set_entry_group(ws: Workshop, entity: str, record_id: str, group_id: str | None) -> None:
    """Record the group an entry (``swot``, ``program``, ``strategy``, ``keyword``,
    ``comment``) came from; ``None`` clears it."""
    table = GROUPED_TABLES.get(entity)
    if table is None:
        raise ValidationError("entity", f"{entity!r} is not one of {', '.join(GROUPED_TABLES)}",
                              code="choice")
    before = require_row(ws, table, record_id, entity)
    if group_id is not None:
        get_group(ws, group_id)
    with ws.transaction() as tx:
        tx.execute(f"UPDATE {table} SET group_id=? WHERE id=?", (group_id, record_id))
        tx.audit("edit", entity, record_id, {"fields": ["group_id"], "changes": field_changes(
            {"group_id": before["group_id"]}, {"group_id": group_id})})


def entries_per_group(ws: Workshop, entity: str = "swot", event_id: str | None = None
                      ) -> dict[str, int]:
    """How many live entries each group of the event has sent (``entity`` as in
    ``set_entry_group``)."""
    table = GROUPED_TABLES.get(entity)
    if table is None:
        raise ValidationError("entity", f"{entity!r} is not one of {', '.join(GROUPED_TABLES)}",
                              code="choice")
    event_id = event_id or current_event_id(ws)
    rows = ws.query(f"SELECT t.group_id, count(*) FROM {table} t JOIN groups g ON "
                    f"g.id = t.group_id WHERE t.deleted_at IS NULL AND g.event_id IS ? "
                    f"GROUP BY t.group_id", (event_id,))
    return {r[0]: r[1] for r in rows}
