"""The words of the site in one language, read from `lang/<code>/site.yaml`.

The code that writes pages names no word of any language: it asks a `SiteWords` for
them, so a second language is a new data folder. What editors are told (review notes, why
the machine doubts an event) is in the messages (`lang.messages`), the site shows it too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from babel import Locale
from markupsafe import Markup

from generator.lang import DEFAULT_LANGUAGE, read_data

__all__ = ["DEFAULT_LANGUAGE", "SiteWords", "site_words"]


@dataclass(frozen=True)
class SiteWords:
    """One language's site words: Babel's locale and formats, labels, template snippets, names of time zones."""

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
    zone_names: Mapping[str, str]
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
    data = read_data(code, "site")
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
        zone_names=data.get("zone_names") or {},
        script={**data["script"], "counts": data["counts"], "locale": data["locale"]},
    )
