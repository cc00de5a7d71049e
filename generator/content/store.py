"""The content files: `content/<slug>.yml` in and out, and nothing else writes them.

Reading is `yamlfast.read`: libyaml's plain values with every value's line and
column. Merging and writing an editor's file go through ruamel's round-trip
mode, so editors' comments and key order survive. Next to
each content file, `content/.generated/<slug>.yml` keeps exactly what the
machine wrote last time: the base of the three-way merge in `generator.content.merge`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, ComposerError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from generator.content import yamlfast
from generator.content.merge import (
    EditorRecord,
    carried_ids,
    merge_documents,
    plain,
    rename_ids,
    timeline_key,
)
from generator.errors import InputError
from generator.lang import DEFAULT_LANGUAGE
from generator.lang.messages import Messages, messages
from generator.model import Document, Event, Interval, Mention, SourceMeta
from generator.project import Project
from generator.support import cache, workers
from generator.support.atomic import write_atomic
from generator.support.regular import NotRegular, kind_key, read_regular, refused_kind
from generator.support.yaml_safety import refusal
from generator.temporal import parse_dct
from generator.temporal.language import load as load_language
from generator.temporal.values import interval

SCHEMA_COMMENT = "yaml-language-server: $schema=../schema/source.schema.json"
GENERATED_DIR = ".generated"
DOCUMENTS_CACHE = "documents"  # parsed documents, as JSON, by content file
CONTENT_SUFFIXES = (".yml", ".yaml")
SOURCE_FIELDS = ("title", "published", "publisher", "url", "language", "timezone", "file")
NO_SPAN = (0, 0)  # what `Event.span` holds for an event an editor added without offsets


def _yaml() -> YAML:
    """One configuration for every content file: safe round-trip, one sentence a line, `null` spelled out."""
    yaml = YAML(typ="rt", pure=True)
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 1_000_000
    yaml.representer.add_representer(
        type(None), lambda representer, _: representer.represent_scalar("tag:yaml.org,2002:null", "null")
    )
    return yaml


# A content file holds one article's events: far below this. A bigger one is refused before it is parsed.
MAX_YAML_CHARS = 10_000_000
MAX_YAML_BYTES = 4 * MAX_YAML_CHARS  # UTF-8 takes at most four bytes a character


class _SafeComposer(Composer):
    """ruamel's composer refusing anchors, aliases, unusual tags and deep nesting (`support.yaml_safety`)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        reason = refusal(event, self.depth + 1)
        if reason:
            raise ComposerError(None, None, reason, event.start_mark)
        return super().compose_node(parent, index)


def parse(text: str, path: str) -> Any:
    """The round-trip tree of a YAML text; a syntax error or an unsafe construct becomes an `InputError` at its line."""
    if len(text) > MAX_YAML_CHARS:
        limit = f"{MAX_YAML_CHARS:,}"
        raise InputError(path, f"the file has {len(text):,} characters; a content file may have at most {limit}")
    yaml = _yaml()
    yaml.Composer = _SafeComposer
    try:
        return yaml.load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise InputError(path, f"not valid YAML: {error.problem or error.context}", line, column) from None
    except YAMLError as error:
        raise InputError(path, f"not valid YAML: {error}") from None
    except ValueError as error:  # an unquoted date the calendar lacks: YAML makes a date of it, and fails
        line, column, value = _impossible_timestamp(yaml, text)
        message = _say(None)("yaml.impossible_timestamp", value=value, detail=error)
        raise InputError(path, message, line, column) from None
    except TypeError:  # a key holding a mapping (`? - a: 1`), which ruamel cannot hash
        place = _mapping_key(yaml, text)
        if place is None:
            raise
        raise InputError(path, "not valid YAML here: a key cannot hold a mapping", *place) from None


def _impossible_timestamp(yaml: YAML, text: str) -> tuple[int | None, int | None, str]:
    """Where the first unquoted date that does not exist is, and how it is written."""
    for node in _scalars(yaml.compose(text)):
        if node.tag == "tag:yaml.org,2002:timestamp" and not _is_calendar_date(node.value):
            return node.start_mark.line + 1, node.start_mark.column + 1, node.value
    return None, None, "a date"


