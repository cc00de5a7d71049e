"""Temporal tagging: TIMEX3 expressions in news text, resolved against the publication date.

`tag` is the entry point, `Expressions` resolves one text against many dates, and `values`
maps a value to its interval on the timeline.
The engine is language-neutral; each language is data in `generator/lang/<code>/temporal.yaml`;
`evaluate` scores it against gold sets.

May import: `model`, `errors`, `lang`. Nothing else of Kroniek: the tagger stands alone.
"""

from __future__ import annotations

from generator.temporal.engine import Expressions, parse_dct, tag

__all__ = ["Expressions", "parse_dct", "tag"]
