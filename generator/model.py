"""Plain immutable records passed between the pipeline's stages.

Every stage takes and returns these; none of them knows about files, YAML or
MkDocs, so each stage can be tested (and replaced) on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["title", "heading", "paragraph"]


@dataclass(frozen=True)
class Block:
    """A title, subheading or paragraph: a span of `Source.text`."""

    kind: BlockKind
    start: int
    end: int
    # True when the line ended in ':' because an embedded video or tweet was dropped.
    embed_dropped: bool = False


@dataclass(frozen=True)
class Source:
    """One article as read from disk.

    `text` is the whole file as decoded, so `text[b.start:b.end]` gives back the
    words of every block exactly; metadata prefixes and front matter stay in
    `text` but lie outside every block.
    """

    path: str  # as given, relative to the project root where possible
    slug: str  # stable, URL-safe, unique among the sources read together
    text: str
    blocks: tuple[Block, ...]
    title: str | None = None
    # What is known of the publication date and no more: "2022-01-06", "2022-01" or None.
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str = "nl"
    timezone: str | None = None

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def body_view(self) -> str:
        """The text with everything outside the blocks blanked to spaces.

        Offsets stay those of `text`, yet a tagger never sees metadata such as a
        ` date 2022-01 ` prefix or front matter as part of the article.
        """
        chars = [c if c == "\n" else " " for c in self.text]
        for block in self.blocks:
            chars[block.start : block.end] = self.text[block.start : block.end]
        return "".join(chars)


@dataclass(frozen=True)
class Timex:
    """A temporal expression with its TIMEX3 value (see docs/temporal-conventions.md)."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None = None
    # Why an editor should look at this value, as a reason code (`REVIEW_REASONS`), else None.
    review: str | None = None
    # The earlier date an anaphoric value was counted from (`die avond`, `twee dagen later`), else None.
    anchor: str | None = None
    # `negated` (a happening said not to have taken place then) or `generic` (a comparison or habit that
    # names no one time); the events stage places no event for either.
    mark: Literal["negated", "generic"] | None = None


# Why the tagger doubts a value, most doubtful first; each has words in the language data (`messages.yaml`, `reasons`).
REVIEW_REASONS = (
    "dct-unknown",  # no publication date: nothing deictic can be placed
    "dct-month",  # publication date known only to the month: no day can be placed
    "partial",  # the value has unknown parts (XXXX-01-01)
    "month-unsaid",  # a day of the month said with no month nor weekday (`de tweede`): maybe a rank, not a day
    "no-anchor",  # an anaphor with no earlier date in the text, counted from the publication date
    "day-named",  # a weekday told as a closure with `is`/`zijn` put on the day the text named ahead, not by tense
    "year-other",  # a month or day with no year put in the publication's year, though the text named another
    "day-assumed",  # a clock time or part of day with no day near it put on a day: other days named, or a past evening
    "day-unnamed",  # a clock time or part of day put on the publication day in a text that has named no day yet
    "tense-none",  # which way a weekday, month or holiday points was guessed: no tense cue in the sentence
    "tense-far",  # ... read from a tense cue outside the expression's clause
    "anaphor",  # counted from an earlier date of the text (`anchor`), named in its sentence or the one before
    "tense",  # ... read from a tense cue in the expression's clause
)


Precision = Literal["decade", "year", "season", "month", "week", "day", "partofday", "minute"]


@dataclass(frozen=True)
class Interval:
    """What a TIMEX3 value denotes on the time line; ISO 8601 local times, end exclusive.

    `start`/`end` are None when the value has unknown parts (`XXXX-01-01`).
    """

    start: str | None
    end: str | None
    precision: Precision | None


@dataclass(frozen=True)
class Mention:
    """Another temporal expression of an event's sentence: shown and searchable, but not when the event happened."""

    expression: str  # as written
    value: str  # its TIMEX3 value: a date, a time, a duration or a set
    span: tuple[int, int]  # its offsets in the source's text


