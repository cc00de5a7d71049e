"""Grouping on real multi-source news: pairwise precision and recall against `groups.yaml`.

The article texts are third-party and not in the repository; `groups.yaml` holds their URLs, publication days
(how known) and, per happening, where each report's sentence starts in its text (character offset) with the
first 16 hex digits of the SHA-256 of the sentence's first 40 characters, so a changed text is caught (and,
for a sentence that tells more than one happening, the offset of the expression that dates the report). With the
texts in a folder (`<id>.txt`: the stored page's excerpt as retrieved, paragraphs separated by a blank line):

    python benchmarks/realnews/grouping.py --texts DIR [--stories eunice,kaz,...] [--sweep] [--show] [--list]
        [--archive N] [--causes]

Each article is written with front matter (publisher, published, time zone) into a fresh project, `kroniek
extract`'s own function runs there (and groups), and the groups are scored pairwise, with how many of the gold's
pairs the grouping can reach at all (two sources, or one source's reports of one minute, times that overlap as the
tagger dated them): the ceiling of its recall, and the same figures story by story (a story is the part of an
article's name before its first `-`). `--stories` keeps only the articles of the stories named (the set as it was
before one was added), `--sweep` scores other thresholds on the same events, and `--list` prints every event with
the offset of its sentence: what the annotation was made from. `--archive N` puts the articles among N synthetic
ones (benchmarks/corpus.py) and scores only the real articles' events: the document frequencies, and so every
weight, are an archive's, as in a newsroom, not those of a few dozen articles on five stories. `--causes` counts
why the gold's pairs were missed and why pairs it does not have were joined, as far as the events tell (`--show`
gives each pair's), and how many of each kind are each other's most alike report in the other's article.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import write_corpus  # noqa: E402

from generator.content.store import load_all  # noqa: E402
from generator.happenings import decisions, grouping  # noqa: E402
from generator.happenings.evaluate import pairs, pairwise  # noqa: E402
from generator.happenings.words import clock  # noqa: E402
from generator.pipeline import extract  # noqa: E402
from generator.project import Project  # noqa: E402


def reachable(gold_pairs, events) -> set:
    """The gold's pairs the grouping may put together: times that overlap, of two sources or of one minute."""
    found = set()
    for pair in gold_pairs:
        a, b = (events[event] for event in sorted(pair))
        retold = clock(a.when) is not None and clock(a.when) == clock(b.when)
        if (a.source != b.source or retold) and (a.interval.start or "") < (b.interval.end or "") and \
                (b.interval.start or "") < (a.interval.end or ""):
            found.add(pair)
    return found


def ceiling(gold, events) -> int:
    """The most gold pairs any grouping can find: in each happening, one report per source (a group holds one, or
    a source's reports of one minute), chosen so that the most pairs of them have times that overlap."""
    best_total = 0
    for members in gold:
        by_source: dict[str, list[str]] = {}
        for event in sorted(members):
            by_source.setdefault(events[event].source, []).append(event)
        options = []
        for reports in by_source.values():
            minutes: dict[str, list[str]] = {}
            for event in reports:
                if minute := clock(events[event].when):
                    minutes.setdefault(minute, []).append(event)
            options.append([*([event] for event in reports), *(told for told in minutes.values() if len(told) > 1),
                            []])
        best = 0
        for chosen in itertools.product(*options):
            picked = [event for told in chosen for event in told]
            best = max(best, len(reachable(pairs([picked]), events)))
        best_total += best
    return best_total


def by_source(found, gold, events) -> tuple[int, int]:
    """Recall counted by pairs of sources: of the gold's (happening, two sources that report it), how many the
    groups put together, so that a source's second report of a happening is not counted as a pair missed."""
    told = [{events[event].source for event in members} for members in gold]
    wanted = {(index, frozenset(pair)) for index, sources in enumerate(told)
              for pair in itertools.combinations(sorted(sources), 2)}
    happening = {event: index for index, members in enumerate(gold) for event in members}
    got = {(happening[a], frozenset((events[a].source, events[b].source))) for a, b in map(sorted, pairs(found))
           if a in happening and happening.get(b) == happening[a]}
    return len(got & wanted), len(wanted)


