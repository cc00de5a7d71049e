"""Everything Kroniek adds to a site, as text: the generated pages and the export files.

MkDocs renders every page on every build, so Kroniek's own share must not
start from scratch each time. Each part of the output is kept in
`.kroniek-cache/` under the hash of what it is made of: the content files and
their `.generated` bases, the articles, the templates, the options and
Kroniek's code. After an edit, only the parts made of what changed are
rendered again: a source page whose document, article or place on the
timeline changed, a timeline page with an event of a changed source, an
export's lines for the events of a changed source. The rest of each page list
and export file is joined from the kept parts.

What is left to make is made before MkDocs starts rendering, in one pool of
worker processes when there is much of it (a first build, a new template).
The result holds only strings and bytes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property, partial
from importlib.metadata import version
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from generator.content import review
from generator.content.store import content_files, document_key, load_all
from generator.happenings import decisions
from generator.lang.words import DEFAULT_LANGUAGE
from generator.making import exports, render, search
from generator.model import Document, Event, Source
from generator.project import Project
from generator.support import cache, workers
from generator.support.workers import Later, in_runs
from generator.text.articles import read_article

SOURCE_PAGES = "source pages"
TIMELINE_PAGES = "timeline pages"
EXPORT_PIECES = "export pieces"
SITE_PAGES = "site-wide pages"  # the list of sources, the editors' page
DAYS = "candidate days"  # kept by `review`
# Below this many parts to make, starting worker processes costs more than it saves.
POOL_MIN_PARTS = 200


@dataclass(frozen=True)
class SiteOutput:
    pages: Mapping[str, str]  # path in the docs folder → Markdown
    files: Mapping[str, bytes]  # path in the site folder → bytes: the exports
    edit_paths: Mapping[str, str]  # source page → the content file its edit button opens
    # page URL → the search entries of what the page leaves out of the theme's search (`finished.UNINDEXED`), as
    # JSON (`search.joined`); None for a page that leaves nothing out
    search: Mapping[str, str | None] = field(default_factory=dict)
    # the export files, when they are made apart (`site_output`'s `files_apart`): `files` is then empty
    later_files: Later[dict[str, bytes]] | None = None


@dataclass(frozen=True)
class _Shared:
    """What every run of parts is made with: the whole site."""

    project: Project
    site: render.Site
    plan: Mapping[str, render.TimelinePage]  # path → page of the timeline
    stamp: str  # the iCalendar DTSTAMP of the export pieces

    @cached_property
    def happenings(self) -> dict[str, exports.Happening]:
        """Each grouped event's happening as the export pieces carry it: made once in each process."""
        return _export_happenings(self.site)


@dataclass(frozen=True)
class _Exports:
    """What the export files are made of: each source's export pieces, kept or made now."""

    shared: _Shared
    names: Mapping[str, str]  # source slug → the key of its pieces
    kept: Mapping[str, Any]  # source slug → its pieces, kept or made already
    site_url: str | None
    site_name: str
    updated: datetime  # the feed's
    later: bool  # the pieces made now are written by the cache's writing thread (`Cache.put_many`)


