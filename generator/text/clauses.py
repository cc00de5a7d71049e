"""The clauses of a sentence, and what the words around an expression say about it.

A sentence may report more than one happening (`Woensdag bestormden ze het vliegveld, donderdag
schoot de politie`), and a date may stand in it only as a reference (`in de dagen na Prinsjesdag`).
No parser is needed to tell most of these apart in news text: clauses end at punctuation and
conjunctions, a clause without words of its own belongs to its neighbour, and a date right after
`na`, `voor`, `sinds` or `dan` is mentioned rather than when something happened (unless `voor`
means *for*: `de plannen voor volgend jaar`). The words are
language data (`lang/<code>/text.yaml`); this module only counts and compares them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice, pairwise

from generator.lang import as_listed, read_data
from generator.model import Timex
from generator.temporal.language import TenseData, load
from generator.temporal.patterns import find
from generator.temporal.tense import sorts_by_year, word_kind

# Letters, with any accent typed as a mark of its own after one (`ge\u0301e\u0301n`): one word, as composed.
_LETTERS = r"[^\W_]++(?:[\u0300-\u036f]++[^\W_]*+)*+"
_WORD = re.compile(rf"{_LETTERS}(?:['’/]{_LETTERS})*|'{_LETTERS}")
# Punctuation that ends a clause: a semicolon, a comma or colon not followed by a digit (`6,6`, `19:56`), a dash
# between spaces, and end punctuation the sentence splitter did not end a sentence at (`… dorp. 's Middags …`).
_PUNCTUATION = re.compile(r";|[,:](?!\d)|\s[-–—]\s|[.!?…](?=\s)")

Span = tuple[int, int]
_LIST_REACH = 2  # small words (`op`, `tot`, `met`) a list word may have between it and each of its expressions
_RANGE_REACH = 16  # characters between a range's two bounds: `tot en met` and its spaces
_WORD_BEFORE = re.compile(r"[^\W_]+(?:['’/][^\W_]+)*(?=\s*\Z)")  # the last word of a text
_COUNTER = re.compile(r"[ \t]+\d+[ \t]+([^\W\d_])")  # after a line's time stamp: a count, then a word's first letter
PURPOSE = ""  # the `mod` of a signal that names the day a happening is meant for, on no side of it
_CLAUSE_CUT = re.compile(r"[,;:](?!\d)")  # where a clause ends: one set off by commas, one a figure of then is told in
_WORD_AFTER = re.compile(r"\s*([^\W_]*)")  # the word right after a position, or none
_CREDIT_WORDS = 8  # at most this many words in a photo's credit line
_BYLINE_WORDS = 5  # at most this many words in a byline's name after its date and separator (Piet de Boer)
_FOCUS_REACH = 24  # characters back from a condition's `als`, or its focus word, to the word before it
# A credit closing its line in brackets or after a bar: the credit's word, a colon, the name (`(Foto: ANP)`, `| Foto:
# Jan Jansen`); the name holds no bracket or bar of its own.
_CLOSING_CREDIT = re.compile(r"(?:\(|\|)\s*(?P<word>[^\W\d_]+)\s*:\s*(?P<credit>[^()|]+?)\)?\Z")
_PURPOSE_REACH = 4  # words from a noun of planning to its `voor`: welke plannen het kabinet voor volgend jaar heeft
_OPENING = re.compile(r"\n|[.!?](?=\s)")  # where a line or sentence opens, before a page's own line of dates
_OPENER_REACH = 64  # characters from its opening to a date that a page's own line may hold
_COMPARE_REACH = 400  # characters before a date read for the comparative its `dan` closes (a few words)
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")  # only blanks to the end of the line
# Characters of its clause either side of a date read for a count of times or a verb of planning (a sentence's few
# words; a clause of thousands of dates read whole for each would take quadratic time)
_CLAUSE_REACH = 400
# A figure set against another is set off by a comma (`stegen 2,9 procent, tegen 2,6 procent`), looked for in the few
# characters (spaces, a closing quote) before its clause
_SET_OFF = ","
_SET_OFF_REACH = 8
_FIGURE_GAP = 40  # characters between two dates a figure's change may hold (`naar 4,3 procent in`)
_FIGURE_WORDS = 8  # words before the first date read for the `van` opening the change (`van 1.142.000 euro in`)
_VERB_SECOND_REACH = 4  # a clause's first words read for a main clause's verb: a fronted part of three words at most
_SIGNAL_WINDOW = 64  # characters before a clause word read for the signal it may stand in (`tot en met`, `zo druk als`)


@dataclass(frozen=True)
class Signal:
    """Words before a date that make it a reference: their TIMEX3 `mod`, or None for a comparison."""

    words: str
    mod: str | None


@dataclass(frozen=True)
class ClauseWords:
    """One language's words for clauses and signals, lower case."""

    lang: str  # the language's code: how its words are listed (`as_listed`)
    clause_words: frozenset[str]
    filler: frozenset[str]
    signals: dict[str, tuple[tuple[tuple[str, ...], Signal], ...]]  # by last word, longest first
    # a clause word inside a signal (`en` of `tot en met`, `als` of `net als`): each signal and the word's place in it
    inside_signals: dict[str, tuple[tuple[tuple[str, ...], int], ...]]
    equatives: frozenset[str]  # zo, evenveel: opening an equal comparison closed by `equative_word`
    equative_word: str  # als: zo druk als op Koningsdag
    equative_gap: int  # words that may stand between them (zo druk als)
    equative_adverbs: frozenset[str]  # zo, even: before a verb, thus or a moment (Zo gaat het als …)
    not_equative: tuple[tuple[str, ...], ...]  # zo goed als: an idiom (virtually), no comparison
    reach: int
    record_reach: int  # a record's signal reaches further, over a name after a bridge (sinds de stichting van …)
    bridge: frozenset[str]
    approximators: frozenset[str]
    # ruim, bijna, rond: said before a count, left out of its expression (the tagger's `outside` words)
    rough_counts: tuple[tuple[str, ...], ...]
    list_words: frozenset[str]  # `en`, `of` between two expressions join them in a list, not clauses
    page_cues: tuple[tuple[str, ...], ...]  # words of a web page's own line (geprint op): no happening
    page_names: frozenset[str]  # liveblog: the page, after one of `page_determiners` (dit, het oude)
    page_determiners: frozenset[str]
    page_articles: frozenset[str]  # het, de: the page's too, unless someone's follows (het liveblog van de NOS)
    page_owners: frozenset[str]  # van: before an article, names whose page it is
    page_pointers: frozenset[str]  # hieronder: the page, right before one of `pointed_at` (een overzicht)
    pointed_at: frozenset[str]
    pointed_verbs: frozenset[str]  # vind, lees: the page too, unless one of `pointed_clause` follows
    pointed_clause: frozenset[str]  # hoe, wat: after a pointer and its verb, a clause telling a happening follows
    page_word_reach: int  # words from a page's name to its determiner
    page_separators: tuple[str, ...]  # marks before a byline's date (NOS Wielrennen • vandaag, 06:41)
    page_openers: tuple[tuple[str, ...], ...]  # words opening the page's line of its own dates (Bijgewerkt op)
    page_opener_links: frozenset[str]  # op, om: the only words between such an opener and its date
    date_line_words: frozenset[str]  # vr, update: the only words of the page's line of its own date beside a place
    byline_name_words: frozenset[str]  # de, van: the lower-case words of a byline's name (Piet de Boer)
    generic_cues: frozenset[str]
    generic_phrases: tuple[tuple[str, ...], ...]  # over het algemeen: a habit said in more than one word
    schedule_phrases: tuple[tuple[str, ...], ...]  # per keer: a schedule decided case by case, beside a day or time
    not_generic: tuple[tuple[str, ...], ...]  # nog altijd, in ieder geval: a cue's word that says no habit there
    condition_subjects: frozenset[str]  # de, het, er, we: after `als`, a clause's subject (not `als eerste`)
    condition_words: frozenset[str]  # als, indien: opening a clause, a condition or what happens whenever
    condition_openers: frozenset[str]  # mocht: opening the sentence only, a condition (after a comma, a past)
    condition_focus: frozenset[str]  # alleen, enkel: before a condition's `als` (`, maar alleen als een club …`)
    condition_focus_leads: frozenset[str]  # maar: before a focus word only (`maar alleen als`; `maar als` contrasts)
    state_verbs: frozenset[str]  # is, was: a sentence with only these for verbs states what was so
    existential_words: frozenset[str]  # er: beside a copula, that something was or happened (`was er brand`)
    figure_cues: frozenset[str]  # nog: right before a figure, a figure of then (`lag dat nog op 99,8 procent`)
    figure_fillers: frozenset[str]  # op, met, maar: may stand between the cue and its figure
    restated_subjects: frozenset[str]  # dat, dit: after a past copula, the figure told before restated for then
    amount_verbs: frozenset[str]  # lag, bedroeg, steeg: verbs that tell a figure's level, as a copula a state
    now_words: frozenset[str]  # nu, inmiddels: the sentence sets now beside then
    now_levels: frozenset[str]  # is, ligt, bedraagt: a present copula or verb of amount a now word follows
    now_reach: int  # how many words before a now word its present verb may stand (`is dit nu`)
    not_verb_first: frozenset[str]  # toen: listed by the tense data, no finite verb opening a question
    possessive_verbs: frozenset[str]  # zijn: a verb first only before a pronoun or article (not `Zijn vrouw`)
    example_cues: frozenset[str]  # bijvoorbeeld: in a date's own clause, maybe an illustration, not a report
    advice_cues: frozenset[str]  # adviseert, aangeraden: in the sentence, what someone is advised to do
    infinitive_marks: frozenset[str]  # te: in the date's own clause, the act advised (morgen niet te reizen)
    negation_cues: frozenset[str]
    not_negation: tuple[tuple[str, ...], ...]  # niet alleen, niet uitgesloten: a denying word that denies nothing
    counterfactual_auxiliaries: frozenset[str]  # had, hadden: before a modal's infinitive, what should have been
    counterfactual_modals: frozenset[str]  # moeten, kunnen, mogen
    then_words: frozenset[str]
    record_signals: frozenset[str]
    record_phrase_ends: frozenset[str]  # jaren, tijden: `sinds jaren` is a whole phrase, a date after it is not in it
    superlative_endings: tuple[str, ...]
    purpose_signals: frozenset[str]  # `voor` is also *for*: the day a happening is meant for
    purpose_nouns: tuple[str, ...]  # endings of nouns of planning or issuing before it (regeringsplannen)
    purpose_limiters: frozenset[str]  # right before it: enkel voor
    purpose_verbs: frozenset[str]  # after its date: voor Koningsdag georganiseerd
    record_words: frozenset[str]  # zo'n: with a negation, a record over a period
    denials: tuple[tuple[str, ...], ...]  # niet het geval: the clause denies that anything is so
    comparatives: frozenset[str]  # meer, minder: before the comparison word
    comparative_endings: tuple[str, ...]  # drukker
    not_comparatives: frozenset[str]  # wanneer, november: words in -er that compare nothing
    noun_markers: frozenset[str]  # de, onze: a word in -er right after one is a noun (de kapper)
    comparison_word: str  # dan
    comparison_reach: int  # how many words before `dan` (or a record's `sinds`) its comparative may stand
    description_after: tuple[tuple[str, ...], ...]  # is niet alleen: the date before it is described
    recurring_words: frozenset[str]  # jaarlijkse (dag waarop …)
    recurring_nouns: frozenset[str]  # (jaarlijkse) dag (waarop …)
    recurring_relatives: frozenset[str]  # (jaarlijkse dag) waarop …
    particle_signals: frozenset[str]  # voor: also a separable verb's particle (zich voordoen)
    reader_words: frozenset[str]  # je, u: a question with one asks the reader
    caption_words: frozenset[str]  # beeld, foto: a credit line's first word, closing a photo's caption
    caption_heads: tuple[str, ...]  # foto: the head of a compound naming a credit too (archieffoto)
    describing_nouns_not: tuple[str, ...]  # dag, nacht: `de nacht van zaterdag` is a date, not a description
    describing_links: frozenset[str]  # van: `de winnaar van vorig jaar`
    coarse_describing_links: frozenset[str]  # uit: `het record uit 1944` (`viel de stroom uit maandag` is a verb's)
    describing_participles: frozenset[str]  # geboren: a participle whose date describes the person it follows
    participle_links: frozenset[str]  # in, op: between such a participle and its date
    participle_reach: int  # words before such a participle read for its clause's verb
    participle_auxiliaries: frozenset[str]  # is, werd: after a participle, a subordinate clause's finite verb
    participle_predicates: frozenset[str]  # blijkt, acht: a verb that makes such a participle its object's state
    participle_sorters: frozenset[str]  # die, wie: before such a participle, a clause that sorts people
    describing_year_nouns: frozenset[str]  # geboortejaar: a year after one describes
    articles: frozenset[str]  # de, het, een: open the noun phrase a date describes (`de winnaar van vorig jaar`)
    relative_words: frozenset[str]  # die: after a comma, a relative clause describing what stands before it
    question_words: frozenset[str]  # wie, welke: opening a sentence, a question the date stands in
    range_words: frozenset[str]  # naar: after a date, `van` opened a range, not a noun phrase
    range_closers: frozenset[str]  # t/m: between two dates, the one range they bound
    moved_from: frozenset[str]  # van: before the date a happening is moved from (van zaterdag naar zondag)
    moved_to: frozenset[str]  # naar: before the date it is moved to
    particle_breaks: frozenset[str]  # om: right after such a particle, the date is the verb's own
    quote_marks: tuple[str, ...]  # marks that open or close a quotation (`"`, `„`, `,,`), longest first
    single_quotes: str  # ', ‘: open a quotation only before a word (not 's avonds, zo'n)
    restating_determiners: frozenset[str]  # de, het, die: opening a sentence that tells a happening again
    restating_nouns: tuple[str, ...]  # endings of nouns of a happening (brand: woningbrand)
    restating_verbs: tuple[tuple[str, ...], ...]  # gebeurde, vond plaats: the happening's taking place
    restating_gap: int  # words between the noun and its verb (De aardbeving op Sumba gebeurde)
    entry_openers: frozenset[str]  # update: a live blog's word before an entry's stamp (the tagger's `stamp_lead`)
    # ten opzichte van: a comparison of several words covers the noun phrase it opens, up to its clause's next verb
    compared_phrases: tuple[tuple[str, ...], ...]
    compared_phrase_reach: int  # words the noun phrase may hold before the date (… de Bondsdag van 2017)
    count_signals: frozenset[str]  # sinds, vanaf: with a count of times in the clause, a record (de 15e keer)
    count_nouns: frozenset[str]  # keer, maal: after an ordinal, a count of times
    count_reach: int  # words from a date to the count of times beside it
    ordinals: frozenset[str]  # eerste, tweede, twintigste
    ordinal_joint: str  # en: a unit joined to a ten's ordinal (eenentwintigste)
    ordinal_heads: tuple[str, ...]  # honderd: an ordinal may follow it (honderdvijfde)
    first_ordinals: frozenset[str]  # eerste, 1e: count from a record's signal only (not vanaf 1 juni de eerste keer)
    ordinal_number_endings: tuple[str, ...]  # 13e, 67ste
    cut_marks: tuple[str, ...]  # ..., …: ending a paragraph, a teaser cut off by the page
    tense: TenseData  # the tense words: which words may be verbs (a compared noun phrase ends at one)
    figure_signals: frozenset[str]  # tegen, tegenover: compare only over a figure (tegen 2,6 procent in februari)
    figure_signals_bare: frozenset[str]  # tegenover: sets figures against each other with no comma before it too
    vote_nouns: frozenset[str]  # stemmen, zetels: figures side by side told with tegenover too, a vote
    compared_term_openers: frozenset[str]  # in, bij, die: open the second term of a comparison after `dan`
    compared_pronouns: frozenset[str]  # die, dat: a clause word that is a pronoun in `dan die van`
    record_phrases: tuple[tuple[str, ...], ...]  # nooit eerder, niet meer zo: a record said in one phrase
    record_perfect_phrases: tuple[tuple[str, ...], ...]  # niet meer zo: a record only as a perfect


