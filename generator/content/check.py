"""`kroniek check`: every problem in content files, each at the line an editor must fix.

Three layers: the YAML must parse, the tree must fit the JSON Schema
(`generator/content/schema/source.schema.json`, shared with editors' IDEs), and the
values must make sense: dates that exist, spans that point at the expression in
the article, ids used once, parts of day that agree with clock times.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema_rs

from generator.content import store
from generator.content.store import content_entries, irregular, read_text
from generator.content.yamlfast import Read
from generator.errors import InputError, printable
from generator.model import Document, Interval
from generator.project import SAFE_NAME, SAFE_NAME_RULE, Project, UnsafePath
from generator.support import cache as results
from generator.support.workers import in_processes, usable_cpus
from generator.support.zones import unknown_zone
from generator.temporal import tag
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
# A file found clean on its own, as kept: (the key of its bytes, [its article file, the article's hash, its ids in
# order with their line and column]).
Clean = tuple[str, list[Any]]


@dataclass(frozen=True)
class Problem:
    """One thing to fix, at a 1-based line and column of a content file."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return printable(f"{self.path}:{self.line}:{self.column}: {self.message}")

    def github(self) -> str:
        """The problem as a GitHub Actions annotation on the file's line."""
        return f"::error file={_escape(self.path, True)},line={self.line},col={self.column}::{_escape(self.message)}"


def _escape(text: str, is_property: bool = False) -> str:
    """Text for a workflow command: GitHub's own escapes (a line break is one in the annotation), then what
    else a terminal acts on written out, since CI logs are shown in one."""
    text = printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))
    return text.replace(":", "%3A").replace(",", "%2C") if is_property else text


def check_content(project: Project, paths: Iterable[Path] | None = None, jobs: int | None = None) -> list[Problem]:
    """The problems of every content file (default: all of `content/`), file by file, line by line."""
    return check_files(project, files_to_check(project, paths), jobs)


def check_and_load(project: Project, jobs: int | None = None) -> tuple[list[Problem], tuple[Document, ...]]:
    """The problems of every content file, and the documents of a project without any (else none), by slug.

    Each file is parsed once: the documents of the files checked are those
    the check made of them; the others (found clean before) come from
    `store.load_all`, from its cache or parsed there.
    """
    problems, parsed = _check(project, files_to_check(project), jobs)
    if problems:
        return problems, ()
    return problems, store.load_all(project, parsed=parsed)


def check_files(project: Project, files: Iterable[Path], jobs: int | None = None) -> list[Problem]:
    """The problems of these content files; an id used in two of them is reported at the second.

    A file found clean on its own before is not checked again while it, its
    article and Kroniek's code are unchanged (`.kroniek-cache/`): an editor's
    change touches one file of thousands. Only its ids are taken, to
    find ids used twice. The others are checked in `jobs` processes (default:
    `usable_cpus()`); ids used twice are found afterwards, in file order, so
    the problems are the same for any `jobs`.
    """
    return _check(project, files, jobs)[0]


def _check(
    project: Project, files: Iterable[Path], jobs: int | None
) -> tuple[list[Problem], dict[str, tuple[str, Document]]]:
    """`check_files`, and the documents (name → (`store.document_key`, Document)) of the clean files it read."""
    named = [(path, project.relative(path)) for path in files]
    kept = project.cache.entries(CHECK_CACHE, (name for _, name in named), _is_clean)
    cached = [_unchanged(project, path, kept.get(name)) for path, name in named]
    clean: dict[str, Clean] = {}
    work = [item for item, entry in zip(named, cached, strict=True) if entry is None]
    fresh = iter(_check_each(project, work, usable_cpus() if jobs is None else jobs))
    problems: list[Problem] = []
    documents: dict[str, tuple[str, Document]] = {}
    first_ids: dict[str, str] = {}  # id → where it was first used
    for (_, name), entry in zip(named, cached, strict=True):
        if entry is not None:
            own, ids = (), entry
        else:
            checked = next(fresh)
            own, ids = checked.problems, checked.ids
            if checked.clean is not None:
                clean[name] = checked.clean
            if checked.document is not None:
                documents[name] = checked.document
        found = [*own, *_duplicate_ids(name, ids, first_ids)]  # a schema problem at an id comes before its duplicate
        problems.extend(sorted(found, key=lambda problem: (problem.line, problem.column)))
    project.cache.put_many(CHECK_CACHE, clean)
    return problems, documents


