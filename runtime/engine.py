"""The engine: one long-lived thread owns the model and runs all MLX work.

MLX streams are per thread, so loading and every generation happen on the same thread, and
so does MLX work that is not about the model (a GGUF import's conversion, the device probe):
the engine makes itself this process's MLX owner (runtime/mlx_owner.py).
Callers get futures (load) or iterators (generate) and never touch MLX themselves;
failures come back as values: an exception on the future, or a DoneChunk with an error.
"""

from __future__ import annotations

import atexit
import logging
import queue
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from typing import Any, TypeVar

from . import mlx_owner
from .backend import Backend
from .errors import EngineClosed, EngineError, GenerationFailed, ModelLoadFailed, NoModelLoaded
from .loader import load_backend
from .model_folder import inspect_model_folder
from .types import Chunk, DoneChunk, GenerationParams, Message, ModelInfo, ModelSpec

log = logging.getLogger(__name__)
T = TypeVar("T")
BackendLoader = Callable[[ModelSpec], Backend]


class Generation:
    """The chunks of one reply, in order; the last one is always a DoneChunk.

    Iterate it from any one thread; call ``cancel()`` from any thread.
    """

    def __init__(self, messages: Sequence[Message], params: GenerationParams) -> None:
        self.messages = tuple(messages)
        self.params = params
        self._chunks: queue.SimpleQueue[Chunk] = queue.SimpleQueue()
        self._cancel = threading.Event()
        self._finished = False
        self._state_lock = threading.Lock()
        self._started = False  # the engine has begun it
        self._skipped = False  # cancelled while queued: already ended, the engine skips it

    def cancel(self) -> None:
        """Stop the reply; one still queued ends at once (its DoneChunk now, not when the
        engine would have reached it), so whoever waits for it is let go straight away."""
        with self._state_lock:
            self._cancel.set()
            if self._started or self._skipped:
                return
            self._skipped = True
            self.messages = ()  # a queued request's text and media are no longer needed
        self._put(DoneChunk("cancelled"))

    def _begin(self) -> bool:
        """Engine thread: mark the reply started, unless it was cancelled while queued."""
        with self._state_lock:
            if self._skipped:
                return False
            self._started = True
            return True

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def __iter__(self) -> Iterator[Chunk]:
        return self

    def __next__(self) -> Chunk:
        if self._finished:
            raise StopIteration
        chunk = self._chunks.get()
        if isinstance(chunk, DoneChunk):
            self._finished = True
        return chunk

    def poll(self) -> list[Chunk]:
        """Every chunk available now, without waiting (for UI timers)."""
        out: list[Chunk] = []
        while not self._finished:
            try:
                chunk = self._chunks.get_nowait()
            except queue.Empty:
                break
            out.append(chunk)
            self._finished = isinstance(chunk, DoneChunk)
        return out

    @property
    def finished(self) -> bool:
        return self._finished

    def _put(self, chunk: Chunk) -> None:
        self._chunks.put(chunk)


