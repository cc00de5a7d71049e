"""The site's pages and exports come from the cache only while nothing they are made of changed."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pytest

from generator import pipeline
from generator.content.store import load_all
from generator.happenings import decisions
from generator.lang.words import site_words
from generator.making import exports, render
from generator.making import output as site_output
from generator.project import Project
from generator.support import cache, workers

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import write_corpus


@pytest.fixture
def project(tmp_path: Path) -> Project:
    write_corpus(tmp_path / "seeds", 12)
    project = Project(tmp_path)
    assert not pipeline.extract(project).errors
    return project


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """What is rendered, by kind: source pages by slug, timeline pages by path, event cards and export pieces by
    event id.

    The real renderers still do the work.
    """
    made: dict[str, list[str]] = {"source pages": [], "timeline pages": [], "cards": [], "export pieces": []}

    def counting(module, name, kind, label):
        real = getattr(module, name)

        def counted(*args, **options):
            made[kind].append(label(*args))
            return real(*args, **options)

        monkeypatch.setattr(module, name, counted)

    counting(render, "source_page_and_entries", "source pages", lambda document, source: document.source.slug)
    counting(render, "timeline_page_and_entries", "timeline pages", lambda site, page: page.path)
    counting(render.Site, "card", "cards", lambda site, event, page: event.id)
    counting(exports, "event_pieces", "export pieces", lambda event, source, stamp, zone=None: event.id)
    return made


def _uncached(project: Project, **options) -> site_output.SiteOutput:
    shutil.rmtree(project.root / cache.CACHE_DIR, ignore_errors=True)
    return site_output.site_output(project, **options)


def test_an_unchanged_project_is_served_from_the_cache_and_equals_a_fresh_render(project, made):
    first = site_output.site_output(project)
    assert len(made["source pages"]) == 12
    again = site_output.site_output(project)
    assert len(made["source pages"]) == 12  # nothing rendered the second time
    assert again == first == _uncached(project)
    assert set(first.files) == {"events.json", "timelinejs.json", "events.ics", "filters.json", "feed.xml"}
    assert first.edit_paths[render.source_page_path("art-00003")] == "content/art-00003.yml"


def test_the_timelinejs_cover_is_the_sites_name_over_the_languages_words(project):
    """The first slide of timelinejs.json says whose timeline it is: the site's name, and a line from the site words."""
    cover = json.loads(site_output.site_output(project, site_name="Het <Archief>").files["timelinejs.json"])["title"]
    assert cover["text"]["headline"] == "Het &lt;Archief&gt;"
    assert cover["text"]["text"] == site_words("nl").labels["timelinejs_cover"] != ""


def test_a_changed_article_renders_its_own_source_page_again_and_no_other(project, made):
    site_output.site_output(project, source_text="full")
    made["source pages"].clear()
    [article] = project.seeds_dir.glob("art-00003.*")
    article.write_text(article.read_text(encoding="utf-8") + "\nEen nieuwe slotzin zonder datum.\n", encoding="utf-8")
    output = site_output.site_output(project, source_text="full")
    assert made["source pages"] == ["art-00003"]
    assert "Een nieuwe slotzin zonder datum." in output.pages[render.source_page_path("art-00003")]
    assert output == _uncached(project, source_text="full")


def _correct_a_sentence(project: Project, slug: str, new: str) -> None:
    """An editor's correction: the first event's sentence of the source's content file rewritten."""
    content = project.content_dir / f"{slug}.yml"
    text = content.read_text(encoding="utf-8")
    old = text.split("\n    text: ", 1)[1].split("\n", 1)[0]
    content.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_editors_correction_reaches_the_timeline_source_page_and_exports(project):
    before = site_output.site_output(project)
    new = "Door de redactie herschreven zin."
    _correct_a_sentence(project, "art-00005", new)
    after = site_output.site_output(project)
    assert after != before
    assert new in after.pages[render.source_page_path("art-00005")]
    assert new in "".join(markdown for page, markdown in after.pages.items() if page.startswith(("index", "tijdlijn")))
    assert new.encode() in after.files["events.json"]
    assert after == _uncached(project)


