"""Fixtures shared by the whole suite: where the repository and its test data are."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"


def with_kroniek_options(config: str, **options: object) -> str:
    """The text of mkdocs.yml (the repository's, which gives the kroniek plugin options) with `options` added."""
    head = "\n  - kroniek:\n"
    assert head in config, "mkdocs.yml lists the kroniek plugin with options"
    return config.replace(head, head + "".join(f"      {key}: {value}\n" for key, value in options.items()), 1)


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def data() -> Path:
    """`tests/data/`: gold sets the tests score against (their origin is in its README)."""
    return DATA


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A throw-away copy of the project (articles, content, site config) to run commands in."""
    for name in ("seeds", "content", "site_templates"):
        if (REPO / name).exists():
            shutil.copytree(REPO / name, tmp_path / name)
    if (REPO / "mkdocs.yml").exists():
        shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def _run_kroniek(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def run_kroniek() -> Callable[..., subprocess.CompletedProcess[str]]:
    """`kroniek ARGS…` as a real process in `cwd`: its exit code, stdout and stderr."""
    return _run_kroniek
