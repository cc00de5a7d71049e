"""Read an article file into a `Source`, keeping every character offset exact.

Two formats arrive:
- scraped plain text (`.txt`): an optional ` date 2022-01 ` metadata prefix on the
  first line, an optional title line, short subheadings, one paragraph a line;
- Markdown (`.md`) with YAML front matter (`title`, `published`, `url`,
  `publisher`, `language`, `timezone`).
`Source.text` is the decoded file, unchanged, so offsets slice back to the words.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.cyaml import CParser
from yaml.resolver import Resolver

from generator.errors import InputError
from generator.model import Block, Source
from generator.project import Project
from generator.support.regular import NotRegular, read_regular
from generator.support.yaml_safety import refusal
from generator.support.zones import unknown_zone
from generator.temporal.language import load
from generator.text.clauses import credit_line
from generator.text.slugs import short_hash, slugify

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")

# `\Z`, never `$`, ends a pattern here: `$` also matches before a final line break, so `x\n` would pass for `x`.
_DATE_PREFIX = re.compile(r"[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]+|(?=[\r\n])|\Z)")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A line that ends a sentence: final punctuation, then perhaps closing quotes or brackets.
_END_PUNCTUATION = re.compile(r"[.!?…][\"'”’»)\]]*\Z")
# A line with a clock time and a colon is a schedule's or results' entry (`14.30 uur: Ajax - PSV 2-1`), told in no
# sentence: a paragraph, not a heading; also where a scraper ran it on after the entry before it (`PSV - Ajax 2-1
# 16.45 uur: Feyenoord - AZ`).
_TIMED_ENTRY = re.compile(r"\d{1,2}[.:h]\d{2}\b[^:\d]{0,10}:\s")
# So is a list's line that gives its item's clock times after a colon, perhaps after one word (`Limburg: van 17.00 tot
# 22.00 uur`, a warning's hours per province; `Aftrap: 20.00 uur`; in the Flemish way, `Aankomst: omstreeks 16u30`,
# not a race's time before its seconds, `Eindtijd: 2u02'42"`), below the title: the title keeps its place whatever it
# holds. Any one word, not a list of prepositions: the shape says it in every language.
_TIMED_ITEM = re.compile(r":\s+(?:[^\W\d_]+\s+)?\d{1,2}(?:[.:]\d{2}|u\d{2}(?!['’\"]))\b")
# So is a calendar's line that opens with its item's day, a number and a word, maybe after another word, before a
# colon and the item (`zondag 4 oktober: Waterloo`, `12 mei: finale`), below the title, where the line right before
# or after it is one too: a calendar lists its days line under line, where a subheading (`Per 1 juli: hogere huren`)
# stands between paragraphs.
_DATED_ITEM = re.compile(r"(?:[^\W\d_]+[ \t]+)?\d{1,2}[ \t]+[^\W\d_]+:[ \t]+\S")
# So is a schedule's line that ends with its item's clock time in brackets (`Vitesse - Ajax (18.30 uur)`, a match and
# its kick-off), below the title.
_TIMED_LINE_END = re.compile(r"\(\d{1,2}[.:h]\d{2}(?:\s+[^\W\d_]+)?\)\Z")
# So is a live blog's entry opening with its time stamp written with a dot, before a dash, a slash or a word
# (`15.36 - Boot in de haven weer vast`, `20.03 / Geen code geel meer`, `01.52 In Noordveen blijft …`), below the
# title: the entry's title line tells its happening, as the tagger reads the stamp (a video's length is written with
# a colon: `2:08 Zorg staat op instorten`).
_STAMPED_ENTRY = re.compile(r"\d{1,2}\.\d{2}[ \t]+(?:[-–/][ \t]+)?[^\W\d_]")
# So is one whose stamp follows the word the blog opens its entries with (the language's `stamp_lead`, as the tagger
# reads it) before a capital: `UPDATE 14.16 KNVB overlegt`, `Update 17u43 Politie sluit de straat af`, `Update 17:43 -
# Brandweer rukt uit` (an hour of the day in two digits where a colon writes it). Only that word: any word would take
# a heading's `Vanaf 15.00 Code oranje`, `Video 12:08 Zo ging het mis` for an entry.
_STAMP_TIME = r"(?:(?:[01]?\d|2[0-3])[.u][0-5]\d|(?:[01]\d|2[0-3]):[0-5]\d)"  # a colon has two digits before it
_LED_STAMP = re.compile(rf"([^\W\d_]+)[ \t]+{_STAMP_TIME}[ \t]+(?:[-–/][ \t]+)?[A-ZÀ-ÖØ-Þ]")
# A live blog's stamp on a line of its own, maybe after the word the blog opens its entries with and maybe with one
# word, or a short title read as a heading, after it (`20.03`, `Update 17u43`, `17.20 uur`, `Update 17u42: alles te
# herdoen`): the entry it stamps is the line below it. A programme's line that tells its item (`12.50 uur: Glazen Koets
# rijdt naar Binnenhof`) is an entry itself; a colon has two digits before it (`2:08` is a video's length).
_STAMP_LINE = re.compile(
    rf"(?:([^\W\d_]+)[ \t]+)?{_STAMP_TIME}(?:[ \t]+[^\W\d_A-ZÀ-ÖØ-Þ]+)?(?P<title>[ \t]*[:/–-][ \t]+\S.*)?"
)
# Stamp lines over an entry an article must hold to be a live blog: one alone is a byline's time (`16 juli 2019` over
# `13u01`), and a sidebar's stamps (`13:05` over `Brand in flat onder controle`, then the next) stamp no entry.
_STAMP_LINES = 2
# A site's breadcrumb, its path to the page (`Home > Raad en College > Gemeenteraadsnieuws > Besproken en besloten raad
# 28 september 2017`): three or more steps apart by ` > `, each a name with its capital, the last the page's title
# again. It labels the page as a heading does, past a heading's length up to a title's: it tells no happening.
_BREADCRUMB_STEP = " > "
_BREADCRUMB_STEPS = 3
_MD_HEADING = re.compile(r"(?P<marks>#{1,6})[ \t]+(?P<words>.*?)[ \t#]*\Z")
_FRONT_MATTER_FIELDS = ("title", "published", "url", "publisher", "language", "timezone")
HEADING_MAX_CHARS = 100
# A headline may run longer than a subheading (`Sinterklaas komt vroeg dit jaar: de stoomboot meert al begin
# november aan in Zeeland`); a first line without end punctuation up to this long is still the title, not a
# paragraph to tell events.
TITLE_MAX_CHARS = 200


# No news article comes near this; a bigger file is a scraper's mistake. Refusing it bounds memory and the
# content file (about 8 characters of YAML per character of dense news text, under `store.MAX_YAML_CHARS`).
MAX_ARTICLE_BYTES = 1_048_576
# Byte-order marks and the codec that reads past them; UTF-32 first, as its LE mark starts with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters no article text has (tab, line breaks and form feeds are fine): binary data or a broken file.
# Nor may a content file's text hold them (`content.check`): they would reach a terminal or a calendar raw.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class _RefusingComposer(Composer):
    """PyYAML's composer refusing what `support.yaml_safety` refuses: anchors, aliases, unusual tags, deep nesting."""

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        event = self.peek_event()
        self._depth += 1
        try:
            reason = refusal(event, self._depth)
            if reason:
                raise yaml.composer.ComposerError(None, None, reason, event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _TextDatesResolver(Resolver):
    """YAML 1.1 scalars but dates as written, so `2022-02-30` is reported, not a crash."""

    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in Resolver.yaml_implicit_resolvers.items()
    }