@dataclass(frozen=True)
class FileCheck:
    """One content file checked on its own, as a worker process sends it back."""

    problems: tuple[Problem, ...]  # all but ids used before: those depend on the other files
    ids: tuple[tuple[str, int, int], ...]  # (id, line, column) of each event's id, in file order
    clean: Clean | None  # the cache entry, when the file has no problems of its own
    document: tuple[str, Document] | None  # (`store.document_key`, `store.document`) of a clean file


def _unchanged(project: Project, path: Path, entry: Clean | None) -> list[Any] | None:
    """The ids of a file found clean before, if the file, its article and the code are as they were."""
    if entry is None or irregular(path, path.name):  # a FIFO put where a clean file was would hang the hashing
        return None
    if entry[0] != results.key(project.cache.file_digest(path)):
        return None
    article, article_digest, ids = entry[1]
    return ids if project.article_digest(article) == article_digest else None


def _is_clean(value: Any) -> bool:
    """Whether a value read from the cache has the shape of a clean file's: anything else is a miss."""
    if not (isinstance(value, list) and len(value) == 3 and all(isinstance(part, str) for part in value[:2])):
        return False
    return isinstance(value[2], list) and all(
        isinstance(found, list) and len(found) == 3 and isinstance(found[0], str)
        and type(found[1]) is int and type(found[2]) is int
        for found in value[2]
    )


def _check_each(project: Project, work: list[tuple[Path, str]], jobs: int) -> list[FileCheck]:
    """`check_file` over (path, name) pairs, in order: here, or in `jobs` processes when there are enough files.

    Below `POOL_MIN_FILES`, starting the workers (each loading the tagger's
    language data again) costs more than it saves.
    """
    calls = [(project, path, name) for path, name in work]
    return list(in_processes(check_file, calls, jobs if len(work) >= POOL_MIN_FILES else 1))


def check_file(project: Project, path: Path, name: str) -> FileCheck:
    """One content file on its own: every problem but ids used in another file or twice, which `check_files` adds."""
    if not SAFE_NAME.fullmatch(path.name):
        message = f"the file name '{path.name}' may hold only {SAFE_NAME_RULE}: rename the file"
        return FileCheck((Problem(name, 1, 1, message),), (), None, None)
    refused = irregular(path, name)
    if refused is not None:
        return FileCheck((Problem(refused.path, 1, 1, refused.message),), (), None, None)
    try:
        text = read_text(path, name)
        loaded = store.read(text, name)
    except InputError as error:
        return FileCheck((Problem(name, error.line or 1, error.column or 1, error.message),), (), None, None)
    except OSError as error:
        return FileCheck((Problem(name, 1, 1, f"cannot read the file: {error.strerror}"),), (), None, None)
    problems = tuple(_file_problems(project, loaded, name))
    ids = tuple(_ids(loaded))
    if problems:
        return FileCheck(problems, ids, None, None)
    content_digest = results.digest(text.encode("utf-8"))
    article = loaded.values["source"]["file"]
    clean = (results.key(content_digest), [article, project.article_digest(article), [list(i) for i in ids]])
    try:
        document = store.document(path, name, text, loaded)
    except InputError:  # not a document after all: `load_all` reports it where it always did
        return FileCheck((), ids, clean, None)
    return FileCheck((), ids, clean, (store.document_key(project, path, content_digest), document))


def _ids(loaded: Read) -> Iterator[tuple[str, int, int]]:
    """Each event's id with its line and column, in file order; where the rules look."""
    values = loaded.values
    events = values.get("events") if isinstance(values, dict) else None
    for event in events if isinstance(events, list) else ():
        if isinstance(event, dict) and isinstance(event.get("id"), str):
            yield event["id"], *loaded.position(event, "id")


