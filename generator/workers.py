"""How Kroniek spreads independent work over processes: one per usable CPU, or none for a single job."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, TypeVar

T = TypeVar("T")


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
