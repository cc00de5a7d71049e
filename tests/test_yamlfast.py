"""The one reader of content files: libyaml's values as ruamel's round trip reads them, each at its place."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml.comments import TaggedScalar
from ruamel.yaml.nodes import ScalarNode
from strategies import texts

from generator.content import store, yamlfast
from generator.content.merge import plain
from generator.errors import InputError

READ_OTHERWISE = yamlfast.UNICODE_BREAKS | {"\t"}  # libyaml reads these otherwise than ruamel

# Plain scalars whose type depends on YAML 1.2's rules, or on ruamel's reading of them.
ODD_SCALARS = [
    "yes", "no", "on", "True", "TRUE", "false", "y", "n", "null", "Null", "NULL", "~", "", "0", "00", "007", "-0",
    "+12", "-12", "12", "0o10", "0o0", "0x1F", "0x1f", "0b101", "1_000", "1_", "_1", "1.5", "1.", ".5", "1e3",
    "1.5e3", "1E+3", "-.inf", ".NaN", ".nan", "2022-01-06", "2022-1-6", "2022-01-06T10:30:00", "2022-01-06 10:30:00Z",
    "2022-01-06t10:30:00.5+01:00", "2022-01", "2022", "10:30", "1:20:30", "=", "<<", "a<<", "2022-01-06TMO", "P3D",
    "art-00001-2018-fd0e41", "Om 10:30 uur.", "eind #3", "zo'n dag", "€ 5", "Ü ber", "@", "%", "`", "x\\y",
]  # fmt: skip

EDITED = """\
# yaml-language-server: $schema=x
source:
  title: 'Titel'   # a comment
  published: 2022-01-06
  file: "seeds/a.txt"
  extra: [1, 0o17, 0x1F, 1_000, 1.5, .inf, ~, yes, True, null, "", '']
  nested: {a: 1, b: [x, 'y'], c: {}}
events:
  # the machine's
  - id: a
    when: 2022-01-06TMO
    text: >-
      Gevouwen
      tekst.
    literal: |
      regel een
        regel twee
    plain: een zin
      over twee regels
    quoted: "een zin
      over twee regels"
    span: [1, 2]
  - {id: b, when: '2022'}
  - 7
  - []
  - - nested
    - list
compact:
- een
- twee: 2
  drie: 3