def site_output(
    project: Project,
    documents: Sequence[Document] | None = None,
    *,
    keys: Mapping[str, tuple[str, str]] | None = None,
    edit_base: str | None = None,
    threshold: int = render.SPLIT_THRESHOLD,
    jobs: int = 1,
    language: str = DEFAULT_LANGUAGE,
    timezone: str | None = None,
    editors: bool = False,
    source_text: str = render.DEFAULT_SOURCE_TEXT,
    site_url: str | None = None,
    site_name: str = "Kroniek",
    files_apart: bool = False,
) -> SiteOutput:
    """The pages and export files of the project's site (of `documents`, default content/), made where not kept.

    The public site by default; `editors` adds edit links, review notes, file paths and the editors' page.
    With `jobs` > 1 and many parts to make, they are made in `jobs` processes. `timezone` is the project's own
    time zone (the sources' default; times elsewhere say their zone). `keys` are each content file's
    `document_key` and its article's hash, when the caller has them (a dirty build of `serve`).
    With `files_apart` and `jobs` > 1, the export files are made by a process of their own while the caller goes
    on (`SiteOutput.later_files`): MkDocs renders the pages on one CPU, and the export files need none of them.
    Only where processes are forked (`workers.inherits`): else that process would start by pickling the site here.
    """
    documents = load_all(project) if documents is None else documents
    known = keys is not None and all(d.path in keys for d in documents)
    files = {name: key for name, (key, _) in keys.items()} if known else _content_digests(project)
    templates = project.root / render.PROJECT_TEMPLATES
    groups = [happening.events for happening in decisions.read_groups(project)]
    settings = cache.digest(_settings(edit_base, threshold, templates, language, timezone, editors, source_text))
    site = render.Site.of(
        documents, edit_base, threshold, language=language, templates=templates, timezone=timezone, editors=editors,
        source_text=source_text, own_text=own_text(project, documents), happenings=groups,
    )  # fmt: skip
    plan = render.timeline_plan(site)
    if known:
        articles = {d.source.file: keys[d.path][1] for d in documents}
    else:
        articles = {file: project.article_digest(file) for file in {d.source.file for d in documents}}
    stamp = exports.ics_stamp(exports.build_stamp(documents))

    def key(*made_of: str) -> str:
        return cache.key(settings, *made_of)

    # A source is its content file's name (cards link to its slug and edit link) and its hash.
    sources = {d.source.slug: cache.digest(d.path, files.get(d.path)) for d in documents}
    # A part showing a grouped event depends on its happening alone: who leads it and what the others report.
    grouped = {event: _happening_key(site, sources, group) for event, group in site.happenings.items()}
    keys = {  # per kind of part: the key of each, by page path or source slug
        TIMELINE_PAGES: {page.path: _timeline_key(key, sources, site.own_text, grouped, page) for page in plan},
        # a source page shows its document and article, and links to its events' timeline pages
        SOURCE_PAGES: {
            slug: key(
                sources[slug],
                articles[d.source.file],
                *(f"{site.pages[event.id]} {grouped.get(event.id, '')}" for event in site.by_source[slug]),
            )
            for slug, d in site.by_slug.items()
        },
        EXPORT_PIECES: {
            slug: key(sources[slug], stamp, *(grouped.get(event.id, "") for event in site.by_source[slug]))
            for slug in site.by_slug
        },
    }
    parts = {kind: project.cache.get_many(kind, names, _VALID[kind]) for kind, names in keys.items()}
    todo = {kind: [name for name in names if name not in parts[kind]] for kind, names in keys.items()}
    todo[DAYS] = review.days_to_find(project, documents) if editors else []  # for the editors' page only
    shared = _Shared(project, site, {page.path: page for page in plan}, stamp)
    apart = files_apart and jobs > 1 and workers.inherits()
    if jobs > 1:  # processes may fork below: none of the cache's threads at work, none of its processes left
        project.cache.wait()
    made = _make(shared, {kind: names for kind, names in todo.items() if not (apart and kind == EXPORT_PIECES)}, jobs)
    exported = partial(
        _Exports, shared, keys[EXPORT_PIECES], site_url=site_url, site_name=site_name,
        updated=exports.build_stamp(documents),
    )  # fmt: skip
    # forked before the cache's writing thread starts: a child must not inherit a SQLite call half made
    later_files = workers.beside(_export_files, exported(dict(parts[EXPORT_PIECES]), later=False)) if apart else None
    try:
        # written while the rest of the site is made (`Cache.wait` when the build ends)
        for kind, names in keys.items():
            _keep_made(project, kind, names, made.get(kind, {}), later=True)
            parts[kind] |= {name: part.value for name, part in made.get(kind, {}).items()}
        items = []
        if editors:
            items = review.review_items(project, documents, made[DAYS], language=language, happenings=groups)
        makers = render.site_wide_makers(site, plan, lambda: items, lambda _, page: parts[TIMELINE_PAGES][page.path][0])
        # The list of sources and the editors' page show thousands of rows, mostly as they were: rendered again only
        # when what they show changed.
        listed = key(repr([(d.source, len(site.by_source[d.source.slug])) for d in site.documents]))
        index = render.SOURCES_INDEX
        makers[index] = partial(_site_page, project, index, listed, makers[index])
        if editors:
            context = render.review_context(items, site)
            review_page = partial(render.review_page_of, context, site)
            review_key = key(repr(context))
            makers[render.REVIEW_PAGE] = partial(_site_page, project, render.REVIEW_PAGE, review_key, review_page)
        pages = {path: make() for path, make in makers.items()}
        pages |= {render.source_page_path(slug): parts[SOURCE_PAGES][slug][0] for slug in site.by_slug}
        return SiteOutput(
            pages=pages,
            search={
                **{render.page_url(page.path): parts[TIMELINE_PAGES][page.path][1] for page in plan},
                **{render.page_url(render.source_page_path(s)): parts[SOURCE_PAGES][s][1] for s in site.by_slug},
            },
            files={} if apart else _export_files(exported(parts[EXPORT_PIECES], later=True)),
            edit_paths={render.source_page_path(d.source.slug): d.path for d in documents},
            later_files=later_files,
        )
    except BaseException:  # its process is not left writing into a folder no one will read
        if later_files is not None:
            later_files.close()
        raise


