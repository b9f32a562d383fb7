"""The ``smartbimtek/1`` document itself: its constants, its schema and its files."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .. import reference
from ..errors import ValidationError

FORMAT = "smartbimtek/1"
#: Top-level keys every dump carries (the issue's contract for other tools).
TOP_LEVEL_KEYS = ("format", "region", "events", "opds", "participants", "swot", "strategies",
                  "programs")
#: Settings carried by the format (other settings are per-laptop and stay out).
SETTINGS = ("vote_budget", "matrix_split", "ifas_variant")


def schema_path() -> Path:
    """The JSON Schema (draft 2020-12) of the format, shipped with the package."""
    return Path(__file__).resolve().parent.parent / "schema" / "interchange.schema.json"


def stable_ids() -> dict[str, list[str]]:
    """The stable ids a document uses for dimensions, elements and readiness components."""
    return {"dimensions": list(reference.dimension_ids()),
            "elements": list(reference.elements()),
            "components": list(reference.component_ids())}


# -- files --------------------------------------------------------------------------------
def read_document(path: str | Path) -> dict:
    """Read an interchange file; bad JSON raises ``ValidationError`` with line and column."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError("file", f"{path} does not exist", code="missing") from None
    except UnicodeDecodeError as exc:
        raise ValidationError("file", f"{path.name} is not UTF-8 text ({exc.reason})",
                              code="encoding") from None
    except OSError as exc:
        raise ValidationError("file", f"{path.name} cannot be read ({exc.strerror})",
                              code="io") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError("file", f"{path.name} is not valid JSON: {exc.msg} at line "
                              f"{exc.lineno}, column {exc.colno}", code="json") from None
    if not isinstance(doc, dict):
        raise ValidationError("file", f"{path.name} must hold a JSON object", code="type")
    return doc


def write_document(doc: dict, path: str | Path) -> Path:
    """Write a document as UTF-8 JSON atomically (temp file, then ``os.replace``)."""
    path = Path(path)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(doc, out, ensure_ascii=False, indent=1)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
