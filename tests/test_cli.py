"""The `kroniek` command line end to end, on real files in a copy of the project."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from generator.cli import COMMANDS, main
from generator.commands.build import whole_site

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import write_corpus


@pytest.mark.parametrize("command", COMMANDS)
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leaving:
        main([command, "--help"])
    assert leaving.value.code == 0
    assert f"kroniek {command}" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in ([], ["nonsense"], ["list", "--no-such-flag"]):
        with pytest.raises(SystemExit) as leaving:
            main(argv)
        assert leaving.value.code == 2
    assert "usage: kroniek" in capsys.readouterr().err


def test_extract_writes_one_yaml_per_source_and_reruns_unchanged(run_kroniek, project_copy: Path) -> None:
    for path in (project_copy / "content").glob("*.yml"):
        path.unlink()
    first = run_kroniek("extract", cwd=project_copy)
    assert first.returncode == 0, first.stderr
    files = sorted(p.name for p in (project_copy / "content").glob("*.yml"))
    assert files == ["000-3a4275490f53a859.yml", "003-99419ed3d2e69392.yml"]
    before = {name: (project_copy / "content" / name).read_bytes() for name in files}
    again = run_kroniek("extract", cwd=project_copy)
    assert again.returncode == 0 and "2 unchanged" in again.stderr
    assert {name: (project_copy / "content" / name).read_bytes() for name in files} == before


def test_extract_names_a_bad_article_and_still_extracts_the_others(run_kroniek, project_copy: Path) -> None:
    (project_copy / "seeds" / "kapot.txt").write_bytes(b"\x00\x01binary")
    result = run_kroniek("extract", cwd=project_copy)
    assert result.returncode == 1
    assert "seeds/kapot.txt" in result.stderr and "binary" in result.stderr
    assert (project_copy / "content" / "003-99419ed3d2e69392.yml").exists()


def test_extract_given_paths_only(run_kroniek, project_copy: Path, tmp_path: Path) -> None:
    article = project_copy / "seeds" / "los.md"
    article.write_text("---\ntitle: Los bericht\npublished: 2024-04-02\n---\nGisteren ging de haven dicht.\n")
    result = run_kroniek("extract", "seeds/los.md", cwd=project_copy)
    assert result.returncode == 0, result.stderr
    assert "1 created; 0 file(s) with errors" in result.stderr  # only the article named
    listed = json.loads(run_kroniek("list", "--json", cwd=project_copy).stdout)
    assert [(e["source"], e["when"]) for e in listed if e["source"] == "los"] == [("los", "2024-04-01")]


def test_check_passes_on_fresh_content_and_fails_on_a_broken_file(run_kroniek, project_copy: Path) -> None:
    assert run_kroniek("extract", cwd=project_copy).returncode == 0
    assert run_kroniek("check", cwd=project_copy).returncode == 0
    (project_copy / "content" / "kapot.yml").write_text("source:\n  title: [open\n")
    result = run_kroniek("check", cwd=project_copy)
    assert result.returncode == 1
    assert "content/kapot.yml:" in result.stdout + result.stderr


def test_list_json_has_the_fields_other_tools_rely_on(run_kroniek, project_copy: Path) -> None:
    assert run_kroniek("extract", cwd=project_copy).returncode == 0
    result = run_kroniek("list", "--json", cwd=project_copy)
    events = json.loads(result.stdout)
    assert events and all({"id", "source", "when", "text"} <= set(e) for e in events)
    assert len({e["id"] for e in events}) == len(events)
    human = run_kroniek("list", cwd=project_copy)
    assert human.returncode == 0 and len(human.stdout.splitlines()) == len(events)


def test_list_shows_an_event_told_over_two_lines_on_one(run_kroniek, project_copy: Path) -> None:
    """A live blog's stamp line heads its entry: one paragraph of two lines, listed as one line of words."""
    (project_copy / "seeds" / "blog.txt").write_text(
        "Liveblog: storm\n\n2024-04-02\n\nUpdate 17u43\n\nEen boom valt op een auto in Oss.\n\n"
        "Update 17u30\n\nDe brandweer sluit de dijk bij Lith af.\n"
    )
    assert run_kroniek("extract", "seeds/blog.txt", cwd=project_copy).returncode == 0
    listed = run_kroniek("list", cwd=project_copy).stdout.splitlines()
    assert any(line.endswith("Update 17u43 Een boom valt op een auto in Oss.") for line in listed), listed
    assert not any("\\x0a" in line for line in listed)


def test_build_makes_the_site_with_a_page_for_each_source(run_kroniek, project_copy: Path) -> None:
    result = run_kroniek("build", cwd=project_copy, timeout=300)
    assert result.returncode == 0, result.stderr
    site = project_copy / "site"
    assert (site / "index.html").exists()
    pages = [p for p in site.rglob("index.html") if "bronnen" in p.parts]
    for slug in ("000-3a4275490f53a859", "003-99419ed3d2e69392"):
        assert any(slug in page.parts for page in pages), slug


