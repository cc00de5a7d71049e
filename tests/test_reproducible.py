"""`kroniek build` makes the same site of the same content on any day: the sitemap is dated by the content."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.test_check import VALID, make_project, write


@pytest.fixture
def project(tmp_path: Path, repo: Path) -> Path:
    shutil.copy(repo / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(repo / "site_templates", tmp_path / "site_templates")
    text = VALID.replace("published: '2022-01-06'", "published: '2021-03-04'", 1)
    assert text != VALID
    write(make_project(tmp_path), text)
    return tmp_path


def lastmods(site: Path) -> set[str]:
    return set(re.findall(r"<lastmod>([^<]*)</lastmod>", (site / "sitemap.xml").read_text("utf-8")))


def test_the_sitemap_is_dated_by_the_newest_publication_date(project: Path, run_kroniek, monkeypatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    result = run_kroniek("build", cwd=project, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    assert lastmods(project / "site") == {"2021-03-04"}  # before: the day of the build
    first = (project / "site" / "sitemap.xml.gz").read_bytes()
    shutil.rmtree(project / "site")
    assert run_kroniek("build", cwd=project, timeout=180).returncode == 0
    assert (project / "site" / "sitemap.xml.gz").read_bytes() == first  # gzip's header time too


def test_a_source_date_epoch_given_is_honoured(project: Path, run_kroniek, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")  # 2001-09-09
    result = run_kroniek("build", cwd=project, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    assert lastmods(project / "site") == {"2001-09-09"}
