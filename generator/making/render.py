"""Markdown pages of the site, from `Document`s and `Source`s: pure functions, no MkDocs.

Everything that comes from an article or a content file reaches the page only
as escaped HTML inside raw HTML blocks, which Python-Markdown passes through
untouched: article text can never turn into Markdown, attribute lists,
snippets or admonitions. Only labels this module writes itself (dates, the
language's fixed words) appear as Markdown headings. Every word a reader reads
comes from the site's language data (`generator/lang/<code>/site.yaml`; why the
machine doubts an event and how sure it is, which editors read from `kroniek review`
too, from `messages.yaml`) and Babel's CLDR names; templates come from the project's
`site_templates/` first, file by file, then from Kroniek's own.

Links inside raw HTML are not rewritten by MkDocs, so pages link to each other
with relative URLs computed here for `use_directory_urls: true`; that keeps
the site working under any sub-path.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache, partial
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, Template
from markupsafe import Markup, escape

from generator.lang.messages import Messages, messages
from generator.lang.words import DEFAULT_LANGUAGE, SiteWords, site_words
from generator.making import finished, search
from generator.making.labels import (
    MOD_ORDER,
    badge,
    day_label,
    decade_label,
    formatted,
    month_label,
    published_label,
    range_label,
    short_published_label,
    value_label,
    when_label,
)
from generator.model import Block, Document, Event, Mention, Source, SourceMeta
from generator.temporal.values import PRECISIONS, share_a_moment
from generator.text.events import timeline, timeline_order
from generator.text.sentences import sentence_spans

if TYPE_CHECKING:
    from generator.content.review import ReviewItem

# Above this many events the home page becomes an overview of month pages.
SPLIT_THRESHOLD = 300
# A timeline page past this many events is cut into parts: a phone styles every card of a page it opens, and
# Lighthouse's mobile run blocks for ~1 s on 200 cards, ~0.1-0.3 s on 100 (benchmarks/lighthouse.py). A happening's
# card counts every report it lists.
PAGE_MAX_EVENTS = 100
PART = "-deel-"

HOME = "index.md"
SOURCES_INDEX = "bronnen/index.md"
REVIEW_PAGE = "redactie/index.md"
UNPLACED_PAGE = "tijdlijn/nog-niet-geplaatst.md"

# The folder of a project whose files override Kroniek's templates and docs extras, file by file.
PROJECT_TEMPLATES = "site_templates"


def _default_templates() -> Path:
    """Kroniek's own templates: package data inside an installed wheel, the top folder of a checkout."""
    code = Path(__file__).resolve().parents[1]
    packaged = code / PROJECT_TEMPLATES
    return packaged if packaged.is_dir() else code.parent / PROJECT_TEMPLATES


DEFAULT_TEMPLATES = _default_templates()
DEFAULT_DOCS = DEFAULT_TEMPLATES / "docs"  # the docs extras (about page, styles, scripts) a project may lack

COARSE = ("decade", "year", "season", "month", "week")


@cache
def _environment(templates: Path | None) -> Environment:
    """One Jinja environment per project folder: its own templates first, then Kroniek's."""
    folders = [templates, DEFAULT_TEMPLATES] if templates else [DEFAULT_TEMPLATES]
    return Environment(
        loader=ChoiceLoader([FileSystemLoader(folder) for folder in folders]),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )


def template_files(templates: Path | None) -> dict[str, Path]:
    """Each template a site of this project is made with (name → file), the project's own where it has one."""
    folders = [DEFAULT_TEMPLATES, templates] if templates else [DEFAULT_TEMPLATES]
    return {path.name: path for folder in folders for path in sorted(folder.glob("*.j2"))}


# --- URLs -------------------------------------------------------------------------------------------------------


def source_page_path(slug: str) -> str:
    return f"bronnen/{slug}.md"


def month_page_path(month: str) -> str:
    return f"tijdlijn/{month}.md"