def test_build_stops_on_content_problems(run_kroniek, project_copy: Path) -> None:
    assert run_kroniek("extract", cwd=project_copy).returncode == 0
    content = project_copy / "content" / "000-3a4275490f53a859.yml"
    content.write_text(content.read_text().replace("when: ", "when: '2022-02-30' #", 1))
    result = run_kroniek("build", cwd=project_copy, timeout=300)
    assert result.returncode == 1
    assert "content/000-3a4275490f53a859.yml:" in result.stderr
    assert not (project_copy / "site" / "index.html").exists()


def site_state(site: Path) -> dict[str, str]:
    """Every file of a built site by path, with a digest of its bytes: two equal states are the same site."""
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}  # fmt: skip


def leftovers(site: Path) -> list[str]:
    return sorted(p.name for p in site.parent.glob(f".{site.name}.kroniek-*"))


def test_a_failed_build_leaves_the_old_site_as_it_was(run_kroniek, project_copy: Path) -> None:
    assert run_kroniek("build", cwd=project_copy, timeout=300).returncode == 0
    site = project_copy / "site"
    old = site_state(site)
    content = project_copy / "content" / "000-3a4275490f53a859.yml"
    content.write_text(content.read_text().replace("when: ", "when: '2022-02-30' #", 1))
    result = run_kroniek("build", cwd=project_copy, timeout=300)
    assert result.returncode == 1 and "content/000-3a4275490f53a859.yml:" in result.stderr
    assert site_state(site) == old
    assert leftovers(site) == []


KILLED_BUILD_ARTICLES = 40
KILLS = (signal.SIGKILL, signal.SIGINT) * 3


def test_ctrl_c_while_the_old_site_is_removed_waits_for_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C that lands while the old site is being removed is acted on once it is gone: nothing is left beside
    the new site (a Ctrl-C at any other moment of the swap is tested with real builds below)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old", encoding="utf-8")
    remove = shutil.rmtree

    def interrupted_removal(path, *args, **kwargs):
        if Path(path).name.startswith(".site.kroniek-old-"):
            signal.raise_signal(signal.SIGINT)
        remove(path, *args, **kwargs)

    monkeypatch.setattr(shutil, "rmtree", interrupted_removal)
    with pytest.raises(KeyboardInterrupt), whole_site(site) as staging:
        (staging / "index.html").write_text("new", encoding="utf-8")
    assert (site / "index.html").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site.kroniek-")) == []