@cache
def clause_words(lang: str) -> ClauseWords:
    """The clause and signal words of language `lang` (`text.yaml`); ValueError when it has none."""
    data = read_data(lang, "text")
    signals: dict[str, list[tuple[tuple[str, ...], Signal]]] = {}
    for group in data.get("mention_signals", ()):
        for phrase in group["words"]:
            words = tuple(phrase.lower().split())
            signals.setdefault(words[-1], []).append((words, Signal(phrase.lower(), group.get("mod"))))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(word).lower() for word in data.get(key, ()))

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(str(phrase).lower().split()) for phrase in data.get(key, ()))

    inside: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for found in signals.values():
        for phrase, _ in found:
            for at, word in enumerate(phrase[1:], 1):
                inside.setdefault(word, []).append((phrase, at))
    return ClauseWords(
        lang=lang,
        clause_words=words("clause_words"),
        filler=words("filler"),
        signals={last: tuple(sorted(found, key=lambda item: -len(item[0]))) for last, found in signals.items()},
        inside_signals={word: tuple(found) for word, found in inside.items() if word in words("clause_words")},
        equatives=words("equatives"),
        equative_word=str(data.get("equative_word", "")).lower(),
        equative_gap=int(data.get("equative_gap", 0)),
        equative_adverbs=words("equative_adverbs"),
        not_equative=phrases("not_equative"),
        reach=int(data.get("signal_reach", 0)),
        record_reach=int(data.get("record_reach", data.get("signal_reach", 0))),
        bridge=words("signal_bridge"),
        approximators=words("approximators"),
        rough_counts=load(lang).tense.outside,
        list_words=words("list_words"),
        page_cues=phrases("page_cues"),
        page_names=words("page_names"),
        page_determiners=words("page_determiners"),
        page_articles=words("page_articles"),
        page_owners=words("page_owners"),
        page_pointers=words("page_pointers"),
        pointed_at=words("pointed_at"),
        pointed_verbs=words("pointed_verbs"),
        pointed_clause=words("pointed_clause"),
        page_word_reach=int(data.get("page_word_reach", 0)),
        page_separators=tuple(str(mark) for mark in data.get("page_separators", ())),
        page_openers=phrases("page_openers"),
        page_opener_links=words("page_opener_links"),
        date_line_words=words("date_line_words"),
        byline_name_words=words("byline_name_words"),
        generic_cues=words("generic_cues"),
        generic_phrases=phrases("generic_phrases"),
        schedule_phrases=phrases("schedule_phrases"),
        not_generic=phrases("not_generic"),
        condition_subjects=words("condition_subjects"),
        condition_words=words("condition_words"),
        condition_openers=words("condition_openers"),
        condition_focus=words("condition_focus"),
        condition_focus_leads=words("condition_focus_leads"),
        state_verbs=words("state_verbs"),
        existential_words=words("existential_words"),
        figure_cues=words("figure_cues"),
        figure_fillers=words("figure_fillers"),
        restated_subjects=words("restated_subjects"),
        amount_verbs=words("amount_verbs"),
        now_words=words("now_words"),
        now_levels=words("now_levels"),
        now_reach=int(data.get("now_reach", 0)),
        not_verb_first=words("not_verb_first"),
        possessive_verbs=words("possessive_verbs"),
        example_cues=words("example_cues"),
        advice_cues=words("advice_cues"),
        infinitive_marks=words("infinitive_marks"),
        negation_cues=words("negation_cues"),
        not_negation=phrases("not_negation"),
        counterfactual_auxiliaries=words("counterfactual_auxiliaries"),
        counterfactual_modals=words("counterfactual_modals"),
        then_words=words("then_words"),
        record_signals=words("record_signals"),
        record_phrase_ends=words("record_phrase_ends"),
        superlative_endings=tuple(words("superlative_endings")),
        purpose_signals=words("purpose_signals"),
        purpose_nouns=tuple(words("purpose_nouns")),
        purpose_limiters=words("purpose_limiters"),
        purpose_verbs=words("purpose_verbs"),
        record_words=words("record_words"),
        denials=phrases("denials"),
        comparatives=words("comparatives"),
        comparative_endings=tuple(words("comparative_endings")),
        not_comparatives=words("not_comparatives"),
        noun_markers=words("noun_markers"),
        comparison_word=str(data.get("comparison_word", "")).lower(),
        comparison_reach=int(data.get("comparison_reach", 0)),
        description_after=phrases("description_after"),
        recurring_words=words("recurring_words"),
        recurring_nouns=words("recurring_nouns"),
        recurring_relatives=words("recurring_relatives"),
        particle_signals=words("particle_signals"),
        particle_breaks=words("particle_breaks"),
        reader_words=words("reader_words"),
        caption_words=words("caption_words"),
        caption_heads=tuple(words("caption_heads")),
        describing_nouns_not=tuple(words("describing_nouns_not")),
        describing_links=words("describing_links"),
        coarse_describing_links=words("coarse_describing_links"),
        describing_participles=words("describing_participles"),
        participle_links=words("participle_links"),
        participle_reach=int(data.get("participle_reach", 0)),
        participle_auxiliaries=words("participle_auxiliaries"),
        participle_predicates=words("participle_predicates"),
        participle_sorters=words("participle_sorters"),
        describing_year_nouns=words("describing_year_nouns"),
        articles=words("articles"),
        relative_words=words("relative_words"),
        question_words=words("question_words"),
        range_words=words("range_words"),
        range_closers=words("range_closers"),
        moved_from=words("moved_from"),
        moved_to=words("moved_to"),
        quote_marks=tuple(sorted((str(mark) for mark in data.get("quote_marks", ())), key=len, reverse=True)),
        single_quotes="".join(str(mark) for mark in data.get("single_quotes", ())),
        restating_determiners=words("restating_determiners"),
        restating_nouns=tuple(words("restating_nouns")),
        restating_verbs=phrases("restating_verbs"),
        restating_gap=int(data.get("restating_gap", 0)),
        entry_openers=load(lang).stamp_leads,
        compared_phrases=tuple(
            phrase for found in signals.values() for phrase, meant in found if meant.mod is None and len(phrase) > 1
        ),
        compared_phrase_reach=int(data.get("compared_phrase_reach", 0)),
        count_signals=words("count_signals"),
        count_nouns=words("count_nouns"),
        count_reach=int(data.get("count_reach", 0)),
        ordinals=words("ordinals"),
        ordinal_joint=str(data.get("ordinal_joint", "")),
        ordinal_heads=tuple(data.get("ordinal_heads", ())),
        first_ordinals=words("first_ordinals"),
        ordinal_number_endings=tuple(words("ordinal_number_endings")),
        cut_marks=tuple(str(mark) for mark in data.get("cut_marks", ())),
        figure_signals=words("figure_signals"),
        figure_signals_bare=words("figure_signals_bare"),
        vote_nouns=words("vote_nouns"),
        compared_term_openers=words("compared_term_openers"),
        compared_pronouns=words("compared_pronouns"),
        record_phrases=phrases("record_phrases"),
        record_perfect_phrases=phrases("record_perfect_phrases"),
        tense=load(lang).tense,
    )


def clauses(text: str, start: int, end: int, expressions: Sequence[Span], lang: str) -> tuple[Span, ...]:
    """The clauses of `text[start:end]` as offsets, in order and covering it; never cut inside an expression."""
    known = clause_words(lang)
    ordered = sorted(expressions)

    def inside(position: int) -> bool:
        return covering(ordered, position, strictly=True)

    cuts = {start, end}
    ends = {e for _, e in expressions}
    begins = {s for s, _ in expressions}
    for match in _PUNCTUATION.finditer(text, start, end):
        if not inside(match.start()) and not _comma_in_list(text, match, ends, begins):
            cuts.add(match.end())
    for match in _WORD.finditer(text, start, end):
        if _said(match, lang) in known.clause_words and not inside(match.start()):
            if _links_two(text, match, ends, begins, known) or _in_signal(text, match, known):
                continue  # `deze ochtend en middag`: a list of times; `tot en met 5 mei`: one signal
            cuts.add(match.start())
    points = sorted(cuts)
    return tuple((a, b) for a, b in pairwise(points) if b > a)


