"""The extract stage end to end: article files → tagged events → `content/<slug>.yml`.

Each step is its own module; this one only strings them together and collects
what went wrong per file, so one bad article never stops the others.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.content import store
from generator.content.check import editor_errors, schema_with_help
from generator.errors import PAST_THE_CALENDAR, BadValue, InputError, fault
from generator.happenings import decisions as happenings
from generator.model import Document, Event, Source, SourceMeta
from generator.project import Project, UnsafePath
from generator.support import cache
from generator.support.atomic import remove_stray_temporaries, write_atomic
from generator.support.progress import progress
from generator.support.snapshot import Snapshot
from generator.support.workers import in_processes
from generator.temporal import tag
from generator.text.articles import find_articles, read_article, unique_slugs
from generator.text.events import make_events, order_events
from generator.text.sentences import sentence_spans

HEADLINE_MAX_CHARS = 90
EXTRACT_CACHE = "extract"
GROUPED_CACHE = "grouped"  # the groups' file → the key of the content files and groups files it was grouped from
# Where each content file's first line points editors' IDEs (store.SCHEMA_COMMENT): in the project itself.
PROJECT_SCHEMA = Path("schema") / "source.schema.json"
HAPPENINGS_SCHEMA = Path("schema") / "happenings.schema.json"  # what content/happenings/happenings.yml names


class LeftAlone(InputError):
    """The errors editors made in a content file, which extraction therefore left byte for byte as it was: one
    error per place, in the file as the editors have it, and last what to do."""

    def __init__(self, errors: tuple[InputError, ...]) -> None:
        first = errors[0]
        super().__init__(first.path, first.message, first.line, first.column)
        self.errors = errors

    def __reduce__(self) -> tuple:
        return (type(self), (self.errors,))


@dataclass(frozen=True)
class ExtractReport:
    outcomes: tuple[tuple[str, str], ...]  # (content file, "created" | "updated" | "unchanged")
    errors: tuple[InputError, ...]
    warnings: tuple[InputError, ...] = ()  # articles extracted, but with a guess to check (their encoding)
    happenings: tuple[str, str] | None = None  # (the groups' file, its outcome) once grouped


def extract(
    project: Project, paths: Iterable[Path] | None = None, jobs: int = 1, slugs: Mapping[str, str] | None = None
) -> ExtractReport:
    """Extract every article named (default: all of `seeds/`) into the content folder.

    `slugs` (article name → slug) are every article's, when the caller knows them (`Seen`): else
    they are decided here among all articles of `seeds/`.

    `jobs` > 1 extracts in that many processes; each writes only its own
    source's files, and results are gathered in input order, so the outcome is
    the same as with one.
    """
    write_schema(project)
    for folder in (project.content_dir, project.content_dir / store.GENERATED_DIR):
        remove_stray_temporaries(folder)
    files = find_articles(paths or [project.seeds_dir])
    names = {path: project.relative(path) for path in files}
    # Slugs are decided among all articles, so extracting a few never takes another one's content file.
    if slugs is None or not slugs.keys() >= set(names.values()):
        articles = {project.relative(path) for path in find_articles([project.seeds_dir])}
        slugs = unique_slugs(articles | set(names.values()))
    everyone = set(slugs)  # every article's name: grouping knows all were looked at when each has a state
    outcomes: list[tuple[str, str]] = []
    errors: list[InputError] = []
    warnings: list[InputError] = []
    # article name → (key of the state after its last extraction, the signatures of its files as then hashed)
    done = project.cache.entries(EXTRACT_CACHE, names.values(), _is_signatures)
    project.cache.trust(signature for _, signatures in done.values() for signature in signatures)
    work = [(project, path, slugs[names[path]], names[path], done.get(names[path], (None,))[0]) for path in files]
    finished: dict[str, tuple[str, list[list[Any]]]] = {}  # article name → its record, where it changed
    fresh: dict[str, Fresh] = {}  # content file → the source as just extracted, where the file is exactly that
    states: dict[str, str] = {}  # article name → the key of its files as this run left them
    try:
        for item, (result, key, warned, made, signatures) in zip(work, progress(_run(work, jobs), len(work), "extract"),
                                                                 strict=True):
            warnings.extend(warned)
            if made is not None and not isinstance(result, InputError):
                fresh[result[0]] = made
            if isinstance(result, InputError):
                errors.extend(result.errors if isinstance(result, LeftAlone) else (result,))
            else:
                outcomes.append(result)
            if key is not None:
                states[item[3]] = key
            if key is not None and (key, signatures) != done.get(item[3]):
                finished[item[3]] = (key, signatures)
    finally:  # an interrupted run keeps what it finished
        project.cache.put_many(EXTRACT_CACHE, finished)
    grouped = group_happenings(project, errors, warnings, fresh, states if set(states) == everyone else None)
    return ExtractReport(tuple(outcomes), tuple(errors), tuple(warnings), grouped)


def group_happenings(
    project: Project,
    errors: list[InputError],
    warnings: list[InputError],
    fresh: Mapping[str, Fresh] | None = None,
    states: Mapping[str, str] | None = None,
) -> tuple[str, str] | None:
    """Group the reports of one happening across every source (`happenings.decisions`), once all are extracted.

    `fresh` gives the sources just extracted whose content file is exactly the machine's output (and no id was
    carried over into it, `merge.carried_ids`): they are not parsed again. When no content file and neither groups
    file changed since the last grouping, nothing is done: `states` (every article → the key of its files after
    this run, `_unchanged_key`) tells without hashing the content files again. When a content file cannot be read,
    the groups are left as they are: grouping without that file's events would drop the editors' decisions about
    them. Returns (the file, its outcome), None when not grouped.
    """
    path = happenings.happenings_path(project)
    name = project.relative(path)
    try:
        files = store.content_files(project.content_dir) if project.content_dir.is_dir() else []
        names = [project.relative(file) for file in files]
        key = _grouped_key(project, names, files, states)
        if project.cache.get_many(GROUPED_CACHE, {name: key}):
            return name, "unchanged"
        fresh = fresh or {}
        if all(file in fresh for file in names):
            documents = tuple(Document(file, *fresh[file]) for file in names)
        else:
            documents = store.load_all(project)
    except InputError:
        warnings.append(InputError(name, project.messages("happenings.not_grouped")))
        return None
    try:
        outcome, refused = happenings.update(project, documents)
    except OSError as error:
        errors.append(_unwritable(project, error, name))
        return None
    errors.extend(refused)
    if refused:
        return None
    project.cache.put_many(GROUPED_CACHE, {name: (_grouped_key(project, names, files, states), True)})
    return name, outcome


def _grouped_key(project: Project, names: list[str], files: list[Path], states: Mapping[str, str] | None) -> str:
    """What a grouping depends on: every content file (by its article's state, or its bytes) and both groups files."""
    groups = (happenings.happenings_path(project), happenings.base_path(project))
    contents = sorted(states.items()) if states is not None else map(project.cache.file_digest, files)
    return cache.key(*names, *(str(part) for part in contents), *map(project.cache.file_digest, groups))


def write_schema(project: Project) -> None:
    """The content schema of this Kroniek, with its help in the site's language, and the groups file's schema,
    written into the project where they differ, so that the `$schema` line of every content file resolves in any
    checkout, however Kroniek was installed."""
    help_text = json.dumps(schema_with_help(project.messages), ensure_ascii=False, indent=2) + "\n"
    _write_if_changed(project, PROJECT_SCHEMA, help_text.encode("utf-8"))
    groups = (Path(store.__file__).parent / "schema" / HAPPENINGS_SCHEMA.name).read_bytes()
    _write_if_changed(project, HAPPENINGS_SCHEMA, groups)


def _write_if_changed(project: Project, name: Path, content: bytes) -> None:
    """A file of the project (by its path from the root) written where it holds other bytes, or an `InputError`."""
    target = project.root / name
    try:
        if not target.is_file() or target.read_bytes() != content:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, content)
    except OSError as error:
        raise _unwritable(project, error, name.as_posix()) from None


