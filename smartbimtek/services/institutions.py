"""Institutions and enablers (BAB VI): the members of the Dewan Smart City, the Tim Pelaksana
and the tim penyusun; the regulation plan (instrument, subject, target year, status); the
financing, SDM and infrastructure plans as structured items; and a narrative per section
(column ``plan.enabler_narratives``: section -> text)."""

from __future__ import annotations

import json

from ..errors import ValidationError
from ..model import (
    BODIES,
    ENABLER_SECTIONS,
    REGULATION_STATUSES,
    BodyMember,
    EnablerItem,
    Regulation,
)
from ..store.workshop import Workshop
from ..text import clean_text
from . import records as r

#: Sections of BAB VI that carry a narrative text.
NARRATIVE_SECTIONS = ("bodies", "regulation", *ENABLER_SECTIONS)


def clean_narratives(value, record: str | None = None) -> dict[str, str]:
    """Narratives by BAB VI section (known sections only; empty texts dropped)."""
    if not isinstance(value, dict):
        raise ValidationError("narratives", "must map sections to texts", code="type",
                              record=record)
    out = {}
    for section, text in value.items():
        if section not in NARRATIVE_SECTIONS:
            raise ValidationError("section", f"{section!r} is not one of "
                                  f"{', '.join(NARRATIVE_SECTIONS)}", code="choice",
                                  record=record)
        text = clean_text(text, f"narratives.{section}", required=False, record=record)
        if text:
            out[section] = text
    return {s: out[s] for s in NARRATIVE_SECTIONS if s in out}


def narratives(ws: Workshop) -> dict[str, str]:
    """The narrative of each BAB VI section that has one, by section."""
    row = ws.query_one("SELECT enabler_narratives FROM plan WHERE id = 1")
    return json.loads(row[0] or "{}")


def set_narratives(ws: Workshop, values: dict[str, str]) -> dict[str, str]:
    """Write narratives of BAB VI sections (given sections only; empty text removes one)."""
    merged = narratives(ws) | dict(values)
    clean = clean_narratives(merged)
    with ws.transaction() as tx:
        tx.execute("UPDATE plan SET enabler_narratives = ?, updated_at = ? WHERE id = 1",
                   (json.dumps(clean, ensure_ascii=False), tx.now))
        tx.audit("edit", "plan", "1", {"fields": [f"enabler_narratives.{s}" for s in values]})
    return clean


def set_narrative(ws: Workshop, section: str, text: str) -> str:
    """Write the narrative of one BAB VI section (empty text removes it)."""
    return set_narratives(ws, {section: text}).get(section, "")


# -- members ------------------------------------------------------------------------------
MEMBERS = r.Kind(
    "body_members", "member", BodyMember,
    {"body": r.choice(BODIES), "name": r.text(required=True, short=True),
     "position": r.text(short=True), "institution": r.text(short=True),
     "role": r.text(short=True, max_len=80), "sort": r.integer(0, 100000)},
    required=("body", "name"), order="sort, created_at, rowid")


def add_member(ws: Workshop, body: str, name: str, *, member_id: str | None = None,
               **fields) -> BodyMember:
    """Add a member to a body (``dewan``, ``pelaksana`` or ``penyusun``): name, position
    (jabatan), institution, role in the body (Ketua, Sekretaris, Anggota), sort."""
    if "sort" not in fields:
        row = ws.query_one("SELECT coalesce(max(sort), -1) + 1 FROM body_members "
                           "WHERE body = ?", (body,))
        fields["sort"] = row[0]
    return get_member(ws, r.add(ws, MEMBERS, member_id, body=body, name=name, **fields))


def get_member(ws: Workshop, member_id: str) -> BodyMember:
    """One member."""
    return MEMBERS.row_to(r.get_row(ws, MEMBERS, member_id))


def update_member(ws: Workshop, member_id: str, **fields) -> BodyMember:
    """Edit a member (body, name, position, institution, role, sort)."""
    r.update(ws, MEMBERS, member_id, **fields)
    return get_member(ws, member_id)


def delete_member(ws: Workshop, member_id: str) -> None:
    """Remove a member (restorable)."""
    r.delete(ws, MEMBERS, member_id)


def restore_member(ws: Workshop, member_id: str) -> BodyMember:
    """Undo a member's removal."""
    r.restore(ws, MEMBERS, member_id)
    return get_member(ws, member_id)


