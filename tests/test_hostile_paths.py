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
    assert any(f"het artikel '{file}'" in problem.message for problem in problems)


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
    assert "mag alleen letters a-z en A-Z, cijfers, '.', '_' en '-' bevatten" in problems[0].message


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
    site = render.Site.of([], "https://example.org/edit/main/", editors=True)
    edit = site.edit_url(document)
    assert edit is not None and edit.startswith("https://example.org/edit/main/content/")
    assert not set('"<> #?') & set(edit.removeprefix("https://"))
    link = render.relative_url(render.SOURCES_INDEX, render.source_page_path(name), anchor=name)
    assert ":" not in link and '"' not in link and "<" not in link and link.count("#") == 1


# -- content/ and seeds/ entries that are not regular files ------------------------------------------------------------

def _symlink(project: Project, name: str) -> None:
    os.symlink(project.root / ".git" / "config", project.content_dir / name)


def _fifo(project: Project, name: str) -> None:
    os.mkfifo(project.content_dir / name)


def _folder(project: Project, name: str) -> None:
    (project.content_dir / name).mkdir()


def _device(project: Project, name: str) -> None:
    os.symlink("/dev/zero", project.content_dir / name)  # as root could mknod; a link to one is what a PR can carry


@pytest.mark.parametrize(
    ("make", "kind"),
    [(_symlink, "is een symbolische koppeling"), (_fifo, "is een FIFO"), (_folder, "is een map"),
     (_device, "is een symbolische koppeling")],
)
def test_a_content_entry_that_is_no_regular_file_is_named_by_check(project: Project, make, kind: str) -> None:
    write(project, VALID)
    make(project, "b.yml")
    problems = check_content(project)  # returns at all: a FIFO is not opened for reading, /dev/zero not read
    assert [(p.path, p.line) for p in problems] == [("content/b.yml", 1)]
    assert kind in problems[0].message
    assert ".git" not in problems[0].message and "/dev/zero" not in problems[0].message


def test_a_fifo_where_a_clean_file_was_is_named_not_hashed(project: Project) -> None:
    write(project, VALID)
    assert check_content(project) == []  # now cached as clean
    (project.content_dir / "a.yml").unlink()
    os.mkfifo(project.content_dir / "a.yml")
    [problem] = check_content(project)
    assert "is een FIFO" in problem.message


def test_a_symlinked_generated_base_is_named(project: Project) -> None:
    write(project, VALID)
    (project.content_dir / ".generated").mkdir()
    os.symlink(project.root / ".git" / "config", project.content_dir / ".generated" / "a.yml")
    [problem] = check_content(project)
    assert problem.path == "content/.generated/a.yml" and "is een symbolische koppeling" in problem.message


def test_list_names_a_symlinked_content_file(project: Project, run_kroniek) -> None:
    write(project, VALID)
    _symlink(project, "b.yml")
    result = run_kroniek("list", cwd=project.root, timeout=30)
    assert result.returncode == 1
    assert "error: content/b.yml: dit is een symbolische koppeling" in result.stderr
    assert SECRET not in result.stdout + result.stderr and "Traceback" not in result.stderr


def test_extract_refuses_to_write_through_a_symlinked_content_file(project: Project, run_kroniek) -> None:
    os.symlink(project.root / "mkdocs.yml", project.content_dir / "a.yml")
    result = run_kroniek("extract", cwd=project.root, timeout=30)
    assert result.returncode == 1
    assert "content/a.yml: dit is een symbolische koppeling" in result.stderr
    assert (project.root / "mkdocs.yml").read_text("utf-8") == "site_name: x\n"
    assert (project.content_dir / "a.yml").is_symlink()


def test_extract_names_links_fifos_and_devices_found_in_seeds(project: Project, run_kroniek) -> None:
    seeds = project.seeds_dir
    os.symlink(project.root / ".git" / "config", seeds / "geheim.txt")
    os.symlink(seeds / "a.txt", seeds / "kopie.txt")  # pointing at an article: still named as itself
    os.symlink(project.root / ".git", seeds / "map")  # a linked folder, of any name
    os.mkfifo(seeds / "pijp.txt")
    (seeds / "sub").mkdir()
    os.symlink("/dev/zero", seeds / "sub" / "nul.md")
    result = run_kroniek("extract", cwd=project.root, timeout=30)
    assert result.returncode == 1
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error: "))
    assert [line.split(":")[1].strip() for line in errors] == [
        "seeds/geheim.txt", "seeds/kopie.txt", "seeds/map", "seeds/pijp.txt", "seeds/sub/nul.md"]
    assert all("symbolic link" in line or "not a regular file" in line for line in errors)
    assert ".git" not in result.stderr and "/dev/zero" not in result.stderr and "a.txt" not in result.stderr
    assert "1 created" in result.stderr


@pytest.mark.parametrize("argument", ["/dev/zero", "/dev/urandom", "fifo.txt", "seeds/pijp.txt", "seeds"])
def test_extract_of_a_device_or_fifo_on_the_command_line_is_named_at_once(
    project: Project, run_kroniek, argument: str
) -> None:
    os.mkfifo(project.root / "fifo.txt")
    os.mkfifo(project.seeds_dir / "pijp.txt")
    result = run_kroniek("extract", argument, cwd=project.root, timeout=30)  # a hang fails by its timeout
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    shown = "seeds/pijp.txt" if argument == "seeds" else argument
    assert f"error: {shown}: " in result.stderr


def test_read_capped_refuses_a_device_and_a_fifo_by_name(tmp_path: Path) -> None:
    from generator.errors import InputError
    from generator.text.articles import read_capped

    os.mkfifo(tmp_path / "pijp")
    for path, kind in ((Path("/dev/zero"), "is a device"), (tmp_path / "pijp", "is a FIFO"), (tmp_path, "is a folder")):
        with pytest.raises(InputError, match=kind):
            read_capped(path, "x")
