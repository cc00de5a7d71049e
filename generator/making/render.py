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
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from babel.dates import format_date, get_timezone_location
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, Template
from markupsafe import Markup, escape

from generator.lang.messages import Messages, messages
from generator.lang.words import DEFAULT_LANGUAGE, SiteWords, site_words
from generator.model import Document, Event, Interval, Mention, Source
from generator.temporal.values import interval
from generator.text.events import timeline

if TYPE_CHECKING:
    from generator.content.review import ReviewItem

# Above this many events the home page becomes an overview of month pages.
SPLIT_THRESHOLD = 300
# A timeline page past this many events is cut into parts, so no page grows past ~1 MB of HTML.
PAGE_MAX_EVENTS = 400
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


# --- Labels -----------------------------------------------------------------------------------------------------


def _words(words: SiteWords | None) -> SiteWords:
    return words or site_words(DEFAULT_LANGUAGE)


def _date(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


def day_label(iso: str, words: SiteWords | None = None) -> str:
    """`donderdag 6 januari 2022` for a day or a moment in it."""
    words = _words(words)
    return _formatted(iso[:10], words.formats["day"], words.locale)


@cache
def _formatted(day: str, pattern: str, locale: str) -> str:
    """Cached: Babel is slow and a timeline names the same days over and over."""
    return format_date(_date(day), pattern, locale=locale)


def _month_label(iso: str, words: SiteWords) -> str:
    return _formatted(iso[:7] + "-01", words.formats["month"], words.locale)


def clock_label(iso: str, words: SiteWords | None = None) -> str:
    """`10.30 uur`, as the language's newspapers write times."""
    return _words(words).labels["clock"].format(hour=int(iso[11:13]), minute=iso[14:16])


def when_label(event: Event, words: SiteWords | None = None, zone: str | None = None) -> str:
    """What the event's value denotes, in words, and no more precise than it is.

    `zone` names the time zone of a clock time or part of day, where the site says it (`10.30 uur (Almaty)`).
    """
    return _label(event.when, event.interval, event.mod, _words(words), zone)


def value_label(value: str, words: SiteWords | None = None, mod: str | None = None) -> str | None:
    """What a value denotes, in words (`zondag 3 maart 2024`), or None when it is no place on the timeline."""
    span = interval(value)
    return _label(value, span, mod, _words(words), None) if span.start and span.precision else None


# The side of a date an event only mentions (`na Prinsjesdag`): said at any precision, unlike START, MID, END.
SIDE_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})


def _label(when: str, span: Interval, mod: str | None, words: SiteWords, zone: str | None) -> str:
    start, end, precision = span.start, span.end, span.precision
    if start is None or end is None or precision is None:
        return words.labels["unplaced"]
    if precision == "minute":
        label = _zoned(f"{day_label(start, words)}, {clock_label(start, words)}", zone, words)
    elif precision == "partofday":
        part = when[-2:]
        day = f"{day_label(start, words)}, {_part_of_day(part, words)}"
        label = _zoned(_night_label(start, end, words) if part == "NI" else day, zone, words)
    elif precision == "day":
        label = day_label(start, words)
    else:
        label = _period_label(precision, when, start, end, words)
        if mod in words.mods and mod not in SIDE_MODS:
            label = f"{words.mods[mod]} {label}"
    return f"{words.mods[mod]} {label}" if mod in SIDE_MODS and mod in words.mods else label


def _zoned(label: str, zone: str | None, words: SiteWords) -> str:
    return words.labels["zone"].format(label=label, zone=zone_name(zone, words)) if zone else label


def zone_name(zone: str, words: SiteWords | None = None) -> str:
    """A time zone as readers know it: the language's name for its city (`Almaty`, `Tokio`)."""
    words = _words(words)
    return words.zone_names.get(zone) or _city(zone, words.locale)


@cache
def _city(zone: str, locale: str) -> str:
    return get_timezone_location(zone, locale=locale, return_city=True)


def _part_of_day(part: str, words: SiteWords) -> str:
    return words.parts_of_day.get(part, words.labels["part_of_day_unknown"])


