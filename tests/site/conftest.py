"""Real builds of the site for the browser tests, served at `/` and under a sub-path, and a real Chromium.

The seeds' project is a temporary copy of the repository's articles, content, templates
and mkdocs.yml. The editor's step the gold chronology assumes (the publication
dates in `seeds-gold.yaml`) is applied to the content files, then `kroniek build`
runs as in CI: extract, check, and MkDocs' own build with the kroniek plugin. The
public site is what readers get; the editors' view is built beside it from the same
project. A second project, a small synthetic corpus with hand-written articles added,
is split into month pages: the filters, the overview and the honest pages need it.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, ConsoleMessage, Page, Route, sync_playwright

from generator import cli
from generator.content import store
from generator.pipeline import extract
from generator.project import Project
from tests.conftest import with_kroniek_options

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus import write_corpus

REPO = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).resolve().parents[1] / "data" / "seeds-gold.yaml"
# Debian's chromium (GitHub's Ubuntu runners have one there too), or the browser KRONIEK_CHROMIUM names;
# without either, Playwright's own Chromium if `python -m playwright install chromium` fetched it.
CHROMIUM = Path(os.environ.get("KRONIEK_CHROMIUM") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SUB_PATH = "repo/"


@pytest.fixture(scope="session")
def gold() -> dict:
    assert GOLD.is_file(), f"{GOLD} is missing"
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


def _set_publication_dates(project: Project, gold: dict) -> None:
    """What an editor does before the gold chronology holds: set each article's publication day."""
    dates = {article["file"]: article["dct"] for article in gold["articles"]}
    for path in store.content_files(project.content_dir):
        name = project.relative(path)
        tree = store.parse(path.read_text(encoding="utf-8"), name)
        dct = dates.get(Path(str(tree["source"]["file"])).name)
        if dct and tree["source"].get("published") != dct:
            tree["source"]["published"] = dct
            path.write_text(store.dump(tree), encoding="utf-8")


