"""A call made in a process of its own, and a pool's workers: what comes back when a call, its result's writing
or a worker fails, and what is left behind."""

from __future__ import annotations

import gc
import multiprocessing
import os
import tempfile
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from generator.support import workers


@pytest.fixture
def temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the processes' results go through, to see what they leave there."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _a_lock(shared: None) -> threading.Lock:
    return threading.Lock()


def test_a_result_that_cannot_be_pickled_comes_back_as_the_error_of_its_process(temporary: Path):
    with pytest.raises(TypeError, match="pickle"):
        workers.beside(_a_lock, None).result()
    assert list(temporary.iterdir()) == [] and multiprocessing.active_children() == []


class _KilledOnTheWay:
    """Ends its process while it is pickled, after what comes before it was written."""

    def __reduce__(self):
        os._exit(9)


def _killed_while_written(shared: None) -> tuple[str, _KilledOnTheWay]:
    return "De raad vergaderde op dinsdag 3 maart. " * 50_000, _KilledOnTheWay()


def test_a_process_killed_while_it_writes_its_result_leaves_none_half_written(temporary: Path):
    """The result is named only once whole: what is asked finds none, and is told how the process ended."""
    with pytest.raises(RuntimeError, match="ended with code 9"):
        workers.beside(_killed_while_written, None).result()
    assert list(temporary.iterdir()) == [] and multiprocessing.active_children() == []


class _Unreadable:
    """Pickled without trouble, but cannot be unpickled."""

    def __reduce__(self):
        return _refused, ()


def _refused() -> None:
    raise ValueError("dit komt niet terug")


def _unreadable(shared: None) -> _Unreadable:
    return _Unreadable()


def test_a_result_that_cannot_be_read_back_says_how_its_process_ended(temporary: Path):
    with pytest.raises(RuntimeError, match="ended with code 0") as raised:
        workers.beside(_unreadable, None).result()
    assert isinstance(raised.value.__cause__, ValueError)
    assert list(temporary.iterdir()) == [] and multiprocessing.active_children() == []


def _slowly(shared: None) -> str:
    time.sleep(0.5)
    return "klaar"


def test_a_result_no_longer_wanted_is_waited_for_before_its_folder_is_removed(temporary: Path, capfd):
    """Forgotten while its process still works: the folder goes only once the process has ended, never under it."""
    later = workers.beside(_slowly, None)
    del later
    gc.collect()
    assert multiprocessing.active_children() == [] and list(temporary.iterdir()) == []
    assert "Traceback" not in capfd.readouterr().err


def test_processes_inherit_this_ones_memory_only_when_forked(monkeypatch: pytest.MonkeyPatch):
    for method, inherits in (("fork", True), ("spawn", False), ("forkserver", False)):
        monkeypatch.setattr(multiprocessing, "get_start_method", lambda allow_none=False, said=method: said)
        assert workers.inherits() is inherits


def _dies_in_a_worker(shared: None, number: int, asker: int, made: Path) -> int:
    """A worker dies at its first call; each call here takes a tenth of a second, and is counted."""
    if os.getpid() != asker:
        os._exit(7)
    with made.open("a", encoding="utf-8") as file:
        file.write(f"{number}\n")
    time.sleep(0.1)
    return number


def test_a_worker_dying_stops_the_calls_of_the_asking_process_too(tmp_path: Path):
    """Not the 39 calls left, made here one after the other before the pool's end is said."""
    made = tmp_path / "made"
    calls = [(n, os.getpid(), made) for n in range(40)]
    with pytest.raises(BrokenProcessPool):
        list(workers.in_processes(_dies_in_a_worker, calls, 2, shared=None))
    assert len(made.read_text(encoding="utf-8").split()) < 20
    assert multiprocessing.active_children() == []


def _noted(shared: tuple[Path, int, int | None], index: int) -> None:
    """A call of a `share` noting where it ran; `fails` fails in a worker (`asker` is the asking process), and a
    worker's first call waits until this process has made its first, so both surely make some."""
    folder, asker, fails = shared
    if os.getpid() != asker:
        deadline = time.monotonic() + 60
        while not (folder / "0").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        if index == fails:
            raise ValueError(f"oproep {index} mislukt")
    (folder / str(index)).write_text(str(os.getpid()), encoding="utf-8")


def _taking_in_order(sharing: workers.Shared, count: int, folder: Path, asker: int) -> list[int]:
    """What a loop this process does not own does with a `share`: each index in turn, made here when not taken."""
    here = []
    for index in range(count):
        if sharing.take(index):
            _noted((folder, asker, None), index)
            here.append(index)
            time.sleep(0.01)  # slower than the worker, which takes the rest
    return here


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="a share is forked only")
def test_each_index_of_a_share_is_made_once_here_from_the_front_or_by_a_worker_from_the_back(
    tmp_path: Path, temporary: Path
):
    sharing = workers.share(_noted, 40, 1, (tmp_path, os.getpid(), None))
    here = _taking_in_order(sharing, 40, tmp_path, os.getpid())
    assert sharing.finish() == []
    made_by = {int(path.name): int(path.read_text(encoding="utf-8")) for path in tmp_path.iterdir() if path.is_file()}
    assert sorted(made_by) == list(range(40))
    assert here == list(range(len(here))) and 0 < len(here) < 40  # the front here, the back in the worker
    assert {made_by[index] for index in here} == {os.getpid()}
    assert os.getpid() not in {made_by[index] for index in range(len(here), 40)}
    assert list(temporary.iterdir()) == [] and multiprocessing.active_children() == []


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="a share is forked only")
def test_a_call_failing_in_a_worker_of_a_share_comes_back_with_its_index(tmp_path: Path, temporary: Path):
    sharing = workers.share(_noted, 40, 2, (tmp_path, os.getpid(), 39))
    _taking_in_order(sharing, 40, tmp_path, os.getpid())
    with pytest.raises(workers.IndexedError, match="oproep 39 mislukt") as raised:
        sharing.finish()
    assert raised.value.index == 39 and isinstance(raised.value.error, ValueError)
    assert list(temporary.iterdir()) == [] and multiprocessing.active_children() == []


def _dies_at_its_first(shared: tuple[Path, int], index: int) -> None:
    folder, asker = shared
    if os.getpid() != asker:
        os._exit(9)
    (folder / str(index)).write_text(str(os.getpid()), encoding="utf-8")


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="a share is forked only")
def test_the_index_a_dead_worker_took_is_left_for_this_process(tmp_path: Path, temporary: Path):
    """Killed while it makes an index: `finish` hands it back, never lost; the rest were made here."""
    sharing = workers.share(_dies_at_its_first, 20, 1, (tmp_path, os.getpid()))
    sharing.processes[0].join()  # it took the last index and died
    here = [index for index in range(20) if sharing.take(index)]
    assert here == list(range(19)) and sharing.finish() == [19]
    assert list(temporary.iterdir()) == [] and multiprocessing.active_children() == []


def _slow_page(shared: None, index: int) -> None:
    time.sleep(0.05)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="a share is forked only")
def test_a_closed_share_takes_nothing_more_and_leaves_nothing_behind(temporary: Path):
    sharing = workers.share(_slow_page, 1000, 2, None)
    started = time.monotonic()
    sharing.close()
    assert time.monotonic() - started < 5  # the workers ended after the index they were making, not 1000 of them
    assert not sharing.take(0) and list(temporary.iterdir()) == [] and multiprocessing.active_children() == []
