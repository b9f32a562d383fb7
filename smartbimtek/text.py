"""Cleaning and validation of user text, in one place for every service and importer."""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError

#: Longest free text (SWOT item, description, note). Long enough for a pasted paragraph.
MAX_TEXT = 20_000
#: Longest short text (titles, names, codes).
MAX_SHORT = 300

# XML 1.0 forbids these; Word files and reportlab choke on them. Tab and newline stay.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def strip_illegal(value: str) -> str:
    """Remove control characters that XML (DOCX) cannot hold, keeping tab and newline."""
    return _ILLEGAL.sub("", value)


def clean_text(value: object, field: str, *, max_len: int = MAX_TEXT, required: bool = True,
               multiline: bool = True, record: str | None = None) -> str:
    """Normalise user text (NFC, no control characters, trimmed) and check its length.

    Raises ``ValidationError`` with code ``empty`` or ``too_long`` so the caller can show a
    clear message. Markup characters (``<``, ``&``) and formulas are kept as typed: escaping
    is the exporters' job.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text", code="type", record=record)
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = strip_illegal(text)
    if not multiline:
        text = " ".join(text.split())
    text = text.strip()
    if required and not text:
        raise ValidationError(field, "must not be empty", code="empty", record=record)
    if len(text) > max_len:
        raise ValidationError(field, f"is {len(text)} characters long; at most {max_len} allowed",
                              code="too_long", record=record, length=len(text), max=max_len)
    return text


def clean_short(value: object, field: str, *, required: bool = True, record: str | None = None,
                max_len: int = MAX_SHORT) -> str:
    """``clean_text`` for one-line fields (titles, names)."""
    return clean_text(value, field, max_len=max_len, required=required, multiline=False,
                      record=record)


def clean_choice(value: object, field: str, choices, *, required: bool = True,
                 record: str | None = None):
    """Check that ``value`` is one of ``choices`` (or None when not required)."""
    if value in (None, "") and not required:
        return None
    if value not in choices:
        allowed = ", ".join(str(c) for c in choices)
        raise ValidationError(field, f"{value!r} is not one of {allowed}", code="choice",
                              record=record, value=value)
    return value


def clean_number(value: object, field: str, *, minimum: float | None = None,
                 maximum: float | None = None, integer: bool = False, required: bool = True,
                 record: str | None = None):
    """Check a number and its range; bools and text are refused."""
    if value is None or value == "":
        if required:
            raise ValidationError(field, "is required", code="empty", record=record)
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, f"{value!r} is not a number", code="type", record=record)
    if integer and int(value) != value:
        raise ValidationError(field, f"{value!r} is not a whole number", code="type",
                              record=record)
    if value != value:  # NaN
        raise ValidationError(field, "is not a number", code="type", record=record)
    if minimum is not None and value < minimum or maximum is not None and value > maximum:
        raise ValidationError(field, f"{value} is outside {minimum}..{maximum}", code="range",
                              record=record, minimum=minimum, maximum=maximum)
    return int(value) if integer else float(value)