def _in_signal(text: str, word: re.Match[str], known: ClauseWords) -> bool:
    """Whether a clause word is one word of a signal standing around it (`tot en met 5 mei`, `net als vrijdag`), or
    a pronoun right after the comparison word and before a bridge, the head of its second term (`groter dan
    die van Forum voor Democratie vier jaar geleden`): cut there, the signal would no longer reach its date."""
    lower = _said(word, known.lang)
    window = max(0, word.start() - _SIGNAL_WINDOW)
    if lower == known.equative_word:  # `zo druk als op Koningsdag`: its opener after the last punctuation before it
        opened = [match.end() for match in _PUNCTUATION.finditer(text, window, word.start())]
        start = opened[-1] if opened else window
        if _equative([*_last_words(text, start, word.start(), known.equative_gap + 1, known.lang), lower], known):
            return True
    if lower in known.compared_pronouns and _last_words(text, window, word.start(), 1, known.lang) == [
        known.comparison_word
    ] and _word_after(text, word.end()) in known.bridge:
        return True  # `groter dan die van vier jaar geleden`: the pronoun of a comparison's second term
    for phrase, at in known.inside_signals.get(lower, ()):
        before = _last_words(text, window, word.start(), at, known.lang)
        after = [_said(match, known.lang) for match in islice(_WORD.finditer(text, word.end()), len(phrase) - at - 1)]
        if (*before, lower, *after) == phrase:
            return True
    return False


def _equative(words: Sequence[str], known: ClauseWords) -> bool:
    """Whether the words end with an equal comparison's word after its opener (`net zoveel als`, `zo druk als`, `zo
    druk gaat worden als`); `zo` or `even` right before a verb is *thus* or *a moment* (`Zo gaat het als zaterdag …`),
    no comparison, while a sameness takes its verb there (`hetzelfde was als een maand eerder`)."""
    if not words or words[-1] != known.equative_word:
        return False
    if any(tuple(words[-len(idiom) :]) == idiom for idiom in known.not_equative):
        return False
    window = list(words[-known.equative_gap - 2 : -1])
    at = next((i for i in range(len(window) - 1, -1, -1) if window[i] in known.equatives), None)
    if at is None:
        return False
    following = window[at + 1] if at + 1 < len(window) else ""
    return not (window[at] in known.equative_adverbs and following and _verb(following, window[at], known))


def _comma_in_list(text: str, mark: re.Match[str], ends: set[int], begins: set[int]) -> bool:
    """Whether a comma stands right between two expressions, with only white space around it: `op 24, 25 en 26`."""
    if mark.group() != ",":
        return False
    before, after = mark.start(), mark.end()
    while before > 0 and text[before - 1].isspace():
        before -= 1
    while after < len(text) and text[after].isspace():
        after += 1
    return before in ends and after in begins


def _links_two(text: str, word: re.Match[str], ends: set[int], begins: set[int], known: ClauseWords) -> bool:
    """Whether a list word (`en`, `of`) stands between two expressions with only white space and a few small
    words around it: `deze ochtend en middag`, `op 25 december en op 1 januari`, `van 17 tot en met 20 juni`."""
    if _said(word, known.lang) not in known.list_words:
        return False
    before, after = word.start(), word.end()
    for _ in range(_LIST_REACH + 1):
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before in ends:
            break
        small = _WORD_BEFORE.search(text, max(0, before - 40), before)
        if small is None or small.end() != before or _said(small, known.lang) not in known.filler:
            return False
        before = small.start()
    else:
        return False
    for _ in range(_LIST_REACH + 1):
        while after < len(text) and text[after].isspace():
            after += 1
        if after in begins:
            return True
        small = _WORD.match(text, after)
        if small is None or _said(small, known.lang) not in known.filler:
            return False
        after = small.end()
    return False


def _without_rough_count(words: list[str], known: ClauseWords) -> list[str]:
    """The words between two expressions without a rough count's word right before the second (`15 januari, bijna
    een maand geleden`): the tagger leaves it out of the extent, but it belongs to the expression, not the gap."""
    for phrase in known.rough_counts:
        if tuple(words[-len(phrase):]) == phrase:
            return words[: -len(phrase)]
    return words


def listed(text: str, end: int, start: int, lang: str, loose: bool = False) -> bool:
    """Whether only a comma or one list word (`en`, `of`) stands between an expression ending at `end` and one
    starting at `start` (`van 2023 en 2022`); when `loose`, the list word may have a few small words after it (`op 31
    december en op 1 januari`)."""
    between = text[end:start]
    known = clause_words(lang)
    words = _without_rough_count([_said(match, lang) for match in _WORD.finditer(between)], known)
    rest = _WORD.sub("", between).strip()
    if words:
        small = words[1:]
        return (
            words[0] in known.list_words
            and len(small) <= (_LIST_REACH if loose else 0)
            and all(word in known.filler for word in small)
            and rest in ("", ",")
        )
    return rest == ","


def ranged(text: str, end: int, start: int, lang: str) -> bool:
    """Whether only a word that closes a range (`t/m`, `tot en met`) stands between an expression ending at `end` and
    one starting at `start`: the two bound one range (`geboren tussen 1956 t/m 1960`)."""
    between = text[end:start] if start - end <= _RANGE_REACH else ""
    return " ".join(between.lower().split()) in clause_words(lang).range_closers


def apposed(text: str, end: int, start: int, lang: str) -> bool:
    """Whether an expression ending at `end` and one starting at `start` stand in apposition: a comma and at most one
    small word other than a list word between (`Ruim een half jaar geleden, in december 2019`), so they may name
    one time twice; `en`, `of` list two. A rough count's word between (`Op 3 maart, circa twee maanden geleden`) is
    left to `listed`, which reads it as the count's: such a pair is listed, so its clause names no dates apart."""
    between = text[end:start]
    known = clause_words(lang)
    words = [_said(match, lang) for match in _WORD.finditer(between)]
    return (
        _WORD.sub("", between).strip() == ","
        and len(words) <= 1
        and all(word in known.filler and word not in known.list_words for word in words)
    )


def covering(spans: Sequence[Span], position: int, strictly: bool = False) -> bool:
    """Whether one of `spans` (sorted, not overlapping) holds `position` (`strictly`: not at its start either), found
    by bisection: a clause of thousands of expressions, as hostile text may hold, stays near linear."""
    at = bisect_left(spans, (position if strictly else position + 1,)) - 1  # the last span starting before it
    return at >= 0 and position < spans[at][1]


def has_content(text: str, clause: Span, expressions: Sequence[Span], lang: str) -> bool:
    """Whether a clause has words besides its expressions (sorted) and filler: a happening of its own may be told
    there."""
    filler = clause_words(lang).filler
    for match in _WORD.finditer(text, *clause):
        if covering(expressions, match.start()):
            continue
        word = _said(match, lang)
        if word not in filler and not word.isdigit() and len(word) > 1:
            return True
    return False


def list_label(text: str, line: Span, expressions: Sequence[Span], lang: str) -> bool:
    """Whether a line is a list's label: its expressions (sorted) and filler, then a colon (`Zaterdag:`, `29
    augustus:`), the items it labels on the lines below."""
    body = text[line[0] : line[1]].rstrip()
    return (
        body.endswith(":")
        and bool(expressions)
        and not has_content(text, (line[0], line[0] + len(body) - 1), expressions, lang)
    )


def signal(
    text: str,
    clause_start: int,
    expression_start: int,
    lang: str,
    clause_end: int | None = None,
    expression_end: int | None = None,
) -> Signal | None:
    """The signal before an expression in its clause, if any: `na Prinsjesdag`, `dan in 2023`,
    `vergeleken bij 6,7 procent in december`, `na de storm van zondag`.

    Between the signal and the expression may stand filler and numbers, or words ending in a bridge (`van`).
    An approximation (`kort na het middaguur`) is no signal: the date is when it happened. A `voor` that means
    *for* (`de plannen voor volgend jaar`; up to `clause_end` for its verb, the noun right after `expression_end`:
    `voor zaterdag code oranje`) refers to the day itself, on no side of it: its `mod` is `PURPOSE`.
    """
    found = _signal(text, clause_start, expression_start, lang)
    known = clause_words(lang)
    if found is not None and found.words in known.count_signals:
        after = None if expression_end is None or clause_end is None else (expression_end, clause_end)
        if _counts_times(text, (clause_start, expression_start), after, found.words, known):
            return Signal(found.words, None)  # `vanaf 2003 de vijftiende keer dat …`: a record counted from it
    if found is not None and found.words in known.purpose_signals:
        # The clause's words near the date only: a clause may hold thousands of dates (`voor 3 mei …, voor 4 mei …`).
        near = max(clause_start, expression_start - _CLAUSE_REACH)
        far = expression_start if clause_end is None else min(clause_end, expression_start + _CLAUSE_REACH)
        after = text[expression_start:far]
        noun = _WORD.search(text, expression_end, clause_end or len(text)) if expression_end is not None else None
        if _purpose(text[near:expression_start], after, found.words, known, lang) or (
            noun is not None and _said(noun, lang).endswith(known.purpose_nouns)
        ):
            return Signal(found.words, PURPOSE)
    return found


def _purpose(before: str, after: str, word: str, known: ClauseWords, lang: str) -> bool:
    """Whether the signal `word` ending `before` means *for*: a noun of planning or issuing a few words before it
    with no verb between, a limiting word right before it, or a verb of planning after its date."""
    words = [_said(match, lang) for match in _WORD.finditer(before)]
    at = len(words) - 1 - words[::-1].index(word) if word in words else len(words)
    if at > 0 and words[at - 1] in known.purpose_limiters:
        return True
    for earlier in reversed(words[max(0, at - _PURPOSE_REACH) : at]):  # a noun it follows, no verb between
        if earlier.endswith(known.purpose_nouns):
            return True
        if word_kind(load(lang).tense, earlier):
            break  # `de plannen moeten voor 1 mei binnen zijn`: a deadline
    return any(_said(match, lang) in known.purpose_verbs for match in _WORD.finditer(after))


def alike(found: Signal | None, lang: str) -> bool:
    """Whether a signal says a likeness (`net als vrijdag`: the same happened then too), not a purpose (`voor`)."""
    return found is not None and found.mod == PURPOSE and found.words not in clause_words(lang).purpose_signals


def _counts_times(text: str, before: Span, after: Span | None, word: str, known: ClauseWords) -> bool:
    """Whether a count of times stands beside a date after the signal `word`: an ordinal and a count noun within
    `count_reach` words after the date (`vanaf 2003 de vijftiende keer`) or right before its signal (`voor de 13e maal
    sinds 2010`), not `de volgende keer`. Only the words beside the date are read: a clause may hold thousands."""
    near = _last_words(text, *before, known.count_reach + 1, known.lang)
    if after is not None:
        near += [_said(match, known.lang) for match in islice(_WORD.finditer(text, *after), known.count_reach)]
    from_first = word in known.record_signals  # `sinds 2004 de eerste keer`, not `vanaf 1 juni de eerste keer`
    return any(
        noun in known.count_nouns and _ordinal(ordinal, known) and (from_first or ordinal not in known.first_ordinals)
        for ordinal, noun in pairwise(near)
    )


def _ordinal(word: str, known: ClauseWords) -> bool:
    """Whether a word is an ordinal: one of `ordinals` (`tweede`), one joined to a unit (`eenentwintigste`), or a
    number with an ordinal's ending (`13e`, `67ste`), or one after a hundred (`honderdvijfde`)."""
    if word in known.ordinals or any(
        word.endswith(end) and word[: -len(end)].isdigit() for end in known.ordinal_number_endings
    ):
        return True
    joint = known.ordinal_joint
    heads = [word[: -len(ordinal)] for ordinal in known.ordinals if word.endswith(ordinal)]
    return any((joint and head.endswith(joint)) or head in known.ordinal_heads for head in heads)


