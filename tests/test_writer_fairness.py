"""The facilitator's own writes are not starved by a stream of phone entries.

SQLite's busy handler is not fair: a writer thread that begins its next transaction right
after each commit can keep another connection waiting until its busy timeout runs out
("database is locked"). The server's batch writer yields to waiting writers of the process.
"""

from __future__ import annotations

import threading

from smartbimtek.server.writer import BatchWriter
from smartbimtek.services import roster, swot
from smartbimtek.store import open_workshop


def test_console_writes_get_through_while_phones_flood_the_writer(tmp_path):
    path = tmp_path / "flood.bimtek"
    ws = open_workshop(path, create=True)
    opd = roster.add_opd(ws, "DLH", "Dinas Lingkungan Hidup")
    ws.conn.execute("PRAGMA busy_timeout = 2000")  # starvation shows up as a refusal quickly
    writer = BatchWriter(path)
    writer.start()
    stop = threading.Event()
    phone_entries: list[str] = []
    errors: list[BaseException] = []

    def phone(n: int) -> None:
        i = 0
        while not stop.is_set():
            i += 1
            try:
                item = writer.run(lambda w, n=n, i=i: swot.add_item(
                    w, opd.id, "O", f"Ponsel {n}-{i}", source="phone"))
                phone_entries.append(item.id)
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)
                return

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(24)]
    for thread in threads:
        thread.start()
    console = []
    try:
        for i in range(40):
            console.append(swot.add_item(ws, opd.id, "S", f"Konsol {i}").id)
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
        writer.stop()
    assert errors == []
    assert len(console) == 40
    assert phone_entries  # the phones kept writing meanwhile
    stored = {i.id for i in swot.list_items(ws)}
    assert set(console) <= stored and set(phone_entries) <= stored
    ws.close()


def test_a_connection_waiting_to_write_is_counted_until_it_has_the_lock(tmp_path):
    from smartbimtek.store.workshop import writers_waiting

    path = tmp_path / "wait.bimtek"
    holder = open_workshop(path, create=True)
    opd = roster.add_opd(holder, "DLH", "Dinas Lingkungan Hidup")
    holder.conn.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    waiting_seen = threading.Event()
    done = threading.Event()

    def console() -> None:
        ws = open_workshop(path)
        try:
            swot.add_item(ws, opd.id, "S", "Menunggu giliran menulis")
        finally:
            ws.close()
            done.set()

    thread = threading.Thread(target=console)
    thread.start()
    for _ in range(500):
        if writers_waiting(path) == 1:
            waiting_seen.set()
            break
        threading.Event().wait(0.01)
    holder.conn.execute("COMMIT")
    thread.join(30)
    assert waiting_seen.is_set()
    assert done.is_set() and writers_waiting(path) == 0
    assert [i.text for i in swot.list_items(holder)] == ["Menunggu giliran menulis"]
    holder.close()