def _night_label(start: str, end: str, words: SiteWords) -> str:
    """`nacht van woensdag 5 op donderdag 6 januari 2022`: a night belongs to the evening before it."""
    same_month = start[:7] == end[:7]
    pattern = words.formats["evening_in_month" if same_month else "day"]
    evening = _formatted(start[:10], pattern, words.locale)
    return words.labels["night"].format(evening=evening, day=day_label(end, words))


def _period_label(precision: str, value: str, start: str, end: str, words: SiteWords) -> str:
    year = _date(start).year
    if precision == "month":
        return _month_label(start, words)
    if precision == "week":
        return _week_label(value, start, words)
    if precision == "season":
        return _season_label(value, start, end, words)
    if precision == "decade":
        return words.labels["decade"].format(name=words.decades[year // 10 % 10], first=year, last=year + 9)
    return str(year)


def _week_label(value: str, start: str, words: SiteWords) -> str:
    year, week, _ = _date(start).isocalendar()
    return words.labels["weekend" if value.endswith("-WE") else "week"].format(week=week, year=year)


def _season_label(value: str, start: str, end: str, words: SiteWords) -> str:
    first, last = _date(start).year, (_date(end) - dt.timedelta(days=1)).year
    years = str(first) if first == last else f"{first}–{last}"
    season = words.seasons.get(value[-2:], words.labels["season_unknown"])
    return words.labels["season"].format(season=season, years=years)


def badge(event: Event, words: SiteWords | None = None, zone: str | None = None) -> str | None:
    """The small label beside an event inside its day or period group: `ochtend`, `10.30 uur`, `eind`, `na`."""
    words = _words(words)
    precision, start = event.interval.precision, event.interval.start
    side = words.mods[event.mod] if event.mod in SIDE_MODS and event.mod in words.mods else None
    if precision == "partofday":
        found = _zoned(_part_of_day(event.when[-2:], words), zone, words)
    elif precision == "minute" and start:
        found = _zoned(clock_label(start, words), zone, words)
    elif precision is None or start is None:
        return event.when
    else:
        return words.mods.get(event.mod or "")
    return f"{side} {found}" if side else found


def published_label(published: str | None, words: SiteWords | None = None) -> str:
    """A publication date at its own precision: a day, `januari 2022`, or `onbekend`."""
    words = _words(words)
    if not published:
        return words.labels["unknown"]
    if len(published) == 7:
        return _month_label(published, words)
    return day_label(published, words)


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
    inside = sorted((w for w in wraps if start <= w.start < w.end <= end), key=lambda w: (w.start, -w.end))
    out: list[str] = []
    stack: list[Wrap] = []
    position = start

    def close_until(limit: int) -> None:
        nonlocal position
        while stack and stack[-1].end <= limit:
            done = stack.pop()
            out.extend((escape(text[position : done.end]), done.close))
            position = done.end

    for wrap in inside:
        close_until(wrap.start)
        if stack and wrap.end > stack[-1].end:
            continue
        out.extend((escape(text[position : wrap.start]), wrap.open))
        position = wrap.start
        stack.append(wrap)
    close_until(end)
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


def sentence_markup(event: Event) -> Markup:
    """The event's sentence with its expression in `<mark>`, and the other expressions it mentions marked lighter."""
    where = _expression_in_sentence(event)
    marks = [Wrap(*where, Markup('<mark class="kr-expr">'), Markup("</mark>"))] if where else []
    offset = event.sentence_span[0]
    for mention in event.mentions:
        start, end = mention.span[0] - offset, mention.span[1] - offset
        if end > start >= 0 and event.text[start:end] == mention.expression:
            marks.append(Wrap(start, end, Markup('<mark class="kr-mention">'), Markup("</mark>")))
    return highlighted(event.text, 0, len(event.text), marks)


# --- Timeline ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Card:
    """One event as the templates show it."""

    event: Event
    label: str
    badge: str | None
    sentence: Markup
    source_title: str
    publisher: str | None
    source_href: str
    edit_href: str | None
    timeline_href: str
    doubts: tuple[str, ...] = ()  # why the machine is unsure, in the site's words; empty when it is sure
    confidence: str | None = None  # how sure, in words, when below certain
    mentions: tuple[str, ...] = ()  # the other expressions, each with what it denotes: searchable


@dataclass(frozen=True)
class Group:
    """A heading on a timeline page and the cards (HTML, from `timeline_cards`) of the events under it."""

    anchor: str
    label: str
    kind: str  # "period", "day" or "unplaced"
    cards: tuple[Markup, ...]


@dataclass(frozen=True)
class Site:
    """What every page needs to link events to their sources, pages and content files."""

    documents: tuple[Document, ...]
    by_slug: Mapping[str, Document]
    events: tuple[Event, ...]  # timeline order
    by_source: Mapping[str, tuple[Event, ...]]  # each source's events, timeline order
    pages: Mapping[str, str]  # event id → timeline page
    edit_base: str | None
    words: SiteWords
    say: Messages  # what editors are told: why the machine doubts an event, how sure it is
    templates: Path | None  # the project's own templates folder, if any
    timezone: str | None = None  # the project's own time zone: times elsewhere say their zone

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
    ) -> Site:
        """`language` names the site's data folder (`generator/lang/<code>/`), `templates` the project's overrides,
        `timezone` the project's own time zone."""
        documents = tuple(documents)
        events = timeline(documents, timezone)
        split = len(events) > threshold
        pages = {event.id: _timeline_page(event) if split else HOME for event in events}
        if split:
            pages = _split_pages(events, pages, PAGE_MAX_EVENTS)
        by_source: dict[str, list[Event]] = {d.source.slug: [] for d in documents}
        for event in events:
            by_source[event.source].append(event)
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
        )

    def template(self, name: str) -> Template:
        return _environment(self.templates).get_template(name)

    def edit_url(self, document: Document, line: int | None = None) -> str | None:
        """Where an editor changes a document, at `line` if given: GitHub's editor puts its cursor on the line
        `#L<n>` names (elsewhere the fragment is ignored and the file opens at its top)."""
        if not self.edit_base:
            return None
        return f"{self.edit_base}{url_path(document.path)}" + (f"#L{line}" if line else "")

    def shown_zone(self, document: Document) -> str | None:
        """The source's time zone where the site names it: where it is not the project's own."""
        zone = document.source.timezone
        return zone if zone and zone != self.timezone else None

    def card(self, event: Event, page: str) -> Card:
        document = self.by_slug[event.source]
        meta = document.source
        words = self.words
        doubts = () if event.doubt is None else tuple(self.say.reason(code, event.anchor) for code in event.review)
        zone = self.shown_zone(document)
        return Card(
            event=event,
            label=when_label(event, words, zone),
            badge=badge(event, words, zone),
            sentence=sentence_markup(event),
            source_title=meta.title or meta.file,
            publisher=meta.publisher,
            source_href=relative_url(page, source_page_path(meta.slug), sentence_anchor(event)),
            edit_href=self.edit_url(document, event.line or None),
            timeline_href=relative_url(page, self.pages[event.id], event.id),
            doubts=doubts,
            confidence=self.say(f"confidence.{event.confidence}") if doubts else None,
            mentions=tuple(_mention_label(mention, words) for mention in event.mentions),
        )


