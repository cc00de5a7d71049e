"""Throughput and start-up of Kroniek's temporal tagger, next to dateparser's search_dates and Duckling.

Run on demand: `python benchmarks/bench_tagger.py [--duckling PATH]` (dateparser comes with the
`bench` extra: `pip install -e ".[bench]"`). Builds ~100 KB and ~1 MB of Dutch news-like text
from templates (many kinds of dates among plain sentences with counts) and times, on the same text:

- `generator.temporal.tag` (best of 3, language data already loaded);
- dateparser's `search_dates(..., languages=["nl"])` (on a 20 KB slice when it is slow, scaled
  linearly to the full size and marked so);
- with `--duckling PATH`, Duckling (facebook/duckling): PATH is an executable, built apart from
  this repository (nothing here builds Duckling), called as `PATH FILE YYYY-MM-DD`, that parses
  each line (paragraph) of FILE with Duckling's Dutch rules (locale nl, the Time dimension only,
  no latent parses, the date as reference time) and prints one JSON entity per line. The whole
  child process is timed (best of 3), its start-up included; without `--duckling` the column is left out;
- the start-up of `kroniek tag` on a tiny file, as a child process: the first start with nothing
  cached (no bytecode, no derived language data), then the best and median of 7 later starts
  with the bytecode and the user cache folder of that first start (as after `pip install`, which
  compiles the bytecode). Both are kept in a temporary folder (the cache through XDG_CACHE_HOME).

Times are CPU seconds (user + system) unless marked wall: on a shared machine, wall time
measures the other jobs as much as the tagger. Ratios compare CPU times measured in the same run.
Nothing here asserts a time; the figures are the result.

Targets (issue 14): at most 0.05 s per 100 KB of Dutch news, at least 10x faster than
dateparser and than Duckling on the same text, and `kroniek tag` starting in at most 0.15 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.temporal import tag  # noqa: E402

DCT = "2022-01-06"
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
PARTS = ["ochtend", "middag", "avond", "nacht"]
HOLIDAYS = ["Nieuwjaarsdag", "Koningsdag", "Pasen", "tweede pinksterdag", "eerste kerstdag", "oudejaarsavond"]
SUBJECTS = ["De politie", "Het kabinet", "De burgemeester", "Een woordvoerder", "De rechter", "Demonstranten"]
VERBS_PAST = ["maakte bekend", "greep in", "kwam bijeen", "sprak de pers toe", "werd gebeld", "sloot de haven"]
VERBS_NOW = ["komt bijeen", "maakt een besluit bekend", "wordt verwacht", "gaat praten", "spreekt het land toe"]
PLACES = ["Almaty", "Utrecht", "Den Haag", "Rotterdam", "Zwolle", "Maastricht"]


def _plain(rng: random.Random) -> str:
    """A sentence with names and numbers but no temporal expression, as most news sentences are."""
    s, place, n = rng.choice(SUBJECTS), rng.choice(PLACES), rng.randint(2, 9999)
    return rng.choice([
        f"In {place} waren {n} mensen op de been, meldt {s.lower()}.",
        f"{s} zegt dat de {rng.randint(2, 400)} gewonden in {place} worden opgevangen.",
        f"Volgens {s.lower()} is de situatie in {place} onduidelijk en moeilijk te beoordelen.",
        f"Er werd {rng.randint(2, 90)} keer geschoten, zeggen getuigen in het centrum van {place}.",
        f"Augustus de Wit, woordvoerder van de gemeente {place}, wilde niet reageren op vragen van de krant.",
        f"De schade wordt geschat op {rng.randint(2, 900)}.000 euro; verzekeraars onderzoeken de oorzaak.",
        "\"We weten niet wat er precies is gebeurd\", zegt een bewoner van de wijk tegen de lokale omroep.",
        f"Het ministerie van Binnenlandse Zaken meldt dat {n} agenten zijn ingezet in de regio {place}.",
        f"Critici vinden dat {s.lower()} te laat heeft ingegrepen en eisen opheldering van de regering.",
        f"Op beelden is te zien hoe betogers met borden door de straten van {place} trekken.",
    ])


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return _plain(rng)
    s, past, now, place = rng.choice(SUBJECTS), rng.choice(VERBS_PAST), rng.choice(VERBS_NOW), rng.choice(PLACES)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1990, 2023)
    weekday, part = rng.choice(WEEKDAYS), rng.choice(PARTS)
    hour, minute = rng.randint(6, 23), rng.choice(["00", "15", "30", "45"])
    templates = [
        f"{s} {past} op {day} {month} {year} in {place}.",
        f"{weekday.capitalize()} {past} {s.lower()} in {place}.",
        f"{s} {past} {weekday}{part}.",
        f"{weekday.capitalize()}avond rond {hour}.{minute} uur {past} {s.lower()}.",
        f"{s} {now} morgen om half {rng.choice(['negen', 'tien', 'elf'])}.",
        f"Vorige week {weekday} {past} {s.lower()}.",
        f"{s} {past} gisteravond in {place}; vannacht was het onrustig.",
        f"Begin {month} {past} {s.lower()}, en eind {month} opnieuw.",
        f"In {year} {past} {s.lower()}. Twee dagen later volgde een reactie.",
        f"Op {rng.choice(HOLIDAYS)} {past} {s.lower()}.",
        f"{s} {now} over {rng.choice(['twee', 'drie', 'vier'])} weken.",
        f"De afgelopen dagen waren er {rng.randint(10, 999)} arrestaties; elke dag komen er meer.",
        f"Het onderzoek duurde {rng.choice(['drie', 'vijf', 'acht'])} maanden, aldus {s.lower()}.",
        f"Het voorjaar van {year} was onrustig; in de jaren negentig was het rustiger.",
        f"{s} {past} {day}-{rng.randint(1, 12)}-{year} een besluit.",
        f"Drie weken geleden {past} {s.lower()}; volgend jaar mei volgt een evaluatie.",
    ]
    return rng.choice(templates)


def build_text(size: int, seed: int = 7) -> str:
    """Paragraphs of 3-6 sentences until `size` characters; about 40% of the sentences hold expressions."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    length = 0
    while length < size:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 1
    return "\n".join(paragraphs)[:size]