def _unwritable(project: Project, error: OSError, name: str) -> InputError:
    """A file Kroniek could not write (or read), named as the project names it: not a traceback."""
    where = project.relative(Path(error.filename)) if error.filename else name
    return InputError(where, f"cannot write here: {error.strerror or error}")


Fresh = tuple[SourceMeta, tuple[Event, ...]]  # a source as just extracted, when its content file is exactly that
Work = tuple[Project, Path, str, str, str | None]  # project, article, slug, its name, its key when last done
# (content file, outcome) or the error, its key, warnings, and its events when the file holds the machine's output
Outcome = tuple[tuple[str, str] | InputError, str | None, tuple[InputError, ...], "Fresh | None"]
Result = tuple[*Outcome, list[list[Any]]]  # and the signatures of its files as hashed (`Cache.signatures`)


def _run(work: list[Work], jobs: int) -> Iterator[Result]:
    """`extract_one` over the work, in order: here, or in a pool of `jobs` processes."""
    return in_processes(extract_one, work, jobs)


def extract_one(project: Project, path: Path, slug: str, name: str, done: str | None = None) -> Result:
    """One article into its content file: ((content file, outcome) or the error that stopped it, cache key, ...).

    Skipped as "unchanged" when its key equals `done`: the article, its content
    file, its `.generated` base and Kroniek's code are exactly as they were
    after the last extraction. The key returned describes the files as left, and
    the signatures those files had as they were hashed come with it, for the next
    run to trust (`Cache.trust`).
    """
    outcome = _extracted(project, path, slug, name, done)
    content = store.content_path(project, slug)
    files = (path, content, store.generated_path(content))
    return *outcome, project.cache.signatures(files) if outcome[1] is not None else []