def _mapping_key(yaml: YAML, text: str) -> tuple[int, int] | None:
    """Where the first key that is or holds a mapping starts, if there is one."""
    for node in _nodes(yaml.compose(text)):
        for key, _ in node.value if isinstance(node, MappingNode) else ():
            if any(isinstance(inner, MappingNode) for inner in _nodes(key)):
                return key.start_mark.line + 1, key.start_mark.column + 1
    return None


def _scalars(node: Node | None) -> Iterator[ScalarNode]:
    yield from (found for found in _nodes(node) if isinstance(found, ScalarNode))


def _nodes(node: Node | None) -> Iterator[Node]:
    """Every node of a composed document, parents before their children."""
    if node is None:
        return
    yield node
    if isinstance(node, SequenceNode):
        for child in node.value:
            yield from _nodes(child)
    elif isinstance(node, MappingNode):
        for key, value in node.value:
            yield from _nodes(key)
            yield from _nodes(value)


def _is_calendar_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def dump(tree: Any) -> str:
    stream = io.StringIO()
    _yaml().dump(_keep_line_separators(tree), stream)
    return stream.getvalue()


def _keep_line_separators(node: Any) -> Any:
    """Double-quote (in place) every string holding a character that another style would turn into a space.

    Only double quotes keep NEL and the Unicode separators (as \\N \\L \\P).
    """
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if isinstance(value, str) and yamlfast.UNICODE_BREAKS.intersection(value):
            node[key] = DoubleQuotedScalarString(value)
        else:
            _keep_line_separators(value)
    return node


def _say(say: Messages | None) -> Messages:
    """The messages to word errors with: those given (the project's), else Kroniek's own language's."""
    return say or messages(DEFAULT_LANGUAGE)


