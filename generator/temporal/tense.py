"""The tense of the clause around an expression: decides which way a bare weekday or holiday points."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from generator.lang import as_listed
from generator.temporal.language import TenseData

Tense = Literal["past", "present", "future"]
Evidence = Literal["lead", "clause", "sentence", "none"]  # where the tense was read

# End punctuation taken whole (possessive) or a line break; the white space that must follow is looked at by hand:
# a look-ahead after the run made each position inside a run of 10,000 dots try the rest of it again (9 s).
_SENTENCE_END = re.compile(r"[.!?]++[\"')\u201d\u2019]*+|\n")
_CLAUSE_PUNCT = re.compile(r"[,;:()\"\u201c\u201d]")
_CLAUSE_BREAK = re.compile(rf"{_CLAUSE_PUNCT.pattern}|[\u2013\u2014]|\s-\s")  # and a dash between clauses
# between two words of one stretch of a sentence (any space: a non-breaking one too; a sentence holds no line break):
# no quote, bracket, colon or dash
_NAME_GAP = re.compile(r"[\s,]*")
_WORD = re.compile(r"[\w\u0300-\u036f]+")  # an accent typed as a mark of its own (`wa\u0301s`) is of its word
# How far a tense cue may be from its expression. Real sentences are shorter; a line of a megabyte
# without a full stop would otherwise make every expression read the whole line (quadratic time).
SENTENCE_REACH = 1000


@dataclass(frozen=True)
class Habit:
    """The habit words a clause holds (`found`, fixed phrases left out) and its words, for `TenseReader.habit`."""

    data: TenseData
    clause: str  # the clause's lower-case words, between spaces
    found: frozenset[str]

    @property
    def habitual(self) -> bool:
        """The clause says its time is a habit (normally, often)."""
        return not self.found.isdisjoint(self.data.habitual)

    @property
    def conditional_only(self) -> bool:
        """A habit only as a condition said to anyone (`als je ...`), by no other habit word."""
        habits = self.found.intersection(self.data.habitual)
        return bool(habits) and habits <= frozenset(self.data.conditions)

    @property
    def within_day(self) -> bool:
        """A habit only by words that may say how often the weather comes within the day told, in a clause that names
        the weather (`Zaterdag is er geregeld zon`): a forecast's day."""
        habits = self.found.intersection(self.data.habitual)
        named = any(f" {word} " in self.clause for word in self.data.weather)
        return bool(habits) and habits <= self.data.within_day and named

    @property
    def recurring(self) -> bool:
        """The day comes back every year (elk jaar, edities, or a habit word: `doorgaans was er rond 11 juli een
        akkoord`), not that it is like earlier years (`net als de afgelopen jaren was het op Koningsdag druk`)."""
        if not self.found.isdisjoint(self.data.yearly_habitual):
            return True
        for cue in self.data.recurring:
            at = self.clause.find(f" {cue} ")
            if at >= 0 and not set(self.clause[:at].split()[-2:]) & self.data.comparing:
                return True
        return False


