"""How long hostile input takes to be refused or read, against reading ordinary input in the same run.

Run on demand: `python benchmarks/bench_hostile.py`. The tests check that such input is refused
with the right message; this measures that it happens at once (an alias bomb must never be
expanded, a 1 MB line never be handled in quadratic time). Each figure is the best of `--repeat`.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.content import store  # noqa: E402
from generator.errors import InputError  # noqa: E402
from generator.pipeline import extract, source_events  # noqa: E402
from generator.project import Project  # noqa: E402
from generator.temporal import tag  # noqa: E402
from generator.text.articles import read_article  # noqa: E402
from generator.text.sentences import sentence_spans  # noqa: E402

BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)
# 1 MB of full stops took quadratic time (10,000: 4.4 s, 80,000: 187 s); linear, it must take well under this.
DOTS_BOUND_SECONDS = 1.0
DOTS = "Het begon donderdag" + "." * 1_000_000
# A list of 100,000 bare days ending in a month: each must take the month; one sweep, not one per item.
DAY_LIST = ", ".join(str(i % 28 + 1) for i in range(100_000)) + " januari"
# One sentence of 50,000 clock times with no day: each looks for its sentence's day only nearby.
CLOCKS = "om 10.00 uur, " * 50_000
# One clause of 20,000 dates: the events stage finds each date's clause and words by bisection, not by a scan
# per date (4,000 such dates took 4.5 s, quadratic, before 2026-12-06).
DATES = "De raad vergaderde " + ", ".join(f"op {i % 28 + 1} mei" for i in range(20_000)) + " in het stadhuis.\n"
# One clause of 8,000 births: the words before each `geboren op` are read for a verb only near the participle (before
# 2026-12-07 the whole clause before it: 8,000 took 59 s, quadratic).
BIRTHS = "de olifant geboren op 3 mei " * 8_000
# One sentence of 4,000 clauses with no punctuation, each a verb the lists do not know and a possessive `zijn`: the
# participle of each `zijn` is looked for within a few dozen words, not to the sentence's end.
POSSESSIVES = "de minister leest donderdag zijn plan " * 4_000
# An article of 8,000 lines at one minute of one day (a timetable): its events are not each compared with each when
# grouped (before 2026-12-07 4,000 such lines took 5.7 s and 600 MB, 8,000 took 28 s and 2.3 GB).
TIMETABLE = "Om 20.00 uur speelt de club op zondag thuis tegen de koploper.\n\n" * 8_000
SENTENCE = "Donderdagochtend om 10.30 uur kwamen honderden betogers bijeen op het plein in Almaty. "


def best(action: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs, in seconds; a refusal (`InputError`) is the expected end."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        with contextlib.suppress(InputError):
            action()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ordinary = next((REPO / "content").glob("*.yml")).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "seeds").mkdir()
        bomb = root / "lachen.md"
        bomb.write_text("---\n" + BILLION_LAUGHS + "title: *i\n---\nTekst.\n", encoding="utf-8")
        huge = root / "groot.txt"
        huge.write_bytes((SENTENCE + "\n").encode() * (20 * 2**20 // (len(SENTENCE) + 1)))
        dated = root / "data.md"
        dated.write_text("---\ntitle: Data\npublished: 2024-06-01\n---\n\n" + DATES, encoding="utf-8")
        births = root / "geboren.md"
        births.write_text("---\ntitle: Geboren\npublished: 2024-06-01\n---\n\n" + BIRTHS + "\n", encoding="utf-8")
        normal = root / "gewoon.txt"
        normal.write_text(SENTENCE * 30 + "\n", encoding="utf-8")
        (root / "seeds" / "lang.txt").write_text((SENTENCE * (1_000_000 // len(SENTENCE)))[:1_000_000] + "\n")
        timetable = root / "rooster"
        (timetable / "seeds").mkdir(parents=True)
        (timetable / "seeds" / "rooster.md").write_text("---\ntitle: Rooster\npublished: 2024-06-01\n---\n\n"
                                                         + TIMETABLE, encoding="utf-8")
        rows = [
            ("a seed content file, read", best(lambda: store.read(ordinary, "c.yml"), args.repeat), None),
            ("billion laughs as content, refused", best(lambda: store.read(BILLION_LAUGHS, "c.yml"), args.repeat),
             0),
            ("5,000 nested lists as content, refused",
             best(lambda: store.read("x: " + "[" * 5000 + "]" * 5000 + "\n", "c.yml"), args.repeat), 0),
            ("a 3 KB article, read", best(lambda: read_article(normal, root), args.repeat), None),
            ("billion laughs as front matter, refused", best(lambda: read_article(bomb, root), args.repeat), 3),
            ("a 20 MB article, refused", best(lambda: read_article(huge, root), args.repeat), 3),
            ("a 1 MB single-line article, extracted", best(lambda: extract(Project(root)), 1), 3),
            ("a clause of 20,000 dates, made into events",
             best(lambda: source_events(read_article(dated, root), "2024-06-01"), 1), 3),
            ("a clause of 8,000 births, made into events",
             best(lambda: source_events(read_article(births, root), "2024-06-01"), 1), 3),
            ("8,000 lines at one minute, extracted", best(lambda: extract(Project(timetable)), 1), 3),
            ("4,000 possessives in one sentence, tagged", best(lambda: tag(POSSESSIVES, "2022-01-06"), 1), 3),
            ("1 MB of full stops, split into sentences", best(lambda: sentence_spans(DOTS, 0, len(DOTS)), args.repeat),
             3),
            ("a list of 100,000 days (0.5 MB), tagged", best(lambda: tag(DAY_LIST, "2022-01-06"), 1), 3),
            ("50,000 clock times in one sentence, tagged", best(lambda: tag(CLOCKS, "2022-01-06"), 1), 3),
        ]
    baselines: dict[int, float] = {}
    print(f"{'input':<42} {'seconds':>9} {'× ordinary':>11}")
    for index, (label, seconds, baseline) in enumerate(rows):
        if baseline is None:
            baselines[index] = seconds
        ratio = "" if baseline is None else f"{seconds / baselines[baseline]:>11.1f}"
        print(f"{label:<42} {seconds:>9.4f} {ratio}")
    dots = rows[-3][1]
    verdict = "within" if dots <= DOTS_BOUND_SECONDS else "OVER"
    print(f"1 MB of full stops: {dots:.4f} s, {verdict} the bound of {DOTS_BOUND_SECONDS:g} s")
    return 0 if dots <= DOTS_BOUND_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
