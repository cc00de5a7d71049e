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
from typing import TYPE_CHECKING, Any

from ruamel.yaml.comments import CommentedMap

from generator.content import schemafast, store
from generator.content.merge import plain
from generator.content.store import content_files, load_tree, position, read_text
from generator.errors import InputError
from generator.model import Document, Interval
from generator.project import Project
from generator.support import cache as results
from generator.support.workers import in_processes, usable_cpus
from generator.temporal import tag
from generator.temporal.language import load as load_language
from generator.temporal.values import interval
from generator.text.articles import decode

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

# The calendar parts of a TIMEX3 value, checked against the calendar.
_DATE_PARTS = re.compile(
    r"(?P<year>\d{4})(?:-(?:W(?P<week>\d{2})|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?"
)
_DAY_WITH_TIME = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})T(?P<time>.+)")
CHECK_CACHE = "check"
# Fewer files to check than this are checked in this process (see `_check_each`): since clean files are read
# as plain values, two processes on two CPUs check 100 files no faster than one (0.16 s).
POOL_MIN_FILES = 200
WHEN_SCHEMA = "#/$defs/event/properties/when"

Fields = Mapping[str, Any]  # a mapping of a content file: of a ruamel tree, or of its plain values
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
        return f"{self.path}:{self.line}:{self.column}: {self.message}"

    def github(self) -> str:
        """The problem as a GitHub Actions annotation on the file's line."""
        return f"::error file={_escape(self.path, True)},line={self.line},col={self.column}::{_escape(self.message)}"


