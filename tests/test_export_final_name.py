"""Once every chapter is agreed and no comment is open (the document says "Draf Final"),
the master plan's default file name says so too: ``final-masterplan-…`` instead of
``draft-masterplan-…``; the other documents keep their names."""

from __future__ import annotations

import dataclasses

from smartbimtek.exports import default_filename
from smartbimtek.services import plan
from smartbimtek.snapshot import take_snapshot
from smartbimtek.store import open_workshop


def test_master_plan_file_name_follows_the_final_draft(tmp_path):
    with open_workshop(tmp_path / "w.bimtek", create=True) as ws:
        plan.update_plan(ws, region_name="Kota Contoh", region_type="kota")
        snap = take_snapshot(ws)
    assert not snap.final_draft
    assert default_filename(snap, "masterplan", "pdf") == "draft-masterplan-kota-contoh.pdf"
    final = dataclasses.replace(snap, final_draft=True)
    assert default_filename(final, "masterplan", "pdf") == "final-masterplan-kota-contoh.pdf"
    assert default_filename(final, "masterplan", "docx") == "final-masterplan-kota-contoh.docx"
    assert default_filename(final, "summary", "pdf") == "ringkasan-eksekutif-kota-contoh.pdf"
    assert default_filename(final, "data", "csv") == "data-workshop-kota-contoh"
