"""`kroniek check`: every problem in content files, each at the line an editor must fix.

Three layers: the YAML must parse (a syntax error is named where the editor made it,
`mistakes`), the tree must fit the JSON Schema (`generator/content/schema/source.schema.json`,
shared with editors' IDEs), and the values must make sense: dates that exist, spans that point
at the expression in the article, ids used once, parts of day that agree with clock times.
Every message is the editors' language's (`lang/<code>/messages.yaml`, the site's language).

Errors stop a build; warnings do not: a `when` its own expression and the publication date
do not allow (`vannacht` as the night after publication) is worth a second look, no more.
A `when` written in words (`5 januari 2022`) is an error that `kroniek check --fix` mends.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import jsonschema_rs

from generator.content import store
from generator.content.store import content_entries, irregular, read_text
from generator.content.when import editor_value
from generator.content.yamlfast import Read
from generator.errors import InputError, printable
from generator.lang import DEFAULT_LANGUAGE
from generator.lang.messages import Messages, messages
from generator.model import TRUSTED_READINGS, Document, Interval
from generator.project import SAFE_NAME, Project, UnsafePath
from generator.support import cache as results
from generator.support.snapshot import Snapshot
from generator.support.workers import in_runs, usable_cpus
from generator.support.zones import unknown_zone
from generator.temporal import Expressions
from generator.temporal.language import known as known_language
from generator.temporal.language import load as load_language
from generator.temporal.values import interval
from generator.text.articles import CONTROL_CHARACTERS, decode, read_capped

# The calendar parts of a TIMEX3 value, checked against the calendar.
_DATE_PARTS = re.compile(
    r"(?P<year>\d{4})(?:-(?:W(?P<week>\d{2})|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?"
)
_DAY_WITH_TIME = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})T(?P<time>.+)")
# Fields of prose, which may hold what an article's text holds (tabs, line breaks: a Markdown paragraph spans lines).
PROSE_FIELDS = frozenset({"title", "publisher", "text", "expression", "context"})
# Any other field is one line: a line break in `url` or `id` would start a line of its own in events.ics.
_LINE_BREAKS = re.compile(r"[\t\n\v\f\r\x85\u2028\u2029]")
CHECK_CACHE = "check"
# Fewer files to check than this are checked in this process (see `_check_each`): two processes on two CPUs
# check 100 files no faster than one (0.16 s).
POOL_MIN_FILES = 200
WHEN_SCHEMA = "#/$defs/event/properties/when"

Fields = Mapping[str, Any]  # a mapping of a content file's plain values
Severity = Literal["error", "warning", "notice"]  # a notice only informs (`kroniek list --since`)
# A file found clean on its own, as kept: (the key of its bytes and the language, [its article file, the article's
# hash, its ids in order with their line and column, its warnings as [line, column, message]]).
Clean = tuple[str, list[Any]]


@dataclass(frozen=True)
class Problem:
    """One thing to fix (an error) or to look at again (a warning), at a 1-based line and column of a content file."""

    path: str
    line: int
    column: int
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return printable(f"{self.path}:{self.line}:{self.column}: {self.message}")

    def labelled(self, say: Messages) -> str:
        """The problem as `check` prints it: a warning says it is one."""
        if self.severity == "error":
            return str(self)
        return printable(f"{self.path}:{self.line}:{self.column}: {say('severity.warning')}: {self.message}")

    def github(self) -> str:
        """The problem as a GitHub Actions annotation on the file's line."""
        where = f"file={_escape(self.path, True)},line={self.line},col={self.column}"
        return f"::{self.severity} {where}::{_escape(self.message)}"