def _duplicate_ids(name: str, ids: Iterable[tuple[str, int, int]], first_ids: dict[str, str]) -> Iterator[Problem]:
    """Each id already in `first_ids` (an earlier file's, or this one's), at its second use; the others are added."""
    for identifier, line, column in ids:
        if identifier in first_ids:
            yield Problem(name, line, column, f"duplicate id '{identifier}': first used at {first_ids[identifier]}")
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


def _file_problems(project: Project, loaded: Read, name: str) -> Iterator[Problem]:
    """The problems of one file's values, but for ids used twice."""
    yield from (Problem(name, *place, message) for place, message in _schema_problems(loaded))
    yield from _rule_problems(project, loaded, name)


def _rule_problems(project: Project, loaded: Read, name: str) -> Iterator[Problem]:
    """The problems the schema cannot see, on whatever shape the values have."""
    values, where = loaded.values, loaded.position
    if not isinstance(values, dict):
        return
    source = values.get("source")
    source = source if isinstance(source, dict) else {}
    yield from _control_problems(name, values, where)
    article, problems = _article(project, source, name, where)
    yield from problems
    yield from _date_problem(name, source, "published", where)
    yield from _zone_problem(name, source, where)
    language, problems = _language(source, name, where)
    yield from problems
    events = values.get("events")
    for event in events if isinstance(events, list) else ():
        if isinstance(event, dict):
            yield from _event_problems(name, event, article, language, where)


# -- schema ---------------------------------------------------------------------------------------------------------


@cache
def _schema() -> dict[str, Any]:
    return json.loads(resources.files("generator").joinpath("content/schema/source.schema.json").read_text("utf-8"))


@cache
def _validator() -> jsonschema_rs.Validator:
    """The schema compiled once: checking a valid file takes a few microseconds, not jsonschema's millisecond."""
    return jsonschema_rs.Draft202012Validator(_schema())


@cache
def _when_validator() -> jsonschema_rs.Validator:
    return jsonschema_rs.Draft202012Validator(_subschema(tuple(WHEN_SCHEMA.removeprefix("#/").split("/"))))


def _subschema(path: Iterable[str | int]) -> Any:
    """The part of the schema at a path of its keys (the validator's `schema_path`, references resolved)."""
    schema: Any = _schema()
    for part in path:
        schema = schema[part]
    return schema


def _schema_problems(loaded: Read) -> Iterator[tuple[tuple[int, int], str]]:
    """Each schema error of a file's values at the value it is about, in words an editor acts on."""
    values = loaded.values
    if _validator().is_valid(values):
        return
    for error in _validator().iter_errors(values):
        path = list(error.instance_path)
        if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.FalseSchema) and path and isinstance(path[-1], int):
            path.pop()  # an item past `prefixItems`: the list is what is too long
        parent, key = _node(values, path)
        yield from _explained(error, parent, key, loaded)


def _node(values: Any, path: list[Any]) -> tuple[Any, Any]:
    """The parent value and key of a JSON path in the values; (values, None) for the root."""
    if not path:
        return values, None
    parent = values
    for key in path[:-1]:
        parent = parent[key]
    return parent, path[-1]


def _explained(
    error: jsonschema_rs.ValidationError, parent: Any, key: Any, loaded: Read
) -> Iterator[tuple[tuple[int, int], str]]:
    kinds = jsonschema_rs.ValidationErrorKind
    node = parent if key is None else parent[key]
    field = f"'{key}'" if isinstance(key, str) else "this value"
    kind, instance = error.kind, error.instance
    schema = _subschema(error.schema_path[:-1])
    where = loaded.position(parent, key)
    if isinstance(kind, kinds.AdditionalProperties):
        allowed = set(schema.get("properties", {}))
        for extra in (key for key in node if key not in allowed):
            yield loaded.key_position(node, extra), f"unknown field '{extra}' (allowed: {', '.join(sorted(allowed))})"
    elif isinstance(kind, kinds.Required):
        yield where, f"missing field: {kind.property!r} is a required property"
    elif isinstance(kind, kinds.Type) and _is_number(instance) and "string" in kind.types:
        yield where, f"{field}: write '{instance}' in quotes, or YAML reads it as a number"
    elif isinstance(kind, kinds.Pattern) and "description" in schema:
        yield where, f"{field}: {instance!r} is not {schema['description']}"
    elif isinstance(kind, kinds.FalseSchema):
        if error.instance_path[-1] == len(schema.get("prefixItems", ())):  # once, at the first item too many
            limit = len(schema.get("prefixItems", ()))
            yield where, f"{field}: expected at most {limit} items but found {len(node) - limit} extra"
    else:
        yield where, f"{field}: {_message(error, schema)}"


