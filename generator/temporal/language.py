"""Language data for the tagger: read `lang/<code>/temporal.yaml` once and compile it into regexes.

The engine knows no words of any language; a new language is a new YAML file with
the same shape (see the header of `lang/nl/temporal.yaml`). Where each rule can start
is derived from its pattern and kept in the user's cache folder (`triggers.cached_owners`).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from hashlib import blake2b
from pathlib import Path
from typing import Any

import yaml

from generator.lang import data_file, read_data
from generator.temporal import triggers
from generator.temporal.combine import KINDS, Combination

_GROUP = re.compile(r"(?<!\?P)<(-?)(?:(\w+):)?(\w+)>")  # not a regex's own named group, (?P<name>...)
_MACRO = re.compile(r"%(\w+)%")
_NOT_AFTER = re.compile(r"(?<!\(\?)<!(\w+)>")  # <!class>: not right after a word of the class and a space
FLAGS = re.IGNORECASE


def lookup_key(text: str) -> str:
    """The lookup key of a matched word: lower case, single spaces, straight apostrophes, no final dot."""
    return " ".join(text.lower().replace("\u2019", "'").replace("\u2018", "'").split()).rstrip(".")


@dataclass(frozen=True)
class WordClass:
    """A named list of forms and what each means; `regex` forms are read as numbers."""

    name: str
    regex: str  # the alternation, without a group
    words: Mapping[str, object]
    numeric: bool
    suffix: str = ""  # what may follow each word (jaarlijks-e), left out when the word is looked up
    # opening a match, its words are left out of the extent as a preposition is, their meaning still read
    # (`ongeveer drie dagen` is `drie dagen` with APPROX), so spans agree with annotators who leave them out
    outside: bool = False

    def meaning(self, text: str) -> object:
        key = lookup_key(text)
        if key in self.words:
            return self.words[key]
        if self.suffix and (bare := re.sub(f"(?:{self.suffix})$", "", key)) in self.words:
            return self.words[bare]
        if self.numeric:
            return int(re.sub(r"\D", "", key))
        raise KeyError(f"{text!r} is not in word class {self.name}")


@dataclass(frozen=True)
class Rule:
    """One pattern of the language data; compiled when first tried, so a short text starts fast."""

    index: int
    source: str
    groups: tuple[tuple[str, str, WordClass], ...]  # (regex group name, field, class)
    constants: Mapping[str, object]
    # A match written with a capital inside a sentence is a name, not a time (Jan Zondag):
    # the language writes these words in lower case.
    name_guard: bool = False

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source, FLAGS)


@dataclass(frozen=True)
class TenseData:
    """Cues for the tense of a clause; see the `tense` section of the language file."""

    code: str  # the language's: how its words are listed (`as_listed`)
    clause_breaks: frozenset[str]  # words that end a clause (maar, want)
    past: frozenset[str]
    future: frozenset[str]
    present: frozenset[str]
    perfect: frozenset[str]
    participle: re.Pattern[str]
    strong_participles: frozenset[str]  # participles the pattern cannot tell from other words
    not_participle: frozenset[str]
    weak_past: re.Pattern[str]
    not_weak_past: re.Pattern[str]
    past_leads: frozenset[str]
    aftermath_leads: frozenset[str]  # na: `na de aardbeving van donderdagavond`, told in the present, is gone
    aftermath_nouns_open: frozenset[str]  # de, het: the article of that noun
    aftermath_links: frozenset[str]  # van: between that noun and the day
    state_auxiliaries: frozenset[str]  # is, zijn: a perfect's auxiliaries that with a participle may tell a state
    state_participles: tuple[str, ...]  # afgesloten, dicht: a closure's words, told with them as a state
    state_adjectives: frozenset[str]  # gekend: after those auxiliaries an adjective, no participle
    habitual: tuple[str, ...]  # words or phrases in a clause that make its times a habit (normaal, vaak)
    not_habitual: tuple[str, ...]  # phrases with a habit word that make no habit (normaal gesproken, zoals altijd)
    infinitive_marks: frozenset[str]  # a word right before an infinitive, which is no tense (te zetten)
    recurring: tuple[str, ...]  # words or phrases in a clause that make a yearless day every year's (elk jaar)
    comparing: frozenset[str]  # a word right before a year that compares with it (hoger dan vorig jaar)
    purpose: frozenset[str]  # a word right before a year that names what something is for (de plannen voor 2025)
    sorting_participles: frozenset[str]  # geboren (text.yaml's): before `in` and a year, it lends no year
    sorting_relatives: frozenset[str]  # die, wie (text.yaml's): before a link, a year and such a participle, the same
    sorting_articles: frozenset[str]  # de, een: so, before the participle's noun (de in 1990 geboren zanger)
    sorting_links: frozenset[str]  # in, op, tussen (text.yaml's participle_links)
    sorting_auxiliaries: frozenset[str]  # is, werd (text.yaml's participle_auxiliaries): between year and participle
    negation: tuple[tuple[str, ...], ...]  # words right before an expression that deny it (niet om 19.00 uur)
    negation_preps: frozenset[str]  # prepositions that may stand between the two (not "before", a bound)
    # a separable verb's past written as one word, last in a subordinate clause (toen de brand uitbrak): a particle
    # before a singular past of the list, less the words so spelled that are none (meestal, voorsprong)
    separable_particles: frozenset[str] = frozenset()
    separable_lengths: tuple[int, ...] = ()  # the particles' lengths: where a word may split into particle and past
    separable_base: re.Pattern[str] = re.compile("(?!)")
    not_separable_past: frozenset[str] = frozenset()
    separable_plurals: frozenset[str] = frozenset()  # plural pasts no particle makes a noun of (plaatsvonden)
    # a word right before a found weak past that makes it an adjective (de verouderde zaken); a number does too
    adjective_marks: frozenset[str] = frozenset()
    # habit words that describe a noun after a determiner (het dagelijks bestuur, een meestal zwakke wind), and the
    # words that make them do so
    adjective_habits: frozenset[str] = frozenset()
    adjective_leads: frozenset[str] = frozenset()
    phrase_leads: frozenset[str] = frozenset()  # prepositions whose phrase a habit adverb after them stands in (met)
    quantifiers: frozenset[str] = frozenset()  # habit words that count a noun, the time itself too (elke)
    article_leads: frozenset[str] = frozenset()  # such a word only opening a clause or after one of these
    article_prepositions: frozenset[str] = frozenset()
    # habit words that say "mostly" in a clause whose subject `het` stands by a copula (blijft het meestal droog)
    mostly: frozenset[str] = frozenset()
    mostly_subjects: tuple[tuple[str, ...], ...] = ()
    # a verb form that is also a possessive (zijn), and the prepositions right after which it is that (op zijn vroegst)
    possessives: frozenset[str] = frozenset()
    possessive_marks: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()  # beside one, a weak past plural is its infinitive (kan zich melden)
    # habit words that make a yearless day every year's too (doorgaans op 11 juli), less the not_habitual phrases
    yearly_habitual: tuple[str, ...] = ()
    day_end_bounds: frozenset[str] = frozenset()  # a word before a midnight that makes it the end of a day (tot)
    conditions: tuple[str, ...] = ()  # the habit words that make a condition said to anyone (als je)
    within_day: frozenset[str] = frozenset()  # vaak, geregeld: how often the weather comes within a bare weekday
    weather: frozenset[str] = frozenset()  # zon, buien: a clause that names the weather (a forecast)
    habit_day_leads: frozenset[str] = frozenset()  # a word right before a weekday naming a habit's day (op zondag)
    habit_start_leads: frozenset[str] = frozenset()  # a word right before a weekday a habit starts from
    habit_day_articles: frozenset[str] = frozenset()  # an article between a habit's day lead and its weekday (op de)
    habit_day_ties: frozenset[str] = frozenset()  # a word after the weekday tying it to one day (after a feast)
    habit_day_within: frozenset[str] = frozenset()  # a word before the lead counting within a day (earlier that day)
    double_infinitives: frozenset[str] = frozenset()  # a participle beside another infinitive (heeft laten weten)
    # whether a verb is written in lower case inside its sentence, so that a capital there makes a name (Rutte, Drongen)
    lower_case_verbs: bool = False
    infinitive: re.Pattern[str] = re.compile("(?!)")  # a word shaped as an infinitive or a plural (weten, melden)
    # phrases right before a date (or its preposition) that compare with it, so that no count starts from it; keyed by
    # their last word, which is all most expressions need looking up
    compared_with: Mapping[str, tuple[list[str], ...]] = field(default_factory=dict)
    compared_firsts: tuple[str, ...] = ()  # their first words: a cheap test for whether one may stand near
    bounds_ahead: tuple[tuple[str, ...], ...] = ()  # words right before a date a present state lasts until (tot)
    participle_reach: int = 1_000_000  # how many words from its auxiliary a participle may stand
    listed_adjectives: frozenset[str] = frozenset()  # listed pasts that are adjectives too (de verraste minister)
    told_earlier: frozenset[str] = frozenset()  # words of a sentence told back from the story's time (had, eerder)
    # a present verb the lists do not name, by its form: a word of this shape right after its subject or right before
    # it (zij bevalt, meldt het CBS), less the words of that shape that are no verb (niet, met, het licht)
    present_shape: re.Pattern[str] = re.compile("(?!)")
    present_subjects: frozenset[str] = frozenset()
    present_inverted: frozenset[str] = frozenset()
    not_present: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()  # words that open a subordinate clause (dat, omdat)
    subject_subordinators: frozenset[str] = frozenset()  # such words only right before a subject (of ze, als het)
    clause_subjects: frozenset[str] = frozenset()
    clause_joins: frozenset[str] = frozenset()  # words that join two main clauses with a verb each (en)
    relatives: frozenset[str] = frozenset()  # words that open a relative clause (die, waar)
    future_breaks: frozenset[str] = frozenset()  # voor, of: may open a clause between a future and an infinitive
    fronting: frozenset[str] = frozenset()  # words before an expression fronted in its clause (op 15 juli)
    # shaped as a participle, yet a present (besteedt: no participle ends in -dt)
    present_dt: re.Pattern[str] = re.compile("(?!)")
    # the words of the classes marked `outside` (ruim, zo'n), as lookup keys split in words: left out of an
    # expression's extent where they open it, they still stand between it and what denies it (niet ruim een week)
    outside: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Waiting:
    """Words that make `tot N uur` a length waited, not a clock time (the `waiting` section of the language file)."""

    bound: re.Pattern[str] = re.compile("(?!)")  # the bound right before the hour, maybe with its approximator
    noun_bound: re.Pattern[str] = re.compile("(?!)")  # a noun of waiting right before the bound (vertragingen tot)
    rise_bound: re.Pattern[str] = re.compile("(?!)")  # a verb of rising right before the bound (loopt op tot)
    amounts: frozenset[str] = frozenset()  # a verb of amounting or copula before the bound (bedraagt tot)
    amount_between: frozenset[str] = frozenset()  # an adverb that may stand between them (was er soms tot)
    longest: int = 0  # the most hours a range of bare hours in digits after a noun of waiting may last
    nouns: re.Pattern[str] = re.compile("(?!)")  # a noun of waiting or delay, anywhere in a stretch of text
    nouns_after: re.Pattern[str] = re.compile("(?!)")  # a noun of waiting right after the hour (tot twee uur file)
    verbs: re.Pattern[str] = re.compile("(?!)")  # a verb of waiting right after the hour
    lets: frozenset[str] = frozenset()  # a verb of letting: `liet ons tot drie uur wachten` waits until then
    unit: re.Pattern[str] = re.compile("(?!)")  # the unit an hour ends with to be a count of hours (drie uur)


@dataclass(frozen=True)
class Language:
    code: str
    rules: tuple[Rule, ...]
    # normalised prefix -> rules whose matches can start with it (none whose rules shorter ones own: `triggers.owners`)
    starts: Mapping[str, tuple[Rule, ...]]
    trigger: re.Pattern[str]  # finds those prefixes in a normalised text (see triggers.py)
    range_join: re.Pattern[str]
    combinations: tuple[Combination, ...]  # the grammar's combining rules, in data order
    tense: TenseData
    # words that point back but open a relative clause after `article noun` (de avondklok die zaterdagavond …)
    relative_pronouns: frozenset[str] = frozenset()
    # what may stand between the same month and a count of years naming it (`dezelfde maand van vorig jaar`)
    year_off_between: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    # finds the name of a day every year has (the word classes `holiday` and `holiday_person`): which year's a text
    # means, or whether it means one at all, the events stage doubts (`holiday`)
    holidays: re.Pattern[str] = re.compile("(?!)")
    weekdays: tuple[str, ...] = ()  # the words of the class `weekday`, for the events stage's doubts (weekday-habit)
    months: tuple[str, ...] = ()  # the words of `month` and `month_abbr`: after a number, a day of the month
    stamp_leads: frozenset[str] = frozenset()  # the words of `stamp_lead` (Update): for the events stage's entries too
    waiting: Waiting = Waiting()
    _by_prefix: dict[str, tuple[Rule, ...]] = field(default_factory=dict, compare=False, repr=False)

    def rules_for(self, prefix: str) -> tuple[Rule, ...]:
        """The rules owning `prefix` or any start of it, in data order (memoised)."""
        found = self._by_prefix.get(prefix)
        if found is None:
            chosen = {r.index for n in range(1, len(prefix) + 1) for r in self.starts.get(prefix[:n], ())}
            found = self._by_prefix[prefix] = tuple(self.rules[i] for i in sorted(chosen))
        return found


def _word_regex(word: str) -> str:
    escaped = re.escape(word).replace("'", "['\u2019\u2018]")  # typeset texts curl the apostrophe either way
    return r"\s+".join(escaped.split(r"\ "))


def _build_classes(spec: Mapping[str, Mapping]) -> dict[str, WordClass]:
    classes: dict[str, WordClass] = {}

    def build(name: str) -> WordClass:
        if name in classes:
            return classes[name]
        entry = spec[name]
        raw = entry.get("words") or {}
        pairs = [(w, True) for w in raw] if isinstance(raw, list) else list(raw.items())
        # a word's other forms (uurtje: uur) mean what it means; only those of the words this class has
        own = dict(pairs)
        pairs += [(form, own[word]) for form, word in (entry.get("forms") or {}).items() if word in own]
        words = {lookup_key(form): meaning for form, meaning in pairs}
        parts = []
        if pairs:
            alternation = "|".join(_word_regex(w) for w, _ in sorted(pairs, key=lambda p: len(p[0]), reverse=True))
            parts.append(f"(?:{alternation}){entry.get('suffix', '')}")
        if "regex" in entry:
            parts.append(f"(?:{entry['regex']})")
        numeric = "regex" in entry
        for included in entry.get("include", ()):
            sub = build(included)
            parts.append(f"(?:{sub.regex})")
            words = {**sub.words, **words}
            numeric = numeric or sub.numeric
        classes[name] = WordClass(
            name, "|".join(parts), words, numeric, entry.get("suffix", ""), bool(entry.get("outside"))
        )
        return classes[name]

    for name in spec:
        build(name)
    return classes


def _macro(value: str | Mapping[str, str]) -> str:
    """A macro's pattern: as written, or made from `{year_and_next: separator}` (see `_year_and_next`)."""
    return value if isinstance(value, str) else _year_and_next(value["year_and_next"])


