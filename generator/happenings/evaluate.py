"""Scoring a grouping against a hand-made one: pairwise precision and recall over the events of a corpus.

A corpus is a YAML file of articles whose sentences may start with `[[label]]`: sentences with one label
report one happening. `write_corpus` writes the articles as Markdown files (front matter: title, published,
publisher) and gives where each label stands; `gold_groups` reads those places off the extracted events.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import yaml

from generator.model import Document

_LABEL = re.compile(r"\[\[([\w-]+)\]\]")

Marks = dict[str, list[tuple[str, int]]]  # label → (article file name, offset of its sentence in the file)


def write_corpus(corpus: Path, folder: Path) -> Marks:
    """Every article of `corpus` as `folder/<name>.md`, labels removed; where each label stood."""
    folder.mkdir(parents=True, exist_ok=True)
    marks: Marks = defaultdict(list)
    for article in yaml.safe_load(corpus.read_text("utf-8"))["articles"]:
        head = (f"---\ntitle: \"{article['title']}\"\npublished: {article['published']}\n"
                f"publisher: {article['publisher']}\n---\n\n")
        text, position, name = head, 0, f"{article['name']}.md"
        for match in _LABEL.finditer(article["text"]):
            text += article["text"][position : match.start()]
            marks[match.group(1)].append((name, len(text)))
            position = match.end()
        text += article["text"][position:]
        (folder / name).write_text(text, encoding="utf-8")
    return dict(marks)


def gold_groups(documents: Iterable[Document], marks: Mapping[str, Sequence[tuple[str, int]]]) -> list[set[str]]:
    """The events of each label: the one dated by the expression a place is before, else those of its sentence."""
    by_file = {Path(document.source.file).name: document for document in documents}
    groups = []
    for places in marks.values():
        found = set()
        for name, offset in places:
            document = by_file.get(name)
            events = document.events if document else ()
            dated = {event.id for event in events if event.span[0] == offset}  # a label put before an expression
            found |= dated or {e.id for e in events if e.sentence_span[0] <= offset < e.sentence_span[1]}
        groups.append(found)
    return groups


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    predicted: int  # pairs the grouping put together
    expected: int  # pairs the gold puts together
    agreed: int

    def __str__(self) -> str:
        return (f"pairwise precision {self.precision:.3f} recall {self.recall:.3f} "
                f"({self.agreed} of {self.predicted} pairs found right, {self.expected} in the gold)")


def pairs(groups: Iterable[Iterable[str]]) -> set[frozenset[str]]:
    return {frozenset(pair) for members in groups for pair in combinations(sorted(set(members)), 2)}


def pairwise(predicted: Iterable[Iterable[str]], gold: Iterable[Iterable[str]]) -> Score:
    """Precision and recall of the pairs of events put together (1.0 where there is nothing to get wrong)."""
    ours, right = pairs(predicted), pairs(gold)
    agreed = len(ours & right)
    return Score(agreed / len(ours) if ours else 1.0, agreed / len(right) if right else 1.0, len(ours), len(right),
                 agreed)
