"""The live preview: a save renders again only the pages made of what changed, and shows in `kroniek serve`.

How fast is measured by `benchmarks/bench_preview.py`, never asserted here.
"""

from __future__ import annotations

import gc
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from generator import pipeline
from generator.content.check import load_checked
from generator.making import render
from generator.project import Project
from generator.support import snapshot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import write_corpus

SERVE_URL = "http://127.0.0.1:8000/"
TEXT_LINE = re.compile(r"^(    text: )(.*)$", re.M)


@pytest.fixture
def project(tmp_path: Path, repo: Path) -> Project:
    write_corpus(tmp_path / "seeds", 12)
    shutil.copy(repo / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(repo / "site_templates", tmp_path / "site_templates")
    return Project(tmp_path)


def edit(path: Path, mark: str) -> str:
    """An editor's save: the first event's sentence gets `mark` at its end; the sentence as saved."""
    text = path.read_text("utf-8")
    sentence = TEXT_LINE.search(text)[2] + f" {mark}"
    path.write_text(TEXT_LINE.sub(lambda m: m[1] + sentence, text, count=1), "utf-8")
    return sentence


class Preview:
    """MkDocs' dirty builds as `serve` runs them: a new configuration each time, one plugin for them all."""

    def __init__(self, project: Project, site: Path) -> None:
        self.project, self.site = project, site

    def build(self):
        os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
        config = load_config(str(self.project.mkdocs_yml), site_dir=str(self.site))
        config.plugins.on_startup(command="serve", dirty=True)
        build(config, serve_url=SERVE_URL, dirty=True)
        return config.plugins["kroniek"]

    def written(self) -> dict[str, int]:
        """Each page of the site → when it was last written (not the theme's 404 page, which MkDocs always writes)."""
        pages = (p for p in self.site.rglob("index.html"))
        return {p.relative_to(self.site).as_posix(): p.stat().st_mtime_ns for p in pages}


def test_a_build_well_or_not_leaves_no_object_frozen(project: Project, tmp_path: Path) -> None:
    """A build freezes its loaded documents for the garbage collector; `serve` builds again and again in one
    process, so every build, also one that fails, thaws them when it ends."""
    preview = Preview(project, tmp_path / "site")
    preview.build()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    broken = sorted(project.content_dir.glob("*.yml"))[3]
    broken.write_text(broken.read_text("utf-8").replace("events:", "events: [", 1), "utf-8")
    with pytest.raises(Abort):
        preview.build()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_no_garbage_is_collected_while_kroniek_makes_the_site(project: Project, tmp_path: Path, monkeypatch) -> None:
    """What Kroniek checks and makes holds no cycles: the collector is off while it does (0.2 s of a first build at
    1,000 articles), and on again for MkDocs' part and after the build."""
    from generator.plugin import plugin as kroniek_plugin

    collecting, made = [], kroniek_plugin.site_output

    def watched(*args, **options):
        collecting.append(gc.isenabled())
        return made(*args, **options)

    monkeypatch.setattr(kroniek_plugin, "site_output", watched)
    Preview(project, tmp_path / "site").build()
    assert collecting == [False] and gc.isenabled()


def test_a_save_renders_again_only_the_pages_made_of_it(project: Project, tmp_path: Path) -> None:
    preview = Preview(project, tmp_path / "site")
    plugin = preview.build()
    first = preview.written()
    assert len(plugin.rendered) == len(first) > 12  # every page, from scratch
    search = json.loads((preview.site / "search" / "kroniek_index.json").read_text("utf-8"))["docs"]

    content = sorted(project.content_dir.glob("*.yml"))[3]
    edit(content, "bijgewerkt-in-de-preview")
    plugin = preview.build()

    source_page = render.source_page_path(content.stem).removesuffix(".md") + "/"
    timeline = {url for url in plugin.rendered if url != source_page}
    assert source_page in plugin.rendered and timeline, plugin.rendered
    assert all(url == "" or url.startswith("tijdlijn/") for url in timeline), "a page not made of the change"
    assert len(plugin.rendered) <= 4
    again = preview.written()
    assert {page for page in first if again[page] != first[page]} == {f"{url}index.html" for url in plugin.rendered}
    for url in plugin.rendered:
        assert "bijgewerkt-in-de-preview" in (preview.site / url / "index.html").read_text("utf-8")

    now = json.loads((preview.site / "search" / "kroniek_index.json").read_text("utf-8"))["docs"]
    assert len(now) == len(search), "the index keeps the pages not rendered again, and no page twice"
    assert {entry["location"] for entry in now} == {entry["location"] for entry in search}
    assert any("bijgewerkt-in-de-preview" in entry["text"] for entry in now)


def test_a_save_leaves_the_data_files_and_search_a_full_build_would_write(project: Project, tmp_path: Path) -> None:
    """The whole timeline's files (filters, feed, exports), the search worker and the search entries after a dirty
    build are those of a full build of the same content, in the same (editors') view."""
    preview = Preview(project, tmp_path / "site")
    preview.build()
    edit(sorted(project.content_dir.glob("*.yml"))[3], "bijgewerkt-in-de-preview")
    preview.build()
    config = load_config(str(project.mkdocs_yml), site_dir=str(tmp_path / "full"))
    config.plugins["kroniek"].config.editors = True
    build(config)
    dirty, full = preview.site, tmp_path / "full"
    for name in ("filters.json", "feed.xml", "events.json", "events.ics"):
        assert (dirty / name).read_bytes() == (full / name).read_bytes(), name
    assert "bijgewerkt-in-de-preview" in (dirty / "events.json").read_text("utf-8")
    workers = sorted(p.name for p in (full / "assets/javascripts/workers").glob("kroniek-search.*.js"))
    assert workers and workers == sorted(p.name for p in (dirty / "assets/javascripts/workers").glob("kroniek-*.js"))

    def entries(site: Path) -> list[tuple[str, str, str]]:
        docs = json.loads((site / "search" / "kroniek_index.json").read_text("utf-8"))["docs"]
        return sorted((doc["location"], doc["title"], doc["text"]) for doc in docs)

    assert entries(dirty) == entries(full)


def test_an_article_added_renders_every_page_again(project: Project, tmp_path: Path) -> None:
    """A new page changes the navigation and lists of the others: nothing stale is served."""
    preview = Preview(project, tmp_path / "site")
    preview.build()
    (project.seeds_dir / "nieuw.txt").write_text(" date 2022-01-07 Gisteravond begon het overleg.\n", "utf-8")
    plugin = preview.build()
    assert (project.content_dir / "nieuw.yml").is_file()
    assert len(plugin.rendered) == len(preview.written())


def test_only_the_articles_of_what_changed_are_extracted_again(project: Project) -> None:
    assert not pipeline.extract(project).errors
    before = pipeline.snapshot(project)
    assert pipeline.changed_articles(project, before, pipeline.snapshot(project)) == []
    articles = sorted(project.seeds_dir.iterdir())
    edit(project.content_dir / f"{articles[2].stem}.yml", "x")
    with articles[5].open("a", encoding="utf-8") as stream:
        stream.write("Zondag volgde een verklaring.\n")
    (project.content_dir / ".generated" / f"{articles[7].stem}.yml").unlink()
    assert pipeline.changed_articles(project, before, pipeline.snapshot(project)) == [
        articles[2], articles[5], articles[7]]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def poll(url: str, words: str, seconds: float = 90) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        page = fetch(url)
        if page is not None and words in page:
            return True
        time.sleep(0.2)
    return False


def test_kroniek_serve_shows_a_save(project: Project) -> None:
    (project.root / "mkdocs.yml").write_text(
        re.sub(r"site_url: .*", "site_url: http://127.0.0.1/", project.mkdocs_yml.read_text("utf-8")), "utf-8")
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project.root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        assert poll(base, "</html>", 180), "kroniek serve did not serve"
        content = sorted(project.content_dir.glob("*.yml"))[1]
        time.sleep(1)
        edit(content, "gezien-in-serve")
        assert poll(f"{base}bronnen/{content.stem}/", "gezien-in-serve")
    finally:
        server.terminate()
        output = server.communicate(timeout=60)[0]
    assert "Traceback" not in output and "'dirty' build" not in output, output[-3000:]


def split_by_month(project: Project) -> None:
    """The timeline as one page per month, however few events there are."""
    config = project.mkdocs_yml.read_text("utf-8")
    project.mkdocs_yml.write_text(config.replace("  - kroniek:\n", "  - kroniek:\n      split_threshold: 1\n"), "utf-8")


def test_an_event_moved_to_another_month_leaves_the_one_and_reaches_the_other(project: Project, tmp_path: Path):
    split_by_month(project)
    assert not pipeline.extract(project).errors
    content = sorted(project.content_dir.glob("*.yml"))[4]
    event = re.search(r"^    when: '?(\d{4}-\d{2})-\d{2}\S*\n    text: (.*)$", content.read_text("utf-8"), re.M)
    marked = f"{event[0]} gemerkt"  # the event's text, as the editor changed it
    content.write_text(content.read_text("utf-8").replace(event[0], marked, 1), "utf-8")
    preview = Preview(project, tmp_path / "site")
    preview.build()
    old_month = preview.site / "tijdlijn" / event[1] / "index.html"
    assert "gemerkt" in old_month.read_text("utf-8")

    moved = "    when: '1999-03-15'\n    text: gemerkt"
    content.write_text(content.read_text("utf-8").replace(marked, moved, 1), "utf-8")
    plugin = preview.build()

    assert "gemerkt" in (preview.site / "tijdlijn" / "1999-03" / "index.html").read_text("utf-8")
    assert f"tijdlijn/{event[1]}/" in plugin.rendered, "the month it left is rendered again"
    assert "gemerkt" not in old_month.read_text("utf-8")


def test_a_broken_save_gives_its_error_and_the_next_save_shows(
    project: Project, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    preview = Preview(project, tmp_path / "site")
    preview.build()
    content = sorted(project.content_dir.glob("*.yml"))[2]
    good = content.read_text("utf-8")
    content.write_text(good.replace("events:\n", "events:\n  - id: [\n", 1), "utf-8")
    with pytest.raises(Abort):
        preview.build()
    failed = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert failed and re.search(rf"content/{content.name}:\d+:\d+: ", failed[-1]), failed
    assert content.read_text("utf-8") == good.replace("events:\n", "events:\n  - id: [\n", 1), "left as saved"

    edit(content, "hersteld-na-een-fout")
    content.write_text(content.read_text("utf-8").replace("events:\n  - id: [\n", "events:\n", 1), "utf-8")
    preview.build()
    page = preview.site / "bronnen" / content.stem / "index.html"
    assert "hersteld-na-een-fout" in page.read_text("utf-8")


def test_a_content_file_deleted_is_extracted_again_and_an_article_deleted_leaves_the_site(
    project: Project, tmp_path: Path
) -> None:
    preview = Preview(project, tmp_path / "site")
    preview.build()
    contents = sorted(project.content_dir.glob("*.yml"))
    contents[1].unlink()
    gone = project.seeds_dir / next(p.name for p in project.seeds_dir.iterdir() if p.stem == contents[5].stem)
    gone.unlink()
    contents[5].unlink()
    preview.build()

    assert contents[1].is_file(), "its article is still there: extracted again"
    sources = (preview.site / "bronnen" / "index.html").read_text("utf-8")
    assert f"{contents[1].stem}/" in sources and f"{contents[5].stem}/" not in sources
    assert f'"{contents[5].stem}' not in (preview.site / "events.json").read_text("utf-8")


def test_a_dirty_check_takes_again_only_what_is_as_it_was(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file's check and document is kept by the lstat of the file, its base and its article: a changed article
    is checked again (its spans), though its content file did not change."""
    monkeypatch.setattr(snapshot, "RACY_NS", -(10**18))  # every file taken as changed well before: lstat alone
    assert not pipeline.extract(project).errors
    first = load_checked(project, 1, pipeline.snapshot(project).files)
    assert first.parts and not first.problems
    again = load_checked(project, 1, pipeline.snapshot(project).files, first)
    assert again.parts == first.parts and again.documents == first.documents

    contents = sorted(project.content_dir.glob("*.yml"))
    edit(contents[0], "nieuw-in-de-check")
    third = load_checked(project, 1, pipeline.snapshot(project).files, again)
    assert any("nieuw-in-de-check" in e.text for d in third.documents for e in d.events)
    assert third == load_checked(project, 1, pipeline.snapshot(project).files)
    assert {n for n, p in third.parts.items() if p is not again.parts[n]} == {f"content/{contents[0].name}"}

    article = project.root / third.parts[f"content/{contents[3].name}"].document.source.file
    article.write_text("Een nieuwe eerste zin schuift alles op. " + article.read_text("utf-8"), "utf-8")
    fourth = load_checked(project, 1, pipeline.snapshot(project).files, third)
    assert {p.path for p in fourth.problems} == {f"content/{contents[3].name}"}, "its spans point elsewhere now"
    assert fourth.problems == load_checked(project, 1).problems


def test_the_editors_page_follows_a_save_that_settles_an_event(project: Project, tmp_path: Path) -> None:
    """The editors' page is kept between saves by all it shows: an event confirmed leaves it at once."""
    preview = Preview(project, tmp_path / "site")
    preview.build()
    review = preview.site / "redactie" / "index.html"
    content = next(p for p in sorted(project.content_dir.glob("*.yml")) if "    review: [" in p.read_text("utf-8"))
    text = content.read_text("utf-8")
    doubted = re.search(r"^  - id: (\S+)\n(?:    (?!review:).*\n)*    review: \[", text, re.M)
    assert f"#{doubted[1]}" in review.read_text("utf-8")
    confirmed = doubted[0].replace("    review: [", "    confirmed: true\n    review: [")
    content.write_text(text.replace(doubted[0], confirmed), "utf-8")
    preview.build()
    assert f"#{doubted[1]}" not in review.read_text("utf-8")
    edit(content, "weer-iets")
    preview.build()
    assert f"#{doubted[1]}" not in review.read_text("utf-8")


def test_serve_hears_a_save_from_the_kernel_at_once(tmp_path: Path) -> None:
    """On Linux `kroniek serve` listens (inotify) instead of polling thousands of files twice a second; MkDocs' own
    watches (a folder, mkdocs.yml) move along and still ask for a build, for a change and nothing else."""
    from mkdocs.livereload import LiveReloadServer
    from watchdog.observers.inotify import InotifyObserver

    from generator.plugin.plugin import _listen_for_changes

    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", "utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path / "site"))
    server.watch(str(tmp_path / "docs"))
    server.watch(str(tmp_path / "mkdocs.yml"))
    _listen_for_changes(server)
    assert isinstance(server.observer, InotifyObserver)
    server.observer.start()
    try:
        time.sleep(0.2)
        (tmp_path / "mkdocs.yml").read_text("utf-8")
        os.close(os.open(tmp_path / "mkdocs.yml", os.O_RDWR))  # as a lock is taken: opened for writing, not written
        time.sleep(0.5)
        assert not server._want_rebuild, "a file read or opened is no change: a build must not start the next"
        for saved in (tmp_path / "mkdocs.yml", tmp_path / "docs" / "pagina.md"):
            server._want_rebuild = False
            saved.write_text("site_name: y\n", "utf-8")
            end = time.monotonic() + 10
            while not server._want_rebuild and time.monotonic() < end:
                time.sleep(0.01)
            assert server._want_rebuild, saved
    finally:
        server.observer.stop()
        server.observer.join()


def test_the_list_of_sources_follows_a_retitled_source(project: Project, tmp_path: Path) -> None:
    """The list of sources is kept between saves by the sources it lists: a title an editor changes shows."""
    preview = Preview(project, tmp_path / "site")
    preview.build()
    content = sorted(project.content_dir.glob("*.yml"))[6]
    text = content.read_text("utf-8")
    content.write_text(re.sub(r"^  title: .*$", "  title: Een nieuwe kop van de redactie", text, count=1, flags=re.M))
    preview.build()
    assert "Een nieuwe kop van de redactie" in (preview.site / "bronnen" / "index.html").read_text("utf-8")
