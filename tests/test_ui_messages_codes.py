"""Every refusal code the core raises for an edit made in the console gets its own sentence,
not the generic "the value was refused (...)"."""

from __future__ import annotations

import pytest

from smartbimtek.errors import ValidationError
from ui import i18n
from ui.messages import error_text


@pytest.mark.parametrize(("code", "words"), [
    ("unknown_group", "group"),
    ("unknown_step", "agenda step"),
    ("unknown_participant", "participant"),
    ("unknown_program", "does not exist"),
    ("unknown_chapter", "does not exist"),
    ("unknown_event", "does not exist"),
    ("cycle", "merged"),
    ("fixed", "another program"),
])
def test_code_has_its_own_sentence(qapp, code, words):
    i18n.install(qapp, "en")
    text = error_text(ValidationError("group_id", "detail for developers", code=code))
    assert words in text
    assert "was refused" not in text
    assert "detail for developers" not in text