def test_the_list_of_sources_and_the_editors_page_are_kept_until_what_they_show_changes(project, monkeypatch):
    made: list[str] = []
    for name in ("sources_index", "review_page_of"):
        real = getattr(render, name)
        monkeypatch.setattr(render, name, lambda *a, real=real, name=name, **k: made.append(name) or real(*a, **k))
    first = site_output.site_output(project, editors=True)
    assert sorted(made) == ["review_page_of", "sources_index"]
    made.clear()
    assert site_output.site_output(project, editors=True) == first
    assert made == [], "both taken from the cache"
    _correct_a_sentence(project, "art-00005", "Op dinsdag zei de wethouder iets anders.")
    site_output.site_output(project, editors=True)
    assert "sources_index" not in made, "a sentence is not in the list of sources"


def test_a_correction_renders_only_its_sources_timeline_pages_and_export_lines(project, made):
    site_output.site_output(project, threshold=1)  # a page per month
    for kind in made.values():
        kind.clear()
    _correct_a_sentence(project, "art-00005", "Door de redactie herschreven zin.")
    after = site_output.site_output(project, threshold=1)
    site = render.Site.of(load_all(project), threshold=1)
    own_pages = {site.pages[event.id] for event in site.by_source["art-00005"]}
    timeline_pages = [page for page in after.pages if page.startswith("tijdlijn/")]
    assert len(timeline_pages) > len(own_pages), "the corpus must spread over more months than this source's"
    assert sorted(made["timeline pages"]) == sorted(own_pages)
    assert set(made["cards"]) == {event.id for event in site.events if site.pages[event.id] in own_pages}
    assert made["export pieces"] == [event.id for event in site.by_source["art-00005"]]
    assert made["source pages"] == ["art-00005"]
    assert after == _uncached(project, threshold=1)


def test_a_new_happening_renders_only_the_parts_showing_its_reports(project, made):
    site_output.site_output(project, threshold=1)  # a page per month
    for kind in made.values():
        kind.clear()
    before = render.Site.of(load_all(project), threshold=1, happenings=_groups(project))
    crowded = {page for page in before.pages.values() if list(before.pages.values()).count(page) > 1}
    lone = [e for e in before.entries if e.id not in before.happenings and before.pages[e.id] in crowded]
    first = lone[0]  # two lone events of two sources, on two pages that keep other entries when one leaves
    second = next(e for e in lone if e.source != first.source and before.pages[e.id] != before.pages[first.id])
    path = decisions.happenings_path(project)
    path.parent.mkdir(parents=True, exist_ok=True)
    listed = [[*group] for group in _groups(project)] + [[first.id, second.id]]
    path.write_text("happenings:\n" + "".join(f"  - events: [{', '.join(g)}]\n" for g in listed), encoding="utf-8")
    after = site_output.site_output(project, threshold=1)
    site = render.Site.of(load_all(project), threshold=1, happenings=_groups(project))
    assert site.happenings[first.id] == site.happenings[second.id]
    shown = {before.pages[first.id], before.pages[second.id], site.pages[first.id]}
    assert sorted(made["timeline pages"]) == sorted(shown)
    assert set(before.pages.values()) - shown, "the corpus must spread over more months than the two events"
    assert sorted(made["source pages"]) == sorted({first.source, second.source})
    assert sorted(made["export pieces"]) == sorted(
        e.id for s in (first.source, second.source) for e in site.by_source[s]
    )
    assert after == _uncached(project, threshold=1)


def _groups(project: Project) -> list[tuple[str, ...]]:
    return [happening.events for happening in decisions.read_groups(project)]


def test_an_event_in_a_new_month_changes_its_neighbours_pager_too(project):
    before = site_output.site_output(project, threshold=1)
    [article] = project.seeds_dir.glob("art-00004.*")
    with article.open("a", encoding="utf-8") as stream:
        stream.write("\nOp 3 februari 2031 volgde een nieuwe verklaring van de burgemeester.\n")
    assert not pipeline.extract(project).errors
    after = site_output.site_output(project, threshold=1)
    assert "tijdlijn/2031-02.md" in after.pages and "tijdlijn/2031-02.md" not in before.pages
    assert after == _uncached(project, threshold=1)


