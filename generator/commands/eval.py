"""`kroniek eval`: score the temporal tagger against a gold file (TempEval-3 style)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score the temporal tagger against gold expressions",
        description="Print strict and relaxed span F1, type accuracy and value F1 of the tagger on GOLD.",
    )
    parser.add_argument("gold", type=Path, metavar="GOLD.yaml", help="gold cases (see shared/eval/nl-dev.yaml)")
    parser.add_argument("--show", action="store_true", help="list every miss: case id, gold and predicted")
    parser.add_argument("--lang", default="nl", help="language of the texts (default: nl)")


def run(args: argparse.Namespace) -> int:
    from generator.temporal import tag
    from generator.temporal.evaluate import evaluate, load_gold, report

    scores = evaluate(load_gold(args.gold), lambda text, dct: tag(text, dct, args.lang))
    print(report(scores, show=args.show))
    return 0