def _mention_label(mention: Mention, words: SiteWords) -> str:
    """`zondag (zondag 3 maart 2024)`: the expression and, where it is a place in time, what it denotes."""
    label = value_label(mention.value, words)
    return words.labels["zone"].format(label=mention.expression, zone=label) if label else mention.expression


def _timeline_page(event: Event) -> str:
    start = event.interval.start
    return month_page_path(start[:7]) if start and event.interval.precision else UNPLACED_PAGE


def part_path(page: str, part: int) -> str:
    """Part `part` of a timeline page that was too long: the first keeps the page's own path."""
    return page if part == 1 else page.removesuffix(".md") + f"{PART}{part}.md"


def _page_order(page: str) -> tuple[str, int]:
    base, _, part = page.removesuffix(".md").partition(PART)
    return base, int(part or 1)


def _split_pages(events: Sequence[Event], pages: Mapping[str, str], limit: int) -> dict[str, str]:
    """Each page past `limit` events cut into parts of whole day and period groups where it can.

    A month with thousands of events would otherwise be one page of many MB.
    """
    by_page: dict[str, list[Event]] = {}
    for event in events:
        by_page.setdefault(pages[event.id], []).append(event)
    result = dict(pages)
    for page, members in by_page.items():
        if len(members) <= limit:
            continue
        part, size = 1, 0
        for _, group in groupby(members, key=_group_key):
            members_of_group = list(group)
            if size and size + len(members_of_group) > limit:
                part, size = part + 1, 0
            for event in members_of_group:
                if size == limit:  # one day with more events than a page holds
                    part, size = part + 1, 0
                result[event.id] = part_path(page, part)
                size += 1
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
        return Group("nog-niet-geplaatst", words.labels["unplaced_heading"], kind, cards)
    if kind == "day":
        return Group(f"dag-{key[1]}", day_label(key[1], words), kind, cards)
    label = when_label(first, words)
    anchor = "periode-" + re.sub(r"[^a-z0-9]+", "-", f"{first.when} {first.mod or ''}".lower()).strip("-")
    return Group(anchor, label[:1].upper() + label[1:], kind, cards)


