"""How Kroniek spreads independent work over processes: one per usable CPU, or none for a single job.

Every process Kroniek itself starts is started here (`in_processes`, and `beside`
for one call while the asking process goes on), so how work is handed out, and
stopped, is decided in one place; a builder's own (Zensical's) is not. What only
pays when processes are forked asks `inherits` first.
"""

from __future__ import annotations

import os
import pickle
import shutil
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future
    from multiprocessing.process import BaseProcess

T = TypeVar("T")

_NOTHING = object()
# Runs of calls for each process, by default: enough to even out uneven work.
RUNS_PER_JOB = 8
# In a worker process only: the `shared` value of the pool that started it, with its calls and their `_Claims`, set
# once by `_keep` as the worker starts. A pool's initializer is the one way to hand a worker a value without pickling
# it with every run of calls.
_shared: Any = _NOTHING


def usable_cpus() -> int:
    """How many CPUs this process may run on: the default number of jobs."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def inherits() -> bool:
    """Whether a process started here inherits this one's memory (the start method is fork): only then does a
    process that takes a large value (`beside`, `in_processes`' `shared`) start without pickling it first, in this
    process, and importing Kroniek again. Under spawn or forkserver (macOS, Windows, Linux from Python 3.14) what
    is done apart only to save time is done here instead."""
    import multiprocessing

    return multiprocessing.get_start_method() == "fork"


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
    calls from the end while the workers take them from the front (one call at a time;
    `chunksize` is then not used). Leaving the iteration early (Ctrl-C) drops the calls
    not started yet and leaves no process behind; so does a failing call, except that with
    `shared` the calls before it are still made, so that it is raised after their results.
    """
    if jobs <= 1 or len(calls) <= 1:
        yield from (fn(*call) if shared is _NOTHING else fn(shared, *call) for call in calls)
        return
    from concurrent.futures import ProcessPoolExecutor  # only now: with multiprocessing, it takes a while to import

    folder = None if shared is _NOTHING else _own_folder()
    pool: Executor | None = None
    claims = None
    try:
        if folder is None:
            pool = ProcessPoolExecutor(min(jobs, len(calls)))
            size = chunksize or max(1, len(calls) // (jobs * RUNS_PER_JOB))
            results = pool.map(fn, *zip(*calls, strict=True), chunksize=size)
        else:
            import multiprocessing

            workers = min(jobs - 1, len(calls))
            claims = _Claims(len(calls), workers, multiprocessing.get_context(), folder)
            pool = ProcessPoolExecutor(workers, initializer=_keep, initargs=(shared, calls, claims))
            results = _beside(pool, workers, fn, calls, shared, claims)
        yield from results
    except BaseException:
        if claims is not None:
            claims.stop()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def beside(fn: Callable[[Any], T], shared: Any) -> Later[T]:
    """`fn(shared)` in a process of its own, started now, while this one goes on: it takes a CPU this one leaves
    idle (MkDocs renders pages on one). `shared` reaches it as a pool's does (forked, it inherits it), and the
    result comes back through a file, as a worker's (`_Claims.keep`). The process ends once its call is made,
    whether its result is asked for or not. With one CPU, or when processes are not forked (`inherits`), call `fn`
    here instead."""
    import multiprocessing

    folder = _own_folder()
    try:
        process = multiprocessing.get_context().Process(target=_made_apart, args=(fn, shared, folder), name="kroniek")
        process.start()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Later(process, folder)


class Later(Generic[T]):
    """The result of a call made in a process of its own (`beside`)."""

    def __init__(self, process: BaseProcess, folder: str) -> None:
        import weakref

        self._process, self._path = process, os.path.join(folder, "result")
        # once read, dropped (`close`) or forgotten: the process waited for, then its folder removed
        self._end = weakref.finalize(self, _ended, os.getpid(), [process], folder)

    def result(self) -> T:
        """Once it is made; its error, with the process's traceback, if it failed. Read once."""
        self._process.join()
        try:
            with open(self._path, "rb") as file:
                made, value, trace = pickle.load(file)
        except Exception as error:  # none written (a kill) or one that cannot be read back
            said = f"no result came back from the process making it, which ended with code {self._process.exitcode}"
            raise RuntimeError(said) from error
        finally:
            self.close()
        if not made:
            raise value from _ElsewhereTraceback(trace)
        return value

    def close(self) -> None:
        """Until the process has ended; its result, if not read, dropped with its folder."""
        self._end()


def _ended(asker: int, processes: Sequence[BaseProcess], folder: str) -> None:
    """A `Later`'s or `Shared`'s end: its folder removed only once its processes have ended, never under one still
    writing into it; by the process that asked for them only (a forked child's copy can neither wait for them nor own
    them)."""
    if os.getpid() == asker:
        for process in processes:
            process.join()
        shutil.rmtree(folder, ignore_errors=True)


class _ElsewhereTraceback(Exception):
    """Where an error of a process of its own was raised, as its traceback said there."""


def _made_apart(fn: Callable[[Any], Any], shared: Any, folder: str) -> None:
    """`beside`'s call, its outcome pickled into the folder: (True, its result, "") or (False, its error, where);
    a result that cannot be pickled or written (a full disk) is an error too."""
    path = os.path.join(folder, "result")
    try:
        _pickled_into(path, (True, fn(shared), ""))
    except Exception as error:
        _failure_into(path, False, error)


def _failure_into(path: str, head: Any, error: Exception) -> None:
    """(head, the error being handled, where it was raised) pickled into the file `path`, for the asking process to
    raise; an error that cannot be pickled goes as its words."""
    import traceback

    where = traceback.format_exc()
    try:
        _pickled_into(path, (head, error, where))
    except Exception:
        _pickled_into(path, (head, RuntimeError(repr(error)), where))


def _own_folder() -> str:
    """A new folder for results that only this user can open: what is read back from it is unpickled."""
    import tempfile

    return tempfile.mkdtemp(prefix="kroniek-")


def _pickled_into(path: str, value: Any) -> None:
    """`value` pickled into the file `path`, named only once whole: whatever stops the writing (a value that
    cannot be pickled, a full disk, a kill) leaves no file a reader could take for a result. Straight into the
    file: a result of hundreds of MB is not copied first."""
    with open(f"{path}.part", "wb") as file:
        pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(f"{path}.part", path)


def in_runs(
    fn: Callable[[Any, Sequence[Any]], Iterable[T]], items: Sequence[Any], jobs: int, shared: Any
) -> Iterator[T]:
    """`fn(shared, run)` over `items` cut into about `RUNS_PER_JOB` runs a process (uneven items even out), its
    results flattened in order: each call carries a run of items, `shared` reaches each worker once (`in_processes`)."""
    size = max(1, -(-len(items) // (max(jobs, 1) * RUNS_PER_JOB)))
    runs = [(items[start : start + size],) for start in range(0, len(items), size)]
    for run in in_processes(fn, runs, jobs, shared=shared):
        yield from run


class _Claims:
    """Which calls are taken, in memory every process of a pool shares: the workers take them from the front and
    the asking process from the back, one at a time, until they meet. No call is handed out ahead, so all
    processes end within one call of each other whatever the calls cost (a pool's queue hands each worker calls
    ahead, and the asking process then waits for them)."""

    def __init__(self, count: int, workers: int, context: Any, folder: str) -> None:
        self._ends = context.RawArray("q", [0, count])  # the next call from the front, one past the next from the back
        self._failed = context.RawArray("q", [-1] * workers)  # each worker's failing call, if one failed
        self._lock = context.Lock()
        self.folder = folder  # the workers' results, a file each (`keep`)

    def front(self) -> int | None:
        with self._lock:
            start, end = self._ends
            if start >= end:
                return None
            self._ends[0] = start + 1
            return start

    def back(self) -> int | None:
        return _from_the_back(self._ends, self._lock)

    def stop(self, worker: int | None = None, failed: int | None = None) -> None:
        """No call is taken any more: those not started are dropped. From a worker whose call failed, which."""
        with self._lock:
            self._ends[0] = self._ends[1]
            if worker is not None and failed is not None:
                self._failed[worker] = failed

    def keep(self, index: int, result: Any) -> None:
        """A worker's result, pickled into a file of the pool's own folder as soon as it is made, not sent through
        the pool's pipe: the asking process reads a pipe only when Python lets its reading thread run, a few KB every
        few milliseconds while it makes pages itself, and a worker waits until its result is read. Named when
        whole (`ready`)."""
        _pickled_into(os.path.join(self.folder, str(index)), result)

    def ready(self, index: int) -> bool:
        return os.path.exists(os.path.join(self.folder, str(index)))

    def result(self, index: int, tasks: Sequence[Future]) -> Any:
        """A result a worker kept, read once; once the workers' `tasks` are done. A call a worker took and kept no
        result of failed there: that worker's error is raised (or any worker's, if one died)."""
        path = os.path.join(self.folder, str(index))
        if not os.path.exists(path):
            failed = [task for worker, task in enumerate(tasks) if self._failed[worker] == index]
            for task in failed + list(tasks):
                task.result()
            raise RuntimeError(f"call {index} was taken by a worker and never made")
        with open(path, "rb") as file:
            result = pickle.load(file)
        os.unlink(path)
        return result


def _beside(
    pool: Executor, workers: int, fn: Callable[..., T], calls: Sequence[tuple[Any, ...]], shared: Any, claims: _Claims
) -> Iterator[T]:
    """The calls in `pool`'s workers and in this process, which would otherwise only wait: each worker takes calls
    from the front (`_take_from_front`) and this process from the back, until none is left. Between its calls, this
    process reads the workers' results kept so far, rather than all of them once the last call is done. A failing
    call is raised in its turn, after the results before it: one failing here lets the workers go on with the calls
    before it, one failing in a worker stops every process, and a worker dying stops this one's calls too."""
    from concurrent.futures import wait

    index = claims.back()  # taken before the workers start, which could take every call while this one waits
    tasks = [pool.submit(_take_from_front, fn, worker) for worker in range(workers)]
    here: dict[int, T] = {}  # this process's results, and the workers' read so far
    read = 0  # the workers' results before this call are read
    failed: tuple[int, Exception] | None = None
    while index is not None:
        try:
            here[index] = fn(shared, *calls[index])
        except Exception as error:
            failed = (index, error)
            break
        while read < len(calls) and (read in here or claims.ready(read)):
            if read not in here:
                here[read] = claims.result(read, tasks)
            read += 1
        if any(task.done() and task.exception() for task in tasks):  # a worker failed, or died: the end is known
            break
        index = claims.back()
    wait(tasks)  # each worker is at its last call, if any: none is left to take
    for index in range(len(calls)):
        if failed and index == failed[0]:
            raise failed[1]
        yield here.pop(index) if index in here else claims.result(index, tasks)


def _keep(shared: Any, calls: Sequence[tuple[Any, ...]], claims: _Claims) -> None:
    """A worker's start: keep the pool's shared value, its calls and its claims for every call it makes."""
    global _shared
    _shared = (shared, calls, claims)


def _take_from_front(fn: Callable[..., T], worker: int) -> None:
    """A worker's share of the calls: taken from the front while any is left (`_Claims`), each result kept as it is
    made (`_Claims.keep`). A failing call stops every process, and is said to be the `worker`th's."""
    shared, calls, claims = _shared
    index = None
    try:
        while (index := claims.front()) is not None:
            claims.keep(index, fn(shared, *calls[index]))
    except BaseException:
        claims.stop(worker, index)
        raise


def share(fn: Callable[[Any, int], None], count: int, processes: int, shared: Any) -> Shared:
    """`fn(shared, index)` for each index of `range(count)`, shared between `processes` processes started now, which
    take indexes from the back, and this one, which takes from the front each index it comes to, in order, as a loop
    it does not own reaches it (`Shared.take`): MkDocs' pages. What a call does is its outcome (a file written); no
    result comes back. Forked only (`inherits`): `fn` and `shared` are inherited, never pickled."""
    import multiprocessing

    context = multiprocessing.get_context()
    sharing = Shared(count, context, _own_folder())
    try:
        for worker in range(processes):
            process = context.Process(target=_from_back, args=(fn, shared, sharing, worker), name="kroniek")
            process.start()
            sharing.processes.append(process)
    except BaseException:
        sharing.close()
        raise
    return sharing


class Shared:
    """Which indexes of a `share` are taken, in memory its processes share: the workers take them from the back and
    this process from the front until they meet, so each ends within one call of the other whatever the calls cost.
    A worker marks each index it made; one whose call fails stops taking and leaves its error in the folder."""

    def __init__(self, count: int, context: Any, folder: str) -> None:
        self._ends = context.RawArray("q", [0, count])  # the first index not taken from the front; the last taken
        self._made = context.RawArray("b", count)  # 1: made by a worker
        self._lock = context.Lock()
        self._here: set[int] = set()  # the indexes this process took
        self.count, self.folder = count, folder
        self.processes: list[BaseProcess] = []
        # once finished, closed or forgotten (an interrupted build): the workers waited for, then the folder removed
        self._end = weakref.finalize(self, _ended, os.getpid(), self.processes, folder)

    def take(self, index: int) -> bool:
        """Whether this process makes `index` (no worker took it): then it is taken, with every index before it."""
        with self._lock:
            start, end = self._ends
            if index >= end:
                return False
            self._ends[0] = max(start, index + 1)
        self._here.add(index)
        return True

    def made(self, index: int) -> bool:
        """Whether a worker has made `index` (one may still be making it, or have died making it)."""
        return bool(self._made[index])

    def back(self) -> int | None:
        """A worker's next index, from the back; none once the two ends meet."""
        return _from_the_back(self._ends, self._lock)

    def mark(self, index: int) -> None:
        self._made[index] = 1

    def finish(self) -> list[int]:
        """Once every worker has ended: the indexes neither made by a worker nor taken here (a worker died, or this
        process's loop skipped one), for this process to make; the error of a worker's failed call instead, of the
        first such index, with the worker's traceback. The processes and their folder are gone after."""
        try:
            for process in self.processes:
                process.join()
            failures = []
            for name in os.listdir(self.folder):
                if name.endswith(".part"):  # a worker killed while it wrote its error
                    continue
                with open(os.path.join(self.folder, name), "rb") as file:
                    failures.append(pickle.load(file))
            if failures:
                index, error, trace = min(failures, key=lambda failure: failure[0])
                raise IndexedError(index, error) from _ElsewhereTraceback(trace)
            return [index for index in range(self.count) if not self._made[index] and index not in self._here]
        finally:
            self.close()

    def close(self) -> None:
        """No index is taken any more; once the workers have made the ones they are making and ended, their folder is
        removed."""
        with self._lock:
            self._ends[1] = self._ends[0]
        self._end()


def _from_the_back(ends: Any, lock: Any) -> int | None:
    """The last index not yet taken, taken, from shared `ends` (the first index not taken from the front, the last
    taken from the back); none once they meet."""
    with lock:
        start, end = ends
        if start >= end:
            return None
        ends[1] = end - 1
        return end - 1


class IndexedError(Exception):
    """A `share` call's error in a worker, with its index."""

    def __init__(self, index: int, error: Exception) -> None:
        super().__init__(index, error)
        self.index, self.error = index, error

    def __str__(self) -> str:
        return str(self.error)


def _from_back(fn: Callable[[Any, int], None], shared: Any, sharing: Shared, worker: int) -> None:
    """A worker of a `share`: indexes from the back while any is left, each marked once made; a failing call ends it
    with its error kept in the folder, a file for each worker."""
    index = None
    try:
        while (index := sharing.back()) is not None:
            fn(shared, index)
            sharing.mark(index)
    except Exception as error:
        _failure_into(os.path.join(sharing.folder, f"failed-{worker}"), index, error)