def missed_because(pair, found, events, compared) -> str:
    """Why the grouping did not put a gold pair together, as far as the events tell."""
    a, b = sorted(pair)
    first, second = events[a], events[b]
    if not compared.overlap(a, b):
        days = grouping.event_days(first), grouping.event_days(second)
        return "times that do not overlap, one day" if all(days) and set(days[0]) & set(days[1]) else \
            "times that do not overlap, other days"
    if first.source == second.source and not (clock(first.when) and clock(first.when) == clock(second.when)):
        return "one source's two reports"
    if compared.cosine(a, b) < grouping.THRESHOLD:
        return "alike below the threshold"
    for event, other in ((a, second), (b, first)):
        group = next((members for members in found if event in members), ())
        if any(events[member].source == other.source for member in group):
            return "the source's place in the group taken by its other report"
    return "groups not alike on average"


def joined_because(pair, compared) -> str:
    """Why the grouping put a pair the gold does not have together: their own words, or their groups'."""
    a, b = sorted(pair)
    return "alike pair" if compared.cosine(a, b) >= grouping.THRESHOLD else "joined through its group"


def each_others_best(compared, events) -> set:
    """The pairs of two sources whose reports are each other's most alike in the other's article (among reports
    whose times overlap): what a one-to-one matching of two articles' reports keeps at any threshold."""
    best: dict[tuple[str, str], float] = {}
    for score, a, b in compared.pairs:
        if events[a].source != events[b].source:
            for event, other in ((a, b), (b, a)):
                key = (event, events[other].source)
                best[key] = max(best.get(key, 0.0), score)
    return {frozenset((a, b)) for score, a, b in compared.pairs if events[a].source != events[b].source
            and best[a, events[b].source] == score == best[b, events[a].source]}


def story(article: str) -> str:
    """The story an article belongs to: its name's part before the first `-` (`utrecht-jun-nos` → `utrecht`)."""
    return article.split("-", 1)[0]


