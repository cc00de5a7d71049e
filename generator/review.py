"""What needs an editor: sources without a publication day, and values the tagger could not settle.

For a source known only to the month, the candidate days come from the text
itself: tagged against each day of the month in turn, the text names that very
day more often on some days than on others (`donderdagochtend` only on
Thursdays; `vanmorgen` on every day, so it tells nothing).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from generator.articles import read_article
from generator.errors import InputError
from generator.model import Document, Source
from generator.project import Project
from generator.store import load_all
from generator.temporal import tag

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


def review_items(project: Project) -> tuple[ReviewItem, ...]:
    """Everything in content/ that needs an editor, source by source."""
    return tuple(item for document in load_all(project) for item in _document_items(project, document))


def _document_items(project: Project, document: Document) -> Iterator[ReviewItem]:
    source = document.source
    published = source.published
    if published is None:
        yield ReviewItem(
            "published",
            document.path,
            source.slug,
            "geen publicatiedatum, dus geen kandidaat-dagen: vul bij 'published' de dag van verschijnen in",
        )
    elif len(published) == len("2022-01"):
        yield _month_item(project, document, published)
    for event in document.events:
        if event.review or event.interval.start is None:
            yield ReviewItem(
                "event",
                document.path,
                source.slug,
                event.review or f"'{event.when}' is not fully known",
                event=event.id,
                expression=event.expression,
                when=event.when,
            )


def _month_item(project: Project, document: Document, month: str) -> ReviewItem:
    source = document.source
    try:
        days = candidate_days(read_article(project.root / source.file, project.root, slug=source.slug), month)
    except (OSError, InputError, ValueError) as error:  # no article, or no language data for it
        message = f"publicatiedatum alleen bekend tot op de maand {month}; de tekst kon niet worden doorzocht ({error})"
        return ReviewItem("published", document.path, source.slug, message)
    if days:
        message = f"publicatiedatum alleen bekend tot op de maand {month}; de tekst wijst op {', '.join(days)}"
    else:
        message = f"publicatiedatum alleen bekend tot op de maand {month}; de tekst zegt niet welke dag"
    return ReviewItem("published", document.path, source.slug, message, candidates=days)


def candidate_days(article: Source, month: str) -> tuple[str, ...]:
    """The days of `month` the article most often names as its own day when taken as written on that day.

    Empty when every day scores the same: then the text holds no clue.
    """
    year, number = (int(part) for part in month.split("-"))
    body = article.body_view()
    scores: dict[str, int] = {}
    for day in range(1, calendar.monthrange(year, number)[1] + 1):
        dct = dt.date(year, number, day).isoformat()
        scores[dct] = sum(timex.value[:10] == dct for timex in tag(body, dct, article.language))
    best = max(scores.values())
    return tuple(day for day, score in scores.items() if score == best) if best > min(scores.values()) else ()
