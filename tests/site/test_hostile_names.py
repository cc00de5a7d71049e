"""Hostile content file names, the second line of defence, in Chromium: links made of them run nothing.

`kroniek check` refuses such names, so `kroniek build` stops before it gets
here. This test skips the check: it renders pages for documents whose path
and slug are the attacks through the making layer's public functions, builds
them with plain MkDocs (no kroniek plugin) and opens every page in Chromium.
What is left to stop the attack is the percent-encoding of every href.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from playwright.sync_api import Browser

from generator import cli
from generator.content.check import check_and_load
from generator.content.review import ReviewItem
from generator.making import render
from generator.model import Document
from generator.project import Project

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
EDIT_BASE = "https://github.com/owner/kroniek/edit/main/"
# An edit link is made of the content file's path, a sources-index link of the slug: each name is both here.
NAMES = ('x"><img src=x onerror=window.__pwned=7>', "javascript:window.__pwned=1%2F%2F")
ARTICLE = "---\ntitle: Gewoon nieuws\npublished: 2022-01-06\n---\nOp maandag 3 januari 2022 ging de haven dicht.\n"
HREFS = "() => Array.from(document.querySelectorAll('[href]'), e => e.getAttribute('href'))"


def _named(document: Document, name: str) -> Document:
    """The same document as if its content file were `content/<name>.yml`."""
    events = tuple(replace(e, id=f"{name}-{e.id}", source=name) for e in document.events)
    return replace(document, path=f"content/{name}.yml", source=replace(document.source, slug=name), events=events)


@pytest.fixture(scope="module")
def named_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names")
    (root / "seeds").mkdir()
    (root / "seeds" / "gewoon.md").write_text(ARTICLE, encoding="utf-8")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    assert cli.main(["--root", str(root), "extract"]) == 0
    problems, [document] = check_and_load(Project(root))
    assert not problems and document.events
    documents = [_named(document, name) for name in NAMES]
    site = render.Site.of(documents, EDIT_BASE, editors=True)
    review = [ReviewItem("published", d.path, d.source.slug, "Zet de publicatiedatum.") for d in documents]
    pages = render.site_wide_pages(site, review)
    pages |= {render.source_page_path(d.source.slug): render.source_page(d, None, site=site) for d in documents}
    docs = root / "docs"
    shutil.copytree(render.DEFAULT_DOCS, docs)
    for path, text in pages.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = [p for p in config["plugins"] if "kroniek" not in (p if isinstance(p, dict) else [p])]
    config["docs_dir"] = "docs"
    # Without the plugin, Material's own edit button is MkDocs' link to the page's source file, joined unencoded:
    # MkDocs' business. The plugin points that button at the content file, percent-encoded.
    config["edit_uri"] = ""  # not left out: MkDocs then guesses one for a GitHub repo_url
    (root / "plain.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    build(load_config(str(root / "plain.yml")))
    return root / "site"


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).parent.as_posix().removeprefix(".") for p in site.rglob("index.html"))


def test_the_names_are_in_the_pages_as_encoded_links(named_site: Path) -> None:
    pages = _pages(named_site)
    assert {f"bronnen/{name}" for name in NAMES} <= set(pages), pages
    edit = quote('content/x"><img src=x onerror=window.__pwned=7>.yml', safe="/")
    for page in ("bronnen/" + NAMES[0], "redactie"):
        html = (named_site / page / "index.html").read_text(encoding="utf-8")
        assert re.search(f'href="{re.escape(EDIT_BASE + edit)}(#L[0-9]+)?"', html), page
    sources = (named_site / "bronnen" / "index.html").read_text(encoding="utf-8")
    assert f'href="{quote(NAMES[1], safe="/")}/"' in sources


def test_no_page_runs_a_file_name(named_site: Path, serve, browser: Browser) -> None:
    base = serve(named_site)
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    pages = _pages(named_site)
    assert len(pages) >= 6, pages
    for path in pages:
        page.goto(base + quote(path + "/" if path else ""))
        page.wait_for_load_state("networkidle")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.evaluate("document.querySelectorAll('[onerror], [onclick]').length") == 0, path
        hrefs = page.evaluate(HREFS)
        assert hrefs, path
        for href in hrefs:
            assert not href.strip().lower().startswith("javascript:"), (path, href)
            assert '"' not in href and "<" not in href, (path, href)
        for link in page.locator("a[href]").all():  # a click goes where the href says, nowhere that runs
            assert not link.evaluate("a => a.protocol").startswith("javascript"), path
    page.wait_for_timeout(200)
    assert dialogs == []
    context.close()
