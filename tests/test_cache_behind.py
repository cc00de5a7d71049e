"""Cache tables written by forked children while a build goes on: on disk, whole, when the build ends."""

from __future__ import annotations

import contextlib
import os
import pickle
import threading
from pathlib import Path

import pytest

from generator.support import cache


def _on_disk(root: Path, name: str) -> object:
    """The table as another process would read it: straight from the file, not waiting for anything."""
    return pickle.loads((root / cache.CACHE_DIR / f"{name}.pickle").read_bytes())


def test_tables_saved_behind_are_on_disk_when_the_block_ends(tmp_path: Path) -> None:
    tables = {f"table{number}": {str(key): "x" * key for key in range(2_000)} for number in range(3)}
    with cache.writing_behind():
        for name, table in tables.items():
            cache.save(tmp_path, name, table)
    assert {name: _on_disk(tmp_path, name) for name in tables} == tables
    assert not list((tmp_path / cache.CACHE_DIR).glob("*.tmp")), "a temporary file was left behind"


def test_a_table_read_while_being_written_is_the_newest(tmp_path: Path) -> None:
    with cache.writing_behind():
        cache.save(tmp_path, "site", {"version": 1})
        cache.save(tmp_path, "site", {"version": 2})  # must not be overtaken by the first
        assert cache.load(tmp_path, "site") == {"version": 2}
        cache.save(tmp_path, "site", {"version": 3})
    assert _on_disk(tmp_path, "site") == {"version": 3}


def test_an_inner_block_leaves_the_writing_to_the_outer_one(tmp_path: Path) -> None:
    with cache.writing_behind():
        with cache.writing_behind():
            cache.save(tmp_path, "inner", {"a": 1})
        cache.save(tmp_path, "outer", {"b": 2})
    assert (_on_disk(tmp_path, "inner"), _on_disk(tmp_path, "outer")) == ({"a": 1}, {"b": 2})


@pytest.mark.parametrize("behind", [True, False])
def test_a_table_that_cannot_be_written_is_reported_and_the_build_goes_on(tmp_path: Path, capfd, behind) -> None:
    (tmp_path / cache.CACHE_DIR).write_text("a file where the cache folder should be", encoding="utf-8")
    with cache.writing_behind() if behind else contextlib.nullcontext():
        cache.save(tmp_path, "site", {"a": 1})
    assert f"kroniek: could not write the cache table {tmp_path / cache.CACHE_DIR}" in capfd.readouterr().err
    assert cache.load(tmp_path, "site") == {}


def test_with_threads_running_a_table_is_written_in_this_process(tmp_path: Path, monkeypatch) -> None:
    def no_fork() -> int:
        raise AssertionError("forked while another thread runs")

    monkeypatch.setattr(os, "fork", no_fork)
    done = threading.Event()
    server = threading.Thread(target=done.wait)  # as `mkdocs serve` runs its server beside the builds
    server.start()
    try:
        with cache.writing_behind():
            cache.save(tmp_path, "site", {"a": 1})
            assert _on_disk(tmp_path, "site") == {"a": 1}
    finally:
        done.set()
        server.join()


def test_outside_a_block_a_table_is_written_at_once(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked outside `writing_behind`"))
    cache.save(tmp_path, "site", {"a": 1})
    assert _on_disk(tmp_path, "site") == {"a": 1}


def test_a_table_is_written_in_this_process_when_no_child_can_be_started(tmp_path: Path, monkeypatch) -> None:
    def out_of_processes() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", out_of_processes)
    with cache.writing_behind():
        cache.save(tmp_path, "site", {"a": 1})
        assert _on_disk(tmp_path, "site") == {"a": 1}  # already there: no child was left to write it