@dataclass(frozen=True)
class Event:
    """One happening on the timeline: a sentence (or a clause of it) placed by the expression that dates it."""

    id: str
    source: str  # the source's slug
    when: str  # TIMEX3 value
    text: str  # the sentence
    expression: str  # the expression as written
    span: tuple[int, int]  # the expression's offsets in the source's text
    sentence_span: tuple[int, int]  # the sentence's offsets in the source's text
    mod: str | None = None
    interval: Interval = field(default_factory=lambda: Interval(None, None, None))
    context: tuple[str, ...] = ()  # neighbouring sentences of the paragraph with no expression of their own
    # Why the machine doubts it, as reason codes (`EVENT_REASONS`), most doubtful first; empty when it is sure.
    review: tuple[str, ...] = ()
    anchor: str | None = None  # the earlier date an anaphoric `when` was counted from
    mentions: tuple[Mention, ...] = ()  # the sentence's other expressions
    # The ids of the events of the same happening, told again in the article, that this one took in: an editor's
    # work on them moves to this event on the next merge (`content/merge.py`)
    joined: tuple[str, ...] = ()
    confirmed: bool = False  # an editor checked it: whatever the machine doubted, it is certain now
    edited: bool = False  # True when an editor changed or added this event
    line: int = 0  # the line of its `- id:` in its content file; 0 when it was not read from one

    @property
    def open_reason(self) -> str | None:
        """The most doubtful reason still open: None once an editor confirmed the event."""
        return None if self.confirmed or not self.review else self.review[0]

    @property
    def confidence(self) -> Confidence:
        """How sure the machine is of the event: by its open reasons' combined doubt (`DOUBT`); certain once
        confirmed."""
        return "certain" if self.confirmed else confidence_of(self.review)


# How likely an event carrying a reason is wrong, fitted on the judged events of the twenty tuning sets of real Dutch
# news (benchmarks/realnews/flags.py `--doubts`: 2,905 events of the 40-set and dev2..dev20, 237 wrong, refitted at
# the end of session 14; 10 to 168 events a reason) as `doubt_of` combines them: each reason of a wrong event is
# charged the chance that it made the event wrong (its doubt over the event's combined doubt: more than one may have),
# and each doubt is pulled towards the share of all flagged events wrong (0.19) by 20 events' worth, then rounded to
# 0.05 and never below 0.05 for a reason kept as a flag. Held out (one set left out at a time, the table fitted on the
# others, a reason too rare there taking those sets' flagged share), this way of fitting scores a log loss of 0.2470
# over all events and 0.4599 over the flagged ones, against 0.2478 and 0.4621 for each reason's plain share of wrong
# events: a small gain, within the folds' noise. A reason seen on fewer than five judged events (`partial`,
# `relative-clause`) or on none (`dct-unknown`, `dct-month`) keeps its guess. Each line says its events and wrong ones.
# An event's doubt combines its reasons' as if each could make it wrong on its own: the review list's order.
# Besides the tagger's (`REVIEW_REASONS`), the events stage's own, each said on its line.
DOUBT: dict[str, float] = {
    "dct-unknown": 0.5,
    "partial": 0.5,  # one judged event
    "generic": 0.3,  # a word of the sentence says it may be a habit, a condition or a comparison (30 wrong of 84)
    # a weekday after `op` with no day of the month (`Op zondag zijn 14.30 uur en 16.45 uur de begintijden`): this one,
    # or every such day? (21 wrong of 54)
    "weekday-habit": 0.3,
    "dct-month": 0.3,
    # a day of the month said with no month nor weekday (`de tweede`, `De 9e in het klassement`): the month nearest
    # the publication date, or a rank, a class, a turn (7 of 10)
    "month-unsaid": 0.3,
    "no-anchor": 0.25,  # (4 of 10)
    # a month, season or year over a month gone, in a sentence with only a copula or no verb (`In 2012 was dat 77
    # procent`), or a week or longer over, with a figure told with `nog` (`In september lag dat nog op 99,8 procent`):
    # a state or figure of then, maybe only set beside now (18 of 55)
    "past-state": 0.25,
    # told in a relative clause (`, die woensdag staakte,`) beside the main clause's date (2 of 4)
    "relative-clause": 0.2,
    "quoted": 0.2,  # a day a quotation places from when it was said (`vanavond`, `zaterdag`, `om acht uur`) (8 of 28)
    # dated only by a date the clause mentions after `na`, `voor`, `sinds`…: its `mod` says the side (18 of 74)
    "mentioned": 0.2,
    "anaphor-far": 0.2,  # the tagger's `anaphor` counted from a date named before the sentence before (16 of 82)
    # a bare weekday told as a closure with `is`/`zijn` (`Zondag zijn de stations afgesloten`) put on the day on that
    # weekday the text named ahead (`op 21 juli`), not on the one before that the perfect's past would give (5 of 5
    # right on the tuning sets: its doubt is the reading's, not yet measured)
    "day-named": 0.2,
    "tense-none": 0.15,  # (8 of 55)
    # a day every year has, named with no year, over a week from the publication day (`de jaarwisseling`): which
    # year's, or every year's? (6 of 29)
    "holiday": 0.15,
    "negation": 0.15,  # a word of the clause may deny the happening rather than date it (`niet`, `geen`) (19 of 77)
    "day-assumed": 0.15,  # (5 of 35)
    "several-dates": 0.15,  # dates compete in one clause, or periods set side by side: another may date it (21 of 102)
    "anaphor": 0.15,  # (20 of 138)
    "day-unnamed": 0.15,  # the tagger's (see REVIEW_REASONS) (2 of 22)
    "tense-far": 0.1,  # (1 of 18)
    "year-other": 0.1,  # (11 of 99)
    "tense": 0.1,  # (20 of 168)
}
# Every reason an event may carry, most doubtful first.
EVENT_REASONS = tuple(DOUBT)
UNKNOWN_DOUBT = 0.2  # a reason Kroniek does not know (another stage's, such as sources that disagree)
Confidence = Literal["low", "medium", "high", "certain"]
# The least doubt of each level below certain, most doubtful first.
_LEVELS: tuple[tuple[Confidence, float], ...] = (("low", 0.25), ("medium", 0.1))


