"""Editor steps, article changes and extractions at random for a while: `python benchmarks/fuzz_editing.py --minutes 3`.

Runs the state machine of `tests/test_editor_steps.py` (its invariant: nothing an editor
changed or deleted is undone, check passes after every extraction) in batches until the
time is up, and prints the steps taken. Exits 1 on the first finding, with Hypothesis' shrunk steps.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.stateful import invariant, run_state_machine_as_test

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from test_editor_steps import PHASES, EditorSteps  # noqa: E402

BATCH = settings(max_examples=20, stateful_step_count=40, deadline=None, database=None,
                 suppress_health_check=list(HealthCheck), phases=PHASES)


def fuzz(minutes: float) -> tuple[int, float]:
    """Steps run (rules and extractions), and the seconds spent."""
    steps = 0

    class Counted(EditorSteps):
        @invariant()
        def count(self) -> None:  # invariants run once after every step
            nonlocal steps
            steps += 1

    started = time.monotonic()
    while time.monotonic() - started < minutes * 60:
        run_state_machine_as_test(Counted, settings=BATCH)
    return steps, time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="how long to fuzz (default: 3)")
    args = parser.parse_args()
    steps, seconds = fuzz(args.minutes)
    print(f"fuzz_editing: {steps} steps in {seconds / 60:.1f} min, no finding")
    return 0


if __name__ == "__main__":
    sys.exit(main())
