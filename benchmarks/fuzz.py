"""Fuzz the article reader and the tagger for a while: `python benchmarks/fuzz.py --minutes 3`.

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

from strategies import article_bytes, texts  # noqa: E402
from test_properties import check_reader, check_tagger  # noqa: E402

BATCH = settings(max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck))


def fuzz(minutes: float) -> tuple[int, int, float]:
    """Inputs given to the reader and to the tagger, and the seconds spent."""
    counts = {"reader": 0, "tagger": 0}
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

    started = time.monotonic()
    while time.monotonic() - started < minutes * 60:
        reader()
        tagger()
    return counts["reader"], counts["tagger"], time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="how long to fuzz (default: 3)")
    args = parser.parse_args()
    read, tagged, seconds = fuzz(args.minutes)
    print(f"fuzz: {read + tagged} inputs ({read} reader, {tagged} tagger) in {seconds / 60:.1f} min, no crash")
    return 0


if __name__ == "__main__":
    sys.exit(main())
