"""Reference data shipped with the program (bilingual): dimensions and elements, readiness
components, the OPD template list and the Bimtek I-IV agenda templates."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path


@cache
def _load(name: str):
    path = Path(__file__).with_name("reference") / name
    try:  # the package's own folder (importlib.resources costs the app's start a few ms)
        text = path.read_text("utf-8")
    except FileNotFoundError:  # a package without a folder on disk (a zip)
        from importlib import resources

        text = resources.files("smartbimtek").joinpath("reference", name).read_text("utf-8")
    return json.loads(text)


def dimensions() -> list[dict]:
    """The six smart city dimensions, each with its three elements and entry hints."""
    return _load("dimensions.json")


@cache
def dimension_ids() -> tuple[str, ...]:
    """Stable ids of the six dimensions, in their usual order."""
    return tuple(d["id"] for d in dimensions())


@cache
def elements() -> dict[str, dict]:
    """Every element by its stable id (``governance.service``...), with ``dimension`` added."""
    return {e["id"]: dict(e, dimension=d["id"]) for d in dimensions() for e in d["elements"]}


def dimension(dim_id: str) -> dict:
    """One dimension by id (KeyError when unknown)."""
    for item in dimensions():
        if item["id"] == dim_id:
            return item
    raise KeyError(dim_id)


def components() -> list[dict]:
    """Readiness components (struktur, infrastruktur, suprastruktur, plus alam and budaya)."""
    return _load("components.json")


@cache
def component_ids(core_only: bool = False) -> tuple[str, ...]:
    """Ids of the readiness components (only the three a master plan focuses on, if asked)."""
    return tuple(c["id"] for c in components() if c.get("core") or not core_only)


def opd_template() -> list[dict]:
    """The template list of typical kabupaten OPDs (code and name)."""
    return _load("opd_template.json")


def agenda_templates() -> dict[str, dict]:
    """Two-day agenda templates keyed by stage I, II, III, IV."""
    return _load("agenda_templates.json")


def demo_content() -> dict:
    """Content of the demo workshop (Kabupaten Sukamaju, Bimtek I)."""
    return _load("demo_content.json")


def label(item: dict, lang: str = "id", key: str = "name") -> str:
    """The Indonesian or English label of a reference item."""
    return item.get(f"{key}_{lang}") or item.get(f"{key}_id") or item.get("id", "")
