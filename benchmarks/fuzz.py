"""Fuzz the article reader, the tagger and the events stage for a while: `python benchmarks/fuzz.py --minutes 3`.

Runs Hypothesis batches of hostile input (see `tests/strategies.py`) until the
time is up, checking the same invariants as `tests/test_properties.py`, and
prints how many inputs were tried. Kept out of the test suite, which stays fast.
Exits 1 on the first failure, with Hypothesis' shrunk example.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from strategies import article_bytes, articles, texts  # noqa: E402
from test_properties import check_events, check_reader, check_tagger  # noqa: E402

BATCH = settings(max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck))


def fuzz(minutes: float) -> tuple[dict[str, int], float]:
    """Inputs given to the reader, to the tagger and to the events stage (each an article read and tagged), and the
    seconds spent."""
    counts = {"reader": 0, "tagger": 0, "events": 0}
    folder = Path(tempfile.mkdtemp(prefix="kroniek-fuzz-"))

    @BATCH
    @given(article_bytes)
    def reader(data: bytes) -> None:
        counts["reader"] += 1
        check_reader(folder, data)

    @BATCH
    @given(texts)
    def tagger(text: str) -> None:
        counts["tagger"] += 1
        check_tagger(text)

    @BATCH
    @given(articles)
    def events(article: str) -> None:
        counts["events"] += 1
        check_events(folder, article)

    started = time.monotonic()
    while time.monotonic() - started < minutes * 60:
        reader()
        tagger()
        events()
    return counts, time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="how long to fuzz (default: 3)")
    args = parser.parse_args()
    counts, seconds = fuzz(args.minutes)
    each = ", ".join(f"{count} {stage}" for stage, count in counts.items())
    print(f"fuzz: {sum(counts.values())} inputs ({each}) in {seconds / 60:.1f} min, no crash")
    return 0


if __name__ == "__main__":
    sys.exit(main())
