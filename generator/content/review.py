"""What needs an editor: sources without a publication day, and every event the machine is not sure of.

Items come source by source, each at its file and line: a source's missing or month-only
publication date first (its events wait for it), then its events most doubtful first
(their reasons' combined doubt, `model.DOUBT`), each with its reasons in the editors' words (`lang.messages`); the
sources themselves in the order of their most doubtful item. An event an editor confirmed
(`confirmed: true`) is settled and left out.

For a source known only to the month, the candidate days come from the text
itself: tagged against each day of the month in turn, the text names that very
day more often on some days than on others (`donderdagochtend` only on
Thursdays; `vanmorgen` on every day, so it tells nothing).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from generator.content.store import load_all
from generator.errors import InputError
from generator.lang import DEFAULT_LANGUAGE
from generator.lang.messages import Messages, messages
from generator.model import Document, Event, Source, SourceMeta, doubt_of
from generator.project import Project, UnsafePath
from generator.support import cache
from generator.temporal import Expressions
from generator.temporal.values import share_a_moment
from generator.text.articles import read_article

REVIEW_CACHE = "review"
DISAGREE = "disagree"  # the reason code of a report whose happening's other reports name another moment
ReviewKind = Literal["published", "event"]


@dataclass(frozen=True)
class ReviewItem:
    """One thing for an editor to settle, as plain data for the command line and the editors' page."""

    kind: ReviewKind  # "published": the source's publication date; "event": one event's value
    path: str  # the content file to edit
    source: str  # the source's slug
    message: str
    event: str | None = None  # the event's id, for kind "event"
    expression: str | None = None
    when: str | None = None
    candidates: tuple[str, ...] = ()  # for kind "published": the days the text points to
    line: int = 1  # where in `path` to look: the event's entry, or the source's `published:`
    reasons: tuple[str, ...] = ()  # for kind "event": the reason codes, most doubtful first
    confidence: str | None = None  # for kind "event": how sure the machine is (`model.Confidence`)


# Candidate days as kept: content file → (key, the days).
Days = dict[str, tuple[str, tuple[str, ...]]]
# A report of a disagreeing happening → the other reports, each with its source.
Others = dict[str, tuple[tuple[Event, SourceMeta], ...]]


def review_items(
    project: Project,
    documents: Sequence[Document] | None = None,
    found: Days | None = None,
    *,
    language: str = DEFAULT_LANGUAGE,
    happenings: Iterable[Sequence[str]] = (),
) -> tuple[ReviewItem, ...]:
    """Everything in content/ that needs an editor, source by source, in the words of `language` (the site's).

    `happenings` are the groups of event ids that report one happening (`content/happenings/`): each report of a
    group whose values share no moment is an item too, until an editor confirms it.

    `documents` is content/ already loaded (the site build has it), so it is not
    read twice. Candidate days, which resolve an article's expressions once per day
    of its month, are kept in `.kroniek-cache/` by the article's hash; `found`
    holds those `find_days` made in other processes.
    """
    documents = load_all(project) if documents is None else documents
    days = _kept_days(project, documents)
    before = dict(days)
    days |= found or {}
    say = messages(language)
    others = _disagreeing(documents, happenings)
    by_source = [
        sorted(_document_items(project, document, days, say, others), key=_doubt_order) for document in documents
    ]
    by_source = sorted((items for items in by_source if items), key=lambda items: _doubt_order(items[0]))
    changed = {name: (key, list(found)) for name, (key, found) in days.items() if before.get(name) != (key, found)}
    project.cache.put_many(REVIEW_CACHE, changed)
    return tuple(item for items in by_source for item in items)


def _doubt_order(item: ReviewItem) -> tuple[int, float]:
    """A source's publication date first (it settles all its events), then events, most likely wrong first: by their
    reasons' combined doubt (`model.doubt_of`); one with a value not fully known as doubtful as unknown parts.

    The sorts are stable: within one doubt, events keep the order of their lines, sources that of their files.
    """
    if item.kind == "published":
        return 0, 0.0
    return 1, -doubt_of(item.reasons or ("partial",))


def _kept_days(project: Project, documents: Sequence[Document]) -> Days:
    """The candidate days kept for these documents, whatever their key; an entry of another shape is left out."""
    def is_days(value: object) -> bool:
        return isinstance(value, list) and all(isinstance(day, str) for day in value)

    entries = project.cache.entries(REVIEW_CACHE, (document.path for document in documents), is_days)
    return {name: (key, tuple(days)) for name, (key, days) in entries.items()}