class TenseReader:
    """Reads tense cues of one text, each sentence once, however many expressions ask."""

    def __init__(self, text: str, data: TenseData):
        self.text = text
        self.data = data
        self._words: dict[int, list[tuple[int, int, str, str]]] = {}
        self._kinds: dict[str, str] = {}  # a word's kind, worked out once per text (most words recur)
        self._splits: dict[int, list[tuple[int, int, bool]]] = {}
        self._spans: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int, str, str]]]] = {}
        # the participle of each perfect auxiliary, before and after it in its sentence (offsets), found once: every
        # expression of a long sentence asks for the auxiliaries of its window again
        self._participles: dict[int, tuple[int | None, int | None]] = {}

    @cached_property
    def _sentence_ends(self) -> list[int]:
        text, ends = self.text, []
        for match in _SENTENCE_END.finditer(text):
            end = match.end()
            if match.group() == "\n" or end == len(text) or text[end].isspace():
                ends.append(end)
        return ends

    def sentence(self, start: int) -> tuple[int, int]:
        """The offsets of the sentence that holds `start`."""
        return self._sentence(start)

    def _sentence(self, start: int) -> tuple[int, int]:
        ends = self._sentence_ends
        i = bisect.bisect_right(ends, start)
        return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(self.text))

    def _window(self, start: int, end: int) -> tuple[tuple[int, int], list[tuple[int, int, str, str]]]:
        """The sentence around an expression cut to `SENTENCE_REACH` either side, and its classified words."""
        sentence = self._sentence(start)
        words = self._classified(sentence)
        lo, hi = max(sentence[0], start - SENTENCE_REACH), min(sentence[1], end + SENTENCE_REACH)
        if (lo, hi) == sentence:
            return sentence, words
        return (lo, hi), words[bisect.bisect_left(words, (lo,)) : bisect.bisect_left(words, (hi,))]

    def _classified(self, sentence: tuple[int, int]) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, word) for each word of a sentence; kind is a tense, perfect, participle or ''.

        A word right after an infinitive's mark (`op poten te zetten`: zetten is also a past), a weak past right after
        an article or a number (`de verouderde zaken`: an adjective; `het` only after a preposition, `vanwege het
        verwachte onweer`, as `toen het regende` tells a past), a possessive spelled like a verb right after a
        preposition (`op zijn vroegst`: zijn is no perfect there) and the words of an adverb of fixed words (the
        participle of `normaal gezien`) say no tense."""
        if sentence[0] not in self._words:
            kinds, marks, firsts = self._kinds, self.data.infinitive_marks, self._phrase_starts
            adjectives, past = self.data.adjective_marks, self.data.past
            articles, prepositions = self.data.article_leads, self.data.article_prepositions
            listed_adjectives, adjective_leads = self.data.listed_adjectives, self._adjective_leads
            possessives, possessive_marks = self.data.possessives, self.data.possessive_marks
            words: list[tuple[int, int, str, str]] = []
            phrase_at: list[int] = []
            before, previous, previous_end = "", "", -1  # `before`: the word before `previous`, in its clause
            for m in _WORD.finditer(self.text, *sentence):
                word = as_listed(m.group(), self.data.code)
                kind = kinds.get(word)
                if kind is None:
                    kind = kinds[word] = self._kind(word)
                if kind and (  # a word with no tense has none to lose
                    self._name(m, previous_end)
                    or previous in marks
                    or (kind == "past" and word not in past and (
                        previous in adjectives
                        or previous.isdigit()
                        or (previous in articles and before in prepositions)
                    ))
                    or (word in listed_adjectives and previous in adjective_leads)
                    or (word in possessives and previous in possessive_marks)
                ):
                    kind = ""
                if word in firsts:
                    phrase_at.append(len(words))
                words.append((m.start(), m.end(), kind, word))
                joined = previous_end < 0 or not _CLAUSE_BREAK.search(self.text, previous_end, m.start())
                before, previous, previous_end = previous if joined else "", word, m.end()
            if phrase_at:
                self._blank_phrases(words, phrase_at)
            self._words[sentence[0]] = words
        return self._words[sentence[0]]

    def _name(self, match: re.Match[str], previous_end: int) -> bool:
        """Whether a word is a name by its capital: inside its sentence (after another word with only spaces or a
        comma between), not in capitals throughout, where the language writes its verbs in lower case."""
        written = match.group()
        return (
            self.data.lower_case_verbs
            and previous_end >= 0
            and written[0].isupper()
            and not written.isupper()
            and _NAME_GAP.fullmatch(self.text, previous_end, match.start()) is not None
        )

    @cached_property
    def _phrases(self) -> list[list[str]]:
        return [phrase.split() for phrase in self.data.not_habitual]

    @cached_property
    def _phrase_starts(self) -> frozenset[str]:
        return frozenset(phrase[0] for phrase in self._phrases)

    def _blank_phrases(self, words: list[tuple[int, int, str, str]], starts: list[int]) -> None:
        """No tense from the words of a fixed phrase beginning at one of `starts`."""
        plain = [w[3] for w in words]
        for i in starts:
            for phrase in self._phrases:
                if plain[i : i + len(phrase)] == phrase:
                    for j in range(i, i + len(phrase)):
                        words[j] = (*words[j][:2], "", words[j][3])

    def _kind(self, word: str) -> str:
        return word_kind(self.data, word)

    def _breaks(self, window: tuple[int, int]) -> list[tuple[int, int, bool]]:
        """(start, end, opens a subordinate clause) of each word that splits a clause of the sentence, read once."""
        sentence = self._sentence(window[0])
        if sentence[0] not in self._splits:
            data, words, splitting = self.data, self._classified(sentence), self._splitting
            found: list[tuple[int, int, bool]] = []
            for i in [i for i, w in enumerate(words) if w[3] in splitting]:
                w_start, w_end, _, word = words[i]
                following = words[i + 1] if i + 1 < len(words) else (0, 0, "", "")
                if word in data.subordinators or (
                    word in data.subject_subordinators and following[3] in data.clause_subjects
                ):  # `Dat meldde het CBS`: a pronoun before its verb opens no subordinate clause
                    found.append((w_start, w_end, following[2] not in _FINITE))
                elif word in data.clause_breaks or (word in data.clause_joins and self._joins(words, i)):
                    found.append((w_start, w_end, False))
            self._splits[sentence[0]] = found
        found = self._splits[sentence[0]]
        return found[bisect.bisect_left(found, (window[0],)) : bisect.bisect_left(found, (window[1],))]

    @cached_property
    def _adjective_leads(self) -> frozenset[str]:
        """The words after which a listed past that is an adjective too reads as the adjective (`de verraste
        minister`, `het verraste publiek`, `op besliste toon`)."""
        data = self.data
        return data.adjective_marks | data.article_leads | data.article_prepositions

    @cached_property
    def _splitting(self) -> frozenset[str]:
        data = self.data
        return data.subordinators | data.subject_subordinators | data.clause_breaks | data.clause_joins

    @cached_property
    def _join_stops(self) -> frozenset[str]:
        data = self.data
        return data.clause_breaks | data.subordinators | data.clause_joins

    def _joins(self, words: list[tuple[int, int, str, str]], at: int) -> bool:
        """Whether words[at] (en) joins two main clauses: a finite verb stands on either side of it before the
        punctuation or the word that ends each (`... is het Ajax-Feyenoord en op zondag is de return`)."""
        stops = self._join_stops
        for step in (-1, 1):
            i, finite = at, False
            while 0 <= i + step < len(words):
                before, after = (words[i + step], words[i]) if step < 0 else (words[i], words[i + step])
                i += step
                if _CLAUSE_PUNCT.search(self.text, before[1], after[0]) or words[i][3] in stops:
                    break  # the next `en` ends the scan: each word is read for one `en` either side (linear time)
                if step > 0 and words[i][3] in self.data.relatives:
                    break  # `celstraffen en taakstraffen opgelegd aan mannen die de politie belaagden`
                if words[i][2] in _FINITE or (step > 0 and i - at <= 2 and self._shaped_verb(words, i, False)):
                    finite = True  # a verb known by its shape only first or second after `en`, where one stands
                    break
            if not finite:
                return False
        return True

    def _shared_subject_verb(self, words: list[tuple[int, int, str, str]], at: int) -> bool:
        """Whether words[at], right after `en`, may be a present the lists do not name that shares the subject of
        the clause before (`Ajax won zondag en speelt woensdag weer`): a word in -t, written in lower case."""
        _, _, kind, word = words[at]
        return self._unlisted(kind, word) and bool(self.data.present_shape.fullmatch(word)) and (
            self.text[words[at][0]].islower()
        )

    def _joined_present(self, words: list[tuple[int, int, str, str]], start: int) -> bool:
        """Whether the expression at `start` stands right after, or one word after, an `en` and a present the lists
        do not name that shares the subject of a clause with a finite verb before it (`Ajax won zondag en speelt
        woensdag weer`, `en speelt dan woensdag`). Only that expression is read so: the `en` splits no clause, for
        such a word after `en` is as often a noun joined to the one before (`heeft met man en macht gewerkt`), and
        it is none where an auxiliary before the `en` has its participle after it (`heeft met man en macht zondag
        gewerkt`)."""
        at = bisect.bisect_left(words, (start,))
        for verb in (at - 1, at - 2):
            if verb < 1 or words[verb - 1][3] not in self.data.clause_joins:
                continue
            if not self._shared_subject_verb(words, verb):
                continue
            if _CLAUSE_PUNCT.search(self.text, words[verb - 1][1], start):
                return False
            return self._finite_before(words, verb - 1)
        return False

    def _finite_before(self, words: list[tuple[int, int, str, str]], join: int) -> bool:
        """Whether the clause before words[join] (`en`) has a finite verb whose clause ends at it: not a perfect
        auxiliary with its participle after the `en` (then the word after `en` stands inside that clause)."""
        for i in range(join - 1, -1, -1):
            if words[i][3] in self._join_stops or _CLAUSE_PUNCT.search(self.text, words[i][1], words[i + 1][0]):
                return False
            if words[i][2] not in _FINITE:
                continue
            if words[i][2] == "perfect" and (ahead := self._participles_around(words[i][0])[1]) is not None:
                return ahead < words[join][0]
            return True
        return False

    def _clause(
        self, start: int, end: int, sentence: tuple[int, int], words: list[tuple[int, int, str, str]]
    ) -> tuple[int, int]:
        lo, hi = sentence
        for m in _CLAUSE_PUNCT.finditer(self.text, lo, start):
            lo = m.end()
        stop = _CLAUSE_PUNCT.search(self.text, end, hi)
        hi = stop.start() if stop else hi
        for w_start, w_end, subordinate in self._breaks(sentence):
            if lo <= w_start and w_end <= start:  # a subordinator is of the clause it opens (`als je`: a condition)
                lo = w_start if subordinate else w_end
            elif end <= w_start < hi:
                hi = w_start
        return lo, hi

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The offsets of the clause around text[start:end]: its sentence cut at punctuation and at the words that
        open another clause (a subordinator, `maar`, an `en` between two finite verbs)."""
        sentence, words = self._window(start, end)
        return self._clause(start, end, sentence, words)

    def day_clause_end(self, start: int, end: int, timed: Callable[[int, int], bool] | None) -> int:
        """Where the clause after text[start:end] ends for a day named after it: at a word that opens another clause
        (a subordinator, `maar`, an `en` between two finite verbs), at `;` or `:`, and at a comma, bracket or quote
        that opens a stretch of its own, one with a finite verb (`(de dag ervoor reed hij niet)`) or, where `timed`
        is given, a day with a time of its own (`, zondag om 12.00 uur`). A stretch with neither often names the
        time's day (`begint om 20.45 uur (zondag 9 mei)`, `Om 15.00 uur begint de markt, zondag 9 mei`), and the
        bracket closing an aside the time stands in goes back to its clause (`De finale (aftrap 20.45 uur) is op
        zondag 9 mei`)."""
        window, words = self._window(start, end)
        stop = next((b_start for b_start, _, _ in self._breaks(window) if b_start >= end), window[1])
        aside = self._aside_opening(start) is not None
        at = end
        while mark := _CLAUSE_PUNCT.search(self.text, at, stop):
            at = mark.end()
            if aside and mark.group() == ")":
                aside = False
                continue
            following = _CLAUSE_PUNCT.search(self.text, at, stop)
            hi = following.start() if following else stop
            if mark.group() in ";:" or self._has_verb(words, at, hi) or (timed is not None and timed(at, hi)):
                return mark.start()
        return stop

    def _has_verb(self, words: list[tuple[int, int, str, str]], lo: int, hi: int) -> bool:
        """Whether text[lo:hi] holds a finite verb, listed or known by its shape before its subject."""
        first, last = bisect.bisect_left(words, (lo,)), bisect.bisect_left(words, (hi,))
        return any(words[i][2] in _FINITE or self._shaped_verb(words, i) for i in range(first, last))

    def habit(self, start: int, end: int) -> Habit:
        """What the clause around text[start:end] says of its time recurring: its words read once, for each question
        the engine asks of one expression (a habit? only a condition? a day every year?)."""
        clause = self._clause_words(start, end)
        opening = self._aside_opening(start)
        if opening is not None and not self._aside_verb(opening):  # a bare aside shares the habit of its clause
            clause += self._clause_words(opening, opening)[1:]
        unfixed = self._without_descriptions(clause)
        for phrase in self.data.not_habitual:  # normaal gesproken: as expected this once, not as a rule
            unfixed = unfixed.replace(f" {phrase} ", " ")
        return Habit(self.data, clause, frozenset(cue for cue in self._habit_words if f" {cue} " in unfixed))

    def _aside_opening(self, start: int) -> int | None:
        """Where the bracket opens that text[start] stands in within its sentence (`Zondag zijn er normaal vier
        duels (13.30 en 16.00 uur)`: the times are the clause's), None outside brackets."""
        lo = max(self._sentence(start)[0], start - SENTENCE_REACH)  # no further than the window: linear time
        opening, closing = self.text.rfind("(", lo, start), self.text.rfind(")", lo, start)
        return opening if opening > closing else None

    def _aside_verb(self, opening: int) -> bool:
        """Whether the aside in brackets opening at `opening` has a finite verb of its own: then it tells its own
        happening (`De raad komt wekelijks bijeen (de volgende vergadering is op 3 mei)`), not its clause's times."""
        sentence, words = self._window(opening, opening)
        close = self.text.find(")", opening, sentence[1])
        close = sentence[1] if close < 0 else close
        return any(kind in _FINITE for w_start, _, kind, _ in words if opening < w_start < close)

    def _without_descriptions(self, clause: str) -> str:
        """The clause less the habit words that describe rather than repeat: one after a determiner before its noun
        (het dagelijks onderhoud, een meestal zwakke wind), and `meestal` after `het` and a copula (Zaterdag blijft
        het meestal regenachtig: mostly, not usually)."""
        words = clause.split()
        return " " + " ".join(word for i, word in enumerate(words) if not self._describes(words, i)) + " "

    def _describes(self, words: list[str], i: int) -> bool:
        """True when words[i] is a habit word that describes (an adjective, an adverb inside a preposition's phrase,
        or `meestal` of how most is); any other word, that of a phrase too (`met vaste prik`), is kept."""
        data, word = self.data, words[i]
        if (word in data.adjective_habits or word in data.mostly) and self._after_determiner(words, i):
            return True
        if i and words[i - 1] in data.phrase_leads and word in self._habit_words and word not in data.quantifiers:
            return True
        return word in data.mostly and any(_holds(words[:i], subject) for subject in data.mostly_subjects)

    def _after_determiner(self, words: list[str], i: int) -> bool:
        """True when words[i] follows a determiner: `het` counts only opening the clause or after a preposition."""
        lead = words[i - 1] if i > 0 else ""
        if lead in self.data.article_leads:
            return i == 1 or words[i - 2] in self.data.article_prepositions
        return lead in self.data.adjective_leads

    @cached_property
    def _habit_words(self) -> frozenset[str]:
        return frozenset((*self.data.habitual, *self.data.conditions, *self.data.yearly_habitual))

    def _clause_words(self, start: int, end: int) -> str:
        """The lower-case words of the clause around text[start:end], between spaces."""
        sentence, words = self._window(start, end)
        lo, hi = self._clause(start, end, sentence, words)
        return " " + " ".join(word for w_start, w_end, _, word in words if lo <= w_start and w_end <= hi) + " "

    def state_or_past(self, start: int, end: int) -> bool:
        """Whether the clause of text[start:end] tells its past only by a perfect that may as well tell a state: one of
        `state_auxiliaries` with a closure's word (`state_participles`: `De stations zijn zondag afgesloten`, closed
        then or closed that day to come), no other participle, and no past form in its sentence (`werd`, `won`)."""
        sentence, words = self._window(start, end)
        lo, hi = self._clause(start, end, sentence, words)
        kinds = [(kind, word) for w_start, w_end, kind, word in words if lo <= w_start and w_end <= hi]
        stated = any(kind == "perfect" and word in self.data.state_auxiliaries for kind, word in kinds)
        clause = self._clause_words(start, end)
        closed = any(f" {phrase} " in clause for phrase in self.data.state_participles)
        # one participle only (`afgesloten geweest` is a past), and no past in the sentence (`... en werd het verkeer
        # omgeleid`, `omdat een vrachtwagen brandde`)
        single = sum(kind == "participle" for kind, _ in kinds) <= 1
        return stated and closed and single and all(kind != "past" for _, _, kind, _ in words)

    def negated(self, start: int) -> bool:
        """True when the words right before an expression, or before its preposition, deny it (not at 7); a word
        left out of its extent (`niet om ongeveer 8 uur`) stands between them."""
        before = as_listed(self.text[max(0, start - 60) : start], self.data.code).split()  # zo’n: zo'n; géén: geen
        rough = next((words for words in self.data.outside if before[-len(words) :] == list(words)), ())
        before = before[: len(before) - len(rough)]
        if before and before[-1] in self.data.negation_preps:
            before = before[:-1]
        return any(before[-len(cue) :] == list(cue) for cue in self.data.negation)

    def _participle_of(self, words: list[tuple[int, int, str, str]], at: int) -> int | None:
        """Where the participle of the perfect auxiliary words[at] stands, None without one: a participle (or a listed
        past that is one too, `besloten`; not another past, `is de man die kwam thuis`, nor a form known only by a
        weak past's shape, which plural nouns have too: `zijn er markten`) in its clause with no other auxiliary
        between them (`Thanksgiving is een feestdag waarop dank wordt gezegd`: gezegd is wordt's; `De Dag van de
        Leraar, ook zo genoemd, is een dag`: genoemd is in a clause of its own), or an infinitive that stands for one
        before another infinitive (`heeft laten weten`). `words` is a run of its sentence's words with none left out:
        the sentence is scanned once per auxiliary, and a participle counts where it stands in the run."""
        for found in self._participles_around(words[at][0]):
            if found is not None and words[0][0] <= found <= words[-1][0]:
                return bisect.bisect_left(words, (found,))
        return None

    def _participles_around(self, offset: int) -> tuple[int | None, int | None]:
        """The offsets of the participle before and after the auxiliary at `offset` in its sentence."""
        if offset not in self._participles:
            sentence = self._sentence(offset)
            words = self._classified(sentence)
            back, ahead = self._participles_beside(words, bisect.bisect_left(words, (offset,)))
            self._participles[offset] = (
                None if back is None else words[back][0],
                None if ahead is None else words[ahead][0],
            )
        return self._participles[offset]

    def _participle_from(self, words: list[tuple[int, int, str, str]], at: int) -> int | None:
        """`_participle_of` for words of a sentence with clauses left out (`_beside`): scanned in those words."""
        back, ahead = self._participles_beside(words, at)
        return back if back is not None else ahead

    def _participles_beside(self, words: list[tuple[int, int, str, str]], at: int) -> tuple[int | None, int | None]:
        """The participle of the auxiliary words[at] before it and after it, the clause split where its sentence's
        words split it: one scan each way, each reading the splits within its reach only (a long line holds many
        auxiliaries, and all its splits for each made it quadratic)."""
        reach = self.data.participle_reach
        lo, hi = words[max(0, at - reach)][0], words[min(len(words) - 1, at + reach)][1]
        breaks = frozenset(b_start for b_start, _, _ in self._breaks((lo, hi)))
        return self._participle_scan(words, at, -1, breaks), self._participle_scan(words, at, 1, breaks)

    def _participle_scan(
        self, words: list[tuple[int, int, str, str]], at: int, step: int, breaks: frozenset[int]
    ) -> int | None:
        """The participle of the auxiliary words[at] in one direction: up to punctuation, another auxiliary or a
        word that splits the clause. Ahead, a possessive `zijn` before a word of no verb's kind is passed over with
        that word (`heeft hij zijn moeder bezocht`, `heeft hij zijn gestolen fiets`): Dutch puts no second auxiliary
        there before its noun. At most `participle_reach` words: a sentence with no punctuation and no verb the lists
        know would else be scanned whole from each auxiliary."""
        auxiliaries = ("perfect", "present", "future")
        i = at
        while 0 <= i + step < len(words) and abs(i - at) < self.data.participle_reach:
            before, after = (words[i + step], words[i]) if step < 0 else (words[i], words[i + step])
            if _CLAUSE_PUNCT.search(self.text, before[1], after[0]):
                break
            i += step
            kind, word = words[i][2], words[i][3]
            if word in self.data.state_adjectives and words[at][3] in self.data.state_auxiliaries:
                break  # `De selectie is gekend`: known now, an adjective
            if kind == "participle" or self._double_infinitive(words, i):
                return i
            if kind == "past" and word in self.data.strong_participles:
                return i
            if step > 0 and self._possessive_ahead(words, i):
                i += 1  # its noun, or a participle before its noun (`zijn gestolen fiets`), is not the auxiliary's
                continue
            if kind in auxiliaries or words[i][0] in breaks:
                break
        return None

    def _possessive_ahead(self, words: list[tuple[int, int, str, str]], at: int) -> bool:
        """Whether words[at] is a possessive (`zijn`) before a word of its clause that is no finite verb (`zijn
        moeder`, `zijn gezin verlaten`: a noun of a participle's shape too): after an auxiliary, an infinitive `zijn`
        stands last in its clause, so one with a word after it is the possessive."""
        if words[at][3] not in self.data.possessives or at + 1 >= len(words):
            return False
        following = words[at + 1]
        return following[2] not in _FINITE and not _CLAUSE_PUNCT.search(self.text, words[at][1], following[0])

    def _double_infinitive(self, words: list[tuple[int, int, str, str]], at: int) -> bool:
        """Whether words[at] stands for a participle: one of those verbs right before another infinitive of its
        clause (`heeft zondag laten weten`, `dat hij het heeft kunnen zien`). Not after one: a plural noun has an
        infinitive's shape (`Jan en zijn vrienden komen zaterdag` tells no perfect)."""
        if words[at][3] not in self.data.double_infinitives or at + 1 >= len(words):
            return False
        _, end, _, _ = words[at]
        start, _, kind, word = words[at + 1]
        infinitive = self.data.infinitive.fullmatch(word) is not None or word in self.data.double_infinitives
        return not _CLAUSE_PUNCT.search(self.text, end, start) and infinitive and kind != "perfect"

    def _nearest(
        self, words: list[tuple[int, int, str, str]], start: int, end: int, one_clause: bool
    ) -> Tense | None:
        """The tense of the cue nearest the expression among `words`, those of `one_clause` or of its sentence."""
        outside = [w for w in words if w[1] <= start or w[0] >= end]
        # Beside an auxiliary, a past that doubles as a participle (besloten, vertrokken) is that participle: `wordt
        # uiterlijk 6 april besloten` is a present passive, `is vertrokken` a perfect.
        auxiliary = any(kind in ("perfect", "present", "future") for _, _, kind, _ in outside)
        # Beside a modal, a weak past plural the lists do not name is its infinitive: `kan zich donderdag melden`
        # (looked for only when such a form is there).
        modal: bool | None = None
        # A perfect auxiliary is a past tense with a participle of its own; an infinitive standing for that participle
        # (`heeft laten weten`, `heb kunnen slapen`) is no cue of its own.
        find = self._participle_of if one_clause else self._participle_from
        participles = {at: find(words, at) for at, word in enumerate(words) if word[2] == "perfect"}
        taken = {found for found in participles.values() if found is not None}
        # the infinitive after a verb of the double infinitive is that cluster's too (`heeft laten gaan`: no future)
        taken |= {found + 1 for found in taken if words[found][3] in self.data.double_infinitives}
        # a finite verb other than a perfect auxiliary: beside one in its clause, a `zijn` with no participle is a
        # possessive (in a sentence, that verb may be another clause's: `de winkels zijn dicht, meldde de gemeente`)
        simple = one_clause and any(kind in ("past", "present", "future") for _, _, kind, _ in outside)
        futures = self._futures_open(words)
        cues: list[tuple[int, Tense]] = []
        for at, (w_start, w_end, kind, word) in enumerate(words):
            if start < w_end and w_start < end:  # the expression's own words
                continue
            if at in taken and kind in ("present", "future"):
                continue
            if kind == "past" and auxiliary and word in self.data.strong_participles:
                continue
            if kind == "past" and self.data.infinitive.fullmatch(word) and word not in self.data.past:
                if modal is None:
                    modal = any(other in self.data.modals for _, _, _, other in outside)
                if modal:
                    continue
            if kind == "present" and self.data.infinitive.fullmatch(word) and futures[at]:
                continue  # `Dat zal een cross worden, midden in de herfstvakantie`: the future's infinitive
            if kind == "perfect" and participles[at] is None and word in self.data.possessives and simple:
                continue  # one finite verb to a clause: `legde al zijn verkeer stil` is a possessive, no present
            if kind == "perfect":
                cues.append((w_start, "past" if participles[at] is not None else "present"))
            elif kind in ("past", "future", "present"):
                cues.append((w_start, kind))  # type: ignore[arg-type]
        # nearest to the expression's near edge: a long one (`de nacht van vrijdag op zaterdag`) does not push the
        # verb after it away
        return min(cues, key=lambda cue: start - cue[0] if cue[0] < start else cue[0] - end)[1] if cues else None

    def _futures_open(self, words: list[tuple[int, int, str, str]]) -> list[bool]:
        """Per word, whether a future's auxiliary stands before it in its own clause: no word that opens another
        clause (`voor`, `dat`, `die`) between them (`Het zal even duren voor de scholen weer open kunnen`: kunnen is
        that clause's own present). One pass: a sentence may hold thousands of words."""
        data, found, open_ = self.data, [], False
        for _, _, kind, word in words:
            found.append(open_)
            if word in data.subordinators or word in data.relatives or word in data.future_breaks:
                open_ = False
            elif kind == "future":
                open_ = True
        return found

    def _present_form(self, words: list[tuple[int, int, str, str]], start: int, end: int) -> bool:
        """Whether a clause holds a present verb the lists do not name, by its form and place: a word in -t right after
        its subject pronoun (`zij bevalt in mei`), or right before its subject where a verb so placed stands, first in
        its clause or right after the expression (`, meldt het CBS dinsdag`, `Vandaag besteedt het programma`): a noun
        in -t before `de` or `een` stands elsewhere (`dat het kabinet een besluit zaterdag nam`)."""
        data = self.data
        for i, (w_start, w_end, kind, word) in enumerate(words):
            if not self._unlisted(kind, word):
                continue
            if w_start < end and start < w_end:
                continue
            if not data.present_shape.fullmatch(word):
                continue
            if i and words[i - 1][3] in data.present_subjects:
                return True
            inverted = i + 1 < len(words) and words[i + 1][3] in data.present_inverted
            first = i == 0 or (i == 1 and words[0][3] in data.subordinators)  # `Dat meldt de brandweer dinsdag`
            if inverted and (first or (words[i - 1][0] < end and start < words[i - 1][1])):
                return True
        return False

    def tense(self, start: int, end: int) -> Tense:
        """Past, present or future for the expression at text[start:end]."""
        return self.reading(start, end)[0]

    def reading(self, start: int, end: int) -> tuple[Tense, Evidence]:
        """The tense for the expression at text[start:end], and how it was read.

        A past-making cue right before it (since) wins (`lead`); otherwise the cue nearest to
        the expression in its clause (`clause`), else in its sentence (`sentence`); with no cue
        at all, present (`none`).
        """
        if self.after_past_lead(start):
            return "past", "lead"
        tense, evidence = self.clause_reading(start, end)
        if tense == "present" and self._after_aftermath(start):
            return "past", "lead"  # `Bewoners melden scheuren na de aardbeving van donderdagavond`
        return tense, evidence

    def _after_aftermath(self, start: int) -> bool:
        """Whether the expression ends a noun phrase after `na` (`na de aardbeving van donderdagavond`): in a clause
        told in the present, what came after it is told as now."""
        before = as_listed(self.text[max(0, start - 60) : start], self.data.code).split()[-4:]
        return (
            len(before) == 4
            and before[0] in self.data.aftermath_leads
            and before[1] in self.data.aftermath_nouns_open
            and before[3] in self.data.aftermath_links
        )

    def after_past_lead(self, start: int) -> bool:
        """Whether the word right before text[start] makes it past (`sinds`): also where a period starts."""
        before = self.text[max(0, start - 20) : start].split()
        return bool(before) and before[-1].lower() in self.data.past_leads

    def clause_reading(self, start: int, end: int) -> tuple[Tense, Evidence]:
        """The tense of the expression's clause or sentence, past any lead before it: `sinds` makes a date past, while
        its clause may tell the period as going on (`Sinds maart daalt de inflatie`) or as over (`... daalde ...`)."""
        sentence, words = self._window(start, end)
        lo, hi = self._clause(start, end, sentence, words)
        in_clause = [w for w in words if lo <= w[0] and w[1] <= hi]
        if second := self._second(in_clause, start, end):  # none when known by its shape only (`leden de troepen`)
            return second
        if self._joined_present(words, start):  # ... en speelt woensdag: not the past of the clause before
            return "present", "clause"
        if found := self._nearest(in_clause, start, end, True):
            return found, "clause"
        if self._present_form(in_clause, start, end):  # zij bevalt in mei: not the past of another clause
            return "present", "clause"
        if found := self._nearest(self._beside(sentence, lo, hi), start, end, False):
            return found, "sentence"
        return "present", "none"

    def _second(
        self, clause: list[tuple[int, int, str, str]], start: int, end: int
    ) -> tuple[Tense, Evidence] | None:
        """The tense of the finite verb right after an expression fronted in its clause (`En op zondag is de return`):
        in second place it is that clause's own verb. A verb the lists do not name, known by its shape before its
        subject (`Op 15 juli horen de leerlingen`), is read present with no evidence: an unlisted past plural has
        that shape too (`Op 5 mei leden de troepen`). None when another word stands before the expression (`de
        leerlingen horen op 15 juli`) or no such verb follows it."""
        data = self.data
        after = next((i for i, w in enumerate(clause) if w[0] >= end), None)
        if after is None:
            return None
        for _, w_end, _, word in clause[:after]:
            if w_end <= start and word not in data.fronting and not word.isdigit():
                return None
        kind = clause[after][2]
        if kind == "perfect":
            return ("present" if self._participle_of(clause, after) is None else "past"), "clause"
        if kind in _FINITE:
            return kind, "clause"  # type: ignore[return-value]
        if not (self._shaped_verb(clause, after) or self._second_by_shape(clause, after, start)):
            return None
        # In second place a form in -t is a present (a past singular ends in -de or -te, a listed strong past
        # decided above); a form in -en may be a past plural the lists do not name.
        return "present", ("clause" if self.data.present_shape.fullmatch(clause[after][3]) else "none")

    def _second_by_shape(self, clause: list[tuple[int, int, str, str]], after: int, start: int) -> bool:
        """Whether clause[after], right after an expression opening its sentence, is the finite verb by its shape
        alone (`Vrijdag wisselen opklaringen en wolkenvelden elkaar af`): Dutch puts that clause's verb second. Only
        in lower case (a live blog's stamp opens a line before a name, `01.01 Duiven`), only a present or plural shape
        (a participle or adjective does not stand there in a main clause: `Drukke avondspits verwacht`), not a word
        of that shape that is no verb (`Van 3 tot en met 9 juli`, `Zaterdag meteen na ...`), and not where a listed
        finite verb stands later in the clause: a clause has one, so that one is it (`Zaterdag meteen na de wedstrijd
        vertrokken de spelers`, `Zondag verkiezingen in Frankrijk die Macron won`), up to an `en`, which may open the
        next main clause when a finite verb follows it (`Op zondag trekt Anderlecht naar STVV en is er nog de topper`;
        not `Zondag wedstrijden en de club won`). A plural shape whose clause has no listed verb is no verb either
        where the clause after its comma or colon has one (`Zaterdag rellen in de stad: de politie greep in`): a
        verbless headline's noun, its verb in the next clause."""
        w_start, _, kind, word = clause[after]
        if _WORD.search(self.text, self._sentence(start)[0], clause[0][0]):  # another clause opens the sentence
            return False
        if not (self._unlisted(kind, word) and self.text[w_start].islower() and self._verb_shaped(word)):
            return False
        rest = clause[after + 1 :]
        for i, (_, _, kind, later) in enumerate(rest):
            if later in self.data.clause_joins and rest[i + 1 : i + 2] and rest[i + 1][2] in _FINITE:
                return True  # `en` opens a main clause of its own (`... en is er nog ...`)
            if self._listed_finite(kind, later):
                return False
        return bool(self.data.present_shape.fullmatch(word)) or not self._verb_after_mark(clause[-1][1], start)

    def _verb_after_mark(self, at: int, start: int) -> bool:
        """Whether the clause after the comma or colon that follows text[at] in its sentence holds a listed finite
        verb after its first word, or a past's shape right after it, in second place: a verb first tells the clause
        before it (`..., zei de weerman`). Only that one clause is read."""
        sentence, words = self._window(start, start)
        mark = _CLAUSE_PUNCT.search(self.text, at, sentence[1])
        if mark is None or mark.group() not in ",:" or _WORD.search(self.text, at, mark.start()):
            return False
        stop = _CLAUSE_PUNCT.search(self.text, mark.end(), sentence[1])
        hi = stop.start() if stop else sentence[1]
        first, last = bisect.bisect_left(words, (mark.end(),)), bisect.bisect_left(words, (hi,))
        if first + 1 < last and words[first + 1][2] == "past":
            return True  # a past's shape in second place is that clause's verb (`, toen speelden ze ook`)
        return any(self._listed_finite(kind, word) for _, _, kind, word in words[first + 1 : last])

    def _unlisted(self, kind: str, word: str) -> bool:
        """Whether a word may be a verb the lists do not name: no kind of its own (a be-/ver- present in -dt is
        shaped as a participle, `besteedt`) and not a word of a verb's shape that is none."""
        data = self.data
        return (not kind or (kind == "participle" and bool(data.present_dt.fullmatch(word)))) and (
            word not in data.not_present
        )

    def _verb_shaped(self, word: str) -> bool:
        """Whether a word has a finite verb's shape: a present in -t or a plural in -en."""
        return bool(self.data.present_shape.fullmatch(word) or self.data.infinitive.fullmatch(word))

    def _listed_finite(self, kind: str, word: str) -> bool:
        """Whether a word is a finite verb the lists name: not one known only by a weak past's shape, which plural
        nouns and inflected adjectives have too (`wolkenvelden`, `plaatselijk dichte mist`)."""
        return kind in _FINITE and (kind != "past" or word in self.data.past)

    def _shaped_verb(self, words: list[tuple[int, int, str, str]], at: int, relatives: bool = True) -> bool:
        """Whether words[at], a word the lists do not name, is a finite verb by its shape and place: a present or
        plural form right before its subject (`trekken er buien`, `spelen we`). Which tense is not known. Without
        `relatives`, not before a word that may open a relative clause: deep in a clause, a plural before `die` is
        as often a noun (`opgelegd aan mannen die de politie belaagden`)."""
        data, (_, _, kind, word) = self.data, words[at]
        if kind or word in data.not_present or not self._verb_shaped(word):
            return False
        following = words[at + 1][3] if at + 1 < len(words) else ""
        if not relatives and following in data.relatives:
            return False
        return following in data.present_inverted or following in data.clause_subjects

    def _verbs_end(self, words: list[tuple[int, int, str, str]], lo: int, hi: int) -> int:
        """Where a subordinate clause opening at `lo` ends, before `hi`: after the verbs that close it (`of ze
        geslaagd zijn`, `dat het feest op 5 mei zal plaatsvinden`), for the main clause may go on after them."""
        at = bisect.bisect_left(words, (lo,))
        while at < len(words) and words[at][0] < hi and words[at][2] not in _FINITE:
            at += 1
        if at == len(words) or words[at][0] >= hi:
            return hi
        while at + 1 < len(words) and words[at + 1][0] < hi and (
            words[at + 1][2] or self.data.infinitive.fullmatch(words[at + 1][3])
        ):
            at += 1
        return words[at][1]

    def _subordinate_spans(
        self, sentence: tuple[int, int]
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str, str]]]:
        """(start, end) of each subordinate clause of a sentence, from its subordinator to the verbs that close it
        (or the punctuation or next splitting word before them), and the sentence's words outside them: read once
        per sentence, however many expressions ask."""
        if sentence[0] not in self._spans:
            words, breaks = self._classified(sentence), self._breaks(sentence)
            spans: list[tuple[int, int]] = []
            for i, (b_start, b_end, subordinate) in enumerate(breaks):
                if subordinate:
                    close = breaks[i + 1][0] if i + 1 < len(breaks) else sentence[1]
                    stop = _CLAUSE_PUNCT.search(self.text, b_end, close)
                    spans.append((b_start, self._verbs_end(words, b_end, stop.start() if stop else close)))
            outside: list[tuple[int, int, str, str]] = []
            at = 0
            for a, b in spans:
                outside += words[at : bisect.bisect_left(words, (a,))]
                at = bisect.bisect_left(words, (b,))
            self._spans[sentence[0]] = spans, outside + words[at:]
        return self._spans[sentence[0]]

    def _beside(self, window: tuple[int, int], lo: int, hi: int) -> list[tuple[int, int, str, str]]:
        """The words of the sentence window less those of a subordinate clause other than the clause lo..hi: the verbs
        of `of ze geslaagd zijn` tell that clause's time, not the main clause's, wherever that clause opened."""
        sentence = self._sentence(window[0])
        spans, outside = self._subordinate_spans(sentence)
        words = self._classified(sentence)
        kept = spans[bisect.bisect_left(spans, (lo,)) : bisect.bisect_left(spans, (hi,))]
        found = outside[bisect.bisect_left(outside, (window[0],)) : bisect.bisect_left(outside, (window[1],))]
        for a, b in kept:
            a, b = max(a, window[0]), min(b, window[1])
            found += words[bisect.bisect_left(words, (a,)) : bisect.bisect_left(words, (b,))]
        return sorted(found) if kept else found


