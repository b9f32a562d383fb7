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
# Line breaks of every kind: CRLF, a lone CR, NEL, line and paragraph separators.
_NEWLINES = re.compile("\r\n|[\r\x85\u2028\u2029]")
# Removed from user text: C0 controls but tab and newline, DEL and the C1 controls, bidi
# embeddings, overrides and isolates (they reorder the text around them: "fdp.exe" spoofing),
# the byte order mark, non-characters and lone surrogates.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff"
                       "\ufffe\uffff\ud800-\udfff]")
# Characters that show nothing (zero-width spaces and joiners, invisible operators, marks,
# fillers, variation selectors): a text made only of these and spaces is empty.
_INVISIBLE = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
              "\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\uffa0")
_ONLY_INVISIBLE = re.compile(f"[\\s{_INVISIBLE}]*")
# Zero-width characters trimmed at both ends, with the spaces (a joiner inside an emoji stays).
_EDGES = " \t\n\u200b\u200c\u200d\u2060"


def strip_illegal(value: str) -> str:
    """Remove control characters that XML (DOCX) cannot hold, keeping tab and newline."""
    return _ILLEGAL.sub("", value)


def clean_text(value: object, field: str, *, max_len: int = MAX_TEXT, required: bool = True,
               multiline: bool = True, record: str | None = None) -> str:
    """Normalise user text (NFC, no control characters, trimmed) and check its length.

    Every line break (CRLF, a lone CR, NEL, U+2028/2029) becomes a newline, or one space when
    ``multiline`` is false. C0/C1 controls (tab and newline stay), DEL, bidi embeddings,
    overrides and isolates and the byte order mark are removed. A text that shows nothing
    (only spaces and zero-width or other invisible format characters) counts as empty.

    Raises ``ValidationError`` with code ``empty`` or ``too_long`` so the caller can show a
    clear message. Markup characters (``<``, ``&``) and formulas are kept as typed: escaping
    is the exporters' job.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text", code="type", record=record)
    text = _CONTROLS.sub("", unicodedata.normalize("NFC", _NEWLINES.sub("\n", value)))
    if not multiline:
        text = " ".join(text.split())
    text = text.strip().strip(_EDGES).strip()
    if _ONLY_INVISIBLE.fullmatch(text):
        text = ""
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
