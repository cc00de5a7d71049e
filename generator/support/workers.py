"""How Kroniek spreads independent work over processes: one per usable CPU, or none for a single job.

Every process pool of Kroniek is made here (`in_processes`), so how work is
handed out, and stopped, is decided in one place.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def usable_cpus() -> int:
    """How many CPUs this process may run on: the default number of jobs."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def in_processes(
    fn: Callable[..., T], calls: Sequence[tuple[Any, ...]], jobs: int, chunksize: int | None = None
) -> Iterator[T]:
    """`fn(*call)` for each call, in order: in this process for one job or one call, else in `jobs` processes.

    Calls go out in runs of `chunksize` (default: about eight runs per process,
    to spread uneven work). The arguments of each run are pickled with it, so a
    value every call needs should be small, or the runs few. A failing call, or
    leaving the iteration early (Ctrl-C), drops the calls not started yet and
    leaves no process behind.
    """
    if jobs <= 1 or len(calls) <= 1:
        yield from (fn(*call) for call in calls)
        return
    from concurrent.futures import ProcessPoolExecutor  # only now: with multiprocessing, it takes a while to import

    pool = ProcessPoolExecutor(min(jobs, len(calls)))
    try:
        size = chunksize or max(1, len(calls) // (jobs * 8))
        yield from pool.map(fn, *zip(*calls, strict=True), chunksize=size)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
