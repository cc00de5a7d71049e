"""TempEval-3-style scoring of a tagger against gold expressions, by the method of the reference scorer.

Each gold expression, in order, is matched to the not yet matched prediction that overlaps it
most (the earliest on a tie). Strict span counts exact extents, relaxed span any overlap; type
accuracy is taken over relaxed matches; a value counts as found when a relaxed match also has a
value the gold accepts (a gold `value` may be a list of acceptable readings). Precision is over
predictions, recall over gold; a ratio with nothing to count is 0. Predictions valued
PRESENT_REF, PAST_REF or FUTURE_REF are ignored, as the gold leaves them out. Value accuracy per
gold `cat` (right values / gold expressions) shows which class of expression regresses.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.errors import InputError
from generator.model import Timex

IGNORED_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
# Tags of cases reported apart by default: `clock` values depend on the reference clock time
# (`in 5 minuten`), which a day-level publication date does not have.
APART_TAGS = frozenset({"clock"})
NO_CAT = "?"


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    values: tuple[str, ...]  # the acceptable readings: a prediction with any of them is right
    mod: str | None = None
    cat: str = NO_CAT  # the report category (date, clock time, holiday, ...)


@dataclass(frozen=True)
class Case:
    id: str
    dct: str | None
    text: str
    gold: tuple[GoldTimex, ...]
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Miss:
    """A gold expression not matched exactly, or a prediction with no gold: what an evaluator reads."""

    case: str
    gold: GoldTimex | None
    predicted: Timex | None
    problem: str  # missed, spurious, or the comma-joined wrong parts of a match: span, type, value, mod


@dataclass
class CatCounts:
    gold: int = 0
    found: int = 0  # relaxed matches
    right: int = 0  # relaxed matches with an accepted value

    @property
    def value_accuracy(self) -> float:
        return self.right / self.gold if self.gold else 0.0


@dataclass
class Scores:
    cases: int = 0
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    typed: int = 0
    valued: int = 0
    modded: int = 0
    misses: list[Miss] = field(default_factory=list)
    cats: dict[str, CatCounts] = field(default_factory=dict)

    def _prf(self, hits: int) -> tuple[float, float, float]:
        precision = hits / self.predicted if self.predicted else 0.0
        recall = hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict)

    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed)

    def value_prf(self) -> tuple[float, float, float]:
        return self._prf(self.valued)

    @property
    def type_accuracy(self) -> float:
        return self.typed / self.relaxed if self.relaxed else 0.0

    @property
    def mod_accuracy(self) -> float:
        return self.modded / self.relaxed if self.relaxed else 0.0


def accepted_values(value: object) -> tuple[str, ...]:
    """A gold `value` as its acceptable readings, each as the string a prediction's value is compared with."""
    return tuple(str(v) for v in value) if isinstance(value, list) else (str(value),)


def _gold_timexes(path: str, case_id: str, text: str, entries: Iterable[dict]) -> tuple[GoldTimex, ...]:
    """Each entry's first occurrence after the previous one's end, or after its `context` when it has one."""
    found: list[GoldTimex] = []
    cursor = 0
    for entry in entries:
        wanted = str(entry["text"])
        context = entry.get("context")
        origin = text.find(str(context)) if context else cursor
        if origin < 0:
            raise InputError(path, f"{case_id}: context {context!r} is not in the text")
        start = text.find(wanted, origin)
        if start < 0:
            raise InputError(path, f"{case_id}: {wanted!r} is not in the text after the expression before it")
        end = start + len(wanted)
        values, cat = accepted_values(entry["value"]), str(entry.get("cat", NO_CAT))
        found.append(GoldTimex(start, end, wanted, entry["type"], values, entry.get("mod"), cat))
        cursor = end if not context else cursor
    return tuple(found)


def load_gold(path: Path, read_article: Callable[[Path], str] | None = None) -> list[Case]:
    """Cases from a gold file: `cases` with their text inline, or `articles` naming files beside the gold.

    Article files are looked for next to the gold file, then in the `seeds/` folder of the gold's
    folder or of the nearest folder above it that has one (a project's, for `tests/data/` gold).
    `read_article` gives the text the tagger sees (the article's words, without metadata such as a
    scraped date prefix); without it the file is read whole.
    """
    read = read_article or (lambda source: source.read_text(encoding="utf-8"))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InputError(str(path), f"cannot read gold file: {error}") from error
    if not isinstance(data, dict) or not ({"cases", "articles"} & data.keys()):
        raise InputError(str(path), "a gold file needs a `cases` or `articles` list")
    cases = []
    try:
        for item in data.get("cases") or []:
            cases.append(_case(path, str(item["id"]), item, str(item["text"])))
        for item in data.get("articles") or []:
            folders = [path.parent, *(folder / "seeds" for folder in path.resolve().parents)]
            source = next((folder / item["file"] for folder in folders if (folder / item["file"]).is_file()), None)
            if source is None:
                raise InputError(str(path), f"article {item['file']} not found beside the gold or in a seeds/ above it")
            cases.append(_case(path, item["file"], item, read(source)))
    except (KeyError, TypeError) as error:
        raise InputError(str(path), f"case {len(cases) + 1}: a case needs id (or file), text and timexes, "
                         f"each timex text, type and value ({type(error).__name__}: {error})") from error
    return cases


def _case(path: Path, case_id: str, item: dict, text: str) -> Case:
    dct = item.get("dct")
    return Case(
        case_id,
        None if dct is None else str(dct),  # an unquoted YAML date is a date object
        text,
        _gold_timexes(str(path), case_id, text, item["timexes"]),
        frozenset(str(tag) for tag in item.get("tags") or ()),
    )


