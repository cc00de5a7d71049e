"""The one error type the stages raise for bad input, so the CLI can name the place."""

from __future__ import annotations


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
        return f"{place}: {self.message}"