def _phrase_cuts(
    words: Sequence[str], known: ClauseWords, names: frozenset[int], ends: frozenset[str] = frozenset()
) -> Iterator[int]:
    """The cuts from a date back over the noun phrase before it, nearest first, up to `compared_phrase_reach` words:
    none past a verb, nor past one of `ends` (what the phrase cannot hold). A word at one of `names` (capitalised in
    the text) is a name, however shaped (`dat van Rutte in 2023`), no verb."""
    for cut in range(len(words), max(0, len(words) - known.compared_phrase_reach) - 1, -1):
        yield cut
        if not cut or cut - 1 in names:
            continue
        if words[cut - 1] in ends or _verb(words[cut - 1], words[cut - 2] if cut > 1 else "", known):
            return


def _compared_phrase(words: Sequence[str], known: ClauseWords, names: frozenset[int]) -> Signal | None:
    """The comparison whose noun phrase the words before a date end in (`ten opzichte van het tweede kwartaal in`):
    one of `compared_phrases`, with no verb between it and the date (`Ten opzichte van september stegen de prijzen
    in oktober` dates October)."""
    for cut in _phrase_cuts(words, known, names):
        for phrase in known.compared_phrases:
            if tuple(words[cut - len(phrase) : cut]) == phrase:
                return Signal(" ".join(phrase), None)
    return None


def _record_phrase(words: Sequence[str], known: ClauseWords, names: frozenset[int]) -> int | None:
    """Where a record's signal (`sinds`) ends whose noun phrase the words before a date end in, with no verb between
    it and the date (`sinds de eerste metingen in`): as a comparison of several words does, a record compares with
    the whole phrase it opens, every date in it. Not past a word that ends the phrase (`sinds tijden op
    woensdagochtend`) or joins a clause of its own (`sinds jaren en op 3 maart brak …`). None where there is none."""
    cuts = _phrase_cuts(words, known, names, known.record_phrase_ends | known.list_words)
    return next((cut for cut in cuts if cut and words[cut - 1] in known.record_signals), None)


def _verb(word: str, previous: str, known: ClauseWords) -> bool:
    """Whether a word may be a clause's verb: one the tense data knows (a participle too: `verwacht` is also a
    present), or one shaped as a present (`blijft`); not right after an article, where a form spelled as a weak past or
    a participle is an adjective, an ordinal or a noun (`het derde kwartaal`, `de gemeenteraad`)."""
    if previous in known.articles:
        return False
    tense = known.tense
    return bool(word_kind(tense, word)) or (
        tense.present_shape.fullmatch(word) is not None and word not in tense.not_present
    )


def _signal(text: str, clause_start: int, expression_start: int, lang: str) -> Signal | None:
    known = clause_words(lang)
    # Only the words a signal and what stands between it and the date can be: a clause may hold thousands of dates.
    last = _last_matches(text, clause_start, expression_start, _signal_words(lang))
    words = [_unquoted(_said(match, lang), known) for match in last]
    # names by their capital (not a headline's words, all in capitals): no verbs, however shaped (`Rutte`)
    names = frozenset(at for at, match in enumerate(last) if not match.group().isupper() and _name(match.group(), lang))
    if compared := _compared_phrase(words, known, names):
        return compared  # `in vergelijking met de vorige verkiezingen voor de Bondsdag van 2017`: the whole phrase
    if (cut := _record_phrase(words, known, names)) is not None:
        after = len(words) - cut + 1  # the signal and its phrase
        if _record_before(text, clause_start, expression_start, after, known):
            return Signal(words[cut - 1], None)  # `het laagste niveau sinds de eerste metingen in 1983`: compared
    if (cut := _compared_term(words, known, names)) is not None and _compares_before(
        text, expression_start, len(words) - cut + 1, known
    ):
        return Signal(known.comparison_word, None)  # `hoger dan in dezelfde maand vorig jaar`: compared
    for cut in range(len(words), max(-1, len(words) - max(known.reach, known.record_reach) - 1), -1):
        between = words[cut:]
        while between and between[-1] not in known.bridge and (between[-1] in known.filler or between[-1].isdigit()):
            between.pop()
        # a name after the bridge, or beyond the reach of other signals: a record's signal only
        named = (bool(between) and between[-1] not in known.bridge) or len(words) - cut > known.reach
        if between and between[-1] not in known.bridge and not _bridged_noun(between, known):
            continue
        matched, found = _ending_signal(words[:cut], known)
        if not matched or (named and (found is None or found.words not in known.record_signals)):
            continue
        if found is not None and found.words in known.figure_signals and not _set_against(
            text, clause_start, expression_start, words[cut:], found.words, lang
        ):
            continue  # `tegen de avond`: toward a time; `met 3 tegen 1 op zaterdag`: a score
        particle = found is not None and found.words in known.particle_signals
        if particle and cut < len(words) and words[cut] in known.particle_breaks:
            return None  # `het deed zich voor om 8.15 uur`: a separable verb's particle, the time its own
        if between and found is not None and found.mod is None and not _superlative(between, known):
            continue  # a comparison reaches its date over filler and numbers only (`dan` is also `then`), or over
            # a record of it: `langer dan de langste rij van 2021`
        if found is None or found.words not in (*known.record_signals, known.comparison_word):
            return found
        after = len(words) - cut + 1  # the signal's last word and what stands between it and the date
        if found.words in known.record_signals:
            # `de drukste ochtendspits sinds december 2024`: a record, compared
            compared = _record_before(text, clause_start, expression_start, after, known)
            return Signal(found.words, None) if compared else found
        # `Sparta speelt dan op vrijdagavond`: with no comparative right before it in its sentence, `dan` is *then*
        return found if _compares_before(text, expression_start, after, known) else None
    return None


def _compares_before(text: str, expression_start: int, after: int, known: ClauseWords) -> bool:
    """Whether a comparative stands among the `comparison_reach` words of its sentence before the comparison word,
    `after` words before the date: with none, `dan` is *then*. Read over a clause's cut, as a list may stand between
    them (`minder warm en benauwd dan vandaag`)."""
    window = max(0, expression_start - _COMPARE_REACH)
    opened = [match.end() for match in _OPENING.finditer(text, window, expression_start)]
    opening = opened[-1] if opened else window
    before = _last_words(text, opening, expression_start, known.comparison_reach + after, known.lang)
    return _compares([_unquoted(word, known) for word in before[:-after]], known)


def _compared_term(words: Sequence[str], known: ClauseWords, names: frozenset[int]) -> int | None:
    """Where the comparison word ends whose second term the words before a date end in: a noun phrase opened by one
    of `compared_term_openers`, with no verb between it and the date (`dan in dezelfde maand vorig jaar`, `dan die van
    Forum voor Democratie vier jaar geleden`); every date in it is compared with, as after a comparison of several
    words. Not an opener right before the date (`eerder dan in maart`, `later dan rond 20.00 uur`): a bare date after
    `dan` takes `dan`'s own bound. None where there is none."""
    return next(
        (
            cut
            for cut in _phrase_cuts(words, known, names)
            if 0 < cut < len(words) - 1
            and words[cut - 1] == known.comparison_word
            and words[cut] in known.compared_term_openers
        ),
        None,
    )


def _set_against(
    text: str, clause_start: int, expression_start: int, between: Sequence[str], figure: str, lang: str
) -> bool:
    """Whether the figure signal `figure` sets a figure against the one told: a number between it and the date, and
    the signal opening its clause after a comma (`stegen 2,9 procent, tegen 2,6 procent in februari`), not a score or
    a vote (`met 76 tegen 74 op dinsdag`), whose figures stand side by side; a `figure_signals_bare` one needs no
    comma (`klokte af op 17,02% tegenover 16,12% in februari`), as no score is so told, unless one of `vote_nouns`
    counts a figure beside it (`met 76 stemmen tegenover 74 in maart`, `76 tegenover 74 stemmen`: a vote; not `17
    procent van de stemmen tegenover 12 procent`, a share)."""
    if not any(word.isdigit() for word in between):
        return False
    known = clause_words(lang)
    opening = _last_words(text, clause_start, expression_start, len(between) + 3, lang)
    if figure in known.figure_signals_bare:
        before = opening[: len(opening) - len(between) - 1]  # the two words before the signal
        counted = [*before, *between[:2]]  # a figure and a noun on either side of it
        return not any(word in known.vote_nouns and number.isdigit() for number, word in pairwise(counted))
    set_off = text[max(0, clause_start - _SET_OFF_REACH) : clause_start].rstrip().endswith(_SET_OFF)
    return len(opening) == len(between) + 1 and set_off


@cache
def _signal_words(lang: str) -> int:
    """How many words before a date `_signal` reads: its reach, the longest signal and an approximator before it."""
    known = clause_words(lang)
    longest = max((len(phrase) for found in known.signals.values() for phrase, _ in found), default=0)
    return max(known.reach, known.record_reach, known.compared_phrase_reach) + longest + 1


def _said(word: re.Match[str], lang: str) -> str:
    """A word as language `lang`'s word lists write it (`as_listed`: zo’n is zo'n, géén is geen); a plain ASCII word,
    most of any text, only lower-cased here (a third of the events stage's word reads, not a call deeper)."""
    said = word.group()
    return said.lower() if said.isascii() else as_listed(said, lang)


def _unquoted(word: str, known: ClauseWords) -> str:
    """A word without the single quote that opens a quotation before it (`wil 'voor Kerstmis' klaar zijn`); `'s`,
    `'t` and `'n` keep theirs."""
    return word[1:] if len(word) > 2 and word[0] in known.single_quotes else word


def _bridged_noun(words: Sequence[str], known: ClauseWords) -> bool:
    """Whether the words end in a bridge and a name of a word or two after it (`sinds de stichting van de
    Bondsrepubliek Duitsland in`)."""
    rest = [word for word in words if word not in known.filler or word in known.bridge]
    return any(word in known.bridge for word in rest[-3:-1])


def _compares(words: Sequence[str], known: ClauseWords) -> bool:
    """Whether one of the words is a comparative (`meer`, `hoger`, `duurder`): a `dan` after them is *than*."""
    return any(_comparative(word, previous, known) for previous, word in pairwise(["", *words]))


def _comparative(word: str, previous: str, known: ClauseWords) -> bool:
    """Whether a word compares: one of the comparatives, or a word in -er that is no noun after an article or
    possessive (`de kapper`) nor one of the words in -er that compare nothing (`wanneer`, `november`, `trainer`)."""
    if word in known.comparatives:
        return True
    shaped = len(word) > 4 and word.endswith(known.comparative_endings) and word not in known.not_comparatives
    return shaped and previous not in known.noun_markers


def _record_before(text: str, clause_start: int, expression_start: int, after: int, known: ClauseWords) -> bool:
    """Whether the noun phrase right before a record's signal, `after` words before the date, holds a superlative
    (`het laagste niveau sinds`), with no verb between them: one before a verb is its subject's (`De laatste bewoners
    zitten sinds de brand zonder stroom` tells a state since then), nor a past the tense data lists in -ste
    (`schetste`): a verb ends the phrase."""
    before = _last_words(text, clause_start, expression_start, known.comparison_reach + after, known.lang)[:-after]
    words = [_unquoted(word, known) for word in before]
    for at in range(len(words) - 1, -1, -1):
        previous = words[at - 1] if at else ""
        if _verb(words[at], previous, known) and not _superlative((previous,), known):
            return False  # (right after a superlative a word shaped as a present is its noun: `slechtste resultaat`)
        if _superlative(words[at : at + 1], known):
            return True
    return False


def _superlative(words: Sequence[str], known: ClauseWords) -> bool:
    return any(len(word) > 4 and word.endswith(known.superlative_endings) for word in words)


def _ending_signal(words: Sequence[str], known: ClauseWords) -> tuple[bool, Signal | None]:
    """Whether the words end with a signal, and the longest one; None if an approximator stands right before it."""
    for phrase, found in known.signals.get(words[-1], ()) if words else ():
        if len(words) >= len(phrase) and tuple(words[len(words) - len(phrase) :]) == phrase:
            before = words[len(words) - len(phrase) - 1] if len(words) > len(phrase) else None
            return True, None if before in known.approximators else found
    if _equative(words, known):
        return True, Signal(known.equative_word, None)  # `zo druk als op Koningsdag`: a comparison
    return False, None


