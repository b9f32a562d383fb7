"""Shared plumbing of the Rencana (master plan) tabs: undoable edits of records through the
core services (change a field, add, delete), the choices the tables offer (dimensions,
components in use, plan years) and a labelled narrative field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from smartbimtek import reference
from smartbimtek.services import formal
from smartbimtek.services.records import plan_period

from ..widgets.common import CommitTextEdit, plain_label
from .board_base import BoardView, component_label, ref_label

#: Change entities the plan tabs show (see ``tx.audit`` in the services).
PLAN_ENTITIES = frozenset(
    {
        "plan",
        "gap",
        "region_swot",
        "strategic_issue",
        "swot",
        "rpjmd_item",
        "objective",
        "member",
        "regulation",
        "enabler",
        "setting",
        "opd",
    }
)


def dimension_choices(none_text: str | None = None) -> list[tuple[object, str]]:
    """(dimension id, label) of the six dimensions (after a "none" entry, if given)."""
    head = [(None, none_text)] if none_text is not None else []
    return head + [(d["id"], ref_label(d)) for d in reference.dimensions()]


def component_choices(ws, none_text: str | None = None) -> list[tuple[object, str]]:
    """(component id, label) of the readiness components in use."""
    head = [(None, none_text)] if none_text is not None else []
    used = formal.components_in_use(ws) if ws is not None else list(reference.component_ids())
    return head + [(c, component_label(c)) for c in used]


def plan_years(ws) -> list[int]:
    """The years of the plan period (empty while it is not set)."""
    if ws is None:
        return []
    start, end = plan_period(ws)
    if not start or not end or end < start:
        return []
    return list(range(start, min(end, start + 20) + 1))


class PlanPage(BoardView):
    """A tab of the Rencana view: a ``BoardView`` with undoable record edits. Every edit is
    one service call through the controller; a refusal shows the service's message in the
    message line and the page shows the stored data again."""

    ENTITIES = PLAN_ENTITIES

    def edit_field(
        self, label: str, get: Callable, update: Callable, record_id: str, field: str, value
    ) -> object:
        """Change one field of a record (undo puts the old value back)."""
        ws = self.ws
        old = getattr(get(ws, record_id), field)
        if old == value:
            return None
        result = self.run_edit(
            label,
            lambda: update(ws, record_id, **{field: value}),
            lambda _c: update(ws, record_id, **{field: old}),
        )
        self.reload_now()
        return result

    def add_record(
        self, label: str, add: Callable[[], object], delete: Callable, restore: Callable
    ) -> object:
        """Add a record; undo deletes it, redo restores the same record."""
        ws = self.ws
        state: dict[str, str] = {}

        def do():
            if "id" in state:
                return restore(ws, state["id"])
            record = add()
            state["id"] = record.id
            return record

        result = self.run_edit(label, do, lambda _c: delete(ws, state["id"]))
        self.reload_now()
        return result

    def delete_records(
        self, label: str, ids: list[str], delete: Callable, restore: Callable
    ) -> None:
        """Delete records in one undoable edit (undo restores them)."""
        if ids:
            self._guarded(lambda: self.controller.run_each(label, ids, delete, restore))
            self.reload_now()


def narrative_box(
    title: str, parent: QWidget, commit: Callable[[str], None]
) -> tuple[QWidget, CommitTextEdit]:
    """A titled multi-line field that calls ``commit(text)`` when left after a change."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(plain_label(title, box))
    edit = CommitTextEdit(box)
    edit.committed.connect(commit)
    layout.addWidget(edit, 1)
    return box, edit