def _extracted(project: Project, path: Path, slug: str, name: str, done: str | None) -> Outcome:
    try:
        project.article_path(name)  # a content file may name only a safe, regular file inside seeds/
    except UnsafePath as error:
        return InputError(name, str(error)), None, (), None
    except FileNotFoundError:
        pass  # `read_article` says so in the words of any file it cannot read
    content = store.content_path(project, slug)
    warnings: list[InputError] = []
    try:
        key = _unchanged_key(project, path, content, slug, name)
        if key == done:
            return (project.relative(content), "unchanged"), key, (), None
        refused = left_alone(project, content)
        if refused is not None:
            return refused, None, (), None
        source = read_article(path, project.root, slug=slug, warnings=warnings)
        events = source_events(source, reference_date(project, source))
        meta = source_meta(source)
        outcome, own = store.write_source(project, meta, events)
        fresh = (meta, events) if own else None
    except InputError as error:
        return error, None, tuple(warnings), None
    except BadValue as error:  # a language the tagger has no data for, a time zone that is none
        return InputError(name, str(error)), None, tuple(warnings), None
    except OverflowError:  # `morgen` from a publication date of 9999-12-31
        return InputError(name, PAST_THE_CALENDAR), None, tuple(warnings), None
    except OSError as error:  # a full disk, a file where content/.generated should be, no permission
        return _unwritable(project, error, name), None, tuple(warnings), None
    except Exception as error:  # a fault of Kroniek's on this article: named, and the others go on
        return InputError(name, fault(error)), None, tuple(warnings), None
    key = _unchanged_key(project, path, content, slug, name)
    return (project.relative(content), outcome), key, tuple(warnings), fresh


def _is_signatures(value: Any) -> bool:
    """Whether a value read from the cache has the shape of `Cache.signatures`: anything else is a miss."""
    return isinstance(value, list) and all(
        isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str) and isinstance(entry[2], str)
        and isinstance(entry[1], list) and all(type(part) is int for part in entry[1])
        for entry in value
    )  # fmt: skip


def left_alone(project: Project, content: Path) -> LeftAlone | None:
    """The errors editors made in a content file (`check`'s, but for what depends on the article), if any.

    Such a file is not merged into: it stays byte for byte as the editors left it, so that
    every error is named at the line they typed and the file does not change under them.
    A file the editors never changed is the machine's and is not checked.
    """
    if not content.exists():
        return None
    say, name = project.messages, project.relative(content)
    base = store.generated_path(content)
    text = store.read_text(content, name, say)
    if base.exists() and store.read_text(base, project.relative(base), say) == text:
        return None
    problems = editor_errors(project, text, name)
    if not problems:
        return None
    found = tuple(InputError(p.path, p.message, p.line, p.column) for p in problems)
    return LeftAlone((*found, InputError(name, say("extract.left_alone", count=len(found)))))