def test_a_newer_publication_date_restamps_every_calendar_event(project):
    before = site_output.site_output(project)
    content = project.content_dir / "art-00001.yml"
    text = content.read_text(encoding="utf-8")
    published = text.split("\n  published: ", 1)[1].split("\n", 1)[0]
    content.write_text(text.replace(f"published: {published}", "published: '2031-07-01'", 1), encoding="utf-8")
    after = site_output.site_output(project)
    stamps = {line for line in after.files["events.ics"].decode().splitlines() if line.startswith("DTSTAMP:")}
    assert stamps == {"DTSTAMP:20310701T000000Z"}
    assert stamps.isdisjoint(before.files["events.ics"].decode().splitlines())
    assert after == _uncached(project)


def test_a_removed_source_leaves_the_site(project):
    site_output.site_output(project)
    (project.content_dir / "art-00007.yml").unlink()
    output = site_output.site_output(project)
    assert render.source_page_path("art-00007") not in output.pages
    assert b"art-00007" not in output.files["events.json"]


def test_options_and_the_build_clock_are_part_of_the_key(project, monkeypatch):
    plain = site_output.site_output(project)
    with_edit = site_output.site_output(project, edit_base="https://example.org/edit/main/", editors=True)
    public = site_output.site_output(project, edit_base="https://example.org/edit/main/")
    page = render.source_page_path("art-00001")
    assert "https://example.org/edit/main/content/art-00001.yml" in with_edit.pages[page]
    assert "https://example.org/edit/" not in plain.pages[page]
    assert "https://example.org/edit/" not in public.pages[page], "the public site has no edit links"
    assert render.REVIEW_PAGE in with_edit.pages and render.REVIEW_PAGE not in public.pages
    whole = site_output.site_output(project, source_text="full")
    assert whole.pages[page] != plain.pages[page]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    stamped = site_output.site_output(project)
    assert b"DTSTAMP:19700102T000000Z" in stamped.files["events.ics"]
    assert stamped.files["events.ics"] != plain.files["events.ics"]


def test_a_source_page_follows_its_events_when_the_timeline_splits_into_months(project):
    one_page = site_output.site_output(project, threshold=10_000)
    months = site_output.site_output(project, threshold=1)
    page = render.source_page_path("art-00002")
    assert "tijdlijn/" not in one_page.pages[page]
    assert "tijdlijn/" in months.pages[page]
    assert months == _uncached(project, threshold=1)


def test_source_pages_rendered_in_worker_processes_are_the_same(project, monkeypatch):
    content = project.content_dir / "art-00003.yml"  # known only to the month: the review looks for its day
    text = content.read_text(encoding="utf-8")
    published = text.split("\n  published: ", 1)[1].split("\n", 1)[0]
    content.write_text(text.replace(f"published: {published}", f"published: '{published.strip(chr(39))[:7]}'", 1))
    serial = _uncached(project, threshold=1, editors=True)
    assert "publicatiedatum alleen bekend tot op de maand" in serial.pages[render.REVIEW_PAGE]
    monkeypatch.setattr(site_output, "POOL_MIN_PARTS", 1)
    in_workers = _uncached(project, threshold=1, jobs=3, editors=True)
    assert in_workers == serial
    # cards made in the workers and joined into the pages, as each page would make its own
    public = _uncached(project, threshold=1, jobs=3)
    assert render.timeline_pages(load_all(project), threshold=1).items() <= public.pages.items()
    [article] = project.seeds_dir.glob("art-00006.*")
    article.write_text(article.read_text(encoding="utf-8") + "\nEen slotzin.\n", encoding="utf-8")
    assert site_output.site_output(project, threshold=1, jobs=3) == _uncached(project, threshold=1)


def test_a_renamed_content_file_changes_the_links_and_edit_links_of_its_cards(project):
    edit_base = "https://example.org/edit/main/"
    site_output.site_output(project, edit_base=edit_base, threshold=1, editors=True)
    for folder in (project.content_dir, project.content_dir / ".generated"):
        (folder / "art-00002.yml").rename(folder / "nieuwe-naam.yml")
    after = site_output.site_output(project, edit_base=edit_base, threshold=1, editors=True)
    timeline = "".join(markdown for page, markdown in after.pages.items() if page.startswith("tijdlijn/"))
    assert "content/nieuwe-naam.yml" in timeline and "content/art-00002.yml" not in timeline
    assert after == _uncached(project, edit_base=edit_base, threshold=1, editors=True)