def _escape(text: str, is_property: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if is_property else text


def check_content(project: Project, paths: Iterable[Path] | None = None, jobs: int | None = None) -> list[Problem]:
    """The problems of every content file (default: all of `content/`), file by file, line by line."""
    return check_files(project, files_to_check(project, paths), jobs)


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
    kept = project.cache.entries(CHECK_CACHE, (name for _, name in named), _is_clean)
    cached = [_unchanged(project, path, kept.get(name)) for path, name in named]
    clean: dict[str, Clean] = {}
    work = [item for item, entry in zip(named, cached, strict=True) if entry is None]
    fresh = iter(_check_each(project, work, usable_cpus() if jobs is None else jobs))
    problems: list[Problem] = []
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
                store.keep(project, name, *checked.document)
        found = [*own, *_duplicate_ids(name, ids, first_ids)]  # a schema problem at an id comes before its duplicate
        problems.extend(sorted(found, key=lambda problem: (problem.line, problem.column)))
    project.cache.put_many(CHECK_CACHE, clean)
    return problems


@dataclass(frozen=True)
class FileCheck:
    """One content file checked on its own, as a worker process sends it back."""

    problems: tuple[Problem, ...]  # all but ids used before: those depend on the other files
    ids: tuple[tuple[str, int, int], ...]  # (id, line, column) of each event's id, in file order
    clean: Clean | None  # the cache entry, when the file has no problems of its own
    document: tuple[str, Document] | None  # `store.document_of` the file, for `load_all`, when clean


def _unchanged(project: Project, path: Path, entry: Clean | None) -> list[Any] | None:
    """The ids of a file found clean before, if the file, its article and the code are as they were."""
    if entry is None or entry[0] != results.key(project.cache.file_digest(path)):
        return None
    article, article_digest, ids = entry[1]
    return ids if project.cache.file_digest(project.root / article) == article_digest else None


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
    """One content file on its own: every problem but ids used in another file or twice, which `check_files` adds.

    Most files have no problem at all, and their plain values tell so: the
    tree with the line and column of every value, which costs three times as
    much to build, is made only to say where problems are.
    """
    try:
        text = read_text(path, name)
        fast = store.load_plain(text)
        tree = None if fast is not None and _surely_clean(project, fast.values, name) else load_tree(text, name)
    except InputError as error:
        return FileCheck((Problem(name, error.line or 1, error.column or 1, error.message),), (), None, None)
    except OSError as error:
        return FileCheck((Problem(name, 1, 1, f"cannot read the file: {error.strerror}"),), (), None, None)
    if tree is None and fast is not None:
        ids = tuple(_ids(fast.values, lambda index: fast.position("events", index, "id")))
        return _clean(project, path, name, text, fast.values, fast.values, ids)
    values = plain(tree)
    problems = tuple(_file_problems(project, tree, values, name))
    ids = tuple(_ids(tree, lambda index: position(tree["events"][index], "id")))
    if problems:
        return FileCheck(problems, ids, None, None)
    return _clean(project, path, name, text, tree, values, ids)


def _clean(
    project: Project, path: Path, name: str, text: str, tree: Any, values: Any, ids: tuple[tuple[str, int, int], ...]
) -> FileCheck:
    """The check of a file without problems of its own (`tree` may be `values`): its cache entry and document."""
    article = values["source"]["file"]
    article_digest = project.cache.file_digest(project.root / article)
    clean = (results.key(results.digest(text.encode("utf-8"))), [article, article_digest, [list(i) for i in ids]])
    return FileCheck((), ids, clean, store.document_of(project, path, name, text, tree, values))


def _ids(tree: Any, where: Callable[[int], tuple[int, int]]) -> Iterator[tuple[str, int, int]]:
    """Each event's id with its line and column (`where` the event's index), in file order; where the rules look."""
    events = tree.get("events") if isinstance(tree, dict) else None
    for index, event in enumerate(events if isinstance(events, list) else ()):
        if isinstance(event, dict) and isinstance(event.get("id"), str):
            yield event["id"], *where(index)


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
        return content_files(project.content_dir) if project.content_dir.is_dir() else []
    found: list[Path] = []
    for path in paths:
        found.extend(content_files(path) if path.is_dir() else [path])
    return found


def _file_problems(project: Project, tree: Any, values: Any, name: str) -> Iterator[Problem]:
    """The problems of one file's tree (`values` is `plain(tree)`), but for ids used twice."""
    yield from (Problem(name, *place, message) for place, message in _schema_problems(tree, values))
    yield from _rule_problems(project, tree, name)


def _surely_clean(project: Project, values: Any, name: str) -> bool:
    """Whether a file's plain values have no problems of their own: certainly valid for the schema, and by the rules."""
    return _surely_valid()(values) and next(_rule_problems(project, values, name), None) is None


def _rule_problems(project: Project, tree: Any, name: str) -> Iterator[Problem]:
    """The problems the schema cannot see: the rules, on a tree or on plain values (where every line is 1).

    Mappings and lists are `dict` and `list`: ruamel's trees are made of their subclasses.
    """
    if not isinstance(tree, dict):
        return
    source = tree.get("source")
    source = source if isinstance(source, dict) else {}
    article, problems = _article(project, source, name)
    yield from problems
    yield from _date_problem(name, source, "published")
    language, problems = _language(source, name)
    yield from problems
    events = tree.get("events")
    for event in events if isinstance(events, list) else ():
        if isinstance(event, dict):
            yield from _event_problems(name, event, article, language)


# -- schema ---------------------------------------------------------------------------------------------------------


@cache
def _schema() -> dict[str, Any]:
    return json.loads(resources.files("generator").joinpath("content/schema/source.schema.json").read_text("utf-8"))


@cache
def _validator() -> Draft202012Validator:
    """jsonschema, imported only when a file is not surely valid: importing it is a tenth of a second per build."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema())


@cache
def _when_validator() -> Draft202012Validator:
    schema = _schema()
    for part in WHEN_SCHEMA.removeprefix("#/").split("/"):
        schema = schema[part]
    return _validator().evolve(schema=schema)


@cache
def _surely_valid(pointer: str = "#") -> schemafast.Check:
    """Whether the schema (or its part at `pointer`) takes an instance: True is certain, False means ask jsonschema.

    jsonschema walking a valid file is most of a cold check; it is asked only
    for what this says no to, so every message stays its own.
    """
    try:
        return schemafast.compile_schema(_schema(), pointer)
    except schemafast.Unsupported:
        return lambda _: False


def _schema_problems(tree: Any, values: Any) -> Iterator[tuple[tuple[int, int], str]]:
    """Each schema error of `values` (`plain(tree)`) at the node of `tree` it is about, in words an editor acts on."""
    if _surely_valid()(values):
        return
    for error in _validator().iter_errors(values):
        parent, key = _node(tree, list(error.absolute_path))
        yield from _explained(error, parent, key)


def _node(tree: Any, path: list[Any]) -> tuple[Any, Any]:
    """The parent node and key of a JSON path in the ruamel tree; (node, None) for the root."""
    if not path:
        return tree, None
    parent = tree
    for key in path[:-1]:
        parent = parent[key]
    return parent, path[-1]


def _explained(error: ValidationError, parent: Any, key: Any) -> Iterator[tuple[tuple[int, int], str]]:
    node = parent if key is None else parent[key]
    field = f"'{key}'" if isinstance(key, str) else "this value"
    if error.validator == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        for extra in (key for key in node if str(key) not in allowed):
            yield _key_position(node, extra), f"unknown field '{extra}' (allowed: {', '.join(sorted(allowed))})"
    elif error.validator == "required":
        yield position(parent, key), f"missing field: {error.message}"
    elif error.validator == "type" and _is_number(error.instance) and "string" in error.validator_value:
        yield position(parent, key), f"{field}: write '{error.instance}' in quotes, or YAML reads it as a number"
    elif error.validator == "pattern" and "description" in error.schema:
        yield position(parent, key), f"{field}: {error.instance!r} is not {error.schema['description']}"
    else:
        yield position(parent, key), f"{field}: {error.message}"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _key_position(node: CommentedMap, key: Any) -> tuple[int, int]:
    line, column = node.lc.key(key)
    return line + 1, column + 1


# -- rules ----------------------------------------------------------------------------------------------------------


def _article(project: Project, source: Fields, name: str) -> tuple[str | None, list[Problem]]:
    """The decoded text of the article `file:` names, or the problem at `file:` why there is none."""
    file = source.get("file")
    if not isinstance(file, str):
        return None, []
    try:
        return decode((project.root / file).read_bytes(), file), []
    except FileNotFoundError:
        message = (
            f"the article '{file}' does not exist (relative to the project root): restore it, "
            "or delete this content file and its copy in content/.generated/ if the article was withdrawn"
        )
    except InputError as error:
        message = f"the article '{file}' cannot be read: {error}"
    except OSError as error:  # a folder (`file: ''` names the project root), no permission, ...
        message = f"the article '{file}' cannot be read: {error.strerror}; 'file:' names an article file in seeds/"
    return None, [Problem(name, *position(source, "file"), message)]


def _language(source: Fields, name: str) -> tuple[str | None, list[Problem]]:
    """The source's language if the tagger knows it (else None, and the problem at `language:`)."""
    language = source.get("language", "nl")
    if not isinstance(language, str):
        return None, []
    try:
        load_language(language)
    except ValueError as error:
        return None, [Problem(name, *position(source, "language"), str(error))]
    return language, []


def _date_problem(name: str, node: Fields, key: str) -> Iterator[Problem]:
    value = plain(node.get(key))
    if isinstance(value, str):
        reason = impossible_date(value)
        if reason:
            yield Problem(name, *position(node, key), f"'{key}': {reason}")


def impossible_date(value: str) -> str | None:
    """Why the calendar parts of a TIMEX3 value do not exist (`2022-02-30`, `2022-13`, `2021-W54`), or None."""
    match = _DATE_PARTS.match(value)
    if not match:
        return None
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
    return None


def _event_problems(name: str, event: Fields, article: str | None, language: str | None) -> Iterator[Problem]:
    yield from _date_problem(name, event, "when")
    yield from _shape_problem(name, event)
    if article is not None:
        yield from _span_problems(name, event, "span", article)
        yield from _span_problems(name, event, "sentence", article)
    when, expression = plain(event.get("when")), event.get("expression")
    if language and isinstance(when, str) and isinstance(expression, str) and not impossible_date(when):
        conflict = time_of_day_conflict(when, expression, language)
        if conflict:
            yield Problem(name, *position(event, "when"), conflict)


def _shape_problem(name: str, event: Fields) -> Iterator[Problem]:
    """A `when` the timeline cannot place (`2022-Q1`, `P3D`) would silently sit among the unplaced events."""
    when = plain(event.get("when"))
    if not isinstance(when, str) or not (_surely_valid(WHEN_SCHEMA)(when) or _when_validator().is_valid(when)):
        return  # the schema has said what is wrong
    if not impossible_date(when) and interval(when).precision is None:
        yield Problem(
            name,
            *position(event, "when"),
            f"'when': {when} is not a date or time the timeline can place "
            "(a day, part of day, clock time, week, weekend, month, season, year or decade; X for unknown parts)",
        )


def _span_problems(name: str, event: Fields, key: str, article: str) -> Iterator[Problem]:
    pair = plain(event.get(key))
    if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(n, int) and n >= 0 for n in pair)):
        return  # the schema has said what is wrong
    start, end = pair
    where = position(event, key)
    if start > end:
        yield Problem(name, *where, f"'{key}' [{start}, {end}] starts after it ends")
    elif end > len(article):
        yield Problem(name, *where, f"'{key}' [{start}, {end}] reaches beyond the article's {len(article)} characters")
    elif key == "span" and isinstance(event.get("expression"), str) and article[start:end] != event["expression"]:
        yield Problem(
            name,
            *where,
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
    for timex in tag(expression, own["date"], language):
        implied = _DAY_WITH_TIME.fullmatch(timex.value)
        if not implied:
            continue
        placed = [interval(f"{day + dt.timedelta(days=shift)}T{implied['time']}") for shift in (-1, 0, 1)]
        if not any(_overlap(option, target) for option in placed):
            return f"'when' {when} contradicts '{timex.text}' ({_clock(placed[1])}) in the expression"
    return None


def _overlap(a: Interval, b: Interval) -> bool:
    if None in (a.start, a.end, b.start, b.end):
        return True  # nothing to contradict
    return a.start < b.end and b.start < a.end


def _clock(span: Interval) -> str:
    """The hours of an interval as an editor reads them: `06:00–12:00`, or `21:00` for a clock time."""
    start, end = span.start or "", span.end or ""
    return start[11:16] if span.precision == "minute" else f"{start[11:16]}–{end[11:16]}"
