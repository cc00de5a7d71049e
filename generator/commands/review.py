"""`kroniek review`: the list of what needs an editor, for people or (with --json) for tools."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="list what needs an editor",
        description="List sources without a publication day (with the days their text points to) and events "
        "whose date could not be settled.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array of review items")


def run(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from generator.content.review import review_items
    from generator.errors import printable
    from generator.project import Project

    items = review_items(Project(args.root))
    if args.json:
        print(json.dumps([asdict(item) for item in items], ensure_ascii=False, indent=2))
        return 0
    for item in items:
        subject = f" {item.event} ({item.expression!r}, {item.when})" if item.event else ""
        print(printable(f"{item.path}:{subject} {item.message}"))
    return 0
