"""Files are replaced whole, and a Ctrl-C in the middle of it waits until the file is done."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.support import atomic
from generator.support.atomic import interrupts_held, write_atomic

REPO = Path(__file__).resolve().parents[1]


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


KILLED_WRITE = """
import os, signal, sys
from pathlib import Path
from generator.support import atomic
os.replace = lambda *_: os.kill(os.getpid(), signal.SIGKILL)  # killed between writing and renaming
atomic.write_atomic(Path(sys.argv[1]), b"half\\n")
"""


def _killed_write(target: Path) -> Path:
    """A real SIGKILL during `write_atomic`: the temporary file it leaves, with its own naming."""
    target.parent.mkdir(parents=True, exist_ok=True)
    before = set(target.parent.iterdir())
    result = subprocess.run([sys.executable, "-c", KILLED_WRITE, str(target)], cwd=REPO, check=False, timeout=60)
    assert result.returncode == -signal.SIGKILL
    [left] = set(target.parent.iterdir()) - before
    return left


def test_a_killed_writes_temporary_is_removed_by_the_next_extract_once_stale(tmp_path: Path) -> None:
    from generator.pipeline import extract
    from generator.project import Project

    (tmp_path / "seeds").mkdir()
    (tmp_path / "content" / ".generated").mkdir(parents=True)
    left = _killed_write(tmp_path / "content" / "a.yml")
    base_left = _killed_write(tmp_path / "content" / ".generated" / "a.yml")
    fresh = _killed_write(tmp_path / "content" / "b.yml")
    for path in (left, base_left):
        os.utime(path, (time.time() - atomic.STRAY_AFTER_SECONDS - 1,) * 2)
    notes = tmp_path / "content" / ".notes.tmp"  # not Kroniek's naming: someone else's
    notes.write_text("mine", "utf-8")
    os.symlink(tmp_path / "seeds", tmp_path / "content" / ".c.yml.abcdefgh.tmp")
    os.utime(tmp_path / "content" / ".c.yml.abcdefgh.tmp", (1, 1), follow_symlinks=False)
    extract(Project(tmp_path))
    assert not left.exists() and not base_left.exists()
    assert fresh.exists()  # perhaps another process's write in progress (`kroniek serve` takes no lock)
    assert notes.exists() and (tmp_path / "content" / ".c.yml.abcdefgh.tmp").is_symlink()


@pytest.mark.parametrize("gitignore", [".gitignore", "generator/starter/project/dot-gitignore"])
def test_git_ignores_the_temporaries_of_content_files(tmp_path: Path, gitignore: str) -> None:
    """The repository's .gitignore and the one `kroniek init` writes, in a repository of their own: no checkout's
    .git is needed, and the rules are tested, not whatever else ignores files where the suite runs."""
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True, timeout=60)
    shutil.copy(REPO / gitignore, repo / ".gitignore")

    def ignored(path: str) -> bool:
        return subprocess.run(["git", "check-ignore", "-q", path], cwd=repo, check=False, timeout=60).returncode == 0

    for folder in ("content", "content/.generated"):
        name = _killed_write(tmp_path / folder / "a.yml").name
        assert ignored(f"{folder}/{name}"), f"{folder}/{name}"
    assert not ignored("content/a.yml") and not ignored("content/.generated/a.yml")
    assert ignored("site/index.html") and ignored(".kroniek-cache/cache.sqlite")