def _disagreeing(documents: Sequence[Document], happenings: Iterable[Sequence[str]]) -> Others:
    """Each event of a happening whose reports' values share no moment, with the happening's other reports."""
    by_id = {event.id: (event, document.source) for document in documents for event in document.events}
    found: Others = {}
    for members in happenings:
        reports = [by_id[member] for member in members if member in by_id]
        if len(reports) > 1 and not share_a_moment(event.interval for event, _ in reports):
            found |= {event.id: tuple(r for r in reports if r[0] is not event) for event, _ in reports}
    return found


def _document_items(
    project: Project, document: Document, days: Days, say: Messages, others: Others
) -> Iterator[ReviewItem]:
    source = document.source
    published = source.published
    if published is None:
        yield ReviewItem("published", document.path, source.slug, say("review.no_published"),
                         line=document.published_line)
    elif len(published) == len("2022-01"):
        yield _month_item(project, document, published, days, say)
    for event in sorted(document.events, key=lambda event: event.line):
        disagreeing = others.get(event.id, ())
        if event.confirmed or not (event.review or event.interval.start is None or disagreeing):
            continue
        notes = [say.reason(code, event.anchor) for code in event.review]
        if disagreeing:
            told = "; ".join(say("review.told", source=meta.title or meta.slug, when=e.when) for e, meta in disagreeing)
            notes.append(say("review.disagree", reports=told))
        message = "; ".join(notes)
        yield ReviewItem(
            "event",
            document.path,
            source.slug,
            message or say("review.not_known", when=event.when),
            event=event.id,
            expression=event.expression,
            when=event.when,
            line=event.line or 1,
            reasons=(*event.review, DISAGREE) if disagreeing else event.review,
            confidence=event.confidence if event.review else "medium" if disagreeing else "low",
        )


def _month_item(project: Project, document: Document, month: str, known: Days, say: Messages) -> ReviewItem:
    source, line = document.source, document.published_line
    try:
        days = _candidate_days(project, document, month, known)
    except (OSError, InputError, ValueError) as error:  # no article, or no language data for it
        message = say("review.month_only", month=month, detail=say("review.unsearchable", error=error))
        return ReviewItem("published", document.path, source.slug, message, line=line)
    detail = say("review.points_to", days=", ".join(days)) if days else say("review.no_clue")
    message = say("review.month_only", month=month, detail=detail)
    return ReviewItem("published", document.path, source.slug, message, candidates=days, line=line)


def _candidate_days(project: Project, document: Document, month: str, known: Days) -> tuple[str, ...]:
    """`candidate_days` of a document's article, from `known` when the article and the code are unchanged."""
    key = _days_key(project, document, month)
    if known.get(document.path, (None,))[0] != key:
        path = project.article_path(document.source.file)
        known[document.path] = (key, candidate_days(read_article(path, project.root, slug=document.source.slug), month))
    return known[document.path][1]


def _days_key(project: Project, document: Document, month: str) -> str:
    path = project.article_path(document.source.file)  # missing or unsafe: `review_items` says it was not searched
    return cache.key(project.cache.file_digest(path), month, document.source.slug)


def days_to_find(project: Project, documents: Sequence[Document]) -> list[str]:
    """The sources (slugs) known only to the month whose candidate days are not kept: the slow part of a review."""
    known = _kept_days(project, documents)
    wanted = []
    for document in documents:
        month = document.source.published
        if month is None or len(month) != len("2022-01"):
            continue
        try:
            if known.get(document.path, (None,))[0] != _days_key(project, document, month):
                wanted.append(document.source.slug)
        except (OSError, UnsafePath):  # no article, or one that may not be read: `review_items` says so
            continue
    return wanted


def find_days(project: Project, documents: Sequence[Document]) -> Days:
    """The candidate days of these documents' articles, as `review_items` keeps them: made apart, in a worker process.

    A document whose article cannot be read or tagged is left out: `review_items` then says why.
    """
    found: Days = {}
    for document in documents:
        try:
            _candidate_days(project, document, document.source.published or "", found)
        except (OSError, InputError, ValueError):
            continue
    return found


def candidate_days(article: Source, month: str) -> tuple[str, ...]:
    """The days of `month` the article most often names as its own day when taken as written on that day.

    Empty when every day scores the same: then the text holds no clue.
    """
    year, number = (int(part) for part in month.split("-"))
    expressions = Expressions(article.body_view(), article.language)  # found once, resolved per day
    scores: dict[str, int] = {}
    for day in range(1, calendar.monthrange(year, number)[1] + 1):
        dct = dt.date(year, number, day).isoformat()
        scores[dct] = sum(timex.value[:10] == dct for timex in expressions.tag(dct))
    best = max(scores.values())
    return tuple(day for day, score in scores.items() if score == best) if best > min(scores.values()) else ()
