"""Which events of different sources report one happening: same days, similar words, editors' decisions first.

Only events whose intervals overlap are compared, found by day (each event is put in the buckets of the days it
covers), so the work grows with the events of a day, not with the square of the archive. Pairs at or above `THRESHOLD`
join, most alike first, into groups that hold one report of each source (two only where both, at one minute,
found other sources' reports: see `compare`) and never two events an editor put apart; events an editor
put together are joined before anything else, whatever their words or days. Two groups join only when their
reports are alike on average, pair by pair (average linkage), with reports of times that do not overlap
counting against: in one day's dense story (a storm, a train outage) every report shares the story's words,
and a chain of alike pairs would otherwise make one entry of the whole day.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from generator.happenings.similarity import Vector, cosine, tfidf_vectors
from generator.happenings.words import clock, event_terms, with_heads
from generator.model import Event

# The cosine at or above which two reports of overlapping intervals are one happening (and the average a group
# must keep with another to join it). Measured, not guessed: `python benchmarks/grouping.py --sweep` scores
# thresholds on tests/data/grouping/corpus.yaml (37 happenings, among them two days of one dense story each, a
# strike day's look-alikes and articles that tell a happening twice); precision is 1.0 and recall at least 0.91
# from 0.09 to 0.20 (0.08: precision 0.95; 0.21: recall 0.90), of a ceiling of 0.95 (one report per source). Recall
# is 0.95 at 0.09-0.11 and 0.92 from 0.12 to 0.18, where one paraphrase (`legde het spoor plat`) no longer meets
# its happening's other reports. 0.15, near the middle of that plateau, is taken. The seeds' troops score 0.24.
THRESHOLD = 0.15
MAX_DAYS = 7  # a value that spans more days (a month, a year) is too vague to tell one happening by

Pair = frozenset[str]  # two event ids


@dataclass(frozen=True)
class Decisions:
    """What editors decided: pairs of events they put in one group, pairs they put apart."""

    together: frozenset[Pair] = field(default_factory=frozenset)
    apart: frozenset[Pair] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Report:
    """An event to group and the language its source is written in."""

    event: Event
    language: str = "nl"


def event_days(event: Event) -> range | None:
    """The days (proleptic ordinals) an event's interval covers; None when it is vague or unknown.

    An event dated by a day it only mentions (`na de aardbeving van donderdagavond`) counts with that day: what it
    tells is most often told of that happening."""
    span = event.interval
    if span.start is None or span.end is None:
        return None
    first = dt.date.fromisoformat(span.start[:10]).toordinal()
    last = dt.date.fromisoformat(span.end[:10]).toordinal()
    if span.end[10:] in ("", "T00:00"):  # the end is exclusive: midnight belongs to the day before
        last -= 1
    if last - first >= MAX_DAYS:
        return None
    return range(first, max(first, last) + 1)


@dataclass(frozen=True)
class Compared:
    """The candidate pairs alike at least a floor, most alike first, and every placed event's unit vector."""

    pairs: list[tuple[float, str, str]]
    vectors: Mapping[str, Vector]
    intervals: Mapping[str, tuple[str, str]]

    def cosine(self, first: str, second: str) -> float:
        """The cosine of two events' words, whatever their days (0.0 for an event without a place)."""
        a, b = self.vectors.get(first), self.vectors.get(second)
        return cosine(a, b) if a and b else 0.0

    def overlap(self, first: str, second: str) -> bool:
        """Whether two events' intervals share a moment (True for an event without a place: nothing says not)."""
        if first not in self.intervals or second not in self.intervals:
            return True
        (start, end), (other_start, other_end) = self.intervals[first], self.intervals[second]
        return start < other_end and other_start < end  # ISO times


# One source's events of one minute are a happening told again only when few: a minute an article names more often is
# a schedule's (a list of kick-offs, a timetable), and comparing each with each would take the square of their number.
# Its entries are compared with other sources' events, but not with another schedule's of that minute (two
# timetables). The tuning texts (the 40-set, dev2-dev24, the grouping stories) name one minute at most 8 times in
# one article (a live blog of amateur football); 20 leaves room.
_RETOLD_MOST = 20


def scored_pairs(reports: Sequence[Report], floor: float = 0.0) -> list[tuple[float, str, str]]:
    """Every candidate pair alike at least `floor`, most alike first: (cosine, id, id) (see `compare`)."""
    return compare(reports, floor).pairs