def _year_and_next(separator: str) -> str:
    """A year from 1000 to 2099, `separator` and the year after it, in full or by its last two digits (2020-2021,
    2025/26, 1999-2000; not 2021-2023 nor 2021-1922): a pattern cannot add, so each step is spelled out, the unit's
    keeping the century and tens (captured once: the macro stands once in a rule), 9 stepping to the next ten and 99
    to the next century."""
    separator = f"(?:{separator})"  # an alternation (`-|/`) stays one piece
    units = [f"{u}{separator}(?:(?P=year_century))?(?P=year_tens){u + 1}" for u in range(9)]
    tens = [f"(?<={t}9){separator}(?:(?P=year_century))?{t + 1}0" for t in range(9)]
    centuries = [f"(?<={c}99){separator}(?:{c + 1})?00" for c in range(10, 21)]
    return rf"(?P<year_century>1\d|20)(?P<year_tens>\d)(?:{'|'.join(units)}|9(?:{'|'.join(tens + centuries)}))"


def _expand_macros(pattern: str, macros: Mapping[str, str]) -> str:
    while _MACRO.search(pattern):
        pattern = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
    return pattern


def _compile_words(pattern: str, classes: Mapping[str, WordClass], macros: Mapping[str, str]) -> re.Pattern[str]:
    """A pattern of words between expressions: macros and `<-class>` allowed, nothing captured."""

    def group(m: re.Match[str]) -> str:
        if not m.group(1):
            raise ValueError(f"only <-class> may stand in a combining rule's gap: {m.group()}")
        return f"(?:{classes[m.group(3)].regex})"

    return re.compile(_GROUP.sub(group, _expand_macros(pattern, macros)), FLAGS)


