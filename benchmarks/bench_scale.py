"""How Kroniek scales with the number of articles, next to plain MkDocs building the same pages.

Run on demand: `python benchmarks/bench_scale.py [--sizes 100,1000,5000]`. For each size it
writes a synthetic corpus (`benchmarks/corpus.py`: ~3 KB Dutch articles, ~5 dated sentences
each, many kinds of date expression) into a fresh project and runs, each as a subprocess
(wall time, CPU time and peak RSS of that child from `os.wait4`):

- `kroniek extract` (one core), then again with nothing changed, then again with the extraction
  cache dropped (an upgrade: new code invalidates every cached extraction, the files are as they were);
- `kroniek build` (extract from cache, check, MkDocs with the kroniek plugin) with nothing of
  the site cached yet (a first build), then `kroniek build` again (a rebuild: content
  unchanged), then once more after one article got a new dated sentence (an editor's usual
  change);
- plain `mkdocs build` of exactly the Markdown Kroniek renders, written to a docs folder,
  with the same theme and plugins minus `kroniek`: the baseline for Kroniek's overhead.

`--repeat N` runs reruns, first builds, rebuilds, edits and the MkDocs baseline N times, builds
and MkDocs in turn, and keeps the best of each (by CPU time), the least disturbed estimate; a
first build is repeated by deleting every cache table but extraction's. It prints a
table of times and one of sizes, then the growth exponent of each figure between consecutive
sizes (1.0 is linear, 2.0 quadratic). Nothing here asserts a time; the figures are the result.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
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


def new_project(folder: Path, size: int) -> Path:
    """A project with `size` synthetic articles and the repository's site configuration."""
    write_corpus(folder / "seeds", size)
    shutil.copytree(REPO / "site_templates", folder / "site_templates")
    shutil.copy(REPO / "mkdocs.yml", folder / "mkdocs.yml")
    return folder


def plain_mkdocs_project(project: Path, folder: Path) -> Path:
    """The pages Kroniek renders, as Markdown files, with a mkdocs.yml that has no kroniek plugin."""
    from mkdocs.config import load_config

    from generator.making.config import edit_base
    from generator.making.output import site_output
    from generator.project import Project

    config = load_config(str(project / "mkdocs.yml"))
    output = site_output(Project(project), edit_base=edit_base(config.repo_url, config.edit_uri))
    pages = output.pages
    docs = folder / "docs"
    shutil.copytree(project / "site_templates" / "docs", docs)
    for path, markdown in pages.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(markdown, encoding="utf-8")
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: site_templates/docs", "docs_dir: docs").replace("\n  - kroniek\n", "\n")
    (folder / "mkdocs.yml").write_text(text, encoding="utf-8")
    return folder


def site_figures(site: Path) -> dict[str, float]:
    html = [p.stat().st_size for p in site.rglob("*.html")]
    return {
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / MB,
        "search_mb": (site / "search" / "search_index.json").stat().st_size / MB,
        "largest_page_mb": max(html) / MB,
        "pages": len(html),
    }


def event_count(project: Path) -> int:
    from generator.content.store import load_all
    from generator.project import Project

    return sum(len(document.events) for document in load_all(Project(project)))


def forget_build_caches(project: Path) -> None:
    """Back to the state right after the first `kroniek extract`: only the extraction cache is kept."""
    import sqlite3

    from generator.pipeline import EXTRACT_CACHE
    from generator.support.cache import CACHE_DIR, CACHE_FILE

    db = sqlite3.connect(project / CACHE_DIR / CACHE_FILE)
    with db:
        db.execute("DELETE FROM entries WHERE tbl != ?", (EXTRACT_CACHE,))
    db.close()


def run_after_an_upgrade(project: Path) -> Run:
    """`kroniek extract` as after an upgrade of Kroniek: no extraction cached, every file as the last run left it."""
    from generator.pipeline import EXTRACT_CACHE
    from generator.support.cache import CACHE_DIR

    (project / CACHE_DIR / f"{EXTRACT_CACHE}.pickle").unlink(missing_ok=True)
    return run(kroniek("extract"), project)


def run_after_an_edit(project: Path, number: int) -> Run:
    """`kroniek build` after an editor's usual change: one article (the `number`th) gets a new dated sentence."""
    article = sorted((project / "seeds").iterdir())[number]
    with article.open("a", encoding="utf-8") as stream:
        stream.write("\nOp 3 februari 2022 volgde een nieuwe verklaring van de burgemeester.\n")
    return run(kroniek("build"), project)