def _message(error: jsonschema_rs.ValidationError, schema: Mapping[str, Any]) -> str:
    """The error in the words Kroniek has always used (Python's notation for values), or the validator's own."""
    kinds, kind, instance = jsonschema_rs.ValidationErrorKind, error.kind, error.instance
    if isinstance(kind, kinds.Type):  # the types in the schema's order
        types = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
        return f"{instance!r} is not of type {', '.join(map(repr, types))}"
    if isinstance(kind, kinds.Enum):
        return f"{instance!r} is not one of {kind.options!r}"
    if isinstance(kind, kinds.MinItems | kinds.MinLength):
        return f"{instance!r} should be non-empty" if kind.limit == 1 else f"{instance!r} is too short"
    if isinstance(kind, kinds.MaxItems | kinds.MaxLength):
        return f"{instance!r} is too long"
    if isinstance(kind, kinds.Minimum):
        return f"{instance!r} is less than the minimum of {kind.limit!r}"
    return error.message


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# -- rules ----------------------------------------------------------------------------------------------------------


Where = Callable[..., tuple[int, int]]  # (mapping, key=None) → line and column: `Read.position`


def _article(project: Project, source: Fields, name: str, where: Where) -> tuple[str | None, list[Problem]]:
    """The decoded text of the article `file:` names, or the problem at `file:` why there is none."""
    file = source.get("file")
    if not isinstance(file, str):
        return None, []
    try:
        return decode(read_capped(project.article_path(file), file), file), []
    except UnsafePath as error:
        message = f"the article '{file}' cannot be read: {error}"
    except FileNotFoundError:
        message = (
            f"the article '{file}' does not exist (relative to the project root): restore it, "
            "or delete this content file and its copy in content/.generated/ if the article was withdrawn"
        )
    except InputError as error:
        message = f"the article '{file}' cannot be read: {error}"
    except OSError as error:  # a folder (`file: ''` names the project root), no permission, ...
        message = f"the article '{file}' cannot be read: {error.strerror}; 'file:' names an article file in seeds/"
    return None, [Problem(name, *where(source, "file"), message)]


def _control_problems(name: str, node: Any, where: Where, field: str | None = None) -> Iterator[Problem]:
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
                what = "a line break" if _LINE_BREAKS.fullmatch(found.group()) else "a control character"
                yield Problem(
                    name, *where(node, key), f"'{inner}' holds {what} (U+{ord(found.group()):04X}); remove it"
                )
        else:
            yield from _control_problems(name, value, where, inner)


def _language(source: Fields, name: str, where: Where) -> tuple[str | None, list[Problem]]:
    """The source's language if the tagger knows it (else None, and the problem at `language:`)."""
    language = source.get("language", "nl")
    if not isinstance(language, str):
        return None, []
    try:
        load_language(language)
    except ValueError as error:
        return None, [Problem(name, *where(source, "language"), str(error))]
    return language, []


def _zone_problem(name: str, source: Fields, where: Where) -> Iterator[Problem]:
    """A `timezone:` that names no zone of the time zone database: its clock times could not be placed."""
    value = source.get("timezone")
    if isinstance(value, str):
        reason = unknown_zone(value)
        if reason:
            yield Problem(name, *where(source, "timezone"), f"'timezone': {reason}")


def _date_problem(name: str, node: Fields, key: str, where: Where) -> Iterator[Problem]:
    value = node.get(key)
    if isinstance(value, str):
        reason = impossible_date(value)
        if reason:
            yield Problem(name, *where(node, key), f"'{key}': {reason}")


