"""`kroniek list`: every event in timeline order, for people or (with --json) for tools; with --since, only the
events a change to content/ adds, changes or removes (what a pull request does to the timeline)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.project import Project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list",
        help="list all events in timeline order",
        description="List all events of content/ in timeline order; with --since, the events added, changed or "
        "removed since the content files in another folder (such as a pull request's base, unpacked).",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array (fields id, source, when, text, …)")
    parser.add_argument(
        "--since", type=Path, metavar="DIR", help="the content/ folder to compare with: list only what differs"
    )
    parser.add_argument(
        "--format",
        choices=("text", "github", "markdown"),
        default="text",
        help="with --since: github prints annotations on the events' lines, markdown a table for a summary",
    )


def run(args: argparse.Namespace) -> int:
    from generator.content.store import load_all
    from generator.errors import printable
    from generator.making.exports import events_json
    from generator.project import Project
    from generator.text.events import timeline

    project = Project(args.root)
    if args.since is not None:
        return _since(project, args.since, args.format)
    documents = load_all(project)
    if args.json:
        print(events_json(documents, project.timezone))
        return 0
    # Not checked: a terminal escape in the YAML is shown, never acted on.
    for event in timeline(documents, project.timezone):
        said = " ".join(event.text.split())  # one line: a live blog's stamp line and its entry are one paragraph
        text = said if len(said) <= 80 else said[:79] + "…"
        print(printable(f"{event.when:<16} {event.source:<24} {text}"))
    return 0


def _since(project: Project, folder: Path, form: str) -> int:
    from generator.content import changes
    from generator.content.check import Problem
    from generator.errors import printable

    say = project.messages
    shown = project.relative(project.content_dir)
    found = changes.changes(changes.events(folder, say, shown), changes.events(project.content_dir, say, shown))
    if form == "markdown":
        print(changes.markdown(found, say), end="")
    elif form == "github":
        for change in found:  # a notice on the event's line, in the pull request's diff
            words = f"{say(f'changes.kind_{change.kind}')}: {changes.describe(change, say)}"
            print(Problem(change.path, change.line, 1, words, "notice").github())
    else:
        for change in found:
            print(printable(changes.line(change, say)))
        if not found:
            print(say("changes.none"))
    return 0