def compare(reports: Sequence[Report], floor: float = 0.0) -> Compared:
    """Every candidate pair alike at least `floor`, most alike first (`Compared.pairs`: cosine, id, id).

    Only the events of one day are compared, and of those only pairs that share a stem: each event's cosines
    with the rest of its day are summed stem by stem over the day's inverted index (term at a time), so a pair
    costs the stems it shares, not every stem of one of them. The document frequencies are those of the events
    with a place of a week at most.

    Two reports of one source are a pair only when both are dated to one minute (`om 16.00 uur`, `rond 16.00
    uur`): an article's lede and a later paragraph that tell one restart at 16.00. Within one article every
    sentence shares its story's words, so no cosine tells a happening told again from another act of its day (the
    evacuated residents beside the dike that gave way); one minute narrows it, yet most such pairs are still two
    acts (two matches at 18.30, polls closing and counting beginning at 21.00), which is why `_Clusters.join`
    takes such a pair only between two groups that each hold another source's report."""
    days = [event_days(report.event) for report in reports]
    placed = [index for index, found in enumerate(days) if found]
    sentences: dict[tuple[str, tuple[int, int]], list[tuple[int, int]]] = defaultdict(list)
    for report in reports:
        sentences[report.event.source, report.event.sentence_span].append(report.event.span)

    def terms(report: Report) -> dict[str, float]:
        event = report.event
        siblings = [span for span in sentences[event.source, event.sentence_span] if span != event.span]
        return event_terms(event, report.language, siblings)

    counted = {index: terms(reports[index]) for index in placed}
    buckets: dict[int, list[int]] = defaultdict(list)
    for index in placed:
        for day in days[index]:  # type: ignore[union-attr]
            buckets[day].append(index)
    made = tfidf_vectors(with_heads([counted[index] for index in placed]))
    vectors = dict(zip(placed, made, strict=True))
    spans = [(r.event.source, r.event.interval.start or "", r.event.interval.end or "") for r in reports]
    minutes = [clock(report.event.when) for report in reports]
    ids = [report.event.id for report in reports]
    seen: set[int] = set()  # pairs scored, as first × len(reports) + second, first < second
    scored = []
    for members in buckets.values():
        if len(members) < 2:
            continue
        # A stem's postings by source, and a source's by minute: an event meets only the other sources' events and
        # its own source's of its minute, and a schedule's entry no other schedule's, so a live blog of thousands of
        # entries on one day, or two timetables of one minute, cost no square.
        retold = Counter((spans[index][0], minutes[index]) for index in members)
        scheduled = {
            index for index in members
            if minutes[index] is not None and retold[spans[index][0], minutes[index]] > _RETOLD_MOST
        }
        postings: dict[str, dict[str, list[tuple[int, float]]]] = defaultdict(lambda: defaultdict(list))
        unscheduled: dict[str, dict[str, list[tuple[int, float]]]] = defaultdict(lambda: defaultdict(list))
        timed: dict[tuple[str, str, str], list[tuple[int, float]]] = defaultdict(list)
        for index in members:
            for stem, weight in vectors[index].items():
                postings[stem][spans[index][0]].append((index, weight))
                if index not in scheduled:
                    unscheduled[stem][spans[index][0]].append((index, weight))
                if minutes[index] is not None:
                    timed[stem, spans[index][0], minutes[index]].append((index, weight))
        for first in members:
            source, start, end = spans[first]
            dots: dict[int, float] = defaultdict(float)
            for stem, weight in vectors[first].items():
                by_source = (unscheduled if first in scheduled else postings)[stem]
                lists = [found for other_source, found in by_source.items() if other_source != source]
                if minutes[first] is not None and first not in scheduled:
                    lists.append(timed[stem, source, minutes[first]])
                for found in lists:
                    for second, other in found:
                        if second > first:
                            dots[second] += weight * other
            for second, score in dots.items():
                if score < floor:
                    continue
                pair = first * len(reports) + second
                if pair in seen:
                    continue
                seen.add(pair)
                other_start, other_end = spans[second][1:]
                if not (start < other_end and other_start < end):  # ISO times
                    continue
                a, b = sorted((ids[first], ids[second]))
                scored.append((score, a, b))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    return Compared(scored, {ids[index]: vector for index, vector in vectors.items()},
                    {ids[index]: spans[index][1:] for index in placed})


def group(
    reports: Sequence[Report],
    decisions: Decisions = Decisions(),
    threshold: float = THRESHOLD,
    compared: Compared | None = None,
) -> tuple[tuple[str, ...], ...]:
    """The groups of two or more events that report one happening, each as sorted event ids, sorted.

    `compared` is `compare(reports, threshold)` when the caller has it (grouping twice, with and without
    decisions)."""
    sources = {report.event.id: report.event.source for report in reports}
    compared = compare(reports, threshold) if compared is None else compared
    clusters = _Clusters(sources, decisions.apart, compared, threshold)
    for pair in sorted(decisions.together, key=sorted):
        first, second = sorted(pair)
        if first in sources and second in sources:
            clusters.join(first, second, forced=True)
    for score, first, second in compared.pairs:
        if score < threshold:
            break
        clusters.join(first, second)
    return clusters.groups()


