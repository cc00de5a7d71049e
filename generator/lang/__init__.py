"""Language knowledge as data: one folder per language (`nl/`), one YAML file per part of the product.

`temporal.yaml` is the tagger's (words, patterns, holidays, tense cues), `text.yaml` the sentence splitter's and
the clause reader's (abbreviations, clause words, the marks of stress `as_listed` drops), `site.yaml` the site's
words, `messages.yaml` what editors are told (`messages`), `editing.yaml` the forms an editor may type
(`content.when`). A second language is a new folder with the same files; no code names a Dutch word. This package
imports nothing of Kroniek's but its error for a bad value (`errors.BadValue`).
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from generator.errors import BadValue

LANG_DIR = Path(__file__).parent
DEFAULT_LANGUAGE = "nl"  # Kroniek's own language: what a project whose mkdocs.yml names none gets
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")  # ISO 639: never a path such as '../lang/nl'


def data_file(code: str, part: str) -> Path:
    """The data file `part` of language `code`; ValueError when there is none."""
    path = LANG_DIR / str(code) / f"{part}.yaml"
    if not isinstance(code, str) or not _LANGUAGE_CODE.fullmatch(code) or not path.is_file():
        raise BadValue(f"no {part} language data for {code!r} (looked for {path})")
    return path


def as_listed(word: str, code: str) -> str:
    """A word (or a run of words) as language `code`'s word lists write it: composed (an accent typed as its own
    mark is one letter with it), lower case, a straight apostrophe (zo’n: zo'n) and none of the marks of stress its
    `text.yaml` names (`stress_marks`: in Dutch `géén shows` denies as `geen shows` does; another language's accents
    may make other words). The one place where the clause and tense readers read words for their lists."""
    if word.isascii():  # most words: nothing to compose or drop, as no mark `_listing` drops is ASCII
        return word.lower()
    return unicodedata.normalize("NFC", word).lower().translate(_listing(code))


@cache
def _listing(code: str) -> Mapping[int, str]:
    """The letters language `code` writes otherwise in its word lists: a typed apostrophe is the straight one, and a
    stressed letter (`stress_marks`) its plain one. BadValue for a mark in ASCII, which `as_listed` never looks
    for."""
    marks = _parsed(data_file(code, "text")).get("stress_marks", {})
    if any(mark.isascii() for mark in marks):
        raise BadValue(f"{code}: a mark of stress is a letter outside ASCII, not one of {sorted(marks)}")
    return MappingProxyType(str.maketrans({"\u2019": "'", **marks}))


def read_data(code: str, part: str) -> dict[str, Any]:
    """The data file `part` of language `code`, parsed once per process (the splitter and the clause reader share
    `text.yaml`); each caller gets a copy of its own to take apart. ValueError when there is none."""
    return copy.deepcopy(_parsed(data_file(code, part)))


@cache
def _parsed(path: Path) -> dict[str, Any]:
    """Cached by the file, not the language's code: another `LANG_DIR` (a test's) is other data."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))