def page_url(path: str) -> str:
    """The site URL MkDocs gives a page with `use_directory_urls: true`, relative to the site root."""
    stem = path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def relative_url(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A link from one page to another (or a site file such as `events.json`) that survives any sub-path."""
    href = _relative_href(from_page, to_page)
    return f"{href}#{quote(anchor, safe='')}" if anchor else href or "./"


@cache
def _relative_href(from_page: str, to_page: str) -> str:
    """Cached: every card links back to the same few pages."""
    target = page_url(to_page) if to_page.endswith(".md") else to_page
    if to_page == from_page:
        href = ""
    else:
        href = relative_path(target, page_url(from_page))
        if href == ".":
            href = "./"
        elif target.endswith("/") or not target:
            href += "/"
    return url_path(href)


@lru_cache(maxsize=65536)  # the editors' view links every doubted event to its file: thousands of the same paths
def url_path(path: str) -> str:
    """A path percent-encoded for an `href`: a file name can then never end the attribute, start a scheme
    (`javascript:`), a query or a fragment. Check already refuses such names; this holds for any name."""
    return quote(path, safe="/")


def relative_path(target: str, start: str) -> str:
    """`posixpath.relpath(target, start)` for paths below the site root, without its slow `abspath` and `getcwd`."""
    to = [part for part in target.split("/") if part]
    here = [part for part in start.split("/") if part]
    common = 0
    while common < min(len(to), len(here)) and to[common] == here[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + to[common:]) or "."


_NOT_IN_A_URL = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")


def web_url(url: str | None) -> str | None:
    """A link to an original article only when it is http(s) and one line: never `javascript:` or the like from a
    file, nor a URL that would add a line to events.ics (check refuses both; this holds without check too)."""
    return url if url and url.lower().startswith(("https://", "http://")) and not _NOT_IN_A_URL.search(url) else None


def sentence_anchor(event: Event) -> str | None:
    """The id of an event's sentence on its source page; None for an event an editor added without offsets."""
    start, end = event.sentence_span
    return f"zin-{start}" if end > start else None


# --- Highlighting -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Wrap:
    """Markup to put around `text[start:end]`."""

    start: int
    end: int
    open: Markup
    close: Markup


def highlighted(text: str, start: int, end: int, wraps: Iterable[Wrap]) -> Markup:
    """`text[start:end]` escaped, with every wrap inside it applied; a wrap crossing another is dropped."""
    return highlighted_ranges(text, [(start, end)], wraps)[0]


def highlighted_ranges(text: str, ranges: Iterable[tuple[int, int]], wraps: Iterable[Wrap]) -> list[Markup]:
    """`highlighted` for each range of `text`: the wraps sorted once for all of them, each range given those
    starting in it (a source page's excerpt is dozens of ranges of one article, with a few wraps each)."""
    ordered = sorted(wraps, key=lambda w: (w.start, -w.end))
    starts = [wrap.start for wrap in ordered]
    return [
        _highlighted(text, start, end, ordered[bisect_left(starts, start) : bisect_left(starts, end)])
        for start, end in ranges
    ]


def _highlighted(text: str, start: int, end: int, ordered: Sequence[Wrap]) -> Markup:
    """`text[start:end]` escaped with the wraps of `ordered` (by start, the longer first) that lie inside it."""
    out: list[str] = []
    stack: list[Wrap] = []
    position = start
    for wrap in ordered:
        if not start <= wrap.start < wrap.end <= end:
            continue
        while stack and stack[-1].end <= wrap.start:
            done = stack.pop()
            out += (escape(text[position : done.end]), done.close)
            position = done.end
        if stack and wrap.end > stack[-1].end:  # crosses the wrap it starts in
            continue
        out += (escape(text[position : wrap.start]), wrap.open)
        position = wrap.start
        stack.append(wrap)
    while stack:
        done = stack.pop()
        out += (escape(text[position : done.end]), done.close)
        position = done.end
    out.append(escape(text[position:end]))
    return Markup("".join(out))  # every piece is escaped text or a wrap's own markup


def _expression_in_sentence(event: Event) -> tuple[int, int] | None:
    """Where the expression lies in `event.text`: by its offsets, else by its first occurrence."""
    start = event.span[0] - event.sentence_span[0]
    end = start + len(event.expression)
    if start >= 0 and event.text[start:end] == event.expression:
        return start, end
    found = event.text.find(event.expression)
    return (found, found + len(event.expression)) if found >= 0 and event.expression else None


# A card's expression, the other expressions of its sentence (lighter), and their end.
_MARK, _MENTION, _MARK_END = Markup("<mark>"), Markup('<mark class="kr-mention">'), Markup("</mark>")


def sentence_markup(event: Event) -> Markup:
    """The event's sentence with its expression in `<mark>`, and the other expressions it mentions marked lighter
    (`kr-mention`): a card's plain `<mark>` is its expression."""
    where = _expression_in_sentence(event)
    marks = [Wrap(*where, _MARK, _MARK_END)] if where else []
    offset = event.sentence_span[0]
    for mention in event.mentions:
        start, end = mention.span[0] - offset, mention.span[1] - offset
        if end > start >= 0 and event.text[start:end] == mention.expression:
            marks.append(Wrap(start, end, _MENTION, _MARK_END))
    return highlighted(event.text, 0, len(event.text), marks)


# --- Timeline ---------------------------------------------------------------------------------------------------

# How much of an article its source page shows: all of it, the dated sentences with their context, or none.
SOURCE_TEXT = ("full", "excerpt", "none")
DEFAULT_SOURCE_TEXT = "excerpt"


@dataclass(frozen=True)
class Card:
    """One event as the templates show it."""

    event: Event
    label: str
    badge: str | None
    sentence: Markup
    own: bool  # the newsroom's own text (an editor added or rewrote it): never shown as a quotation
    source_title: str
    publisher: str | None
    published: str | None  # the source's publication date in words
    original: str | None  # the original article on the web
    source_href: str
    timeline_href: str
    doubts: tuple[str, ...]  # why the machine is unsure, in words: the editors' view only; empty when it is sure
    confidence: str | None  # how sure the machine is, in words: the editors' view only, when below certain
    mentions: tuple[str, ...]  # the sentence's other expressions, each with what it denotes: searchable
    edit_href: str | None  # the editors' view only: the event's entry in its content file
    # The timeline entry of a happening several sources report (its lead event's card): the other reports,
    # how many sources, and whether they disagree on when it was.
    reports: tuple[Report, ...] = ()
    sources: str | None = None
    disagree: bool = False


@dataclass(frozen=True)
class Shown:
    """What a page shows of an event wherever it shows it (`Site.shown`)."""

    label: str
    badge: str | None
    sentence: Markup
    mentions: tuple[str, ...]


@dataclass(frozen=True)
class Credit:
    """What every card of a source says of it (`Site.credit`)."""

    title: str
    publisher: str | None
    published: str | None  # the publication date in words
    original: str | None  # the original article on the web


@dataclass(frozen=True)
class Report:
    """Another source's report of the happening a card shows: its source, sentence and value."""

    event: Event
    label: str
    sentence: Markup
    source_title: str
    publisher: str | None
    source_href: str


@dataclass(frozen=True)
class Group:
    """A heading on a timeline page and the cards (HTML, from `timeline_cards`) of the events under it."""

    anchor: str
    label: str
    kind: str  # "period", "day" or "unplaced"
    cards: tuple[Markup, ...]
    short: str  # the group in the page's jump list: `wo 5`, or its label


@dataclass(frozen=True)
class Site:
    """What every page needs to link events to their sources, pages and content files."""

    documents: tuple[Document, ...]
    by_slug: Mapping[str, Document]
    events: tuple[Event, ...]  # reading order (`reading_order`)
    by_source: Mapping[str, tuple[Event, ...]]  # each source's events, reading order
    pages: Mapping[str, str]  # event id → timeline page
    edit_base: str | None
    words: SiteWords
    say: Messages  # what editors are told: why the machine doubts an event, how sure it is
    templates: Path | None  # the project's own templates folder, if any
    timezone: str | None = None  # the project's own time zone: times elsewhere say their zone
    editors: bool = False  # the editors' view: edit links, doubts, file paths, the editors' page
    source_text: str = DEFAULT_SOURCE_TEXT
    own_text: frozenset[str] = frozenset()  # ids of the events whose text is the newsroom's own
    # Events several sources report as one happening: each member's id → its group's ids, the lead (whose card is
    # the timeline's one entry) first. `entries` are the timeline's entries: every event but the other members.
    happenings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    entries: tuple[Event, ...] = ()

    @classmethod
    def of(
        cls,
        documents: Iterable[Document],
        edit_base: str | None = None,
        threshold: int = SPLIT_THRESHOLD,
        *,
        language: str = DEFAULT_LANGUAGE,
        templates: Path | None = None,
        timezone: str | None = None,
        editors: bool = False,
        source_text: str = DEFAULT_SOURCE_TEXT,
        own_text: Iterable[str] | None = None,
        happenings: Iterable[Sequence[str]] = (),
    ) -> Site:
        """`language` names the site's data folder (`generator/lang/<code>/`), `templates` the project's overrides,
        `timezone` the project's own time zone.

        `own_text` names the events whose text their source does not contain (`output.own_text` reads the
        articles); without it, the edited events an editor added without offsets. `happenings` are the groups
        of event ids that report one happening (`content/happenings/`): each is one entry of the timeline.
        """
        if source_text not in SOURCE_TEXT:
            raise ValueError(f"source_text must be one of {', '.join(SOURCE_TEXT)}, not {source_text!r}")
        documents = tuple(documents)
        zones = {d.source.slug: d.source.timezone or timezone for d in documents}
        events = reading_order(timeline(documents, timezone), zones)
        grouped = _grouped(events, happenings)
        entries = tuple(e for e in events if grouped.get(e.id, (e.id,))[0] == e.id)
        split = len(entries) > threshold
        pages = {event.id: _timeline_page(event) if split else HOME for event in entries}
        if split:
            shown = {member: len(group) for member, group in grouped.items()}
            pages = _split_pages(entries, pages, PAGE_MAX_EVENTS, shown)
        pages |= {member: pages[group[0]] for member, group in grouped.items()}
        by_source: dict[str, list[Event]] = {d.source.slug: [] for d in documents}
        for event in events:
            by_source[event.source].append(event)
        if own_text is None:
            own_text = (e.id for e in events if e.edited and sentence_anchor(e) is None)
        return cls(
            documents=documents,
            by_slug={d.source.slug: d for d in documents},
            events=events,
            by_source={slug: tuple(found) for slug, found in by_source.items()},
            pages=pages,
            edit_base=edit_base,
            words=site_words(language),
            say=messages(language),
            templates=templates,
            timezone=timezone,
            editors=editors,
            source_text=source_text,
            own_text=frozenset(own_text),
            happenings=grouped,
            entries=entries,
        )

    def template(self, name: str) -> Template:
        return _environment(self.templates).get_template(name)

    def edit_url(self, document: Document, line: int | None = None) -> str | None:
        """Where an editor changes a document, for the editors' view only; at `line` if given: GitHub's editor puts
        its cursor on the line `#L<n>` names (elsewhere the fragment is ignored and the file opens at its top)."""
        if not self.editors or not self.edit_base:
            return None
        return f"{self.edit_base}{url_path(document.path)}" + (f"#L{line}" if line else "")

    def shown_zone(self, document: Document) -> str | None:
        """The source's time zone where the site names it: where it is not the project's own."""
        zone = document.source.timezone
        return zone if zone and zone != self.timezone else None

    def source_title(self, meta: SourceMeta) -> str:
        return source_title(meta, self.words)

    def group_of(self, event: Event) -> tuple[str, ...]:
        """The ids of the events that report the same happening as `event`, its lead first (itself alone if none)."""
        return self.happenings.get(event.id, (event.id,))

    def card(self, event: Event, page: str) -> Card:
        document = self.by_slug[event.source]
        meta = document.source
        credit = self.credit(meta)
        words = self.words
        doubted = self.editors and event.open_reason is not None
        shown = self.shown(event)
        anchor = sentence_anchor(event) if self.source_text != "none" else None
        group = self.group_of(event)
        lead = group[0]
        reports = tuple(self.report(self.event_of(member), page) for member in group[1:]) if lead == event.id else ()
        disagree = bool(reports) and not share_a_moment(e.interval for e in (event, *(r.event for r in reports)))
        told_by = {event.source, *(r.event.source for r in reports)}  # an editor may put two of one source together
        doubts = tuple(self.say.reason(code, event.anchor) for code in event.review) if doubted else ()
        if disagree and self.editors:
            doubts += (self.say("happenings.disagree"),)
        return Card(
            event=event,
            label=shown.label,
            badge=shown.badge,
            sentence=shown.sentence,
            own=event.id in self.own_text,
            source_title=credit.title,
            publisher=credit.publisher,
            published=credit.published,
            original=credit.original,
            source_href=relative_url(page, source_page_path(meta.slug), anchor),
            timeline_href=relative_url(page, self.pages[event.id], lead),
            doubts=doubts,
            confidence=self.say(f"confidence.{event.confidence}") if doubted else None,
            mentions=shown.mentions,
            edit_href=self.edit_url(document, event.line or None),
            reports=reports,
            sources=str(words.count("source", len(told_by))) if reports else None,
            disagree=disagree,
        )

    def shown(self, event: Event) -> Shown:
        """What every page shows of an event, made once per event in a process: its card on the timeline and on
        its source page, its report on a happening's card, its expression's tip, the feed."""
        found = self._shown.get(event.id)
        if found is None:
            zone = self.shown_zone(self.by_slug[event.source])
            found = self._shown[event.id] = Shown(
                label=when_label(event, self.words, zone),
                badge=badge(event, self.words, zone),
                sentence=sentence_markup(event),
                mentions=tuple(_mention_label(mention, self.words) for mention in event.mentions),
            )
        return found

    @cached_property
    def _shown(self) -> dict[str, Shown]:
        return {}

    def credit(self, meta: SourceMeta) -> Credit:
        """What every card of a source says of it, made once per source in a process (a source has ~20 cards on its
        page and as many on the timeline)."""
        found = self._credits.get(meta.slug)
        if found is None:
            found = self._credits[meta.slug] = Credit(
                self.source_title(meta), meta.publisher, short_published_label(meta.published, self.words),
                web_url(meta.url),
            )
        return found

    @cached_property
    def _credits(self) -> dict[str, Credit]:
        return {}

    def event_of(self, event_id: str) -> Event:
        return self._by_id[event_id]

    @cached_property
    def _by_id(self) -> Mapping[str, Event]:
        return {event.id: event for event in self.events}

    def report(self, event: Event, page: str) -> Report:
        """Another source's report of a happening, as the lead's card lists it."""
        meta = self.by_slug[event.source].source
        anchor = sentence_anchor(event) if self.source_text != "none" else None
        shown = self.shown(event)
        return Report(
            event=event,
            label=shown.label,
            sentence=shown.sentence,
            source_title=self.credit(meta).title,
            publisher=meta.publisher,
            source_href=relative_url(page, source_page_path(meta.slug), anchor),
        )


def _grouped(events: Sequence[Event], happenings: Iterable[Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """Each grouped event's id → its group's ids in reading order, the lead first: the most precise value, the
    earliest at equal precision. Ids of events not shown are left out; a group left with one event is none."""
    order = {event.id: (index, event) for index, event in enumerate(events)}
    grouped: dict[str, tuple[str, ...]] = {}
    for members in happenings:
        known = sorted((order[m] for m in set(members) if m in order), key=lambda item: item[0])
        if len(known) < 2:
            continue
        lead = max(known, key=lambda item: (_precision_rank(item[1]), -item[0]))[1]
        ids = (lead.id, *(event.id for _, event in known if event.id != lead.id))
        grouped |= dict.fromkeys(ids, ids)
    return grouped


def _precision_rank(event: Event) -> int:
    precision = event.interval.precision
    return PRECISIONS.index(precision) if precision in PRECISIONS and event.interval.start else -1


def _mention_label(mention: Mention, words: SiteWords) -> str:
    """`zondag (zondag 3 maart 2024)`: the expression and, where it is a place in time, what it denotes."""
    label = value_label(mention.value, words)
    return words.labels["zone"].format(label=mention.expression, zone=label) if label else mention.expression


def source_title(meta: SourceMeta, words: SiteWords) -> str:
    """The source's title; one without a title is named by what is known of it, never by its file."""
    if meta.title:
        return meta.title
    details = [part for part in (meta.publisher, short_published_label(meta.published, words)) if part]
    if not details:
        return words.labels["untitled"]
    return words.labels["untitled_from"].format(details=", ".join(details))


def reading_order(events: Iterable[Event], zones: Mapping[str, str | None] | None = None) -> tuple[Event, ...]:
    """Timeline order (`zones`: each source's time zone, by slug), and inside one value the whole period before its
    begin, middle and end.

    `timeline` leaves events of the same value in source order, so `medio januari` could come
    before `begin januari` and split one period's heading in two.
    """
    zones, unknown = zones or {}, len(MOD_ORDER)
    return tuple(
        sorted(events, key=lambda e: (timeline_order(e.when, zones.get(e.source)), MOD_ORDER.get(e.mod, unknown)))
    )


TIMELINE_DIR = "tijdlijn/"


def _timeline_page(event: Event) -> str:
    """The page an event is on: its month; a year's or season's on the year page, a decade's on the decade page."""
    start, precision = event.interval.start, event.interval.precision
    if start is None or precision is None:
        return UNPLACED_PAGE
    if precision == "decade":
        first = int(start[:4])
        return f"{TIMELINE_DIR}{first:04d}-{first + 9:04d}.md"
    if precision in ("year", "season"):
        return f"{TIMELINE_DIR}{start[:4]}.md"
    return month_page_path(start[:7])


def part_path(page: str, part: int) -> str:
    """Part `part` of a timeline page that was too long: the first keeps the page's own path."""
    return page if part == 1 else page.removesuffix(".md") + f"{PART}{part}.md"


def _page_order(page: str) -> tuple[str, int]:
    base, _, part = page.removesuffix(".md").partition(PART)
    return base, int(part or 1)


def _is_unplaced(page: str) -> bool:
    return _page_order(page)[0] == _page_order(UNPLACED_PAGE)[0]


def _page_kind(base: str) -> str:
    """`decade` (`tijdlijn/1970-1979`), `year` (`tijdlijn/2021`), `month` (`tijdlijn/2022-01`) or `unplaced`."""
    if base == _page_order(UNPLACED_PAGE)[0]:
        return "unplaced"
    name = base.removeprefix(TIMELINE_DIR)
    return {9: "decade", 4: "year"}.get(len(name), "month")


def _chronological(page: str) -> tuple[int, str, int, int]:
    """Pages in time order: a decade, then the year, then its months; the unplaced last."""
    base, part = _page_order(page)
    kind, name = _page_kind(base), base.removeprefix(TIMELINE_DIR)
    if kind == "unplaced":
        return (1, "", 0, part)
    return (0, name[:4] + "-00" if kind != "month" else name, ("decade", "year", "month").index(kind), part)


def _split_pages(
    events: Sequence[Event], pages: Mapping[str, str], limit: int, shown: Mapping[str, int] | None = None
) -> dict[str, str]:
    """Each page past `limit` events cut into parts of whole day and period groups where it can.

    A month with thousands of events would otherwise be one page of many MB. An entry counts the events its
    card shows (`shown`: a happening's card lists every source's report of it), one when not given.
    """
    weight = (lambda event: shown.get(event.id, 1)) if shown else (lambda event: 1)
    by_page: dict[str, list[Event]] = {}
    for event in events:
        by_page.setdefault(pages[event.id], []).append(event)
    result = dict(pages)
    for page, members in by_page.items():
        if sum(map(weight, members)) <= limit:
            continue
        part, size = 1, 0
        for _, group in groupby(members, key=_group_key):
            members_of_group = list(group)
            if size and size + sum(map(weight, members_of_group)) > limit:
                part, size = part + 1, 0
            for event in members_of_group:
                if size and size + weight(event) > limit:  # one day with more events than a page holds
                    part, size = part + 1, 0
                result[event.id] = part_path(page, part)
                size += weight(event)
    return result


def _group_key(event: Event) -> tuple[str, ...]:
    interval = event.interval
    if interval.start is None or interval.precision is None:
        return ("unplaced",)
    if interval.precision in COARSE:
        return ("period", interval.precision, interval.start, interval.end or "", event.mod or "")
    return ("day", interval.start[:10])


def _group(key: tuple[str, ...], first: Event, cards: tuple[Markup, ...], words: SiteWords) -> Group:
    kind = key[0]
    if kind == "unplaced":
        label = words.labels["unplaced_heading"]
        return Group("nog-niet-geplaatst", label, kind, cards, label)
    if kind == "day":
        short = formatted(key[1], words.formats["jump_day"], words.locale)
        return Group(f"dag-{key[1]}", day_label(key[1], words), kind, cards, short)
    label = when_label(first, words)
    anchor = "periode-" + re.sub(r"[^a-z0-9]+", "-", f"{first.when} {first.mod or ''}".lower()).strip("-")
    label = label[:1].upper() + label[1:]
    return Group(anchor, label, kind, cards, label)


def _grouped_order(events: Sequence[Event]) -> list[Event]:
    """The events as their groups list them: the placed in timeline order, then the unplaced."""
    return [e for e in events if _group_key(e)[0] != "unplaced"] + [e for e in events if _group_key(e)[0] == "unplaced"]


def groups(events: Sequence[Event], cards: Mapping[str, str], words: SiteWords) -> tuple[Group, ...]:
    """Consecutive events under one heading: a period (coarse first), a day, or the unplaced ones last.

    Every heading's anchor is unique on its page, even where one period's events are not consecutive.
    """
    made, seen = [], Counter[str]()
    for key, members in groupby(_grouped_order(events), key=_group_key):
        members = list(members)
        group = _group(key, members[0], tuple(Markup(cards[e.id]) for e in members), words)
        seen[group.anchor] += 1
        if seen[group.anchor] > 1:
            group = replace(group, anchor=f"{group.anchor}-{seen[group.anchor]}")
        made.append(group)
    return tuple(made)


def timeline_cards(site: Site, events: Iterable[Event]) -> dict[str, str]:
    """Each event's card as its timeline page shows it, by id.

    The card's HTML comes from the autoescaping template, so it is safe to join into a page as it is.
    """
    return _card_html(site, {event.id: site.card(event, site.pages[event.id]) for event in events})


def _card_html(site: Site, cards: Mapping[str, Card]) -> dict[str, str]:
    event_card = site.template("_event.html.j2").module.event_card  # type: ignore[attr-defined]
    return {ident: str(event_card(card, site.words)) for ident, card in cards.items()}


@dataclass(frozen=True)
class TimelinePage:
    """One page of the timeline before rendering.

    Its Markdown is made of these fields and, for each event, the event's source
    (slug, content file, metadata) and the site's options.
    """

    path: str
    title: str
    events: tuple[Event, ...]
    pager: Mapping[str, object] | None  # previous, next and overview links of a page of a split timeline


def timeline_pages(
    documents: Iterable[Document], *, edit_base: str | None = None, threshold: int = SPLIT_THRESHOLD
) -> dict[str, str]:
    """The home page, and past `threshold` events one page per month, year or decade, plus the unplaced events."""
    site = Site.of(documents, edit_base, threshold)
    return {path: make() for path, make in _timeline_makers(site, timeline_plan(site), timeline_page).items()}


def timeline_plan(site: Site) -> tuple[TimelinePage, ...]:
    """The timeline's pages: all events on the home page, or (split) its pages in time order, the unplaced last."""
    by_page: dict[str, list[Event]] = {}
    for event in site.entries:
        by_page.setdefault(site.pages[event.id], []).append(event)
    if set(by_page) <= {HOME}:
        return (TimelinePage(HOME, site.words.labels["timeline"], site.entries, None),)
    ordered = sorted(by_page, key=_chronological)
    titles = _page_titles(ordered, by_page, site.words)
    plan = []
    for chain in ([p for p in ordered if not _is_unplaced(p)], [p for p in ordered if _is_unplaced(p)]):
        for index, page in enumerate(chain):  # the unplaced pages link among themselves only
            pager = {
                "previous": _link(page, chain[index - 1], titles) if index else None,
                "next": _link(page, chain[index + 1], titles) if index + 1 < len(chain) else None,
                "overview": relative_url(page, HOME),
            }
            plan.append(TimelinePage(page, titles[page], tuple(by_page[page]), pager))
    return tuple(plan)


def _page_titles(pages: Sequence[str], by_page: Mapping[str, Sequence[Event]], words: SiteWords) -> dict[str, str]:
    """`Januari 2022`, `2021`, `Jaren zeventig (1970–1979)`; a month's parts say their days (`Januari 2022, 1–16
    januari`), other pages' parts their number."""
    parts: dict[str, list[str]] = {}
    for page in pages:
        parts.setdefault(_page_order(page)[0], []).append(page)
    titles = {}
    for base, members in parts.items():
        label = _base_label(base, words)
        label = label[:1].upper() + label[1:]
        if len(members) == 1:
            titles[members[0]] = label
        elif _page_kind(base) == "month":
            for page, days in zip(members, _part_days(base, [by_page[p] for p in members]), strict=True):
                titles[page] = words.labels["month_part"].format(label=label, days=range_label(*days, words))
        else:
            for page in members:
                titles[page] = words.labels["page_part"].format(label=label, part=_page_order(page)[1])
    return titles


def _base_label(base: str, words: SiteWords) -> str:
    kind, name = _page_kind(base), base.removeprefix(TIMELINE_DIR)
    if kind == "unplaced":
        return words.labels["unplaced_heading"]
    if kind == "decade":
        return decade_label(int(name[:4]), words)
    if kind == "year":
        return name
    return month_label(name, words)


def _part_days(month: str, parts: Sequence[Sequence[Event]]) -> list[tuple[str, str]]:
    """The first and last day of each part of a month page; together they cover the month, in order."""
    first_of_month = dt.date.fromisoformat(month.removeprefix(TIMELINE_DIR) + "-01")
    last_of_month = (first_of_month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    ranges: list[tuple[str, str]] = []
    for index, events in enumerate(parts):
        days = [e.interval.start[:10] for e in events if e.interval.start and e.interval.precision != "month"]
        if index == 0:
            first = first_of_month.isoformat()
        else:
            following = (dt.date.fromisoformat(ranges[-1][1]) + dt.timedelta(days=1)).isoformat()
            first = min(days[0], following) if days else following
        last = last_of_month.isoformat() if index == len(parts) - 1 or not days else max(days)
        ranges.append((first, max(first, last)))
    return ranges


def timeline_page(site: Site, page: TimelinePage) -> str:
    """One page of the timeline as Markdown."""
    return timeline_page_and_entries(site, page)[0]


def timeline_page_and_entries(site: Site, page: TimelinePage) -> tuple[str, list[dict[str, str]]]:
    """One page of the timeline as Markdown, and its search entries when the page leaves its cards out of the theme's
    search (`finished.UNINDEXED`): the page, each heading and each event, in page order, made of the same cards
    without reading the page again."""
    cards = {event.id: site.card(event, page.path) for event in page.events}
    made = groups(page.events, _card_html(site, cards), site.words)
    sources = len({e.source for e in page.events})
    text = site.template("timeline.md.j2").render(
        words=site.words,
        title=page.title,
        description=description(
            site.words.labels["description_timeline"], title=page.title,
            events=site.words.count("event", len(page.events)), sources=site.words.count("source", sources),
        ),
        groups=made,
        jump=[group for group in made if group.cards] if len(made) > 1 else [],
        pager=page.pager,
        count=len(page.events),
        sources=sources,
        downloads=_downloads(page.path) if page.path == HOME else None,
        sources_href=relative_url(page.path, SOURCES_INDEX),
        filters=filter_settings(site, page.path, len(page.events)),
    )
    if finished.UNINDEXED not in text:
        return text, []
    url = page_url(page.path)
    entries, events = [search.entry(url, page.title)], iter(_grouped_order(page.events))
    for group in made:
        entries.append(search.entry(f"{url}#{group.anchor}", group.label))
        entries.extend(search.event_entry(url, cards[next(events).id], site.words) for _ in group.cards)
    return text, entries


def description(pattern: str, **fields: object) -> str:
    """A page's description for search engines and link previews, as escaped HTML: MkDocs themes write
    `page.meta.description` into an attribute as it is, and a source's title or publisher is the article's."""
    return str(escape(pattern.format(**{name: str(value) for name, value in fields.items()})))


def filter_settings(site: Site, page: str, count: int | None = None) -> dict[str, object]:
    """What the filters script of a page needs: where the timeline's data is, and its words; on a page of `count`
    events, what its status says while nothing is filtered (made here: no plural rules to load at start)."""
    settings = {"data": relative_url(page, FILTER_DATA), "home": relative_url(page, HOME), "words": site.words.script}
    if count is not None:
        settings["shown"] = site.words.script["all_shown"].format(events=site.words.count("event", count))
    return settings


def _timeline_makers(
    site: Site, plan: Sequence[TimelinePage], render_page: Callable[[Site, TimelinePage], str]
) -> dict[str, Callable[[], str]]:
    """The timeline's pages as `render_page` renders them, after the overview on the home page when split."""
    makers = {page.path: partial(render_page, site, page) for page in plan}
    return makers if HOME in makers else {HOME: partial(_overview, site, plan)} | makers


def _link(from_page: str, to_page: str, titles: Mapping[str, str]) -> dict[str, str]:
    return {"href": relative_url(from_page, to_page), "label": titles[to_page]}


def _downloads(page: str) -> dict[str, str]:
    return {name: relative_url(page, name) for name in ("events.json", "timelinejs.json", "events.ics", FEED)}


def _overview(site: Site, plan: Sequence[TimelinePage]) -> str:
    """The home page of a split timeline: the whole chronology at a glance, a year × month grid of counts."""
    words = site.words
    first_parts = {}
    for page in plan:
        first_parts.setdefault(_page_order(page.path)[0], page.path)
    counts = Counter(_page_order(page.path)[0] for page in plan for _ in page.events)
    cell = partial(_overview_cell, first_parts, counts, words)
    decades, years, unplaced = [], {}, None
    for base in sorted(first_parts, key=lambda base: _chronological(first_parts[base])):
        kind, name = _page_kind(base), base.removeprefix(TIMELINE_DIR)
        if kind == "unplaced":
            unplaced = cell(base)
        elif kind == "decade":
            decades.append(cell(base))
        else:
            row = years.setdefault(name[:4], {"year": name[:4], "whole": None, "months": [None] * 12, "total": 0})
            row["total"] += counts[base]
            if kind == "year":
                row["whole"] = cell(base)
            else:
                row["months"][int(name[5:7]) - 1] = cell(base)
    return site.template("overview.md.j2").render(
        words=words,
        description=description(
            words.labels["description_overview"],
            events=words.count("event", len(site.entries)), sources=words.count("source", len(site.documents)),
        ),
        decades=decades,
        years=list(years.values()),
        months=_month_names(words),
        count=len(site.entries),
        unplaced=unplaced,
        downloads=_downloads(HOME),
        sources_href=relative_url(HOME, SOURCES_INDEX),
        filters=filter_settings(site, HOME),
    )


def _month_names(words: SiteWords) -> list[dict[str, str]]:
    """The grid's column heads: each month's short name, and its whole name for screen readers."""
    firsts = [f"2000-{month:02d}-01" for month in range(1, 13)]
    short, locale = words.formats["month_short"], words.locale
    return [{"short": formatted(day, short, locale), "name": formatted(day, "LLLL", locale)} for day in firsts]


def _overview_cell(first_parts: Mapping[str, str], counts: Mapping[str, int], words: SiteWords, base: str) -> dict:
    label = _base_label(base, words)
    return {"href": relative_url(HOME, first_parts[base]), "label": label, "count": counts[base],
            "page": page_url(first_parts[base]), "counted": words.count("event", counts[base])}  # fmt: skip


# --- Data for the filters ---------------------------------------------------------------------------------------

FILTER_DATA = "filters.json"
FEED = "feed.xml"
_EPOCH = dt.date(1970, 1, 1)


def filter_data(site: Site, plan: Sequence[TimelinePage]) -> str:
    """The whole timeline as the filters need it, loaded only when a reader filters.

    `pages`: [url, title, url of its first part] in order; `sources`: [slug, title, publisher index or -1];
    `publishers`: names; `events`: four numbers an entry, flat: page index, source index (a list of them for a
    happening several sources report, the lead's first: a filter on any of them finds it), first day and day
    after the last (days since 1970-01-01; null for an event without a place). Compact: 5,000 articles are
    25,000 events.
    """
    publishers = sorted({d.source.publisher for d in site.documents if d.source.publisher}, key=str.casefold)
    publisher_index = {name: index for index, name in enumerate(publishers)}
    source_index = {d.source.slug: index for index, d in enumerate(site.documents)}
    page_index = {page.path: index for index, page in enumerate(plan)}
    events: list[int | None] = []
    for event in site.entries:  # one a timeline entry: a happening several sources report counts once
        sources = list(dict.fromkeys(source_index[site.event_of(member).source] for member in site.group_of(event)))
        events += [page_index[site.pages[event.id]], sources[0] if len(sources) == 1 else sources, *_days(event)]
    data = {
        "pages": [[page_url(page.path), page.title, page_url(_page_order(page.path)[0] + ".md")] for page in plan],
        "publishers": publishers,
        "sources": [
            [d.source.slug, site.source_title(d.source), publisher_index.get(d.source.publisher or "", -1)]
            for d in site.documents
        ],
        "events": events,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _days(event: Event) -> tuple[int | None, int | None]:
    start, end = event.interval.start, event.interval.end
    if start is None or end is None or event.interval.precision is None:
        return None, None
    first = (dt.date.fromisoformat(start[:10]) - _EPOCH).days
    after = (dt.date.fromisoformat(end[:10]) - _EPOCH).days + (0 if end[11:] in ("", "00:00") else 1)
    return first, after


# --- Source pages -----------------------------------------------------------------------------------------------


def _expression_wraps(site: Site, events: Sequence[Event], page: str) -> list[Wrap]:
    """Each expression a link to its event on the timeline, its value in words shown on hover and focus.

    The words sit in `data-tip` (shown by CSS), so a screen reader reading the sentence does not read
    them in the middle of it; the editors' view adds the TIMEX3 value.
    """
    wraps: dict[tuple[int, int], Wrap] = {}
    for event in events:
        # An f-string of escaped parts, not `Markup.format`: this runs once per event and format is slow.
        href = relative_url(page, site.pages[event.id], event.id)
        tip = site.shown(event).label + (f" · {event.when}" if site.editors else "")
        opening = Markup(f'<a class="kr-expr" href="{escape(href)}" data-tip="{escape(tip)}">')
        wraps.setdefault(event.span, Wrap(*event.span, opening, Markup("</a>")))
    for event in events:  # the expressions an event only mentions, marked lighter where no event stands
        for mention in event.mentions:
            if mention.span[1] > mention.span[0]:
                mark = Wrap(*mention.span, Markup('<mark class="kr-mention">'), Markup("</mark>"))
                wraps.setdefault(mention.span, mark)
    return list(wraps.values())


def _sentence_wraps(events: Sequence[Event]) -> list[Wrap]:
    """Each dated sentence an anchor; left out of search, where its event already has it."""
    spans = sorted({e.sentence_span for e in events})
    opening = '<span class="kr-sentence" id="zin-{}" data-search-exclude>'
    return [Wrap(s, e, Markup(opening.format(s)), Markup("</span>")) for s, e in spans]


def _body(site: Site, source: Source, events: Sequence[Event], page: str) -> list[dict[str, object]]:
    """The article's blocks as the page shows them: whole, or (excerpt) only the dated sentences and their context.

    Their pieces are highlighted in one pass over the article's wraps."""
    blocks = [block for block in source.blocks if block.kind != "title"]
    if site.source_text == "excerpt":
        shown = _excerpt(source, blocks, events)
    else:
        shown = [{"kind": block.kind, "start": block.start, "ranges": [(block.start, block.end)], "before": False,
                  "after": False} for block in blocks]  # fmt: skip
    wraps = [*_sentence_wraps(events), *_expression_wraps(site, events, page)]
    pieces = iter(highlighted_ranges(source.text, (span for block in shown for span in block["ranges"]), wraps))
    for block in shown:
        block["pieces"] = [next(pieces) for _ in block["ranges"]]
    return shown


def _excerpt(source: Source, blocks: Sequence[Block], events: Sequence[Event]) -> list[dict]:
    """Per paragraph with a dated sentence: those sentences and their context, `…` where sentences are left out.

    A heading is kept when a paragraph under it is.
    """
    dated = {e.sentence_span for e in events}
    context = {sentence for e in events for sentence in e.context}
    shown: list[dict[str, object]] = []
    heading: dict[str, object] | None = None
    for block in blocks:
        if block.kind == "heading":
            heading = {"kind": "heading", "start": block.start, "before": False, "after": False,
                       "ranges": [(block.start, block.end)]}  # fmt: skip
            continue
        spans = sentence_spans(source.text, block.start, block.end, source.language)
        kept = [i for i, span in enumerate(spans) if span in dated or source.text[slice(*span)] in context]
        if not kept:
            continue
        if heading:
            shown.append(heading)
            heading = None
        runs = [[i for _, i in run] for _, run in groupby(enumerate(kept), key=lambda pair: pair[1] - pair[0])]
        ranges = [(spans[run[0]][0], spans[run[-1]][1]) for run in runs]
        shown.append({"kind": "paragraph", "start": block.start, "ranges": ranges,
                      "before": kept[0] > 0, "after": kept[-1] < len(spans) - 1})  # fmt: skip
    return shown


def source_page(
    document: Document, source: Source | None, *, site: Site | None = None, edit_base: str | None = None
) -> str:
    """An article with its expressions linked to the timeline (all of it, an excerpt or none of it: the site's
    `source_text`), its metadata and its events.

    `site` tells where each event sits on the timeline; without it all events are on the home page.
    """
    return source_page_and_entries(document, source, site=site, edit_base=edit_base)[0]


def source_page_and_entries(
    document: Document, source: Source | None, *, site: Site | None = None, edit_base: str | None = None
) -> tuple[str, list[dict[str, str]]]:
    """`source_page`, and its search entries when the page leaves its text out of the theme's search
    (`finished.UNINDEXED`): the article's words as the page shows them, but not its dated sentences (each is
    its event's, on the timeline), by subheading, made from the article instead of read back from the page."""
    site = site or Site.of([document], edit_base, threshold=len(document.events))
    page = source_page_path(document.source.slug)
    events = site.by_source[document.source.slug]
    meta = document.source
    title = site.source_title(meta) if meta.title or not source or not source.title else source.title
    published = published_label(meta.published, site.words)
    shows_text = source is not None and site.source_text != "none"
    blocks = _body(site, source, events, page) if shows_text and source else None
    text = site.template("source.md.j2").render(
        words=site.words,
        meta=meta,
        # MkDocs themes print `page.title` unescaped (header, <h1>, search index): hand it over as safe HTML.
        title=str(escape(title)),
        description=description(
            site.words.labels["description_source"], title=title,
            publisher=meta.publisher or site.words.labels["unknown"], published=published,
        ),
        published=published,
        url=web_url(meta.url or (source.url if source else None)),
        blocks=blocks,
        source_text=site.source_text,
        missing=source is None,
        cards=[site.card(e, page) for e in events],
        file=meta.file if site.editors else None,
        edit_href=site.edit_url(document, document.published_line),
        sources_href=relative_url(page, SOURCES_INDEX),
    )
    if finished.UNINDEXED not in text:
        return text, []
    return text, _source_entries(site, page_url(page), str(escape(title)), source, blocks, events)


def _source_entries(
    site: Site, url: str, title: str, source: Source | None, blocks: Sequence[dict] | None, events: Sequence[Event]
) -> list[dict[str, str]]:
    """A source page's search entries: its note, the paragraphs it shows (with their `…`) under the page's title
    and under each subheading, less the dated sentences."""
    words = site.words.page
    note = words["text_missing"] if source is None else words["no_text_note"] if blocks is None else None
    sections = [search.Section(url, title, [note.striptags()] if note else [])]
    hidden = sorted({e.sentence_span for e in events})
    gap, article = words["excerpt_gap"].striptags(), source.text if source else ""
    for block in blocks or ():
        pieces = [search.unhidden(article, start, end, hidden) for start, end in block["ranges"]]
        if block["kind"] == "heading":
            sections.append(search.Section(f"{url}#kop-{block['start']}", search.escaped(" ".join(pieces)), []))
            continue
        shown = [gap] if block["before"] else []
        for index, piece in enumerate(pieces):
            shown += ([gap] if index else []) + [piece]
        sections[-1].paragraphs.append(" ".join(part for part in [*shown, gap if block["after"] else ""] if part))
    return [section.entry() for section in sections]


def sources_index(site: Site) -> str:
    """The list of all sources, newest first and sortable, linked from the navigation instead of every page."""
    rows = [
        {
            "title": site.source_title(d.source),
            "publisher": d.source.publisher,
            "published": d.source.published or "",
            "published_label": short_published_label(d.source.published, site.words),
            "href": relative_url(SOURCES_INDEX, source_page_path(d.source.slug)),
            "count": len(site.by_source[d.source.slug]),
        }
        for d in site.documents
    ]
    rows.sort(key=lambda row: row["published"], reverse=True)
    return site.template("sources.md.j2").render(
        words=site.words,
        rows=rows,
        description=description(
            site.words.labels["description_sources"], sources=site.words.count("source", len(rows))
        ),
        sorting={"words": site.words.script},
    )


# --- Editors ----------------------------------------------------------------------------------------------------


def review_page(items: Sequence[ReviewItem], *, site: Site | None = None) -> str:
    """What editors should settle, as `kroniek review` lists it: source by source (in the order of the items), a
    publication date to set first, then the events to check; then the sources without a title. Each with a link
    to its file and line.

    With `site`, items link to their source page, their event on the timeline and their content file.
    """
    site = site or Site.of((), editors=True)  # no links, in Kroniek's own language
    return review_page_of(review_context(items, site), site)


def review_context(items: Sequence[ReviewItem], site: Site) -> dict[str, list[dict[str, object]]]:
    """All the editors' page shows but the site's words, as plain data: a build may keep the page rendered by it."""
    groups: dict[str, list[ReviewItem]] = {}
    for item in items:
        groups.setdefault(item.path, []).append(item)
    untitled = [
        {"title": site.source_title(d.source), "path": d.path, "edit_href": site.edit_url(d, d.published_line),
         "source_href": relative_url(REVIEW_PAGE, source_page_path(d.source.slug)),
         "message": site.say("review.untitled")}
        for d in site.documents if not d.source.title
    ]  # fmt: skip
    return {"groups": [_review_group(found, site) for found in groups.values()], "untitled": untitled}


def review_page_of(context: Mapping[str, object], site: Site) -> str:
    """The editors' page of its `review_context`."""
    return site.template("review.md.j2").render(words=site.words, **context)


def _review_group(items: Sequence[ReviewItem], site: Site) -> dict[str, object]:
    """One source's items: its title and link, the rows, and how many events wait for its publication date."""
    first = items[0]
    document = site.by_slug.get(first.source)
    waiting = sum(item.kind == "event" for item in items) if any(i.kind == "published" for i in items) else 0
    return {
        "slug": first.source,
        "title": site.source_title(document.source) if document else first.source,
        "source_href": relative_url(REVIEW_PAGE, source_page_path(first.source)) if document else None,
        "waiting": site.say("review.explained", count=waiting) if waiting else None,
        "rows": [_review_row(item, site) for item in items],
    }


def _review_row(item: ReviewItem, site: Site) -> dict[str, object]:
    document = site.by_slug.get(item.source)
    known = item.event in site.pages
    return {
        "kind": item.kind,
        "item": item,
        "event_href": relative_url(REVIEW_PAGE, site.pages[item.event], item.event) if known else None,
        "edit_href": site.edit_url(document, item.line) if document else None,
        "candidates": [day_label(day, site.words) for day in item.candidates],
        "confidence": site.say(f"confidence.{item.confidence}") if item.confidence else None,
    }


# --- Everything -------------------------------------------------------------------------------------------------


def site_wide_pages(site: Site, review_items: Sequence[ReviewItem] = ()) -> dict[str, str]:
    """The pages that show every source: timeline, list of sources, editors' page (source pages are apart)."""
    makers = site_wide_makers(site, timeline_plan(site), lambda: review_items, timeline_page)
    return {path: make() for path, make in makers.items()}


def site_wide_makers(
    site: Site,
    plan: Sequence[TimelinePage],
    review_items: Callable[[], Sequence[ReviewItem]],
    render_timeline_page: Callable[[Site, TimelinePage], str],
) -> dict[str, Callable[[], str]]:
    """`site_wide_pages` in site order, each as a call that renders it when asked, for a build that asks one by one.

    `plan` is `timeline_plan(site)`. `render_timeline_page` and `review_items`
    may wait for what other processes make, or take it from a cache. The editors' page is
    made for the editors' view only.
    """
    makers = _timeline_makers(site, plan, render_timeline_page)
    makers[SOURCES_INDEX] = partial(sources_index, site)
    if site.editors:
        makers[REVIEW_PAGE] = lambda: review_page(review_items(), site=site)
    return makers
