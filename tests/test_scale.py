"""Structure that keeps the site linear at scale, checked on small builds (times are in benchmarks/)."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from generator.making import render
from generator.model import Document, Event, SourceMeta
from generator.pipeline import extract
from generator.project import Project
from generator.temporal.values import interval
from tests.conftest import with_kroniek_options

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import write_corpus

MB = 1024 * 1024
REPO = Path(__file__).resolve().parents[1]


def _build(root: Path, sources: int, repo: Path, site: str = "site") -> Path:
    """A project of `sources` synthetic articles, extracted and built with MkDocs in this process."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    if not (root / "seeds").exists():
        write_corpus(root / "seeds", sources)
        shutil.copytree(repo / "site_templates", root / "site_templates")
        text = (repo / "mkdocs.yml").read_text("utf-8")
        text = with_kroniek_options(text, split_threshold=60)
        (root / "mkdocs.yml").write_text(text, encoding="utf-8")
        extract(Project(root))
    build(load_config(str(root / "mkdocs.yml"), site_dir=str(root / site)))
    return root / site


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[int, Path]:
    return {n: _build(tmp_path_factory.mktemp(f"scale{n}"), n, REPO) for n in (20, 200)}


def test_source_pages_do_not_grow_with_the_number_of_sources(sites):
    """Every page listed in `nav` would be copied into every page: size would grow with the sources."""
    small, large = (sorted(sites[n].glob("bronnen/art-0000*/index.html")) for n in (20, 200))
    for few, many in zip(small, large, strict=False):
        assert abs(many.stat().st_size - few.stat().st_size) < 2_000, many


def test_no_page_is_over_a_megabyte(sites):
    assert max(p.stat().st_size for p in sites[200].rglob("*.html")) < MB


def test_event_headings_stay_out_of_the_table_of_contents(sites):
    page = max(sites[200].glob("tijdlijn/*/index.html"), key=lambda p: p.stat().st_size)
    html = page.read_text("utf-8")
    toc = html[html.index('md-nav--secondary') :]
    toc = toc[: toc.index("</nav>")]
    event_ids = re.findall(r'<h3 id="([^"]+)"', html)
    assert event_ids and not any(f"#{identifier}" in toc for identifier in event_ids)


def _document(slug: str, count: int) -> Document:
    events = tuple(
        Event(
            id=f"{slug}-{n}", source=slug, when=f"2022-01-{n % 28 + 1:02d}", text=f"Zin {n}.", expression="x",
            span=(0, 1), sentence_span=(0, 5), interval=interval(f"2022-01-{n % 28 + 1:02d}"),
        )
        for n in range(count)
    )
    return Document(path=f"content/{slug}.yml", source=SourceMeta(slug=slug, file=f"seeds/{slug}.txt"), events=events)


def test_a_crowded_month_is_split_into_linked_parts():
    documents = [_document(f"bron-{n}", 100) for n in range(25)]  # 2,500 events in January 2022
    site = render.Site.of(documents, threshold=300)
    counts: dict[str, int] = {}
    for page in site.pages.values():
        counts[page] = counts.get(page, 0) + 1
    assert len(counts) >= 2500 // render.PAGE_MAX_EVENTS and max(counts.values()) <= render.PAGE_MAX_EVENTS
    pages = render.site_wide_pages(site)
    second = render.part_path(render.month_page_path("2022-01"), 2)
    first = pages[render.month_page_path("2022-01")]
    assert 'title: "Januari 2022, 1 januari"' in first, "a part says which days it holds"
    assert 'href="../2022-01-deel-2/" rel="next">Januari 2022, 2 januari →' in first and second in pages
    assert 'aria-label="januari 2022: 2500 gebeurtenissen">2500<' in pages[render.HOME], "the month's whole count"
