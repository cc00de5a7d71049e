"""The events stage on real news: every shown event against hand judgements (see README.md here).

Runs the whole extract pipeline (reader, tagger, events) on the articles whose texts are present, with
their DCTs, and checks each event it shows against `event-judgements.yaml`: ok, a duplicate, junk, or
wrongly dated, and for a wrong one whether the tagger's value or the events stage caused it. It reports
the share of shown events that are wrong, the share of those that are flagged for review, the share of ok
events flagged, what each reason code flags (wrong/ok), and the dated happenings that got no event. An
event judged under another value (the tagger changed) counts as unjudged and is listed, so the judgements
can be brought up to date by hand.

    python benchmarks/realnews/events.py --texts DIR [--show] [--unjudged]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.model import Event
from generator.pipeline import source_events
from generator.text.articles import read_article

HERE = Path(__file__).parent
WRONG = ("duplicate", "junk", "wrong-date")


@dataclass
class Article:
    id: str
    dct: str | None
    text: str
    gold: list[dict]  # the annotated expressions, offsets in `text`
    exact: bool  # every paragraph hashes as annotated


def articles(annotations: list[dict], texts: Path) -> list[Article]:
    """Each annotated article whose text is present, its paragraphs joined by a blank line as `score.py` does."""
    found = []
    for entry in annotations:
        path = texts / f"{entry['id']}.txt"
        if not path.is_file():
            continue
        paras = [p.strip() for p in path.read_text("utf-8").replace("\r\n", "\n").split("\n\n") if p.strip()]
        hashes = [hashlib.sha256(p.encode("utf-8")).hexdigest()[:16] for p in paras]
        gold, at = [], 0
        for para, annotated in zip(paras, entry["paragraphs"], strict=False):
            for t in annotated.get("timexes") or []:
                gold.append({**t, "start": at + t["start"], "end": at + t["end"]})
            at += len(para) + 2
        exact = hashes == [p["sha256"] for p in entry["paragraphs"]]
        found.append(Article(entry["id"], entry.get("dct"), "\n\n".join(paras) + "\n", gold, exact))
    return found


def events_of(article: Article, folder: Path) -> tuple[Event, ...]:
    path = folder / f"{article.id}.txt"
    path.write_text(article.text, "utf-8")
    return source_events(read_article(path, folder), article.dct)


def readings(judged: dict) -> dict[tuple[str, int, int, str, str | None], dict]:
    """Every judged reading of a judgements file by (article, start, end, value, mod): a file keeps a span's old
    readings beside its new ones, so a rule taken back finds its old judgement again."""
    return {(j["article"], *j["span"], str(j["when"]), j.get("mod")): j for j in judged.get("events") or []}


def verdict_of(judged: dict, article: str, event: Event) -> dict | None:
    """The judgement of an event's reading, None while that reading is unjudged (`judged` from `readings`)."""
    return judged.get((article, *event.span, str(event.when), event.mod))


def gold_value(article: Article, event: Event) -> list[str] | None:
    """The annotated readings of the expression that dates the event, None when it was not annotated there."""
    for g in article.gold:
        if g["start"] < event.span[1] and event.span[0] < g["end"]:
            return [str(v) for v in g["value"]] if isinstance(g["value"], list) else [str(g["value"])]
    return None


def _placed(span: tuple[int, int] | list[int], dated: list[tuple[int, int]]) -> bool:
    """Whether an expression an event is dated by or mentions overlaps the span (the tagger's extent may differ)."""
    return any(start < span[1] and span[0] < end for start, end in dated)