class _TextDatesLoader(_RefusingComposer, CParser, SafeConstructor, _TextDatesResolver):
    """libyaml's parser (front matter five times faster than PyYAML's) under the refusing composer.

    The composer comes before `CParser` among the bases, so libyaml's own composer,
    which would skip `refusal`, is never used: every node is checked before it is built.
    """

    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        _RefusingComposer.__init__(self)
        SafeConstructor.__init__(self)
        _TextDatesResolver.__init__(self)


class _PureSafeLoader(_RefusingComposer, _TextDatesResolver, yaml.SafeLoader):
    """The same loader on PyYAML's own parser, whose error messages and lines Kroniek has always reported."""


# What libyaml reads otherwise than PyYAML, found by differential fuzzing (tests/test_articles.py): tabs, byte-order
# marks, a comment right after a block scalar's header, and `?` with a flow collection (PyYAML takes any `?` in one
# for a key). Such front matter goes to PyYAML's parser alone.
_LIBYAML_DIFFERS = re.compile(r"[\t\ufeff]|[|>][-+0-9]*#")


def _load_front_matter(raw: str) -> object:
    """The YAML's value as PyYAML's parser reads it, through libyaml's where the two agree.

    libyaml words its errors differently ("did not find expected key"), so on any
    error the text is read again by PyYAML, whose message and line are reported.
    """
    if not _LIBYAML_DIFFERS.search(raw) and not ("?" in raw and ("[" in raw or "{" in raw)):
        try:
            return yaml.load(raw, Loader=_TextDatesLoader)
        except yaml.YAMLError:
            pass  # read again below for PyYAML's wording
    return yaml.load(raw, Loader=_PureSafeLoader)