def measure(size: int, work: Path, repeat: int) -> dict[str, float]:
    project = new_project(work / f"kroniek-{size}", size)
    figures: dict[str, float] = {"articles": size}
    first = run(kroniek("extract"), project)
    again = fastest([run(kroniek("extract"), project) for _ in range(repeat)])
    figures |= {"extract_s": first.seconds, "extract_mb": first.peak_mb, "rerun_s": again.seconds}
    figures["upgrade_s"] = fastest([run_after_an_upgrade(project) for _ in range(repeat)]).seconds
    firsts = [run(kroniek("build"), project)]
    figures |= site_figures(project / "site")
    figures["events"] = event_count(project)
    plain = plain_mkdocs_project(project, work / f"mkdocs-{size}")
    rebuilds, baselines, edits = [], [], []
    for number in range(repeat):  # taken in turn, so that Kroniek and MkDocs meet the same machine
        if number:
            forget_build_caches(project)
            firsts.append(run(kroniek("build"), project))
        rebuilds.append(run(kroniek("build"), project))
        baselines.append(run([sys.executable, "-m", "mkdocs", "build", "-q"], plain))
        edits.append(run_after_an_edit(project, number))
    build, rebuild, baseline = fastest(firsts), fastest(rebuilds), fastest(baselines)
    figures |= {"build_s": build.seconds, "build_cpu": build.cpu_seconds, "build_mb": max(r.peak_mb for r in firsts)}
    figures |= {"rebuild_s": rebuild.seconds, "rebuild_cpu": rebuild.cpu_seconds, "edit_s": fastest(edits).seconds}
    figures |= {"mkdocs_s": baseline.seconds, "mkdocs_cpu": baseline.cpu_seconds, "mkdocs_mb": baseline.peak_mb}
    figures["mkdocs_site_mb"] = site_figures(plain / "site")["site_mb"]
    return figures


TIME_COLUMNS = (  # key, heading, format
    ("articles", "articles", "{:>8.0f}"),
    ("events", "events", "{:>7.0f}"),
    ("extract_s", "extract s", "{:>9.2f}"),
    ("rerun_s", "rerun s", "{:>7.2f}"),
    ("upgrade_s", "upgrade s", "{:>9.2f}"),
    ("build_s", "build s", "{:>7.2f}"),
    ("rebuild_s", "rebuild s", "{:>9.2f}"),
    ("edit_s", "1 edit s", "{:>8.2f}"),
    ("mkdocs_s", "mkdocs s", "{:>8.2f}"),
    ("overhead", "build ovh", "{:>9.0%}"),
    ("rebuild_overhead", "rebuild ovh", "{:>11.0%}"),
    ("edit_overhead", "1 edit ovh", "{:>10.0%}"),
    ("overhead_cpu", "build ovh cpu", "{:>13.0%}"),
    ("rebuild_overhead_cpu", "rebuild ovh cpu", "{:>15.0%}"),
)
SIZE_COLUMNS = (
    ("articles", "articles", "{:>8.0f}"),
    ("extract_mb", "extract MB", "{:>10.0f}"),
    ("build_mb", "build MB", "{:>8.0f}"),
    ("mkdocs_mb", "mkdocs MB", "{:>9.0f}"),
    ("site_mb", "site MB", "{:>7.1f}"),
    ("pages", "pages", "{:>6.0f}"),
    ("largest_page_mb", "max page MB", "{:>11.2f}"),
    ("search_mb", "search MB", "{:>9.2f}"),
    ("search_kb_per_event", "search KB/ev", "{:>12.2f}"),
)


def derived(figures: dict[str, float]) -> dict[str, float]:
    """Ratios against the baseline measured in the same run."""
    return figures | {
        "overhead": figures["build_s"] / figures["mkdocs_s"] - 1,
        "rebuild_overhead": figures["rebuild_s"] / figures["mkdocs_s"] - 1,
        "edit_overhead": figures["edit_s"] / figures["mkdocs_s"] - 1,
        "overhead_cpu": figures["build_cpu"] / figures["mkdocs_cpu"] - 1,
        "rebuild_overhead_cpu": figures["rebuild_cpu"] / figures["mkdocs_cpu"] - 1,
        "search_kb_per_event": figures["search_mb"] * 1024 / max(figures["events"], 1),
    }


def growth(small: dict[str, float], large: dict[str, float], key: str) -> float:
    """The exponent k in figure ∝ articles^k between two sizes: 1 linear, 2 quadratic."""
    if small[key] <= 0 or large[key] <= 0:
        return float("nan")
    return math.log(large[key] / small[key]) / math.log(large["articles"] / small["articles"])


def print_table(rows: list[dict[str, float]]) -> None:
    for columns in (TIME_COLUMNS, SIZE_COLUMNS):
        print(" ".join(heading.rjust(len(fmt.format(0))) for _, heading, fmt in columns))
        for row in rows:
            print(" ".join(fmt.format(row[key]) for key, _, fmt in columns))
    grown = ("extract_s", "rerun_s", "upgrade_s", "build_s", "rebuild_s", "edit_s", "mkdocs_s", "build_mb", "site_mb",
             "largest_page_mb", "search_mb")
    for small, large in itertools.pairwise(rows):
        exponents = ", ".join(f"{key} {growth(small, large, key):.2f}" for key in grown)
        print(f"growth exponent {small['articles']:.0f} → {large['articles']:.0f}: {exponents}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="comma-separated article counts")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each rerun; the best counts")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    work = args.keep or Path(tempfile.mkdtemp(prefix="kroniek-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        rows = []
        for size in sizes:
            rows.append(derived(measure(size, work, args.repeat)))
            print(f"measured {size} articles", file=sys.stderr)
        print(f"Kroniek scale benchmark, {os.cpu_count()} CPU(s), Python {sys.version.split()[0]}")
        print_table(rows)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
