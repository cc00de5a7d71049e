"""Fixtures shared by the whole suite: where the repository and ../shared are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def shared() -> Path:
    """The `shared/` folder beside the repository (seeds, eval gold, docs); CI puts it there."""
    assert SHARED.is_dir(), f"{SHARED} is missing: the tests need ../shared beside the repository"
    return SHARED


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A throw-away copy of the project (articles, content, site config) to run commands in."""
    for name in ("seeds", "content", "site_templates"):
        if (REPO / name).exists():
            shutil.copytree(REPO / name, tmp_path / name)
    if (REPO / "mkdocs.yml").exists():
        shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path
