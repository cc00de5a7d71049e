"""`kroniek check --jobs`: files checked in several processes give exactly the problems, cache and documents of one."""

from __future__ import annotations

import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from test_check import VALID, line_of, make_project, write

from generator.cli import build_parser, main
from generator.content import check, store
from generator.content.check import Loaded, Problem, check_and_load, check_content
from generator.making import output as site_output
from generator.plugin.plugin import KroniekPlugin
from generator.project import Project
from generator.support import cache, workers
from generator.support.workers import usable_cpus

FILES = 160
POOL_MIN_FILES = 20  # the tests' own threshold, so a pool is worth testing without thousands of files


def own_ids(n: int) -> str:
    """The valid file with ids of its own."""
    return VALID.replace("id: a-", f"id: f{n:03}-")


def content(n: int) -> str:
    """File `n`: `own_ids(n)`, or every few files one kind of problem."""
    mine = own_ids(n)
    kinds = {
        3: VALID,  # both ids are file 0's
        6: mine.replace(f"id: f{n:03}-21-00-uur", f"id: f{n:03}-donderdagochtend"),  # one id used twice in the file
        9: mine.replace("when: 2022-01-06TMO", "when: 2022-02-30TMO"),
        12: mine.replace("text: Om 21.00 uur was het weer rustig.", "text: 'Om 21.00 uur"),  # not YAML
        15: VALID.replace("id: a-donderdagochtend", "id: a donderdagochtend"),  # a schema problem and a duplicate
        18: mine.replace("file: seeds/a.txt", "file: seeds/weg.txt").replace("  publisher: NOS\n", "  auteur: X\n"),
    }
    return VALID if n == 0 else kinds.get(n % 20, mine)


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of workers of each process pool a check starts; the threshold lowered to `POOL_MIN_FILES`."""
    started: list[int] = []

    class Counted(ProcessPoolExecutor):
        def __init__(self, max_workers: int, **options) -> None:
            started.append(max_workers)
            super().__init__(max_workers, **options)

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", Counted)
    monkeypatch.setattr(check, "POOL_MIN_FILES", POOL_MIN_FILES)
    return started


@pytest.fixture
def many(tmp_path: Path, pools: list[int]) -> Project:
    """A project of `FILES` content files, with problems of every kind and ids used twice across and within files."""
    project = make_project(tmp_path)
    for n in range(FILES):
        write(project, content(n), f"f{n:03}.yml")
    return project


def forget(project: Project) -> None:
    """Drop what earlier checks found clean, so the next one checks every file."""
    project.cache.drop_except(check.CHECK_CACHE, ())


def test_processes_report_exactly_the_problems_of_one(many, pools):
    one = check_content(many, jobs=1)
    forget(many)
    assert check_content(many, jobs=2) == one
    assert pools == [1]  # one worker beside this process, which checks its share too
    for words in ("wordt al gebruikt", "niet wordt afgesloten", "dag die niet", "onbekend veld", "bestaat niet"):
        assert any(words in problem.message for problem in one), words
    [inside] = [problem for problem in one if problem.path == "content/f006.yml"]
    first = line_of(content(6), "id: f006-donderdagochtend")
    assert inside.line > first
    assert f"het id 'f006-donderdagochtend' wordt al gebruikt in content/f006.yml:{first}:" in inside.message
    schema, duplicate, _ = (problem for problem in one if problem.path == "content/f035.yml")
    assert (schema.line, schema.column) == (duplicate.line, duplicate.column), "the schema's word comes first"
    assert schema.message.startswith("'id'") and "het id 'a donderdagochtend' wordt al" in duplicate.message


def test_a_few_files_are_checked_without_a_pool(many, pools):
    few = sorted(many.content_dir.glob("*.yml"))[: POOL_MIN_FILES - 1]
    check_content(many, few, jobs=2)
    assert pools == []


def test_by_default_a_check_uses_every_cpu_this_process_may_use(many, pools, monkeypatch):
    monkeypatch.setattr(check, "usable_cpus", lambda: 2)
    check_content(many)
    assert pools == [1]


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the workers must inherit the patch")
def test_a_parallel_check_and_load_parses_each_file_once_in_one_of_its_processes(tmp_path, pools, monkeypatch):
    project = make_project(tmp_path)
    for n in range(FILES):
        write(project, own_ids(n), f"f{n:03}.yml")
    files = store.content_files(project.content_dir)
    expected = tuple(store.load_document(path, project.relative(path)) for path in files)
    log, read = tmp_path / "parsed.log", store.read

    def logged(text: str, name: str, say=None):
        with log.open("a", encoding="utf-8") as stream:  # one short line a write: whole, whichever process writes
            stream.write(f"{os.getpid()} {name}\n")
        return read(text, name, say)

    monkeypatch.setattr(store, "read", logged)
    assert check_and_load(project, jobs=2) == ([], expected) and pools == [1]
    parsed = [line.split(" ", 1) for line in log.read_text(encoding="utf-8").splitlines()]
    assert sorted(name for _, name in parsed) == sorted(project.relative(path) for path in files)
    assert len({pid for pid, _ in parsed}) == 2  # this process and its worker each checked a share


def test_the_cache_a_parallel_check_writes_serves_a_serial_one(many, monkeypatch):
    problems = check_content(many, jobs=2)
    parsed: list[str] = []
    real = store.read

    def counted(text: str, name: str, say=None):
        parsed.append(name)
        return real(text, name, say)

    monkeypatch.setattr(store, "read", counted)
    assert check_content(many, jobs=1) == problems
    # Only files with problems of their own are read again; ids used twice are still found in the files trusted.
    assert parsed == sorted({problem.path for problem in problems if "wordt al gebruikt" not in problem.message})
    assert "content/f003.yml" not in parsed and any(problem.path == "content/f003.yml" for problem in problems)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the workers must inherit the patch")
def test_an_error_in_a_worker_reaches_the_caller(many, monkeypatch):
    def broken(*_, **__):
        raise RuntimeError("a bug in a check")

    monkeypatch.setattr(check, "_file_problems", broken)
    with pytest.raises(RuntimeError, match="a bug in a check"):
        check_content(many, jobs=2)


def test_the_commands_take_jobs(many, pools, capsys):
    outputs = []
    for jobs in ("1", "2"):
        assert main(["--root", str(many.root), "check", "--jobs", jobs]) == 1
        outputs.append(capsys.readouterr())
        forget(many)
    assert outputs[0] == outputs[1] and pools == [1]
    assert build_parser()[0].parse_args(["build", "--jobs", "3"]).jobs == 3


def test_mkdocs_serve_checks_in_its_own_process(tmp_path, monkeypatch):
    """The server's threads must not be forked: `mkdocs serve` checks with one job and keeps the documents it parsed
    itself, a build checks with the default and, with a second CPU, keeps them in a process of their own."""
    asked: list[tuple[int | None, bool]] = []

    def checked(project: Project, jobs: int | None = None, now=None, before=None, *, keep_apart=False) -> Loaded:
        asked.append((jobs, keep_apart))
        return Loaded((Problem("content/a.yml", 1, 1, "stop here"),), (), {})

    monkeypatch.setattr("generator.plugin.plugin.load_checked", checked)
    plugin = KroniekPlugin()
    plugin.load_config({})
    plugin.project = make_project(tmp_path)
    for command in ("serve", "build"):
        plugin.on_startup(command=command, dirty=False)
        with pytest.raises(PluginError, match="stop here"):
            plugin.on_files(Files([]), config=None)
    assert asked == [(1, False), (usable_cpus(), usable_cpus() > 1)]


def test_kroniek_build_jobs_reach_the_check_and_the_plugins_rendering(project_copy, pools, monkeypatch):
    monkeypatch.setattr(check, "POOL_MIN_FILES", 1)
    monkeypatch.setattr(site_output, "POOL_MIN_PARTS", 1)
    assert main(["--root", str(project_copy), "build", "--jobs", "3"]) == 0
    # the check's pool (no more processes than its two files), then the plugin's for the pages, before MkDocs renders:
    # two workers beside the process that asked, the third of the jobs
    assert pools == [2, 2]
    pools.clear()
    shutil.rmtree(project_copy / cache.CACHE_DIR)
    assert main(["--root", str(project_copy), "build", "--jobs", "1"]) == 0
    assert pools == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_error_in_one_call_is_raised_in_order_as_in_a_pool(jobs):
    import multiprocessing

    results = workers.in_processes(int, [("1",), ("geen getal",), ("3",)], jobs)
    assert next(results) == 1
    with pytest.raises(ValueError, match="geen getal"):
        next(results)
    assert multiprocessing.active_children() == []


def test_a_negative_jobs_option_is_refused(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    plugin = KroniekPlugin()
    plugin.load_config({"jobs": -1})
    with pytest.raises(PluginError, match="'jobs'"):
        plugin.on_config(load_config(str(tmp_path / "mkdocs.yml")))