def _compile_combination(spec: Mapping, classes: Mapping[str, WordClass], macros: Mapping[str, str]) -> Combination:
    for side in ("left", "right"):
        unknown = set(spec[side]) - KINDS
        if unknown:
            raise ValueError(f"combining rule {spec}: unknown kinds {sorted(unknown)}")
    return Combination(
        left=frozenset(spec["left"]),
        right=frozenset(spec["right"]),
        gap=_compile_words(spec["gap"], classes, macros),
        op=spec["as"],
        sign=spec.get("sign", 1),
        set=spec.get("set"),
        left_needs=frozenset(spec.get("left_needs", ())),
        right_needs=frozenset(spec.get("right_needs", ())),
    )


def _compile_rule(index: int, spec: Mapping, classes: Mapping[str, WordClass], macros: Mapping[str, str]) -> Rule:
    groups: list[tuple[str, str, WordClass]] = []

    def group(m: re.Match[str]) -> str:
        silent, field, class_name = m.group(1), m.group(2) or m.group(3), m.group(3)
        word_class = classes[class_name]
        if silent:
            return f"(?:{word_class.regex})"
        name = f"r{index}_{field}"
        groups.append((name, field, word_class))
        return f"(?P<{name}>{word_class.regex})"

    body = _GROUP.sub(group, _not_after(_expand_macros(spec["pattern"], macros), classes))
    # Whole words only, and never a piece of a longer number such as 10.000 or 1.30.
    source = rf"(?<!\w)(?<!\d[.,:])(?:{body})(?!\w)(?![.,:]\d)"
    return Rule(index, source, tuple(groups), spec.get("set", {}), bool(spec.get("name_guard")))


