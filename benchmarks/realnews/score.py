"""Score the tagger on hand-annotated real news whose texts are present locally (see README.md here)."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import yaml

from generator.temporal import tag
from generator.temporal.evaluate import Case, GoldTimex, accepted_values, evaluate, report

HERE = Path(__file__).parent


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def cases(annotations: list[dict], texts: Path) -> tuple[list[dict], list[str]]:
    """One case per article whose text is present and unchanged: the text and its gold with offsets."""
    found, skipped = [], []
    for article in annotations:
        path = texts / f"{article['id']}.txt"
        if not path.is_file():
            skipped.append(f"{article['id']}: no text")
            continue
        paras = paragraphs(path.read_text(encoding="utf-8"))
        hashes = [hashlib.sha256(p.encode("utf-8")).hexdigest()[:16] for p in paras]
        if hashes != [p["sha256"] for p in article["paragraphs"]]:
            skipped.append(f"{article['id']}: text differs from the annotated one")
            continue
        gold, at = [], 0
        for para, annotated in zip(paras, article["paragraphs"], strict=True):
            for t in annotated.get("timexes") or []:
                gold.append({**t, "start": at + t["start"], "end": at + t["end"], "text": para[t["start"] : t["end"]]})
            at += len(para) + 2
        found.append({"id": article["id"], "dct": article.get("dct"), "text": "\n\n".join(paras), "gold": gold})
    return found, skipped


def as_cases(found: list[dict]) -> list[Case]:
    """The articles as the project's evaluation cases, so they are scored exactly as `kroniek eval` scores."""
    return [
        Case(
            case["id"],
            case["dct"],
            case["text"],
            tuple(
                GoldTimex(g["start"], g["end"], g["text"], g["type"], accepted_values(g["value"]), g.get("mod"),
                          g.get("cat", "?"))
                for g in case["gold"]
            ),
        )
        for case in found
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=Path, required=True, help="folder with the articles' <id>.txt files")
    parser.add_argument("--annotations", type=Path, default=HERE / "annotations.yaml")
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--by-cat", action="store_true", help="value accuracy per category")
    args = parser.parse_args(argv)
    found, skipped = cases(yaml.safe_load(args.annotations.read_text(encoding="utf-8")), args.texts)
    for line in skipped:
        print(f"skipped {line}", file=sys.stderr)
    scores = evaluate(as_cases(found), tag)
    print(json.dumps({"cases": scores.cases, "gold": scores.gold, "predicted": scores.predicted,
                      "strict_f1": round(scores.strict_prf()[2], 3), "relaxed_f1": round(scores.relaxed_prf()[2], 3),
                      "type_acc": round(scores.type_accuracy, 3), "value_f1": round(scores.value_prf()[2], 3)}))
    if args.by_cat or args.show:
        print(report(scores, show=args.show, by_cat=args.by_cat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
