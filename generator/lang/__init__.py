"""Language knowledge as data: one folder per language (`nl/`), one YAML file per part of the product.

`temporal.yaml` is the tagger's (words, patterns, holidays, tense cues), `text.yaml` the sentence
splitter's (abbreviations), `site.yaml` the site's words, `messages.yaml` what editors are told
(`messages`), `editing.yaml` the forms an editor may type (`content.when`). A second language is a
new folder with the same files; no code names a Dutch word. This package imports nothing of Kroniek's.
"""

from __future__ import annotations

import copy
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from generator.errors import BadValue

LANG_DIR = Path(__file__).parent
DEFAULT_LANGUAGE = "nl"  # Kroniek's own language: what a project whose mkdocs.yml names none gets
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")  # ISO 639: never a path such as '../lang/nl'
# A typed apostrophe is the straight one; an acute accent on a vowel stresses a word in print and makes no other word
# (géén, níet, nóg, één are geen, niet, nog, een), so the word lists name every word without it.
_AS_LISTED = str.maketrans({"\u2019": "'", "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ý": "y"})


def data_file(code: str, part: str) -> Path:
    """The data file `part` of language `code`; ValueError when there is none."""
    path = LANG_DIR / str(code) / f"{part}.yaml"
    if not isinstance(code, str) or not _LANGUAGE_CODE.fullmatch(code) or not path.is_file():
        raise BadValue(f"no {part} language data for {code!r} (looked for {path})")
    return path


def as_listed(word: str) -> str:
    """A word (or a run of words) as the word lists write it: lower case, a straight apostrophe (zo’n: zo'n) and no
    accent of stress (`géén shows` denies as `geen shows` does). The one place where the clause and tense readers
    read words for their lists, so that a stressed spelling is its list's plain word."""
    return word.lower().translate(_AS_LISTED)


def read_data(code: str, part: str) -> dict[str, Any]:
    """The data file `part` of language `code`, parsed once per process (the splitter and the clause reader share
    `text.yaml`); each caller gets a copy of its own to take apart. ValueError when there is none."""
    return copy.deepcopy(_parsed(data_file(code, part)))


@cache
def _parsed(path: Path) -> dict[str, Any]:
    """Cached by the file, not the language's code: another `LANG_DIR` (a test's) is other data."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))
