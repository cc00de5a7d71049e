"""The site's pages and exports come from the cache only while nothing they are made of changed."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from generator import cache, pipeline, render, site_output
from generator.project import Project

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import write_corpus


@pytest.fixture
def project(tmp_path: Path) -> Project:
    write_corpus(tmp_path / "seeds", 12)
    project = Project(tmp_path)
    assert not pipeline.extract(project).errors
    return project


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The slugs whose source page is rendered (the real renderer still does the work)."""
    rendered: list[str] = []
    real = render.source_page

    def counted(document, source, **options):
        rendered.append(document.source.slug)
        return real(document, source, **options)

    monkeypatch.setattr(render, "source_page", counted)
    return rendered


def _uncached(project: Project, **options) -> site_output.SiteOutput:
    shutil.rmtree(project.root / cache.CACHE_DIR, ignore_errors=True)
    return site_output.site_output(project, **options)


def test_an_unchanged_project_is_served_from_the_cache_and_equals_a_fresh_render(project, renders):
    first = site_output.site_output(project)
    assert len(renders) == 12
    again = site_output.site_output(project)
    assert len(renders) == 12  # nothing rendered the second time
    assert again == first == _uncached(project)
    assert set(first.files) == {"events.json", "timelinejs.json", "events.ics"}
    assert first.edit_paths[render.source_page_path("art-00003")] == "content/art-00003.yml"


def test_a_changed_article_renders_its_own_source_page_again_and_no_other(project, renders):
    site_output.site_output(project)
    renders.clear()
    [article] = project.seeds_dir.glob("art-00003.*")
    article.write_text(article.read_text(encoding="utf-8") + "\nEen nieuwe slotzin zonder datum.\n", encoding="utf-8")
    output = site_output.site_output(project)
    assert renders == ["art-00003"]
    assert "Een nieuwe slotzin zonder datum." in output.pages[render.source_page_path("art-00003")]
    assert output == _uncached(project)


def test_an_editors_correction_reaches_the_timeline_source_page_and_exports(project):
    before = site_output.site_output(project)
    content = project.content_dir / "art-00005.yml"
    text = content.read_text(encoding="utf-8")
    old_text = text.split("\n    text: ", 1)[1].split("\n", 1)[0]
    content.write_text(text.replace(old_text, "Door de redactie herschreven zin.", 1), encoding="utf-8")
    after = site_output.site_output(project)
    new = "Door de redactie herschreven zin."
    assert after != before
    assert new in after.pages[render.source_page_path("art-00005")]
    assert new in "".join(markdown for page, markdown in after.pages.items() if page.startswith(("index", "tijdlijn")))
    assert new.encode() in after.files["events.json"]
    assert after == _uncached(project)


def test_a_removed_source_leaves_the_site(project):
    site_output.site_output(project)
    (project.content_dir / "art-00007.yml").unlink()
    output = site_output.site_output(project)
    assert render.source_page_path("art-00007") not in output.pages
    assert b"art-00007" not in output.files["events.json"]


def test_options_and_the_build_clock_are_part_of_the_key(project, monkeypatch):
    plain = site_output.site_output(project)
    with_edit = site_output.site_output(project, edit_base="https://example.org/edit/main/")
    page = render.source_page_path("art-00001")
    assert "https://example.org/edit/main/content/art-00001.yml" in with_edit.pages[page]
    assert "https://example.org/edit/" not in plain.pages[page]
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