def read_text(path: Path, name: str, say: Messages | None = None) -> str:
    """A content file's text; bytes that are not UTF-8 are an `InputError` at their line, and so is
    anything but a regular file (`support.regular`). `FileNotFoundError` when there is none."""
    say = _say(say)
    try:
        data, size = read_regular(path, MAX_YAML_BYTES)
    except NotRegular as error:
        raise InputError(name, say("yaml.not_regular", kind=say(f"kinds.{error.kind}"))) from None
    if max(size, len(data)) > MAX_YAML_BYTES:
        raise InputError(name, say("yaml.too_long", size=f"{max(size, len(data)):,}", limit=f"{MAX_YAML_CHARS:,}"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(name, say("yaml.not_utf8", byte=f"{data[error.start]:02x}"), line) from None


def position(node: Any, key: Any = None) -> tuple[int, int]:
    """1-based line and column of `node[key]` (or of `node` itself) in the text it was parsed from."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return 1, 1
    if isinstance(node, CommentedMap) and key in node and lc.data and key in lc.data:
        line, column = lc.value(key)
    elif isinstance(node, CommentedSeq) and isinstance(key, int) and lc.data and key in lc.data:
        line, column = lc.item(key)
    else:
        line, column = lc.line, lc.col
    return line + 1, column + 1


# -- writing --------------------------------------------------------------------------------------------------------


def generated_yaml(meta: SourceMeta, events: tuple[Event, ...]) -> str:
    """The content file the machine makes of a source, byte for byte the same for the same input.

    `yamlfast.emit` writes it ~20x faster than ruamel, with ruamel's exact bytes;
    what it cannot promise that for goes through ruamel itself.
    """
    tree = {"source": {key: getattr(meta, key) for key in SOURCE_FIELDS}, "events": [_event_fields(e) for e in events]}
    try:
        return yamlfast.emit(tree, _shared_yaml(), SCHEMA_COMMENT)
    except yamlfast.Unsupported:
        commented = _commented(tree)
        commented.yaml_set_start_comment(SCHEMA_COMMENT)
        return dump(commented)


def _event_fields(event: Event) -> dict[str, Any]:
    """An event's fields, those an editor needs first; optional ones only when they say something.

    Tuples are the spans and the reason codes, written in flow style (`[12, 20]`, `[tense, anaphor]`).
    `confirmed` is never the machine's: only an editor writes it.
    """
    fields: dict[str, Any] = {"id": event.id, "when": event.when, "text": event.text, "expression": event.expression}
    if event.mod:
        fields["mod"] = event.mod
    if event.review:
        fields["review"] = tuple(event.review)
    if event.anchor:
        fields["anchor"] = event.anchor
    fields["span"] = tuple(event.span)
    fields["sentence"] = tuple(event.sentence_span)
    if event.mentions:
        fields["mentions"] = [
            {"expression": m.expression, "value": m.value, "span": tuple(m.span)} for m in event.mentions
        ]
    if event.context:
        fields["context"] = list(event.context)
    if event.joined:
        fields["joined"] = tuple(event.joined)
    return fields


def _commented(value: Any) -> Any:
    """Plain data as ruamel's round-trip types: mappings keep order, tuples become flow sequences."""
    if isinstance(value, dict):
        return CommentedMap((key, _commented(item)) for key, item in value.items())
    if isinstance(value, tuple):
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq
    if isinstance(value, list):
        return [_commented(item) for item in value]
    return value


@lru_cache(maxsize=1)
def _shared_yaml() -> YAML:
    """One configured instance for the fast paths, which only use its analysis, resolver and constructor."""
    return _yaml()


def read(text: str, path: str, say: Messages | None = None) -> yamlfast.Read:
    """A content file's plain values and where each stands; what is wrong is an `InputError` at its line, in the
    words of `say` (default: Kroniek's own language)."""
    say = _say(say)
    if len(text) > MAX_YAML_CHARS:
        raise InputError(path, say("yaml.too_long", size=f"{len(text):,}", limit=f"{MAX_YAML_CHARS:,}"))
    try:
        return yamlfast.read(text, _shared_yaml())
    except yamlfast.ReadError as error:
        raise InputError(path, say(f"yaml.{error.key}", **error.fields), error.line, error.column) from None


EDITORS = "editors"  # the `.generated` base's record of what editors did (`merge.EditorRecord`)


def merge(base: str | None, ours: str | None, theirs: str, *, path: str = "content file") -> str:
    """The content file after a re-extraction: `theirs` with every change of `ours` since `base` kept.

    Returns `ours` itself when the merge changes nothing in it, so an untouched
    file is rewritten byte for byte. A file the editors never changed (`ours`
    is `base`) takes the machine's output as git's trivial merge does, but
    for the ids it carries over (`merge.carried_ids`). `path` names `ours` in errors; a broken
    `ours` is refused, never overwritten.
    """
    return merge_with_base(base, ours, theirs, path=path)[0]


def merge_with_base(base: str | None, ours: str | None, theirs: str, *, path: str = "content file") -> tuple[str, str]:
    """`merge`, and the next `.generated` base: `theirs` with the record of what editors did, when there is one."""
    if ours is None or ours == base == theirs:
        return theirs, theirs
    if ours == base:
        theirs = _carried(base, theirs, path)
        return theirs, theirs
    return three_way_with_base(base, ours, theirs, path=path)


def _carried(base: str, theirs: str, path: str) -> str:
    """The machine's output for a file the editors never changed, with the ids of its events carried over
    (`merge.carried_ids`): a grouping in the happenings file names the old id. A broken base is replaced as before."""
    base_name = generated_path(Path(path)).as_posix()
    try:
        values = read(base, base_name).values
        renames = carried_ids(values, values, read(theirs, "generated text").values, editor_record(values, base_name))
    except InputError:
        return theirs
    if not renames:
        return theirs
    tree = parse(theirs, "generated text")
    rename_ids(tree, renames)
    return dump(tree)


def three_way(base: str | None, ours: str, theirs: str, *, path: str = "content file") -> str:
    """`merge` by ruamel's trees, for a file an editor changed: comments and key order kept."""
    return three_way_with_base(base, ours, theirs, path=path)[0]


def three_way_with_base(base: str | None, ours: str, theirs: str, *, path: str = "content file") -> tuple[str, str]:
    """`three_way`, and the next base with the record of what editors did (`merge.EditorRecord`)."""
    tree = parse(ours, path)
    _require_mergeable(tree, path)
    before = plain(tree)
    base_name = generated_path(Path(path)).as_posix()
    base_tree = parse(base, base_name) if base is not None else None
    if base_tree is not None:  # the base is committed, so a pull request can change it: read as untrusted
        _require_mergeable(base_tree, base_name)
    record = editor_record(base_tree, base_name)
    theirs_tree = parse(theirs, "generated text")
    renames = carried_ids(base_tree, tree, theirs_tree, record)
    if renames:  # the next base names the events as the content file does
        rename_ids(theirs_tree, renames)
        theirs = dump(theirs_tree)
    record = merge_documents(base_tree, tree, theirs_tree, record)
    merged = ours if plain(tree) == before else dump(tree)
    data = record.as_data()
    return merged, theirs + dump({EDITORS: data}) if data else theirs


def editor_record(base: Any, name: str) -> EditorRecord:
    """The record of a `.generated` base (empty without one); a malformed one is an `InputError` at its line.

    The base is committed, so a pull request can change it: it is read as untrusted.
    """
    if not isinstance(base, dict) or base.get(EDITORS) is None:
        return EditorRecord()
    data = base[EDITORS]

    def names(value: Any, node: Any, key: Any) -> set[str]:
        if not isinstance(value, list):
            raise InputError(name, f"'{EDITORS}': expected a list of names here", *position(node, key))
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise InputError(name, f"'{EDITORS}': expected a name here", *position(value, index))
        return set(value)

    if not isinstance(data, dict) or not set(data) <= {"source", "events", "deleted"}:
        raise InputError(name, f"'{EDITORS}' must map 'source', 'events' and 'deleted'", *position(base, EDITORS))
    events = data.get("events") or {}
    if not isinstance(events, dict):
        raise InputError(name, f"'{EDITORS}': 'events' must map event ids to field names", *position(data, "events"))
    return EditorRecord(
        source=names(data.get("source", []), data, "source"),
        events={str(ident): names(fields, events, ident) for ident, fields in events.items()},
        deleted=names(data.get("deleted", []), data, "deleted"),
    )


Where = Callable[..., tuple[int, int]]  # (node, key=None) → line and column: `position`, or a `Read`'s


def _require_mergeable(tree: Any, path: str, where: Where = position, say: Messages | None = None) -> None:
    """Refuse to merge into (or read) a file whose shape is wrong, naming the line to fix in the editors' words."""
    say = _say(say)

    def require(condition: bool, key: str, node: Any, at: Any = None, **fields: str) -> None:
        if not condition:
            raise InputError(path, say(f"shape.{key}", **fields), *where(node, at))

    # dict and list: ruamel's trees are made of their subclasses, `read`'s values are them
    require(isinstance(tree, dict), "not_a_mapping", tree, source="source", events="events")
    for key in ("source", "events"):
        require(key in tree, "missing", tree, field=key)
    require(isinstance(tree["source"], dict), "fields", tree, "source", field="source")
    require(isinstance(tree["events"], list), "list", tree, "events", field="events")
    seen: set[str] = set()
    for index, event in enumerate(tree["events"]):
        require(isinstance(event, dict), "event", tree["events"], index)
        require(isinstance(event.get("id"), str), "no_id", tree["events"], index)
        require(event["id"] not in seen, "id_twice", event, "id", id=event["id"])
        seen.add(event["id"])


def _refuse_too_big(text: str, article: str, name: str) -> None:
    """An `InputError` naming the article whose content file would be over `MAX_YAML_CHARS`: one of 95,000
    one-line paragraphs (under 1 MB) makes 15 million characters."""
    if len(text) > MAX_YAML_CHARS:
        raise InputError(
            article,
            f"its events would make {name} {len(text):,} characters long; a content file may have at most "
            f"{MAX_YAML_CHARS:,}: split the article, or remove what is not news (lists, tables)",
        )


def content_path(project: Project, slug: str) -> Path:
    return project.content_dir / f"{slug}.yml"


def generated_path(content: Path) -> Path:
    """Where the machine's last output for a content file is kept."""
    return content.parent / GENERATED_DIR / content.name


def save(project: Project, meta: SourceMeta, events: tuple[Event, ...]) -> str:
    """Write a source's content file, merged with the editors' changes; "created", "updated" or "unchanged"."""
    return write_source(project, meta, events)[0]


def write_source(project: Project, meta: SourceMeta, events: tuple[Event, ...]) -> tuple[str, bool]:
    """`save`'s outcome, and whether the content file and its base are now exactly the machine's output of `events`
    (no editor's change, no id carried over, `merge.carried_ids`): then its events are those just extracted.

    The content file is written before the `.generated` base: if the run stops
    in between, the next merge sees the machine's values as the editors' and
    keeps them, which loses nothing.
    """
    content = content_path(project, meta.slug)
    base_file = generated_path(content)
    name = project.relative(content)
    refused = irregular(content, name, project.messages)  # a link or FIFO named as the content file is refused
    if refused is not None:
        raise refused
    theirs = generated_yaml(meta, events)
    ours = read_text(content, name, project.messages) if content.exists() else None
    base = read_text(base_file, project.relative(base_file), project.messages) if base_file.exists() else None
    merged, next_base = merge_with_base(base, ours, theirs, path=name)
    _refuse_too_big(merged, meta.file, name)  # before anything is written: `check` would refuse it and stop every build
    if merged != ours:
        write_atomic(content, merged.encode("utf-8"))
    if next_base != base:
        write_atomic(base_file, next_base.encode("utf-8"))
    own = merged == next_base == theirs
    if ours is None:
        return "created", own
    return ("unchanged" if merged == ours and next_base == base else "updated"), own


# -- reading --------------------------------------------------------------------------------------------------------


def content_entries(folder: Path) -> list[Path]:
    """Every entry of a folder named as a content file, by name, whatever it is (see `irregular`).

    The `.generated` copies are not among them; nothing is followed or opened.
    """
    names = sorted(name for name in os.listdir(folder) if os.path.splitext(name)[1] in CONTENT_SUFFIXES)
    return [folder / name for name in names]  # named first: a folder of thousands costs no Path for the others


def irregular(path: Path, name: str, say: Messages | None = None) -> InputError | None:
    """The error naming a content file (shown as `name`), or its `.generated` base, that is not a regular file."""
    for entry, shown in ((path, Path(name)), (generated_path(path), generated_path(Path(name)))):
        kind = refused_kind(entry)
        if kind is not None:
            say = _say(say)
            return InputError(shown.as_posix(), say("yaml.not_regular", kind=say(f"kinds.{kind}")))
    return None


def content_files(folder: Path) -> list[Path]:
    """The content files in a folder, by name; an `InputError` names the first entry that is not a regular file,
    or whose `.generated` base is not one.

    Only `check` goes on past such an entry (it reports each); anything else would hash or read it.
    Both folders are listed once, their entries' kinds told without following a link.
    """
    kinds, bases = _kinds(folder), _kinds(folder / GENERATED_DIR)
    files = []
    for name in sorted(name for name in kinds if Path(name).suffix in CONTENT_SUFFIXES):
        base = f"{folder.name}/{GENERATED_DIR}/{name}"
        for kind, shown in ((kinds[name], f"{folder.name}/{name}"), (bases.get(name), base)):
            if kind is not None:
                say = _say(None)
                raise InputError(shown, say("yaml.not_regular", kind=say(f"kinds.{kind}")))
        files.append(folder / name)
    return files


def _kinds(folder: Path) -> dict[str, str | None]:
    """Each entry of a folder → None for a regular file, else its kind (`support.regular.KINDS`); every name is
    "unexaminable" in what is not a folder, and there are none in a folder that is not there."""
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return {}
    except OSError:
        return _Unexaminable()
    regular = {entry.name for entry in entries if entry.is_file(follow_symlinks=False)}
    return {e.name: None if e.name in regular else kind_key(e.stat(follow_symlinks=False).st_mode) for e in entries}


class _Unexaminable(dict):
    """The entries of a folder that cannot be listed: any name asked for cannot be examined."""

    def get(self, name: str, default: Any = None) -> str:
        return "unexaminable"


def sources(project: Project, slug: str) -> tuple[SourceMeta | None, SourceMeta | None]:
    """The `source:` section as the content file has it now (with editors' corrections), and as the machine last
    wrote it (`.generated`); None for a file that is not there.

    Extraction tags with the content file's `published` where it differs from the machine's. The base is a
    second text to read only when it differs: an untouched file is its base byte for byte.
    """
    content = content_path(project, slug)
    if not content.exists():
        return None, None
    say, name = project.messages, project.relative(content)
    text = read_text(content, name, say)
    ours = _source_of(text, slug, name, say)
    base = generated_path(content)
    if not base.exists():
        return ours, None
    shown = project.relative(base)
    base_text = read_text(base, shown, say)
    return ours, ours if base_text == text else _source_of(base_text, slug, shown, say)  # a pull request can change it


def _source_of(text: str, slug: str, name: str, say: Messages) -> SourceMeta:
    loaded = read(text, name, say)
    _require_mergeable(loaded.values, name, loaded.position, say)
    return _source_meta(loaded.values["source"], slug, name, loaded.position)


def load_document(path: Path, name: str | None = None, say: Messages | None = None) -> Document:
    """A content file as the site needs it; `name` (default: `path`) is how messages refer to it.

    Events come in timeline order with their intervals computed, and marked
    `edited` where they differ from the machine's last output.
    """
    name = name or path.as_posix()
    text = read_text(path, name, say)
    loaded = read(text, name, say)
    return document(path, name, text, loaded, machine_base(path, name, loaded, text, say), say)


def document(
    path: Path, name: str, text: str, loaded: yamlfast.Read, base: Base | None, say: Messages | None = None
) -> Document:
    """The document of a content file's text, read as `loaded`, with its `machine_base`; an `InputError` at its
    line if it is not one.

    It changes nothing in this process, so a `check --jobs` worker can make it and send it back.
    """
    values = loaded.values
    _require_mergeable(values, name, loaded.position, say)
    slug = path.stem
    machine = base.events if base else None
    entries, source, where = values["events"], values["source"], loaded.position
    return Document(
        path=name,
        source=_source_meta(source, slug, name, where),
        events=tuple(_event(fields, slug, name, machine, where) for fields in sorted(entries, key=timeline_key)),
        published_line=loaded.position(source, "published" if "published" in source else None)[0],
    )


def document_key(project: Project, path: Path, content_digest: str | None = None) -> str:
    """What a document depends on: its file (by the hash of its bytes), the `.generated` base, Kroniek's code."""
    content_digest = content_digest or project.cache.file_digest(path)
    return cache.key(content_digest, project.cache.file_digest(generated_path(path)))


def load_all(
    project: Project, keys: Mapping[str, str] | None = None, parsed: Mapping[str, tuple[str, Document]] | None = None
) -> tuple[Document, ...]:
    """Every content file of the project, by slug.

    A document in `parsed` (name → (`document_key`, Document)) that the caller
    has just made, or one kept in `.kroniek-cache/`, is taken while its file,
    its `.generated` base and Kroniek's code are unchanged: a rebuild parses
    only what changed. `keys` (name → `document_key`) saves hashing the files
    again when the caller just did.
    """
    documents = (document for _, document in load_keyed(project, keys, parsed).values())
    return tuple(sorted(documents, key=lambda document: Path(document.path).stem))


def load_keyed(
    project: Project,
    keys: Mapping[str, str] | None = None,
    parsed: Mapping[str, tuple[str, Document]] | None = None,
    names: Collection[str] | None = None,
    *,
    apart: bool = False,
) -> dict[str, tuple[str, Document]]:
    """`load_all`'s documents by content file, each with its `document_key`, as the files were before they were read.

    Only those `names` when given: files a check has just found regular among all (each is still looked at).
    The documents not kept before are kept; with `apart`, by a process of their own while this one goes on
    (`Cache.wait`): their kept form and its JSON are 0.12 s of a first build at 1,000 articles × 20 events, which
    a CPU left idle while the site's plan is made can take; only where processes are forked (`workers.inherits`).
    """
    if not project.content_dir.is_dir():
        return {}
    if names is None:
        paths = {project.relative(path): path for path in content_files(project.content_dir)}
    else:
        paths = {name: project.root / name for name in sorted(names)}
        for name, path in paths.items():
            if (refused := irregular(path, name)) is not None:
                raise refused
    wanted = {name: (keys or {}).get(name) or document_key(project, path) for name, path in paths.items()}
    made = project.cache.recall(DOCUMENTS_CACHE, wanted)  # read and checked before in this process
    kept = project.cache.get_many(DOCUMENTS_CACHE, {n: k for n, k in wanted.items() if n not in made}, _is_kept)
    documents = made | {name: _kept_document(value) for name, value in kept.items()}
    parsed = parsed or {}
    new = {name: doc for name, (key, doc) in parsed.items() if name not in documents and wanted.get(name) == key}
    new |= {
        name: load_document(path, name, project.messages)
        for name, path in paths.items()
        if name not in documents and name not in new
    }
    keep = (project, {name: (wanted[name], document) for name, document in new.items()})
    if apart and new and workers.inherits():  # else the documents would be pickled here to start it
        project.cache.written_apart(DOCUMENTS_CACHE, workers.beside(_keep_documents, keep))
    else:
        _keep_documents(keep)
    documents |= new
    project.cache.remember(DOCUMENTS_CACHE, {name: (wanted[name], document) for name, document in documents.items()})
    return {name: (wanted[name], document) for name, document in documents.items()}


def _keep_documents(keep: tuple[Project, Mapping[str, tuple[str, Document]]]) -> None:
    project, documents = keep
    project.cache.put_many(DOCUMENTS_CACHE, {name: (key, kept_form(d)) for name, (key, d) in documents.items()})


def kept_form(document: Document) -> dict[str, Any]:
    """A document as the cache keeps it: what `dataclasses.asdict` gives (tuples are JSON's lists), made field by
    field. `asdict` copies every value deeply through its generic walk: a third of a cold load."""
    return {
        "path": document.path,
        "source": _fields_of(document.source),
        "events": [_kept_event(event) for event in document.events],
        "published_line": document.published_line,
    }


def _kept_event(event: Event) -> dict[str, Any]:
    data = _fields_of(event)
    data["interval"] = _fields_of(event.interval)
    data["mentions"] = [_fields_of(mention) for mention in event.mentions]
    return data


def _fields_of(record: Any) -> dict[str, Any]:
    """A record's fields by name, one level deep: its dataclass fields only, so a cached property never leaks in."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(kind))


# A document as kept in the cache is `kept_form` of it, in JSON: each field's kind, to tell a valid entry.
_TEXT, _OPTIONAL = (str,), (str, type(None))
_SOURCE_FIELDS = {"slug": _TEXT, "file": _TEXT, "title": _OPTIONAL, "published": _OPTIONAL, "url": _OPTIONAL,
                  "publisher": _OPTIONAL, "language": _TEXT, "timezone": _OPTIONAL}
_EVENT_FIELDS = {"id": _TEXT, "source": _TEXT, "when": _TEXT, "text": _TEXT, "expression": _TEXT, "mod": _OPTIONAL,
                 "anchor": _OPTIONAL, "confirmed": (bool,), "edited": (bool,), "line": (int,)}


def _is_kept(value: Any) -> bool:
    """Whether a cache entry has exactly the shape `kept_form` gives a Document: anything else is a miss."""
    def fields_of(item: Any, kinds: Mapping[str, tuple[type, ...]], extra: set[str]) -> bool:
        return isinstance(item, dict) and set(item) == set(kinds) | extra and all(
            isinstance(item[name], kind) for name, kind in kinds.items()
        )

    def pair(item: Any) -> bool:
        return isinstance(item, list) and len(item) == 2 and all(type(x) is int for x in item)

    def texts(item: Any) -> bool:
        return isinstance(item, list) and all(isinstance(line, str) for line in item)

    def mention(item: Any) -> bool:
        return fields_of(item, {"expression": _TEXT, "value": _TEXT}, {"span"}) and pair(item["span"])

    def event(item: Any) -> bool:
        lists = {"span", "sentence_span", "interval", "context", "review", "mentions", "joined"}
        return (
            fields_of(item, _EVENT_FIELDS, lists) and pair(item["span"]) and pair(item["sentence_span"])
            and texts(item["context"]) and texts(item["review"]) and texts(item["joined"])
            and isinstance(item["mentions"], list) and all(mention(m) for m in item["mentions"])
            and fields_of(item["interval"], {"start": _OPTIONAL, "end": _OPTIONAL, "precision": _OPTIONAL}, set())
        )

    return (
        isinstance(value, dict) and set(value) == {"path", "source", "events", "published_line"}
        and isinstance(value["path"], str) and type(value["published_line"]) is int
        and fields_of(value["source"], _SOURCE_FIELDS, set())
        and isinstance(value["events"], list) and all(event(item) for item in value["events"])
    )


def _kept_document(value: Mapping[str, Any]) -> Document:
    """The Document of a cache entry `_is_kept` accepted."""
    events = tuple(
        Event(**{**e, "span": tuple(e["span"]), "sentence_span": tuple(e["sentence_span"]),
                 "interval": Interval(**e["interval"]), "context": tuple(e["context"]), "review": tuple(e["review"]),
                 "joined": tuple(e["joined"]),
                 "mentions": tuple(Mention(m["expression"], m["value"], tuple(m["span"])) for m in e["mentions"])})
        for e in value["events"]
    )
    return Document(
        path=value["path"],
        source=SourceMeta(**value["source"]),
        events=events,
        published_line=value["published_line"],
    )


@dataclass(frozen=True)
class Base:
    """What the machine last wrote for a content file (its `.generated` base), to tell what editors touched."""

    source: Mapping[str, Any]
    events: Mapping[str, Any]  # by id

    def untouched(self, event: Mapping[str, Any], source: Mapping[str, Any]) -> bool:
        """Whether an event is the machine's own, read against the same publication day and language."""
        return self.events.get(event.get("id")) == event and all(
            self.source.get(key) == source.get(key) for key in ("published", "language")
        )


def machine_base(content: Path, name: str, ours: yamlfast.Read, ours_text: str, say: Messages | None) -> Base | None:
    """The base of a content file (shown as `name`), read as `ours` from `ours_text`; None when there is no record.
    A base of the wrong shape is an `InputError` at its line: a pull request can change it too.

    An untouched content file is the machine's text itself: its values are reused, not read again.
    """
    path = generated_path(content)
    if not path.exists():
        return None
    shown = generated_path(Path(name)).as_posix()
    text = read_text(path, shown, say)
    machine = ours if text == ours_text else read(text, shown, say)
    _require_mergeable(machine.values, shown, machine.position, say)
    return Base(machine.values["source"], {fields["id"]: fields for fields in machine.values["events"]})


def _source_meta(values: Mapping, slug: str, name: str, where: Where) -> SourceMeta:
    """The source section, with what extraction relies on checked: an editor's typo is an error at its line."""
    if not isinstance(values.get("file"), str):
        raise InputError(name, "'source:' has no 'file:'", *where(values))
    for key, validate in (("published", parse_dct), ("language", load_language)):
        if values.get(key) is None:
            continue
        try:
            validate(values[key])
        except ValueError as error:
            raise InputError(name, f"'{key}': {error}", *where(values, key)) from None
    return SourceMeta(slug=slug, **{key: values[key] for key in SOURCE_FIELDS if key in values})


def _event(values: Mapping[str, Any], slug: str, name: str, machine: Mapping | None, where: Where) -> Event:
    """The event of its fields, or an `InputError` at them."""
    try:
        return Event(
            id=values["id"],
            source=slug,
            when=values["when"],
            text=values["text"],
            expression=values["expression"],
            span=_pair(values.get("span")),
            sentence_span=_pair(values.get("sentence")),
            mod=values.get("mod"),
            interval=interval(values["when"]),
            context=tuple(values.get("context") or ()),
            review=_codes(values.get("review")),
            anchor=values.get("anchor"),
            mentions=tuple(
                Mention(m["expression"], m["value"], _pair(m.get("span"))) for m in values.get("mentions") or ()
            ),
            joined=tuple(str(ident) for ident in values.get("joined") or ()),
            confirmed=values.get("confirmed") is True,
            edited=machine is not None and machine.get(values["id"]) != values,
            line=where(values)[0],
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(
            name, f"event '{values.get('id')}' is not valid ({error}); run `kroniek check`", *where(values)
        ) from None


def _codes(value: Any) -> tuple[str, ...]:
    """Reason codes as written: a list of them (an older file's words, one string, are kept as one reason)."""
    if isinstance(value, list):
        return tuple(str(code) for code in value)
    return (str(value),) if value else ()


def _pair(value: Iterable[int] | None) -> tuple[int, int]:
    if value is None:
        return NO_SPAN
    start, end = value
    return int(start), int(end)
