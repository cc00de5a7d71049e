"""`kroniek list`: every event in timeline order, for people or (with --json) for tools."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list",
        help="list all events in timeline order",
        description="List all events of content/ in timeline order.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array (fields id, source, when, text, …)")


def run(args: argparse.Namespace) -> int:
    from generator.content.store import load_all
    from generator.errors import printable
    from generator.making.exports import events_json
    from generator.project import Project
    from generator.text.events import timeline

    project = Project(args.root)
    documents = load_all(project)
    if args.json:
        print(events_json(documents, project.timezone))
        return 0
    # Not checked: a terminal escape in the YAML is shown, never acted on.
    for event in timeline(documents, project.timezone):
        text = event.text if len(event.text) <= 80 else event.text[:79] + "…"
        print(printable(f"{event.when:<16} {event.source:<24} {text}"))
    return 0
