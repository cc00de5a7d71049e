"""How far two judges agree on the same events: the noise under every wrong share of these sets.

Each fresh set's events are judged by one person; the issue's target (at most 3 % of shown events wrong) is finer
than the judges may agree. Two judgement files of the same set (same format as event-judgements-devN.yaml, made
independently) are compared on the events both judged with the same value: the share of events judged alike, by
verdict and by ok against wrong, Cohen's kappa of ok against wrong, the wrong share by each judge and the shares
both and either judged wrong. Missed happenings are compared by their spans.

    python benchmarks/realnews/agreement.py FIRST.yaml SECOND.yaml [--show]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import yaml

WRONG = ("duplicate", "junk", "wrong-date")


def verdicts(path: Path) -> tuple[dict[tuple[str, int, int, str], str], set[tuple[str, int, int]]]:
    """The judgements of a file by (article, start, end, value), and its missed happenings' spans."""
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    judged = {(j["article"], *j["span"], str(j["when"])): j["judgement"] for j in data.get("events") or []}
    missed = {(m["article"], *m["span"]) for m in data.get("missed") or []}
    return judged, missed


def kappa(pairs: list[tuple[bool, bool]]) -> float | None:
    """Cohen's kappa of two judges' yes/no on the same items: agreement beyond what their shares give by chance."""
    if not pairs:
        return None
    observed = sum(a == b for a, b in pairs) / len(pairs)
    first = sum(a for a, _ in pairs) / len(pairs)
    second = sum(b for _, b in pairs) / len(pairs)
    chance = first * second + (1 - first) * (1 - second)
    return round((observed - chance) / (1 - chance), 3) if chance < 1 else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--show", action="store_true", help="print the events the judges disagree on")
    args = parser.parse_args(argv)
    first, first_missed = verdicts(args.first)
    second, second_missed = verdicts(args.second)
    both = sorted(first.keys() & second.keys())
    pairs = [(first[key] in WRONG, second[key] in WRONG) for key in both]
    verdict_pairs = Counter((first[key], second[key]) for key in both)

    def share(count: int) -> float | None:
        return round(count / len(pairs), 3) if pairs else None

    result = {
        "events_both_judged": len(both),
        "only_first": len(first.keys() - second.keys()),
        "only_second": len(second.keys() - first.keys()),
        "same_verdict": share(sum(n for (a, b), n in verdict_pairs.items() if a == b)),
        "same_ok_or_wrong": share(sum(a == b for a, b in pairs)),
        "kappa_ok_or_wrong": kappa(pairs),
        "wrong_share_first": share(sum(a for a, _ in pairs)),
        "wrong_share_second": share(sum(b for _, b in pairs)),
        "wrong_share_both": share(sum(a and b for a, b in pairs)),
        "wrong_share_either": share(sum(a or b for a, b in pairs)),
        "verdict_pairs": {f"{a} / {b}": n for (a, b), n in sorted(verdict_pairs.items())},
        "missed_first": len(first_missed),
        "missed_second": len(second_missed),
        "missed_both": len(first_missed & second_missed),
    }
    print(json.dumps(result, indent=1))
    if args.show:
        for key in both:
            if first[key] != second[key]:
                print(f"{first[key]:<10} {second[key]:<10} {key[0]} [{key[1]}, {key[2]}] {key[3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