class Engine:
    def __init__(self, loader: BackendLoader = load_backend) -> None:
        self._loader = loader
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._backend: Backend | None = None
        self._current: Generation | None = None
        self._closed = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="hearth-engine", daemon=True)
        self._thread.start()
        atexit.register(self.close)  # an engine thread alive at exit makes MLX abort
        mlx_owner.adopt(self)

    # ---- public API (any thread) -------------------------------------------------------

    @property
    def info(self) -> ModelInfo | None:
        backend = self._backend
        return backend.info if backend else None

    def load(self, spec: ModelSpec) -> Future[ModelInfo]:
        """Load a model (replacing the current one). The future fails with an EngineError."""
        return self._submit(lambda: self._do_load(spec))

    def unload(self) -> Future[None]:
        return self._submit(self._do_unload)

    def call(self, fn: Callable[[Backend], T]) -> Future[T]:
        """Run ``fn(backend)`` on the engine thread (token counting, benchmarks, ...)."""

        def job() -> T:
            if self._backend is None:
                raise NoModelLoaded("No model is loaded.")
            return fn(self._backend)

        return self._submit(job)

    def run(self, fn: Callable[[], T]) -> Future[T]:
        """Run ``fn()`` on the engine thread, model or not: MLX work that must not run on the
        caller's thread (see runtime/mlx_owner.py). Queued like a reply: keep each job short.
        Its exceptions reach the caller as they are (a full disk during an import is an OSError
        there, as it is without an engine), not as engine errors."""
        return self._submit(fn, as_engine_errors=False)

    def on_own_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def generate(self, messages: Sequence[Message], params: GenerationParams | None = None) -> Generation:
        """Queue a reply; requests run one at a time in the order they were made."""
        gen = Generation(messages, params or GenerationParams())
        with self._lock:
            if self._closed:
                gen._put(DoneChunk("error", EngineClosed("The engine has been shut down.")))
                return gen
            self._jobs.put(lambda: self._do_generate(gen))
        return gen

    def prefill(self, messages: Sequence[Message], params: GenerationParams | None = None) -> Future[int]:
        """Queue computing the cache of ``messages`` (the history, or a turn still being spoken),
        so the reply that extends them computes only its own part. Queued like a reply: a
        request made after it waits for it; cancel the future to drop it while it waits."""
        return self.call(lambda backend: backend.prefill(messages, params or GenerationParams()))

    def reset_cache(self) -> Future[None]:
        return self._submit(lambda: self._backend.reset_cache() if self._backend else None)

    def close(self, timeout: float = 10.0) -> None:
        atexit.unregister(self.close)
        mlx_owner.release(self)
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._current is not None:
                self._current.cancel()
            self._jobs.put(None)
        self._thread.join(timeout)

    # ---- engine thread -------------------------------------------------------------------

    def _submit(self, fn: Callable[[], T], *, as_engine_errors: bool = True) -> Future[T]:
        future: Future[T] = Future()

        def job() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn())
            except Exception as exc:
                if as_engine_errors:
                    _fail_as_engine_error(future, exc)
                else:
                    future.set_exception(exc)

        with self._lock:
            if self._closed:
                future.set_exception(EngineClosed("The engine has been shut down."))
                return future
            self._jobs.put(job)
        return future

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                break
            job()
        self._do_unload()
        release_thread_streams()
        # Drain anything queued after close so no caller waits forever.
        while not self._jobs.empty():
            self._jobs.get_nowait()

    def _do_load(self, spec: ModelSpec) -> ModelInfo:
        if spec.remote is not None:
            # Checking a server costs no memory: one that does not answer keeps the current model.
            backend = self._loader(spec)
            self._do_unload()
            self._backend = backend
            return backend.info
        inspect_model_folder(spec.path)  # a bad folder fails here and keeps the current model
        self._do_unload()  # free the old model's memory before loading the new one
        self._backend = self._loader(spec)
        return self._backend.info

    def _do_unload(self) -> None:
        backend, self._backend = self._backend, None
        if backend is not None:
            backend.close()
            import mlx.core as mx

            mx.clear_cache()

    def _do_generate(self, gen: Generation) -> None:
        if not gen._begin():  # cancelled while queued: it has its DoneChunk already
            return
        if self._backend is None:
            gen._put(DoneChunk("error", NoModelLoaded("No model is loaded.")))
            return
        self._current = gen
        done: DoneChunk | None = None
        try:
            for chunk in self._backend.stream(gen.messages, gen.params, gen._cancel.is_set):
                if isinstance(chunk, DoneChunk):
                    done = chunk
                else:
                    gen._put(chunk)
        except EngineError as exc:
            done = DoneChunk("error", exc)
        except MemoryError:
            done = DoneChunk("error", GenerationFailed("Out of memory while generating."))
        except Exception as exc:
            log.exception("generation failed")
            done = DoneChunk("error", GenerationFailed(f"Generation failed: {type(exc).__name__}: {exc}"))
        finally:
            self._current = None
            gen._put(done or DoneChunk("error", GenerationFailed("Generation ended unexpectedly.")))


def _fail_as_engine_error(future: Future[T], exc: Exception) -> None:
    """A job's failure as the engine's API promises it: an EngineError (the front ends show it)."""
    if isinstance(exc, EngineError):
        future.set_exception(exc)
    elif isinstance(exc, MemoryError):
        future.set_exception(ModelLoadFailed("Out of memory."))
        log.debug("out of memory", exc_info=exc)
    else:  # unexpected: keep the engine alive, report it
        log.error("engine job failed", exc_info=exc)
        future.set_exception(EngineError(f"{type(exc).__name__}: {exc}"))


def release_thread_streams() -> None:
    """Call at the end of any thread that ran MLX work: MLX aborts at exit otherwise.

    Only clear_streams(), no synchronize(): streams are per thread, and synchronize() on a
    thread that never used MLX creates its default stream, whose native worker thread MLX
    (0.32) never ends, even after clear_streams(). Every tool run's Task leaked one that way.
    (Work queued with async_eval before clear_streams() still completed when tried.)
    """
    if "mlx.core" in sys.modules:
        import mlx.core as mx

        mx.clear_streams()


def collect_text(chunks: Any) -> str:
    """Join the answer text of a finished stream (handy in tests and one-shot calls)."""
    from .types import TextChunk

    return "".join(c.text for c in chunks if isinstance(c, TextChunk))
