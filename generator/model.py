"""Plain immutable records passed between the pipeline's stages.

Every stage takes and returns these; none of them knows about files, YAML or
MkDocs, so each stage can be tested (and replaced) on its own.
"""

from __future__ import annotations

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
    # Why an editor should look at this value (unresolvable or ambiguous), else None.
    review: str | None = None


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
class Event:
    """One entry of the timeline: a sentence placed by one of its expressions."""

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
    review: str | None = None
    edited: bool = False  # True when an editor changed or added this event


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

    `lines` says where each event's entry starts in the file (event id, line) and `published_line`
    where its publication date stands (or its `source:` when it has none): what an editor opens.
    """

    path: str
    source: SourceMeta
    events: tuple[Event, ...]
    lines: tuple[tuple[str, int], ...] = ()
    published_line: int = 1

    def line_of(self, event: str) -> int | None:
        """The line of an event's entry, None for an id the file does not hold."""
        return next((line for ident, line in self.lines if ident == event), None)
