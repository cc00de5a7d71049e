"""A Kroniek page's Markdown, once its finished HTML is out, made into HTML without Python-Markdown.

What `finished.take_out` leaves of a timeline or source page is a few headings (`## label { #anchor .class }`),
a placeholder paragraph for each stretch of finished HTML and at most a line of raw HTML, blocks of one line
each. Python-Markdown's pass over that, with MkDocs' extensions (its block parser, tree processors and
serializer), cost about a millisecond a page: 0.45 s, 3 %, of the CPU of a first build of 1,000 articles × 20
events (docs/performance.md); making its `Markdown` another 0.1 ms, which the adapter skips too for a page made
here. `convert` makes the same HTML and table of contents, as `attr_list` and `toc` would make them, for the pages
it can vouch for, and None for any other (then Python-Markdown converts it as before): a heading with a character
Markdown would read (`*`, `_`, `` ` ``, `<`, `&`, …) or a run of spaces, a block of more lines, an option
of `toc` other than `permalink`, `permalink_title` and `toc_depth`, or an extension besides MkDocs' own
(`toc`, `tables`, `fenced_code`) and `attr_list`. Tested against Python-Markdown on every page of a site.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from markdown.extensions.toc import nest_toc_tokens, slugify, unique

# Extensions that cannot change what such a page becomes: MkDocs' own three and `attr_list`, which both pages'
# headings need (the tables and fenced code need lines of `|` or backticks, which `convert` refuses).
_KNOWN = {"toc", "tables", "fenced_code", "attr_list"}
_TOC_OPTIONS = {"permalink", "permalink_title", "toc_depth"}
# An ATX heading; `_heading` cuts off its attribute list by hand, as a regex for it backtracked quadratically.
_HEADING = re.compile(r"(#{1,6}) (.+)")
# Heading text in which Markdown finds nothing to do: no inline syntax, escapes, entities, tags or attribute lists.
_PLAIN = re.compile(r"[^\\`*_\[\]<>&!{}#|~^\n]+")
_ATTRIBUTE = re.compile(r"[#.]?[A-Za-z][\w-]*")
_RAW_LINE = re.compile(r"<p[ >][^\n]*</p>")
_PLACEHOLDER = re.compile(r"[A-Za-z0-9]+")  # `take_out`'s: its token (letters and digits) and a number


@dataclass(frozen=True)
class Settings:
    """The options of `toc` that shape a heading: its permalink's text and title, and the levels listed."""

    permalink: str  # the permalink's HTML: `&para;` for `permalink: true`
    title: str | None
    depth: int

    @classmethod
    def of(cls, extensions: Sequence[Any], configs: Mapping[str, Mapping[str, Any]]) -> Settings | None:
        """The settings of MkDocs' `markdown_extensions` and `mdx_configs`; None when `convert` cannot stand in."""
        names = [name for name in extensions if isinstance(name, str)]
        if len(names) != len(extensions) or not {"toc", "attr_list"} <= set(names) <= _KNOWN:
            return None
        toc = dict(configs.get("toc") or {})
        if set(toc) - _TOC_OPTIONS or set(configs.get("attr_list") or {}):
            return None
        permalink, title, depth = toc.get("permalink", False), toc.get("permalink_title", ""), toc.get("toc_depth", 6)
        if isinstance(depth, str) and depth.isdigit():
            depth = int(depth)
        if type(depth) is not int or not isinstance(title, str):
            return None
        if "&" in title or "'" in title:  # Python-Markdown keeps an entity in it as it is, and `'` unescaped
            return None
        if permalink is True:
            mark = "&para;"
        elif isinstance(permalink, str) and permalink and _PLAIN.fullmatch(permalink):
            mark = escape(permalink, quote=False)
        else:  # no permalinks, or one Markdown would read: leave the pages to it
            return None
        return cls(mark, escape(title) if title else None, depth)


@dataclass(frozen=True)
class Converted:
    html: str
    toc: list[dict[str, Any]]  # Python-Markdown's `toc_tokens`, nested
    ids: frozenset[str]  # the ids of the headings: the anchors the page has besides those in its finished HTML


def convert(markdown: str, settings: Settings | None) -> Converted | None:
    """The HTML and table of contents Python-Markdown makes of `markdown` (a page after `take_out`, its front matter
    read), or None when this cannot be sure it makes the same."""
    if settings is None:
        return None
    blocks, headings = [], []
    for block in markdown.split("\n\n"):
        line = block.strip("\n")
        if not line:
            continue
        if "\n" in line or line != line.strip():
            return None
        if line.startswith("#"):
            heading = _heading(line)
            if heading is None:
                return None
            headings.append(heading)
            blocks.append(heading)
        elif line.startswith("<"):
            if not _RAW_LINE.fullmatch(line) or " id=" in line or "<p" in line[2:]:
                return None
            blocks.append(line + "\n")  # a raw HTML block keeps its line end
        elif _PLACEHOLDER.fullmatch(line):
            blocks.append(f"<p>{line}</p>")
        else:
            return None
    used = {heading["id"] for heading in headings if heading["id"] is not None}
    counters: dict[str, int] = {}
    tokens, html, ids = [], [], set()
    for block in blocks:
        if isinstance(block, str):
            html.append(block)
            continue
        ident = block["id"] if block["id"] is not None else unique(slugify(block["text"], "-"), used, counters)
        level, text = block["level"], block["text"]
        ids.add(ident)
        if level <= settings.depth:
            tokens.append({"level": level, "id": ident, "name": text, "html": text, "data-toc-label": ""})
        attributes = {**block["attributes"], "id": ident}
        # Python-Markdown writes attributes by name, one whose value is its name without it
        shown = " ".join(k if v == k else f'{k}="{escape(v)}"' for k, v in sorted(attributes.items()))
        title = f' title="{settings.title}"' if settings.title else ""
        permalink = f'<a class="headerlink" href="#{escape(ident)}"{title}>{settings.permalink}</a>'
        html.append(f"<h{level} {shown}>{text}{permalink}</h{level}>")
    # Python-Markdown strips what it made: a raw line at the end loses its line end
    return Converted("\n".join(html).strip(), nest_toc_tokens(tokens), frozenset(ids))


def _heading(line: str) -> dict[str, Any] | None:
    """An ATX heading of plain text and `{ #id .class word }`, as its level, text, id and other attributes."""
    match = _HEADING.fullmatch(line)
    if not match:
        return None
    text, listed = match.group(2), ""
    brace = text.rfind("{")
    if text.endswith("}") and brace > 0 and text[brace - 1] == " ":  # `label { #id .class }`, as `attr_list` reads it
        text, listed = text[:brace].rstrip(" "), text[brace + 1 : -1]
    if "}" in listed or not _PLAIN.fullmatch(text) or text != text.strip():
        return None
    if "  " in text or "\t" in text:  # the toc's name collapses such spaces, its html keeps them: leave it to `toc`
        return None
    ident, classes, attributes = None, [], {}
    for word in listed.split():
        if not _ATTRIBUTE.fullmatch(word):
            return None
        if word[0] == "#":
            ident = word[1:]
        elif word[0] == ".":
            classes.append(word[1:])
        else:
            attributes[word] = word
    if classes:
        attributes["class"] = " ".join(classes)
    return {"level": len(match.group(1)), "text": text, "id": ident, "attributes": attributes}
