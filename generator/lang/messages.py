"""What Kroniek tells editors, in one language, read from `lang/<code>/messages.yaml`.

`kroniek check`, `kroniek review`, an extraction that leaves a broken file alone and the help of
the content schema name no word of any language: they ask a `Messages` for a message by its key
(`schema.missing_field`) with the fields it names, so a second language is a new data file.
Why the machine doubts an event (`reason`) and how sure it is are said here once: the site's event
cards and editors' page show the same words as `kroniek review`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from generator.lang import read_data


@dataclass(frozen=True)
class Messages:
    """One language's messages by dotted key (`yaml.tab`), and the help texts of the content schema's fields."""

    code: str
    texts: Mapping[str, str]
    help: Mapping[str, str]  # a field's (or the file's) description in the content schema
    help_pattern: Mapping[str, str]  # what an IDE says when a field's value does not have its form

    def __call__(self, key: str, /, **fields: Any) -> str:
        """The message `key` with its `{fields}` filled in; a KeyError names a key the data lacks."""
        return self.texts[key].format(**fields)

    def reason(self, code: str, anchor: str | None = None) -> str:
        """The words for a reason the machine doubts an event (`model.EVENT_REASONS`, the anaphor's `anchor` filled
        in); a code Kroniek has no words for (from a newer or hand-edited file) as it is."""
        key = f"reasons.{code}"
        return self.texts[key].format(anchor=anchor or "") if key in self.texts else code

    def __reduce__(self) -> tuple[object, tuple[str]]:
        """Pickled by its code: worker processes read the same data file once."""
        return messages, (self.code,)


@cache
def messages(code: str) -> Messages:
    """The messages of language `code`; ValueError when there is no `messages.yaml` for it."""
    data = read_data(code, "messages")
    texts = {key: value for key, value in data.items() if key not in ("help", "help_pattern")}
    return Messages(code=code, texts=dict(_flat(texts)), help=data["help"], help_pattern=data["help_pattern"])


def _flat(data: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """`{"yaml": {"tab": "..."}}` as `[("yaml.tab", "...")]`."""
    found: list[tuple[str, str]] = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        found.extend(_flat(value, f"{name}.") if isinstance(value, Mapping) else [(name, value)])
    return found