@pytest.fixture(scope="session")
def seeds_project(tmp_path_factory: pytest.TempPathFactory, gold: dict) -> Project:
    root = tmp_path_factory.mktemp("project")
    for name in ("seeds", "content", "site_templates"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    project = Project(root)
    report = extract(project)
    assert not report.errors, report.errors
    _set_publication_dates(project, gold)
    return project


@pytest.fixture(scope="session")
def site_dir(seeds_project: Project) -> Path:
    """The public site of the seeds, as `kroniek build` makes it."""
    assert cli.main(["--root", str(seeds_project.root), "build"]) == 0, "kroniek build failed"
    return seeds_project.site_dir


@pytest.fixture(scope="session")
def editors_dir(seeds_project: Project, site_dir: Path) -> Path:
    """The editors' view of the same project: `kroniek build --editors`."""
    target = seeds_project.root / "site-redactie"
    assert cli.main(["--root", str(seeds_project.root), "build", "--editors", "--site-dir", str(target)]) == 0
    return target


# Hand-written articles for the corpus site (our own sentences): a clock time, a publisher across months, a
# sentence dated by one day that mentions another.
OWN_ARTICLES = {
    "loket.md": """---
title: Gemeente opent noodloket na onrust
published: 2022-01-06
publisher: Stadsblad
url: https://example.org/stadsblad/loket
---
Op woensdag 5 januari 2022 om 10.30 uur opende de gemeente een noodloket voor gedupeerde winkeliers.

In maart 2021 had de raad al om zo'n loket gevraagd. Op 2 februari 2022 sluit het loket weer.
""",
    "zonder-titel.md": """---
published: 2022-02-03
publisher: Stadsblad
---
Op donderdag 3 februari 2022 ruimden vrijwilligers de laatste resten van het kampement op.

Het plein is weer open voor de markt.
""",
    "storm.md": """---
title: Treinen rijden weer na de storm
published: 2022-03-08
publisher: Spoorkrant
---
Na de storm van zondag reden gisteren weer treinen tussen de steden.
""",
}
CORPUS_ARTICLES = 36
CORPUS_SPLIT = 40
OWN_TEXT = "De redactie vat samen: op 7 januari 2022 keerde de rust terug."


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic corpus with our own articles and an editor's own event, split into pages: the public site."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(REPO / "site_templates", root / "site_templates")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = with_kroniek_options(config, split_threshold=CORPUS_SPLIT)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    write_corpus(root / "seeds", CORPUS_ARTICLES)
    for name, text in OWN_ARTICLES.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    project = Project(root)
    assert not extract(project).errors
    content = project.content_dir / "loket.yml"
    tree = store.parse(content.read_text(encoding="utf-8"), "loket.yml")
    tree["events"].append({"id": "loket-redactie", "when": "2022-01-07", "text": OWN_TEXT, "expression": "7 januari"})
    content.write_text(store.dump(tree), encoding="utf-8")
    untitled = project.content_dir / "zonder-titel.yml"  # its first sentence is no title: an editor clears it
    tree = store.parse(untitled.read_text(encoding="utf-8"), "zonder-titel.yml")
    tree["source"]["title"] = None
    untitled.write_text(store.dump(tree), encoding="utf-8")
    assert cli.main(["--root", str(root), "build"]) == 0, "kroniek build failed"
    return project.site_dir


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Requests are not news."""


def _serve(directory: Path) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def servers(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Base URLs: the site at the server's root, and inside `/repo/` as on GitHub Pages."""
    yield from _servers(site_dir, tmp_path_factory)


def _servers(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    parent = tmp_path_factory.mktemp("pages")
    shutil.copytree(site_dir, parent / SUB_PATH)
    at_root, below = _serve(site_dir), _serve(parent)
    yield {
        "root": f"http://127.0.0.1:{at_root.server_address[1]}/",
        "sub": f"http://127.0.0.1:{below.server_address[1]}/{SUB_PATH}",
    }
    for server in (at_root, below):
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def zensical_site_dir(site_dir: Path) -> Path:
    """The same project built by Zensical from the Markdown folder, after (and beside) the MkDocs build."""
    target = site_dir.parent / "site-zensical"
    assert cli.main(["--root", str(site_dir.parent), "build", "--builder", "zensical", "--site-dir", str(target)]) == 0
    return target


@pytest.fixture(scope="session")
def zensical_servers(zensical_site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The Zensical build's base URLs, at a server's root and inside `/repo/`."""
    yield from _servers(zensical_site_dir, tmp_path_factory)


@pytest.fixture(params=["root", "sub"])
def base_url(request: pytest.FixtureRequest, servers: dict[str, str]) -> str:
    return servers[request.param]


@pytest.fixture
def root_url(servers: dict[str, str]) -> str:
    return servers["root"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        own = Path(playwright.chromium.executable_path)
        if not CHROMIUM.exists() and ("KRONIEK_CHROMIUM" in os.environ or not own.exists()):
            pytest.fail(f"{CHROMIUM} is missing: run tests/install-browser.sh")
        executable = CHROMIUM if CHROMIUM.exists() else own
        launched = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Visit:
    """A page plus what went wrong in it: console errors, uncaught exceptions, requests leaving the machine."""

    page: Page
    errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # every request the page made, in order

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error" and message.location.get("url") not in self.external:
            self.errors.append(f"{message.text} ({message.location.get('url')})")

    def route(self, route: Route) -> None:
        """Keep the tests off the network: anything not on 127.0.0.1 is refused and noted."""
        self.requests.append(route.request.url)
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(10_000)
    watched = Visit(page)
    context.route("**/*", watched.route)
    page.on("console", watched.console)
    page.on("pageerror", lambda error: watched.errors.append(f"uncaught: {error}"))
    yield watched
    context.close()


@pytest.fixture
def page(visit: Visit) -> Page:
    return visit.page


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """Serve any built site folder for the session; gives its base URL."""
    started: list[http.server.ThreadingHTTPServer] = []

    def start(directory: Path) -> str:
        started.append(_serve(directory))
        return f"http://127.0.0.1:{started[-1].server_address[1]}/"

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def editors_url(editors_dir: Path, serve: Callable[[Path], str]) -> str:
    return serve(editors_dir)


@pytest.fixture(scope="session")
def corpus_url(corpus_dir: Path, serve: Callable[[Path], str]) -> str:
    return serve(corpus_dir)
