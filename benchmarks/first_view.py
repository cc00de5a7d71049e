"""What a reader's first view of each kind of page downloads, gzip as served, at a given number of articles.

Run on demand: `python benchmarks/first_view.py [--sizes 1000,5000]`. For each size it builds the
public site of a synthetic corpus (`benchmarks/corpus.py`, via `benchmarks/served.py`), serves it
with gzip and opens each kind of page in a fresh Chromium context (nothing cached), as a phone
(390×844) would, until the network is idle. A page's first view is every response's transferred
bytes (headers and gzip body, as Playwright reports them): the HTML, styles, scripts, the sitemap
Material's instant navigation reads, the search settings and the search worker. Requests that
leave the machine (the repository's star count on GitHub) are refused and not counted.

The baseline, measured in the same run: the search entries a reader would download with the
first view if Material loaded them then, as it does on its own (`search/kroniek_index.json`,
gzip). The goal: at most 300 KB on any page at 5,000 articles. Also printed: HTML bytes per
event of the largest month page and of a source page (the markup's weight, gzip and raw).
Nothing here asserts; the figures are the result.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from served import build_site, serve

CHROMIUM = "/usr/bin/chromium"
LIMIT_KB = 300
KB = 1024


def page_kinds(site: Path) -> dict[str, str]:
    """One page of each kind, by its path in the site: the largest month part, a typical source page."""
    months = [p for p in (site / "tijdlijn").glob("*/index.html") if re.fullmatch(r"\d{4}-\d\d", p.parent.name)]
    years = [p for p in (site / "tijdlijn").glob("*/index.html") if re.fullmatch(r"\d{4}", p.parent.name)]
    sources = sorted((site / "bronnen").glob("*/index.html"), key=lambda p: p.stat().st_size)
    largest = max(months, key=lambda p: p.stat().st_size)
    kinds = {
        "home (overview)": "",
        "month page (largest)": _path(site, largest),
        "year page": _path(site, max(years, key=lambda p: p.stat().st_size)) if years else None,
        "source page (median)": _path(site, sources[len(sources) // 2]),
        "source page (largest)": _path(site, sources[-1]),
        "sources index": "bronnen/",
        "unplaced events": "tijdlijn/nog-niet-geplaatst/" if (site / "tijdlijn/nog-niet-geplaatst").is_dir() else None,
        "about page": "over/",
    }
    return {name: path for name, path in kinds.items() if path is not None}


def _path(site: Path, index: Path) -> str:
    return index.parent.relative_to(site).as_posix() + "/"


def first_view(browser: Browser, url: str) -> tuple[int, int, list[tuple[str, int]]]:
    """Bytes transferred until the network is idle, the number of requests, and the largest responses."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    sizes: list[tuple[str, int]] = []
    host = urlsplit(url).netloc

    def finished(request) -> None:  # type: ignore[no-untyped-def]
        measured = request.sizes()
        sizes.append((urlsplit(request.url).path, measured["responseBodySize"] + measured["responseHeadersSize"]))

    page.route("**/*", lambda route: route.continue_() if urlsplit(route.request.url).netloc == host else route.abort())
    page.on("requestfinished", finished)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)  # the worker's own imports, after the page's
    context.close()
    return sum(size for _, size in sizes), len(sizes), sorted(sizes, key=lambda item: -item[1])[:4]


def html_per_event(site: Path, path: str) -> tuple[int, float, float]:
    html = (site / path / "index.html").read_bytes()
    events = html.count(b'<article class="kr-event')
    return events, len(html) / max(events, 1), len(gzip.compress(html, 6)) / max(events, 1)


def measure(size: int, browser: Browser) -> None:
    with tempfile.TemporaryDirectory(prefix=f"kroniek-first-view-{size}-") as folder:
        started = time.perf_counter()
        site = build_site(Path(folder), size)
        built = time.perf_counter() - started
        entries = (site / "search" / "kroniek_index.json").read_bytes()
        entries_gz = len(gzip.compress(entries, 6))
        server, base = serve(site)
        try:
            print(f"\n## {size} articles (built in {built:.0f} s)\n")
            print(f"search entries: {len(entries) / KB:,.0f} KB raw, {entries_gz / KB:,.0f} KB gzip "
                  "(the baseline: what Material would add to every first view)\n")  # fmt: skip
            print("| page | first view, KB gzip | requests | with the index at first view | largest responses |")
            print("|---|---:|---:|---:|---|")
            worst = 0
            for name, path in page_kinds(site).items():
                total, requests, largest = first_view(browser, base + path)
                worst = max(worst, total)
                top = ", ".join(f"{Path(p).name or 'index'} {b / KB:.0f}" for p, b in largest)
                print(f"| {name} `{path or '/'}` | {total / KB:,.1f} | {requests} | {(total + entries_gz) / KB:,.1f} "
                      f"| {top} |")  # fmt: skip
            verdict = "within" if worst <= LIMIT_KB * KB else "OVER"
            print(f"\nlargest first view: {worst / KB:,.1f} KB gzip, {verdict} the {LIMIT_KB} KB goal")
            for name, path in (("largest month page", page_kinds(site)["month page (largest)"]),
                               ("median source page", page_kinds(site)["source page (median)"])):  # fmt: skip
                events, raw, packed = html_per_event(site, path)
                print(f"{name}: {events} events, {raw:,.0f} B HTML per event ({packed:,.0f} B gzip)")
        finally:
            server.shutdown()
            server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,5000", help="numbers of articles, comma-separated")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            for size in (int(s) for s in args.sizes.split(",")):
                measure(size, browser)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