def _export_files(work: _Exports) -> dict[str, bytes]:
    """events.json, timelinejs.json, events.ics, the filters' data and the feed, of each source's export pieces:
    those not kept are made now, and kept."""
    shared, site = work.shared, work.shared.site
    todo = [slug for slug in work.names if slug not in work.kept]
    made = _make(shared, {EXPORT_PIECES: todo}, 1)[EXPORT_PIECES] if todo else {}
    _keep_made(shared.project, EXPORT_PIECES, work.names, made, later=work.later)
    kept = {**work.kept, **{slug: part.value for slug, part in made.items()}}
    pieces = {event: piece for slug in site.by_slug for event, piece in kept[slug].items()}
    exported = exports.export_files(
        (exports.Pieces(*pieces[event.id]) for event in site.events),
        title=work.site_name, subtitle=site.words.labels["timelinejs_cover"],
    )  # fmt: skip
    exported[render.FILTER_DATA] = render.filter_data(site, tuple(shared.plan.values()))
    exported[render.FEED] = exports.atom_feed(site, site_url=work.site_url, site_name=work.site_name,
                                              updated=work.updated)  # fmt: skip
    # bytes: the CRLF line ends RFC 5545 asks for stay exactly as written on every platform; each text let go of
    # once encoded
    return {name: exported.pop(name).encode("utf-8") for name in list(exported)}


def _keep_made(project: Project, kind: str, names: Mapping[str, str], made: Mapping[str, Any], *, later: bool) -> None:
    """The parts of a kind made now, kept under their keys (`names`: each part's), and the parts no longer made
    forgotten."""
    if made:
        project.cache.put_many(kind, {name: (names[name], part) for name, part in made.items()}, later=later)
        project.cache.drop_except(kind, names, later=later)


def own_text(project: Project, documents: Sequence[Document]) -> frozenset[str]:
    """The events an editor added or rewrote whose text their article does not contain: the newsroom's own text.

    Only the articles of sources with edited events are read; an event whose article is gone counts as own text.
    """
    own: set[str] = set()
    for document in documents:
        edited = [event for event in document.events if event.edited]
        if not edited:
            continue
        article = _article(project, document)
        own.update(event.id for event in edited if article is None or event.text not in article.text)
    return frozenset(own)


def _site_page(project: Project, path: str, made_of: str, make: Callable[[], str]) -> str:
    """A page showing every source, kept under the key of all it shows (its rows, besides the settings)."""
    kept = project.cache.get_many(SITE_PAGES, {path: made_of}, _is_text)
    if path in kept:
        return kept[path]
    page = make()
    project.cache.put_many(SITE_PAGES, {path: (made_of, page)})
    return page


