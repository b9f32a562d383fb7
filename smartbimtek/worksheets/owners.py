"""Who a worksheet belongs to: an OPD (one worksheet per OPD) or a group (kelompok, issue 10:
one worksheet per group of the current bimtek).

An OPD worksheet holds the OPD's SWOT items and programs. A group worksheet holds the entries
whose ``group_id`` is the group and, for an OPD group, its OPD's entries too; its SWOT and
Program sheets have an OPD column (a drop-down of the group's member OPDs). The hidden key sheet
names the owner (``owner_kind`` ``opd`` or ``group``, ``owner_id``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..services import groups as group_service
from ..services import roster
from ..store.workshop import Workshop
from .reader import Problems


@dataclass(frozen=True)
class Owner:
    """The owner of a worksheet. ``opd_id``: the OPD whose entries it holds (an OPD, or an
    OPD group's OPD); ``group_id``: the group whose entries it holds; ``members``: member OPD
    codes to ids (group worksheets: the OPD drop-down)."""

    kind: str
    id: str
    code: str
    name: str
    opd_id: str | None = None
    group_id: str | None = None
    members: dict[str, str] = field(default_factory=dict)

    @property
    def is_group(self) -> bool:
        """Whether this is a group worksheet (with the OPD column)."""
        return self.kind == "group"

    def holds(self, opd_id: str | None, group_id: str | None) -> bool:
        """Whether an entry of ``opd_id`` recorded for ``group_id`` is on this worksheet."""
        if self.group_id is not None and group_id == self.group_id:
            return True
        return self.opd_id is not None and opd_id == self.opd_id

    def member(self, code) -> str | None:
        """The id of the member OPD with this code (case ignored), or None."""
        folded = str(code).strip().casefold()
        return next((i for c, i in self.members.items() if c.casefold() == folded), None)


def opd_owner(opd) -> Owner:
    """The owner of an OPD worksheet."""
    return Owner("opd", opd.id, opd.code, opd.name, opd_id=opd.id)


def group_owner(group, opds_by_id: dict) -> Owner:
    """The owner of a group worksheet (``opds_by_id``: live OPDs by id)."""
    members = {opds_by_id[o].code: o for o in group.opd_ids if o in opds_by_id}
    return Owner("group", group.id, group.name, "kelompok", opd_id=group.opd_id
                 if group.kind == "opd" else None, group_id=group.id, members=members)


def entry_groups(ws: Workshop) -> dict[str, dict[str, str]]:
    """The group of every live SWOT item and program that has one: ``{"swot": {id: group},
    "program": {id: group}}``."""
    out = {}
    for entity, table in (("swot", "swot_items"), ("program", "programs")):
        out[entity] = {r[0]: r[1] for r in ws.query(
            f"SELECT id, group_id FROM {table} WHERE deleted_at IS NULL "  # noqa: S608
            "AND group_id IS NOT NULL")}
    return out


def read_owner(ws: Workshop, meta: dict, key: str, problems: Problems) -> Owner | None:
    """The live owner a worksheet's key sheet names, or None (the reason in ``problems``)."""
    if meta.get("workshop_key") != key:
        problems.add("berkas", "kertas kerja ini dibuat dari berkas lokakarya lain")
        return None
    kind, owner_id = meta.get("owner_kind"), str(meta.get("owner_id"))
    opds = {o.id: o for o in roster.list_opds(ws)}
    if kind == "opd":
        if owner_id not in opds:
            problems.add("berkas", f"OPD {meta.get('owner_code')} tidak ada (lagi) di "
                                   "lokakarya ini")
            return None
        return opd_owner(opds[owner_id])
    if kind == "group":
        row = ws.query_one("SELECT 1 FROM groups WHERE id=? AND deleted_at IS NULL",
                           (owner_id,))
        if row is None:
            problems.add("berkas", f"kelompok {meta.get('owner_code')} tidak ada (lagi) di "
                                   "lokakarya ini")
            return None
        return group_owner(group_service.get_group(ws, owner_id), opds)
    problems.add("berkas", f"jenis pemilik '{kind}' tidak dikenal")
    return None