def errors(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that stop a build."""
    return [problem for problem in problems if problem.severity == "error"]


def _escape(text: str, is_property: bool = False) -> str:
    """Text for a workflow command: GitHub's own escapes (a line break is one in the annotation), then what
    else a terminal acts on written out, since CI logs are shown in one."""
    text = printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))
    return text.replace(":", "%3A").replace(",", "%2C") if is_property else text


def check_content(project: Project, paths: Iterable[Path] | None = None, jobs: int | None = None) -> list[Problem]:
    """The problems of every content file (default: all of `content/`), file by file, line by line."""
    return check_files(project, files_to_check(project, paths), jobs)


def check_and_load(project: Project, jobs: int | None = None) -> tuple[list[Problem], tuple[Document, ...]]:
    """The problems of every content file, and the documents of a project without errors (else none), by slug.

    Each file is parsed once: the documents of the files checked are those
    the check made of them; the others (found clean before) come from
    `store.load_all`, from its cache or parsed there.
    """
    loaded = load_checked(project, jobs)
    return list(loaded.problems), loaded.documents


@dataclass(frozen=True)
class FilePart:
    """A clean content file's share of `load_checked`, with the snapshot's entries of what it was made of."""

    made_of: tuple[Any, ...]  # the `lstat` (`Snapshot`) of the file, its `.generated` base and its article
    problems: tuple[Problem, ...]  # its warnings
    ids: tuple[tuple[str, int, int], ...]
    key: str  # `store.document_key`
    article_key: str  # `Project.article_digest` of its article
    document: Document


@dataclass(frozen=True)
class Loaded:
    """What `load_checked` found: the problems, the documents of a project without errors, and each clean file's
    part, which the next call takes again while the file, its base and its article are as they were."""

    problems: tuple[Problem, ...]
    documents: tuple[Document, ...]
    parts: Mapping[str, FilePart]  # content file's name → its part; none without a snapshot


def load_checked(
    project: Project,
    jobs: int | None = None,
    now: Snapshot | None = None,
    before: Loaded | None = None,
    *,
    keep_apart: bool = False,
) -> Loaded:
    """`check_and_load`; with `now`, a snapshot of content/ and seeds/ taken before any file was read, each file's
    part is kept, and a part of `before` is taken again while `now` finds its files as they were. With
    `keep_apart`, the documents parsed now are kept by a process of their own (`store.load_keyed`'s `apart`).

    A dirty build of `kroniek serve` so checks and loads only the files a save changed, and
    confirms the others by one comparison each instead of hashing them. Ids used twice are
    found among all files every time.
    """
    named = [(path, project.relative(path)) for path in files_to_check(project)]
    reused = _reusable(project, named, now, before)
    own, parsed = _check_own(project, [item for item in named if item[1] not in reused], jobs)
    own |= {name: (part.problems, part.ids) for name, part in reused.items()}
    problems = tuple(_with_duplicates(project, [name for _, name in named], own))
    if errors(problems):
        return Loaded(problems, (), {})
    # A checked file's document is taken under the key of the bytes the check read: not hashed again here.
    checked_keys = {name: key for name, (key, _) in parsed.items()}
    fresh = store.load_keyed(
        project, checked_keys, parsed, names={name for _, name in named} - reused.keys(),
        apart=keep_apart,
    )  # fmt: skip
    parts = dict(reused)
    if now is not None:
        paths = {name: path for path, name in named}
        parts |= {
            name: FilePart(
                _made_of(project, now, paths[name], doc.source.file),
                *own[name],
                key,
                project.article_digest(doc.source.file),
                doc,
            )
            for name, (key, doc) in fresh.items()
        }
    documents = [doc for _, doc in fresh.values()] + [part.document for part in reused.values()]
    return Loaded(problems, tuple(sorted(documents, key=lambda document: Path(document.path).stem)), parts)


def _reusable(
    project: Project, named: list[tuple[Path, str]], now: Snapshot | None, before: Loaded | None
) -> dict[str, FilePart]:
    """The parts of `before` whose files `now` finds as they were: regular files, in folders of the same kinds."""
    if now is None or before is None or not before.parts:
        return {}
    reused = {}
    for path, name in named:
        part = before.parts.get(name)
        if part is not None and part.made_of == _made_of(project, now, path, part.document.source.file):
            reused[name] = part
    return reused


def _made_of(project: Project, now: Snapshot, path: Path, article: str) -> tuple[Any, ...]:
    """The snapshot's entries of a content file, its base and its article, and the kinds of the folders they are
    in; (None,) when the file or its article is not a regular file there, or the base is something else."""
    content_dir, name = os.path.split(path)
    folders = (content_dir, os.path.join(content_dir, store.GENERATED_DIR), str(project.seeds_dir))
    files = (str(path), os.path.join(folders[1], name), os.path.join(project.root, article))
    kinds = tuple(found and stat.S_IFMT(found[0]) for found in map(now.files.get, folders))
    content, base, source = map(now.files.get, files)
    if not (content and stat.S_ISREG(content[0]) and source and stat.S_ISREG(source[0])):
        return (None,)
    return (*kinds, content, base, source) if base is None or stat.S_ISREG(base[0]) else (None,)


def check_files(project: Project, files: Iterable[Path], jobs: int | None = None) -> list[Problem]:
    """The problems of these content files; an id used in two of them is reported at the second.

    A file found clean on its own before is not checked again while it, its
    article and Kroniek's code are unchanged (`.kroniek-cache/`): an editor's
    change touches one file of thousands. Only its ids are taken, to
    find ids used twice. The others are checked in `jobs` processes (default:
    `usable_cpus()`); ids used twice are found afterwards, in file order, so
    the problems are the same for any `jobs`.
    """
    named = [(path, project.relative(path)) for path in files]
    return list(_with_duplicates(project, [name for _, name in named], _check_own(project, named, jobs)[0]))


Own = tuple[tuple["Problem", ...], tuple[tuple[str, int, int], ...]]  # a file's own problems, and its ids


def _check_own(
    project: Project, named: list[tuple[Path, str]], jobs: int | None
) -> tuple[dict[str, Own], dict[str, tuple[str, Document]]]:
    """Each file's own problems and ids (name → Own), and the documents (name → (`store.document_key`, Document))
    of the clean files it read."""
    kept = project.cache.entries(CHECK_CACHE, (name for _, name in named), _is_clean)
    cached = [_unchanged(project, path, kept.get(name)) for path, name in named]
    clean: dict[str, Clean] = {}
    work = [item for item, entry in zip(named, cached, strict=True) if entry is None]
    fresh = iter(_check_each(project, work, usable_cpus() if jobs is None else jobs))
    own: dict[str, Own] = {}
    documents: dict[str, tuple[str, Document]] = {}
    for (_, name), entry in zip(named, cached, strict=True):
        if entry is not None:
            ids, kept_warnings = entry
            found = tuple(Problem(name, line, column, message, "warning") for line, column, message in kept_warnings)
            own[name] = (found, tuple(tuple(i) for i in ids))
        else:
            checked = next(fresh)
            own[name] = (checked.problems, checked.ids)
            if checked.clean is not None:
                clean[name] = checked.clean
            if checked.document is not None:
                documents[name] = checked.document
    project.cache.put_many(CHECK_CACHE, clean)
    return own, documents


def _with_duplicates(project: Project, names: list[str], own: Mapping[str, Own]) -> Iterator[Problem]:
    """Each file's own problems and its ids used before (in an earlier file or itself), in file order, line by
    line: a schema problem before its duplicate."""
    first_ids: dict[str, str] = {}  # id → where it was first used
    for name in names:
        problems, ids = own[name]
        found = [*problems, *_duplicate_ids(name, ids, first_ids, project.messages)]
        yield from sorted(found, key=lambda problem: (problem.line, problem.column))


@dataclass(frozen=True)
class FileCheck:
    """One content file checked on its own, as a worker process sends it back."""

    problems: tuple[Problem, ...]  # all but ids used before: those depend on the other files
    ids: tuple[tuple[str, int, int], ...]  # (id, line, column) of each event's id, in file order
    clean: Clean | None  # the cache entry, when the file has no problems of its own
    document: tuple[str, Document] | None  # (`store.document_key`, `store.document`) of a clean file


def _unchanged(project: Project, path: Path, entry: Clean | None) -> tuple[list[Any], list[Any]] | None:
    """The ids and warnings of a file found clean before, if the file, its base, its article, the language and the
    code are as they were."""
    if entry is None or irregular(path, path.name):  # a FIFO put where a clean file or its base was would hang
        return None
    base = project.cache.file_digest(store.generated_path(path))
    if entry[0] != _clean_key(project, project.cache.file_digest(path), base):
        return None
    article, article_digest, ids, warnings = entry[1]
    return (ids, warnings) if project.article_digest(article) == article_digest else None


def _clean_key(project: Project, content_digest: str, base_digest: str) -> str:
    """What a clean file's entry depends on: its bytes, its base's (which events editors touched), and the language
    its warnings are worded in (and the code)."""
    return results.key(content_digest, base_digest, project.language)


def _is_clean(value: Any) -> bool:
    """Whether a value read from the cache has the shape of a clean file's: anything else is a miss."""
    if not (isinstance(value, list) and len(value) == 4 and all(isinstance(part, str) for part in value[:2])):
        return False

    def placed(found: Any, text_at: int) -> bool:  # an id [text, line, column], a warning [line, column, text]
        if not (isinstance(found, list) and len(found) == 3 and isinstance(found[text_at], str)):
            return False
        return all(type(part) is int for index, part in enumerate(found) if index != text_at)

    return (
        isinstance(value[2], list) and all(placed(found, 0) for found in value[2])
        and isinstance(value[3], list) and all(placed(found, 2) for found in value[3])
    )


def _check_each(project: Project, work: list[tuple[Path, str]], jobs: int) -> list[FileCheck]:
    """`check_file` over (path, name) pairs, in order: here, or in `jobs` processes when there are enough files.

    Below `POOL_MIN_FILES`, starting the workers (each loading the tagger's
    language data again) costs more than it saves. Else this process checks runs of files too, beside
    `jobs - 1` workers forked after it loaded what every check needs: its share is not sent back.
    """
    if jobs <= 1 or len(work) < POOL_MIN_FILES:
        return [check_file(project, path, name) for path, name in work]
    load_language(DEFAULT_LANGUAGE)  # inherited by the workers, not loaded again in each
    _validator()
    _when_validator()
    return list(in_runs(_check_run, work, jobs, project))


def _check_run(project: Project, work: list[tuple[Path, str]]) -> list[FileCheck]:
    return [check_file(project, path, name) for path, name in work]


def check_file(project: Project, path: Path, name: str) -> FileCheck:
    """One content file on its own: every problem but ids used in another file or twice, which `check_files` adds."""
    say = project.messages
    if not SAFE_NAME.fullmatch(path.name):
        return FileCheck((Problem(name, 1, 1, say("check.file_name", name=path.name)),), (), None, None)
    refused = irregular(path, name, say)
    if refused is not None:
        return FileCheck((Problem(refused.path, 1, 1, refused.message),), (), None, None)
    try:
        text = read_text(path, name, say)
        loaded = store.read(text, name, say)
    except InputError as error:
        return FileCheck((Problem(name, error.line or 1, error.column or 1, error.message),), (), None, None)
    except OSError as error:
        return FileCheck((Problem(name, 1, 1, say("yaml.unreadable", reason=error.strerror)),), (), None, None)
    try:
        base, broken = store.machine_base(path, name, loaded, text, say), ()
    except InputError as error:  # the base (or the file itself, when they are one text) has the wrong shape
        base, broken = None, (Problem(error.path, error.line or 1, error.column or 1, error.message),)
    # a base as this project's extraction recorded it: its events are the machine's own reading
    recorded = base is not None and project.cache.recorded(base_path := store.generated_path(path)) == (
        project.cache.file_digest(base_path)
    )
    problems = (*_file_problems(project, loaded, name, say, base=base, recorded=recorded), *broken)
    ids = tuple(_ids(loaded))
    if errors(problems):
        return FileCheck(problems, ids, None, None)
    content_digest = results.digest(text.encode("utf-8"))
    article = loaded.values["source"]["file"]
    warnings = [[problem.line, problem.column, problem.message] for problem in problems]
    clean = (
        _clean_key(project, content_digest, project.cache.file_digest(store.generated_path(path))),
        [article, project.article_digest(article), [list(i) for i in ids], warnings],
    )
    try:
        document = store.document(path, name, text, loaded, base, say)
    except InputError:  # not a document after all: `load_all` reports it where it always did
        return FileCheck(problems, ids, clean, None)
    return FileCheck(problems, ids, clean, (store.document_key(project, path, content_digest), document))


def editor_errors(project: Project, text: str, name: str) -> list[Problem]:
    """The errors of a content file's text that its editors made, before anything is merged into it.

    What the file says about its article (spans that no longer hold their expression after the
    article changed) is left out: extraction refreshes that. Ids used twice within the file count.
    """
    say = project.messages
    try:
        loaded = store.read(text, name, say)
    except InputError as error:
        return [Problem(name, error.line or 1, error.column or 1, error.message)]
    found = [*_file_problems(project, loaded, name, say, article=False, warnings=False)]
    found += _duplicate_ids(name, _ids(loaded), {}, say)
    return sorted(errors(found), key=lambda problem: (problem.line, problem.column))


def _ids(loaded: Read) -> Iterator[tuple[str, int, int]]:
    """Each event's id with its line and column, in file order; where the rules look."""
    values = loaded.values
    events = values.get("events") if isinstance(values, dict) else None
    for event in events if isinstance(events, list) else ():
        if isinstance(event, dict) and isinstance(event.get("id"), str):
            yield event["id"], *loaded.position(event, "id")


def _duplicate_ids(
    name: str, ids: Iterable[tuple[str, int, int]], first_ids: dict[str, str], say: Messages
) -> Iterator[Problem]:
    """Each id already in `first_ids` (an earlier file's, or this one's), at its second use; the others are added."""
    for identifier, line, column in ids:
        if identifier in first_ids:
            yield Problem(name, line, column, say("check.duplicate_id", id=identifier, first=first_ids[identifier]))
        else:
            first_ids[identifier] = f"{name}:{line}"


def files_to_check(project: Project, paths: Iterable[Path] | None = None) -> list[Path]:
    """The content files named, or found in the folders named (default: `content/`)."""
    if paths is None:
        return content_entries(project.content_dir) if project.content_dir.is_dir() else []
    found: list[Path] = []
    for path in paths:
        found.extend(content_entries(path) if path.is_dir() and not path.is_symlink() else [path])
    return found


def _file_problems(
    project: Project,
    loaded: Read,
    name: str,
    say: Messages,
    *,
    article: bool = True,
    warnings: bool = True,
    base: store.Base | None = None,
    recorded: bool = False,
) -> Iterator[Problem]:
    """The problems of one file's values, but for ids used twice; with `article`, those against the article too.

    With `warnings`, an event an editor changed since its `base` (or one without a base) whose `when` does not
    fit its expression gets a warning; the machine's own events carry their doubt in `review:` instead. With a
    `recorded` base (as this project's extraction wrote it), its events are not read against their expressions
    again either.
    """
    yield from (Problem(name, *place, message) for place, message in _schema_problems(loaded, say))
    yield from _rule_problems(project, loaded, name, say, article, warnings, base, recorded)


def _rule_problems(
    project: Project,
    loaded: Read,
    name: str,
    say: Messages,
    article: bool,
    warnings: bool,
    base: store.Base | None,
    recorded: bool,
) -> Iterator[Problem]:
    """The problems the schema cannot see, on whatever shape the values have."""
    values, where = loaded.values, loaded.position
    if not isinstance(values, dict):
        return
    source = values.get("source")
    source = source if isinstance(source, dict) else {}
    yield from _control_problems(name, values, where, say)
    text, problems = _article(project, source, name, where, say) if article else (None, [])
    yield from problems
    published = list(_date_problem(name, source, "published", where, say))
    yield from published
    yield from _zone_problem(name, source, where, say)
    language, problems = _language(source, name, where, say)
    yield from problems
    known = source.get("published") if warnings and not published else None
    events = values.get("events")
    for event in events if isinstance(events, list) else ():
        if isinstance(event, dict):
            untouched = base is not None and base.untouched(event, source)
            yield from _event_problems(
                name, event, text, language, where, say, None if untouched else known, machine=untouched and recorded
            )


# -- schema ---------------------------------------------------------------------------------------------------------


@cache
def _schema() -> dict[str, Any]:
    return json.loads(resources.files("generator").joinpath("content/schema/source.schema.json").read_text("utf-8"))


def schema_with_help(say: Messages) -> dict[str, Any]:
    """The content schema with the help an editor's IDE shows for each field, in the editors' language.

    The help is `help` of the messages: the schema Kroniek checks with holds none, so a second
    language is a data file. `patternErrorMessage` is what VS Code's YAML extension shows under a
    value without its field's form (an annotation to any other validator).
    """
    shipped = _schema()
    schema = {key: shipped[key] for key in ("$schema", "$id")}
    schema |= {"title": say.help["document_title"], "description": say.help["document"]}
    schema |= json.loads(json.dumps({key: value for key, value in shipped.items() if key not in schema}))
    schema["properties"]["events"]["description"] = say.help["events"]
    for name, definition in schema["$defs"].items():
        definition["description"] = say.help[name]
        _field_help(definition, say)
    return schema


def _field_help(part: dict[str, Any], say: Messages) -> None:
    """The help of each field of `part`, and of the fields of the blocks in its lists (an event's `mentions`)."""
    for field, inner in part.get("properties", {}).items():
        if field in say.help:
            inner["description"] = say.help[field]
        if field in say.help_pattern:
            inner["patternErrorMessage"] = say.help_pattern[field]
        _field_help(inner, say)
    items = part.get("items")
    if isinstance(items, dict):
        _field_help(items, say)


@cache
def _validator() -> jsonschema_rs.Validator:
    """The schema compiled once: checking a valid file takes a few microseconds, not jsonschema's millisecond."""
    return jsonschema_rs.Draft202012Validator(_schema())


def is_timex(value: Any) -> bool:
    """Whether a `when` has the form of a TIMEX3 value (the schema's pattern): what `check --fix` leaves alone."""
    return _when_validator().is_valid(value)


@cache
def _when_validator() -> jsonschema_rs.Validator:
    return jsonschema_rs.Draft202012Validator(_subschema(tuple(WHEN_SCHEMA.removeprefix("#/").split("/"))))


def _subschema(path: Iterable[str | int]) -> Any:
    """The part of the schema at a path of its keys (the validator's `schema_path`, references resolved)."""
    schema: Any = _schema()
    for part in path:
        schema = schema[part]
    return schema


def _schema_problems(loaded: Read, say: Messages) -> Iterator[tuple[tuple[int, int], str]]:
    """Each schema error of a file's values at the value it is about, in words an editor acts on."""
    values = loaded.values
    if _validator().is_valid(values):
        return
    for error in _validator().iter_errors(values):
        path = list(error.instance_path)
        if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.FalseSchema) and path and isinstance(path[-1], int):
            path.pop()  # an item past `prefixItems`: the list is what is too long
        parent, key = _node(values, path)
        yield from _explained(error, parent, key, loaded, say)


def _node(values: Any, path: list[Any]) -> tuple[Any, Any]:
    """The parent value and key of a JSON path in the values; (values, None) for the root."""
    if not path:
        return values, None
    parent = values
    for key in path[:-1]:
        parent = parent[key]
    return parent, path[-1]


def _explained(
    error: jsonschema_rs.ValidationError, parent: Any, key: Any, loaded: Read, say: Messages
) -> Iterator[tuple[tuple[int, int], str]]:
    kinds = jsonschema_rs.ValidationErrorKind
    node = parent if key is None else parent[key]
    field = f"'{key}'" if isinstance(key, str) else say("schema.this_value")
    kind, instance = error.kind, error.instance
    schema = _subschema(error.schema_path[:-1])
    where = loaded.position(parent, key)
    if isinstance(kind, kinds.AdditionalProperties):
        allowed = ", ".join(sorted(schema.get("properties", {})))
        for extra in (name for name in node if name not in schema.get("properties", {})):
            yield loaded.key_position(node, extra), say("schema.unknown_field", name=extra, allowed=allowed)
    elif isinstance(kind, kinds.Required):
        yield where, say("schema.missing_field", name=kind.property)
    elif isinstance(kind, kinds.Type) and _is_number(instance) and "string" in kind.types:
        yield where, say("schema.number", field=field, value=instance)
    elif instance is None or (isinstance(kind, kinds.MinItems | kinds.MinLength) and kind.limit == 1):
        yield where, say("schema.empty", field=field, what=say.help.get(key, say("schema.a_value")))
    elif isinstance(kind, kinds.Pattern) and key == "when" and "/when/" in f"/{'/'.join(map(str, error.schema_path))}/":
        yield where, _unreadable_when(instance, say)
    elif isinstance(kind, kinds.Pattern):
        yield where, say("schema.not_pattern", field=field, value=instance, what=say.help.get(key, ""))
    elif isinstance(kind, kinds.FalseSchema):
        if error.instance_path[-1] == len(schema.get("prefixItems", ())):  # once, at the first item too many
            limit = len(schema.get("prefixItems", ()))
            yield where, say("schema.too_many", field=field, limit=limit, extra=len(node) - limit)
    else:
        yield where, _message(error, schema, field, say)


def _unreadable_when(value: str, say: Messages) -> str:
    """A `when` that is no TIMEX3 value: the value to write instead, when the tagger reads the editor's words."""
    canonical = editor_value(value, say.code)
    if canonical is None:
        return say("check.not_timex", value=value)
    return say("check.fixable", value=value, canonical=canonical)


def _message(error: jsonschema_rs.ValidationError, schema: Mapping[str, Any], field: str, say: Messages) -> str:
    """The error in the editors' words (Python's notation for values), or the validator's own detail."""
    kinds, kind, instance = jsonschema_rs.ValidationErrorKind, error.kind, error.instance
    if isinstance(kind, kinds.Type):  # the types in the schema's order
        types = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
        named = say("schema.or").join(say(f"schema.types.{name}") for name in types)
        return say("schema.wrong_type", field=field, value=repr(instance), types=named)
    if isinstance(kind, kinds.Enum):
        options = ", ".join(str(option) for option in kind.options if option is not None)
        return say("schema.not_one_of", field=field, value=instance, options=options)
    if isinstance(kind, kinds.MinItems | kinds.MinLength):
        return say("schema.too_short", field=field, value=repr(instance))
    if isinstance(kind, kinds.MaxItems | kinds.MaxLength):
        return say("schema.too_long", field=field, value=repr(instance))
    if isinstance(kind, kinds.Minimum):
        return say("schema.too_small", field=field, value=instance, limit=kind.limit)
    return say("schema.other", field=field, detail=error.message)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# -- rules ----------------------------------------------------------------------------------------------------------


Where = Callable[..., tuple[int, int]]  # (mapping, key=None) → line and column: `Read.position`


def _article(
    project: Project, source: Fields, name: str, where: Where, say: Messages
) -> tuple[str | None, list[Problem]]:
    """The decoded text of the article `file:` names, or the problem at `file:` why there is none."""
    file = source.get("file")
    if not isinstance(file, str):
        return None, []
    try:
        return decode(read_capped(project.article_path(file), file), file), []
    except UnsafePath as error:
        message = say("check.article_unsafe", file=file, reason=error)
    except FileNotFoundError:
        message = say("check.article_missing", file=file)
    except InputError as error:
        message = say("check.article_unreadable", file=file, reason=error)
    except OSError as error:  # a folder (`file: ''` names the project root), no permission, ...
        message = say("check.article_unreadable", file=file, reason=error.strerror)
    return None, [Problem(name, *where(source, "file"), message)]


def _control_problems(
    name: str, node: Any, where: Where, say: Messages, field: str | None = None
) -> Iterator[Problem]:
    """Each string holding a control character (or, outside prose, a line break), at its value.

    Such a character would reach a terminal raw (an escape sequence) or start a
    line of its own in events.ics (`url: "...\\r\\nATTACH:..."`).
    """
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        inner = key if isinstance(key, str) else field
        if isinstance(value, str):
            found = CONTROL_CHARACTERS.search(value) or (inner not in PROSE_FIELDS and _LINE_BREAKS.search(value))
            if found:
                what = say("check.line_break" if _LINE_BREAKS.fullmatch(found.group()) else "check.control_character")
                code = f"{ord(found.group()):04X}"
                yield Problem(name, *where(node, key), say("check.control", field=inner, what=what, code=code))
        else:
            yield from _control_problems(name, value, where, say, inner)


def _language(source: Fields, name: str, where: Where, say: Messages) -> tuple[str | None, list[Problem]]:
    """The source's language if the tagger knows it (else None, and the problem at `language:`)."""
    language = source.get("language", "nl")
    if not isinstance(language, str):
        return None, []
    if known_language(language) is None:
        return None, [Problem(name, *where(source, "language"), say("check.language", code=language))]
    return language, []


def _zone_problem(name: str, source: Fields, where: Where, say: Messages) -> Iterator[Problem]:
    """A `timezone:` that names no zone of the time zone database: its clock times could not be placed."""
    value = source.get("timezone")
    if isinstance(value, str) and unknown_zone(value):
        yield Problem(name, *where(source, "timezone"), say("check.timezone", value=value))


def _date_problem(name: str, node: Fields, key: str, where: Where, say: Messages) -> Iterator[Problem]:
    value = node.get(key)
    if isinstance(value, str):
        reason = impossible_date(value)
        if reason:
            yield Problem(name, *where(node, key), say(f"check.{reason[0]}", field=key, value=value, **reason[1]))


@lru_cache(maxsize=8192)
def impossible_date(value: str) -> tuple[str, Mapping[str, Any]] | None:
    """Why the calendar parts of a TIMEX3 value do not exist (`2022-02-30`, `2022-13`, `2021-W54`), or None.

    The reason is a message key under `check.` and its fields (to read, not change: they are kept per value,
    since a check asks about the same few thousand values again and again).
    """
    match = _DATE_PARTS.match(value)
    if not match:
        return _past_the_calendar(value)
    parts = {key: int(part) for key, part in match.groupdict().items() if part is not None}
    year = parts["year"]
    if year < dt.MINYEAR:
        return "no_year_0", {}
    if "week" in parts and not 1 <= parts["week"] <= dt.date(year, 12, 28).isocalendar().week:
        return "no_week", {"year": year}
    if "month" in parts and not 1 <= parts["month"] <= 12:
        return "no_month", {}
    if "day" in parts and not 1 <= parts["day"] <= calendar.monthrange(year, parts["month"])[1]:
        return "no_day", {}
    if "hour" in parts and not (parts["hour"] <= 23 and parts["minute"] <= 59):
        return "no_time", {}
    return _past_the_calendar(value)


def _past_the_calendar(value: str) -> tuple[str, dict[str, Any]] | None:
    """Why a value whose parts exist still has no place (`9999-12-31` ends in the year 10000), or None."""
    span = interval(value)
    if "X" not in value and span.precision is not None and span.start is None:
        return "past_calendar", {}
    return None


def _event_problems(
    name: str,
    event: Fields,
    article: str | None,
    language: str | None,
    where: Where,
    say: Messages,
    published: Any = None,
    *,
    machine: bool = False,
) -> Iterator[Problem]:
    """An event's problems; with a `published` day, also a warning when its `when` is implausible and no editor
    confirmed it (`confirmed: true`: the editor has decided).

    A `machine` event (as a base this project's extraction recorded has it) is not read against its expression
    again: the machine wrote its `when` from that very expression, and tagging it anew was a sixth of a first
    build's check. A base from anywhere else (a pull request's) is no evidence of that.

    One pass: what the rules ask of `when` (its form, whether its day exists, where it stands) is found once.
    """
    found = [*_date_problem(name, event, "when", where, say), *_date_problem(name, event, "anchor", where, say)]
    when, when_at = event.get("when"), where(event, "when")
    # Else the schema has said what is wrong with its form, or `_date_problem` with its day.
    on_calendar = isinstance(when, str) and _when_validator().is_valid(when) and not impossible_date(when)
    if on_calendar and interval(when).precision is None:  # `2022-Q1`, `P3D`: it would sit among the unplaced events
        found.append(Problem(name, *when_at, say("check.not_placeable", value=when)))
    mentions = event.get("mentions")
    mentions = [m for m in mentions if isinstance(m, dict)] if isinstance(mentions, list) else []
    for mention in mentions:
        found += _date_problem(name, mention, "value", where, say)
    if article is not None:
        found += _span_problems(name, event, "span", article, where, say)
        found += _span_problems(name, event, "sentence", article, where, say)
        for mention in mentions:
            found += _span_problems(name, mention, "span", article, where, say)
    expression = event.get("expression")
    if language and on_calendar and isinstance(expression, str) and not machine:
        conflict = time_of_day_conflict(when, expression, language, say)
        if conflict:
            found.append(Problem(name, *when_at, conflict))
        elif _unsettled(event, published) and not any(p.line == when_at[0] for p in found):
            doubt = implausible(event, published, language, say)
            if doubt:
                found.append(Problem(name, *when_at, doubt, "warning"))
    yield from found


def _unsettled(event: Fields, published: Any) -> bool:
    """Whether an event's `when` is still open to a plausibility warning: there is a publication day to read its
    expression against, and no editor confirmed it (`confirmed: true`: the value is theirs, decided)."""
    return isinstance(published, str) and event.get("confirmed") is not True


def _span_problems(
    name: str, event: Fields, key: str, article: str, where: Where, say: Messages
) -> Iterator[Problem]:
    pair = event.get(key)
    if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(n, int) and n >= 0 for n in pair)):
        return  # the schema has said what is wrong
    start, end = pair
    place = where(event, key)
    if start > end:
        yield Problem(name, *place, say("check.span_reversed", field=key, start=start, end=end))
    elif end > len(article):
        yield Problem(name, *place, say("check.span_beyond", field=key, start=start, end=end, length=len(article)))
    elif key == "span" and isinstance(event.get("expression"), str) and article[start:end] != event["expression"]:
        words = {"found": article[start:end], "expression": event["expression"]}
        yield Problem(name, *place, say("check.span_mismatch", start=start, end=end, **words))