def _not_after(pattern: str, classes: Mapping[str, WordClass]) -> str:
    """`<!class>` as one lookbehind per word of the class: Python's lookbehinds take one width each, and the words
    stay data in one list."""

    def lookbehinds(m: re.Match[str]) -> str:
        found = classes[m.group(1)]
        if found.numeric or not found.words or found.suffix:
            # a regex, a suffix or no words cannot be spelled out word by word: say so rather than match nothing
            raise ValueError(f"<!{found.name}> needs a class of listed words only")
        return "".join(rf"(?<!\b{re.escape(word)}\s)" for word in sorted(found.words))

    return _NOT_AFTER.sub(lookbehinds, pattern)


def _with_particles(pattern: str, tense: Mapping[str, Any]) -> str:
    """`pattern` with `%PARTICLES%` spelled out: the separable verbs' particles and the other words that stand before
    a participle's ge- (`doodgeschoten`), longest first, so that each list is kept once."""
    words = {*tense.get("separable_particles", ()), *tense.get("participle_particles", ())}
    return pattern.replace("%PARTICLES%", "|".join(sorted(words, key=lambda word: (-len(word), word))))


@cache
def load(code: str) -> Language:
    """The compiled data of one language; cached, so each process reads it once."""
    path = data_file(code, "temporal")
    folder = user_cache_dir()
    # One store per data file: two checkouts with different rules do not overwrite each other's.
    name = f"temporal-{code}-{blake2b(os.fsencode(path), digest_size=8).hexdigest()}.json"
    return compile_file(code, path, folder / name if folder else None)