def groups(events: Sequence[Event], cards: Mapping[str, str], words: SiteWords) -> tuple[Group, ...]:
    """Consecutive events under one heading: a period (coarse first), a day, or the unplaced ones last."""
    placed = [e for e in events if _group_key(e)[0] != "unplaced"]
    unplaced = [e for e in events if _group_key(e)[0] == "unplaced"]
    grouped = [(key, list(members)) for key, members in groupby([*placed, *unplaced], key=_group_key)]
    return tuple(
        _group(key, members[0], tuple(Markup(cards[e.id]) for e in members), words) for key, members in grouped
    )


def timeline_cards(site: Site, events: Iterable[Event]) -> dict[str, str]:
    """Each event's card as its timeline page shows it, by id.

    The card's HTML comes from the autoescaping template, so it is safe to join into a page as it is.
    """
    event_card = site.template("_event.html.j2").module.event_card  # type: ignore[attr-defined]
    return {event.id: str(event_card(site.card(event, site.pages[event.id]), site.words)) for event in events}


@dataclass(frozen=True)
class TimelinePage:
    """One page of the timeline before rendering.

    Its Markdown is made of these fields and, for each event, the event's source
    (slug, content file, metadata) and the site's `edit_base`.
    """

    path: str
    title: str
    events: tuple[Event, ...]
    pager: Mapping[str, object] | None  # previous, next and overview links of a month page


def timeline_pages(
    documents: Iterable[Document], *, edit_base: str | None = None, threshold: int = SPLIT_THRESHOLD
) -> dict[str, str]:
    """The home page, and past `threshold` events one page per month plus one for the unplaced events."""
    site = Site.of(documents, edit_base, threshold)
    return {path: make() for path, make in _timeline_makers(site, timeline_plan(site), timeline_page).items()}


def timeline_plan(site: Site) -> tuple[TimelinePage, ...]:
    """The timeline's pages: all events on the home page, or (split) the month and unplaced pages in order."""
    by_page: dict[str, list[Event]] = {}
    for event in site.events:
        by_page.setdefault(site.pages[event.id], []).append(event)
    if set(by_page) <= {HOME}:
        return (TimelinePage(HOME, site.words.labels["timeline"], site.events, None),)
    unplaced = sorted((p for p in by_page if _page_order(p)[0] == _page_order(UNPLACED_PAGE)[0]), key=_page_order)
    months = sorted((p for p in by_page if p not in unplaced), key=_page_order)
    plan = []
    for chain in (months, unplaced):  # the unplaced pages link among themselves only
        for index, page in enumerate(chain):
            pager = {
                "previous": _link(page, chain[index - 1], site.words) if index else None,
                "next": _link(page, chain[index + 1], site.words) if index + 1 < len(chain) else None,
                "overview": relative_url(page, HOME),
            }
            title = _page_label(page, site.words)
            plan.append(TimelinePage(page, title[:1].upper() + title[1:], tuple(by_page[page]), pager))
    return tuple(plan)