def generic_cue(text: str, span: Span, lang: str) -> bool:
    """Whether words of the span say a habit or comparison may be meant (`traditioneel`, `normaal`, `over het
    algemeen`), but not where a cue's word says something else (`nog altijd`: still; `in ieder geval`: anyway)."""
    known = clause_words(lang)
    words = [_said(match, lang) for match in _WORD.finditer(text, *span)]
    taken = _taken(words, known.not_generic)
    if any(word in known.generic_cues and at not in taken for at, word in enumerate(words)):
        return True
    return any(taken.isdisjoint(range(at, at + len(phrase))) for at, phrase in _found(words, known.generic_phrases))


def schedule_cue(text: str, span: Span, lang: str) -> bool:
    """Whether a clause says its schedule is decided case by case (`per keer`): a weekday or clock time it dates may
    be every such day; the caller asks only of such a date."""
    return any(True for _ in _found([_said(match, lang) for match in _WORD.finditer(text, *span)],
                                    clause_words(lang).schedule_phrases))


def condition(text: str, span: Span, lang: str) -> bool:
    """Whether a clause of the span opens with a word of condition or recurrence (`als`, `indien`) at the span's
    start or after a comma, perhaps after a focus word (`, maar alleen als een club erom vraagt`), or the span with
    one that opens only a sentence (`mocht`) or with its finite verb before its subject, a quotation's mark between:
    `in de nacht, als er weinig bezoekers zijn, …` tells what is done whenever, `„Als we zaterdag winnen, …"` and
    `Moet je volgende week terugkomen, …` what may happen, `Is de economie gegroeid in het eerste kwartaal?` asks:
    none tells what did."""
    known = clause_words(lang)
    marks = {mark for mark in "".join(known.quote_marks) + known.single_quotes if mark != ","}  # `,,`: a comma cuts
    for index, match in enumerate(_WORD.finditer(text, *span)):
        word = _unquoted(_said(match, lang), known)
        named = word not in known.possessive_verbs  # `Zijn Amsterdamse collega …`: a possessive before a capital
        if index == 0 and _finite_listed(word, known) and _subject_after(text, match.end(), known, named):
            return True  # the verb first: a question or a condition, as Dutch puts a statement's verb second
        if word in known.condition_words or word in known.condition_openers:
            at = _back_over(text, match.start(), span[0], marks)
            if word in known.condition_words:  # `, maar alleen als`; `mocht` after a comma is a past, focused or not
                at = _before_focus(text, at, span[0], known, marks)
            opens = at == span[0] or (text[at - 1] == "," and word in known.condition_words)
            if opens and (word in known.condition_openers or _subject_after(text, match.end(), known)):
                return True
    return False


def _before_focus(text: str, at: int, start: int, known: ClauseWords, marks: set[str]) -> int:
    """`at` (a condition's `als`) moved back over the focus word that restricts it (`alleen als`) and the word that
    may lead that one (`maar alleen als`), if they stand there; not past `start`. `maar als`, `zelfs als` and `ook
    als` leave it: a contrast, or a main clause that holds whatever the condition."""
    for allowed in (known.condition_focus, known.condition_focus_leads):
        focus = _WORD_BEFORE.search(text, max(start, at - _FOCUS_REACH), at)
        if focus is None or _said(focus, known.lang) not in allowed:
            break
        at = _back_over(text, focus.start(), start, marks)
    return at


def _back_over(text: str, at: int, start: int, marks: set[str]) -> int:
    """`at` moved back over the spaces and a quotation's opening marks before it, not past `start` (looking back by
    characters, not slicing from the span's start, which was quadratic)."""
    while at > start and (text[at - 1].isspace() or text[at - 1] in marks):
        at -= 1
    return at


def _finite_listed(word: str, known: ClauseWords) -> bool:
    """Whether a word is a finite verb the tense data lists (not one known only by its shape), no adverb it lists
    among its cues (`toen`, `destijds`: `Toen de brand uitbrak, …` is no question)."""
    tense = known.tense
    listed = word in tense.past or word in tense.present or word in tense.future or word in tense.perfect
    return listed and word not in known.not_verb_first


def states(text: str, sentence: Span, dates: Sequence[Span], lang: str) -> bool:
    """Whether a sentence's verbs, the words of its dates (`dates`, in text order) aside, are copulas only
    (`state_verbs`), or none: `In 2012 was dat 77 procent`, `Vier jaar geleden was de partij de grootste` say what was
    so then, not what happened. A verb is a form the tense data knows, a participle too (`In 2012 werd hij gekozen`
    tells a happening); a capital after the sentence's first word is a name, no verb by its shape (`van Gent`). A
    copula beside `er` (`In 2020 was er een overstroming`) tells that something happened, as a verb would. One pass
    over the sentence, however many dates it holds."""
    known = clause_words(lang)
    copula, there = known.state_verbs, known.existential_words
    at = 0
    before = ""  # the word before, its dates aside
    for index, match in enumerate(_WORD.finditer(text, *sentence)):
        while at < len(dates) and dates[at][1] <= match.start():
            at += 1
        if at < len(dates) and dates[at][0] <= match.start():
            continue
        word = _said(match, lang)
        if index and match.group()[:1].isupper():
            before = word
            continue  # a name: `burgemeester van Gent`
        if (word in copula and before in there) or (before in copula and word in there):
            return False
        if word_kind(known.tense, word) and word not in copula:
            return False
        before = word
    return True


def figure_then(text: str, sentence: Span, dates: Sequence[Span], lang: str) -> tuple[Span, ...]:
    """Where a sentence tells a figure of then to set beside now, if it does: all of it after `nog` (`figure_cues`),
    only the clause of a pronoun restating the figure told before right after a past copula or verb of amount
    (`restated_subjects`: `In december was dit 12,3 procent`, `een jaar eerder waren dat er ruim 189.000`; not `De
    politie telde vorige week 300 demonstranten` before it), before a number outside its dates, with at most two
    `figure_fillers` between (`In september lag dat nog op 99,8 procent`), and either only
    copulas and verbs of amount for its verbs, one of them in the past (`amount_verbs`: `lag`, `bedroeg`; `Van de
    evacués van vorige maand is nog 40 procent in de opvang` tells a figure of now), or `nu` or `inmiddels` a few words
    after a present copula or verb of amount (`now_levels`: `Waar vorig kwartaal nog 74,4 procent een job had, is dit
    nu 73,8 procent`; not `Nu is bekend dat …`, nor `maakte de politie nu bekend`). A verb of a happening with no such
    `nu` tells a count of it (`In 2021 vonden nog 257 bevingen plaats`). One pass over the sentence; a clause is cut
    at a comma, colon or semicolon, or before a clause word."""
    known = clause_words(lang)
    tense = known.tense
    levels = known.state_verbs | known.amount_verbs
    happening = now = past_level = False
    told: list[Span] = []  # the restating clauses with a figure, and the sentence after `nog`
    cue_clause: int | None = None  # the start of the last cue's clause if it restates (None after `nog`)
    restating: int | None = None  # the start of the restating clause read, once its figure is found
    after_cue = -1  # how many fillers followed the last cue, or -1 where none is open
    recent: deque[str] = deque(maxlen=known.now_reach)  # the words before this one, for a present verb before `nu`
    at = 0
    clause_start = previous_end = sentence[0]
    for index, match in enumerate(_WORD.finditer(text, *sentence)):
        word = _unquoted(_said(match, lang), known)
        level_before = bool(recent) and recent[-1] in levels and word_kind(tense, recent[-1]) == "past"
        restated = word in known.restated_subjects and level_before
        cut = _CLAUSE_CUT.search(text, previous_end, match.start() + 1)  # not the comma of `12,3`
        if cut or (word in known.clause_words and not restated):
            if restating is not None:
                told.append((restating, previous_end))
            clause_start, restating = match.start(), None
        previous_end = match.end()
        while at < len(dates) and dates[at][1] <= match.start():
            at += 1
        if at < len(dates) and dates[at][0] <= match.start():
            after_cue = -1  # a number inside a date (`nog tot 20.00 uur`) is no figure
            continue
        if word.isascii() and word.isdigit() and after_cue >= 0:
            if cue_clause is None:
                told.append(sentence)
            else:
                restating = cue_clause
        if word in known.figure_cues or restated:
            after_cue = 0  # `nog`, or `was dit` (`In december was dit 12,3 procent`): a figure of then
            cue_clause = clause_start if restated else None
        elif word in known.figure_fillers and 0 <= after_cue < 2:
            after_cue += 1
        else:
            after_cue = -1
        now = now or (word in known.now_words and not known.now_levels.isdisjoint(recent))
        recent.append(word)
        kind = word_kind(tense, word)
        named = index > 0 and match.group()[:1].isupper()  # a name: `burgemeester van Gent`
        if word in levels:
            past_level = past_level or kind == "past"
        elif not named and word not in known.not_verb_first and kind:
            happening = True
    if restating is not None:
        told.append((restating, sentence[1]))
    return tuple(told) if now or (past_level and not happening) else ()


def _subject_after(text: str, position: int, known: ClauseWords, named: bool = True) -> bool:
    """Whether a clause's subject follows `position` (a pronoun, an article, or, when `named`, a name or a number):
    `als het regent`, `als Ajax wint`, but not `als eerste`, `als parlementslid`, a role or a comparison."""
    found = _WORD.search(text, position, position + 40)
    return found is not None and (
        _said(found, known.lang) in known.condition_subjects
        or (named and (found.group()[0].isupper() or found.group()[0].isdigit()))
    )


def negation_cue(text: str, span: Span, lang: str) -> bool:
    """Whether a word of the span may deny the happening (`niet`, `geen`), outside a phrase that denies nothing
    (`niet alleen … maar`, `niet uitgesloten`: maybe so), or its clause tells what should have been (`hadden we
    vorige week de cijfers moeten hebben`: a past of `hebben`, a modal's infinitive after it)."""
    known = clause_words(lang)
    words = [_said(match, lang) for match in _WORD.finditer(text, *span)]
    taken = _taken(words, known.not_negation)
    if any(word in known.negation_cues and at not in taken for at, word in enumerate(words)):
        return True
    auxiliary = next((at for at, word in enumerate(words) if word in known.counterfactual_auxiliaries), None)
    if auxiliary is None:
        return False
    # the modal as the first verb of a double infinitive (`had moeten verschijnen`), not alone (`had overleg over
    # de vraag of de scholen dicht moeten`: `had` is possession there)
    tense = load(lang).tense
    return any(
        word in known.counterfactual_modals
        and (tense.infinitive.fullmatch(after) is not None or after in tense.double_infinitives)
        for word, after in pairwise(words[auxiliary + 1 :])
    )


