"""Merging duplicate SWOT items so that the merge can be undone exactly.

``swot.merge_items`` moves the links (TOWS strategies, programs) of the merged items to the
kept one. ``merge`` records the state before (kept text, every link of the items involved)
and ``unmerge`` puts it back in one transaction: the merged items are live again, the kept
item has its old text and every link points where it pointed before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import SwotItem
from ..store.workshop import Workshop
from . import swot


@dataclass(frozen=True)
class MergeRecord:
    """What a merge changed: enough to undo it."""

    keep_id: str
    other_ids: tuple[str, ...]
    old_text: str
    strategy_links: tuple[tuple[str, str], ...] = field(default=())  # (strategy_id, swot_id)
    program_links: tuple[tuple[str, str], ...] = field(default=())  # (program_id, swot_id)


def _placeholders(ids) -> str:
    return ", ".join("?" for _ in ids)


def merge(ws: Workshop, keep_id: str, other_ids: list[str], text: str | None = None
          ) -> tuple[SwotItem, MergeRecord]:
    """Merge ``other_ids`` into ``keep_id`` (``text`` replaces its text when given).

    Returns the kept item and the record that ``unmerge`` needs.
    """
    keep = swot.get_item(ws, keep_id)
    others = tuple(dict.fromkeys(o for o in other_ids if o != keep_id))
    ids = (keep_id, *others)
    strategy_links = tuple(tuple(r) for r in ws.query(
        f"SELECT strategy_id, swot_id FROM strategy_links WHERE swot_id IN ({_placeholders(ids)})",
        ids))
    program_links = tuple(tuple(r) for r in ws.query(
        "SELECT program_id, target_id FROM program_links WHERE target_kind='swot' AND "
        f"target_id IN ({_placeholders(ids)})", ids))
    record = MergeRecord(keep_id, others, keep.text, strategy_links, program_links)
    return swot.merge_items(ws, keep_id, list(others), text), record


def unmerge(ws: Workshop, record: MergeRecord) -> SwotItem:
    """Undo a merge: the merged items come back, the kept one gets its old text, the links
    are as before the merge."""
    ids = (record.keep_id, *record.other_ids)
    keep = swot.get_item(ws, record.keep_id)
    with ws.transaction() as tx:
        tx.execute("UPDATE swot_items SET text=?, updated_at=? WHERE id=?",
                   (record.old_text, tx.now, record.keep_id))
        for other in record.other_ids:
            tx.execute("UPDATE swot_items SET deleted_at=NULL, updated_at=? WHERE id=?",
                       (tx.now, other))
        tx.execute(f"DELETE FROM strategy_links WHERE swot_id IN ({_placeholders(ids)})", ids)
        tx.execute("DELETE FROM program_links WHERE target_kind='swot' AND "
                   f"target_id IN ({_placeholders(ids)})", ids)
        for strategy_id, swot_id in record.strategy_links:
            tx.execute("INSERT OR IGNORE INTO strategy_links VALUES (?, ?)", (strategy_id, swot_id))
        for program_id, swot_id in record.program_links:
            tx.execute("INSERT OR IGNORE INTO program_links VALUES (?, 'swot', ?)",
                       (program_id, swot_id))
        tx.audit("unmerge", "swot", record.keep_id, {"restored": list(record.other_ids)},
                 opd_id=keep.opd_id)
    return swot.get_item(ws, record.keep_id)
