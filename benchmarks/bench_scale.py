"""How Kroniek scales with the number of articles, next to the builder alone building the same pages.

Run on demand: `python benchmarks/bench_scale.py [--sizes 100,1000,5000] [--builders mkdocs,zensical]`.
For each size it
writes a synthetic corpus (`benchmarks/corpus.py`: ~3 KB Dutch articles, ~5 dated sentences
each, many kinds of date expression) into a fresh project and runs, each as a subprocess
(wall time, CPU time and peak RSS of that child from `os.wait4`):

- `kroniek extract` (one core), then again with nothing changed, then again with the extraction
  cache dropped (an upgrade: new code invalidates every cached extraction, the files are as they were);
- for each builder, `kroniek build --builder B` (extract from cache, check, make the pages; MkDocs
  with the kroniek plugin, or Zensical from the Markdown folder) with nothing of the site cached
  yet (a first build), then again (a rebuild: content unchanged), then once more after one article
  got a new dated sentence (an editor's usual change);
- the builder alone (`mkdocs build`, `zensical build` without its cache) on exactly the Markdown
  Kroniek renders, with the same theme and plugins minus `kroniek`: the baseline of Kroniek's
  overhead, and, side by side, the two builders on the same pages.

`--repeat N` runs reruns, first builds, rebuilds, edits and the baselines N times, the builders in
turn, and keeps the best of each (by CPU time), the least disturbed estimate; a first build is
repeated by deleting every cache table but extraction's (and Zensical's cache). It prints a table
of times and one of sizes, a row per builder, the growth exponent of each figure between
consecutive sizes (1.0 is linear, 2.0 quadratic), and Zensical's figures over MkDocs'. Nothing
here asserts a time; the figures are the result.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import write_corpus  # noqa: E402

MB = 1024 * 1024


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float  # user + system time of the child: steadier than wall time on a shared machine
    peak_mb: float


def run(command: list[str], cwd: Path) -> Run:
    """One child process to completion: its wall time and its own peak resident memory."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode() if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{errors}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def fastest(runs: list[Run]) -> Run:
    """The run with the least CPU time: the least disturbed estimate of what a command costs."""
    return min(runs, key=lambda result: result.cpu_seconds)


def kroniek(*args: str) -> list[str]:
    return [sys.executable, "-m", "generator.cli", *args]


def new_project(folder: Path, size: int, dated: int) -> Path:
    """A project with `size` synthetic articles of `dated` dated sentences and the repository's site configuration."""
    write_corpus(folder / "seeds", size, dated=dated)
    shutil.copytree(REPO / "site_templates", folder / "site_templates")
    shutil.copy(REPO / "mkdocs.yml", folder / "mkdocs.yml")
    return folder


def plain_mkdocs_project(project: Path, folder: Path) -> Path:
    """The Markdown folder `kroniek build --builder zensical` wrote, with a mkdocs.yml that has no kroniek plugin."""
    from generator.builders.zensical import BUILD

    shutil.copytree(project / BUILD / "docs", folder / "docs")
    plain_config(project, folder)
    return folder


def plain_config(project: Path, folder: Path, nav: list | None = None) -> None:
    """The project's mkdocs.yml without the kroniek plugin, for `folder/docs`; with `nav`, a plain site's own
    navigation and none of Kroniek's styles and scripts."""
    import yaml

    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = "docs"
    config["plugins"] = [p for p in config["plugins"] if "kroniek" not in (p if isinstance(p, dict) else {p: None})]
    if nav is not None:
        config["nav"] = nav
        for key in ("not_in_nav", "extra_css", "extra_javascript"):
            config.pop(key, None)
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")