def time_of_day_conflict(when: str, expression: str, language: str = "nl", say: Messages | None = None) -> str | None:
    """Why a `when` with a time of day contradicts the time of day its expression names, or None.

    The expression is tagged on its own against the day of `when`; each time of
    day it names (a part of day or a clock time) must overlap `when` on that
    day or a neighbouring one, since a night runs past midnight.
    """
    own = _DAY_WITH_TIME.fullmatch(when)
    if not own:
        return None
    target = interval(when)
    day = dt.date.fromisoformat(own["date"])
    try:
        found = _expressions(expression, language).tag(own["date"])
    except OverflowError:  # `morgenochtend` on 9999-12-31: a day the calendar lacks contradicts nothing
        return None
    for timex in found:
        implied = _DAY_WITH_TIME.fullmatch(timex.value)
        if not implied:
            continue
        placed = [interval(f"{neighbour}T{implied['time']}") for neighbour in _neighbours(day)]
        if not any(_overlap(option, target) for option in placed):
            say = say or messages(DEFAULT_LANGUAGE)
            return say("check.time_of_day", value=when, words=timex.text, hours=_clock(placed[1]))
    return None


@lru_cache(maxsize=4096)
def _expressions(text: str, language: str) -> Expressions:
    """The expressions of a text, found once: finding them is most of tagging, and a check reads the same
    expressions (`vannacht`, `om 10.30 uur`) in event after event, each resolved against its own day."""
    return Expressions(text, language)