_FINITE = frozenset({"past", "future", "present", "perfect"})  # word kinds that are finite verbs


TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+)\s+([^\W\d_]+)\s*\Z")  # the two words right before a point
_THREE_AFTER = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+([^\W\d_]+))?")  # up to a mark
_SORTING_REACH = 48  # characters read either side of a year for its participle's phrase


def sorts_by_year(text: str, start: int, end: int, data: TenseData) -> bool:
    """Whether a date (text[start:end]) stands between a participle link and one of `sorting_participles`, its
    auxiliary maybe between, in a phrase that sorts people: opened by a relative pronoun (`wie in 1960 geboren is`,
    `de oudsten, die in 2004 zijn geboren`) or by an article before the noun the participle qualifies (`De in 1990
    geboren zanger`). Not where that article is a pronoun after a verb (`Volgens Blijdorp is het op 3 mei geboren`:
    no noun follows), nor in a clause telling the birth (`Zij is in 1990 geboren`). One rule for the tagger, which
    lends no year from such a date, and the events stage, which dates nothing by it."""
    before = TWO_WORDS_BEFORE.search(text, max(0, start - _SORTING_REACH), start)
    after = _THREE_AFTER.match(text, end, end + _SORTING_REACH)
    if before is None or after is None:
        return False
    opener, link = before.group(1).lower(), before.group(2).lower()
    if link not in data.sorting_links or opener not in data.sorting_relatives | data.sorting_articles:
        return False
    words = [word.lower() for word in after.groups() if word]
    auxiliary = int(bool(words) and words[0] in data.sorting_auxiliaries)
    if len(words) <= auxiliary or words[auxiliary] not in data.sorting_participles:
        return False
    rest = words[auxiliary + 1 :]
    return opener in data.sorting_relatives or (bool(rest) and rest[0] not in data.sorting_auxiliaries)