"""


def _plain(node):
    """`plain` of a ruamel tree, its `=` scalar (tagged "value") as its text."""
    if isinstance(node, TaggedScalar):
        return node.value
    if isinstance(node, dict):
        return {key: _plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(item) for item in node]
    return node


def _stamps_as_written(node, lines: list[str]):
    """A ruamel tree with each time stamp key as the reader names it: as written, not as `str` of its datetime."""
    if isinstance(node, dict):
        written = {}
        for key, value in node.items():
            if isinstance(key, dt.datetime):
                line, column = node.lc.key(key)
                key = re.match(r"(.*?)\s*:(?:\s|$)", lines[line][column:]).group(1)
            written[key] = _stamps_as_written(value, lines)
        return written
    if isinstance(node, list):
        return [_stamps_as_written(item, lines) for item in node]
    return node


def _positions(tree, path=()):
    """(path, `store.position` of the value there) for every value under string keys and indexes."""
    items = tree.items() if isinstance(tree, dict) else enumerate(tree) if isinstance(tree, list) else ()
    for key, value in items:
        if isinstance(key, str | int) and not isinstance(key, bool):
            yield (*path, str(key) if isinstance(tree, dict) else key), store.position(tree, key)
            yield from _positions(value, (*path, str(key) if isinstance(tree, dict) else key))


def _at(values, path):
    parent = values
    for step in path[:-1]:
        parent = parent[step]
    return parent, path[-1]


def assert_as_ruamel(text: str) -> None:
    """The reader gives the values ruamel's round trip gives and each value's place, or refuses at a line.

    Where libyaml and ruamel read characters differently (NEL and the Unicode separators are line
    breaks for libyaml, tabs and inner byte order marks) only a clean answer is asked for.
    """
    try:
        read = store.read(text, "x.yml")
    except InputError as error:
        assert error.path == "x.yml" and error.message and (error.line is None or error.line >= 1)
        return
    if not READ_OTHERWISE.isdisjoint(text) or text.find("\ufeff", 1) >= 0:
        return
    try:
        tree = store.parse(text, "x.yml")
    except InputError:
        return  # ruamel refuses what libyaml reads (an empty key, a block scalar's odd indentation): no merge either
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    assert repr(read.values) == repr(_plain(plain(_stamps_as_written(tree, lines))))
    for path, position in _positions(tree):
        if plain(path[-1]) == path[-1] and not any(isinstance(step, str) and step != plain(step) for step in path):
            parent, key = _at(read.values, path)
            if not (isinstance(parent, dict | list) and (key in parent if isinstance(parent, dict) else True)):
                continue
            if position != (1, 1) and text[:1] not in "\n ":  # ruamel marks an empty value where the next begins
                assert read.position(parent, key)[0] <= position[0], path


@pytest.mark.parametrize("value", ODD_SCALARS)
@pytest.mark.parametrize("form", ["a: {}\n", "- {}\n", "a: [{}, 1]\n", "{}: key\n", "a:\n  - b: {}\n    c: 1\n"])
def test_odd_plain_scalars_are_read_as_ruamel_reads_them(value, form):
    text = form.format(value)
    assert_as_ruamel(text)
    assert_as_ruamel(form.format(f"'{value}'"))
    assert_as_ruamel(form.format(f'"{value}"'))


def test_an_edited_file_with_comments_block_flow_and_multi_line_scalars_is_read_as_ruamel_reads_it():
    assert_as_ruamel(EDITED)
    read = store.read(EDITED, "x.yml")
    events = read.values["events"]
    assert read.position(events[0], "span") == (22, 11) and read.key_position(events[0], "span") == (22, 5)
    assert read.position(events, 1) == (23, 5) and read.position(read.values["source"]) == (3, 3)
    assert events[0]["text"] == "Gevouwen tekst." and events[0]["plain"] == "een zin over twee regels"


def test_the_repositorys_content_files_are_read_as_ruamel_reads_them(repo: Path):
    for path in sorted((repo / "content").glob("*.yml")):
        text = path.read_text("utf-8")
        assert repr(store.read(text, path.name).values) == repr(plain(store.parse(text, path.name))), path.name


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("a: 1\na: 2\n", 2, 1, "het veld 'a' staat twee keer in hetzelfde blok"),
        ("<<: {a: 1}\nb: 2\n", 1, 1, "samenvoegsleutels (<<) zijn niet toegestaan"),
        ("[a, b]: c\n", 1, 1, "een veldnaam kan geen lijst of blok zijn"),
        ("a: 1\n---\nb: 2\n", 2, 1, "meer dan één document"),
        ("a: [1, 2\n", 1, 4, "de tekst van 'a' begint met '['"),
        ("a: 2022-02-30\n", 1, 4, "2022-02-30 staat niet op de kalender"),
        ("a: !!str 1\n", 1, 4, "de tag tag:yaml.org,2002:str is niet toegestaan"),
        ("a: &x 1\nb: *x\n", 1, 4, "ankers en verwijzingen (& en *)"),
        ("a: " + "[" * 60 + "]" * 60 + "\n", 1, 53, "meer dan 50 niveaus diep genest"),
    ],
)
def test_what_the_reader_refuses_is_named_at_its_place(text, line, column, words):
    with pytest.raises(InputError) as caught:
        store.read(text, "content/x.yml")
    assert (caught.value.line, caught.value.column) == (line, column) and words in caught.value.message


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\r\nb:\r\n  - 2\r\n",
        "\ufeffa: 1\n",
        "a:\nb: 1\n",
        "-\n- b\n",
        "1: a\n2: b\ntrue: c\nnull: d\n",
        "=: a\n",
        "?  - a: \n",
        "a: b: c\n",
        "%YAML 1.1\n---\na: yes\n",
        "- a\n- b\n",
        "just text\n",
        "",
        "# only a comment\n",
        "a: " + "[" * 49 + "]" * 49 + "\n",
        "a: |\n  \n    \nb: 1\n",
    ],
)
def test_odd_texts_are_read_as_ruamel_reads_them_or_refused_at_a_line(text):
    assert_as_ruamel(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(ODD_SCALARS), st.text(max_size=6)), min_size=1, max_size=4))
def test_a_plain_scalars_tag_is_ruamels(values):
    yaml_rt = store._shared_yaml()
    for value in ["".join(values), *values]:
        assert yamlfast._plain_tag(yaml_rt)(value) == str(yaml_rt.resolver.resolve(ScalarNode, value, (True, False)))


# Pieces of block YAML: keys, indicators, indentation, quotes, comments, odd scalars and odd characters.
YAML_PIECES = st.sampled_from(
    [
        "a: ", "id: ", "when: ", "events:\n", "  - ", "- ", "\n", "\n  ", "\n    ", ": ", "# c\n", " # c", "'", '"',
        "''", "[", "]", "{", "}", ", ", "|\n  ", ">-\n  ", "\u2028", "\r\n", "\t", "\ufeff", "\\", "-", "?", "~",
        "…", "é", *ODD_SCALARS,
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(YAML_PIECES, st.text(max_size=4)), max_size=30).map("".join))
def test_any_yaml_like_text_is_read_as_ruamel_reads_it(text):
    assert_as_ruamel(text)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_any_text_is_read_as_ruamel_reads_it(text):
    assert_as_ruamel(text)


SCALARS = st.one_of(st.sampled_from(ODD_SCALARS), st.text(max_size=12), st.integers(), st.none())
TREES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.lists(children, max_size=3).map(tuple),  # written in flow style
        st.dictionaries(st.one_of(st.sampled_from(ODD_SCALARS), st.text(min_size=1, max_size=6)), children, max_size=3),
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=6), TREES, min_size=1, max_size=3), st.booleans())
def test_any_file_ruamel_writes_is_read_as_ruamel_reads_it(tree, comments):
    text = store.dump(store._commented(tree))
    if comments:  # an editor's remarks after values and between lines
        text = "".join(f"{line}  # x\n# y\n" for line in text.splitlines())
    assert_as_ruamel(text)
