"""The commitment sheet before Bimtek IV as a stored plan setting (issue 9): the formal
service keeps it, ``exports.build`` (the CLI and the export dialog) honours it."""

from __future__ import annotations

import pytest

from smartbimtek.errors import ValidationError
from smartbimtek.exports import build, export
from smartbimtek.services import formal, plan, roster


@pytest.fixture
def early(ws):
    """Bimtek I only: the komitmen bersama is not due yet."""
    plan.update_plan(ws, region_name="Majalengka", region_type="kabupaten", period_start=2023,
                     period_end=2032)
    roster.add_template_opds(ws)
    plan.add_event(ws, "I", venue="Hotel", start_date="2022-06-15", days=2,
                   with_template=False)
    return ws


def test_commitment_setting_is_stored_and_checked(early):
    assert formal.commitment_early(early) is False
    assert formal.set_commitment_early(early, True) is True
    assert formal.commitment_early(early) is True
    with pytest.raises(ValidationError) as err:
        formal.set_commitment_early(early, "yes")
    assert err.value.code == "type"
    assert formal.commitment_early(early) is True


def test_build_honours_the_commitment_setting(early, tmp_path):
    from smartbimtek.snapshot import take_snapshot

    assert "KOMITMEN BERSAMA" not in build(take_snapshot(early), "masterplan").plain_text()
    formal.set_commitment_early(early, True)
    assert "KOMITMEN BERSAMA" in build(take_snapshot(early), "masterplan").plain_text()
    out = export(early, "masterplan", "docx", tmp_path / "plan.docx")
    from docx import Document as open_docx

    assert "KOMITMEN BERSAMA" in "\n".join(p.text for p in open_docx(out).paragraphs)
    formal.set_commitment_early(early, False)
    assert "KOMITMEN BERSAMA" not in build(take_snapshot(early), "masterplan").plain_text()