class _Clusters:
    """Union-find over event ids, each cluster knowing its members and their sources."""

    def __init__(self, sources: dict[str, str], apart: Iterable[Pair], compared: Compared, threshold: float) -> None:
        self.compared, self.threshold = compared, threshold
        self.alike: dict[str, dict[str, float]] = defaultdict(dict)  # the pairs at or above the threshold, both ways
        for score, first, second in compared.pairs:
            if score >= threshold:
                self.alike[first][second] = self.alike[second][first] = score
        self.parent: dict[str, str] = {}  # an event not in it is a cluster of its own
        self.event_sources = sources
        self.members: dict[str, list[str]] = {}  # of clusters of more than one event, by root
        self.sources: dict[str, set[str]] = {}
        self.edited: set[str] = set()  # roots of clusters an editor's decision joined
        self.refused: set[tuple[str, int, str, int]] = set()  # two groups, as they were, found too unlike
        self.apart: dict[str, set[str]] = defaultdict(set)
        for pair in apart:
            if len(pair) == 2:
                first, second = sorted(pair)
                self.apart[first].add(second)
                self.apart[second].add(first)

    def find(self, event: str) -> str:
        root = event
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(event, event) != root:
            self.parent[event], event = root, self.parent[event]
        return root

    def join(self, first: str, second: str, forced: bool = False) -> None:
        a, b = self.find(first), self.find(second)
        if a == b:
            return
        sources_a = self.sources.get(a) or {self.event_sources[a]}
        sources_b = self.sources.get(b) or {self.event_sources[b]}
        members_a, members_b = self.members.get(a, [a]), self.members.get(b, [b])
        shared = sources_a & sources_b
        if not forced and shared and not (sources_a - shared and sources_b - shared
                                          and self.retold(members_a, members_b, shared)):
            return  # one report of each source, but for two of one minute that each found other sources first
        if len(members_a) > len(members_b):
            a, b, members_a, members_b, sources_a, sources_b = b, a, members_b, members_a, sources_b, sources_a
        if not forced and any(self.find(other) == b for event in members_a for other in self.apart.get(event, ())):
            return  # an editor put two of them apart
        machine_made = not (forced or a in self.edited or b in self.edited)
        if machine_made and len(members_a) * len(members_b) > 1:
            tried = (a, len(members_a), b, len(members_b))  # a group only grows: its root and size say who is in it
            if tried in self.refused or not self.alike_on_average(members_a, members_b):
                self.refused.add(tried)
                return  # alike at one end only: the two groups as wholes are not (no chaining through one report)
        if forced or a in self.edited:  # a group an editor made takes a report alike to any one of its own
            self.edited.add(b)
        self.edited.discard(a)
        self.parent[a] = b
        self.members[b] = members_b + members_a
        self.sources[b] = sources_b | sources_a
        self.members.pop(a, None)
        self.sources.pop(a, None)

    def retold(self, members_a: Sequence[str], members_b: Sequence[str], shared: set[str]) -> bool:
        """Whether each source the two groups share tells their happening again: each of its reports in one group
        is alike to each of its reports in the other (only reports of one minute can be, see `compare`)."""
        return all(b in self.alike.get(a, ()) for a in members_a if self.event_sources[a] in shared
                   for b in members_b if self.event_sources[b] in shared
                   and self.event_sources[a] == self.event_sources[b])

    def alike_on_average(self, members_a: Sequence[str], members_b: Sequence[str]) -> bool:
        """Whether the reports of two groups are alike on average, pair by pair (average linkage): a pair counts
        its cosine where that reaches the threshold and nothing below it, and one less where the two reports'
        times do not overlap (13.30 and 16.00 on one day, a morning and an evening): the same words told of
        two times count as nothing, fewer count against. Only pairs of other times need a cosine worked out: the
        candidate pairs have theirs, and any other pair of overlapping times is below the threshold."""
        total = 0.0
        for a in members_a:
            alike = self.alike.get(a)
            if alike:
                total += sum([alike[b] for b in members_b if b in alike])
        need = self.threshold * len(members_a) * len(members_b)
        if total < need:
            return False  # the other pairs count nothing or less
        for a in members_a:
            for b in members_b:
                if not self.compared.overlap(a, b):  # never a candidate pair: its cosine is worked out here
                    score = self.compared.cosine(a, b)
                    total += (score if score >= self.threshold else 0.0) - 1.0
        return total >= need

    def groups(self) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted(tuple(sorted(members)) for members in self.members.values() if len(members) > 1))