def select(
    cases: Iterable[Case], skip: Collection[str] = (), only: Collection[str] = (), apart: Collection[str] = APART_TAGS
) -> tuple[list[Case], list[Case]]:
    """The cases to score and the cases to score apart, as the reference scorer's `--skip-tag`/`--only-tag`.

    A case carrying a tag in `skip` is left out; with `only`, a case must carry one of those tags.
    Of the rest, those carrying a tag in `apart` (less any named in `only`) go in the second list.
    """
    apart = set(apart) - set(only)
    kept = [c for c in cases if not c.tags & set(skip) and (not only or c.tags & set(only))]
    return [c for c in kept if not c.tags & apart], [c for c in kept if c.tags & apart]


def _overlap(gold: GoldTimex, predicted: Timex) -> int:
    return min(gold.end, predicted.end) - max(gold.start, predicted.start)


def score_case(case: Case, predicted: Sequence[Timex], scores: Scores) -> None:
    """Add one case's counts and misses to `scores`."""
    predicted = [p for p in predicted if str(p.value) not in IGNORED_VALUES]
    scores.cases += 1
    scores.gold += len(case.gold)
    scores.predicted += len(predicted)
    unmatched = list(predicted)
    for gold in case.gold:
        cat = scores.cats.setdefault(gold.cat, CatCounts())
        cat.gold += 1
        best = max(unmatched, key=lambda p: _overlap(gold, p), default=None)  # max keeps the first of equals
        if best is None or _overlap(gold, best) <= 0:
            scores.misses.append(Miss(case.id, gold, None, "missed"))
            continue
        unmatched.remove(best)
        scores.relaxed += 1
        cat.found += 1
        wrong = {
            "span": (best.start, best.end) != (gold.start, gold.end),
            "type": str(best.type).upper() != gold.type,
            "value": str(best.value) not in gold.values,
            "mod": best.mod != gold.mod,
        }
        scores.strict += not wrong["span"]
        scores.typed += not wrong["type"]
        scores.valued += not wrong["value"]
        cat.right += not wrong["value"]
        scores.modded += not wrong["mod"]
        if any(wrong.values()):
            scores.misses.append(Miss(case.id, gold, best, ",".join(name for name, bad in wrong.items() if bad)))
    scores.misses.extend(Miss(case.id, None, p, "spurious") for p in unmatched)


def evaluate(cases: Iterable[Case], tagger: Callable[[str, str | None], Sequence[Timex]]) -> Scores:
    scores = Scores()
    for case in cases:
        score_case(case, tagger(case.text, case.dct), scores)
    return scores


def _described(miss: Miss) -> str:
    gold = f"{miss.gold.text!r} {miss.gold.type} {' | '.join(miss.gold.values)}" if miss.gold else "-"
    if miss.gold and miss.gold.mod:
        gold += f" ({miss.gold.mod})"
    pred = f"{miss.predicted.text!r} {miss.predicted.type} {miss.predicted.value}" if miss.predicted else "-"
    if miss.predicted and miss.predicted.mod:
        pred += f" ({miss.predicted.mod})"
    return f"{miss.case}: {miss.problem}: gold {gold} | predicted {pred}"


def report(scores: Scores, show: bool = False, by_cat: bool = False) -> str:
    """One set's figures as `kroniek eval` prints them: misses if asked, counts, P/R/F1, the reference
    scorer's four figures one a line, then value accuracy per category if asked."""
    lines = [*(_described(miss) for miss in scores.misses), ""] if show else []
    lines.append(f"cases: {scores.cases}  gold: {scores.gold}  predicted: {scores.predicted}")
    for name, (p, r, f) in (
        ("strict span", scores.strict_prf()),
        ("relaxed span", scores.relaxed_prf()),
        ("value", scores.value_prf()),
    ):
        lines.append(f"{name:<13} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    lines.append(f"mod accuracy: {scores.mod_accuracy:.3f}")
    lines.append(f"strict F1: {scores.strict_prf()[2]:.3f}")
    lines.append(f"relaxed F1: {scores.relaxed_prf()[2]:.3f}")
    lines.append(f"type accuracy: {scores.type_accuracy:.3f}")
    lines.append(f"value F1: {scores.value_prf()[2]:.3f}")
    if by_cat:
        lines.append("value accuracy by category (right values / gold expressions; found: spans matched):")
        lines.extend(
            f"  {name:<16} {counts.right:4d}/{counts.gold:<4d} {counts.value_accuracy:.3f}  (found {counts.found})"
            for name, counts in sorted(scores.cats.items())
        )
    return "\n".join(lines)


def summary(
    cases: Sequence[Case],
    tagger: Callable[[str, str | None], Sequence[Timex]],
    skip: Collection[str] = (),
    only: Collection[str] = (),
    apart: Collection[str] = APART_TAGS,
    show: bool = False,
    by_cat: bool = False,
) -> str:
    """What `kroniek eval` prints: which cases the main figures cover, their figures, then those scored apart."""
    main, aside = select(cases, skip, only, apart)
    tagged = f"tagged {', '.join(sorted(set(apart) - set(only)))}"
    heading = f"main figures: {_cases(len(main))} of {len(cases)}"
    if left_out := len(cases) - len(main) - len(aside):
        heading += f" ({left_out} left out by tag)"
    if aside:
        heading += f"; not in them, scored apart below: {_cases(len(aside))} {tagged}"
    lines = [heading, report(evaluate(main, tagger), show, by_cat)]
    if aside:
        lines += ["", f"apart: {_cases(len(aside))} {tagged}", report(evaluate(aside, tagger), show, by_cat)]
    return "\n".join(lines)


def _cases(count: int) -> str:
    return f"{count} case" if count == 1 else f"{count} cases"
