"""`kroniek check --fix`: each `when` an editor wrote in words (`5 januari 2022`) rewritten as its TIMEX3 value.

Only those values change. The file goes through ruamel's round trip, as the merge does, so
comments, key order and the quoting of everything else stay as the editor left them; a
year written as a number (`when: 2022`) is put in quotes. A file that cannot be read is left
alone: `check` says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.content import store
from generator.content.check import is_timex
from generator.content.when import editor_value
from generator.errors import InputError
from generator.project import Project
from generator.support.atomic import write_atomic


def fixes(values: Any, language: str) -> list[tuple[int, str]]:
    """(event index, TIMEX3 value) for each `when` of a content file's values that `fix_file` would rewrite."""
    events = values.get("events") if isinstance(values, dict) else None
    found = []
    for index, event in enumerate(events if isinstance(events, list) else ()):
        when = event.get("when") if isinstance(event, dict) else None
        if isinstance(when, int) and not isinstance(when, bool) and is_timex(str(when)):
            found.append((index, str(when)))
        elif isinstance(when, str) and not is_timex(when):
            value = editor_value(when, language)
            if value is not None:
                found.append((index, value))
    return found


def fix_file(project: Project, path: Path, name: str) -> int:
    """Rewrite the `when`s of one content file that `fixes` finds; how many were rewritten."""
    say = project.messages
    try:
        text = store.read_text(path, name, say)
        wanted = fixes(store.read(text, name, say).values, project.language)
        if not wanted:
            return 0
        tree = store.parse(text, name)
    except (InputError, OSError):
        return 0
    for index, value in wanted:
        tree["events"][index]["when"] = value
    fixed = store.dump(tree)
    if fixed != text:
        write_atomic(path, fixed.encode("utf-8"))
    return len(wanted)