def _taken(words: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> set[int]:
    """The places in `words` of the words of each of `phrases` found there."""
    return {at + index for at, phrase in _found(words, phrases) for index in range(len(phrase))}


def example_cue(text: str, span: Span, lang: str) -> str | None:
    """A word of a clause that makes what it tells an example of something general (`bijvoorbeeld`), if any."""
    return _cue(text, span, clause_words(lang).example_cues, lang)


def advising(text: str, sentence: Span, lang: str) -> bool:
    """Whether a sentence advises in the present (`adviseert`, `wordt aangeraden`): its clauses with an infinitive
    (`infinitive`) tell what someone should do (`om indien mogelijk morgen niet te reizen`), not what happened."""
    return _cue(text, sentence, clause_words(lang).advice_cues, lang) is not None


def infinitive(text: str, span: Span, lang: str) -> bool:
    """Whether a clause holds an infinitive's mark (`te reizen`)."""
    return _cue(text, span, clause_words(lang).infinitive_marks, lang) is not None


def date_line(text: str, span: Span, lang: str, expressions: Sequence[Span]) -> bool:
    """Whether a sentence is a line of its own made of its dates (`expressions`, in order), punctuation and
    `date_line_words` only, maybe after a place in capitals and a separator or dash (`FLEVOLAND • Vr 6 oktober 2017 |
    10:29`, `DEN HAAG - 9 maart 2024`, `vrij 15 Jul 2016`): a page's line of dates, its own where they are the
    publication day's (the caller's to ask). A line with other words (`14 augustus 16.30 uur: PSV - AZ`), capitals run
    into its date (`PSV - AZ 9 maart 2024`) or a number of its own (a score, a price) is a fixture's, an agenda's or a
    market's."""
    start, end = span
    line_end = text.find("\n", end)
    rest_of_line = text[end : len(text) if line_end < 0 else line_end]
    if not expressions or (start > 0 and text[start - 1] != "\n") or rest_of_line.strip():
        return False
    known = clause_words(lang)
    place = _DATELINE_PLACE.match(text, start, expressions[0][0])
    at, gaps = place.end() if place else start, []
    for expression_start, expression_end in expressions:
        gaps.append((at, expression_start))
        at = max(at, expression_end)
    gaps.append((at, end))
    return all(
        _said(word, lang) in known.date_line_words or _NUMBERED_DAY.fullmatch(text, word.start(), word.end() + 1)
        for gap_start, gap_end in gaps
        for word in _WORD.finditer(text, gap_start, gap_end)
    )


def page_cue(text: str, span: Span, lang: str, expressions: Sequence[Span] = ()) -> bool:
    """Whether words make the span a line of the web page about itself (printed on, follow this topic): one of
    `page_cues`, the page named after a determiner of its own (`dit oude liveblog`, `het liveblog`, not `haar
    liveblog` nor `het liveblog van de NOS`; `het liveblog van de vorige week` is dated, not owned: one of
    `expressions` starts there), or a word pointing at the page right before what it points at, with no mark between
    (`Hieronder een overzicht`, not `Hieronder staat hoe …`, `Hieronder lees je hoe …` nor `in de woning hierboven,
    zegt …`)."""
    known = clause_words(lang)
    matches = list(_WORD.finditer(text, *span))
    words = tuple(_said(match, lang) for match in matches)
    if next(_found(words, known.page_cues), None) is not None:
        return True
    starts = frozenset(start for start, _ in expressions)
    return any(
        (
            word in known.page_names
            and _own_page(
                words,
                at,
                known,
                any(m.start() in starts for m in matches[at + 2 : at + 4]),
                _named([m.group() for m in matches[at + 2 : at + 4]], lang),
            )
        )
        or (
            word in known.page_pointers
            and at + 1 < len(words)
            and (
                words[at + 1] in known.pointed_at
                or (words[at + 1] in known.pointed_verbs and known.pointed_clause.isdisjoint(words[at + 2 : at + 4]))
            )
            and not text[matches[at].end() : matches[at + 1].start()].strip()
        )
        for at, word in enumerate(words)
    )


def _named(words: Sequence[str], lang: str) -> bool:
    """Whether the words after an owner's `van` open a name: one written with its capital (`Omroep West`), or a word
    of the calendar so written before another (`Juni Jansen`, `Mei Ling`: a first name)."""
    if not words:
        return False
    return _name(words[0], lang) or (len(words) == 2 and all(word[:1].isupper() for word in words))


@cache
def _name(word: str, lang: str) -> bool:
    """Whether a word is a name by its capital: not a word of the calendar written with one (`Het liveblog van
    Maandag`), which the tagger may leave untagged there yet names no owner."""
    return word[:1].isupper() and not any(atom.end == len(word) for atom in find(word.lower(), load(lang)))


def _own_page(words: Sequence[str], at: int, known: ClauseWords, dated: bool, named: bool) -> bool:
    """Whether the page's name at `at` follows a determiner of the page's own within `page_word_reach` words: one of
    `page_determiners`, or an article with no owner after the name (`het liveblog`, not `het liveblog van de NOS`
    nor, a name written with its capital (`named`), `het liveblog van Omroep West`); an article after `van` that
    opens a date (`dated`) names no owner."""
    before = words[max(0, at - known.page_word_reach) : at]
    if not known.page_determiners.isdisjoint(before):
        return True
    owner = words[at + 1 : at + 3]
    named_owner = len(owner) == 2 and (owner[1] in known.articles or named)
    owned = not dated and named_owner and owner[0] in known.page_owners
    return not owned and not known.page_articles.isdisjoint(before)


def teaser(text: str, sentence: Span, lang: str, expressions: Sequence[Span] = ()) -> bool:
    """Whether a sentence ends its paragraph cut off by an ellipsis (`… van een telefoonwinkel aan de...`): a related
    article's teaser or a lead the page cut, another article's news. Not a quotation trailing off (`…”`), nor a
    sentence holding a quotation mark (a single opening one too: `zei: ‘We weten het niet…`), whose speaker may go on
    in the next paragraph, nor a live blog's entry (a line opening with its time stamp) with a date of its own among
    the sentence's `expressions` (`12.05 - De burgemeester zei dinsdag dat hij het niet weet…`): its writer trails
    off. An entry dated by its stamp only (`18.25 Een exit-poll bij het station...`) points at what the page shows."""
    known = clause_words(lang)
    body = text[sentence[0] : sentence[1]].rstrip()
    end = sentence[0] + len(body)
    if not known.cut_marks or not body.endswith(known.cut_marks) or _LINE_END.match(text, end) is None:
        return False
    if any(mark in body for mark in known.quote_marks) or _single_opening(lang).search(body):
        return False
    stamp = _stamp_end(text, text.rfind("\n", 0, sentence[0]) + 1, lang)  # once a paragraph: its last sentence
    return stamp is None or all(start < stamp for start, _ in expressions)


def described(text: str, end: int, lang: str) -> bool:
    """Whether an expression ending at `end` is the subject of a description (`Prinsjesdag is niet alleen …`)."""
    known = clause_words(lang)
    longest = max((len(phrase) for phrase in known.description_after), default=0)
    following = tuple(_said(match, lang) for match in _WORD.finditer(text, end, end + 60))[:longest]
    return any(following[: len(phrase)] == phrase for phrase in known.description_after)


def of_a_recurring_day(text: str, clause: Span, lang: str) -> bool:
    """Whether a clause tells what happens on a recurring day: `(de jaarlijkse dag) waarop de koning …`."""
    known = clause_words(lang)
    first = _WORD.search(text, *clause)
    if first is None or _said(first, lang) not in known.recurring_relatives:
        return False
    before = [_said(match, lang) for match in _WORD.finditer(text, max(0, clause[0] - 40), clause[0])][-2:]
    return len(before) == 2 and before[0] in known.recurring_words and before[1] in known.recurring_nouns


def stamped(text: str, span: Span, lang: str, clock: bool = False) -> bool:
    """Whether an expression is the page's time stamp, not a happening's: right after a page separator (`NOS Sport
    • vandaag, 06:41`) or opening its line right before one and a byline's rest (`Dinsdag, 14 juni 2022 om 16:53 •
    Jan Jansen`, `_byline_after`), or a clock time (`clock`) opening its line before a bare number and a capital,
    the page's count of reactions and its section (`09u15 3 Voetbal De spits …`)."""
    start, end = span
    known = clause_words(lang)
    line_opened = start == 0 or text[start - 1] == "\n"
    if known.page_separators and (
        text[max(0, start - 8) : start].rstrip().endswith(known.page_separators)
        or (line_opened and _byline_after(text, end, known))
    ):
        return True
    if _opened_by(text, start, known):
        return True
    counter = _COUNTER.match(text, end)
    return clock and line_opened and counter is not None and counter.group(1).isupper()


def _byline_after(text: str, end: int, known: ClauseWords) -> bool:
    """Whether a page separator follows a date opening its line (`end`) and the rest of the line is a byline's: it
    holds a second separator (`• Jan Jansen • Laatste update: 17:07`) or is a name (`| Redactie Sport`, at most
    `_BYLINE_WORDS` words, each with its capital or one of `byline_name_words`), not a lead or an agenda's line
    (`| Opening van het festival`, `• De brandweer heeft het vuur onder controle.`)."""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end].lstrip(" \t")
    mark = next((mark for mark in known.page_separators if rest.startswith(mark)), None)
    if mark is None:
        return False
    rest = rest[len(mark) :]
    if any(other in rest for other in known.page_separators):
        return True
    words = rest.split()
    return 0 < len(words) <= _BYLINE_WORDS and all(
        word[:1].isupper() or word in known.byline_name_words for word in words
    )


def _opened_by(text: str, start: int, known: ClauseWords) -> bool:
    """Whether the words from the start of the line or sentence, or from a page separator within the line (a byline's
    `• Laatste update: 17:07`), up to `start` are one of `page_openers` and then `page_opener_links` only (`Laatst
    bijgewerkt op 12 mei, 11.00 uur`; not `Aangepast tot vrijdag rijden de bussen om`): the page's line of its own
    dates."""
    window = max(0, start - _OPENER_REACH)
    opened = [match.end() for match in _OPENING.finditer(text, window, start)]
    # a separator on a line before is passed by that line's end, itself an opening
    separated = [text.rfind(mark, window, start) for mark in known.page_separators]
    opened += [at + len(mark) for at, mark in zip(separated, known.page_separators, strict=True) if at >= 0]
    if not opened and window > 0:
        return False
    words = [_said(match, known.lang) for match in _WORD.finditer(text, max(opened) if opened else 0, start)]
    while words and words[-1] in known.page_opener_links:
        words.pop()
    return tuple(words) in known.page_openers


def quote_positions(text: str, span: Span, lang: str) -> list[int]:
    """Where the quotation marks of a span (a paragraph) start, in order: found once, so that asking `quoted` for
    each of its dates stays linear in a long paragraph."""
    pattern = _quote_pattern(lang)
    return [match.start() for match in pattern.finditer(text, *span)] if pattern else []


def quoted(marks: Sequence[int], position: int) -> bool:
    """Whether `position` stands inside a quotation: an odd number of the paragraph's quotation marks
    (`quote_positions`) before it. A speaker's `vanavond` or `om acht uur` is the speaker's day, not the article's."""
    return bisect_left(marks, position) % 2 == 1


@cache
def _single_opening(lang: str) -> re.Pattern[str]:
    """A single quotation mark opening a quotation, or two typed for a double one: at the start or after a space or
    colon, before a word of two letters or more (`zei: 'We weten`, `zei: ''We weten`, not `'s avonds`)."""
    marks = clause_words(lang).single_quotes
    return re.compile(rf"(?:^|(?<=[\s:]))[{re.escape(marks)}]{{1,2}}(?=[^\W\d_]{{2}})" if marks else "(?!)")


@cache
def _quote_pattern(lang: str) -> re.Pattern[str] | None:
    marks = clause_words(lang).quote_marks
    return re.compile("|".join(re.escape(mark) for mark in marks)) if marks else None


def record(text: str, spans: Sequence[Span], lang: str) -> bool:
    """Whether clauses deny and compare at once (`zo'n drukke spits was er niet geweest`), or say a record in one
    phrase (`Sinds 2003 is het niet meer zo lang droog geweest`): a record over a period."""
    known = clause_words(lang)
    if any(_record_phrase_in(text, span, known) for span in spans):
        return True
    if not any(_cue(text, span, known.negation_cues, lang) for span in spans):
        return False
    for span in spans:
        words = [_said(match, lang) for match in _WORD.finditer(text, *span)]
        if any(word in known.record_words for word in words):
            return True
        for at, (before, word) in enumerate(pairwise(words)):
            comparative = _comparative(before, words[at - 1] if at else "", known)
            bound = at > 0 and words[at - 1] in known.negation_cues  # `niet minder dan 300`: a number, emphatic
            if word == known.comparison_word and comparative and not bound:
                return True
    return False


