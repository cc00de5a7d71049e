"""How well can the machine tell an article's restatement of a happening from another act of the same days?

Reads `restatements.yaml` (hand-made gold: which ok event restates which), runs the extract pipeline on each tuning
set's articles (texts as for `events.py`), and takes every pair of ok events of one article, in two sentences, whose
values overlap (one lies within the other). A pair is one happening when the gold joins them (through other events
too: a lede, its retelling and its clock time); else two. For each candidate signal it prints how many pairs it
fires on, how many of those are one happening (precision) and how many of the one-happening pairs it finds (recall),
for the sets that noted every restatement (dev8, dev9, dev10) and for all listed sets.

    python benchmarks/realnews/restatements.py --texts-root DIR [--show SIGNAL] [--noted-only]

where DIR holds `texts/` (the 40-set) and `dev<N>-texts/`. At the end it lists the events stage's own joins (an event
that took in another sentence's event: `generator/text/events.py`) and how many the gold calls one happening.

The signals' happening nouns, determiners and verbs of taking place are the language data's (`text.yaml`,
`restating_*`), so the measurement is of the words the product uses.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import yaml

from generator.model import Event
from generator.text.clauses import clause_words
from generator.text.events import contains
from generator.text.sentences import sentence_spans

sys.path.insert(0, str(Path(__file__).parent))
import events as judged_events

HERE = Path(__file__).parent
TEXTS = {"annotations.yaml": "texts"}  # else dev<N>.yaml -> dev<N>-texts
JUDGEMENTS = {"annotations.yaml": "event-judgements.yaml"}
WORD = re.compile(r"[a-zà-ÿ]+")
SMALL = frozenset((
    "de", "het", "een", "en", "van", "in", "op", "te", "is", "dat", "die", "met", "voor", "aan", "er", "om", "zijn",
    "was", "werd", "wordt", "door", "bij", "ook", "als", "niet", "naar", "of", "uit", "nog", "al", "dan", "maar", "tot",
    "over", "zo", "heeft", "hebben", "had", "worden", "zich", "deze", "dit", "wel", "meer", "hij", "ze", "zij", "we",
    "wij", "je", "u", "ik", "hun", "haar", "wat", "waar", "hoe", "wie", "geen", "na", "kan", "zal", "zou", "moet",
    "mag", "dus", "toen", "nu",
))


@dataclass(frozen=True)
class Pair:
    set: str
    article: str
    first: Event
    second: Event
    one: bool  # the gold says: one happening


def words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in SMALL and len(w) > 2}


# The signals' happening nouns (a compound ending in one names it too: `woningbrand`, `aardbeving`), determiners and
# verbs of taking place (`Het ongeluk gebeurde rond 16.00 uur`) are the language data's (`text.yaml`, `restating_*`).
LANGUAGE = "nl"


def stems(text: str) -> set[str]:
    """The happening nouns a text names, by stem (a compound counts by its last part)."""
    nouns = clause_words(LANGUAGE).restating_nouns
    return {stem for w in WORD.findall(text.lower()) for stem in nouns if w.endswith(stem)}


def definite_stems(text: str) -> set[str]:
    """Happening nouns a text names definitely (`de brand`, `het ongeluk`, `die beving`, `de aardbeving op Sumba`)."""
    known = clause_words(LANGUAGE)
    tokens = WORD.findall(text.lower())
    found = set()
    for i, w in enumerate(tokens):
        for stem in known.restating_nouns:
            if w.endswith(stem) and any(t in known.restating_determiners for t in tokens[max(0, i - 2) : i]):
                found.add(stem)
    return found


def occurs(text: str) -> bool:
    """Whether a text has a verb of taking place, its words adjacent (`vond plaats`, `deed zich voor`)."""
    tokens = WORD.findall(text.lower())
    return any(
        tuple(tokens[at : at + len(verb)]) == verb for verb in clause_words(LANGUAGE).restating_verbs
        for at in range(len(tokens))
    )


@dataclass(frozen=True)
class Join:
    """Two events the events stage made one: the event kept, and the one it took in (found as a mention of the
    kept event outside its sentence)."""

    set: str
    article: str
    kept: Event
    taken: tuple[int, int]  # the offsets of the taken event's expression
    one: bool | None  # the gold says one happening; None when either was not an ok event before


def collect(root: Path, noted_only: bool = False) -> tuple[list[Pair], dict[str, dict[str, float]], list[Join]]:
    gold = yaml.safe_load((HERE / "restatements.yaml").read_text("utf-8"))["sets"]
    found: list[Pair] = []
    joins: list[Join] = []
    rarity: dict[str, dict[str, float]] = {}  # per article: each word's weight by how rare it is in its sentences
    for name, entry in gold.items():
        if noted_only:  # the judges' notes alone, without the pairs found on reading (`found:`)
            entry = {**entry, "pairs": [pair for pair in entry["pairs"] if "found" not in pair]}
        texts = root / TEXTS.get(name, name.replace(".yaml", "-texts"))
        judgements = HERE / JUDGEMENTS.get(name, f"event-judgements-{name}")
        annotations = yaml.safe_load((HERE / name).read_text("utf-8"))
        judged = yaml.safe_load(judgements.read_text("utf-8"))
        verdicts = {(j["article"], *j["span"]): j for j in judged.get("events") or []}
        joined = judged_events.happenings(entry["pairs"])
        with tempfile.TemporaryDirectory() as folder:
            for article in judged_events.articles(annotations, texts):
                events = judged_events.events_of(article, Path(folder))
                ok = [
                    e for e in events
                    if (v := verdicts.get((article.id, *e.span))) and v["judgement"] == "ok"
                    and v["when"] == e.when and v.get("mod") == e.mod
                ]
                sentences = [article.text[a:b] for a, b in sentence_spans(article.text, 0, len(article.text), "nl")]
                df = Counter(w for s in sentences for w in words(s))
                rarity[article.id] = {w: math.log((1 + len(sentences)) / (1 + n)) for w, n in df.items()}
                for event in events:
                    start, end = event.sentence_span
                    outside = [m for m in event.mentions if not start <= m.span[0] < end]
                    if not outside:
                        continue
                    # the taken event's date: the judged one of the mentions from another sentence (not its byline's)
                    taken = next((m for m in outside if (article.id, *m.span) in verdicts), outside[0])
                    keys = [(article.id, *event.span), (article.id, *taken.span)]
                    both = all(
                        (v := verdicts.get(key)) and v["judgement"] == "ok" and v["when"] == when
                        for key, when in zip(keys, (event.when, taken.value), strict=True)
                    )
                    one = all(key in joined for key in keys) and joined[keys[0]] == joined[keys[1]]
                    joins.append(Join(name, article.id, event, taken.span, one if both else None))
                ok.sort(key=lambda e: e.span[0])
                for a, b in combinations(ok, 2):
                    if a.sentence_span == b.sentence_span:
                        continue
                    if not (contains(a.when, b.when) or contains(b.when, a.when)):
                        continue
                    ka, kb = (article.id, *a.span), (article.id, *b.span)
                    one = ka in joined and kb in joined and joined[ka] == joined[kb]
                    found.append(Pair(name, article.id, a, b, one))
    return found, rarity, joins


def shared_weight(pair: Pair, rarity: dict[str, dict[str, float]]) -> float:
    """The words both sentences share, less their dating expressions, weighted by rarity within the article."""
    weights = rarity[pair.article]
    a = words(pair.first.text.replace(pair.first.expression, " "))
    b = words(pair.second.text.replace(pair.second.expression, " "))
    return sum(weights.get(w, 0.0) for w in a & b)


def signals(rarity: dict[str, dict[str, float]]) -> dict[str, Callable[[Pair], bool]]:
    def finer(p: Pair) -> bool:
        return p.first.when != p.second.when

    def adjacent(p: Pair) -> bool:
        return 0 <= p.second.sentence_span[0] - p.first.sentence_span[1] <= 2

    def same_stem(p: Pair) -> bool:
        return bool(stems(p.first.text) & stems(p.second.text))

    def anaphoric(p: Pair) -> bool:
        return bool(stems(p.first.text) & definite_stems(p.second.text))

    def occurred(p: Pair) -> bool:
        return anaphoric(p) and occurs(p.second.text)

    found: dict[str, Callable[[Pair], bool]] = {
        "any overlapping pair": lambda p: True,
        "same value": lambda p: not finer(p),
        "nested value (one finer)": finer,
        "second finer (a time after its day)": lambda p: finer(p) and contains(p.first.when, p.second.when),
        "adjacent sentences": adjacent,
        "same happening noun": same_stem,
        "anaphoric definite noun (de brand ... de brand)": anaphoric,
        "anaphoric + verb of taking place (gebeurde, vond plaats)": occurred,
        "anaphoric + nested value": lambda p: anaphoric(p) and finer(p),
        "anaphoric + adjacent": lambda p: anaphoric(p) and adjacent(p),
        "same noun + nested value": lambda p: same_stem(p) and finer(p),
    }
    for threshold in (2.0, 4.0, 6.0, 8.0, 10.0):
        found[f"rare shared words >= {threshold:g}"] = lambda p, t=threshold: shared_weight(p, rarity) >= t
    for threshold in (4.0, 8.0):
        found[f"rare shared words >= {threshold:g} + nested value"] = (
            lambda p, t=threshold: shared_weight(p, rarity) >= t and finer(p)
        )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts-root", type=Path, required=True, help="folder with texts/ and dev<N>-texts/")
    parser.add_argument("--show", help="print the pairs the signal of this name fires on")
    parser.add_argument("--noted-only", action="store_true", help="leave out the gold's pairs found on reading")
    args = parser.parse_args(argv)
    pairs, rarity, joins = collect(args.texts_root, args.noted_only)
    gold = yaml.safe_load((HERE / "restatements.yaml").read_text("utf-8"))["sets"]
    full = {name for name, entry in gold.items() if entry.get("noted") == "all"}
    print(f"pairs: {len(pairs)} ({sum(p.one for p in pairs)} one happening); "
          f"in {', '.join(sorted(full))}: {sum(p.set in full for p in pairs)} "
          f"({sum(p.one for p in pairs if p.set in full)} one)")
    print(f"{'signal':<60} {'dev8-10: fired  P     R':>26}   {'all sets: fired  P     R':>26}")
    for name, test in signals(rarity).items():
        cells = []
        for chosen in ([p for p in pairs if p.set in full], pairs):
            fired = [p for p in chosen if test(p)]
            right = sum(p.one for p in fired)
            total = sum(p.one for p in chosen)
            precision = f"{right / len(fired):.2f}" if fired else "  - "
            cells.append(f"{len(fired):>5} {right:>3} {precision:>5} {right / total if total else 0:>5.2f}")
        print(f"{name:<60} {cells[0]:>26}   {cells[1]:>26}")
        if args.show == name:
            for p in pairs:
                if test(p):
                    print(f"    {'ONE' if p.one else 'two'} {p.set} {p.article} {p.first.when} / {p.second.when}\n"
                          f"        {p.first.text[:150]}\n        {p.second.text[:150]}")
    right = sum(bool(j.one) for j in joins)
    print(f"\nthe events stage's joins: {len(joins)}, of ok events {sum(j.one is not None for j in joins)}, one "
          f"happening by the gold {right}; in {', '.join(sorted(full))}: {sum(j.set in full for j in joins)}, "
          f"{sum(bool(j.one) for j in joins if j.set in full)}")
    for join in joins:
        verdict = {True: "ONE", False: "two", None: "not judged ok"}[join.one]
        print(f"    {verdict} {join.set} {join.article} {join.taken} into {join.kept.span} {join.kept.when}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