def best_of(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    """The least CPU time of `runs` calls in this process, and the least wall time."""
    cpu, wall = [], []
    for _ in range(runs):
        started_cpu, started = time.process_time(), time.perf_counter()
        action()
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return min(cpu), min(wall)


def child(command: list[str], folder: Path, env: dict[str, str] | None = None) -> tuple[float, float, bytes]:
    """One child process to completion: its CPU time (from `os.wait4`), its wall time, its output.

    The output goes to files in `folder`, not pipes, so that a child writing much never waits for us.
    """
    out_path, errors_path = folder / "child.out", folder / "child.err"
    with out_path.open("wb") as out, errors_path.open("wb") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{errors_path.read_text(errors='replace')}")
    return usage.ru_utime + usage.ru_stime, wall, out_path.read_bytes()


def startup(folder: Path) -> str:
    """`kroniek tag` on a tiny file: the first start with nothing cached, then later starts."""
    tiny = folder / "tiny.txt"
    tiny.write_text("Gisteravond werd de man opgepakt.", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPYCACHEPREFIX=str(folder / "bytecode"), XDG_CACHE_HOME=str(folder / "cache"))
    command = [sys.executable, "-m", "generator.cli", "tag", "--dct", DCT, str(tiny)]
    first_cpu, first_wall, _ = child(command, folder, env)
    later = [child(command, folder, env) for _ in range(7)]
    cpu, wall = [run[0] * 1000 for run in later], [run[1] * 1000 for run in later]
    return (
        f"start-up of `kroniek tag` on a tiny file: first start {first_cpu * 1000:.0f} ms "
        f"(wall {first_wall * 1000:.0f}); later starts min {min(cpu):.0f} ms, median {statistics.median(cpu):.0f} ms "
        f"(wall min {min(wall):.0f}, median {statistics.median(wall):.0f}; 7 runs)"
    )


def dateparser_seconds(text: str, budget: int) -> tuple[float, str]:
    """dateparser's CPU time on `text`, or on its first `budget` characters scaled up; and a note saying which."""
    from dateparser.search import search_dates

    search_dates("Op 6 januari 2022.", languages=["nl"])  # loads its locale data outside the timing
    piece = text[:budget]
    seconds, _ = best_of(1, lambda: search_dates(piece, languages=["nl"]))
    if len(piece) < len(text):
        return seconds * len(text) / len(piece), f"scaled from {len(piece) // 1000} KB"
    return seconds, "measured"


def duckling_seconds(binary: str, text: str, folder: Path) -> tuple[float, int]:
    """The least CPU time of 3 runs of the Duckling executable on `text`, and how many entities it printed."""
    path = folder / "text.txt"
    path.write_text(text, encoding="utf-8")
    runs = [child([binary, str(path), DCT], folder) for _ in range(3)]
    return min(cpu for cpu, _, _ in runs), runs[0][2].count(b"\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duckling", metavar="PATH", help="a Duckling executable (see the module docstring)")
    args = parser.parse_args()
    tag("Gisteren.", DCT)  # load and compile the language data once
    header = f"{'text':>8} {'found':>6} {'Kroniek':>9} {'(wall)':>8} {'ms/100KB':>9} {'dateparser':>11} {'ratio':>6}"
    print(header + (f" {'Duckling':>9} {'found':>6} {'ratio':>6}" if args.duckling else ""))
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for size in (100_000, 1_000_000):
            text = build_text(size)
            found = len(tag(text, DCT))
            ours, wall = best_of(3, lambda text=text: tag(text, DCT))
            theirs, note = dateparser_seconds(text, budget=20_000)
            line = (
                f"{size // 1000:>6}KB {found:>6} {ours * 1000:>7.1f}ms {wall * 1000:>6.0f}ms "
                f"{ours * 1000 * 100_000 / size:>9.1f} {theirs:>10.2f}s {theirs / ours:>5.0f}x"
            )
            if args.duckling:
                duck, duck_found = duckling_seconds(args.duckling, text, folder)
                line += f" {duck:>8.2f}s {duck_found:>6} {duck / ours:>5.1f}x"
            print(f"{line}  (dateparser {note})")
        print(startup(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