def known(code: Any) -> str | None:
    """`code` where it names a language the tagger has data for, else None (no string, or a code it lacks)."""
    if not isinstance(code, str):
        return None
    try:
        load(code)
    except ValueError:
        return None
    return code


def user_cache_dir() -> Path | None:
    """Kroniek's folder in the user's cache folder (XDG_CACHE_HOME, ~/Library/Caches, LOCALAPPDATA); None if none."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA", "")
    elif sys.platform == "darwin":
        base = "~/Library/Caches"
    else:
        base = os.environ.get("XDG_CACHE_HOME", "")
        base = base if os.path.isabs(base) else "~/.cache"  # the XDG spec ignores a relative path
    folder = Path(base).expanduser()
    return folder / "kroniek" if base and folder.is_absolute() else None


def _by_last_word(phrases: Iterable[str]) -> dict[str, tuple[list[str], ...]]:
    """Phrases split into words, keyed by their last word."""
    keyed: dict[str, tuple[list[str], ...]] = {}
    for phrase in phrases:
        words = phrase.split()
        keyed[words[-1]] = (*keyed.get(words[-1], ()), words)
    return keyed


def compile_file(code: str, path: Path, store: Path | None) -> Language:
    """The language data in `path`, compiled; `store` keeps where its rules can start between runs (None: not kept)."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    classes = _build_classes(data["classes"])
    macros = {name: _macro(value) for name, value in data.get("macros", {}).items()}
    rules = tuple(_compile_rule(i, spec, classes, macros) for i, spec in enumerate(data["rules"]))
    owners = triggers.cached_owners([rule.source for rule in rules], FLAGS, store)
    if "" in owners:
        raise ValueError(f"{path}: rule {owners[''][0]} can start with anything; begin it with a word or class")
    tense = data["tense"]
    text = read_data(code, "text")  # the events stage's words the tagger shares
    return Language(
        code=code,
        rules=rules,
        starts={prefix: tuple(rules[i] for i in indices) for prefix, indices in owners.items()},
        trigger=triggers.scanner(owners),
        range_join=_compile_words(data["range"], classes, macros),
        combinations=tuple(_compile_combination(spec, classes, macros) for spec in data["combine"]),
        tense=TenseData(
            code=code,
            clause_breaks=frozenset(tense["clause_breaks"]),
            subordinators=frozenset(tense.get("subordinators", ())),
            subject_subordinators=frozenset(tense.get("subject_subordinators", ())),
            clause_subjects=frozenset(tense.get("clause_subjects", ())),
            clause_joins=frozenset(tense.get("clause_joins", ())),
            relatives=frozenset(tense.get("relatives", ())),
            future_breaks=frozenset(tense.get("future_breaks", ())),
            fronting=frozenset(tense.get("fronting", ())),
            past=frozenset(tense["past"]),
            future=frozenset(tense["future"]),
            present=frozenset(tense["present"]),
            perfect=frozenset(tense["perfect"]),
            participle=re.compile(_with_particles(tense["participle"], tense), FLAGS),
            strong_participles=frozenset(tense.get("strong_participles", ())),
            not_participle=frozenset(tense["not_participle"]),
            weak_past=re.compile(tense["weak_past"], FLAGS),
            not_weak_past=re.compile(tense["not_weak_past"], FLAGS),
            separable_particles=frozenset(tense.get("separable_particles", ())),
            separable_lengths=tuple(sorted({len(particle) for particle in tense.get("separable_particles", ())})),
            separable_base=re.compile(tense.get("separable_base", "(?!)"), FLAGS),
            not_separable_past=frozenset(tense.get("not_separable_past", ())),
            separable_plurals=frozenset(tense.get("separable_plurals", ())),
            past_leads=frozenset(tense["past_leads"]),
            aftermath_leads=frozenset(tense.get("aftermath_leads", ())),
            aftermath_nouns_open=frozenset(tense.get("aftermath_nouns_open", ())),
            aftermath_links=frozenset(tense.get("aftermath_links", ())),
            state_auxiliaries=frozenset(tense.get("state_auxiliaries", ())),
            state_participles=tuple(tense.get("state_participles", ())),
            state_adjectives=frozenset(tense.get("state_adjectives", ())),
            habitual=tuple(tense["habitual"]),
            not_habitual=tuple(tense.get("not_habitual", ())),
            adjective_habits=frozenset(tense.get("adjective_habits", ())),
            adjective_leads=frozenset(tense.get("adjective_leads", ())),
            phrase_leads=frozenset(tense.get("phrase_leads", ())),
            quantifiers=frozenset(tense.get("quantifiers", ())),
            article_leads=frozenset(tense.get("article_leads", ())),
            article_prepositions=frozenset(tense.get("article_prepositions", ())),
            mostly=frozenset(tense.get("mostly", ())),
            mostly_subjects=tuple(tuple(phrase.split()) for phrase in tense.get("mostly_subjects", ())),
            infinitive_marks=frozenset(tense.get("infinitive_marks", ())),
            adjective_marks=frozenset(tense.get("adjective_marks", ())),
            possessives=frozenset(tense.get("possessives", ())),
            possessive_marks=frozenset(tense.get("possessive_marks", ())),
            modals=frozenset(tense.get("modals", ())),
            double_infinitives=frozenset(tense.get("double_infinitives", ())),
            lower_case_verbs=bool(tense.get("lower_case_verbs", False)),
            infinitive=re.compile(tense.get("infinitive", "(?!)"), FLAGS),
            compared_with=_by_last_word(tense.get("compared_with", ())),
            compared_firsts=tuple(sorted({phrase.split()[0] for phrase in tense.get("compared_with", ())})),
            bounds_ahead=tuple(tuple(phrase.split()) for phrase in tense.get("bounds_ahead", ())),
            participle_reach=int(tense.get("participle_reach", 1_000_000)),
            listed_adjectives=frozenset(tense.get("listed_adjectives", ())),
            told_earlier=frozenset(tense.get("told_earlier", ())),
            recurring=tuple(tense.get("recurring", ())),
            yearly_habitual=tuple(tense.get("yearly_habitual", ())),
            day_end_bounds=frozenset(tense.get("day_end_bounds", ())),
            conditions=tuple(tense.get("conditions", ())),
            within_day=frozenset(tense.get("within_day", ())),
            weather=frozenset(tense.get("weather", ())),
            habit_day_leads=frozenset(tense.get("habit_day_leads", ())),
            habit_start_leads=frozenset(tense.get("habit_start_leads", ())),
            habit_day_articles=frozenset(tense.get("habit_day_articles", ())),
            habit_day_ties=frozenset(tense.get("habit_day_ties", ())),
            habit_day_within=frozenset(tense.get("habit_day_within", ())),
            comparing=frozenset(tense.get("comparing", ())),
            purpose=frozenset(tense.get("purpose", ())),
            # the events stage's describing participles (`text.yaml`): `geboren in 1956` dates a person, and the words
            # of such a participle's phrase with its year before it (`wie in 1960 geboren is`, `de in 1990 geboren`)
            sorting_participles=frozenset(text.get("describing_participles", ())),
            sorting_relatives=frozenset(text.get("participle_sorters", ())),
            sorting_articles=frozenset(text.get("participle_articles", ())),
            sorting_links=frozenset(text.get("participle_links", ())),
            sorting_auxiliaries=frozenset(text.get("participle_auxiliaries", ())),
            negation=tuple(tuple(cue.split()) for cue in tense["negation"]),
            negation_preps=frozenset(tense["negation_preps"]),
            present_shape=re.compile(tense.get("present_shape", "(?!)"), FLAGS),
            present_subjects=frozenset(tense.get("present_subjects", ())),
            present_inverted=frozenset(tense.get("present_inverted", ())),
            not_present=frozenset(tense.get("not_present", ())),
            present_dt=re.compile(tense.get("present_dt", "(?!)"), FLAGS),
            outside=tuple(
                sorted({tuple(word.split()) for c in classes.values() if c.outside for word in c.words}, key=len)[::-1]
            ),
        ),
        relative_pronouns=frozenset(data.get("relative", {}).get("pronouns", ())),
        year_off_between=frozenset(data.get("year_off", {}).get("between", ())),
        articles=frozenset(data.get("relative", {}).get("articles", ())),
        holidays=_names_of(classes, ("holiday", "holiday_person")),
        weekdays=tuple(classes["weekday"].words) if "weekday" in classes else (),
        months=tuple(word for name in ("month", "month_abbr") if name in classes for word in classes[name].words),
        stamp_leads=frozenset(classes["stamp_lead"].words) if "stamp_lead" in classes else frozenset(),
        waiting=_waiting(data.get("waiting"), classes),
    )