def _unchanged_key(project: Project, article: Path, content: Path, slug: str, name: str) -> str:
    """Everything an extraction's result depends on: the files' bytes, the slug, the name and the code."""
    files = (project.cache.file_digest(p) for p in (article, content, store.generated_path(content)))
    return cache.key(*files, slug, name)


@dataclass(frozen=True)
class Seen:
    """The articles and content files as a dirty build of `kroniek serve` found them (`snapshot`), and the articles
    among them with their slugs, kept while no article is added or gone: a save touches one file of thousands."""

    files: Snapshot
    articles: tuple[Path, ...]  # `find_articles` of seeds/
    slugs: Mapping[str, str]  # article name → slug, decided among all articles


def snapshot(project: Project, before: Seen | None = None) -> Seen:
    """The `lstat` of every article and content file (and `.generated` base), and the articles with their slugs:
    those of `before` when the entries of seeds/ are the same and of the same kinds."""
    folders = [project.seeds_dir, project.content_dir, project.content_dir / store.GENERATED_DIR]
    files = Snapshot.of(folders, walk=project.seeds_dir)
    if before is not None and _seeds_kinds(project, before.files) == _seeds_kinds(project, files):
        return Seen(files, before.articles, before.slugs)
    articles = tuple(find_articles([project.seeds_dir]))
    return Seen(files, articles, unique_slugs(project.relative(path) for path in articles))


def _seeds_kinds(project: Project, files: Snapshot) -> dict[str, int]:
    """Each entry found in seeds/ → its kind (file, folder, link ...): what `find_articles` lists depends on."""
    folder, inside = str(project.seeds_dir), os.path.join(project.seeds_dir, "")
    kinds = files.files.items()
    return {path: stat.S_IFMT(found[0]) for path, found in kinds if path.startswith(inside) or path == folder}


def changed_articles(project: Project, before: Seen, now: Seen) -> list[Path]:
    """The articles to extract again when the files were `before` and are `now`: those added or changed, and those
    whose content file or `.generated` base changed (or went); what `kroniek serve` extracts after a save."""
    changed = now.files.changed(before.files)
    if not changed:
        return []
    inside = os.path.join(project.seeds_dir, "")
    stems = {Path(path).stem for path in changed if not path.startswith(inside)}
    return [
        path for path in now.articles if str(path) in changed or now.slugs[project.relative(path)] in stems
    ]


def source_events(source: Source, dct: str | None) -> tuple[Event, ...]:
    """Tag a source against its publication date and make its events, in timeline order."""
    return order_events(make_events(source, tag(source.body_view(), dct, source.language), dct))


def reference_date(project: Project, source: Source) -> str | None:
    """The reference date to tag with: an editor's `published` where one changed it, else the article's own.

    Only a value that differs from what the machine last wrote counts as the
    editor's, so a corrected date in the article still reaches an untouched file.
    """
    ours, base = store.sources(project, source.slug)
    if ours is None:
        return source.published
    return ours.published if base is None or ours.published != base.published else source.published


def source_meta(source: Source) -> SourceMeta:
    """What the machine knows of a source; an editor's corrections are merged in by the store."""
    return SourceMeta(
        slug=source.slug,
        file=source.path,
        title=source.title or stand_in_title(source),
        published=source.published,
        url=source.url,
        publisher=source.publisher,
        language=source.language,
        timezone=source.timezone,
    )


def stand_in_title(source: Source) -> str:
    """A stand-in title for an article without one: its first sentence, cut at a word."""
    block = source.blocks[0]
    start, end = sentence_spans(source.text, block.start, block.end, source.language)[0]
    sentence = source.text[start:end]
    if len(sentence) <= HEADLINE_MAX_CHARS:
        return sentence
    return sentence[:HEADLINE_MAX_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