def implausible(event: Fields, published: str, language: str, say: Messages) -> str | None:
    """Why an event's `when` cannot be what its expression says in an article of `published`, or None.

    The machine's reading is the tagger's, of the expression within its sentence (tense decides
    `donderdag`), against the publication day. Only a reading it is sure of counts: none it doubts
    (but a direction read from the tense of the expression's own clause is sure enough;
    `model.TRUSTED_READINGS`), with unknown parts or for another span, and none when it finds nothing.
    A reading that overlaps `when` in time agrees with it (`2022-01-06` with `2022-01-06TEV`).
    """
    when, expression = event["when"], event["expression"]
    if "X" in when:
        return None
    sentence, start = _in_sentence(event, expression)
    try:
        found = Expressions(sentence, language).tag(published)
    except (OverflowError, ValueError):
        return None
    end = start + len(expression)
    readings = [timex for timex in found if timex.start < end and start < timex.end]
    if len(readings) != 1:
        return None
    reading = readings[0]
    doubted = reading.review is not None and reading.review not in TRUSTED_READINGS
    if doubted or reading.type not in ("DATE", "TIME") or "X" in reading.value:
        return None
    own, theirs = interval(when), interval(reading.value)
    if None in (own.start, theirs.start) or _overlap(own, theirs):
        return None
    return say("check.implausible", value=when, expression=expression, published=published, reading=reading.value)


