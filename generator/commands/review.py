"""`kroniek review`: the list of what needs an editor, source by source, for people or (with --json) for tools."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.content.review import ReviewItem
    from generator.lang.messages import Messages


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="list what needs an editor",
        description="List, source by source and each at its file and line, sources without a publication day "
        "(with the days their text points to), then every event the machine is not sure of, most doubtful first, "
        "with its reasons, and every report of a happening whose other sources give another date or time; the source "
        "with the most doubtful item first.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array of review items")


def run(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from generator.content.review import review_items
    from generator.content.store import load_all
    from generator.errors import InputError, printable
    from generator.happenings.decisions import read_groups
    from generator.project import Project

    project = Project(args.root)
    say = project.messages
    documents = load_all(project)
    try:
        groups = [happening.events for happening in read_groups(project)]
    except InputError as error:  # the groups file is broken: `kroniek check` names where; the rest is listed
        print(f"warning: {printable(str(error))}", file=sys.stderr)
        groups = []
    items = review_items(project, documents, language=project.language, happenings=groups)
    if args.json:
        print(json.dumps([asdict(item) for item in items], ensure_ascii=False, indent=2))
        return 0
    for line in listing(items, say):
        print(printable(line))
    if not items:
        print(say("review.nothing", total=len(documents)), file=sys.stderr)
    else:
        sources = len({item.path for item in items})
        print(say("review.summary", items=len(items), sources=sources, total=len(documents)), file=sys.stderr)
    return 0


def listing(items: Sequence[ReviewItem], say: Messages) -> Iterator[str]:
    """The items as `path:line: message`, source by source in the order `review_items` gives them; a source's missing
    or month-only publication date first, with the items of its events below it, since that date is what they wait
    for."""
    by_path: dict[str, list[ReviewItem]] = {}
    for item in items:
        by_path.setdefault(item.path, []).append(item)
    for number, found in enumerate(by_path.values()):
        if number:
            yield ""
        published = [item for item in found if item.kind == "published"]
        events = [item for item in found if item.kind == "event"]
        indent = "  " if published else ""
        for item in published:
            yield _line(item, say)
            if events:
                yield f"{indent}{say('review.explained', count=len(events))}"
        for item in events:
            yield f"{indent}{_line(item, say)}"


def _line(item: ReviewItem, say: Messages) -> str:
    if not item.event:
        return f"{item.path}:{item.line}: {item.message}"
    about = [repr(item.expression), item.when or ""]
    about += [say(f"confidence.{item.confidence}")] if item.confidence else []
    return f"{item.path}:{item.line}: {item.event} ({', '.join(about)}): {item.message}"