def happenings(pairs: list[dict]) -> dict[tuple[str, int, int], tuple[str, int, int]]:
    """Each event of the restatements' gold (`restatements.yaml`: which ok event tells again which) by the happening
    it tells: the key of one event of it, the same for all (a lede, its retelling and its clock time)."""
    parent: dict[tuple[str, int, int], tuple[str, int, int]] = {}

    def root(key: tuple[str, int, int]) -> tuple[str, int, int]:
        parent.setdefault(key, key)
        while parent[key] != key:
            key = parent[key]
        return key

    for pair in pairs:
        parent[root((pair["article"], *pair["span"]))] = root((pair["article"], *pair["restates"]))
    return {key: root(key) for key in list(parent)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=Path, required=True, help="folder with the articles' <id>.txt files")
    parser.add_argument("--annotations", type=Path, default=HERE / "annotations.yaml")
    parser.add_argument("--judgements", type=Path, default=HERE / "event-judgements.yaml")
    parser.add_argument("--show", action="store_true", help="print every event with its judgement")
    parser.add_argument("--unjudged", action="store_true", help="print the events and misses still to judge")
    args = parser.parse_args(argv)
    annotations = yaml.safe_load(args.annotations.read_text("utf-8"))
    judged = yaml.safe_load(args.judgements.read_text("utf-8")) if args.judgements.is_file() else {}
    verdicts = readings(judged)
    spans = {(j["article"], *j["span"]): j for j in judged.get("events") or []}  # a span's last reading judged
    restated = yaml.safe_load((HERE / "restatements.yaml").read_text("utf-8"))["sets"].get(args.annotations.name)
    told = happenings(restated["pairs"]) if restated else {}
    shown_of: Counter[tuple[str, int, int]] = Counter()  # per happening of the gold, its ok events shown
    missed_noted = judged.get("missed") or []
    counts: Counter[str] = Counter()
    wrong_flagged = wrong_total = ok_flagged = 0
    # per reason code: how many wrong events it flags (its catch) and how many ok ones (its noise)
    reason_wrong: Counter[str] = Counter()
    reason_ok: Counter[str] = Counter()
    reason_alone: Counter[str] = Counter()  # wrong events it is the only reason of: what it alone catches
    causes: Counter[str] = Counter()
    by_cause: Counter[str] = Counter()  # wrong events by what caused them, and how many of those are flagged
    flagged_by_cause: Counter[str] = Counter()
    unjudged: list[str] = []
    found_articles = articles(annotations, args.texts)
    with tempfile.TemporaryDirectory() as folder:
        dated = {}
        for article in found_articles:
            events = events_of(article, Path(folder))
            dated[article.id] = [e.span for e in events] + [m.span for e in events for m in e.mentions]
            for event in events:
                key = (article.id, *event.span)
                verdict = verdict_of(verdicts, article.id, event)
                gold = gold_value(article, event)
                line = (f"{article.id} [{event.span[0]}, {event.span[1]}] {event.when} {event.mod or ''} "
                        f"{event.expression!r} review={list(event.review)} gold={gold} "
                        f"mentions={[m.expression for m in event.mentions]}\n    {event.text}")
                if verdict is None:
                    counts["unjudged"] += 1
                    other = spans.get(key)
                    unjudged.append(line + (f"\n    (judged for {other['when']} {other.get('mod') or ''})"
                                            if other else ""))
                    continue
                counts[verdict["judgement"]] += 1
                if verdict["judgement"] == "ok" and key in told:
                    shown_of[told[key]] += 1
                (reason_wrong if verdict["judgement"] in WRONG else reason_ok).update(event.review)
                ok_flagged += verdict["judgement"] == "ok" and bool(event.review)
                if verdict["judgement"] in WRONG:
                    wrong_total += 1
                    wrong_flagged += bool(event.review)
                    reason_alone.update(event.review if len(event.review) == 1 else ())
                    causes[f"{verdict['judgement']} ({verdict.get('cause', '?')})"] += 1
                    by_cause[verdict.get("cause", "?")] += 1
                    flagged_by_cause[verdict.get("cause", "?")] += bool(event.review)
                if args.show:
                    print(f"{verdict['judgement']:<10} {'FLAGGED' if event.review else '':<7} {line}")
        # A happening judged missed stays missed until an event is dated by (or mentions) its expression; one of an
        # article whose text is absent is not counted.
        missed = [m for m in missed_noted if m["article"] in dated and not _placed(m["span"], dated[m["article"]])]
        noted = {(n["article"], *n["span"]) for n in [*missed_noted, *(judged.get("not-missed") or [])]}
        candidates = [
            (article, g) for article in found_articles for g in article.gold
            if g["type"] in ("DATE", "TIME") and not g.get("mark") and not _placed((g["start"], g["end"]),
                                                                                   dated[article.id])
            and (article.id, g["start"], g["end"]) not in noted
        ]
    shown = sum(counts.values())
    judged_total = shown - counts["unjudged"]
    result = {
        "articles": len(found_articles),
        "shown_events": shown,
        "judged": judged_total,
        **{name: counts[name] for name in ("ok", *WRONG, "unjudged")},
        "wrong_share": round(wrong_total / judged_total, 3) if judged_total else None,
        "wrong_flagged_share": round(wrong_flagged / wrong_total, 3) if wrong_total else None,
        "ok_flagged_share": round(ok_flagged / counts["ok"], 3) if counts["ok"] else None,
        "wrong_by_cause": dict(sorted(causes.items())),
        # a happening of the article shown twice or more (restatements.yaml): each ok event beyond its first, and the
        # wrong share if those counted as duplicates (None: the set has no restatements listed)
        "restatements_shown": sum(n - 1 for n in shown_of.values()) if restated else None,
        "wrong_share_restatements_as_duplicates": round(
            (wrong_total + sum(n - 1 for n in shown_of.values())) / judged_total, 3
        ) if restated and judged_total else None,
        **{f"wrong_share_{cause}": round(by_cause[cause] / judged_total, 3) for cause in sorted(by_cause)},
        **{f"flagged_share_{cause}": round(flagged_by_cause[cause] / by_cause[cause], 3) for cause in sorted(by_cause)},
        "missed_happenings": len(missed),
        "missed_by_cause": dict(sorted(Counter(m.get("cause", "?") for m in missed).items())),
        "gold_dates_unplaced_unjudged": len(candidates),
        "flags_wrong_ok": {
            code: f"{reason_wrong[code]}/{reason_ok[code]}" for code in sorted(reason_wrong | reason_ok)
        },
        "flags_catch_alone": {code: reason_alone[code] for code in sorted(reason_wrong | reason_ok)},
    }
    print(json.dumps(result, indent=1))
    if args.unjudged:
        print("\n".join(unjudged))
        for article, g in candidates:
            around = article.text[max(0, g["start"] - 80) : g["end"] + 60].replace("\n", " ")
            print(f"UNPLACED {article.id} [{g['start']}, {g['end']}] {g['value']} {g.get('cat')}\n    {around}")
    for m in missed:
        print(f"MISSED {m['article']} {m['span']} {m.get('note', '')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