def _in_sentence(event: Fields, expression: str) -> tuple[str, int]:
    """The sentence to read an expression in (the event's `text` when it holds it, else the expression alone), and
    where the expression starts in it: at its place in the article's sentence when the offsets say so."""
    text = event.get("text")
    if not isinstance(text, str) or expression not in text:
        return expression, 0
    span, sentence = event.get("span"), event.get("sentence")
    if _is_pair(span) and _is_pair(sentence):
        offset = span[0] - sentence[0]
        if text[offset : offset + len(expression)] == expression:
            return text, offset
    return text, text.index(expression)


def _is_pair(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(type(n) is int for n in value)


def _neighbours(day: dt.date) -> tuple[dt.date, dt.date, dt.date]:
    """The day before, the day and the day after; the day itself where the calendar ends (0001-01-01, 9999-12-31)."""
    before = day - dt.timedelta(days=1) if day > dt.date.min else day
    after = day + dt.timedelta(days=1) if day < dt.date.max else day
    return before, day, after


def _overlap(a: Interval, b: Interval) -> bool:
    if None in (a.start, a.end, b.start, b.end):
        return True  # nothing to contradict
    return a.start < b.end and b.start < a.end


def _clock(span: Interval) -> str:
    """The hours of an interval as an editor reads them: `06:00–12:00`, or `21:00` for a clock time."""
    start, end = span.start or "", span.end or ""
    return start[11:16] if span.precision == "minute" else f"{start[11:16]}–{end[11:16]}"
