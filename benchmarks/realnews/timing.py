"""What the extract pipeline costs on real news, in two checkouts of Kroniek measured in turn in the same run.

Reads every article text under the given folders (the real-news sets' `<id>.txt`, not in this repository: see
README.md here) and runs the reader, the tagger and the events stage on each, as extraction does, in a child
process per checkout and round, the checkouts in turn so that the machine's load falls on both alike. Each child
reads the texts first and then times the pipeline alone in CPU seconds; its publication date is one fixed day, as
only the cost is measured. Nothing here asserts a time: the figures and their ratio are the result.

    python benchmarks/realnews/timing.py --texts DIR [DIR ...] --trees BASE NEW [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

# Run in the child, inside the checkout named by its first argument: the texts, then the pipeline over them.
_CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import generator
from generator.pipeline import source_events
from generator.text.articles import read_article
assert Path(generator.__file__).is_relative_to(Path(sys.argv[1]).resolve()), generator.__file__
paths = [Path(line) for line in sys.stdin.read().splitlines()]
sources = [read_article(path, path.parent) for path in paths]
start = time.process_time()
for source in sources:
    source_events(source, "2020-06-15")
print(time.process_time() - start)
"""


def _round(tree: Path, texts: list[Path]) -> float:
    """One child's CPU seconds for the pipeline over every text, in checkout `tree`."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree.resolve())],
        input="\n".join(str(path) for path in texts),
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=Path, nargs="+", required=True, help="folders of <id>.txt article texts")
    parser.add_argument("--trees", type=Path, nargs=2, required=True, metavar=("BASE", "NEW"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    texts = sorted(path for folder in args.texts for path in folder.glob("*.txt"))
    if not texts:
        parser.error("no <id>.txt in the folders given")
    times: dict[Path, list[float]] = {tree: [] for tree in args.trees}
    for _ in range(args.rounds):
        for tree in args.trees:
            times[tree].append(_round(tree, texts))
    base, new = (times[tree] for tree in args.trees)
    for tree, found in times.items():
        print(f"{tree}: {len(texts)} texts, CPU best {min(found):.3f} s, median {statistics.median(found):.3f} s")
    print(f"ratio (best, new / base): {min(new) / min(base):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
