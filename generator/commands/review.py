"""`kroniek review`: the list of what needs an editor, for people or (with --json) for tools."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="list what needs an editor",
        description="List sources without a publication day (with the days their text points to), then every "
        "event the machine is not sure of, most doubtful first, with its reasons and file:line.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array of review items")


def run(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from generator.content.review import review_items
    from generator.errors import printable
    from generator.lang.words import DEFAULT_LANGUAGE, site_words
    from generator.project import Project

    items = review_items(Project(args.root))
    if args.json:
        print(json.dumps([asdict(item) for item in items], ensure_ascii=False, indent=2))
        return 0
    sure = site_words(DEFAULT_LANGUAGE).confidence
    for item in items:
        place = f"{item.path}:{item.line}" if item.line else item.path
        how_sure = sure.get(item.confidence or "", item.confidence)
        subject = f" {item.event} ({item.expression!r}, {item.when}, {how_sure})" if item.event else ""
        print(printable(f"{place}:{subject} {item.message}"))
    return 0
