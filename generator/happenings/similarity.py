"""How alike two reports are: the cosine of their TF-IDF vectors over word stems.

A stem found in few events of the archive (a town, an organisation, `brandweer` among political news) says more
than one found in many; the document frequencies are counted over every event grouped together, so the
weights follow the archive at hand rather than a model trained elsewhere.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

Vector = Mapping[str, float]  # stem → weight, of unit length (or empty)


def tfidf_vectors(terms: Sequence[Mapping[str, float]]) -> list[Vector]:
    """Each event's weighted stems as a unit vector: weight × smoothed inverse document frequency."""
    frequency: Counter[str] = Counter()
    for counted in terms:
        frequency.update(counted.keys())
    total = len(terms)
    idf = {stem: math.log((1 + total) / (1 + count)) + 1.0 for stem, count in frequency.items()}
    vectors: list[Vector] = []
    for counted in terms:
        raw = {stem: weight * idf[stem] for stem, weight in counted.items()}
        norm = math.sqrt(sum(value * value for value in raw.values()))
        vectors.append({stem: value / norm for stem, value in raw.items()} if norm else {})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    """The cosine of two unit vectors: the sum over the stems they share (looked up from the shorter one)."""
    if len(a) > len(b):
        a, b = b, a
    return sum([weight * b[stem] for stem, weight in a.items() if stem in b])