def impossible_date(value: str) -> str | None:
    """Why the calendar parts of a TIMEX3 value do not exist (`2022-02-30`, `2022-13`, `2021-W54`), or None."""
    match = _DATE_PARTS.match(value)
    if not match:
        return _past_the_calendar(value)
    parts = {key: int(part) for key, part in match.groupdict().items() if part is not None}
    year = parts["year"]
    if year < dt.MINYEAR:
        return f"{value} names the year 0, which the calendar (from the year 1) does not have"
    if "week" in parts and not 1 <= parts["week"] <= dt.date(year, 12, 28).isocalendar().week:
        return f"{value} names a week that {year} does not have"
    if "month" in parts and not 1 <= parts["month"] <= 12:
        return f"{value} names a month that does not exist"
    if "day" in parts and not 1 <= parts["day"] <= calendar.monthrange(year, parts["month"])[1]:
        return f"{value} names a day that does not exist"
    if "hour" in parts and not (parts["hour"] <= 23 and parts["minute"] <= 59):
        return f"{value} names a time of day that does not exist"
    return _past_the_calendar(value)


def _past_the_calendar(value: str) -> str | None:
    """Why a value whose parts exist still has no place (`9999-12-31` ends in the year 10000), or None."""
    span = interval(value)
    if "X" not in value and span.precision is not None and span.start is None:
        return f"{value} reaches past the end of 9999, where the calendar ends"
    return None


def _event_problems(
    name: str, event: Fields, article: str | None, language: str | None, where: Where
) -> Iterator[Problem]:
    yield from _date_problem(name, event, "when", where)
    yield from _date_problem(name, event, "anchor", where)
    yield from _shape_problem(name, event, where)
    mentions = event.get("mentions")
    mentions = [m for m in mentions if isinstance(m, dict)] if isinstance(mentions, list) else []
    for mention in mentions:
        yield from _date_problem(name, mention, "value", where)
    if article is not None:
        yield from _span_problems(name, event, "span", article, where)
        yield from _span_problems(name, event, "sentence", article, where)
        for mention in mentions:
            yield from _span_problems(name, mention, "span", article, where)
    when, expression = event.get("when"), event.get("expression")
    if language and isinstance(when, str) and isinstance(expression, str) and not impossible_date(when):
        conflict = time_of_day_conflict(when, expression, language)
        if conflict:
            yield Problem(name, *where(event, "when"), conflict)


def _shape_problem(name: str, event: Fields, where: Where) -> Iterator[Problem]:
    """A `when` the timeline cannot place (`2022-Q1`, `P3D`) would silently sit among the unplaced events."""
    when = event.get("when")
    if not isinstance(when, str) or not _when_validator().is_valid(when):
        return  # the schema has said what is wrong
    if not impossible_date(when) and interval(when).precision is None:
        yield Problem(
            name,
            *where(event, "when"),
            f"'when': {when} is not a date or time the timeline can place "
            "(a day, part of day, clock time, week, weekend, month, season, year or decade; X for unknown parts)",
        )


def _span_problems(name: str, event: Fields, key: str, article: str, where: Where) -> Iterator[Problem]:
    pair = event.get(key)
    if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(n, int) and n >= 0 for n in pair)):
        return  # the schema has said what is wrong
    start, end = pair
    place = where(event, key)
    if start > end:
        yield Problem(name, *place, f"'{key}' [{start}, {end}] starts after it ends")
    elif end > len(article):
        yield Problem(name, *place, f"'{key}' [{start}, {end}] reaches beyond the article's {len(article)} characters")
    elif key == "span" and isinstance(event.get("expression"), str) and article[start:end] != event["expression"]:
        yield Problem(
            name,
            *place,
            f"'span' [{start}, {end}] holds {article[start:end]!r}, not the expression "
            f"{event['expression']!r} (remove span and sentence if you changed the expression)",
        )


def time_of_day_conflict(when: str, expression: str, language: str = "nl") -> str | None:
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
        found = tag(expression, own["date"], language)
    except OverflowError:  # `morgenochtend` on 9999-12-31: a day the calendar lacks contradicts nothing
        return None
    for timex in found:
        implied = _DAY_WITH_TIME.fullmatch(timex.value)
        if not implied:
            continue
        placed = [interval(f"{neighbour}T{implied['time']}") for neighbour in _neighbours(day)]
        if not any(_overlap(option, target) for option in placed):
            return f"'when' {when} contradicts '{timex.text}' ({_clock(placed[1])}) in the expression"
    return None


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
