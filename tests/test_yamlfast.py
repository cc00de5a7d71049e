"""Reading content files fast: libyaml's parse built into ruamel's exact tree, or ruamel itself when unsure."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml.nodes import ScalarNode
from strategies import texts

from generator.content import store, yamlfast
from generator.content.merge import plain
from generator.errors import InputError

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


def _marks(node, found):
    """Every node's type and flow style, and the line/column marks `position` reads, in document order."""
    lc = getattr(node, "lc", None)
    if lc is not None:
        found.append((type(node).__name__, lc.line, lc.col, dict(lc.data or {}), node.fa.flow_style()))
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        attributes = repr(getattr(value, "__dict__", None))  # a ScalarInt's width, a ScalarFloat's precision…
        found.append((repr(key), type(key).__name__, repr(value), type(value).__name__, attributes))
        _marks(value, found)
    return found


def _outcome(load, text: str):
    """What a loader makes of a text: the tree's values, types and marks, or the error it raises."""
    try:
        tree = load(text, "x.yml")
    except InputError as error:
        return "error", str(error)
    return repr(plain(tree)), _marks(tree, [])  # repr: a TaggedScalar equals only itself


def _positions(tree, path=()):
    """(path, `store.position` of the value there) for every value under string keys and indexes."""
    items = tree.items() if isinstance(tree, dict) else enumerate(tree) if isinstance(tree, list) else ()
    for key, value in items:
        if isinstance(key, str | int) and not isinstance(key, bool):
            yield (*path, str(key) if isinstance(tree, dict) else key), store.position(tree, key)
            yield from _positions(value, (*path, str(key) if isinstance(tree, dict) else key))


def assert_as_ruamel(text: str) -> None:
    assert _outcome(store.load_tree, text) == _outcome(store.parse, text)
    fast = store.load_plain(text)
    if fast is not None:  # what it reads, it reads as ruamel does: the values, and where each stands
        tree = store.parse(text, "x.yml")
        assert repr(fast.values) == repr(plain(tree))
        for path, position in _positions(tree):
            if all(isinstance(step, int) or step.isidentifier() for step in path):  # keys found by their text
                assert fast.position(*path) == position, path


def fast(text: str):
    return yamlfast.load(text, store._shared_yaml())


@pytest.mark.parametrize("value", ODD_SCALARS)
@pytest.mark.parametrize("form", ["a: {}\n", "- {}\n", "a: [{}, 1]\n", "{}: key\n", "a:\n  - b: {}\n    c: 1\n"])
def test_odd_plain_scalars_are_ruamels_values_types_and_marks(value, form):
    text = form.format(value)
    assert_as_ruamel(text)
    assert_as_ruamel(form.format(f"'{value}'"))
    assert_as_ruamel(form.format(f'"{value}"'))


def test_an_edited_file_with_comments_block_flow_and_multi_line_scalars_is_read_as_ruamel_reads_it():
    assert_as_ruamel(EDITED)
    fast(EDITED)  # no fallback: the fast path itself gave ruamel's tree
    assert store.load_plain(EDITED).position("events", 0, "span") == (22, 11)


def test_the_repositorys_content_files_are_read_fast_and_as_ruamel_reads_them(repo: Path):
    for path in sorted((repo / "content").glob("*.yml")):
        text = path.read_text("utf-8")
        assert _outcome(lambda text, _: fast(text), text) == _outcome(store.parse, text), path.name


@pytest.mark.parametrize(
    "text",
    [
        "a: x\u2028y\nb: 1\n",  # libyaml counts the separator as a line break, ruamel does not
        "a: 'x\u2029y'\nb: 1\n",
        'a: "x\x85"\nb: [1,\n  2]\n',
        "a: 1\r\nb:\r\n  - 2\r\n",
        "\ufeffa: 1\n",
        "a:\tb\n",
        "a: 1\na: 2\n",  # a duplicate key: ruamel's own error
        "a:\nb: 1\n",  # empty values: libyaml marks them elsewhere
        "-\n- b\n",
        "1: a\n2: b\ntrue: c\nnull: d\n",
        "<<: {a: 1}\nb: 2\n",
        "=: a\n",
        "[a, b]: c\n",
        "?  - a: \n",  # a key holding a mapping: ruamel cannot hash it, and says so at its line
        "a: [1, 2\n",
        "a: b: c\n",
        "%YAML 1.1\n---\na: yes\n",
        "a: !!str 1\n",
        "a: &x 1\nb: *x\n",
        "- a\n- b\n",
        "just text\n",
        "",
        "# only a comment\n",
        "a: " + "[" * 60 + "]" * 60 + "\n",
        "a: " + "[" * 49 + "]" * 49 + "\n",
        "a: |\n  \n    \nb: 1\n",  # a block scalar of blank lines: ruamel refuses the second one's indentation
    ],
)
def test_texts_the_fast_path_may_not_read_are_read_as_ruamel_reads_them(text):
    assert_as_ruamel(text)


@pytest.mark.parametrize("text", ["a: x\u2028y\n", "a: 1\na: 2\n", "<<: {a: 1}\n", "a: !!str 1\n", "a: &x 1\n"])
def test_the_fast_path_steps_aside_where_it_cannot_promise_ruamels_result(text):
    with pytest.raises(yamlfast.Unsupported):
        fast(text)
    assert store.load_plain(text) is None


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
