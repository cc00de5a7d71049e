"""Where rules can start: the scanner finds the longest prefix, and the copy kept between runs changes nothing."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.lang import data_file
from generator.temporal import language, triggers

DUTCH = data_file("nl", "temporal")
PATTERNS = [r"(?:de|het)\s+nacht", r"(?:op\s+)?\d+\s+mei", r"van(?:avond|nacht)", r"van\s+\d+"]


@given(
    words=st.sets(st.text(alphabet="ab0 '.", min_size=1, max_size=5), min_size=1, max_size=30),
    text=st.text(alphabet="ab0 '.x", max_size=12),
)
def test_the_scanner_finds_the_longest_prefix_at_each_word_start(words: set[str], text: str) -> None:
    found = {hit.start(): hit.group(1) for hit in triggers.scanner(words).finditer(text)}
    for start in range(len(text) + 1):
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue  # not a word start
        there = [word for word in words if text.startswith(word, start)]
        assert found.get(start) == (max(there, key=len) if there else None)


def _compiled(path: Path, store: Path | None) -> tuple[dict[str, tuple[int, ...]], str]:
    """What the cache decides: which rules each prefix starts, and the scanner built from them."""
    compiled = language.compile_file("nl", path, store)
    return {prefix: tuple(rule.index for rule in rules) for prefix, rules in compiled.starts.items()}, (
        compiled.trigger.pattern
    )


@pytest.fixture(scope="module")
def uncached() -> tuple[dict[str, tuple[int, ...]], str]:
    return _compiled(DUTCH, None)


def test_kept_copy_gives_the_same_language(tmp_path: Path, uncached: tuple) -> None:
    store = tmp_path / "cache" / "nl.json"
    assert _compiled(DUTCH, store) == uncached  # computed, then written
    assert json.loads(store.read_text(encoding="utf-8"))["owners"]
    assert _compiled(DUTCH, store) == uncached  # read back


def test_a_changed_rule_is_read_again(tmp_path: Path) -> None:
    data = yaml.safe_load(DUTCH.read_text(encoding="utf-8"))
    store = tmp_path / "nl.json"
    copy = tmp_path / "temporal.yaml"
    copy.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    starts, _ = _compiled(copy, store)
    assert "qzxw" not in starts
    # Same number of rules, one pattern changed: indices alone cannot tell the kept copy is stale.
    data["rules"][0]["pattern"] = f"(?:qzxw|{data['rules'][0]['pattern']})"
    copy.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    changed = _compiled(copy, store)
    assert changed == _compiled(copy, None)
    assert changed[0]["qzxw"] == (0,)


def _store_with_key(tmp_path: Path) -> tuple[Path, str]:
    store = tmp_path / "store.json"
    triggers.cached_owners(PATTERNS, re.IGNORECASE, store)
    return store, json.loads(store.read_text(encoding="utf-8"))["key"]


@pytest.mark.parametrize(
    "planted",
    [
        b"",
        b"not json",
        b"\xff\xfe\x00garbage",
        b"[" * 100_000,  # nested too deep for the parser
        b'["key", "owners"]',
        b'{"key": "%(key)s", "owners": []}',
        b'{"key": "%(key)s", "owners": {"van": [99]}}',  # no such rule
        b'{"key": "%(key)s", "owners": {"van": [true]}}',
        b'{"key": "%(key)s", "owners": {"van": [0.5]}}',
        b'{"key": "%(key)s", "owners": {"van": []}}',
        b'{"key": "%(key)s", "owners": {"": [0]}}',  # would make every rule start anywhere
        b'{"key": "%(key)s", "owners": {"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv": [0]}}',
        b'{"key": "%(key)s", "owners": {"van": "0"}}',
        b'{"key": "another", "owners": {"zzz": [0]}}',
    ],
)
def test_a_damaged_or_planted_store_is_ignored_and_replaced(tmp_path: Path, planted: bytes) -> None:
    store, key = _store_with_key(tmp_path)
    expected = triggers.cached_owners(PATTERNS, re.IGNORECASE, None)
    store.write_bytes(planted.replace(b"%(key)s", key.encode()))
    assert triggers.cached_owners(PATTERNS, re.IGNORECASE, store) == expected
    rewritten = {"key": key, "owners": {prefix: list(rules) for prefix, rules in expected.items()}}
    assert json.loads(store.read_text(encoding="utf-8")) == rewritten


def test_a_store_that_cannot_be_written_costs_nothing_but_time(tmp_path: Path) -> None:
    expected = triggers.cached_owners(PATTERNS, re.IGNORECASE, None)
    (tmp_path / "a file").write_text("", encoding="utf-8")
    assert triggers.cached_owners(PATTERNS, re.IGNORECASE, tmp_path / "a file" / "store.json") == expected
    (tmp_path / "a folder.json").mkdir()
    assert triggers.cached_owners(PATTERNS, re.IGNORECASE, tmp_path / "a folder.json") == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file", "a folder.json"]  # no temporary file left


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_in_place_of_the_store_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "store.json")  # opening it to read would wait for a writer for ever
    expected = triggers.cached_owners(PATTERNS, re.IGNORECASE, None)
    assert triggers.cached_owners(PATTERNS, re.IGNORECASE, tmp_path / "store.json") == expected


def test_left_out_prefixes_change_no_rule_tried(uncached: tuple) -> None:
    """A prefix is left out only where shorter ones own its rules: every prefix still finds the same rules."""
    compiled = language.compile_file("nl", DUTCH, None)
    every: dict[str, set[int]] = {}
    for rule in compiled.rules:
        for prefix in triggers.prefixes(rule.source, language.FLAGS):
            every.setdefault(prefix, set()).add(rule.index)
    assert len(compiled.starts) < len(every)
    for prefix in every:
        wanted = set().union(*(every.get(prefix[:n], ()) for n in range(1, len(prefix) + 1)))
        assert {rule.index for rule in compiled.rules_for(prefix)} == wanted, prefix


def test_the_user_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert language.user_cache_dir() == tmp_path / "xdg" / "kroniek"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # the XDG spec says to ignore it
    assert language.user_cache_dir() == tmp_path / ".cache" / "kroniek"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    assert language.user_cache_dir() is None
