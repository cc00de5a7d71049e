"""Reading and checking content/ cold: what a first `kroniek build` spends before it makes a page.

Run on demand: `python benchmarks/bench_check.py [--size 1000] [--events 20] [--jobs 1] [--runs 3] [--work DIR]`.
It writes a synthetic corpus (`benchmarks/corpus.py`) into a project (kept in `--work`, so a second
run skips the set-up), runs `kroniek extract` once, then, each run in a fresh process, forgets
every checked file and parsed document (`check` and `documents` in `.kroniek-cache/`) and times
`check.load_checked`, the plugin's check and load of content/. It prints the CPU time (the
process's and its workers') and wall time of each run. Nothing here asserts a time.

To compare two versions of Kroniek, run it with each on the same `--work` folder in turn (an
export of the older code first on `PYTHONPATH`, from outside the checkout); every cache entry is
keyed by the code, so each version extracts its own.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))


def cpu_seconds() -> float:
    """User and system time of this process and its finished workers."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def one_run(root: Path, jobs: int) -> None:
    """In this process: forget the checks and documents, then check and load content/ once, and print the cost."""
    from generator.content.check import CHECK_CACHE, load_checked
    from generator.content.store import DOCUMENTS_CACHE
    from generator.project import Project
    from generator.support.cache import CACHE_DIR, CACHE_FILE

    db = sqlite3.connect(root / CACHE_DIR / CACHE_FILE)
    with db:
        db.execute("DELETE FROM entries WHERE tbl IN (?, ?)", (CHECK_CACHE, DOCUMENTS_CACHE))
    db.close()
    project = Project(root)
    cpu, wall = cpu_seconds(), time.perf_counter()
    loaded = load_checked(project, jobs)
    cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
    events = sum(len(document.events) for document in loaded.documents)
    print(f"{len(loaded.documents)} files, {events} events, {len(loaded.problems)} problems: "
          f"CPU {cpu:.2f} s, wall {wall:.2f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="articles")
    parser.add_argument("--events", type=int, default=20, help="dated sentences per article")
    parser.add_argument("--jobs", type=int, default=1, help="processes checking files")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, help="keep the project here (default: a temporary folder)")
    parser.add_argument("--one-run", type=Path, help=argparse.SUPPRESS)  # a run in its own process
    args = parser.parse_args()
    if args.one_run:
        one_run(args.one_run, args.jobs)
        return
    from bench_scale import kroniek, new_project

    with tempfile.TemporaryDirectory() as temporary:
        work = args.work or Path(temporary)
        root = work / f"kroniek-{args.size}-{args.events}"
        if not (root / "seeds").is_dir():
            new_project(root, args.size, args.events)
        subprocess.run(kroniek("extract"), cwd=root, check=True, stdout=subprocess.DEVNULL)
        for _ in range(args.runs):
            command = [sys.executable, __file__, "--one-run", str(root), "--jobs", str(args.jobs)]
            subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