def _waiting(spec: Mapping[str, list[str]] | None, classes: Mapping[str, WordClass]) -> Waiting:
    """The `waiting` words compiled: the bound (with an approximator of the class `approx` after it), alone and after
    a noun of waiting or a verb of rising, the nouns and verbs, the units, each as whole words; the verbs of
    amounting, the adverbs between them and the bound, and the verbs of letting as sets of words; a list left out
    matches nothing."""
    if not spec:
        return Waiting()

    def words(name: str) -> str:
        listed = sorted(spec.get(name, ()), key=len, reverse=True)
        return "|".join(_word_regex(w) for w in listed) if listed else "(?!)"

    approx = f"(?:\\s+(?:{classes['approx'].regex}))?" if "approx" in classes else ""
    bound = rf"(?:{words('bounds')}){approx}\s+\Z"
    return Waiting(
        bound=re.compile(rf"(?<!\w){bound}", FLAGS),
        noun_bound=re.compile(rf"(?<!\w)(?:{words('nouns')})\s+(?:(?:{words('range_from')})\s+\S+\s+)?{bound}", FLAGS),
        rise_bound=re.compile(rf"(?<!\w)(?:{words('rises')})\s+{bound}", FLAGS),
        amounts=frozenset(spec.get("amounts", ())),
        amount_between=frozenset(spec.get("amount_between", ())),
        longest=int(spec.get("longest", 0)),
        nouns=re.compile(rf"(?<!\w)(?:{words('nouns')})(?!\w)", FLAGS),
        nouns_after=re.compile(rf"\s+(?:{words('nouns')})(?!\w)", FLAGS),
        verbs=re.compile(rf"\s+(?:{words('verbs')})(?!\w)", FLAGS),
        unit=re.compile(rf"(?<!\w)(?:{words('units')})\Z", FLAGS),
        lets=frozenset(spec.get("lets", ())),
    )


def _names_of(classes: Mapping[str, WordClass], names: Iterable[str]) -> re.Pattern[str]:
    """A pattern finding any word of the named classes a language has, as a whole word; none: it finds nothing."""
    found = [classes[name].regex for name in names if name in classes]
    return re.compile(rf"(?<!\w)(?:{'|'.join(found)})(?!\w)" if found else "(?!)", FLAGS)