HEADING_MAX_WORDS = 14
TITLE_MAX_WORDS = 30


def find_articles(paths: Iterable[Path]) -> list[Path]:
    """The article files named, or found inside the folders named, in a stable order.

    Folders are walked by `lstat`, never through a symbolic link. A link found (of
    any name: it may lead to a folder of articles) and a FIFO or device with an
    article's suffix are returned like articles, so that reading them names the
    refusal instead of skipping them in silence.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            found.extend(_walk(path))
        else:
            found.append(path)
    return found


def _walk(folder: Path) -> Iterator[Path]:
    for entry in sorted(folder.iterdir()):
        mode = entry.lstat().st_mode
        if stat.S_ISDIR(mode):
            yield from _walk(entry)
        elif stat.S_ISLNK(mode) or entry.suffix.lower() in ARTICLE_SUFFIXES:
            yield entry


def unique_slugs(names: Iterable[str]) -> dict[str, str]:
    """A slug per file name, unique even when two names give the same one.

    The file whose stem already is its slug keeps it (else the first by name);
    the others get a short hash of their name, so no slug depends on which other
    files happen to be read in the same run, except in the colliding group.
    """
    by_slug: dict[str, list[str]] = {}
    for name in sorted(set(names)):
        by_slug.setdefault(slugify(Path(name).stem), []).append(name)
    result: dict[str, str] = {}
    for slug, group in by_slug.items():
        keeper = next((name for name in group if Path(name).stem == slug), group[0])
        for name in group:
            result[name] = slug if name == keeper else f"{slug}-{short_hash(name)}"
    return result


def read_article(
    path: Path, root: Path, slug: str | None = None, warnings: list[InputError] | None = None
) -> Source:
    """Read one article; raise `InputError` naming the file (and line) if it is unusable.

    What is worth saying but no reason to refuse the article (the encoding had
    to be guessed) is appended to `warnings` when given.
    """
    name = Project(root).relative(path)
    text, warning = decode_article(read_capped(path, name), name)
    if warning is not None and warnings is not None:
        warnings.append(warning)
    if not text.strip():
        raise InputError(name, "the article is empty")
    meta: dict[str, str | None] = {}
    body_start = 0
    marked_up = text.startswith("---") and _LINE.match(text).group().rstrip() == "---"
    if marked_up:
        meta, body_start = _front_matter(text, name, warnings)
    else:
        match = _DATE_PREFIX.match(text)
        if match:
            meta["published"] = _published(match.group("date"), name, 1)
            body_start = match.end()
    language = meta.get("language") or "nl"
    blocks = tuple(_markdown_blocks(text, body_start) if marked_up else _plain_blocks(text, body_start, language))
    if not marked_up:  # a scraper's lines; Markdown's editor writes a blog's entries as they should be read
        blocks = _stamps_over_entries(text, blocks, language)
    if not blocks:
        raise InputError(name, "the article has no text after its metadata")
    if not meta.get("title") and blocks[0].kind == "title":
        meta["title"] = text[blocks[0].start : blocks[0].end]
    return Source(
        path=name,
        slug=slug or slugify(path.stem),
        text=text,
        blocks=blocks,
        title=meta.get("title"),
        published=meta.get("published"),
        url=meta.get("url"),
        publisher=meta.get("publisher"),
        language=language,
        timezone=meta.get("timezone"),
    )


def read_capped(path: Path, name: str) -> bytes:
    """The bytes of a regular file of at most `MAX_ARTICLE_BYTES`; anything else is refused before it is read.

    Opened without following a final symbolic link and without blocking (a FIFO
    would hang an `open`), then read no further than the cap: `/dev/zero` or a
    file that grows while read cannot fill the memory.
    """
    try:
        data, size = read_regular(path, MAX_ARTICLE_BYTES)
    except NotRegular as error:
        raise InputError(name, str(error)) from None
    except OSError as error:
        raise InputError(name, f"cannot read the file: {error.strerror or error}") from None
    if size > MAX_ARTICLE_BYTES or len(data) > MAX_ARTICLE_BYTES:
        raise _too_big(name, max(size, len(data)))
    return data


def _too_big(name: str, size: int) -> InputError:
    limit = MAX_ARTICLE_BYTES / 2**20
    return InputError(name, f"the file is {size / 2**20:.1f} MB; an article may be at most {limit:g} MB")


def decode(data: bytes, name: str) -> str:
    """The article's text as `read_article` decodes it, so offsets agree; an `InputError` if it is no text."""
    return decode_article(data, name)[0]