def _record_phrase_in(text: str, span: Span, known: ClauseWords) -> bool:
    """Whether one of `record_phrases` stands in the span beside the record's own signal (`record_signals`), which
    names the period compared over (`Nog nooit zo laag stond het water sinds 1990`); without it the period is when the
    record happened (`In 2024 zijn er nooit eerder zoveel huizen verkocht`), which dates. Not with `dan` after it
    (`nooit eerder open dan in 2030`: a bound). One ending in an equative (`nog nooit zo`) needs its adjective after
    it: a verb the tense data knows is none (`wat nu niet meer zo is`), one shaped as a present is (`zacht`). One of
    `record_perfect_phrases` (`niet meer zo`) is *no longer as* unless a participle after its adjective makes it a
    perfect (`Sinds 2003 is het niet meer zo lang droog geweest`, not `Sinds maart is de euro niet meer zo sterk`)."""
    words = [_said(match, known.lang) for match in _WORD.finditer(text, *span)]
    if not any(word in known.record_signals for word in words):
        return False
    for at, phrase in _found(words, known.record_phrases):
        following = words[at + len(phrase) :]
        if known.comparison_word in following:
            continue
        if phrase[-1] in known.equatives and (not following or word_kind(known.tense, following[0])):
            continue
        if phrase not in known.record_perfect_phrases or any(
            word_kind(known.tense, word) == "participle" for word in following[1:]
        ):
            return True
    return False


def record_opening(text: str, sentence: Span, lang: str) -> Span | None:
    """The clause a sentence's fronted record heads: the one its comma sets off right after it, opening with the
    record's own signal (`Nooit eerder, sinds het begin van de metingen in 2002, zag …`), up to a comma, colon or
    semicolon. Nothing after it: a new or reporting clause, what follows `maar` or a colon has dates of its own
    (`Nooit eerder, zei de minister vorige week, was de schuld zo hoog`). Only the first words are read."""
    known = clause_words(lang)
    start, end = sentence
    longest = max((len(phrase) for phrase in known.record_phrases), default=0)
    opening = list(islice(_WORD.finditer(text, start, end), longest + 1))
    words = tuple(_said(match, lang) for match in opening)
    for phrase in known.record_phrases:
        size = len(phrase)
        if words[:size] != phrase or len(words) <= size or words[size] not in known.record_signals:
            continue
        if text[opening[size - 1].end() : opening[size].start()].strip() != ",":
            continue
        stop = _CLAUSE_CUT.search(text, opening[size].end(), end)
        return opening[size].start(), stop.start() if stop else end
    return None


def denied(text: str, spans: Sequence[Span], lang: str) -> bool:
    """Whether clauses deny outright that anything is so (`Dat is om 20.00 uur niet meer het geval`, `van een
    staking op maandag is geen sprake`): their dates date nothing."""
    return any(_phrase(text, span, clause_words(lang).denials, lang) for span in spans)


def _phrase(text: str, span: Span, phrases: tuple[tuple[str, ...], ...], lang: str) -> bool:
    """Whether one of the phrases (word sequences, lower case) stands in the span."""
    words = tuple(_said(match, lang) for match in _WORD.finditer(text, *span))
    return next(_found(words, phrases), None) is not None


