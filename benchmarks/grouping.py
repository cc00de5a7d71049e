"""How well Kroniek groups the reports of one happening across sources: pairwise precision and recall.

Run on demand: `python benchmarks/grouping.py [--corpus tests/data/grouping/corpus.yaml] [--sweep]`.
It writes the corpus's articles into a fresh project, runs `kroniek extract` there (which groups), and
scores `content/happenings/happenings.yml` against the corpus's labels. `--sweep` also scores the grouping at other
thresholds (0.05 to 0.35 by 0.01) on the same extracted events, the measurement `happenings.grouping.THRESHOLD`
was chosen by.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.content.store import load_all  # noqa: E402
from generator.happenings import decisions, grouping  # noqa: E402
from generator.happenings.evaluate import gold_groups, pairwise, write_corpus  # noqa: E402
from generator.project import Project  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "tests/data/grouping/corpus.yaml")
    parser.add_argument("--sweep", action="store_true", help="score thresholds from 0.05 to 0.35 too")
    parser.add_argument("--show", action="store_true", help="print the pairs the grouping got wrong")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        subprocess.run([sys.executable, "-m", "generator.cli", "init", str(root)], check=True, capture_output=True)
        for old in (root / "seeds").iterdir():
            old.unlink()
        marks = write_corpus(args.corpus, root / "seeds")
        subprocess.run([sys.executable, "-m", "generator.cli", "--root", str(root), "extract"], check=True)
        project = Project(root)
        documents = load_all(project)
        gold = gold_groups(documents, marks)
        found = [happening.events for happening in decisions.read_groups(project)]
        score = pairwise(found, gold)
        events = sum(len(d.events) for d in documents)
        print(f"{len(documents)} articles, {events} events, {len(gold)} happenings in the gold, "
              f"{len(found)} groups found")
        print(score)
        if args.show:
            show(documents, found, gold)
        if args.sweep:
            reports = [grouping.Report(e, d.source.language) for d in documents for e in d.events]
            compared = grouping.compare(reports)  # every pair: each threshold takes those at or above it
            for step in range(5, 36):
                threshold = step / 100
                swept = pairwise(grouping.group(reports, threshold=threshold, compared=compared), gold)
                f1 = 2 * swept.precision * swept.recall / ((swept.precision + swept.recall) or 1)
                print(f"threshold {threshold:.2f}: precision {swept.precision:.3f} recall {swept.recall:.3f} "
                      f"F1 {f1:.3f}")


def show(documents, found, gold) -> None:
    """The pairs found that the gold does not have, and the gold's pairs not found."""
    from generator.happenings.evaluate import pairs

    text = {e.id: f"{d.source.file}: {e.when} {e.text}" for d in documents for e in d.events}
    ours, right = pairs(found), pairs(gold)
    for title, wrong in (("found, not in the gold", ours - right), ("in the gold, not found", right - ours)):
        print(f"-- {title}")
        for pair in sorted(wrong, key=sorted):
            for event in sorted(pair):
                print("  ", text.get(event, event)[:150])
            print()


if __name__ == "__main__":
    main()