def decode_article(data: bytes, name: str) -> tuple[str, InputError | None]:
    """The text of an article file, and a warning naming the encoding when it had to be guessed.

    UTF-8 is the rule. A byte-order mark says UTF-16 or UTF-32 (warned: other
    tools may not read it). Bytes that are not UTF-8 are read as Windows-1252,
    which agrees with Latin-1 on every letter, and the warning says so: `café`
    comes out as `café`. NUL bytes or control characters mean binary.
    """
    if len(data) > MAX_ARTICLE_BYTES:
        raise _too_big(name, len(data))
    encoding = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data:
        raise InputError(name, "the file is binary (it contains NUL bytes), not an article")
    warning = None
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        if encoding is not None:
            raise InputError(name, f"not valid {encoding.upper()} text despite its byte-order mark", line) from None
        text = _legacy_text(data, name)
        byte = f"0x{data[error.start]:02x}"
        warning = InputError(name, f"not UTF-8 (byte {byte}); read as Windows-1252 (Latin-1), save it as UTF-8", line)
    if encoding in ("utf-16", "utf-32"):
        warning = InputError(name, f"read as {encoding.upper()} (byte-order mark); save it as UTF-8")
    _refuse_control_characters(text, name)
    return text, warning


def _legacy_text(data: bytes, name: str) -> str:
    """Text in the 8-bit encoding Dutch newsroom software still writes: Windows-1252 (Latin-1 and more)."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        message = f"not text: byte 0x{data[error.start]:02x} is neither UTF-8 nor Windows-1252 (binary?)"
        raise InputError(name, message, data.count(b"\n", 0, error.start) + 1) from None


def _refuse_control_characters(text: str, name: str) -> None:
    found = CONTROL_CHARACTERS.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        raise InputError(name, f"the file looks binary: control character U+{ord(found.group()):04X}", line)


def _lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line from `start`, without its line break."""
    position = start
    while position < len(text):
        line = _LINE.match(text, position).group()
        yield position, position + len(line.rstrip("\r\n"))
        position += len(line) or 1


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding white space."""
    segment = text[start:end]
    left = len(segment) - len(segment.lstrip())
    return start + left, start + len(segment.rstrip())


def _is_heading_like(line: str, title: bool = False, leads: frozenset[str] = frozenset()) -> bool:
    """Whether a line reads as a heading (or, `title`, as the first line's headline); `leads` are the words a live
    blog opens its entries with."""
    led = _LED_STAMP.match(line)
    return (
        len(line) <= (TITLE_MAX_CHARS if title else HEADING_MAX_CHARS)
        and len(line.split()) <= (TITLE_MAX_WORDS if title else HEADING_MAX_WORDS)
        and not _END_PUNCTUATION.search(line)
        and not line.endswith((":", ",", ";"))
        and not _TIMED_ENTRY.search(line)
        and (title or not (_TIMED_ITEM.search(line) or _TIMED_LINE_END.search(line) or _STAMPED_ENTRY.match(line)))
        and (title or led is None or led.group(1).lower() not in leads)
    )


def _is_breadcrumb(line: str) -> bool:
    """Whether a line is a site's breadcrumb (`Home > Nieuws > …`), up to a title's length; not a sentence's sign
    (`bij temperaturen > 30 graden > 25 graden`)."""
    steps = line.split(_BREADCRUMB_STEP)
    named = all(step[:1].isupper() for step in steps)
    return len(line) <= TITLE_MAX_CHARS and len(steps) >= _BREADCRUMB_STEPS and named


def _plain_blocks(text: str, body_start: int, lang: str) -> Iterator[Block]:
    """Scraped text: a line a paragraph, a first line without end punctuation a title."""
    leads = load(lang).stamp_leads
    spans = [_stripped(text, s, e) for s, e in _lines(text, body_start)]
    spans = [(s, e) for s, e in spans if e > s]
    for index, (start, end) in enumerate(spans):
        line = text[start:end]
        is_last = index == len(spans) - 1
        listed = index > 0 and _DATED_ITEM.match(line) and any(
            _DATED_ITEM.match(text[s:e]) for s, e in spans[max(1, index - 1) : index + 2] if s != start
        )
        if (_is_heading_like(line, index == 0, leads) or _is_breadcrumb(line)) and not is_last and not listed:
            yield Block("title" if index == 0 else "heading", start, end)
        else:
            yield Block("paragraph", start, end, embed_dropped=line.endswith(":"))


def _stamps_over_entries(text: str, blocks: tuple[Block, ...], lang: str) -> tuple[Block, ...]:
    """The blocks, each live blog stamp standing on a line of its own made one paragraph with the block right below it,
    the entry it stamps or the entry's title (`Update 17u43` over `Opnieuw valt een renner aan.`, `20.03` over `Geen
    code geel meer`): alone, the stamp tells nothing and its entry has no date. Only in a live blog: at least
    `_STAMP_LINES` stamps each over an entry that tells something (a sentence before the next stamp). Not with a
    photo's credit below (`Foto: ANP`), nor another stamp. Plain text only: a scraper's lines."""
    leads = load(lang).stamp_leads
    stamps = [block.kind != "title" and _stamp_line(text, block, leads) for block in blocks]
    told = [stamped and _entry_below(blocks, stamps, index) for index, stamped in enumerate(stamps)]
    if sum(told) < _STAMP_LINES:
        return blocks
    merged: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        below = blocks[index + 1] if told[index] else None  # (a told stamp has its entry below it)
        if below is not None and not credit_line(text, (below.start, below.end), lang):
            merged.append(Block("paragraph", block.start, below.end, below.embed_dropped))
            index += 2
        else:
            merged.append(block)
            index += 1
    return tuple(merged)


def _stamp_line(text: str, block: Block, leads: frozenset[str]) -> bool:
    """Whether a block is a live blog's stamp on a line of its own (after the blog's word for it, if any)."""
    line = text[block.start : block.end]
    found = _STAMP_LINE.fullmatch(line)
    if found is None or (found.group("title") and block.kind != "heading"):
        return False
    return found.group(1) is None or found.group(1).lower() in leads


def _entry_below(blocks: tuple[Block, ...], stamps: list[bool], index: int) -> bool:
    """Whether the stamp at `index` stands over an entry that tells something: a paragraph before the next stamp."""
    for below, stamped in zip(blocks[index + 1 :], stamps[index + 1 :], strict=True):
        if stamped:
            return False
        if below.kind == "paragraph":
            return True
    return False


def _markdown_blocks(text: str, body_start: int) -> Iterator[Block]:
    """Markdown body: `#` lines are headings, runs of non-blank lines are paragraphs."""
    paragraph: tuple[int, int] | None = None
    for start, end in _lines(text, body_start):
        s, e = _stripped(text, start, end)
        heading = _MD_HEADING.match(text[s:e]) if e > s else None
        if e == s or heading:
            if paragraph:
                yield Block("paragraph", *paragraph)
                paragraph = None
            if heading:
                words = s + heading.start("words")
                kind = "title" if len(heading.group("marks")) == 1 else "heading"
                yield Block(kind, words, words + len(heading.group("words")))
            continue
        paragraph = (paragraph[0], e) if paragraph else (s, e)
    if paragraph:
        yield Block("paragraph", *paragraph)


def _front_matter(
    text: str, name: str, warnings: list[InputError] | None = None
) -> tuple[dict[str, str | None], int]:
    """Parse the `---` block at the top; return its fields and where the body starts.

    Lines are read only up to the closing fence: the body is split into lines once, by its own reader.
    A field Kroniek does not know (`datum:`) is appended to `warnings`: it would otherwise be ignored in silence.
    """
    lines = _lines(text, 0)
    opening_end = next(lines)[1]
    for start, end in lines:
        if text[start:end].rstrip() in ("---", "..."):
            raw = text[opening_end:start]
            body_start = next(lines, (len(text),))[0]
            break
    else:
        raise InputError(name, "front matter is not closed with a '---' line", line=1)
    try:
        data = _load_front_matter(raw) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1  # the raw block starts on the file's first line
        problem = " ".join(str(getattr(error, "problem", error)).split())  # PyYAML's words, on one line
        raise InputError(name, f"front matter is not valid YAML: {problem}", line) from None
    if not isinstance(data, dict):
        raise InputError(name, "front matter must be a mapping of fields", line=2)
    if warnings is not None:
        warnings.extend(_unknown_field(text[:body_start], name, key) for key in data if key not in _FRONT_MATTER_FIELDS)
    meta: dict[str, str | None] = {}
    for key in _FRONT_MATTER_FIELDS:
        value = data.get(key)
        if value is None:
            continue
        line = _key_line(text, key)
        if key == "published":
            meta[key] = _published(value, name, line)
        elif key == "timezone" and (reason := unknown_zone(value)):
            raise InputError(name, f"front matter field 'timezone': {reason}", line)
        elif isinstance(value, str):
            meta[key] = value.strip()
        else:
            raise InputError(name, f"front matter field '{key}' must be text, not {type(value).__name__}", line)
    return meta, body_start


def _unknown_field(front_matter: str, name: str, key: object) -> InputError:
    """The warning for a front matter field that is not one of `_FRONT_MATTER_FIELDS`, with the nearest known one."""
    shown = str(key)
    nearest = difflib.get_close_matches(shown.lower(), _FRONT_MATTER_FIELDS, n=1, cutoff=0.7)
    hint = f"did you mean '{nearest[0]}'? " if nearest else ""
    known = ", ".join(_FRONT_MATTER_FIELDS)
    message = f"unknown front matter field '{shown}' is ignored; {hint}the fields are {known} (docs/articles.md)"
    return InputError(name, message, _key_line(front_matter, shown))


def _key_line(text: str, key: str) -> int:
    """The number of the first line starting with `key:`, for messages (1 if none does)."""
    found = re.search(rf"(?<![^\r\n]){re.escape(key)}:", text)
    return len(_LINE_BREAK.findall(text, 0, found.start())) + 1 if found else 1


def _published(value: object, name: str, line: int) -> str:
    """A publication date as known: a day or a month, checked to exist."""
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            dt.date.fromisoformat(text)
            return text
        if re.fullmatch(r"\d{4}-\d{2}", text):
            dt.date.fromisoformat(text + "-01")
            return text
    except ValueError:
        raise InputError(name, f"publication date '{text}' does not exist", line) from None
    raise InputError(name, f"publication date '{text}' is neither YYYY-MM-DD nor YYYY-MM", line)
