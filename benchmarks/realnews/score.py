"""Score the tagger on hand-annotated real news whose texts are present locally (see README.md here)."""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from pathlib import Path

import yaml

from generator.temporal import tag

HERE = Path(__file__).parent
IGNORED = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


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


def score(all_cases: list[dict]) -> tuple[dict, list[str], dict]:
    """Greedy best-overlap matching, as the reference scorer does; a gold value list accepts any of its values."""
    n_gold = n_pred = strict = relaxed = typed = valued = 0
    misses, by_cat = [], collections.defaultdict(lambda: [0, 0, 0])
    for case in all_cases:
        got = [t for t in tag(case["text"], case["dct"]) if t.value not in IGNORED]
        n_gold, n_pred, used = n_gold + len(case["gold"]), n_pred + len(got), set()
        for g in case["gold"]:
            by_cat[g.get("cat", "?")][0] += 1
            free = [(i, p) for i, p in enumerate(got) if i not in used]
            overlaps = [(min(g["end"], p.end) - max(g["start"], p.start), i) for i, p in free]
            best, index = max(overlaps, default=(0, None))
            if best <= 0:
                misses.append(f"{case['id']}: MISSED {g['text']!r} ({g['value']})")
                continue
            used.add(index)
            p = got[index]
            relaxed += 1
            by_cat[g.get("cat", "?")][1] += 1
            strict += (p.start, p.end) == (g["start"], g["end"])
            typed += p.type == g["type"]
            accepted = [str(v) for v in g["value"]] if isinstance(g["value"], list) else [str(g["value"])]
            if p.value in accepted:
                valued += 1
                by_cat[g.get("cat", "?")][2] += 1
            else:
                misses.append(f"{case['id']}: VALUE {g['text']!r} gold {g['value']} got {p.value} for "
                              f"{case['text'][p.start:p.end]!r}")
        misses += [f"{case['id']}: SPURIOUS {case['text'][p.start:p.end]!r} ({p.value})"
                   for i, p in enumerate(got) if i not in used]

    def f1(hit: int) -> float:
        precision, recall = hit / n_pred if n_pred else 0.0, hit / n_gold if n_gold else 0.0
        return round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0

    result = {"cases": len(all_cases), "gold": n_gold, "predicted": n_pred, "strict_f1": f1(strict),
              "relaxed_f1": f1(relaxed), "type_acc": round(typed / relaxed, 3) if relaxed else 0.0,
              "value_f1": f1(valued)}
    cats = {c: {"gold": v[0], "found": v[1], "value_right": v[2], "value_acc": round(v[2] / v[0], 3)}
            for c, v in sorted(by_cat.items())}
    return result, misses, cats


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
    result, misses, cats = score(found)
    print(json.dumps(result))
    if args.by_cat:
        for cat, row in cats.items():
            print(f"  {cat:18} {row}")
    if args.show:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
