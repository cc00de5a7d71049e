"""What grouping the reports of one happening adds to `kroniek extract`, on a synthetic archive.

Run on demand: `python benchmarks/bench_grouping.py [--size 5000]`. It writes the synthetic corpus of
`benchmarks/corpus.py` (~3 KB Dutch articles, about five dated sentences each, 30 % of them in one crisis
month) into a fresh project and runs `kroniek extract`'s own function (`pipeline.extract`, one process, as
`kroniek extract` does) in a child process, twice: from scratch, then with nothing changed (every article
skipped as unchanged; the grouping runs again over every content file). In that child the grouping stage
(`pipeline.group_happenings`) is timed where it runs, so the figures are of the same run: wall and CPU time of
the whole extraction and of the stage, and the stage's share: stage / (extraction − stage), i.e. how much it
adds to an extraction without it. Nothing here asserts a time; the figures are the result.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import write_corpus  # noqa: E402

CHILD = """
import json, sys, time
from pathlib import Path
from generator import pipeline
from generator.project import Project

stage = [0.0, 0.0]
grouped = pipeline.group_happenings

def timed(*args):
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        return grouped(*args)
    finally:
        stage[0] += time.perf_counter() - wall
        stage[1] += time.process_time() - cpu

pipeline.group_happenings = timed
wall, cpu = time.perf_counter(), time.process_time()
report = pipeline.extract(Project(Path(sys.argv[1])))
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "stage_wall": stage[0],
                  "stage_cpu": stage[1], "errors": len(report.errors), "outcome": report.happenings}))
"""


def measured(project: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(project)], cwd=REPO, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        write_corpus(project / "seeds", args.size)
        runs = {"from scratch": measured(project), "nothing changed": measured(project)}
        groups = (project / "content" / "happenings" / "happenings.yml").read_text("utf-8").count("  - id: ")
        events = sum(text.count("\n  - id: ") for text in
                     (path.read_text("utf-8") for path in (project / "content").glob("*.yml")))
    print(f"{args.size} articles, {events} events, {groups} groups")
    print(f"{'kroniek extract':18}{'wall s':>9}{'CPU s':>9}{'grouping wall s':>17}{'CPU s':>9}{'adds (CPU)':>12}"
          f"{'(wall)':>9}")
    for name, run in runs.items():
        cpu_share = run["stage_cpu"] / (run["cpu"] - run["stage_cpu"])
        wall_share = run["stage_wall"] / (run["wall"] - run["stage_wall"])
        print(f"{name:18}{run['wall']:9.2f}{run['cpu']:9.2f}{run['stage_wall']:17.2f}{run['stage_cpu']:9.2f}"
              f"{cpu_share:12.1%}{wall_share:9.1%}")


if __name__ == "__main__":
    main()
