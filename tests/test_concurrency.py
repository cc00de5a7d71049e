"""Real `kroniek extract` processes at once, and interrupted: files are old or new, never half, never mixed up."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.content.store import content_files, parse
from generator.support.lock import LOCK_NAME

ARTICLES = 1000  # about 3 s of extraction on 2 CPUs: a ctrl-c within 1.5 s of the lock lands mid-way
ARTICLE = "Bericht {n}\nDe raad vergaderde op maandag {day} januari 2022 over plan {n}.\nGisteravond was er overleg.\n"


@pytest.fixture
def busy_project(tmp_path: Path) -> Path:
    """A project with enough articles that one extraction takes a few seconds."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(ARTICLES):
        (seeds / f"bericht-{n:03}.txt").write_text(ARTICLE.format(n=n, day=n % 28 + 1), encoding="utf-8")
    return tmp_path


def start_extract(root: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "generator.cli", "extract"]
    return subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_until_extracting(root: Path, process: subprocess.Popen[str]) -> None:
    """Until the run has created its lock file: past Python's start-up, at the extraction.

    The lock file outlives its run, so callers remove it before starting one; the
    test never takes the lock itself, which would make the run refuse to start.
    """
    deadline = time.monotonic() + 60
    while not (root / "content" / LOCK_NAME).exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "extract never reached its lock"
        time.sleep(0.005)


def start_fresh_extract(root: Path) -> subprocess.Popen[str]:
    """An extraction that really works: no lock file left from before, no cache to skip the articles."""
    (root / "content" / LOCK_NAME).unlink(missing_ok=True)
    shutil.rmtree(root / ".kroniek-cache", ignore_errors=True)
    process = start_extract(root)
    wait_until_extracting(root, process)
    return process


def test_a_second_extract_is_refused_while_one_runs(busy_project: Path, run_kroniek) -> None:
    first = start_fresh_extract(busy_project)
    time.sleep(0.2)  # let it take the lock it is about to take
    second = run_kroniek("extract", cwd=busy_project)
    assert first.poll() is None, "the first run ended before the second started: the test proves nothing"
    assert second.returncode == 1
    assert "error: content/.kroniek.lock: another kroniek extract is running" in second.stderr
    assert "Traceback" not in second.stderr
    _, errors = first.communicate(timeout=120)
    assert first.returncode == 0, errors
    assert len(content_files(busy_project / "content")) == ARTICLES
    assert run_kroniek("extract", cwd=busy_project).returncode == 0, "the lock outlived its run"


def test_ctrl_c_leaves_every_file_old_or_new(busy_project: Path, run_kroniek) -> None:
    moments = random.Random(os.getpid())
    interrupted = 0
    for _ in range(4):
        process = start_fresh_extract(busy_project)
        time.sleep(moments.uniform(0, 1.5))
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=60)
        assert "Traceback" not in errors
        if process.returncode == -signal.SIGINT:  # after its work, as Python shuts down: the default handler is back
            assert errors.strip().splitlines()[-1].startswith("extract: "), errors
        elif process.returncode != 0:
            assert (process.returncode, errors.strip().splitlines()[-1]) == (130, "interrupted")
            interrupted += 1
        content = busy_project / "content"
        generated = content_files(content / ".generated") if (content / ".generated").is_dir() else []
        for path in [*content_files(content), *generated]:
            parse(path.read_text(encoding="utf-8"), path.name)  # raises on a half-written file
        assert not list(content.rglob("*.tmp")), "a temporary file was left behind"
        checked = run_kroniek("check", cwd=busy_project)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    assert interrupted, "no run was interrupted mid-way: the test proves nothing"
