"""How Kroniek spreads independent work over processes: one per usable CPU, or none for a single job.

Every process pool of Kroniek is made here (`in_processes`), so how work is
handed out, and stopped, is decided in one place.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Executor

T = TypeVar("T")

_NOTHING = object()
# Runs of calls for each process, by default: enough to even out uneven work.
RUNS_PER_JOB = 8
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
    `fn(shared, *call)`, `shared` reaches each worker once, as it starts (forked
    workers inherit it unpickled), and this process is one of the `jobs`, taking the
    calls from the end while the workers take them from the front (one call at a time).
    A failing call, or leaving the iteration early (Ctrl-C), drops the calls not started
    yet and leaves no process behind.
    """
    if jobs <= 1 or len(calls) <= 1:
        yield from (fn(*call) if shared is _NOTHING else fn(shared, *call) for call in calls)
        return
    from concurrent.futures import ProcessPoolExecutor  # only now: with multiprocessing, it takes a while to import

    if shared is _NOTHING:
        pool = ProcessPoolExecutor(min(jobs, len(calls)))
    else:
        pool = ProcessPoolExecutor(min(jobs - 1, len(calls)), initializer=_keep, initargs=(shared,))
    try:
        if shared is _NOTHING:
            size = chunksize or max(1, len(calls) // (jobs * RUNS_PER_JOB))
            yield from pool.map(fn, *zip(*calls, strict=True), chunksize=size)
        else:
            yield from _beside(pool, fn, calls, shared)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def in_runs(
    fn: Callable[[Any, Sequence[Any]], Iterable[T]], items: Sequence[Any], jobs: int, shared: Any
) -> Iterator[T]:
    """`fn(shared, run)` over `items` cut into about `RUNS_PER_JOB` runs a process (uneven items even out), its
    results flattened in order: each call carries a run of items, `shared` reaches each worker once (`in_processes`)."""
    size = max(1, -(-len(items) // (max(jobs, 1) * RUNS_PER_JOB)))
    runs = [(items[start : start + size],) for start in range(0, len(items), size)]
    for run in in_processes(fn, runs, jobs, shared=shared):
        yield from run


def _beside(pool: Executor, fn: Callable[..., T], calls: Sequence[tuple[Any, ...]], shared: Any) -> Iterator[T]:
    """The calls in `pool` and in this process, which would otherwise only wait: it takes them from the end, one by
    one, for as long as no worker has started the next; then it waits for the workers' results. A call failing here
    is raised in its turn, as a worker's would be."""
    futures = [pool.submit(_with_shared, fn, *call) for call in calls]
    here: dict[int, T] = {}
    failed: tuple[int, Exception] | None = None
    for index in reversed(range(len(calls))):
        if not futures[index].cancel():  # a worker has it, and every call before it
            break
        try:
            here[index] = fn(shared, *calls[index])
        except Exception as error:
            failed = (index, error)
            break
    for index, future in enumerate(futures):
        if failed and index == failed[0]:
            raise failed[1]
        yield here.pop(index) if index in here else future.result()


def _keep(shared: Any) -> None:
    """A worker's start: keep the pool's shared value for every call it makes."""
    global _shared
    _shared = shared


def _with_shared(fn: Callable[..., T], *call: Any) -> T:
    return fn(_shared, *call)