def doubt_of(codes: Iterable[str]) -> float:
    """How likely an event with these reasons is wrong: 1 less the chance that none of them makes it wrong."""
    sure = 1.0
    for code in dict.fromkeys(codes):
        sure *= 1 - DOUBT.get(code, UNKNOWN_DOUBT)
    return round(1 - sure, 6)  # 1 - 0.9 is 0.0999…: rounded, a reason's doubt is its own


def confidence_of(codes: Iterable[str]) -> Confidence:
    """How sure the machine is of an event with these reasons: certain with none, else by their combined doubt."""
    codes = tuple(codes)
    if not codes:
        return "certain"
    found = doubt_of(codes)
    return next((level for level, least in _LEVELS if found >= least), "high")


# The tagger's doubts the content check still trusts a reading with: a direction read from the tense of the
# expression's own clause, a value counted from an earlier date of the same sentence, a time put on the publication
# day in a text naming no day (it tags the sentence alone, which seldom names one).
TRUSTED_READINGS = frozenset({"tense", "anaphor", "day-unnamed"})


def ordered_reasons(codes: Iterable[str]) -> tuple[str, ...]:
    """Reason codes without repeats, most doubtful first; codes Kroniek does not know come last, as given."""
    unique = list(dict.fromkeys(codes))
    rank = {code: index for index, code in enumerate(EVENT_REASONS)}
    return tuple(sorted(unique, key=lambda code: rank.get(code, len(rank))))


@dataclass(frozen=True)
class SourceMeta:
    """The `source:` section of a content file: what editors may correct about an article."""

    slug: str
    file: str  # the article's path relative to the project root
    title: str | None = None
    published: str | None = None  # "2022-01-06", "2022-01" or None: its form is its precision
    url: str | None = None
    publisher: str | None = None
    language: str = "nl"
    timezone: str | None = None


@dataclass(frozen=True)
class Document:
    """One `content/<slug>.yml` as loaded: the source's metadata and its events in timeline order.

    `published_line` says where its publication date stands (or its `source:` when it has none), as each
    event's `line` says where its entry starts: what an editor opens.
    """

    path: str
    source: SourceMeta
    events: tuple[Event, ...]
    published_line: int = 1