def _timeline_key(
    key: Callable[..., str],
    sources: Mapping[str, str],
    own: frozenset[str],
    grouped: Mapping[str, str],
    page: render.TimelinePage,
) -> str:
    """A page of the timeline is made of its place and its events, known by id, by their source's hash, by whether
    their text is their source's and by their happening (`_happening_key`)."""
    events = repr([(sources[event.source], event.id, event.id in own, grouped.get(event.id)) for event in page.events])
    return key(page.path, page.title, repr(page.pager), events)


def _happening_key(site: render.Site, sources: Mapping[str, str], group: Sequence[str]) -> str:
    """What a card or export piece of a grouped event shows of its happening: its members, the lead first, and each
    member's source by its hash (the lead's card lists the others' reports, each export piece the happening's id).

    Keying each part by its own events' happenings, not by all groups, lets an edit that regroups one day make
    again only the parts that show that day's happenings."""
    return repr([(member, sources[site.event_of(member).source]) for member in group])


def _make(shared: _Shared, todo: Mapping[str, list[str]], jobs: int) -> dict[str, dict[str, Any]]:
    """The parts named in `todo` (kind → names), made here or, when there are many, in `jobs` processes.

    The site goes to each worker once, as it starts, not with each run of parts (36 MB pickled at 100,000
    events, 3 s to unpickle); the parts are cut into runs, about eight per process
    (`workers.in_runs`), this one among them.
    Before the workers start, this process makes the words (`Site.shown`) of the events the parts show, which an
    event's timeline card, source page, the cards of its happening and its export pieces all show: the workers
    inherit them, where each process made again the words of the events its parts shared with the others' (0.3 s
    of CPU at 1,000 articles × 20 events, about the time it takes to make them once). A build that remakes only
    some parts makes only their events' words.
    """
    parts = [(kind, name) for kind, names in todo.items() for name in names]
    workers = jobs if jobs > 1 and len(parts) >= POOL_MIN_PARTS else 1
    if workers > 1:
        for event in _events_shown(shared, todo):
            shared.site.shown(event)
    made: dict[str, dict[str, Any]] = {kind: {} for kind in todo}
    for kind, values in in_runs(_make_run, parts, workers, shared):
        made[kind] |= values
    return made


def _events_shown(shared: _Shared, todo: Mapping[str, list[str]]) -> Iterator[Event]:
    """The events whose words the parts to make show: a timeline page's, a source's (its page and its export pieces).
    A happening's other reports on a card are made where they are needed."""
    for kind, names in todo.items():
        if kind == TIMELINE_PAGES:
            for path in names:
                yield from shared.plan[path].events
        elif kind in (SOURCE_PAGES, EXPORT_PIECES):
            for slug in names:
                yield from shared.site.by_slug[slug].events


def _make_run(shared: _Shared, parts: Sequence[tuple[str, str]]) -> list[tuple[str, Mapping[str, Any]]]:
    """One run of parts, by kind and name, as plain data: the parts of each kind made together. A part the cache
    keeps comes `Encoded` for it, made where the part is made (in a worker, beside the others) rather than by the
    process that writes it."""
    made = (_make_kind(shared, kind, [name for _, name in run]) for kind, run in groupby(parts, key=itemgetter(0)))
    return [
        (kind, {name: cache.encoded(value) for name, value in values.items()} if kind in _VALID else values)
        for kind, values in made
    ]


def _make_kind(shared: _Shared, kind: str, names: Sequence[str]) -> tuple[str, Mapping[str, Any]]:
    """Parts of one kind, by name."""
    site = shared.site
    if kind == TIMELINE_PAGES:
        return kind, {path: _joined(*render.timeline_page_and_entries(site, shared.plan[path])) for path in names}
    if kind == SOURCE_PAGES:
        documents = (site.by_slug[slug] for slug in names)
        return kind, {
            d.source.slug: _joined(*render.source_page_and_entries(d, _article(shared.project, d), site=site))
            for d in documents
        }
    if kind == EXPORT_PIECES:
        happenings = shared.happenings
        sentence, label = (lambda event: site.shown(event).sentence), (lambda event: site.shown(event).label)
        pieces = {
            slug: exports.document_pieces(
                site.by_slug[slug], shared.stamp, site.timezone, happenings, sentence, site.words, label
            )
            for slug in names
        }
        # the fields in order, as plain values: `astuple` would copy each string deeply
        return kind, {
            slug: {event: [p.json, p.slide, p.vevent, p.zone, p.year] for event, p in found.items()}
            for slug, found in pieces.items()
        }
    return kind, review.find_days(shared.project, [site.by_slug[slug] for slug in names])


