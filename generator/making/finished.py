"""Finished HTML in a page: marked where the templates make it, so a builder need not parse it again.

A page Kroniek renders is Markdown whose headings make the table of contents and whose body is
HTML Kroniek has already made safe (every article and YAML text escaped, every href
percent-encoded). The templates put each stretch of that HTML between two marker lines:

    <!--kr-html-->            HTML to take as it is
    <!--kr-html unindexed-->  the same, and nothing in it for the site's search (cards already indexed
                              elsewhere, lists of sources, the overview grid)
    <!--/kr-html-->

No text from an article or content file can make a marker: all of it is escaped, so it never
holds a `<`. A builder that reads pages as Markdown (Zensical, from the folder) gets them
without markers (`as_markdown`): the HTML is then raw HTML to Markdown, as it always was. The
MkDocs adapter takes each stretch out before Python-Markdown runs (`take_out`) and puts it back
into the HTML it made (`put_back`), after the search plugin has read the page for the unindexed ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

START, UNINDEXED, END = "<!--kr-html-->", "<!--kr-html unindexed-->", "<!--/kr-html-->"
_OPENING = "<!--kr-html"  # what both starting markers begin with
_MARKER_LINE = re.compile(r"^<!--/?kr-html(?: unindexed)?-->\n?", re.M)


@dataclass(frozen=True)
class Stretch:
    html: str
    indexed: bool  # whether the site's search may read it


def as_markdown(page: str) -> str:
    """The page without its markers: Markdown with raw HTML, for any builder."""
    return _MARKER_LINE.sub("", page)


def take_out(page: str, token: str) -> tuple[str, tuple[Stretch, ...]]:
    """The page with each marked stretch replaced by a paragraph `<token><n>`, and the stretches.

    `token` is letters and digits only (no Markdown in it) and should be new for each build: it
    must not occur in the page. A marker counts at the start of a line only; a stretch is the lines
    from its starting marker to the first ending marker after it.

    Found with `str.find`, not a regular expression: a lazy match over a page tries every character
    of its HTML, and this runs on every timeline and source page of every build.
    """
    stretches: list[Stretch] = []
    pieces: list[str] = []
    at = 0  # the end of what is taken so far
    found = _line_start(page, _OPENING, 0)
    while found >= 0:
        opening = next((marker for marker in (START, UNINDEXED) if page.startswith(f"{marker}\n", found)), None)
        if opening is None:
            found = _line_start(page, _OPENING, found + len(_OPENING))
            continue
        body = found + len(opening) + 1
        end = _line_start(page, END, body)
        if end < 0:  # no stretch ends after this one, nor after any later start
            break
        stretches.append(Stretch(page[body:end], indexed=opening == START))
        pieces += [page[at:found], f"\n{token}{len(stretches) - 1}\n\n"]
        at = end + len(END) + page.startswith("\n", end + len(END))
        found = _line_start(page, _OPENING, at)
    pieces.append(page[at:])
    return "".join(pieces), tuple(stretches)


def _line_start(page: str, marker: str, start: int) -> int:
    """Where `marker` next starts a line of `page`, from `start` on (-1: nowhere)."""
    found = page.find(marker, start)
    while found > 0 and page[found - 1] != "\n":
        found = page.find(marker, found + 1)
    return found


def put_back(html: str, token: str, stretches: Sequence[Stretch], *, unindexed: bool) -> str:
    """The HTML the builder made of `take_out`'s page with the stretches back in place of their paragraphs.

    With `unindexed` False the unindexed stretches become comments `<!--<token><n>-->`, left for a second call
    with `unindexed` True once the search has read the page. A stretch whose place is not found is an error
    (`ValueError`), never a page silently short of it.
    """
    if not stretches:
        return html
    expected = {n for n, stretch in enumerate(stretches) if not unindexed or not stretch.indexed}

    def replace(match: re.Match[str]) -> str:
        number = int(match.group(1))
        expected.discard(number)
        stretch = stretches[number]
        return stretch.html if stretch.indexed or unindexed else f"<!--{token}{number}-->"

    pattern = rf"<!--{token}(\d+)-->" if unindexed else rf"<p>{token}(\d+)</p>"
    made = re.sub(pattern, replace, html)
    if expected:
        raise ValueError(f"the builder's HTML lost the place of finished HTML number {min(expected)}")
    return made
