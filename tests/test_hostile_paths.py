"""A pull request cannot publish a file of the build machine, nor put script in a link through a file name."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.content.check import check_content
from generator.making import render
from generator.model import Document
from generator.project import Project
from tests.test_check import ARTICLE, VALID, line_of, make_project, write

SECRET = "AUTHORIZATION: basic c2VjcmV0LXRva2Vu"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    root = tmp_path / "project"
    root.mkdir()
    project = make_project(root)
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text(f"[http]\n\textraheader = {SECRET}\n", "utf-8")
    (root / "mkdocs.yml").write_text("site_name: x\n", "utf-8")
    (tmp_path / "outside.txt").write_text(ARTICLE, "utf-8")
    return project


def with_file(file: str) -> str:
    text = VALID.replace("file: seeds/a.txt", f"file: '{file}'", 1)
    assert text != VALID
    return text


@pytest.mark.parametrize(
    "file",
    [".git/config", "/etc/passwd", "../../../etc/passwd", "/proc/self/status", "mkdocs.yml", "seeds/../mkdocs.yml",
     "seeds/../.git/config", "seeds/../../outside.txt", "seeds//a.txt", "seeds/./a.txt", "seeds", "seeds/"],
)
def test_file_outside_seeds_is_a_problem_at_its_line(project: Project, file: str) -> None:
    text = with_file(file)
    write(project, text)
    problems = check_content(project)
    assert problems, f"file: {file} passed the check"
    assert all(problem.line == line_of(text, "file: ") for problem in problems)
    assert any("cannot be read" in problem.message for problem in problems)


def test_a_symlink_in_seeds_is_refused_by_name(project: Project) -> None:
    os.symlink(project.root / ".git" / "config", project.seeds_dir / "config.txt")
    write(project, with_file("seeds/config.txt"))
    [problem] = check_content(project)
    assert "'seeds/config.txt' is a symbolic link" in problem.message


def test_a_symlinked_folder_in_seeds_is_refused(project: Project) -> None:
    os.symlink(project.root / ".git", project.seeds_dir / "map")
    write(project, with_file("seeds/map/config"))
    [problem] = check_content(project)
    assert "'seeds/map' is a symbolic link" in problem.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_in_seeds_is_named_not_waited_for(project: Project) -> None:
    os.mkfifo(project.seeds_dir / "pijp.txt")
    write(project, with_file("seeds/pijp.txt"))
    [problem] = check_content(project)
    assert "is not a regular file" in problem.message


def test_dev_zero_is_refused_not_read(project: Project) -> None:
    write(project, with_file("/dev/zero"))
    [problem] = check_content(project)
    assert "an article must be a file inside seeds/" in problem.message


@pytest.mark.parametrize(
    "name", ['x"><img src=x onerror=window.__pwned=7>.yml', "javascript:window.__pwned=1%2F%2F.yml", "a#b.yml",
             "a?b.yml", "met spatie.yml", "café.yml"],
)
def test_unsafe_content_file_names_are_a_problem(project: Project, name: str) -> None:
    write(project, VALID, name)
    problems = check_content(project)
    assert [(p.path, p.line) for p in problems] == [(f"content/{name}", 1)]
    assert "letters a-z and A-Z, digits, '.', '_' and '-'" in problems[0].message


def test_build_publishes_no_file_outside_seeds(project: Project, run_kroniek, repo: Path) -> None:
    shutil.copy(repo / "mkdocs.yml", project.root / "mkdocs.yml")
    (project.root / "site_templates" / "docs").mkdir(parents=True)  # the docs_dir MkDocs requires
    write(project, with_file(".git/config"))
    result = run_kroniek("build", cwd=project.root)
    assert result.returncode == 1
    assert "content/a.yml:" in result.stdout + result.stderr
    site = project.root / "site"
    published = [p.read_text("utf-8", "replace") for p in site.rglob("*") if p.is_file()] if site.exists() else []
    assert not any(SECRET in text for text in published)


@pytest.mark.parametrize("name", ['x"><img src=x onerror=alert(1)>', "javascript:alert(1)//", "a#b?c"])
def test_links_made_of_any_name_are_percent_encoded(name: str) -> None:
    document = Document(path=f"content/{name}.yml", source=None, events=())  # type: ignore[arg-type]
    site = render.Site.of([], "https://example.org/edit/main/")
    edit = site.edit_url(document)
    assert edit is not None and edit.startswith("https://example.org/edit/main/content/")
    assert not set('"<> #?') & set(edit.removeprefix("https://"))
    link = render.relative_url(render.SOURCES_INDEX, render.source_page_path(name), anchor=name)
    assert ":" not in link and '"' not in link and "<" not in link and link.count("#") == 1
