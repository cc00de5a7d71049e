"""TempEval-3-style scoring of a tagger against gold expressions.

Each gold expression is matched to the not yet matched prediction that overlaps it
most. Strict span counts exact extents, relaxed span any overlap; type accuracy is
taken over relaxed matches; a value counts as found when a relaxed match also has
the gold value (precision over predictions, recall over gold). Predictions valued
PRESENT_REF, PAST_REF or FUTURE_REF are ignored, as the gold leaves them out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.errors import InputError
from generator.model import Timex

IGNORED_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class Case:
    id: str
    dct: str | None
    text: str
    gold: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class Miss:
    """A gold expression not matched exactly, or a prediction with no gold: what an evaluator reads."""

    case: str
    gold: GoldTimex | None
    predicted: Timex | None
    problem: str  # missed, spurious, span, type, value, mod


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    typed: int = 0
    valued: int = 0
    modded: int = 0
    misses: list[Miss] = field(default_factory=list)

    @staticmethod
    def _f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        precision = hits / predicted if predicted else 1.0
        recall = hits / gold if gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def strict_prf(self) -> tuple[float, float, float]:
        return self._f1(self.strict, self.predicted, self.gold)

    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._f1(self.relaxed, self.predicted, self.gold)

    def value_prf(self) -> tuple[float, float, float]:
        return self._f1(self.valued, self.predicted, self.gold)

    @property
    def type_accuracy(self) -> float:
        return self.typed / self.relaxed if self.relaxed else 1.0

    @property
    def mod_accuracy(self) -> float:
        return self.modded / self.relaxed if self.relaxed else 1.0


def _locate(text: str, wanted: str, start: int) -> tuple[int, int] | None:
    """Offsets of `wanted` as whole words in `text` at or after `start` (then anywhere, then as a substring)."""
    pattern = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)")
    m = pattern.search(text, start) or pattern.search(text)
    if m:
        return m.start(), m.end()
    at = text.find(wanted)
    return (at, at + len(wanted)) if at >= 0 else None


def _gold_timexes(path: str, case_id: str, text: str, entries: Iterable[dict]) -> tuple[GoldTimex, ...]:
    found: list[GoldTimex] = []
    cursor = 0
    for entry in entries:
        context = entry.get("context")
        origin = text.find(context) if context else cursor
        if origin < 0:
            raise InputError(path, f"{case_id}: context {context!r} is not in the text")
        span = _locate(text, str(entry["text"]), origin)
        if span is None:
            raise InputError(path, f"{case_id}: {entry['text']!r} is not in the text")
        found.append(GoldTimex(*span, str(entry["text"]), entry["type"], str(entry["value"]), entry.get("mod")))
        cursor = span[1] if not context else cursor
    return tuple(found)


def load_gold(path: Path) -> list[Case]:
    """Cases from a gold file: `cases` with their text inline, or `articles` naming files beside the gold.

    Article files are looked for next to the gold file, then in the `seeds/` folder of the gold's
    folder or of the nearest folder above it that has one (a project's, for `tests/data/` gold).
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InputError(str(path), f"cannot read gold file: {error}") from error
    if not isinstance(data, dict) or not ({"cases", "articles"} & data.keys()):
        raise InputError(str(path), "a gold file needs a `cases` or `articles` list")
    cases = []
    for item in data.get("cases") or []:
        cases.append(_case(path, str(item["id"]), item, str(item["text"])))
    for item in data.get("articles") or []:
        folders = [path.parent, *(folder / "seeds" for folder in path.resolve().parents)]
        source = next((folder / item["file"] for folder in folders if (folder / item["file"]).is_file()), None)
        if source is None:
            raise InputError(str(path), f"article {item['file']} not found beside the gold or in a seeds/ above it")
        cases.append(_case(path, item["file"], item, source.read_text(encoding="utf-8")))
    return cases


def _case(path: Path, case_id: str, item: dict, text: str) -> Case:
    return Case(case_id, item.get("dct"), text, _gold_timexes(str(path), case_id, text, item["timexes"]))


def _overlap(gold: GoldTimex, predicted: Timex) -> int:
    return min(gold.end, predicted.end) - max(gold.start, predicted.start)


def score_case(case: Case, predicted: Sequence[Timex], scores: Scores) -> None:
    """Add one case's counts and misses to `scores`."""
    predicted = [p for p in predicted if p.value not in IGNORED_VALUES]
    scores.gold += len(case.gold)
    scores.predicted += len(predicted)
    unmatched = list(predicted)
    for gold in case.gold:
        best = max(unmatched, key=lambda p: _overlap(gold, p), default=None)
        if best is None or _overlap(gold, best) <= 0:
            scores.misses.append(Miss(case.id, gold, None, "missed"))
            continue
        unmatched.remove(best)
        scores.relaxed += 1
        exact = (best.start, best.end) == (gold.start, gold.end)
        scores.strict += exact
        scores.typed += best.type == gold.type
        scores.valued += best.value == gold.value
        scores.modded += best.mod == gold.mod
        problems = [
            name
            for name, wrong in (
                ("span", not exact),
                ("type", best.type != gold.type),
                ("value", best.value != gold.value),
                ("mod", best.mod != gold.mod),
            )
            if wrong
        ]
        if problems:
            scores.misses.append(Miss(case.id, gold, best, ",".join(problems)))
    scores.misses.extend(Miss(case.id, None, p, "spurious") for p in unmatched)


def evaluate(cases: Iterable[Case], tagger: Callable[[str, str | None], Sequence[Timex]]) -> Scores:
    scores = Scores()
    for case in cases:
        score_case(case, tagger(case.text, case.dct), scores)
    return scores


def report(scores: Scores, show: bool = False) -> str:
    """The summary as printed by `kroniek eval`; the last three lines are relaxed F1, type accuracy and value F1."""
    lines = []
    if show:
        for miss in scores.misses:
            gold = f"{miss.gold.text!r} {miss.gold.type} {miss.gold.value}" if miss.gold else "-"
            if miss.gold and miss.gold.mod:
                gold += f" ({miss.gold.mod})"
            pred = f"{miss.predicted.text!r} {miss.predicted.type} {miss.predicted.value}" if miss.predicted else "-"
            if miss.predicted and miss.predicted.mod:
                pred += f" ({miss.predicted.mod})"
            lines.append(f"{miss.case}: {miss.problem}: gold {gold} | predicted {pred}")
        lines.append("")
    lines.append(f"gold: {scores.gold}  predicted: {scores.predicted}")
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
    return "\n".join(lines)
