"""Files are replaced whole, and a Ctrl-C in the middle of it waits until the file is done."""

from __future__ import annotations

import os
import signal

import pytest

from generator.support.atomic import interrupts_held, write_atomic


def test_write_atomic_replaces_whole_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "sub" / "a.yml"
    write_atomic(target, b"one\n")
    write_atomic(target, b"two\n", durable=False)
    assert target.read_bytes() == b"two\n"
    assert os.listdir(target.parent) == ["a.yml"]


def test_write_atomic_that_fails_leaves_what_was_there_and_no_temporary_file(tmp_path):
    target = tmp_path / "a.yml"
    (target / "inside").mkdir(parents=True)  # a folder where the file should go: the rename fails
    with pytest.raises(OSError):
        write_atomic(target, b"new\n")
    assert sorted(os.listdir(tmp_path)) == ["a.yml"] and os.listdir(target) == ["inside"]


def test_a_ctrl_c_inside_is_raised_when_the_block_is_done():
    done = []
    with pytest.raises(KeyboardInterrupt), interrupts_held():
        signal.raise_signal(signal.SIGINT)
        done.append("the rest of the block ran")
    assert done == ["the rest of the block ran"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_quiet_block_leaves_the_handler_as_it_was():
    with interrupts_held():
        pass
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