def _site_files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


@pytest.fixture
def built(project_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project of 30 synthetic articles, extracted, with workers started for any amount of work."""
    shutil.rmtree(project_copy / "seeds")
    shutil.rmtree(project_copy / "content", ignore_errors=True)
    write_corpus(project_copy / "seeds", 30)
    assert not pipeline.extract(Project(project_copy)).errors
    monkeypatch.setattr(site_output, "POOL_MIN_PARTS", 1)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    return project_copy


def test_a_site_built_while_workers_make_its_pages_is_the_site_built_in_one_process(built):
    from generator.cli import main

    sites = {}
    for jobs in ("1", "3"):  # one process; MkDocs beside two workers
        shutil.rmtree(built / cache.CACHE_DIR)
        assert main(["--root", str(built), "build", "--jobs", jobs, "--site-dir", f"site-{jobs}"]) == 0
        sites[jobs] = _site_files(built / f"site-{jobs}")
    assert len(sites["1"]) > 30 and "bronnen/art-00007/index.html" in sites["1"]
    assert {"events.json", "timelinejs.json", "events.ics", "filters.json", "feed.xml"} <= sites["1"].keys()
    assert sites["3"] == sites["1"]  # the export files made apart while MkDocs rendered, too


def test_a_build_that_fails_while_mkdocs_renders_leaves_no_process_or_file_behind(built, monkeypatch, tmp_path):
    """The export files are made apart while MkDocs renders; a build failing meanwhile ends that process too."""
    import mkdocs.commands.build

    from generator.cli import main

    def broken(*args, **options):
        raise ValueError("het thema struikelt")

    monkeypatch.setattr(mkdocs.commands.build, "_build_page", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    with pytest.raises(ValueError, match="struikelt"):
        main(["--root", str(built), "build", "--jobs", "2"])
    assert multiprocessing.active_children() == [] and list((tmp_path / "tmp").iterdir()) == []


def test_a_page_that_cannot_be_made_stops_the_build_with_the_workers(built, monkeypatch, capsys, caplog):
    """Raised in a worker while MkDocs renders: a build error naming the file, no traceback, no worker left."""
    import multiprocessing

    from generator.cli import main
    from generator.errors import InputError

    def unreadable(document, source, **_):
        raise InputError(document.source.file, "cannot be read any more", 3)

    monkeypatch.setattr(render, "source_page_and_entries", unreadable)  # the workers are forked: they inherit it
    assert main(["--root", str(built), "build", "--jobs", "3"]) == 1
    said = capsys.readouterr().err + caplog.text  # MkDocs logs the error, then aborts
    # the first part in the order the pool makes them (by time) names its file
    assert re.search(r"kroniek: seeds/art-\d+\.txt:3: cannot be read any more", said) and "Aborted" in said
    assert "Traceback" not in said
    assert multiprocessing.active_children() == []


def _rendered_apart(monkeypatch: pytest.MonkeyPatch, noted: Path, then=None, wait: bool = True) -> None:
    """Each page a worker renders noted (`process page` lines in `noted`), then `then(page)` in that worker instead
    of rendering it, if given. With `wait`, MkDocs' first page waits until a worker has noted one, so that one
    surely does."""
    from mkdocs.commands import build as mkdocs_build

    from generator.plugin import apart

    real_render, real_build, asker, first = apart._render, mkdocs_build._build_page, os.getpid(), [wait]

    def render(shared, index):
        with noted.open("a", encoding="utf-8") as file:
            file.write(f"{os.getpid()} {shared[0][index].file.src_uri}\n")
        return real_render(shared, index) if then is None else then(shared[0][index])

    def build(page, *args, **options):
        deadline = time.monotonic() + 60
        while first[0] and os.getpid() == asker and not noted.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        first[0] = False
        return real_build(page, *args, **options)

    monkeypatch.setattr(apart, "_render", render)  # the workers are forked: they inherit both
    monkeypatch.setattr(mkdocs_build, "_build_page", build)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="pages are rendered apart only when forked")
@pytest.mark.parametrize("view", [[], ["--editors"]], ids=["public", "editors"])
def test_pages_rendered_by_workers_beside_mkdocs_make_the_site_mkdocs_makes_alone(
    built, monkeypatch, tmp_path, caplog, view
):
    """Byte for byte, with the sitemap, search index, navigation and anchors; MkDocs' "empty output" for the pages
    the workers rendered is not said; no process or folder is left."""
    import logging

    from generator.cli import main
    from generator.plugin import apart

    caplog.set_level(logging.INFO)
    sites = {}
    _rendered_apart(monkeypatch, noted := tmp_path / "noted")  # MkDocs' first page waits: the first build's
    for way in ("apart", "alone"):  # alone: what a project with another plugin gets
        monkeypatch.setattr(apart, "known_plugins", lambda config, own, way=way: way == "apart")
        monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / f"tmp-{way}"))
        (tmp_path / f"tmp-{way}").mkdir()
        shutil.rmtree(built / cache.CACHE_DIR, ignore_errors=True)
        assert main(["--root", str(built), "build", "--jobs", "2", "--site-dir", f"site-{way}", *view]) == 0
        sites[way] = _site_files(built / f"site-{way}")
        if noted.exists():
            noted.rename(tmp_path / f"noted-{way}")
        assert multiprocessing.active_children() == [] and list((tmp_path / f"tmp-{way}").iterdir()) == []
    assert not (tmp_path / "noted-alone").exists()
    by_worker = [line.split() for line in (tmp_path / "noted-apart").read_text(encoding="utf-8").splitlines()]
    assert by_worker and str(os.getpid()) not in {process for process, _ in by_worker}
    assert not any((built / "site_templates" / "docs" / page).exists() for _, page in by_worker)  # Kroniek's own
    assert "search/search_index.json" in sites["apart"] and "sitemap.xml" in sites["apart"]
    assert sites["apart"] == sites["alone"]
    assert "Generated empty output" not in caplog.text


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="pages are rendered apart only when forked")
def test_a_page_failing_in_a_worker_is_a_build_error_naming_it(built, monkeypatch, tmp_path, capsys, caplog):
    from generator.cli import main

    def fails(page):
        raise ValueError("het thema struikelt")

    _rendered_apart(monkeypatch, tmp_path / "noted", then=fails)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    assert main(["--root", str(built), "build", "--jobs", "2"]) == 1
    said = capsys.readouterr().err + caplog.text
    page = (tmp_path / "noted").read_text(encoding="utf-8").split()[1]
    assert f"kroniek: {page} could not be rendered: het thema struikelt" in said and "Aborted" in said
    assert "Traceback" not in said
    assert multiprocessing.active_children() == [] and list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="pages are rendered apart only when forked")
def test_the_page_of_a_worker_that_died_is_rendered_by_the_build(built, monkeypatch, tmp_path):
    from generator.cli import main

    assert main(["--root", str(built), "build", "--jobs", "1", "--site-dir", "site-1"]) == 0
    _rendered_apart(monkeypatch, tmp_path / "noted", then=lambda page: os._exit(9))
    shutil.rmtree(built / cache.CACHE_DIR)
    assert main(["--root", str(built), "build", "--jobs", "2", "--site-dir", "site-2"]) == 0
    assert len((tmp_path / "noted").read_text(encoding="utf-8").split("\n")) == 2  # it died at its first page
    assert _site_files(built / "site-2") == _site_files(built / "site-1")
    assert multiprocessing.active_children() == []


def test_pages_are_rendered_apart_only_beside_material_search_and_where_processes_are_forked(
    built, monkeypatch, tmp_path
):
    from mkdocs.config import load_config

    from generator.cli import main
    from generator.plugin import apart, plugin

    config = load_config(str(built / "mkdocs.yml"))
    assert apart.known_plugins(config, plugin.KroniekPlugin)
    (built / "tagged.yml").write_text(
        (built / "mkdocs.yml").read_text(encoding="utf-8").replace("\n  - search:", "\n  - tags\n  - search:", 1),
        encoding="utf-8",
    )
    assert "material/tags" in (tagged := load_config(str(built / "tagged.yml"))).plugins
    assert not apart.known_plugins(tagged, plugin.KroniekPlugin)
    monkeypatch.setattr(plugin, "inherits", lambda: False)
    _rendered_apart(monkeypatch, tmp_path / "noted", wait=False)
    assert main(["--root", str(built), "build", "--jobs", "2"]) == 0
    assert not (tmp_path / "noted").exists()


class _Shared:
    """A value that says whether it was pickled on its way to a worker."""

    def __init__(self, pickled: bool = False) -> None:
        self.pickled = pickled

    def __reduce__(self):
        return _Shared, (True,)


def _pickled_where(shared: _Shared, number: int, asker: int, started: Path | None) -> tuple[int, bool, int]:
    """Where a call ran, and whether `shared` was pickled to get there. With `started`, a worker's call marks it and
    the asking process's waits for the mark, so both surely take calls however slowly the worker starts."""
    if started is not None and os.getpid() != asker:
        started.touch()
    elif started is not None:
        deadline = time.monotonic() + 60
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
    return number, shared.pickled, os.getpid()


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers inherit memory only when forked")
def test_a_pools_shared_value_reaches_its_workers_unpickled_and_this_process_works_too(tmp_path: Path):
    """The site every part is made with goes to each worker as it starts, never pickled with each run of parts; the
    process that asked works on the parts too instead of waiting."""
    for jobs in (1, 2):
        calls = [(n, os.getpid(), tmp_path / "started" if jobs > 1 else None) for n in range(6)]
        made = list(workers.in_processes(_pickled_where, calls, jobs, chunksize=1, shared=_Shared()))
        assert [(number, pickled) for number, pickled, _ in made] == [(n, False) for n in range(6)]
    assert {pid for *_, pid in made} == {made[0][2], os.getpid()} and made[0][2] != os.getpid()
    assert multiprocessing.active_children() == []


def _fails_at_four(shared: _Shared, number: int) -> int:
    time.sleep(0.02)
    if number == 4:
        raise ValueError(f"call {number} failed")
    return number


def test_a_call_failing_in_this_process_is_raised_in_its_turn():
    """This process takes the last calls: one failing there comes after the workers' results before it."""
    results = workers.in_processes(_fails_at_four, [(n,) for n in range(6)], 2, chunksize=1, shared=_Shared())
    assert [next(results) for _ in range(4)] == [0, 1, 2, 3]
    with pytest.raises(ValueError, match="call 4 failed"):
        next(results)
    assert multiprocessing.active_children() == []


def _slow_in_a_worker(shared: _Shared, number: int, asker: int, started: Path) -> tuple[int, int]:
    """A call that takes a second in a worker and none here, once a worker has started one."""
    if os.getpid() != asker:
        started.touch()
        time.sleep(1)
    else:
        deadline = time.monotonic() + 60
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
    return number, os.getpid()


def test_no_call_is_handed_to_a_worker_ahead_so_this_process_takes_every_call_it_can(tmp_path: Path):
    """A pool's queue hands each worker the next calls before it asks: the asking process then waited for a
    worker's calls when it had none left. Calls are taken one at a time instead, by whichever process is free."""
    calls = [(n, os.getpid(), tmp_path / "started") for n in range(8)]
    made = list(workers.in_processes(_slow_in_a_worker, calls, 2, shared=_Shared()))
    assert [number for number, _ in made] == list(range(8))
    assert [pid == os.getpid() for _, pid in made] == [False] + [True] * 7
    assert multiprocessing.active_children() == []


def _long_text(number: int) -> str:
    return f"De gemeenteraad vergaderde op dinsdag {number} maart. " * 20_000  # about a megabyte


def _a_long_page(shared: _Shared, number: int, asker: int, started: Path) -> tuple[int, bool, str]:
    """A long result, made in a worker when one has started."""
    _pickled_where(shared, number, asker, started)
    return number, os.getpid() == asker, _long_text(number)


def test_a_workers_results_come_back_whole_and_leave_no_file_behind(tmp_path: Path, monkeypatch):
    """A worker keeps each result in a file of its pool's own folder rather than sending it through the pool's
    pipe; the folder is gone when the pool is, whether its calls end well or not."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    calls = [(n, os.getpid(), tmp_path / "started") for n in range(6)]
    made = list(workers.in_processes(_a_long_page, calls, 2, shared=_Shared()))
    assert [(number, text) for number, _, text in made] == [(n, _long_text(n)) for n in range(6)]
    assert not all(here for _, here, _ in made)  # a worker made some of them
    assert list((tmp_path / "tmp").iterdir()) == []
    with pytest.raises(ValueError, match="failed"):
        list(workers.in_processes(_fails_at_four, [(n,) for n in range(6)], 2, chunksize=1, shared=_Shared()))
    assert list((tmp_path / "tmp").iterdir()) == [] and multiprocessing.active_children() == []


def _fails_from_two(shared: _Shared, number: int, asker: int) -> int:
    """Calls 2 and 3 fail, 2 the later: in a worker, as this process takes its first call only once both failed."""
    if os.getpid() == asker:
        time.sleep(0.5)
    elif number >= 2:
        time.sleep(0.2 if number == 2 else 0)
        raise ValueError(f"call {number} failed")
    return number


def test_of_the_calls_failing_in_workers_the_first_in_order_is_raised_after_the_results_before_it():
    results = workers.in_processes(_fails_from_two, [(n, os.getpid()) for n in range(12)], 3, shared=_Shared())
    assert [next(results) for _ in range(2)] == [0, 1]
    with pytest.raises(ValueError, match="call 2 failed"):
        next(results)
    assert multiprocessing.active_children() == []


def _made_where(shared: _Shared) -> tuple[int, bool, str]:
    return os.getpid(), shared.pickled, _long_text(7)


def _fails_apart(shared: _Shared) -> None:
    raise ValueError("de export mislukte")


def test_a_call_made_beside_runs_in_a_process_of_its_own_and_leaves_nothing_behind(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    pid, pickled, text = workers.beside(_made_where, _Shared()).result()
    assert pid != os.getpid() and text == _long_text(7)
    assert pickled is (multiprocessing.get_start_method() != "fork")  # a forked process inherits it
    assert list(tmp_path.iterdir()) == [] and multiprocessing.active_children() == []
    failing = workers.beside(_fails_apart, _Shared())
    with pytest.raises(ValueError, match="mislukte"):
        failing.result()
    workers.beside(_made_where, _Shared()).close()  # a result no longer wanted
    assert list(tmp_path.iterdir()) == [] and multiprocessing.active_children() == []


def test_a_site_that_fails_after_its_export_files_process_started_waits_for_it_and_leaves_nothing(
    project, monkeypatch, tmp_path
):
    """The export files' process is started before the site's own pages are made: one of them failing ends it too,
    rather than leaving it to write into a folder removed underneath it."""

    def broken(*args, **options):
        raise ValueError("het sjabloon is stuk")

    monkeypatch.setattr(render, "site_wide_makers", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    with pytest.raises(ValueError, match="stuk") as raised:
        _uncached(project, jobs=2, files_apart=True)
    assert multiprocessing.active_children() == [] and list((tmp_path / "tmp").iterdir()) == []
    assert raised.traceback  # kept to the end: what it holds must not be what removes the folder


def test_export_files_are_made_apart_only_where_processes_are_forked(project, monkeypatch):
    """Under spawn or forkserver that process would start by pickling the whole site here: they are made here."""
    monkeypatch.setattr(workers, "inherits", lambda: False)
    output = _uncached(project, jobs=2, files_apart=True)
    assert output.later_files is None and output == _uncached(project)
    assert set(output.files) == {"events.json", "timelinejs.json", "events.ics", "filters.json", "feed.xml"}


def test_workers_are_stopped_when_interrupted_while_the_parts_come_in(project, monkeypatch):
    import multiprocessing

    real, received = workers.in_processes, []

    def interrupted(*args, **options):
        results = real(*args, **options)
        received.append(next(results))
        raise KeyboardInterrupt  # Ctrl-C while the workers still make the other runs

    monkeypatch.setattr(workers, "in_processes", interrupted)  # as `in_runs` hands the runs out
    monkeypatch.setattr(site_output, "POOL_MIN_PARTS", 1)
    with pytest.raises(KeyboardInterrupt):
        _uncached(project, jobs=3)
    assert received and multiprocessing.active_children() == []