def list_members(ws: Workshop, body: str | None = None) -> list[BodyMember]:
    """Members (of one body, if given) in body then sort order."""
    rows = r.list_rows(ws, MEMBERS, "body = ?" if body else "", (body,) if body else ())
    return sorted((MEMBERS.row_to(row) for row in rows), key=lambda m: BODIES.index(m.body))


# -- regulation plan ----------------------------------------------------------------------
REGULATIONS = r.Kind(
    "regulations", "regulation", Regulation,
    {"instrument": r.text(required=True, short=True), "subject": r.text(required=True),
     "target_year": r.period_year(), "status": r.choice(REGULATION_STATUSES),
     "notes": r.text(), "position": r.integer(0, 100000)},
    required=("instrument", "subject"))


def add_regulation(ws: Workshop, instrument: str, subject: str, *,
                   regulation_id: str | None = None, **fields) -> Regulation:
    """Plan a regulation: instrument ("Peraturan Bupati"), subject, target_year (in the plan
    period), status (rencana, penyusunan, pembahasan, ditetapkan), notes."""
    fields.setdefault("status", "rencana")
    return get_regulation(ws, r.add(ws, REGULATIONS, regulation_id, instrument=instrument,
                                    subject=subject, **fields))


def get_regulation(ws: Workshop, regulation_id: str) -> Regulation:
    """One planned regulation."""
    return REGULATIONS.row_to(r.get_row(ws, REGULATIONS, regulation_id))


def update_regulation(ws: Workshop, regulation_id: str, **fields) -> Regulation:
    """Edit a planned regulation."""
    r.update(ws, REGULATIONS, regulation_id, **fields)
    return get_regulation(ws, regulation_id)


def delete_regulation(ws: Workshop, regulation_id: str) -> None:
    """Delete a planned regulation (restorable)."""
    r.delete(ws, REGULATIONS, regulation_id)


def restore_regulation(ws: Workshop, regulation_id: str) -> Regulation:
    """Undo a planned regulation's deletion."""
    r.restore(ws, REGULATIONS, regulation_id)
    return get_regulation(ws, regulation_id)


def list_regulations(ws: Workshop) -> list[Regulation]:
    """The regulation plan in order."""
    return [REGULATIONS.row_to(row) for row in r.list_rows(ws, REGULATIONS)]


# -- financing, SDM and infrastructure plans ----------------------------------------------
ENABLERS = r.Kind(
    "enabler_items", "enabler", EnablerItem,
    {"section": r.choice(ENABLER_SECTIONS), "title": r.text(required=True, short=True),
     "description": r.text(), "target_year": r.period_year(),
     "opd_id": r.ref("opds", "OPD", deleted_ok=True), "position": r.integer(0, 100000)},
    required=("section", "title"))


def add_enabler(ws: Workshop, section: str, title: str, *, item_id: str | None = None,
                **fields) -> EnablerItem:
    """Add an item to the financing, SDM or infrastructure plan (description, target_year in
    the plan period, opd_id in charge)."""
    return get_enabler(ws, r.add(ws, ENABLERS, item_id, section=section, title=title,
                                 **fields))


def get_enabler(ws: Workshop, item_id: str) -> EnablerItem:
    """One enabler item."""
    return ENABLERS.row_to(r.get_row(ws, ENABLERS, item_id))


def update_enabler(ws: Workshop, item_id: str, **fields) -> EnablerItem:
    """Edit an enabler item."""
    r.update(ws, ENABLERS, item_id, **fields)
    return get_enabler(ws, item_id)


def delete_enabler(ws: Workshop, item_id: str) -> None:
    """Delete an enabler item (restorable)."""
    r.delete(ws, ENABLERS, item_id)


def restore_enabler(ws: Workshop, item_id: str) -> EnablerItem:
    """Undo an enabler item's deletion."""
    r.restore(ws, ENABLERS, item_id)
    return get_enabler(ws, item_id)


def list_enablers(ws: Workshop, section: str | None = None) -> list[EnablerItem]:
    """Enabler items (of one section, if given) in section then position order."""
    rows = r.list_rows(ws, ENABLERS, "section = ?" if section else "",
                       (section,) if section else ())
    return sorted((ENABLERS.row_to(row) for row in rows),
                  key=lambda e: ENABLER_SECTIONS.index(e.section))