def _joined(page: str, entries: Sequence[Mapping[str, str]]) -> list[str | None]:
    """A page and its search entries as they are kept: the entries as the search index holds them."""
    return [page, search.joined(entries) if entries else None]


def _export_happenings(site: render.Site) -> dict[str, exports.Happening]:
    """Each grouped event's happening as the exports carry it: its id, and for its lead the other reports."""
    found = {}
    for event_id, group in site.happenings.items():
        lead = event_id == group[0]
        others = tuple((site.event_of(o), site.by_slug[site.event_of(o).source].source) for o in group[1:] if lead)
        found[event_id] = exports.Happening(decisions.happening_id(group), lead, others)
    return found


def _is_pieces(value: Any) -> bool:
    """An event id → [its events.json line, its slide or None, its VEVENT or None, its VEVENT's zone or None,
    the year of its times or None] for each event of a source."""
    return isinstance(value, dict) and all(
        isinstance(pieces, list)
        and len(pieces) == 5
        and isinstance(pieces[0], str)
        and all(piece is None or isinstance(piece, str) for piece in pieces[1:4])
        and (pieces[4] is None or type(pieces[4]) is int)
        for pieces in value.values()
    )


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_page_and_entries(value: Any) -> bool:
    """[a page's Markdown, its search entries as JSON objects joined by commas, or None]."""
    return (
        isinstance(value, list) and len(value) == 2 and isinstance(value[0], str)
        and (value[1] is None or _is_joined(value[1]))
    )  # fmt: skip


def _is_joined(entries: Any) -> bool:
    """Search entries as `search.joined` makes them: none, or JSON objects joined by commas (checked at the ends)."""
    return isinstance(entries, str) and (not entries or (entries.startswith("{") and entries.endswith("}")))


_VALID: Mapping[str, Callable[[Any], bool]] = {
    TIMELINE_PAGES: _is_page_and_entries,
    SOURCE_PAGES: _is_page_and_entries,
    EXPORT_PIECES: _is_pieces,
}


def _content_digests(project: Project) -> dict[str, str]:
    """Each content file (as documents name it) → the hash of it and its `.generated` base."""
    if not project.content_dir.is_dir():
        return {}
    folder = project.relative(project.content_dir)  # once: resolving every file's path costs more than hashing it
    return {f"{folder}/{path.name}": document_key(project, path) for path in content_files(project.content_dir)}


def _settings(
    edit_base: str | None,
    threshold: int,
    templates: Path,
    language: str,
    timezone: str | None,
    editors: bool,
    source_text: str,
) -> str:
    """Everything besides content that shapes the output: options, templates, language, Babel's data, the clock."""
    return cache.digest(
        edit_base,
        str(threshold),
        language,
        timezone,
        str(editors),
        source_text,
        _templates_key(templates),
        version("babel"),
        version("icalendar"),
        version("tzdata"),
        os.environ.get("SOURCE_DATE_EPOCH"),
    )


def _templates_key(templates: Path) -> str:
    """Read on every call, not once: `mkdocs serve` must see an edited template."""
    files = render.template_files(templates).items()
    return cache.digest(*(name + path.read_text(encoding="utf-8") for name, path in sorted(files)))


def _article(project: Project, document: Document) -> Source | None:
    """The article behind a content file, or None when it is gone (its page then lists the events only)."""
    path = project.readable_article(document.source.file)
    if path is None:
        return None
    return read_article(path, project.root, slug=document.source.slug)
