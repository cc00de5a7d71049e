"""How Kroniek spreads independent work over processes: one per usable CPU, or none for a single job.

Every process pool of Kroniek is made here (`in_processes`), so how work is
handed out, and stopped, is decided in one place.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

_NOTHING = object()
# In a worker process only: the `shared` value of the pool that started it, set once by `_keep` as the worker starts.
# A pool's initializer is the one way to hand a worker a value without pickling it with every run of calls.
_shared: Any = _NOTHING


def usable_cpus() -> int:
    """How many CPUs this process may run on: the default number of jobs."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def in_processes(
    fn: Callable[..., T],
    calls: Sequence[tuple[Any, ...]],
    jobs: int,
    chunksize: int | None = None,
    *,
    shared: Any = _NOTHING,
) -> Iterator[T]:
    """`fn(*call)` for each call, in order: in this process for one job or one call, else in `jobs` processes.

    Calls go out in runs of `chunksize` (default: about eight runs per process,
    to spread uneven work). The arguments of each run are pickled with it, so a
    value every call needs should be small, or be given as `shared`: then each call is
    `fn(shared, *call)`, and `shared` reaches each worker once, as it starts (forked
    workers inherit it unpickled). A failing call, or leaving the iteration early
    (Ctrl-C), drops the calls not started yet and leaves no process behind.
    """
    if jobs <= 1 or len(calls) <= 1:
        yield from (fn(*call) if shared is _NOTHING else fn(shared, *call) for call in calls)
        return
    from concurrent.futures import ProcessPoolExecutor  # only now: with multiprocessing, it takes a while to import

    if shared is _NOTHING:
        pool = ProcessPoolExecutor(min(jobs, len(calls)))
    else:
        pool = ProcessPoolExecutor(min(jobs, len(calls)), initializer=_keep, initargs=(shared,))
        fn, calls = _with_shared, [(fn, *call) for call in calls]
    try:
        size = chunksize or max(1, len(calls) // (jobs * 8))
        yield from pool.map(fn, *zip(*calls, strict=True), chunksize=size)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _keep(shared: Any) -> None:
    """A worker's start: keep the pool's shared value for every call it makes."""
    global _shared
    _shared = shared


def _with_shared(fn: Callable[..., T], *call: Any) -> T:
    return fn(_shared, *call)