def fingerprint(text: str) -> str:
    return hashlib.sha256(text[:40].encode("utf-8")).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, required=True)
    parser.add_argument("--annotations", type=Path, default=Path(__file__).with_name("groups.yaml"))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--causes", action="store_true", help="count why pairs were missed or wrongly joined")
    parser.add_argument("--sweep", action="store_true", help="score thresholds from 0.05 to 0.35 too")
    parser.add_argument("--stories", help="comma-separated story names (article-name prefixes) to keep")
    parser.add_argument("--archive", type=int, default=0, help="put the articles among N synthetic ones")
    args = parser.parse_args()
    data = yaml.safe_load(args.annotations.read_text("utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "seeds").mkdir()
        heads, texts = {}, {}
        kept = set(args.stories.split(",")) if args.stories else None
        articles = {name: a for name, a in data["articles"].items() if kept is None or story(name) in kept}
        missing = [name for name in articles if not (args.texts / f"{name}.txt").exists()]
        for name in missing:  # scored without it, as score.py does; its reports drop out of the gold
            print(f"skipped {name}: no text", file=sys.stderr)
            del articles[name]
        for name, article in articles.items():
            text = (args.texts / f"{name}.txt").read_text("utf-8")
            zone = f"timezone: {article['timezone']}\n" if article.get("timezone") else ""
            head = f"---\npublished: {article['published']}\npublisher: \"{article['publisher']}\"\n{zone}---\n\n"
            (root / "seeds" / f"{name}.md").write_text(head + text, encoding="utf-8")
            heads[name], texts[name] = len(head), text
        if args.archive:
            write_corpus(root / "seeds", args.archive)
        extract(Project(root))
        documents = [d for d in load_all(Project(root)) if Path(d.source.file).stem in articles]
        ours = {e.id for d in documents for e in d.events}

        def real(groups) -> list[set[str]]:
            """The groups of the real articles' events (all of them without `--archive`)."""
            return [kept for members in groups if len(kept := set(members) & ours) > 1]

        by_name = {Path(d.source.file).stem: d for d in documents}
        if args.list:
            for name, document in by_name.items():
                for event in document.events:
                    offset = event.sentence_span[0] - heads[name]
                    print(f"{name} {offset} {event.when} {event.text[:110]}")
        gold, stale, unfound = [], [], []
        for happening in data["happenings"]:
            members = set()
            for report in happening["reports"]:
                name, offset = report["article"], report["offset"]
                if name not in articles:
                    continue
                if fingerprint(texts[name][offset:]) != report["sha"]:
                    stale.append(f"{name}:{offset}")
                    continue
                at = offset + heads[name]
                events = by_name[name].events
                if "expression" in report:  # a sentence that tells several happenings: the event its expression dates
                    found = {e.id for e in events if e.span[0] == report["expression"] + heads[name]}
                else:
                    found = {e.id for e in events if e.sentence_span[0] <= at < e.sentence_span[1]}
                if not found:
                    unfound.append(f"{name}:{offset}")
                members |= found
            if members:
                gold.append(members)
        found = real(h.events for h in decisions.read_groups(Project(root)))
        score = pairwise(found, gold)
        events = sum(len(d.events) for d in documents)
        print(f"{len(documents)} articles, {events} events, {len(gold)} happenings told more than once, "
              f"{len(found)} groups found; {len(stale)} report(s) whose text changed: {stale}; "
              f"{len(unfound)} that no event has: {unfound}")
        print(score)
        events_by_id = {e.id: e for d in documents for e in d.events}
        print(f"{len(reachable(pairs(gold), events_by_id))} of the gold's {score.expected} pairs join reports of two "
              f"sources (or of one minute) whose times, as the tagger dated them, overlap; with one report per source "
              f"in a group (or its reports of one minute), at most "
              f"{ceiling(gold, events_by_id)} can be found together (the ceiling of recall)")
        got, wanted = by_source(found, gold, events_by_id)
        print(f"by pairs of sources: recall {got / (wanted or 1):.3f} ({got} of the gold's {wanted} pairs of sources "
              f"reporting one happening)")
        source_story = {e.id: story(Path(d.source.file).stem) for d in documents for e in d.events}
        for name in sorted({story(article) for article in articles}):
            mine = [{e for e in group if source_story[e] == name} for group in found]
            theirs = [{e for e in group if source_story[e] == name} for group in gold]
            print(f"  {name}: {pairwise(mine, theirs)}")
        everything = load_all(Project(root))
        reports = [grouping.Report(e, d.source.language) for d in everything for e in d.events]
        compared = grouping.compare(reports)
        missed, wrong = pairs(gold) - pairs(found), pairs(found) - pairs(gold)
        why = {pair: missed_because(pair, found, events_by_id, compared) for pair in missed} | {
            pair: joined_because(pair, compared) for pair in wrong}
        if args.causes:
            for title, chosen in (("missed", missed), ("found, not in the gold", wrong)):
                counted = collections.Counter(why[pair] for pair in chosen)
                print(f"{title}: " + "; ".join(f"{cause} {count}" for cause, count in counted.most_common()))
            mutual = each_others_best(compared, {e.id: e for d in everything for e in d.events})
            kinds = (("found right", pairs(found) & pairs(gold)), ("missed", missed), ("found, not in the gold", wrong))
            print("each other's most alike report in the other's article: " + "; ".join(
                f"{title} {len(chosen & mutual)} of {len(chosen)}" for title, chosen in kinds))
        if args.sweep:
            for step in range(5, 36):
                swept = pairwise(real(grouping.group(reports, threshold=step / 100, compared=compared)), gold)
                print(f"threshold {step / 100:.2f}: precision {swept.precision:.3f} recall {swept.recall:.3f}")
        if args.show:
            text = {e.id: f"{Path(d.source.file).stem}: {e.when} {e.text[:100]}" for d in documents for e in d.events}
            for title, chosen in (("found, not in the gold", wrong), ("in the gold, not found", missed)):
                print(f"-- {title}")
                for pair in sorted(chosen, key=sorted):
                    print("  ", f"[{why[pair]}]", " | ".join(text[e] for e in sorted(pair)))


if __name__ == "__main__":
    main()
