"""How Kroniek spreads independent work over processes: one per usable CPU, or none for a single job."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, Generic, TypeVar

T = TypeVar("T")
S = TypeVar("S")


def usable_cpus() -> int:
    """How many CPUs this process may run on: the default number of jobs."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def executor(jobs: int) -> Executor:
    """A pool of `jobs` worker processes; for one job, this process itself, with nothing to start or pickle."""
    if jobs <= 1:
        return InProcess()
    from concurrent.futures import ProcessPoolExecutor  # only now: with multiprocessing, it takes a while to import

    return ProcessPoolExecutor(jobs)


class InProcess(Executor):
    """Runs each call at once in this process: the executor of a single job."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as error:  # raised by `result()`, as a pool does
            future.set_exception(error)
        return future


class Sharing(Generic[S]):
    """`workers` processes (0: this one) whose every call `fn(shared, *args)` gets the same `shared` value first.

    The value reaches each worker once, as it starts; under `fork` it is
    inherited, not even pickled. So the tasks of a site build name only the
    sources or pages to make, instead of sending thousands of documents again
    with every task.
    """

    def __init__(self, workers: int, shared: S) -> None:
        self.shared = shared
        self.pool: Executor = InProcess()
        if workers > 0:
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(workers, initializer=_share, initargs=(shared,))

    def submit(self, fn: Callable[..., T], /, *args: Any) -> Future[T]:
        if isinstance(self.pool, InProcess):
            return self.pool.submit(fn, self.shared, *args)
        return self.pool.submit(_with_shared, fn, *args)

    def shutdown(self, *, cancel_futures: bool = False) -> None:
        """Wait for the running calls and stop the workers; `cancel_futures` drops the calls not started yet."""
        self.pool.shutdown(wait=True, cancel_futures=cancel_futures)


_shared: Any = None  # in a worker process of `Sharing`: its shared value


def _share(value: object) -> None:
    global _shared
    _shared = value


def _with_shared(fn: Callable[..., T], *args: Any) -> T:
    return fn(_shared, *args)
