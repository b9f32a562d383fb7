"""Every narrative field the master plan outline uses can be written in the app."""

from __future__ import annotations

from smartbimtek.exports.outline import narrative_fields
from smartbimtek.services import plan


def test_outline_uses_only_the_plan_narrative_fields():
    keys = [key for key, _title in narrative_fields()]
    assert keys, "the outline has narrative sections"
    assert set(keys) <= set(plan.NARRATIVE_KEYS)


def test_every_narrative_field_has_a_label_in_the_workshop_view(qapp):
    from ui.labels import narrative_label

    for key in plan.NARRATIVE_KEYS:
        assert narrative_label(key) != key


def test_narratives_are_saved_and_read_back(ws):
    plan.update_plan(ws, narratives={"method": "FGD <b>&</b> =SUM(A1)", "closing": " "})
    assert plan.get_plan(ws).narratives == {"method": "FGD <b>&</b> =SUM(A1)"}
