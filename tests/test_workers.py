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
