"""The JSON interchange format ``smartbimtek/1``: dump a workshop, import (create or merge).

``dump(ws)`` returns the whole workshop as a plain dict (see ``docs/interchange.md`` and
``smartbimtek/schema/interchange.schema.json``); ``import_document(ws, doc)`` validates a
document completely and then writes it in one transaction.

Modules: ``document`` (constants, schema, reading and writing files), ``dump``, ``importer``
(the merge rules), ``validate`` and ``programs`` (checking a document's records), ``write``
(the bulk writes of an import) and ``report`` (what an import did).
"""

from __future__ import annotations

from ..store.workshop import Workshop
from .document import (
    FORMAT,
    SETTINGS,
    TOP_LEVEL_KEYS,
    read_document,
    schema_path,
    stable_ids,
    write_document,
)
from .dump import dump
from .importer import run_import
from .report import ImportReport


def import_document(ws: Workshop, doc: object, *, source: str = "import",
                    actor: str | None = None) -> ImportReport:
    """Create or merge the records of an interchange document into the workshop.

    Validates the whole document first (raising ``ValidationError`` naming the record and
    field, e.g. ``swot[12].quadrant: 'X' is not one of S, W, O, T``), then writes everything
    in one transaction with one audit row. Returns an ``ImportReport``.
    """
    return run_import(ws, doc, source=source, actor=actor)


__all__ = ["FORMAT", "SETTINGS", "TOP_LEVEL_KEYS", "ImportReport", "dump", "import_document",
           "read_document", "schema_path", "stable_ids", "write_document"]
