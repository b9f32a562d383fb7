"""Group commit of the server's writes: one writer thread, several entries per SQLite
transaction, each entry still all-or-nothing, and every answer sent only after the commit.

With ``synchronous=FULL`` every COMMIT waits for the disk (an fsync: 0.3 ms on a quiet SSD,
several ms on a busy disk or on Windows). One commit per entry caps the server at one entry
per fsync. Here the request threads hand their write to the writer; while it commits one
batch, the next entries queue and go into the next transaction together:

* each entry runs inside its own SAVEPOINT: a refused entry is rolled back alone (its audit
  rows and its change notices with it) and its request gets the refusal;
* the audit rows carry each entry's own actor (``Transaction.actor`` is set per entry by
  ``lan`` / ``lan_entries``);
* nobody is answered before the COMMIT returned: an acknowledged entry is on disk, exactly
  as with one transaction per entry. If the COMMIT fails, every entry of the batch is
  refused and none was acknowledged;
* the change bus publishes the batch's changes after the commit (the desktop's live view).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import WorkshopFileError
from ..store.workshop import Workshop, open_workshop, writers_waiting

log = logging.getLogger(__name__)

#: Most entries in one transaction (keeps a batch's commit short).
MAX_BATCH = 64
#: Longest the writer holds back a batch while another connection (the facilitator's
#: desktop) waits to write; SQLite's busy handler is not fair, so without this a steady
#: stream of phone entries could starve the console's own actions.
YIELD_MAX_S = 0.3


class _Job:
    __slots__ = ("fn", "result", "error", "done")

    def __init__(self, fn: Callable[[Workshop], object]) -> None:
        self.fn = fn
        self.result: object = None
        self.error: BaseException | None = None
        self.done = threading.Event()


class BatchWriter:
    """The server's single writer for one workshop file."""

    def __init__(self, path: str | Path, max_batch: int = MAX_BATCH) -> None:
        self.path = Path(path)
        self.max_batch = max_batch
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._stopped = threading.Event()
        self.batches = 0
        self.entries = 0

    def start(self) -> None:
        """Open the writer's own connection and start its thread."""
        ready = threading.Event()
        failure: list[BaseException] = []

        def main() -> None:
            try:
                ws = open_workshop(self.path)
            except BaseException as exc:  # reported to start()
                failure.append(exc)
                ready.set()
                return
            ready.set()
            try:
                self._loop(ws)
            finally:
                ws.close()

        self._thread = threading.Thread(target=main, name="smartbimtek-writer", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            raise failure[0]

    def run(self, fn: Callable[[Workshop], object]) -> object:
        """Run ``fn(ws)`` as one all-or-nothing entry of the next batch; return its result
        once committed, or raise its refusal (or the commit's failure)."""
        if self._stopped.is_set() or self._thread is None:
            raise WorkshopFileError("The table input server is stopping.", code="stopping")
        job = _Job(fn)
        self._queue.put(job)
        job.done.wait()
        if job.error is not None:
            raise job.error
        return job.result

    def stop(self, timeout: float = 10.0) -> None:
        """Commit what is queued, then end the writer thread."""
        if self._thread is None:
            return
        self._stopped.set()
        self._queue.put(None)
        self._thread.join(timeout)
        self._thread = None

    # -- the writer thread ----------------------------------------------------------------
    def _loop(self, ws: Workshop) -> None:
        running = True
        while running:
            first = self._queue.get()
            if first is None:
                break
            jobs = [first]
            while len(jobs) < self.max_batch:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    running = False
                    break
                jobs.append(job)
            self._commit(ws, jobs)
        while True:  # refuse whatever raced in after stop()
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                job.error = WorkshopFileError("The table input server is stopping.",
                                              code="stopping")
                job.done.set()

    def _commit(self, ws: Workshop, jobs: list[_Job]) -> None:
        deadline = time.monotonic() + YIELD_MAX_S
        while writers_waiting(self.path) and time.monotonic() < deadline:
            time.sleep(0.001)  # let the waiting writer take the lock first
        try:
            with ws.transaction("phone", "phone") as tx:
                for job in jobs:
                    mark = len(tx.changes)
                    tx.actor, tx.source = "phone", "phone"
                    tx.execute("SAVEPOINT entry")
                    try:
                        job.result = job.fn(ws)
                    except Exception as exc:  # this entry is refused; the others go on
                        tx.execute("ROLLBACK TO entry")
                        del tx.changes[mark:]
                        job.error = exc
                    tx.execute("RELEASE entry")
            self.batches += 1
            self.entries += len(jobs)
        except Exception as exc:  # the batch did not commit: nothing of it is saved
            log.error("a batch of %d entries could not be committed: %s", len(jobs), exc)
            for job in jobs:
                if job.error is None:
                    job.error = exc
                    job.result = None
        finally:
            for job in jobs:
                job.done.set()
