"""A Generation (runtime thread) seen from the event loop, and what ends with it.

A small thread per request waits on the Generation's chunks and hands them to the loop;
admission bounds how many exist. When the reply ends, however it ends, that thread runs
the request's clean-up (its media files are no longer read, its place in the queue is
free): also when the client went away before anything was sent.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from runtime import Chunk, DoneChunk, Generation


class Served:
    def __init__(self, gen: Generation, on_end: Callable[[DoneChunk], None]) -> None:
        """``on_end`` runs on the event loop once the engine is done with the request."""
        self.gen = gen
        self._on_end = on_end
        self._loop = asyncio.get_running_loop()
        self._queue: asyncio.Queue[Chunk] = asyncio.Queue()
        self.ended = False  # the consumer has seen the DoneChunk
        threading.Thread(target=self._pump, name="hearth-serve-pump", daemon=True).start()

    async def next(self) -> Chunk:
        chunk = await self._queue.get()
        self.ended = isinstance(chunk, DoneChunk)
        return chunk

    def cancel(self) -> None:
        """The client is gone: stop the reply (or skip it, if it has not started)."""
        if not self.ended:
            self.gen.cancel()

    def _pump(self) -> None:
        done = DoneChunk("error")
        for chunk in self.gen:
            self._post(self._queue.put_nowait, chunk)
            if isinstance(chunk, DoneChunk):
                done = chunk
        self._post(self._on_end, done)

    def _post(self, fn: Callable[[Any], None], chunk: Chunk) -> None:
        try:
            self._loop.call_soon_threadsafe(fn, chunk)
        except RuntimeError:  # the loop has closed (the server stopped): nobody is listening
            self.gen.cancel()


async def cancel_on_disconnect(
    is_disconnected: Callable[[], Awaitable[bool]], served: Served, every_s: float = 0.25
) -> None:
    """Until cancelled: watch the client, and cancel the reply if it hangs up."""
    while True:
        if await is_disconnected():
            served.cancel()
            return
        await asyncio.sleep(every_s)