def timeline_page(site: Site, page: TimelinePage) -> str:
    """One page of the timeline as Markdown."""
    return site.template("timeline.md.j2").render(
        words=site.words,
        title=page.title,
        groups=groups(page.events, timeline_cards(site, page.events), site.words),
        pager=page.pager,
        count=len(page.events),
        sources=len({e.source for e in page.events}),
        downloads=_downloads(page.path) if page.path == HOME else None,
        sources_href=relative_url(page.path, SOURCES_INDEX),
    )


def _timeline_makers(
    site: Site, plan: Sequence[TimelinePage], render_page: Callable[[Site, TimelinePage], str]
) -> dict[str, Callable[[], str]]:
    """The timeline's pages as `render_page` renders them, after the overview on the home page when split."""
    makers = {page.path: partial(render_page, site, page) for page in plan}
    return makers if HOME in makers else {HOME: partial(_overview, site, plan)} | makers


def _page_label(page: str, words: SiteWords) -> str:
    """`januari 2022`, `januari 2022, deel 2`, `Nog niet geplaatst`."""
    base, part = _page_order(page)
    if base == UNPLACED_PAGE.removesuffix(".md"):
        label = words.labels["unplaced_heading"]
    else:
        label = _month_label(base.removeprefix("tijdlijn/"), words)
    return label if part == 1 else words.labels["page_part"].format(label=label, part=part)


def _link(from_page: str, to_page: str, words: SiteWords) -> dict[str, str]:
    return {"href": relative_url(from_page, to_page), "label": _page_label(to_page, words)}


def _downloads(page: str) -> dict[str, str]:
    return {name: relative_url(page, name) for name in ("events.json", "timelinejs.json", "events.ics")}


def _overview(site: Site, plan: Sequence[TimelinePage]) -> str:
    """The home page of a split timeline: the month pages with their numbers of events, by year."""
    unplaced_base = _page_order(UNPLACED_PAGE)[0]
    months = [page for page in plan if _page_order(page.path)[0] != unplaced_base]
    years: dict[str, list[dict[str, object]]] = {}
    for page in months:
        years.setdefault(page.path.removeprefix("tijdlijn/")[:4], []).append(
            {**_link(HOME, page.path, site.words), "count": len(page.events)}
        )
    unplaced = len(site.events) - sum(len(page.events) for page in months)
    return site.template("overview.md.j2").render(
        words=site.words,
        years=years,
        count=len(site.events),
        unplaced={"href": relative_url(HOME, UNPLACED_PAGE), "count": unplaced} if unplaced else None,
        downloads=_downloads(HOME),
        sources_href=relative_url(HOME, SOURCES_INDEX),
    )


# --- Source pages -----------------------------------------------------------------------------------------------


def _expression_wraps(site: Site, events: Sequence[Event], page: str) -> list[Wrap]:
    """A focusable `<mark>` per expression; its tooltip (hover and focus) gives the value and links to the event."""
    wraps: dict[tuple[int, int], Wrap] = {}
    to_timeline = site.words.labels["to_timeline"]
    zone = site.shown_zone(site.by_slug[events[0].source]) if events else None
    for event in events:
        # An f-string of escaped parts, not `Markup.format`: this runs once per event and format is slow.
        href = relative_url(page, site.pages[event.id], event.id)
        tip = Markup(
            f'<span class="kr-tip" role="tooltip" data-search-exclude>{escape(when_label(event, site.words, zone))}'
            f' <code>{escape(event.when)}</code> <a href="{escape(href)}">{escape(to_timeline)}</a></span></mark>'
        )
        wraps.setdefault(event.span, Wrap(*event.span, Markup('<mark class="kr-expr" tabindex="0">'), tip))
    for event in events:  # the expressions an event only mentions, marked lighter where no event stands
        for mention in event.mentions:
            if mention.span[1] > mention.span[0]:
                mark = Wrap(*mention.span, Markup('<mark class="kr-mention">'), Markup("</mark>"))
                wraps.setdefault(mention.span, mark)
    return list(wraps.values())


