"""One happening, several sources: which reports are grouped, and editors' decisions that survive extraction.

The rules are tested on events made here; the corpus (tests/data/grouping/corpus.yaml, our own articles) and the
seeds go through the real `kroniek extract`, and the editors' decisions are made in the real file on disk.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.content.store import load_all
from generator.happenings import decisions, grouping
from generator.happenings.evaluate import gold_groups, pairwise, write_corpus
from generator.happenings.grouping import Decisions, Report, group
from generator.happenings.similarity import cosine
from generator.happenings.words import OTHER_CLAUSE_WEIGHT, event_terms, with_heads
from generator.model import Event
from generator.project import Project
from generator.temporal.values import interval

CORPUS = Path(__file__).parent / "data" / "grouping" / "corpus.yaml"


def event(source: str, when: str, text: str, expression: str = "", number: int = 0) -> Event:
    return Event(id=f"{source}-{number}", source=source, when=when, text=text, expression=expression,
                 span=(0, 0), sentence_span=(0, len(text)), interval=interval(when))


def reports(*events: Event) -> list[Report]:
    return [Report(e) for e in events]


FIRE_ZWOLLE = event("a", "2025-03-14TEV", "In Zwolle brandde vrijdagavond een loods van een transportbedrijf uit.",
                    "vrijdagavond")
FIRE_ZWOLLE_TOO = event("b", "2025-03-14T21:00", "Om 21.00 uur sloegen de vlammen uit de loods van het "
                        "transportbedrijf in Zwolle.", "Om 21.00 uur")
FIRE_DEVENTER = event("c", "2025-03-14TEV", "In Deventer brandde vrijdagavond een basisschool uit.", "vrijdagavond")
BACKGROUND = event("d", "2025-03-14", "Het kabinet presenteerde een plan voor de woningmarkt.", "vrijdag")


def test_two_reports_of_one_fire_are_one_happening_and_a_fire_in_another_town_is_not() -> None:
    assert group(reports(FIRE_ZWOLLE, FIRE_ZWOLLE_TOO, FIRE_DEVENTER, BACKGROUND)) == (("a-0", "b-0"),)


def test_the_same_words_on_days_that_do_not_overlap_are_two_happenings() -> None:
    saturday = event("a", "2025-03-22", "Klimaatactivisten blokkeerden de A12 in Den Haag.", "zaterdag")
    sunday = event("b", "2025-03-23", "Klimaatactivisten blokkeerden de A12 in Den Haag.", "zondag")
    morning = event("c", "2025-03-22TMO", "Klimaatactivisten blokkeerden de A12 in Den Haag.", "zaterdagochtend")
    evening = event("d", "2025-03-22TEV", "Klimaatactivisten blokkeerden de A12 in Den Haag.", "zaterdagavond")
    assert group(reports(sunday, morning, evening)) == ()  # no two of them share a moment
    assert group(reports(saturday, sunday)) == ()
    # the day holds both parts of it: all three on one entry, the morning and evening disagreeing (the site says so)
    assert group(reports(saturday, morning, evening)) == (("a-0", "c-0", "d-0"),)


def test_one_source_gives_a_happening_one_report_and_a_vague_date_none() -> None:
    twice = event("a", "2025-03-14TEV", FIRE_ZWOLLE_TOO.text, number=1)
    assert group(reports(FIRE_ZWOLLE, twice, FIRE_ZWOLLE_TOO)) in ((("a-0", "b-0"),), (("a-1", "b-0"),))
    month = event("c", "2025-03", FIRE_ZWOLLE.text)
    assert group(reports(FIRE_ZWOLLE, month)) == ()


def test_an_article_that_tells_a_happening_again_at_its_minute_has_both_reports_in_its_entry() -> None:
    """The lede and a later paragraph of one article, both at 16.00, each found another source's report of the
    restart: one entry of four reports. The article's own two are the most alike pair, but a source's pair joins
    only groups that hold other sources: the two groups join when another pair of them comes."""
    lede = event("a", "2024-06-05T16:00", "Om 16.00 uur reden de treinen van en naar Utrecht Centraal weer.",
                 "16.00 uur")
    later = event("a", "2024-06-05T16:00", "De treinen van en naar Utrecht Centraal reden om 16.00 uur weer, "
                  "meldde ProRail.", "16.00 uur", number=1)
    other = event("b", "2024-06-05T16:00", "Vanaf 16.00 uur rijden er weer treinen in Utrecht.", "16.00 uur")
    third = event("c", "2024-06-05T16:00", "ProRail meldde dat het treinverkeer rond Utrecht om 16.00 uur weer op "
                  "gang kwam.", "16.00 uur")
    made = reports(lede, later, other, third)
    assert grouping.scored_pairs(made)[0][1:] == ("a-0", "a-1")
    assert group(made) == (("a-0", "a-1", "b-0", "c-0"),)


def test_an_articles_two_reports_stay_apart_unless_both_found_another_source_at_their_minute() -> None:
    """Two acts of one midnight in one article, one of them told elsewhere too; and two acts of one evening in one
    article, each told by another source: one report of each source in each entry."""
    fire = event("a", "2026-01-01T00:00", "In Eindhoven brak rond middernacht een grote brand uit in een "
                 "woontoren.", "rond middernacht")
    crash = event("a", "2026-01-01T00:00", "In Eindhoven overleed rond middernacht een kind bij een aanrijding.",
                  "rond middernacht", number=1)
    fire_too = event("b", "2026-01-01T00:00", "Om middernacht vloog een woontoren in Eindhoven in brand.",
                     "Om middernacht")
    assert group(reports(fire, crash)) == ()
    assert group(reports(fire, crash, fire_too)) == (("a-0", "b-0"),)
    dike = event("c", "2025-06-16TEV", "Bij Culemborg is maandagavond een stuk van de Lekdijk weggezakt.",
                 "maandagavond")
    residents = event("c", "2025-06-16TEV", "Maandagavond moesten veertig bewoners van de Lekdijk bij Culemborg "
                      "hun huizen uit.", "Maandagavond", number=1)
    dike_too = event("d", "2025-06-16TEV", "Een deel van de Lekdijk bij Culemborg zakte maandagavond weg.",
                     "maandagavond")
    residents_too = event("e", "2025-06-16TEV", "De gemeente Culemborg evacueerde maandagavond veertig bewoners.",
                          "maandagavond")
    assert group(reports(dike, residents, dike_too, residents_too)) == (("c-0", "d-0"), ("c-1", "e-0"))


def test_editors_decisions_bind_whatever_the_words_and_days() -> None:
    far = event("c", "2025-03-16", "Iets heel anders.", "zondag")
    together = Decisions(together=frozenset({frozenset({"a-0", "c-0"})}))
    assert group(reports(FIRE_ZWOLLE, FIRE_ZWOLLE_TOO, far), together) == (("a-0", "b-0", "c-0"),)
    apart = Decisions(apart=frozenset({frozenset({"a-0", "b-0"})}))
    assert group(reports(FIRE_ZWOLLE, FIRE_ZWOLLE_TOO), apart) == ()


def test_only_events_of_overlapping_days_are_compared() -> None:
    many = [event(f"s{n}", f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", "De raad vergaderde over de begroting.",
                  number=n) for n in range(600)]
    by_id = {e.id: e for e in many}
    scored = grouping.scored_pairs(reports(*many))  # the same words: every pair alike, yet few compared
    assert scored and all(by_id[a].when == by_id[b].when for _, a, b in scored)
    assert len(scored) < 600 * 599 / 2 / 50  # 84 days of about 7 events: about 1 % of all pairs


def test_one_sources_events_are_paired_only_at_a_minute_it_names_a_few_times() -> None:
    """An article's two reports of one minute are compared; a minute it names many times is a schedule's (a live
    blog or timetable of thousands of lines on one day would otherwise pair each with each), and a report of
    another source is still compared with each of them."""
    few = [event("a", "2024-06-05T16:00", "De treinen rijden weer in Utrecht.", number=n) for n in range(2)]
    assert [pair[1:] for pair in grouping.scored_pairs(reports(*few))] == [("a-0", "a-1")]
    many = [event("a", "2024-06-05T16:00", "De treinen rijden weer in Utrecht.", number=n) for n in range(40)]
    other = event("b", "2024-06-05T16:00", "In Utrecht rijden de treinen weer.")
    scored = grouping.scored_pairs(reports(*many, other))
    assert sorted(pair[1:] for pair in scored) == sorted((f"a-{n}", "b-0") for n in range(40))


@pytest.mark.parametrize("count, paired", [(20, True), (21, False)])
def test_a_minute_named_more_than_twenty_times_in_one_article_is_a_schedules(count: int, paired: bool) -> None:
    """`_RETOLD_MOST`: at most 20 reports of one minute in one article are each compared (the tuning texts name one
    minute at most 8 times in one article); from 21 they are a schedule's entries."""
    same = [event("a", "2024-06-05T16:00", "De treinen rijden weer in Utrecht.", number=n) for n in range(count)]
    assert len(grouping.scored_pairs(reports(*same))) == (count * (count - 1) // 2 if paired else 0)


def test_two_schedules_of_one_minute_are_not_compared_entry_by_entry() -> None:
    """Two timetables of thousands of lines at one minute of one day were compared each with each (2 × 2,000 lines:
    14.8 s and 1.18 GB); a schedule's entries still meet the other sources' reports that are none."""
    first = [event("a", "2024-06-05T20:00", "De club speelt thuis tegen de koploper.", number=n) for n in range(30)]
    second = [event("b", "2024-06-05T20:00", "De club speelt thuis tegen de koploper.", number=n) for n in range(30)]
    told = event("c", "2024-06-05T20:00", "Thuis speelt de club tegen de koploper.")
    scored = grouping.scored_pairs(reports(*first, *second, told))  # the same words: each pair compared is listed
    assert sorted(pair[1:] for pair in scored) == sorted((entry.id, "c-0") for entry in (*first, *second))


def test_comparing_only_pairs_that_share_a_stem_misses_no_pair_at_the_threshold() -> None:
    """Pairs are scored only where they share a stem, summed stem by stem: the pairs found at a threshold are
    exactly those a scoring of every pair of the day finds at or above it."""
    texts = ["De brandweer bluste een brand in een loods in Zwolle.", "In Zwolle brandde een loods af.",
             "De raad van Zwolle vergaderde.", "Een loods brandde in Deventer.", "De raad vergaderde over de loods."]
    many = [event(f"s{n}", "2025-03-14", texts[n % len(texts)] + f" Nummer {n % 7}.", number=n) for n in range(60)]
    compared = grouping.compare(reports(*many), grouping.THRESHOLD)
    vectors = compared.vectors
    everything = {(a.id, b.id) for a in many for b in many
                  if a.id < b.id and cosine(vectors[a.id], vectors[b.id]) >= grouping.THRESHOLD}
    assert everything and {(a, b) for _, a, b in compared.pairs} == everything


def test_a_report_alike_to_one_member_only_does_not_join_a_group_of_a_dense_day() -> None:
    """One storm, one day: the tree that fell in Apeldoorn is told beside the halted trains in one report, yet it
    is another happening; alike to that report alone, it stays out of the trains' group (average linkage)."""
    trains = event("a", "2025-11-20", "Storm Ilse legde donderdag het treinverkeer in heel Nederland stil.",
                   "donderdag")
    no_trains = event("d", "2025-11-20", "Door storm Ilse reden donderdag in Nederland geen treinen.", "donderdag")
    both = event("b", "2025-11-20", "Storm Ilse legde donderdag het treinverkeer stil en blies in Apeldoorn een "
                 "boom om.", "donderdag")
    tree = event("c", "2025-11-20", "In Apeldoorn raakte donderdag een automobilist gewond toen een boom op zijn "
                 "wagen viel.", "donderdag")
    made = reports(trains, no_trains, both, tree)
    alike = {(a, b): score for score, a, b in grouping.scored_pairs(made)}
    assert alike[("b-0", "c-0")] >= grouping.THRESHOLD  # one pair would have chained it in
    assert group(made) == (("a-0", "b-0", "d-0"),)


def test_reports_of_other_clock_times_count_against_a_group() -> None:
    """A report of the whole day is alike to both the outage at 13.30 and the restart at 16.00; it joins one of
    them, and the two times stay two entries."""
    stop = event("a", "2024-06-05T13:30", "Sinds 13.30 uur rijden er geen treinen van en naar Utrecht Centraal door "
                 "een storing.", "13.30 uur")
    restart = event("b", "2024-06-05T16:00", "Sinds 16.00 uur rijden de treinen van en naar Utrecht Centraal weer.",
                    "16.00 uur")
    day = event("c", "2024-06-05", "Door een storing reden er woensdag urenlang geen treinen van en naar Utrecht "
                "Centraal.", "woensdag")
    assert group(reports(stop, restart, day)) == (("a-0", "c-0"),)


def test_one_clock_time_is_evidence_of_one_happening() -> None:
    again = event("a", "2025-10-14T11:15", "Vanaf 11.15 uur reden de eerste treinen weer.", "11.15 uur")
    moving = event("b", "2025-10-14T11:15", "Rond 11.15 uur kwam het treinverkeer langzaam op gang.", "11.15 uur")
    words = [set(event_terms(e)) - {"@2025-10-14T11:15"} for e in (again, moving)]
    assert not words[0] & words[1]  # not one word in common: the time they name is what they share
    assert group(reports(again, moving)) == (("a-0", "b-0"),)
    assert "@2025-10-14T11:15" in event_terms(again) and not any(t.startswith("@") for t in event_terms(BACKGROUND))


def test_a_sentence_that_tells_two_happenings_gives_each_the_words_of_its_own_clause() -> None:
    text = "Woensdag bestormden betogers het vliegveld, donderdag schoot de politie op de menigte."
    spans = [(text.index(day), text.index(day) + len(day)) for day in ("Woensdag", "donderdag")]
    stormed, shot = (Event(id=f"a-{n}", source="a", when=when, text=text, expression=text[slice(*span)],
                           span=span, sentence_span=(0, len(text)), interval=interval(when))
                     for n, (when, span) in enumerate(zip(("2022-01-05", "2022-01-06"), spans, strict=True)))
    first, second = (event_terms(e, "nl", [other.span]) for e, other in ((stormed, shot), (shot, stormed)))
    assert first["bestorm"] == second["schoot"] == 1.0
    assert first["schoot"] == second["bestorm"] == OTHER_CLAUSE_WEIGHT < 1.0


def test_an_event_an_editor_added_without_offsets_has_its_words_less_its_date() -> None:
    added = Event(id="a-9", source="a", when="2025-03-15", text="Op zaterdag bluste de brandweer een loods in Zwolle.",
                  expression="zaterdag", span=(0, 0), sentence_span=(0, 0), interval=interval("2025-03-15"))
    terms = event_terms(added, "nl", [(0, 0)])
    assert terms == {"blust": 1.0, "brandweer": 1.0, "lood": 1.0, "zwol": 2.0}  # no `zaterdag`; Zwolle named


def test_a_hyphenated_word_meets_its_parts_and_stays_itself() -> None:
    terms = event_terms(event("a", "2022-08-30", "Dinsdag rijden er geen NS-treinen in Zuid-Holland.", "Dinsdag"))
    assert {"ns-trein", "ns", "trein", "zuid-holland", "zuid", "holland"} <= set(terms)
    rides = event("a", "2022-08-30", "Dinsdag rijden er geen NS-treinen.", "Dinsdag")
    trains = event("b", "2022-08-30", "Van de NS reed dinsdag geen enkele trein.", "dinsdag")
    assert group(reports(rides, trains)) == (("a-0", "b-0"),)


def test_a_compound_meets_its_head_where_the_archive_has_the_head_as_a_word() -> None:
    staff, plain, other = {"personeelsstaak": 1.0}, {"staak": 1.0}, {"spoorboek": 1.0}
    with_head, alone, untouched = with_heads([staff, plain, other])
    assert with_head == {"personeelsstaak": 1.0, "staak": 1.0} and alone == plain and untouched == other
    assert with_heads([staff, other])[0] == staff  # no `staak` in the archive: nothing to meet
    assert with_heads([{"ns-trein": 1.0, "@2022-08-30T14:00": 2.0}, {"trein": 1.0, "14:00": 1.0}])[0] == {
        "ns-trein": 1.0, "@2022-08-30T14:00": 2.0}  # parts, not heads, for a hyphenated word; a clock time has none


def test_the_decisions_are_the_pairs_editors_changed() -> None:
    made = decisions.decisions(base=[("a", "b", "c")], ours=[("a", "b"), ("c", "d")])
    assert made.apart == {frozenset({"a", "c"}), frozenset({"b", "c"})}
    assert made.together == {frozenset({"c", "d"})}


# -- through `kroniek extract` ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The corpus's articles extracted once into a project of their own (copied per test that changes it)."""
    from generator.pipeline import extract

    root = tmp_path_factory.mktemp("corpus")
    marks = write_corpus(CORPUS, root / "seeds")
    report = extract(Project(root))
    assert not report.errors
    return root, marks


@pytest.fixture
def corpus(corpus_extracted: tuple[Path, dict], tmp_path: Path) -> tuple[Path, dict]:
    root, marks = corpus_extracted
    shutil.copytree(root, tmp_path / "p", ignore=shutil.ignore_patterns(".kroniek-cache"))
    return tmp_path / "p", marks


def test_the_corpus_is_grouped_with_pairwise_precision_and_recall(corpus_extracted) -> None:
    root, marks = corpus_extracted
    project = Project(root)
    gold = gold_groups(load_all(project), marks)
    assert len(gold) >= 12 and all(2 <= len(members) <= 4 for members in gold)
    score = pairwise([h.events for h in decisions.read_groups(project)], gold)
    assert score.precision >= 0.95 and score.recall >= 0.90, score


def test_the_seeds_troops_are_one_entry_and_wednesdays_attacks_and_thursdays_shots_two(run_kroniek, project_copy):
    result = run_kroniek("extract", cwd=project_copy)  # with the editors' corrections (the publication days)
    assert result.returncode == 0, result.stderr
    project = Project(project_copy)
    texts = {e.id: e.text for d in load_all(project) for e in d.events}

    def the(words: str) -> str:
        [found] = [i for i, text in texts.items() if words in text]
        return found

    groups = [set(h.events) for h in decisions.read_groups(project)]
    troops = {the("Russische veiligheidstroepen"), the("parachutisten")}
    assert troops in groups
    attacks, shots = the("aanvallen op overheidsgebouwen"), the("schoten gelost op betogers")
    assert not any({attacks, shots} <= members for members in groups)


def ids_of(project: Project, *words: str) -> list[str]:
    found = {e.text: e.id for d in load_all(project) for e in d.events}
    return [next(i for text, i in found.items() if w in text) for w in words]


def groups_file(root: Path) -> Path:
    return root / "content" / "happenings" / "happenings.yml"


def write_groups(root: Path, groups: list[list[str]]) -> None:
    text = yaml.safe_dump({"happenings": [{"events": members} for members in groups]}, sort_keys=False)
    groups_file(root).write_text("# ons eigen commentaar\n" + text, encoding="utf-8")


def file_groups(root: Path) -> list[set[str]]:
    return [set(h.events) for h in decisions.read_groups(Project(root))]


def edited(root: Path, change) -> list[list[str]]:
    """The groups as the file has them, changed by `change` (a function of the list of lists)."""
    groups = [list(h.events) for h in decisions.read_groups(Project(root))]
    change(groups)
    return [members for members in groups if members]


def add_article(root: Path, name: str, text: str) -> None:
    (root / "seeds" / name).write_text(text, encoding="utf-8")


QUAKE_TOO = ("---\ntitle: Beving Garrelsweer\npublished: 2025-02-07\npublisher: Omrop\n---\n\n"
             "Een aardbeving van 2,7 bij Garrelsweer deed donderdagavond ramen rinkelen in heel Groningen.\n")
MATCH_TOO = ("---\ntitle: Klassieker\npublished: 2025-03-03\npublisher: Sportkrant\n---\n\n"
             "Feyenoord versloeg Ajax gisteren in De Kuip met 2-1 dankzij Giménez.\n")


def test_an_editors_merge_split_and_move_out_survive_extraction_and_new_articles(corpus, run_kroniek) -> None:
    root, _ = corpus
    project = Project(root)
    saturday, sunday = ids_of(project, "zaterdagmiddag ruim vierhonderd", "Zondagmiddag zaten er opnieuw")
    nos, krant, sport = ids_of(project, "Feyenoord heeft vanmiddag", "kopbal in de 88ste", "Op 2 maart verloor Ajax")
    quake_out = ids_of(project, "scheuren in muren")[0]
    before = file_groups(root)
    assert {nos, krant, sport} in before and any(quake_out in members for members in before)

    def change(groups: list[list[str]]) -> None:
        [weekend] = [g for g in groups if sunday in g]
        [saturdays] = [g for g in groups if saturday in g]
        weekend += saturdays  # merge: the blockade of both days is one happening
        saturdays.clear()
        [match] = [g for g in groups if sport in g]
        match.remove(sport)  # split: one report of the match in a group of its own
        groups.append([sport])
        [quake] = [g for g in groups if quake_out in g]
        quake.remove(quake_out)  # move out: that report is not of the quake

    write_groups(root, edited(root, change))
    for step in ("again", "new articles"):
        if step == "new articles":
            add_article(root, "beving-omrop.md", QUAKE_TOO)
            add_article(root, "klassieker-sportkrant.md", MATCH_TOO)
        result = run_kroniek("extract", cwd=root)
        assert result.returncode == 0, result.stderr
        now = file_groups(root)
        [weekend] = [g for g in now if sunday in g]
        assert saturday in weekend, step
        assert not any(sport in g and (nos in g or krant in g) for g in now), step
        assert not any(quake_out in g and len(g) > 1 for g in now), step
        assert "# ons eigen commentaar\n" in groups_file(root).read_text(encoding="utf-8"), step
    new_quake, new_match = ids_of(Project(root), "ramen rinkelen", "dankzij Giménez")
    [quake] = [g for g in now if new_quake in g]
    assert quake_out not in quake and len(quake) == 3  # the new report joined the others, not the one moved out
    [match] = [g for g in now if new_match in g]
    assert sport not in match and {nos, krant} <= match


def test_an_editors_comments_stay_when_the_machine_writes_the_groups_again(corpus, run_kroniek) -> None:
    root, _ = corpus
    [sport] = ids_of(Project(root), "Op 2 maart verloor Ajax")
    groups = edited(root, lambda groups: None)
    text = yaml.safe_dump({"happenings": [{"events": members} for members in groups]}, sort_keys=False)
    text = text.replace(f"- {sport}\n", f"- {sport}  # nagevraagd bij de club\n")
    groups_file(root).write_text("# ons eigen commentaar\n" + text, encoding="utf-8")
    add_article(root, "klassieker-sportkrant.md", MATCH_TOO)  # a new report joins the match: the file is written again
    assert run_kroniek("extract", cwd=root).returncode == 0
    after = groups_file(root).read_text(encoding="utf-8")
    assert ids_of(Project(root), "dankzij Giménez")[0] in after
    assert "# ons eigen commentaar\n" in after
    assert any(sport in line and line.endswith("# nagevraagd bij de club") for line in after.splitlines())


def test_a_file_whose_groups_did_not_change_keeps_its_bytes_and_comments(corpus, run_kroniek) -> None:
    root, _ = corpus
    write_groups(root, edited(root, lambda groups: None))
    before = groups_file(root).read_bytes()
    assert run_kroniek("extract", cwd=root).returncode == 0
    assert groups_file(root).read_bytes() == before


def test_a_broken_groups_file_is_left_as_it_was_with_its_errors_at_their_lines(corpus, run_kroniek) -> None:
    root, _ = corpus
    groups = edited(root, lambda groups: groups[1].append(groups[0][0]))  # one event in two groups
    write_groups(root, groups)
    before = groups_file(root).read_bytes()
    result = run_kroniek("extract", cwd=root)
    assert result.returncode == 1
    line = next(n for n, text in enumerate(before.decode().splitlines(), 1) if groups[0][0] in text and n > 4)
    assert f"error: content/happenings/happenings.yml:{line}:" in result.stderr
    assert "hoort bij één groep" in result.stderr and "Traceback" not in result.stderr
    assert groups_file(root).read_bytes() == before
    check = run_kroniek("check", cwd=root)
    assert check.returncode == 1 and f"content/happenings/happenings.yml:{line}:" in check.stdout
    groups_file(root).write_text("happenings:\n  - events: [a\n", encoding="utf-8")
    result = run_kroniek("extract", cwd=root)
    assert result.returncode == 1 and "content/happenings/happenings.yml:" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_warns_of_an_id_no_event_has(corpus, run_kroniek) -> None:
    root, _ = corpus
    write_groups(root, edited(root, lambda groups: groups[0].append("bestaat-niet-123abc")))
    result = run_kroniek("check", cwd=root)
    assert result.returncode == 0 and "geen gebeurtenis heeft het id 'bestaat-niet-123abc'" in result.stdout
