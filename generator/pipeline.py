"""The extract stage end to end: article files → tagged events → `content/<slug>.yml`.

Each step is its own module; this one only strings them together and collects
what went wrong per file, so one bad article never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator import store
from generator.articles import find_articles, read_article, unique_slugs
from generator.errors import InputError
from generator.events import make_events, order_events
from generator.model import Event, Source, SourceMeta
from generator.progress import progress
from generator.project import Project
from generator.sentences import sentence_spans
from generator.temporal import tag

HEADLINE_MAX_CHARS = 90


@dataclass(frozen=True)
class ExtractReport:
    outcomes: tuple[tuple[str, str], ...]  # (content file, "created" | "updated" | "unchanged")
    errors: tuple[InputError, ...]


def extract(project: Project, paths: Iterable[Path] | None = None) -> ExtractReport:
    """Extract every article named (default: all of `seeds/`) into the content folder."""
    files = find_articles(paths or [project.seeds_dir])
    names = {path: project.relative(path) for path in files}
    # Slugs are decided among all articles, so extracting a few never takes another one's content file.
    everyone = {project.relative(path) for path in find_articles([project.seeds_dir])} | set(names.values())
    slugs = unique_slugs(everyone)
    outcomes: list[tuple[str, str]] = []
    errors: list[InputError] = []
    for path in progress(files, len(files), "extract"):
        try:
            source = read_article(path, project.root, slug=slugs[names[path]])
            events = source_events(source, reference_date(project, source))
            outcome = store.save(project, source_meta(source), events)
        except InputError as error:
            errors.append(error)
            continue
        except ValueError as error:  # e.g. a language the tagger has no data for
            errors.append(InputError(names[path], str(error)))
            continue
        outcomes.append((project.relative(project.content_dir / f"{source.slug}.yml"), outcome))
    return ExtractReport(tuple(outcomes), tuple(errors))


def source_events(source: Source, dct: str | None) -> tuple[Event, ...]:
    """Tag a source against its publication date and make its events, in timeline order."""
    return order_events(make_events(source, tag(source.body_view(), dct, source.language)))


def reference_date(project: Project, source: Source) -> str | None:
    """The reference date to tag with: an editor's `published` where one changed it, else the article's own.

    Only a value that differs from what the machine last wrote counts as the
    editor's, so a corrected date in the article still reaches an untouched file.
    """
    ours = store.editor_source(project, source.slug)
    if ours is None:
        return source.published
    base = store.machine_source(project, source.slug)
    return ours.published if base is None or ours.published != base.published else source.published


def source_meta(source: Source) -> SourceMeta:
    """What the machine knows of a source; an editor's corrections are merged in by the store."""
    return SourceMeta(
        slug=source.slug,
        file=source.path,
        title=source.title or headline(source),
        published=source.published,
        url=source.url,
        publisher=source.publisher,
        language=source.language,
        timezone=source.timezone,
    )


def headline(source: Source) -> str:
    """A stand-in title for an article without one: its first sentence, cut at a word."""
    block = source.blocks[0]
    start, end = sentence_spans(source.text, block.start, block.end, source.language)[0]
    sentence = source.text[start:end]
    if len(sentence) <= HEADLINE_MAX_CHARS:
        return sentence
    return sentence[:HEADLINE_MAX_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
