"""The words of the site in one language, read from `lang/<code>/site.yaml`.

The code that writes pages and review notes names no word of any language: it
asks a `SiteWords` for them, so a second language is a new data folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import yaml
from babel import Locale
from markupsafe import Markup

from generator.lang import data_file

DEFAULT_LANGUAGE = "nl"  # Kroniek's own language: what a call that names none gets (a site passes its theme's)


@dataclass(frozen=True)
class SiteWords:
    """One language's site words: Babel's locale and formats, labels, template snippets, review notes."""

    code: str
    locale: str
    formats: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    seasons: Mapping[str, str]
    mods: Mapping[str, str]
    decades: tuple[str, ...]
    labels: Mapping[str, str]
    unknown: Mapping[str, str]  # what a value with unknown parts says it does not know
    counts: Mapping[str, Mapping[str, str]]
    page: Mapping[str, Markup]  # trusted HTML from the package's data
    review: Mapping[str, str]
    script: Mapping[str, object]  # the words of the site's scripts (plain text), with `counts` and `locale`

    def count(self, noun: str, n: int) -> Markup:
        """`3 gebeurtenissen`: the noun in the plural form the locale's CLDR rules ask for `n`."""
        forms = self.counts[noun]
        return Markup(forms.get(Locale.parse(self.locale).plural_form(n), forms["other"]).format(n=n))

    def __reduce__(self) -> tuple[object, tuple[str]]:
        """Pickled by its code: worker processes read the same data file once."""
        return site_words, (self.code,)


@cache
def site_words(code: str) -> SiteWords:
    """The site words of language `code`; ValueError when there is no `site.yaml` for it."""
    data = yaml.safe_load(data_file(code, "site").read_text(encoding="utf-8"))
    return SiteWords(
        code=code,
        locale=data["locale"],
        formats=data["formats"],
        parts_of_day=data["parts_of_day"],
        seasons=data["seasons"],
        mods=data["mods"],
        decades=tuple(data["decades"]),
        labels=data["labels"],
        unknown=data["unknown"],
        counts=data["counts"],
        page={key: Markup(value) for key, value in data["page"].items()},
        review=data["review"],
        script={**data["script"], "counts": data["counts"], "locale": data["locale"]},
    )
