"""waitress' HTTP channel without the busy loop it makes while a request runs.

Profiling ``bench/lan.py`` (py-spy, GIL samples) put about a third of the server's CPU in
waitress' own loop, mostly in ``HTTPChannel.writable``: about 17 loop turns per request. The
reason: a running request's thread writes its answer into the channel's buffer and sends it
at once, holding the buffer's lock (``write_soon``). Meanwhile the loop sees bytes in the
buffer, ``writable()`` says "yes", ``select()``/``poll()`` returns at once, ``handle_write()``
cannot take the lock and does nothing, and the loop turns again, spinning and competing for
the interpreter with the very thread it waits for, until that thread is done sending.

The loop does not need to write for a running request: ``write_soon`` sends what it is given
and wakes the loop (``pull_trigger``) when something is left, and so does the end of every
request. ``QuietChannel.writable`` therefore says "no" while a request runs, unless the
channel is closing or its buffer is over the high watermark (where waitress' request thread
waits for the loop to drain it). Bytes still unsent when the request ends are sent by the loop
as before.
"""

from __future__ import annotations

from waitress.channel import HTTPChannel


class QuietChannel(HTTPChannel):
    """An ``HTTPChannel`` that does not ask the loop to write what it would not send yet."""

    def writable(self) -> bool:
        # called for every connection on every turn of the loop: the common case first
        pending = self.total_outbufs_len
        if not pending:
            return bool(self.will_close or self.close_when_flushed)
        if self.requests and not (self.will_close or self.close_when_flushed):
            # the request's own thread sends; its end wakes the loop
            return pending > self.adj.outbuf_high_watermark
        return True


def install(server) -> None:
    """Use ``QuietChannel`` for the new connections of a waitress server (call before any
    other wrapper of ``server.channel_class``)."""
    if getattr(server, "channel_class", None) is HTTPChannel:
        server.channel_class = QuietChannel