def _found(words: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Where each of the phrases stands in `words`, and which: only the phrases opening with each word are tried."""
    opening = _by_first_word(phrases)
    for at, word in enumerate(words):
        for phrase in opening.get(word, ()):
            if tuple(words[at : at + len(phrase)]) == phrase:
                yield at, phrase


@cache
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    opening: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        opening.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in opening.items()}


def _cue(text: str, span: Span, cues: frozenset[str], lang: str) -> str | None:
    return next((m.group() for m in _WORD.finditer(text, *span) if _said(m, lang) in cues), None)


def to_the_reader(text: str, sentence: Span, lang: str) -> bool:
    """Whether a sentence is a question to the reader (`Ga jij zaterdag ook naar het strand?`): no happening is told."""
    if not text[sentence[0] : sentence[1]].rstrip().endswith("?"):
        return False
    words = [_said(match, lang) for match in _WORD.finditer(text, *sentence)]
    readers = clause_words(lang).reader_words
    # `om 9 u` is an hour, not the reader
    return any(word in readers and not (at and words[at - 1].isdigit()) for at, word in enumerate(words))


# A day of the month right after a weekday (`zondag 2 maart`): the one day named, not a clock time (`zondag 20.00 uur`).
_DAY_NUMBER = re.compile(r"\w*-?,?\s+\d{1,2}(?![.:u\d])")
_OPENING_MARKS = re.compile(r"^[^\w]+")  # an opening quote or bracket before a word (`„Op`, `(op`)
# The word after an expression, a number after it and the word after that number (`na 18 uur`, `na 5 mei`).
_TIE = re.compile(r"[^\S\n]*([^\W\d_]+)(?:[^\S\n]*(\d+)(?:[^\S\n]+([^\W\d_]+))?)?")


def weekly_day(text: str, span: Span, lang: str, told_back: bool = False) -> bool:
    """Whether an expression is a weekday right after a word that names a habit's day (`op zondag`, `op
    zaterdagavond`, `op zondag om 20.00 uur`) with no day of the month: Dutch says so every such day (`Op zondag zijn
    14.30 uur en 16.45 uur de begintijden`) as often as this one (`Op zondag trekt Anderlecht naar Gent`), where a
    bare `zondag` is this one. The tagger reads it as one day unless a habit word says otherwise. So is one after
    that word and an article (`op de zondagavond`: the generic definite), and the weekday of a clock time in digits
    that opens the expression (`20.00 uur op zondag`), said the other way round. Not one tied to a day by the word
    after it (`op de zaterdag na Pasen`) or counted within one (`Eerder op de zaterdag`), nor after an `op` that ends
    a clause (`De brandweer trad op. De zondagavond verliep rustig`): the words are split at white space, so a word
    with punctuation after it is no lead; an opening quote or bracket before it is read past (`„Op zondag …`).
    `told_back`: the tagger placed the weekday before the publication day, as its clause's tense tells a past (`Eerder
    op zondag won …`, `… heeft gewonnen`): counted within that day even with no article."""
    expression = text[span[0] : span[1]].lower()
    known = load(lang)
    found = _weekday_at(expression, known.weekdays)
    if found is None:
        return False
    at, day = found
    if _day_of_the_month(expression, at + len(day), known.months) or (at and not expression[0].isdigit()):
        return False
    start = span[0] + at
    # three words at most, from a window that may cut the first of them: only the last two are read whole
    window = text[max(0, start - _SIGNAL_WINDOW) : start].lower()
    before = [_OPENING_MARKS.sub("", word) for word in window.split()[-3:]]
    article = bool(before) and before[-1] in known.tense.habit_day_articles
    if article:
        before = before[:-1]
    if not before or before[-1] not in known.tense.habit_day_leads:
        return False
    tie = _TIE.match(text, span[1])
    after = tie.group(1).lower() if tie else ""
    # eerder op de zaterdag; with no article only where the day was told back (`Eerder op zondag won …`, not `gaan
    # later op zondag open`)
    within = (article or told_back) and len(before) > 1 and before[-2] in known.tense.habit_day_within
    # a tie word, unless a clock time follows it (`op zondag na 18 uur`: a habit's hours); a day of a month, written
    # out or abbreviated, is no hour (`op de zondag na 5 mei`, `na 5 mrt`)
    hour = tie is not None and tie.group(2) is not None and (tie.group(3) or "").lower() not in known.months
    return not within and not (after in known.tense.habit_day_ties and not hour)


def _day_of_the_month(expression: str, at: int, months: Sequence[str]) -> bool:
    """Whether a weekday ending at `at` is followed by its day of the month (`zondag 9 maart`, `zondag, 9 maart`,
    `zondag 9/3`, or a number closing the expression), not by a clock time (`zondag, 9 uur`)."""
    found = _DAY_NUMBER.match(expression, at)
    if found is None:
        return False
    word = _WORD.match(expression, found.end() + 1) if expression[found.end() : found.end() + 1].isspace() else None
    return word is None or word.group() in months


def _weekday_at(expression: str, weekdays: Sequence[str]) -> tuple[int, str] | None:
    """The first weekday opening a word of a lower-case expression, with its offset: the expression's own day."""
    for match in _WORD.finditer(expression):
        day = next((name for name in weekdays if expression.startswith(name, match.start())), None)
        if day is not None:
            return match.start(), day
    return None


# After an entry's stamp: white space, maybe a dash, then the entry's first letter (`18.25 Een …`, `15.36 - Boot …`);
# not a colon (`14.30 uur: Ajax - PSV`, a schedule's entry, tells its match with no verb).
_ENTRY_AFTER_STAMP = re.compile(r"[ \t]+(?:[-–/][ \t]+)?[^\W\d_]")
_OPENED_STAMP = re.compile(r"(?:([^\W\d_]+)[ \t]+)?\d{1,2}[.:u]\d{2}\b")  # a stamp, maybe after a word (`Update`)
_ENTRY_OPENER_REACH = 16  # characters from a line's start to an entry's stamp (`Update 13:39`)
_STAMP = re.compile(r"\d{1,2}[.:u]\d{2}\b")  # an entry's stamp is a clock time written in digits: `18.25`, `13:39`


def entry_stamp(text: str, span: Span, lang: str) -> bool:
    """Whether an expression is a live blog's entry stamp: a clock time in digits opening its line, maybe after
    `Update`, before the entry's words (`02.00 - Nog altijd …`, `18.25 Een …`), not a schedule's colon."""
    start, end = span
    if _STAMP.match(text, start) is None or _ENTRY_AFTER_STAMP.match(text, end) is None:
        return False
    # only a word or two may open the line before it: read back that far, not the whole of a long line
    window = max(0, start - _ENTRY_OPENER_REACH)
    line = text.rfind("\n", window, start) + 1
    if line == 0 and window > 0:
        return False
    return all(_said(match, lang) in clause_words(lang).entry_openers for match in _WORD.finditer(text, line, start))


def stamp_at(text: str, position: int, lang: str) -> bool:
    """Whether a clock time in digits stands at `position`, maybe after `Update` (a line opening with a live blog's
    entry stamp)."""
    return _stamp_end(text, position, lang) is not None


def _stamp_end(text: str, position: int, lang: str) -> int | None:
    """Where a live blog's entry stamp at `position` ends (`stamp_at`), if one stands there."""
    found = _OPENED_STAMP.match(text, position)
    if found is None or (found.group(1) is not None and found.group(1).lower() not in clause_words(lang).entry_openers):
        return None
    return found.end()


def credit_line(text: str, sentence: Span, lang: str) -> bool:
    """Whether a sentence is a photo's credit (`Beeld Jan Jansen / De Krant`): the paragraph it closes is a caption."""
    line = text[sentence[0] : sentence[1]].strip()
    words = line.split()
    return (
        len(words) >= 2
        and _credit_word(words[0].rstrip(":"), clause_words(lang))
        and words[1][:1].isupper()
        and not line.endswith((".", "!", "?"))
        and len(words) <= _CREDIT_WORDS
    )


def closing_credit(text: str, sentence: Span, lang: str) -> int | None:
    """How many characters of a sentence (stripped) stand before the credit closing it in brackets or after a bar
    (`File op de A12 (Archieffoto: Jan Jansen)`, `… | Foto: ANP`; 0: the sentence is the credit alone), or None when
    no credit closes it."""
    line = text[sentence[0] : sentence[1]].strip()
    closing = _CLOSING_CREDIT.search(line)
    known = clause_words(lang)
    if (
        closing is not None
        and _credit_word(closing.group("word"), known)
        and closing.group("credit")[:1].isupper()
        and len(closing.group("credit").split()) <= _CREDIT_WORDS
    ):
        return len(line[: closing.start()].strip())
    return None


def _credit_word(word: str, known: ClauseWords) -> bool:
    """Whether a word names a credit: one of `caption_words`, or a compound whose head, its last part as Dutch builds
    compounds, is one of `caption_heads` (`archieffoto`, `persfoto`); a word of letters only (`(foto` opens a credit
    in brackets, closing its line or not: no credit line)."""
    said = word.lower()
    return said in known.caption_words or (said.isalpha() and said.endswith(known.caption_heads))


def describing(text: str, clause: Span, start: int, end: int, lang: str, coarse: bool = False) -> str | None:
    """How a date starting at `start` in `clause` describes a person or thing rather than dates the clause's
    happening, if it does: in a noun phrase (`phrase`: `de winnaar van vorig jaar`; a date coarser than a day
    (`coarse`) after one of `coarse_describing_links` too, `het record uit 1944`), in a relative clause after a
    comma (`relative`: `de kopman, die zaterdag opgaf,`; not `, die avond stemde hij in`), or as a year that sorts
    people (`sorting`: `Mensen geboren in 2004`, `iedereen die geboren is in 1955`, `de geboortejaren 1958`)."""
    known = clause_words(lang)
    # The clause's first three words and the last four before the date: not all of them, as a clause may hold
    # thousands of dates and this is asked for each.
    words = [_said(match, lang) for match in islice(_WORD.finditer(text, clause[0], start), 3)]
    opening = text[max(0, clause[0] - 3) : clause[0]].rstrip()
    opening_word = _WORD.match(text, start) if not words else None
    first = words[0] if words else _said(opening_word, lang) if opening_word else ""
    following = _word_after(text, end)
    last = _last_words(text, clause[0], start, 4, lang)
    if _describing_participle(text, (clause[0], start), last, known):  # before `die is geboren` reads as a verb
        return "sorting"
    if sorts_by_year(text, start, end, known.tense):  # `die in 2004 zijn geboren`, `de in 1990 geboren zanger`
        return "sorting"
    if last and last[-1] in known.describing_year_nouns:  # `uit de geboortejaren 1958`
        return "sorting"
    if first in known.relative_words and opening.endswith(","):
        # A relative clause puts its verb last (`de kopman, die zaterdag opgaf,`), a demonstrative's main clause right
        # after its noun (`, die avond stemde de raad in`): the word after `die` and the next one.
        verb = words[2] if len(words) > 2 else following if len(words) < 2 else ""
        return None if word_kind(load(lang).tense, verb) else "relative"
    if coarse and _coarse_describing(last, following, known):
        return "origin"
    links = known.describing_links | known.coarse_describing_links if coarse else known.describing_links
    if len(words) < 3 or last[-1] not in links or following in known.range_words:
        return None  # `een verplaatsing van 14.30 uur naar 20.00 uur`: a range
    before = last[-4:-1]  # an article, then one or two words, then `van`: de winnaar van, de nummer twee van
    opened = [at for at, word in enumerate(before) if word in known.articles]
    noun = before[opened[-1] + 1 :] if opened else []
    if noun and not any(word in known.filler or word.endswith(known.describing_nouns_not) for word in noun):
        return "phrase"
    return None


def _coarse_describing(last: Sequence[str], following: str, known: ClauseWords) -> bool:
    """Whether a date coarser than a day right after one of `coarse_describing_links` says where the noun before that
    word is from (`Mensen uit 1955 krijgen een brief`, `volgens de meest recente cijfers uit 2018`), article or not,
    however many words qualify it. Not a verb or a verb's adverb (`De kerk dateert vermoedelijk uit 1450`, `De stroom
    viel opnieuw uit vorige week`)."""
    if len(last) < 2 or last[-1] not in known.coarse_describing_links or following in known.range_words:
        return False
    noun, previous = last[-2], last[-3] if len(last) > 2 else ""
    before = last[-4] if len(last) > 3 else ""
    return (
        noun.isalpha()
        and noun not in known.filler
        and not noun.endswith(known.describing_nouns_not)
        and not _verb(noun, previous, known)
        and not (previous and _verb(previous, before, known))  # `dateert vermoedelijk uit`, `viel opnieuw uit`
    )


def _describing_participle(text: str, before_date: Span, last: Sequence[str], known: ClauseWords) -> bool:
    """Whether a date right after one of `describing_participles` and its link (`geboren in 2004`) describes the person
    before it: in a participle phrase after a noun (`Mensen geboren in 2003 kunnen …`, no verb in the clause before
    the participle) or in a relative clause (`18-jarigen die zijn geboren in 2004 kunnen …`), not in a main clause
    that tells the birth (`Zij is geboren in 1990`, `In Artis is een olifant geboren op 3 mei`). `before_date`: the
    clause up to the date, its first words and its last `participle_reach` words before the participle read for a verb
    (not all of it: a clause may hold thousands of such dates); `last`: its last words."""
    if len(last) < 2 or last[-1] not in known.participle_links:
        return False
    if len(last) > 3 and last[-2] in known.participle_auxiliaries and last[-3] in known.describing_participles:
        return last[-4] in known.participle_sorters  # `die geboren is in 1955`, not `dat de olifant geboren werd op`
    if last[-2] not in known.describing_participles:
        return False
    first = _WORD.search(text, *before_date)
    if first is not None and _said(first, known.lang) in known.relative_words:
        return True
    found = _last_matches(text, *before_date, known.participle_reach + 2)
    words = [_said(word, known.lang) for word in found[:-2]]
    # and its first words before the participle, where a main clause's verb stands second after a long fronted part
    # (`Gisteren is in Artis na een lange bevalling … een giraffe geboren op …`)
    read = islice(_WORD.finditer(text, before_date[0], found[-2].start()), _VERB_SECOND_REACH)
    opening = [_said(word, known.lang) for word in read]
    pairs = (pair for part in (opening, words) for pair in pairwise(["", *part]))
    # The participle's own auxiliary tells the birth, or a verb that makes it its object's state (`Uit onderzoek blijkt
    # de man geboren in 1998`); after another verb the participle follows its noun (`Behalve achttienjarigen kunnen ook
    # zeventienjarigen geboren in 2003 een afspraak maken`, `na het vaccineren van mensen geboren in 1956`).
    telling = known.participle_auxiliaries | known.participle_predicates
    return not any(word in telling and _verb(word, previous, known) for previous, word in pairs)


def moved(text: str, old: Timex, new: Timex, lang: str) -> bool:
    """Whether a happening is moved from the date `old` to the later-written `new`: `van zaterdag naar zondag`,
    `verplaatst van 14.30 uur naar 20.00 uur`. The new date is when it takes place; the old one is a mention. So is a
    figure's change from one period's to another's (`daalde van 5,2 procent in augustus naar 4,3 procent in
    september`): the new figure is the one told."""
    known = clause_words(lang)
    gap = text[old.end : min(new.start, old.end + _FIGURE_GAP)]  # a few words at most: a clause may hold thousands
    between = [_said(match, lang) for match in _WORD.finditer(gap)] if new.start - old.end <= _FIGURE_GAP else []
    if not between or between[0] not in known.moved_to:
        return False
    if len(between) == 1:
        before = _WORD_BEFORE.search(text, max(0, old.start - 32), old.start)
        return before is not None and _said(before, lang) in known.moved_from
    last = _last_words(text, max(0, old.start - _FIGURE_GAP), old.start, _FIGURE_WORDS, lang)
    opened = [at for at, word in enumerate(last) if word in known.moved_from]
    return bool(opened) and _figure(between[1:], known) and _figure(last[opened[-1] + 1 :], known)


def _figure(words: Sequence[str], known: ClauseWords) -> bool:
    """Whether words are a figure and its link to a date only: numbers, and filler (`procent`, `in`)."""
    return any(word.isdigit() for word in words) and all(word.isdigit() or word in known.filler for word in words)


def _last_words(text: str, start: int, end: int, count: int, lang: str) -> list[str]:
    """The last `count` words of `text[start:end]`, lower case (`_last_matches`)."""
    return [_said(match, lang) for match in _last_matches(text, start, end, count)]


def _last_matches(text: str, start: int, end: int, count: int) -> list[re.Match[str]]:
    """The last `count` words of `text[start:end]`, read from a window that grows back from `end`, so
    that only the words near `end` are read. A word the window's opening cuts is left out: it is no word of its own,
    and, when it is needed, the grown window reads it whole. (The window once opened at a space: words apart by
    no-break spaces or tabs had none, and each date read its whole clause, in quadratic time.)"""
    size = 64
    while True:
        begin = max(start, end - size)
        found = list(_WORD.finditer(text, begin, end))
        if found and begin > start and found[0].start() == begin and not text[begin - 1].isspace():
            found = found[1:]
        if begin == start or len(found) >= count:
            return found[-count:]
        size *= 4


def _word_after(text: str, position: int) -> str:
    """The word right after `position` (past white space), lower case; "" when none follows."""
    found = _WORD_AFTER.match(text, position)
    return found.group(1).lower() if found else ""


# A dateline's place opening a line: words in capitals (`'S-HERTOGENBOSCH`, `DEN HAAG`), maybe an agency in brackets
# (`AMSTERDAM (ANP)`), then a page's separator or a dash before what follows; and a day's number written with a full
# stop (`11.` of `donderdag, 11. januari 2024`).
_DATELINE_PLACE = re.compile(r"(?:'?[A-Z][A-Z'-]*\s+)*'?[A-Z][A-Z'-]+(?:\s*\([A-Z]+\))?\s*[•|·\-–—]\s*")
_NUMBERED_DAY = re.compile(r"\d{1,2}\.")
# what may close a sentence after its question mark (`?!`, `?”`); not a bracket's, nor a straight quote, which as
# often closes a title (`de finale van "Wie is de Mol?"`)
_CLOSING_MARKS = " \t”’»!"


def in_question(text: str, clause: Span, lang: str) -> bool:
    """Whether a clause is a question: opening its sentence with a question word (`Wie welke taak had die avond,
    wordt uitgezocht`), or closed by a question mark (`Morgen nog drukker?`, `De vraag was: hoe druk zou het
    donderdag worden?`). Its dates are what is asked about, not when a happening is told."""
    if text[clause[0] : clause[1]].rstrip(_CLOSING_MARKS).endswith("?"):
        return True
    first = _WORD.search(text, *clause)
    opening = text[max(0, clause[0] - 3) : clause[0]].rstrip()
    return first is not None and _said(first, lang) in clause_words(lang).question_words and (
        not opening or opening[-1] in ".!?\n"
    )


def refers_back(text: str, clause: Span, lang: str) -> bool:
    """Whether a clause starts with a word that dates it by the last date before it (`toen`: then)."""
    first = _WORD.search(text, *clause)
    return first is not None and _said(first, lang) in clause_words(lang).then_words


# A restating sentence's determiner is its first word; at most this many words (adjectives) stand before its noun.
_RESTATING_ADJECTIVES = 2
_PARTICLE_REACH = 12  # words from a separable verb to its particle (`De brand brak rond 21.30 uur uit`)


def restating(text: str, sentence: Span, lang: str) -> str | None:
    """The ending of the happening noun a sentence opens with when it tells that happening's taking place
    (`Het ongeluk gebeurde rond 16.00 uur`, `De brand brak rond 21.30 uur uit`: `brand`), as an article tells again
    what its lead told; else None."""
    known = clause_words(lang)
    reach = 2 + _RESTATING_ADJECTIVES + known.restating_gap + _PARTICLE_REACH
    words = [_said(match, lang) for match in islice(_WORD.finditer(text, *sentence), reach)]
    if not words or words[0] not in known.restating_determiners:
        return None
    for at in range(1, min(len(words), 2 + _RESTATING_ADJECTIVES)):
        noun = next((ending for ending in known.restating_nouns if words[at].endswith(ending)), None)
        if noun is not None:
            told = any(
                words[verb_at] == verb[0] and _in_order(verb[1:], words[verb_at + 1 : verb_at + 1 + _PARTICLE_REACH])
                for verb in known.restating_verbs
                for verb_at in range(at + 1, min(len(words), at + 2 + known.restating_gap))
            )
            return noun if told else None
    return None


def _in_order(wanted: Sequence[str], words: Sequence[str]) -> bool:
    """Whether `wanted` stand among `words` in their order, maybe apart (`zich … voor` of `deed zich om 7 uur voor`)."""
    found = iter(words)
    return all(word in found for word in wanted)


def names(text: str, ending: str, lang: str) -> bool:
    """Whether a text has a word ending in `ending` (a happening noun, or a compound of it: `verkeersongeluk`)."""
    return any(_said(match, lang).endswith(ending) for match in _WORD.finditer(text))