def plain_content_project(project: Path, folder: Path) -> Path:
    """Plain MkDocs with Material on the same content, as a newsroom would publish it without Kroniek.

    The article texts, a page each, and month pages of the same events as paragraphs under day headings (events
    with no date on one page of their own); the same theme and search settings, a `nav` of the index alone.
    """
    import html
    from collections import defaultdict

    from generator.content.store import load_all
    from generator.project import Project
    from generator.text.articles import read_article

    docs = folder / "docs"
    (docs / "artikelen").mkdir(parents=True)
    (docs / "maanden").mkdir()
    days: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    links = []
    for document in load_all(Project(project)):
        source = read_article(project / document.source.file, project, document.source.slug)
        paragraphs = [html.escape(source.text[block.start : block.end]) for block in source.blocks]
        title = html.escape(source.title or source.slug)
        (docs / "artikelen" / f"{source.slug}.md").write_text(f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n")
        links.append(f"- [{title}](artikelen/{source.slug}.md)")
        for event in document.events:
            start = event.interval.start or ""
            days[start[:7] or "zonder-datum"][start[:10] or "zonder datum"].append(html.escape(event.text))
    for month, by_day in days.items():
        text = [f"# {month}"]
        for day in sorted(by_day):
            text += [f"## {day}", *by_day[day]]
        (docs / "maanden" / f"{month}.md").write_text("\n\n".join(text) + "\n")
    months = [f"- [{month}](maanden/{month}.md)" for month in sorted(days)]
    (docs / "index.md").write_text("# Nieuws\n\n" + "\n".join(months + links) + "\n")
    plain_config(project, folder, nav=[{"Nieuws": "index.md"}])
    return folder


def plain_build(builder: str, project: Path, plain_mkdocs: Path) -> Run:
    """The builder alone, from scratch, on the Markdown Kroniek made: the baseline of Kroniek's overhead."""
    from generator.builders.zensical import BUILD

    if builder == "mkdocs":
        return run([sys.executable, "-m", "mkdocs", "build", "-q"], plain_mkdocs)
    shutil.rmtree(project / BUILD / ".cache", ignore_errors=True)  # Zensical's own cache: a build from scratch
    return run([sys.executable, "-m", "zensical", "build", "--config-file", "zensical.yml"], project / BUILD)


SEARCH_INDEX = {"mkdocs": Path("search") / "search_index.json", "zensical": Path("search.json")}
SEARCH_ENTRIES = Path("search") / "kroniek_index.json"  # where Kroniek moves the entries under MkDocs


_TAG = re.compile(rb"<[a-zA-Z]")


def site_figures(site: Path, builder: str) -> dict[str, float]:
    html = [p.stat().st_size for p in site.rglob("*.html")]
    return {
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / MB,
        "search_mb": sum(p.stat().st_size for p in (site / SEARCH_INDEX[builder], site / SEARCH_ENTRIES) if p.is_file())
        / MB,
        "largest_page_mb": max(html) / MB,
        "pages": len(html),
    }


def page_figures(site: Path, folder: str, events: int) -> dict[str, float]:
    """HTML bytes and start tags per event over the pages of `folder` (each event is on one of them), its index
    page left out: the whole page, the theme's header, navigation and footer included."""
    pages = [p.read_bytes() for p in (site / folder).rglob("index.html") if p.parent != site / folder]
    return {"bytes": sum(map(len, pages)) / events, "tags": sum(len(_TAG.findall(page)) for page in pages) / events}


def per_event(site: Path, shared: dict[str, float]) -> dict[str, float]:
    month = page_figures(site, "tijdlijn", int(shared["events"]))
    source = page_figures(site, "bronnen", int(shared["events"]))
    return {"month_bytes": month["bytes"], "month_tags": month["tags"], "source_bytes": source["bytes"],
            "source_tags": source["tags"]}


def event_count(project: Path) -> int:
    from generator.content.store import load_all
    from generator.project import Project

    return sum(len(document.events) for document in load_all(Project(project)))


def forget_build_caches(project: Path) -> None:
    """Back to the state right after the first `kroniek extract`: only the extraction's caches are kept (each
    article's events, and the grouping of them, which extraction makes too)."""
    import sqlite3

    from generator.builders.zensical import BUILD
    from generator.pipeline import EXTRACT_CACHE, GROUPED_CACHE
    from generator.support.cache import CACHE_DIR, CACHE_FILE

    db = sqlite3.connect(project / CACHE_DIR / CACHE_FILE)
    with db:
        db.execute("DELETE FROM entries WHERE tbl NOT IN (?, ?)", (EXTRACT_CACHE, GROUPED_CACHE))
    db.close()
    shutil.rmtree(project / BUILD / ".cache", ignore_errors=True)


def run_after_an_upgrade(project: Path) -> Run:
    """`kroniek extract` as after an upgrade of Kroniek: every cache entry is keyed by the code, so none is found;
    every file is as the last run left it."""
    import sqlite3

    from generator.support.cache import CACHE_DIR, CACHE_FILE

    db = sqlite3.connect(project / CACHE_DIR / CACHE_FILE)
    with db:
        db.execute("DELETE FROM entries")
    db.close()
    return run(kroniek("extract"), project)


def run_after_an_edit(project: Path, number: int, builder: str) -> Run:
    """`kroniek build` after an editor's usual change: one article (the `number`th) gets a new dated sentence."""
    article = sorted((project / "seeds").iterdir())[number]
    with article.open("a", encoding="utf-8") as stream:
        stream.write("\nOp 3 februari 2022 volgde een nieuwe verklaring van de burgemeester.\n")
    return run(build(builder), project)


def build(builder: str) -> list[str]:
    return kroniek("build", "--builder", builder)


def measure(size: int, dated: int, work: Path, repeat: int, builders: list[str], markdown: bool) -> list[dict]:
    """One row of figures per builder, the extraction's shared; builds of the builders taken in turn.

    Baselines: plain MkDocs on the same content (always), and, with `markdown`, each builder alone on the Markdown
    Kroniek renders.
    """
    project = new_project(work / f"kroniek-{size}-{dated}", size, dated)
    shared: dict[str, float] = {"articles": size, "dated": dated}
    first = run(kroniek("extract"), project)
    again = fastest([run(kroniek("extract"), project) for _ in range(repeat)])
    shared |= {"extract_s": first.seconds, "extract_mb": first.peak_mb, "rerun_s": again.seconds}
    shared["upgrade_s"] = fastest([run_after_an_upgrade(project) for _ in range(repeat)]).seconds
    shared["events"] = event_count(project)
    content = plain_content_project(project, work / f"content-{size}-{dated}")
    plain = None
    if markdown:  # the Markdown folder both builders' own baselines build: written by a first Zensical build
        run(build("zensical"), project)
        plain = plain_mkdocs_project(project, work / f"mkdocs-{size}-{dated}")
    kinds = ("first", "rebuild", "plain", "edit")
    runs: dict[str, dict[str, list[Run]]] = {b: {kind: [] for kind in kinds} for b in builders}
    contents: list[Run] = []
    sites: dict[str, dict[str, float]] = {}
    edited = itertools.count()
    for round in range(repeat):  # taken in turn, so that the builders and their baselines meet the same machine
        contents.append(run([sys.executable, "-m", "mkdocs", "build", "-q"], content))
        for builder in builders:
            forget_build_caches(project)
            runs[builder]["first"].append(run(build(builder), project))
            if not round:  # the sites of the same content: before any edit
                sites[builder] = site_figures(project / "site", builder) | per_event(project / "site", shared)
            runs[builder]["rebuild"].append(run(build(builder), project))
            if plain is not None:
                runs[builder]["plain"].append(plain_build(builder, project, plain))
        for builder in builders:
            runs[builder]["edit"].append(run_after_an_edit(project, next(edited), builder))
    baseline = fastest(contents)
    shared |= {"content_s": baseline.seconds, "content_cpu": baseline.cpu_seconds, "content_mb": baseline.peak_mb}
    shared["content_site_mb"] = site_figures(content / "site", "mkdocs")["site_mb"]
    plain_months = page_figures(content / "site", "maanden", int(shared["events"]))
    shared |= {"content_month_bytes": plain_months["bytes"], "content_month_tags": plain_months["tags"]}
    rows = []
    none = Run(math.nan, math.nan, math.nan)
    for builder in builders:
        first_builds = runs[builder]["first"]
        taken = {kind: fastest(r) if r else none for kind, r in runs[builder].items()}
        rows.append(shared | sites[builder] | {
            "builder": builder,
            "build_s": taken["first"].seconds, "build_cpu": taken["first"].cpu_seconds,
            "build_mb": max(r.peak_mb for r in first_builds),
            "rebuild_s": taken["rebuild"].seconds, "rebuild_cpu": taken["rebuild"].cpu_seconds,
            "edit_s": taken["edit"].seconds, "edit_cpu": taken["edit"].cpu_seconds,
            "plain_s": taken["plain"].seconds, "plain_cpu": taken["plain"].cpu_seconds,
            "plain_mb": taken["plain"].peak_mb,
        })  # fmt: skip
    return rows


TIME_COLUMNS = (  # key, heading, format
    ("builder", "builder", "{:>8}"),
    ("articles", "articles", "{:>8.0f}"),
    ("dated", "ev/art", "{:>6.0f}"),
    ("events", "events", "{:>7.0f}"),
    ("extract_s", "extract s", "{:>9.2f}"),
    ("rerun_s", "rerun s", "{:>7.2f}"),
    ("upgrade_s", "upgrade s", "{:>9.2f}"),
    ("build_s", "build s", "{:>7.2f}"),
    ("rebuild_s", "rebuild s", "{:>9.2f}"),
    ("edit_s", "1 edit s", "{:>8.2f}"),
    ("plain_s", "plain s", "{:>7.2f}"),
    ("content_s", "content s", "{:>9.2f}"),
    ("build_x", "build ×", "{:>7.2f}"),
    ("rebuild_x", "rebuild ×", "{:>9.2f}"),
    ("edit_x", "1 edit ×", "{:>8.2f}"),
    ("build_x_cpu", "build × cpu", "{:>11.2f}"),
    ("rebuild_x_cpu", "rebuild × cpu", "{:>13.2f}"),
    ("overhead", "build ovh", "{:>9.0%}"),
    ("rebuild_overhead", "rebuild ovh", "{:>11.0%}"),
    ("edit_overhead", "1 edit ovh", "{:>10.0%}"),
    ("overhead_cpu", "build ovh cpu", "{:>13.0%}"),
    ("rebuild_overhead_cpu", "rebuild ovh cpu", "{:>15.0%}"),
    ("edit_overhead_cpu", "1 edit ovh cpu", "{:>14.0%}"),
)
SIZE_COLUMNS = (
    ("builder", "builder", "{:>8}"),
    ("articles", "articles", "{:>8.0f}"),
    ("dated", "ev/art", "{:>6.0f}"),
    ("extract_mb", "extract MB", "{:>10.0f}"),
    ("build_mb", "build MB", "{:>8.0f}"),
    ("plain_mb", "plain MB", "{:>8.0f}"),
    ("site_mb", "site MB", "{:>7.1f}"),
    ("pages", "pages", "{:>6.0f}"),
    ("largest_page_mb", "max page MB", "{:>11.2f}"),
    ("search_mb", "search MB", "{:>9.2f}"),
    ("search_kb_per_event", "search KB/ev", "{:>12.2f}"),
    ("content_site_mb", "content site MB", "{:>15.1f}"),
    ("month_bytes", "month B/ev", "{:>10.0f}"),
    ("month_tags", "month tags/ev", "{:>13.1f}"),
    ("source_bytes", "source B/ev", "{:>11.0f}"),
    ("source_tags", "source tags/ev", "{:>14.1f}"),
    ("content_month_bytes", "content month B/ev", "{:>18.0f}"),
    ("content_month_tags", "content tags/ev", "{:>15.1f}"),
)
COMPARED = ("build_s", "rebuild_s", "edit_s", "plain_s", "build_cpu", "rebuild_cpu", "edit_cpu", "plain_cpu",
            "build_mb", "site_mb", "search_mb")


def derived(figures: dict[str, float]) -> dict[str, float]:
    """Ratios against the baseline measured in the same run: the same builder on the same Markdown."""
    return figures | {
        "overhead": figures["build_s"] / figures["plain_s"] - 1,
        "rebuild_overhead": figures["rebuild_s"] / figures["plain_s"] - 1,
        "edit_overhead": figures["edit_s"] / figures["plain_s"] - 1,
        "overhead_cpu": figures["build_cpu"] / figures["plain_cpu"] - 1,
        "rebuild_overhead_cpu": figures["rebuild_cpu"] / figures["plain_cpu"] - 1,
        "edit_overhead_cpu": figures["edit_cpu"] / figures["plain_cpu"] - 1,
        "search_kb_per_event": figures["search_mb"] * 1024 / max(figures["events"], 1),
        "build_x": figures["build_s"] / figures["content_s"],
        "rebuild_x": figures["rebuild_s"] / figures["content_s"],
        "edit_x": figures["edit_s"] / figures["content_s"],
        "build_x_cpu": figures["build_cpu"] / figures["content_cpu"],
        "rebuild_x_cpu": figures["rebuild_cpu"] / figures["content_cpu"],
    }


def growth(small: dict[str, float], large: dict[str, float], key: str) -> float:
    """The exponent k in figure ∝ articles^k between two sizes: 1 linear, 2 quadratic."""
    if small[key] <= 0 or large[key] <= 0:
        return float("nan")
    return math.log(large[key] / small[key]) / math.log(large["articles"] / small["articles"])


def print_table(rows: list[dict[str, float]]) -> None:
    for columns in (TIME_COLUMNS, SIZE_COLUMNS):
        print(" ".join(heading.rjust(len(fmt.format("" if key == "builder" else 0))) for key, heading, fmt in columns))
        for row in rows:
            print(" ".join(fmt.format(row[key]) for key, _, fmt in columns))
    grown = ("extract_s", "rerun_s", "upgrade_s", "build_s", "rebuild_s", "edit_s", "plain_s", "content_s", "build_mb",
             "site_mb", "largest_page_mb", "search_mb")
    for builder, dated in dict.fromkeys((row["builder"], row["dated"]) for row in rows):
        mine = [row for row in rows if row["builder"] == builder and row["dated"] == dated]
        for small, large in itertools.pairwise(mine):
            exponents = ", ".join(f"{key} {growth(small, large, key):.2f}" for key in grown)
            print(f"{builder} growth exponent {small['articles']:.0f} → {large['articles']:.0f} "
                  f"({dated:.0f} ev/art): {exponents}")
    for size, dated in dict.fromkeys((row["articles"], row["dated"]) for row in rows):
        by = {row["builder"]: row for row in rows if row["articles"] == size and row["dated"] == dated}
        if {"mkdocs", "zensical"} <= by.keys():
            ratios = ", ".join(f"{key} {by['zensical'][key] / by['mkdocs'][key]:.2f}×" for key in COMPARED)
            print(f"zensical / mkdocs at {size:.0f} articles ({dated:.0f} ev/art): {ratios}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="comma-separated article counts")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each rerun; the best counts")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    parser.add_argument("--builders", default="mkdocs", help="comma-separated: mkdocs, zensical (default: mkdocs)")
    parser.add_argument("--events", default="5", help="comma-separated dated sentences per article (default: 5)")
    parser.add_argument("--no-markdown-baseline", action="store_true",
                        help="only the plain content baseline, not the builders alone on Kroniek's Markdown")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    dated = [int(count) for count in args.events.split(",")]
    builders = args.builders.split(",")
    if not builders or set(builders) - set(SEARCH_INDEX):
        parser.error(f"--builders: choose from {', '.join(SEARCH_INDEX)}")
    work = args.keep or Path(tempfile.mkdtemp(prefix="kroniek-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        rows = []
        for per_article, size in itertools.product(dated, sizes):
            markdown = not args.no_markdown_baseline
            rows.extend(derived(row) for row in measure(size, per_article, work, args.repeat, builders, markdown))
            print(f"measured {size} articles, {per_article} dated sentences each", file=sys.stderr)
        print(f"Kroniek scale benchmark, {os.cpu_count()} CPU(s), Python {sys.version.split()[0]}")
        print_table(rows)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
