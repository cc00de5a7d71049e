"""A count on a terminal for long runs, and silence when output is not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")


def progress(items: Iterable[T], total: int, label: str, stream: TextIO = sys.stderr) -> Iterator[T]:
    """Yield `items`, rewriting `label n/total` on one terminal line as they pass."""
    show = stream.isatty() and total > 1
    for done, item in enumerate(items, 1):
        yield item
        if show:
            stream.write(f"\r{label} {done}/{total}")
            stream.flush()
    if show:
        stream.write("\n")
