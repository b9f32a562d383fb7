"""Merge of duplicate SWOT items and its exact undo (core)."""

from smartbimtek.services import programs, roster, swot, swot_merge


def test_merge_then_unmerge_restores_items_text_and_links(ws):
    opd = roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    a = swot.add_item(ws, opd.id, "W", "Sampah belum terpilah")
    b = swot.add_item(ws, opd.id, "W", "sampah tidak dipilah")
    c = swot.add_item(ws, opd.id, "O", "Bank sampah desa")
    strategy = swot.add_strategy(ws, "WO", "Bank sampah untuk pemilahan", [b.id, c.id], opd.id)
    both = swot.add_strategy(ws, "WT", "Edukasi", [a.id, b.id], opd.id)
    program = programs.add_program(ws, opd.id, "Bank sampah digital", "environment",
                                   swot_ids=[b.id])

    kept, record = swot_merge.merge(ws, a.id, [b.id], "Sampah belum dipilah di sumbernya")
    assert kept.text == "Sampah belum dipilah di sumbernya"
    assert [i.id for i in swot.list_items(ws, quadrant="W")] == [a.id]
    assert set(swot.get_strategy(ws, strategy.id).swot_ids) == {a.id, c.id}
    assert programs.get_program(ws, program.id).swot_ids == [a.id]

    restored = swot_merge.unmerge(ws, record)
    assert restored.text == "Sampah belum terpilah"
    assert {i.id for i in swot.list_items(ws, quadrant="W")} == {a.id, b.id}
    assert set(swot.get_strategy(ws, strategy.id).swot_ids) == {b.id, c.id}
    assert set(swot.get_strategy(ws, both.id).swot_ids) == {a.id, b.id}
    assert programs.get_program(ws, program.id).swot_ids == [b.id]


def test_merge_ignores_the_kept_id_among_the_others(ws):
    opd = roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    a = swot.add_item(ws, opd.id, "S", "Satu")
    kept, record = swot_merge.merge(ws, a.id, [a.id])
    assert record.other_ids == ()
    assert kept.text == "Satu"