def _sentence_wraps(events: Sequence[Event]) -> list[Wrap]:
    spans = sorted({e.sentence_span for e in events})
    return [Wrap(s, e, Markup(f'<span class="kr-sentence" id="zin-{s}">'), Markup("</span>")) for s, e in spans]


def _body(site: Site, source: Source, events: Sequence[Event], page: str) -> list[dict[str, object]]:
    wraps = [*_sentence_wraps(events), *_expression_wraps(site, events, page)]
    return [
        {"kind": block.kind, "start": block.start, "html": highlighted(source.text, block.start, block.end, wraps)}
        for block in source.blocks
        if block.kind != "title"
    ]


def source_page(
    document: Document, source: Source | None, *, site: Site | None = None, edit_base: str | None = None
) -> str:
    """An article in full with its expressions highlighted, its metadata and its events.

    `site` tells where each event sits on the timeline; without it all events are on the home page.
    """
    site = site or Site.of([document], edit_base, threshold=len(document.events))
    page = source_page_path(document.source.slug)
    events = site.by_source[document.source.slug]
    meta = document.source
    return site.template("source.md.j2").render(
        words=site.words,
        meta=meta,
        # MkDocs themes print `page.title` unescaped (header, <h1>, search index): hand it over as safe HTML.
        title=str(escape(meta.title or (source.title if source else None) or meta.file)),
        published=published_label(meta.published, site.words),
        url=web_url(meta.url or (source.url if source else None)),
        blocks=_body(site, source, events, page) if source else None,
        cards=[site.card(e, page) for e in events],
        edit_href=site.edit_url(document, document.published_line),
        sources_href=relative_url(page, SOURCES_INDEX),
    )


def sources_index(site: Site) -> str:
    """The list of all sources, linked from the navigation instead of listing every page there."""
    rows = [
        {
            "meta": d.source,
            "title": d.source.title or d.source.file,
            "published": published_label(d.source.published, site.words),
            "href": relative_url(SOURCES_INDEX, source_page_path(d.source.slug)),
            "count": len(site.by_source[d.source.slug]),
        }
        for d in site.documents
    ]
    return site.template("sources.md.j2").render(words=site.words, rows=rows)


# --- Editors ----------------------------------------------------------------------------------------------------


def review_page(items: Sequence[ReviewItem], *, site: Site | None = None) -> str:
    """What editors should settle, as `kroniek review` lists it: source by source (in the order of the items), a
    publication date to set first, then the events to check; each with a link to its file and line.

    With `site`, items link to their source page, their event on the timeline and their content file.
    """
    site = site or Site.of(())  # no links, in Kroniek's own language
    groups: dict[str, list[ReviewItem]] = {}
    for item in items:
        groups.setdefault(item.path, []).append(item)
    return site.template("review.md.j2").render(
        words=site.words, groups=[_review_group(found, site) for found in groups.values()]
    )


def _review_group(items: Sequence[ReviewItem], site: Site) -> dict[str, object]:
    """One source's items: its title and link, the rows, and how many events wait for its publication date."""
    first = items[0]
    document = site.by_slug.get(first.source)
    waiting = sum(item.kind == "event" for item in items) if any(i.kind == "published" for i in items) else 0
    return {
        "slug": first.source,
        "title": (document.source.title if document else None) or first.source,
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
    may wait for what other processes make, or take it from a cache.
    """
    makers = _timeline_makers(site, plan, render_timeline_page)
    makers[SOURCES_INDEX] = partial(sources_index, site)
    makers[REVIEW_PAGE] = lambda: review_page(review_items(), site=site)
    return makers
