"""Run slow work off the GUI thread and hand the result back by signal."""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

PROGRESS_INTERVAL = 0.1  # seconds between progress signals
_gc_lock = threading.Lock()
_gc_users = 0


@contextlib.contextmanager
def calm_gc() -> Iterator[None]:
    """Keep the garbage collector from pausing the GUI thread while a task allocates a lot.

    A collection holds the GIL for as long as it takes: with a report's hundreds of
    thousands of objects that is 100–250 ms, during which the window cannot repaint.
    While tasks run the collector is off (reference counting still frees almost
    everything); the objects that existed before are frozen out of the one
    collection at the end, so it only looks at what the tasks left behind.
    """
    global _gc_users
    with _gc_lock:
        if _gc_users == 0:
            gc.freeze()
            gc.disable()
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0:
                gc.collect()
                gc.unfreeze()
                gc.enable()


class TaskCancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskControl:
    """Handed to a task's function: report progress, and check for cancel."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._last_emit = 0.0

    def progress(self, done: int, total: int) -> None:
        """Report progress (at most ten times a second) and stop here if cancelled.

        A signal sent across threads hands the GIL to and fro; hundreds of them
        in a second starve the GUI thread for 100+ ms, so reports are thinned out.
        """
        if self._cancel.is_set():
            raise TaskCancelled()
        now = time.monotonic()
        if done >= total or now - self._last_emit >= PROGRESS_INTERVAL:
            self._last_emit = now
            self._signals.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()


class _TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.control = TaskControl(signals)

    def run(self) -> None:
        try:
            with calm_gc():
                result = self.fn(self.control)
        except BaseException as exc:  # reported to the GUI, never swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """A thread pool for exports, merges, imports and big searches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._live: set[_TaskSignals] = set()

    def start(
        self,
        fn: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> TaskControl:
        """Run *fn(control)* on the pool; callbacks run on the GUI thread."""
        signals = _TaskSignals()
        self._live.add(signals)
        if on_done:
            signals.finished.connect(on_done)
        if on_error:
            signals.failed.connect(on_error)
        if on_progress:
            signals.progress.connect(on_progress)
        signals.finished.connect(lambda _r: self._live.discard(signals))
        signals.failed.connect(lambda _e: self._live.discard(signals))
        task = _Task(fn, signals)
        self.pool.start(task)
        return task.control

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task has finished (used at exit and in tests)."""
        return self.pool.waitForDone(msecs)
