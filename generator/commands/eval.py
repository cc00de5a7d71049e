"""`kroniek eval`: score the temporal tagger against a gold file (TempEval-3 style)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score the temporal tagger against gold expressions",
        description=(
            "Print strict and relaxed span F1, type accuracy and value F1 of the tagger on GOLD, by the reference "
            "scorer's method. Cases tagged clock (values tied to a reference clock time, which a day-level "
            "publication date lacks) are not in the main figures but scored apart after them."
        ),
    )
    parser.add_argument("gold", type=Path, metavar="GOLD.yaml", help="gold cases (see tests/data/nl-dev.yaml)")
    parser.add_argument("--show", action="store_true", help="list every miss: case id, gold and predicted")
    parser.add_argument("--by-cat", action="store_true", help="value accuracy per category (each gold `cat`)")
    parser.add_argument(
        "--skip-tag", action="append", default=[], metavar="TAG", help="leave out cases carrying TAG (repeatable)"
    )
    parser.add_argument(
        "--only-tag", action="append", default=[], metavar="TAG", help="score only cases carrying TAG (repeatable)"
    )
    parser.add_argument(
        "--no-apart", action="store_true", help="count the clock-tagged cases in the main figures, not apart"
    )
    parser.add_argument("--lang", default="nl", help="language of the texts (default: nl)")


def run(args: argparse.Namespace) -> int:
    from generator.temporal import tag
    from generator.temporal.evaluate import APART_TAGS, load_gold, summary
    from generator.text.articles import read_article

    def article_words(path: Path) -> str:  # what the pipeline tags: the blocks, not a scraped date prefix
        return read_article(path, path.parent).body_view()

    print(
        summary(
            load_gold(args.gold, article_words),
            lambda text, dct: tag(text, dct, args.lang),
            skip=args.skip_tag,
            only=args.only_tag,
            apart=() if args.no_apart else APART_TAGS,
            show=args.show,
            by_cat=args.by_cat,
        )
    )
    return 0
