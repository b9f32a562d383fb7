"""Formal parts of the documents (columns of ``plan``): the kata pengantar of the regional
head and of the head of the Tim Pelaksana, the lembar pengesahan flag, the footer option,
the capital town the documents are dated at, and the readiness components in use.
Names and titles come from ``rules.formal`` (region display name, head's title)."""

from __future__ import annotations

import json

from .. import reference
from ..errors import ValidationError
from ..model import FormalParts
from ..rules import formal as formal_rules
from ..store.workshop import Workshop
from ..text import MAX_TEXT, clean_short, clean_text

_SHORT = ("capital_town", "head_name", "head_title", "team_head_name", "team_head_title")
_LONG = ("foreword", "team_foreword")
_FLAGS = ("approval_sheet", "footer_programme")
FORMAL_FIELDS = ("components", *_SHORT, *_LONG, *_FLAGS)


def clean_components(value, record: str | None = None) -> list[str]:
    """The readiness components in use: known ids, in the reference order, at least one."""
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValidationError("components", "must be a list of component ids", code="type",
                              record=record)
    known = reference.component_ids()
    for item in value:
        if item not in known:
            raise ValidationError("components", f"{item!r} is not a readiness component "
                                  f"({', '.join(known)})", code="choice", record=record)
    if not value:
        raise ValidationError("components", "at least one component is in use", code="empty",
                              record=record)
    return [c for c in known if c in value]


def clean_formal_fields(fields: dict, record: str | None = None) -> dict:
    """Validate formal fields; unknown names refused."""
    out = {}
    for name, value in fields.items():
        if name == "components":
            out[name] = clean_components(value, record)
        elif name in _SHORT:
            out[name] = clean_short(value, name, required=False, record=record)
        elif name in _LONG:
            out[name] = clean_text(value, name, required=False, max_len=MAX_TEXT,
                                   record=record)
        elif name in _FLAGS:
            if not isinstance(value, bool):
                raise ValidationError(name, "must be true or false", code="type",
                                      record=record)
            out[name] = value
        else:
            raise ValidationError(name, "is not a formal field", code="unknown_field",
                                  record=record)
    return out


def get_formal(ws: Workshop) -> FormalParts:
    """The formal parts as stored."""
    row = ws.query_one("SELECT * FROM plan WHERE id = 1")
    return FormalParts(components=json.loads(row["components"]),
                       **{k: row[k] for k in _SHORT + _LONG},
                       **{k: bool(row[k]) for k in _FLAGS})


def update_formal(ws: Workshop, **fields) -> FormalParts:
    """Change formal fields: components (in use), capital_town, head_name, head_title,
    foreword, team_head_name, team_head_title, team_foreword, approval_sheet,
    footer_programme."""
    values = clean_formal_fields(fields)
    if values:
        with ws.transaction() as tx:
            stored = {k: json.dumps(v) if k == "components" else int(v) if isinstance(v, bool)
                      else v for k, v in values.items()}
            tx.execute(f"UPDATE plan SET {', '.join(f'{k} = ?' for k in stored)}, "
                       "updated_at = ? WHERE id = 1", (*stored.values(), tx.now))
            tx.audit("edit", "plan", "1", {"fields": sorted(values)})
    return get_formal(ws)


def components_in_use(ws: Workshop) -> list[str]:
    """The readiness components the region uses (the three main ones by default)."""
    return get_formal(ws).components


def region_display_name(ws: Workshop) -> str:
    """The region with its type: "Kabupaten Majalengka" (see ``rules.formal``)."""
    row = ws.query_one("SELECT region_name, region_type FROM plan WHERE id = 1")
    return formal_rules.region_display_name(row[0], row[1])


def head_title(ws: Workshop) -> str:
    """The regional head's title as entered, else the default ("Bupati Majalengka")."""
    row = ws.query_one("SELECT region_name, region_type, head_title FROM plan WHERE id = 1")
    return row[2] or formal_rules.head_title(row[0], row[1])


#: Workshop setting: print the komitmen bersama in the master plan before Bimtek IV.
COMMITMENT_SETTING = "commitment_early"


def commitment_early(ws: Workshop) -> bool:
    """Whether the master plan prints the commitment sheet before Bimtek IV (at Bimtek IV
    and after it is always printed)."""
    return bool(ws.setting(COMMITMENT_SETTING))


def set_commitment_early(ws: Workshop, on: bool) -> bool:
    """Print (True) or leave out (False) the commitment sheet before Bimtek IV."""
    if not isinstance(on, bool):
        raise ValidationError(COMMITMENT_SETTING, "must be true or false", code="type")
    ws.set_setting(COMMITMENT_SETTING, on)
    return on
