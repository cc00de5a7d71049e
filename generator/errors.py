"""The one error type the stages raise for bad input, so the CLI can name the place."""

from __future__ import annotations

import re
import traceback
from pathlib import Path

# What a terminal acts on instead of showing: C0 and C1 controls (ESC starts a sequence that can retitle the window
# or rewrite the screen, C1's CSI too), line and paragraph separators, and the bidirectional overrides that
# show text in another order than it is.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with every character a terminal would act on written as its escape (`\\x1b`, `\\u202e`).

    Messages quote YAML from pull requests and text from scraped articles; printed raw,
    `\\x1b]0;...` would reach the editor's terminal as a command.
    """
    return _UNPRINTABLE.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


# Why an article or text cannot be tagged: `morgen` from 9999-12-31, `zondag` (last) from 0001-01-01.
PAST_THE_CALENDAR = (
    "a date it names, counted from its publication date, lies past 9999-12-31 or before 0001-01-01, where the "
    "calendar ends"
)


class BadValue(ValueError):
    """A value of the input Kroniek cannot use (a publication date, a language, a time zone): the input's error, told
    apart from a ValueError of Kroniek's own, which is a fault (`fault`)."""


def fault(error: Exception) -> str:
    """What to say of an error that is Kroniek's own fault, not the input's (a `KeyError` deep in the tagger): the
    error and the line of Kroniek's code it was raised at, so the editor can report it without a traceback, and the
    other articles go on."""
    frames = traceback.extract_tb(error.__traceback__)
    own = [frame for frame in frames if "generator" in Path(frame.filename).parts] or frames
    where = f" at {Path(own[-1].filename).name}:{own[-1].lineno}" if own else ""
    return (
        f"Kroniek failed on this text ({type(error).__name__}: {error}{where}); this is a fault of Kroniek's, not of "
        "the text: please report it with the text"
    )


class InputError(Exception):
    """A problem in an input file, reported as `path:line:column: message`."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line
        self.column = column

    def __reduce__(self) -> tuple:
        """Pickle with every field, so an error crosses from an `extract --jobs` worker intact."""
        return (type(self), (self.path, self.message, self.line, self.column))

    def __str__(self) -> str:
        place = self.path
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return printable(f"{place}: {self.message}")