def test_a_killed_build_leaves_a_whole_site_old_or_new(run_kroniek, tmp_path: Path, repo: Path) -> None:
    """Ctrl-C or kill -9 at random moments of `kroniek build`: site/ is every time the old site or the new, whole."""
    shutil.copytree(repo / "site_templates", tmp_path / "site_templates")
    shutil.copy(repo / "mkdocs.yml", tmp_path / "mkdocs.yml")
    write_corpus(tmp_path / "seeds", KILLED_BUILD_ARTICLES)
    assert run_kroniek("extract", cwd=tmp_path, timeout=300).returncode == 0
    started = time.monotonic()
    assert run_kroniek("build", cwd=tmp_path, timeout=300).returncode == 0
    duration = time.monotonic() - started
    site = tmp_path / "site"
    old = site_state(site)
    # Something new to publish, extracted now so that every kill lands in the build itself.
    write_corpus(tmp_path / "seeds", KILLED_BUILD_ARTICLES + 1)
    assert run_kroniek("extract", cwd=tmp_path, timeout=300).returncode == 0
    rng = random.Random(12)
    seen: list[tuple[str, float, dict[str, str]]] = []
    interrupted = 0
    for kill in KILLS:
        moment = rng.uniform(0.05, 0.95) * duration
        before = leftovers(site)
        build = subprocess.Popen(
            [sys.executable, "-m", "generator.cli", "build"], cwd=tmp_path, start_new_session=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(moment)
        if build.poll() is None:
            interrupted += 1
            os.killpg(build.pid, kill)  # the whole group, as Ctrl-C in a terminal reaches the workers too
        build.wait(timeout=120)
        seen.append((kill.name, moment, site_state(site)))
        if kill == signal.SIGINT:
            assert set(leftovers(site)) <= set(before), f"Ctrl-C after {moment:.2f} s left a temporary folder"
    assert interrupted >= len(KILLS) // 2, "the builds ended before they could be killed: the corpus is too small"
    assert run_kroniek("build", cwd=tmp_path, timeout=300).returncode == 0
    new = site_state(site)
    assert new != old and "index.html" in old
    assert leftovers(site) == [], "the next build did not remove what a killed one left"
    for name, moment, state in seen:
        assert state in (old, new), f"{name} after {moment:.2f} s left a site that is neither the old nor the new"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch_until(url: str, server: subprocess.Popen[bytes], done, seconds: float = 120) -> str:
    """Poll `url` until `done(page)` holds, failing if the server dies or time runs out."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                page = response.read().decode("utf-8")
            if done(page):
                return page
        except OSError:
            pass
        assert server.poll() is None, f"the server stopped (exit {server.returncode})"
        assert time.monotonic() < deadline, f"{url} did not show what was expected in time"
        time.sleep(0.5)


def test_serve_prints_its_address_previews_the_site_and_reloads_an_edited_article(project_copy: Path) -> None:
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project_copy, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    said: list[str] = []
    threading.Thread(target=lambda: said.extend(server.stderr), daemon=True).start()
    try:
        deadline = time.monotonic() + 120
        while not (address := re.search(r"Serving on (http://\S+)", "".join(said))):
            assert server.poll() is None and time.monotonic() < deadline, "".join(said)
            time.sleep(0.2)
        url = address.group(1)  # the path of site_url included, where MkDocs serves the site
        assert url == f"http://127.0.0.1:{port}/kroniek/"
        assert "Kroniek" in fetch_until(url, server, lambda page: "Kroniek" in page)
        article = "---\ntitle: Brug\npublished: 2024-03-08\n---\nGisteren ging de nieuwe brug open.\n"
        (project_copy / "seeds" / "brug.md").write_text(article, encoding="utf-8")
        page = fetch_until(url, server, lambda page: "nieuwe brug" in page)
        assert "donderdag 7 maart 2024" in page
        assert (project_copy / "content" / "brug.yml").exists()
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_seed_content_with_the_editors_dates_lists_the_gold_chronology(
    run_kroniek, project_copy: Path, data: Path
) -> None:
    import yaml

    gold = yaml.safe_load((data / "seeds-gold.yaml").read_text(encoding="utf-8"))["timeline"]
    # Extract again first: the editor's dates in content/ must lead today's tagger to the same chronology.
    assert run_kroniek("extract", cwd=project_copy).returncode == 0
    listed = json.loads(run_kroniek("list", "--json", cwd=project_copy).stdout)
    assert [(e["when"], e["source"][:3]) for e in listed] == [(g["date"], g["source"]) for g in gold]
    assert all(e["text"].startswith(g["starts"]) for e, g in zip(listed, gold, strict=True))


def test_console_script_is_installed() -> None:
    import shutil

    script = shutil.which("kroniek")
    assert script, "the kroniek console script is not on PATH: install the package"
    result = subprocess.run([script, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout.startswith("kroniek ")


def test_an_article_outside_seeds_is_refused_by_name(run_kroniek, project_copy: Path) -> None:
    (project_copy / "los.md").write_text("---\ntitle: Los bericht\n---\nGisteren ging de haven dicht.\n")
    result = run_kroniek("extract", "los.md", cwd=project_copy)
    assert result.returncode == 1
    assert "error: los.md: an article must be a file inside seeds/" in result.stderr
    assert "Traceback" not in result.stderr


def test_init_writes_a_project_that_builds_and_never_overwrites(run_kroniek, tmp_path: Path) -> None:
    result = run_kroniek("init", "redactie", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    project = tmp_path / "redactie"
    written = set(result.stdout.split())
    expected = {"mkdocs.yml", "README.md", ".gitignore", "requirements.txt", ".github/workflows/pages.yml",
                ".github/workflows/ci.yml", "seeds/.gitkeep", "content/.gitkeep", "site_templates/docs/.gitkeep"}
    assert written == expected and all((project / path).is_file() for path in expected)
    assert (project / "mkdocs.yml").read_bytes() == (Path(__file__).parents[1] / "mkdocs.yml").read_bytes()
    assert "kroniek" in (project / "requirements.txt").read_text().splitlines()[-1]

    (project / "README.md").write_text("Onze eigen README\n")
    (project / "mkdocs.yml").unlink()
    again = run_kroniek("init", "redactie", cwd=tmp_path)
    assert again.returncode == 1 and again.stdout == ""
    assert "already has" in again.stderr and "README.md" in again.stderr and "never overwrites" in again.stderr
    assert (project / "README.md").read_text() == "Onze eigen README\n"
    assert not (project / "mkdocs.yml").exists(), "nothing is written when anything is in the way"
    (tmp_path / "a-file").write_text("x")
    assert run_kroniek("init", "a-file", cwd=tmp_path).returncode == 1


def test_build_warns_while_site_url_and_repo_url_are_the_examples(run_kroniek, tmp_path: Path) -> None:
    assert run_kroniek("init", "p", cwd=tmp_path).returncode == 0
    project = tmp_path / "p"
    (project / "seeds" / "brug.md").write_text("---\npublished: 2024-03-08\n---\nGisteren ging de brug open.\n")
    built = run_kroniek("build", cwd=project)
    assert built.returncode == 0, built.stderr
    assert (project / "site" / "bronnen" / "brug" / "index.html").is_file()
    warned = [line for line in built.stderr.splitlines() if "is still the example" in line]
    assert [line.split(":")[1:3] for line in warned] == [[" mkdocs.yml", "6"], [" mkdocs.yml", "7"]]
    config = (project / "mkdocs.yml").read_text()
    config = config.replace("https://owner.github.io/kroniek/", "https://redactie.example.org/kroniek/")
    (project / "mkdocs.yml").write_text(config.replace("github.com/owner/kroniek", "github.com/redactie/kroniek"))
    rebuilt = run_kroniek("build", cwd=project)
    assert rebuilt.returncode == 0 and "is still the example" not in rebuilt.stderr


ENDING = """
import atexit, sys, threading, time
import generator.cli as cli

class Held:
    def __del__(self):
        print("torn down", file=sys.stderr)

def main():
    def late():
        time.sleep(0.3)
        open(sys.argv[1], "w").write("written")
    threading.Thread(target=late).start()
    atexit.register(print, "exit handler ran")
    print("x" * 100_000)  # more than a buffer holds
    return int(sys.argv[2])

cli.main = main
held = Held()
cli.run()
"""


@pytest.mark.parametrize("code", [0, 1, 3])
def test_the_command_ends_with_mains_code_and_output_but_skips_the_teardown(tmp_path: Path, code: int) -> None:
    """Every exit handler and thread is done and all output flushed before the process ends; only the interpreter's
    freeing of each object (`torn down` from a `__del__`) is skipped."""
    marker = tmp_path / "late"
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}  # as a shell has it
    done = subprocess.run(
        [sys.executable, "-c", ENDING, str(marker), str(code)], capture_output=True, text=True, timeout=60, check=False,
        env=buffered,
    )  # fmt: skip
    assert done.returncode == code
    assert done.stdout == "x" * 100_000 + "\nexit handler ran\n"
    assert marker.read_text() == "written", "a thread still at work when main returned was cut off"
    assert "torn down" not in done.stderr


def test_a_command_that_raises_ends_as_python_does(tmp_path: Path) -> None:
    failing = ENDING.replace("return int(sys.argv[2])", 'raise RuntimeError("boom")')
    done = subprocess.run(
        [sys.executable, "-c", failing, str(tmp_path / "late"), "0"], capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert done.returncode == 1 and "RuntimeError: boom" in done.stderr and "torn down" in done.stderr


def test_an_exit_handler_registered_before_the_command_still_runs(tmp_path: Path) -> None:
    """One a `sitecustomize` or a coverage hook registered first would run after the fast ending: then there is none."""
    earlier = "import atexit\natexit.register(print, 'earlier handler ran')\n" + ENDING
    done = subprocess.run(
        [sys.executable, "-c", earlier, str(tmp_path / "late"), "3"], capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert done.returncode == 3 and done.stdout.endswith("exit handler ran\nearlier handler ran\n")


def test_a_fault_of_kroniek_s_on_one_article_is_named_and_the_others_are_extracted(
    project_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug deep in the tagger (a KeyError, as `de derde week van maart` once raised) must not end the run with a
    traceback: the article is named with the fault, the others are extracted, and the exit code says it failed."""
    import generator.pipeline as pipeline

    real = pipeline.source_events

    def faulty(source, *rest):
        if "storing in de tagger" in source.text:
            raise KeyError("dom")
        if "fout in de tagger" in source.text:  # a ValueError of Kroniek's own is a fault, not the article's
            raise ValueError("year 10000 is out of range")
        return real(source, *rest)

    monkeypatch.setattr(pipeline, "source_events", faulty)
    for path in (project_copy / "content").glob("*.yml"):
        path.unlink()
    (project_copy / "seeds" / "storing.txt").write_text("Gisteren was er een storing in de tagger.\n", "utf-8")
    (project_copy / "seeds" / "fout.txt").write_text("Gisteren zat er een fout in de tagger.\n", "utf-8")
    code = main(["--root", str(project_copy), "extract"])
    err = capsys.readouterr().err
    assert code == 1
    assert "seeds/storing.txt" in err and "KeyError: 'dom'" in err and "fault of Kroniek's" in err
    (line,) = [line for line in err.splitlines() if "seeds/fout.txt" in line]
    assert "ValueError: year 10000 is out of range" in line and "fault of Kroniek's" in line
    assert "Traceback" not in err
    assert sorted(p.name for p in (project_copy / "content").glob("*.yml")) == [
        "000-3a4275490f53a859.yml", "003-99419ed3d2e69392.yml"
    ]