def word_kind(data: TenseData, word: str) -> str:
    """What a lower-case word says of tense: past, future, present, perfect, participle, or '' (no verb known)."""
    if word in data.past:
        return "past"
    if word in data.future:
        return "future"
    if word in data.present:
        return "present"
    if word in data.perfect:
        return "perfect"
    if word in data.strong_participles or (data.participle.fullmatch(word) and word not in data.not_participle):
        return "participle"
    if data.weak_past.fullmatch(word) and not data.not_weak_past.fullmatch(word):
        return "past"
    if _separable_past(data, word):
        return "past"
    return ""


def _separable_past(data: TenseData, word: str) -> bool:
    """Whether a word is a separable verb's past written whole, as it stands last in a subordinate clause (`toen de
    brand uitbrak`, `dat het vuur oversloeg`): a particle before a singular past of the list. A plural so spelled is
    as often a noun (`afspraken`, `uitgaven`), so only singulars count, and the plurals no particle makes a noun of
    (`die plaatsvonden`)."""
    if word in data.not_separable_past:
        return False
    return any(
        word[:n] in data.separable_particles
        and (
            (word[n:] in data.past and data.separable_base.fullmatch(word) is not None)
            or word[n:] in data.separable_plurals
        )
        for n in data.separable_lengths
    )


def _holds(words: list[str], phrase: tuple[str, ...]) -> bool:
    """True when `phrase` stands in `words`, word for word."""
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))
