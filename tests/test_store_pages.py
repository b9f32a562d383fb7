"""The pages one durable ``swot.add_item`` call writes to the ``-wal`` log (bench/store.py's
``log_pages_per_commit_service``): one page for each b-tree the insert must change (the
``swot_items`` table, its id index, its ``swot_opd`` index, the ``audit`` table), plus the
occasional page split and page 1 (the file's size in its header). Each commit's pages are
read from the log's frame headers and named with ``dbstat``.

A new index on ``swot_items`` or ``audit``, a trigger writing another table, or a "last
changed" row updated on every call each adds a page to every durable call (more to write
and sync, and an automatic checkpoint sooner); this test then says which b-tree it was, so
the cost is weighed on purpose. Ids are drawn from a seeded generator, so the page splits,
and the counts, are the same on every run."""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest

from smartbimtek.services import roster, swot
from smartbimtek.store import open_workshop

TEXT = "Jaringan fiber optik daerah sudah menghubungkan 34 kantor OPD dan 18 kecamatan"
ONE_PAGE_EACH = {"swot_items", "sqlite_autoindex_swot_items_1", "swot_opd", "audit"}
CALLS = 100


def _commits(wal: Path, page_size: int) -> list[list[int]]:
    """The page numbers of the log's frames, one list per commit (a commit frame carries the
    database size in pages in its header; other frames carry 0)."""
    data = wal.read_bytes()
    commits: list[list[int]] = []
    pages: list[int] = []
    for offset in range(32, len(data) - 24 - page_size + 1, 24 + page_size):
        page, size_after_commit = struct.unpack(">II", data[offset:offset + 8])
        pages.append(page)
        if size_after_commit:
            commits.append(pages)
            pages = []
    return commits


@pytest.fixture
def logged_calls(tmp_path):
    """``CALLS`` add_item calls on a fresh workshop after 20 warm-up calls, with automatic
    checkpoints off: each commit's pages named by their b-tree (``page 1`` for the header)."""
    ws = open_workshop(tmp_path / "pages.bimtek", create=True)
    try:
        opds = [roster.add_opd(ws, f"OPD{n}", f"Dinas {n}", 1).id for n in range(3)]
        ids = random.Random(14)

        def call(n: int) -> None:
            swot.add_item(ws, opds[n % 3], "SWOT"[n % 4], TEXT, source="table", actor="Meja 1",
                          item_id=f"{ids.getrandbits(128):032x}")

        for n in range(20):
            call(n)
        ws.conn.execute("PRAGMA wal_autocheckpoint = 0").fetchall()
        ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        for n in range(CALLS):
            call(n)
        page_size = ws.conn.execute("PRAGMA page_size").fetchone()[0]
        owner = {r[0]: r[1] for r in ws.conn.execute("SELECT pageno, name FROM dbstat")}
        owner[1] = "page 1"
        return [[owner.get(p, f"page {p}") for p in pages]
                for pages in _commits(Path(f"{ws.path}-wal"), page_size)]
    finally:
        ws.close()


def test_each_call_is_one_commit(logged_calls):
    assert len(logged_calls) == CALLS


def test_a_call_writes_only_the_btrees_an_insert_must_change(logged_calls):
    written = {name for commit in logged_calls for name in commit}
    assert written - ONE_PAGE_EACH - {"page 1"} == set(), (
        "swot.add_item now writes more b-trees: each costs a log page per durable call")
    for commit in logged_calls:
        assert set(commit) >= ONE_PAGE_EACH


def test_pages_per_call_stay_one_per_btree_plus_splits(logged_calls):
    pages = sum(len(commit) for commit in logged_calls) / len(logged_calls)
    assert len(ONE_PAGE_EACH) <= pages <= len(ONE_PAGE_EACH) + 0.5
    splits = [commit for commit in logged_calls if "page 1" in commit]
    assert len(splits) <= CALLS // 5  # a new page (and page 1) on about one call in ten
