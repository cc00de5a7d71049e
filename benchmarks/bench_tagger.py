"""Throughput and start-up of Kroniek's temporal tagger, next to dateparser's search_dates.

Run on demand: `python benchmarks/bench_tagger.py`. Builds ~100 KB and ~1 MB of Dutch
news-like text from templates (many kinds of dates among plain sentences with counts),
times `generator.temporal.tag` on it (best of 3, language data already loaded), the
start-up of `kroniek tag` on a tiny input (best of 5), and dateparser on the same text
(on a slice when it is slow, scaled linearly to the full size and marked so).
Targets: at least 2 MB/s (under 50 ms per 100 KB) and start-up under 0.5 s.
"""

from __future__ import annotations

import random
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


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def startup_seconds() -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write("Gisteravond werd de man opgepakt.")
    command = [sys.executable, "-m", "generator.cli", "tag", "--dct", DCT, handle.name]
    try:
        return best_of(5, lambda: subprocess.run(command, cwd=REPO, check=True, capture_output=True))
    finally:
        Path(handle.name).unlink()


def dateparser_seconds(text: str, budget: int) -> tuple[float, str]:
    """dateparser on `text`, or on its first `budget` characters scaled up; and a note saying which."""
    from dateparser.search import search_dates

    search_dates("Op 6 januari 2022.", languages=["nl"])  # loads its locale data outside the timing
    piece = text[:budget]
    seconds = best_of(1, lambda: search_dates(piece, languages=["nl"]))
    if len(piece) < len(text):
        return seconds * len(text) / len(piece), f"scaled from {len(piece) // 1000} KB"
    return seconds, "measured"


def main() -> int:
    tag("Gisteren.", DCT)  # load and compile the language data once
    print(f"{'text':>8} {'expressions':>11} {'Kroniek':>10} {'MB/s':>6} {'ms/100KB':>9} {'dateparser':>12}  ratio")
    for size in (100_000, 1_000_000):
        text = build_text(size)
        found = len(tag(text, DCT))
        ours = best_of(3, lambda text=text: tag(text, DCT))
        theirs, note = dateparser_seconds(text, budget=20_000)
        print(
            f"{size // 1000:>6}KB {found:>11} {ours * 1000:>8.1f}ms {size / ours / 1e6:>6.2f} "
            f"{ours * 1000 * 100_000 / size:>9.1f} {theirs:>10.2f}s  x{theirs / ours:,.0f}  (dateparser {note})"
        )
    print(f"start-up of `kroniek tag` on a tiny file: {startup_seconds() * 1000:.0f} ms (best of 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
