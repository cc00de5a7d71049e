"""The grammar's second step: combine neighbouring expressions into larger ones until nothing more combines.

The atoms found by the patterns are partial descriptions of a time (a weekday, a day of a
month, a year, a clock time, a part of day); their fields are constraints, so two that
describe one time combine by taking both sets of constraints, as Duckling's rules intersect
time predicates. Which kinds combine, and what words may stand between them, is language
data (the `combine` section of `lang/<code>/temporal.yaml`); what each operation does is here:

- `join`: one expression with the fields of both (a day of a month + a relative year, a weekday + a part of day);
- `range`, `list`: two expressions that each take what they lack from the other (the first end of "from 5 to
  6 pm" takes the afternoon, "5 and 6 January" the month); a bare number (a latent atom) becomes the other
  end's kind;
- `count`: a counted period before a day, counted from it at the period's granularity ("two days after today");
- `shift`: a day followed by a counted period, moved by it and still a day ("Tuesday in a week");
- `day_of_month`: a weekday followed by a bare number, its day of the month ("Sunday 2, Monday 3 March");
- `clock_of_day`: a day or part of day and a bare number after a preposition, its hour ("tonight at 7");
- `bound_clock`, `clock_during`: a day and a clock time across a word that keeps them two expressions ("tonight
  before 8", "half past four during New Year's night"): the time takes the day and its half of the clock;
- `hours`: two bare numbers after "from" or "between", both hours ("from 9 to 11");
- `absorb`: a day that is part of what the expression before it already says (the weekend of the 23rd and 24th);
- `add`: a length followed by a length in a smaller unit, one length ("two hours and fifteen minutes");
- `nth_after`: an n-th weekday before "after" and a day, counted from that day ("the third Tuesday after Christmas").

Latent atoms (bare numbers, an n-th day that needs its month) that combine with nothing are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.temporal.patterns import Atom

Fields = Mapping[str, Any]

# What makes a day: any of these (a weekday, a day of the month, a day relative to another, a holiday).
DAY_KEYS = frozenset({"dom", "weekday", "day", "easter", "nth_weekday"})
YEAR_KEYS = ("year", "short_year", "year_shift", "year_near")
_SMALL_HOURS = ("MO", "NI")  # parts of day whose hours may follow an evening's in a range (van 10 tot 2 uur 's nachts)
_CLOCK_UNITS = ("H", "MIN", "S")  # a length in hours or less counts from a time, not from a day
# What a length may add after each unit (2 uur en 15 minuten, twee jaar en zes maanden), and how many of it make one
# of the larger: a part is below that (drie jaar en 240 uur taakstraf are two lengths, not one).
_NEXT_UNITS = {
    "Y": {"M": 12}, "M": {"W": 5, "D": 31}, "W": {"D": 7}, "D": {"H": 24}, "H": {"MIN": 60}, "MIN": {"S": 60}
}
_PLAIN_LENGTH = frozenset({"duration", "num", "unit", "plural"})  # a counted length, nothing else said of it
# What the end of a range or list may take from the other end, by what it is.
_CALENDAR_CONTEXT = ("month", "month_shift", *YEAR_KEYS)
_DAY_CONTEXT = (*DAY_KEYS, "nth", "sunday_shift", "tensed_night", "anaphoric", "shift", "unit", *_CALENDAR_CONTEXT)


KINDS = frozenset(
    {"number", "ref", "set", "duration", "offset", "time", "clock", "day", "pod", "month", "season", "decade",
     "week", "year", "other"}
)


def kind(fields: Fields) -> str:
    """What an expression is, for the grammar's rules: its kind from its fields (language-neutral)."""
    if "number" in fields:
        return "number"
    if "ref" in fields:
        return "ref"
    if fields.get("set"):
        return "set"
    if fields.get("duration"):
        return "duration"
    if "count_unit" not in fields and "num" in fields and "sign" in fields:
        return "year" if fields.get("unit") == "Y" else "offset"  # dat jaar, een jaar eerder: a year
    has_day = any(key in fields for key in DAY_KEYS) or fields.get("nth_unit") == "D"
    if "hour" in fields:
        return "time" if has_day or "month" in fields else "clock"
    if has_day:
        return "day"
    if "pod" in fields:
        return "pod"
    if "month" in fields or "month_shift" in fields or (fields.get("unit") == "M" and "shift" in fields):
        return "month"
    if "season" in fields or "quarter" in fields or "quarter_shift" in fields:
        return "season"
    if "decade" in fields:
        return "decade"
    if fields.get("unit") in ("W", "WE") or fields.get("nth_unit") == "W" or "period" in fields or "isoweek" in fields:
        return "week"
    if any(key in fields for key in YEAR_KEYS) or fields.get("unit") == "Y":
        return "year"
    return "other"


@dataclass(frozen=True)
class Combination:
    """One rule of the language data: two kinds, what may stand between them, and what they make."""

    left: frozenset[str]
    right: frozenset[str]
    gap: Any  # a compiled regex matched against the whole text between the two
    op: str  # join, range, list, count, shift
    sign: int = 1  # count and shift: forwards (na, over) or backwards (voor)
    set: Mapping[str, Any] | None = None  # fields added to a join's result
    left_needs: frozenset[str] = frozenset()  # the left one must have one of these fields (a day in the year: month)
    right_needs: frozenset[str] = frozenset()  # the right one must have one of these fields (a date: dom)

    def applies(self, left: Atom, right: Atom, text: str) -> bool:
        """True when the words between two atoms of the rule's kinds fit it (the kinds are looked up first)."""
        return (
            (not self.left_needs or not self.left_needs.isdisjoint(left.fields))
            and (not self.right_needs or not self.right_needs.isdisjoint(right.fields))
            and "\n" not in text[left.end : right.start]  # a dateline and the next line are not one expression
            and self.gap.fullmatch(text, left.end, right.start) is not None
        )


def _agree(left: Fields, right: Fields) -> bool:
    """Two sets of constraints can describe one time: no field has two different values."""
    return all(left[key] == right[key] for key in left.keys() & right.keys())


def _join(left: Atom, right: Atom, extra: Mapping[str, Any] | None) -> Atom | None:
    if not _agree(left.fields, right.fields):
        return None
    joined = {**left.fields, **right.fields, **(extra or {})}
    joined.pop("latent", None)  # a latent part is kept once it is part of something larger
    if "hour" in joined and any(kind(side.fields) == "pod" and "mod" in side.fields for side in (left, right)):
        joined.pop("mod")  # om acht uur halverwege de avond: the clock time says when, the part's mod is no bound on it
    return Atom(left.start, right.end, joined)


def _as_other_end(number: int, other: Fields) -> dict[str, Any] | None:
    """A bare number read as the finest numeric part of the other end: its hour, or its day of the month."""
    if other.get("duration") and "unit" in other:  # binnen 3 tot 6 dagen
        return {"duration": True, "num": number, "unit": other["unit"]}
    if "hour" in other and 0 <= number <= 24:
        return {"hour": number}
    if "dom" in other and 1 <= number <= 31:
        return {"dom": number}
    return None


def _hours(fields: Fields, afternoon: bool = False) -> float:
    """Roughly when a clock time is, in hours since midnight (in the afternoon, if asked, when it could be)."""
    hour = int(fields["hour"]) - (0.5 if fields.get("half") else 0)
    if hour < 12 and (afternoon or fields.get("pod") in ("AF", "EV")):
        hour += 12
    return hour


def _lacking(receiver: Fields, giver: Fields, first: bool) -> dict[str, Any]:
    """What one end of a range or list takes from the other: the context it does not state itself.

    A clock time takes the other end's half of the day only when the range still runs forwards:
    from 5 to 6 in the afternoon is 17-18, from half past seven to 16.00 in the afternoon stays 7.30. A first end
    after a second in the night or morning is the evening before it (from 10 to 2 at night is 22-02), and an end
    on a day of its own other than the other end's keeps its own half (from 4 today to 5 in the afternoon tomorrow).
    """
    if "hour" in receiver:
        keys: tuple[str, ...] = ()
        own_day = any(key in receiver for key in (*DAY_KEYS, "month"))
        if not own_day:
            keys = _DAY_CONTEXT
        other_day = (
            own_day
            and not DAY_KEYS.isdisjoint(giver)
            and any(receiver.get(key) != giver.get(key) for key in DAY_KEYS)
        )
        taken: dict[str, Any] = {}
        halves = "pod" not in receiver and "pod" in giver and "hour" in giver and int(receiver["hour"]) <= 12
        if halves and not other_day:
            as_afternoon = _hours(receiver, afternoon=True)
            if (_hours(giver) >= as_afternoon) if first else (as_afternoon >= _hours(giver)):
                keys = (*keys, "pod", "pod_adverb")
            elif first and giver["pod"] in _SMALL_HOURS and _hours(receiver) > _hours(giver):
                taken = {"pod": "EV"}  # van 10 tot 2 uur 's nachts: the evening before the night
        return {**{key: giver[key] for key in keys if key in giver and key not in receiver}, **taken}
    if "dom" in receiver and "month" not in receiver and "month_shift" not in receiver:
        return {key: giver[key] for key in _CALENDAR_CONTEXT if key in giver}
    if "month" in receiver and not any(key in receiver for key in YEAR_KEYS):
        return {key: giver[key] for key in YEAR_KEYS if key in giver}
    if kind(receiver) == "pod":  # this morning and afternoon: the afternoon of the same day
        return {key: giver[key] for key in _DAY_CONTEXT if key in giver}
    return {}


def _forwards(taken: dict[str, Any], receiver: Fields, giver: Fields, first: bool) -> dict[str, Any]:
    """A range runs forwards: an end that takes its year from the other end across the turn of a year is a year
    apart from it ("from November to February 2024" starts in November 2023, "from 28 December 2023 to 3 January"
    ends in 2024)."""
    if "month" not in receiver or "month" not in giver or receiver["month"] == giver["month"]:
        return taken
    step = -1 if first else 1
    if (int(receiver["month"]) > int(giver["month"])) != first:
        return taken
    for key in ("year", "year_shift"):
        if key in taken:
            taken = {**taken, key: int(taken[key]) + step}
    return taken


def _share(left: Atom, right: Atom, ranged: bool = False) -> tuple[Atom, Atom] | None:
    """The two ends of a range or list, each with what it lacks taken from the other; None if nothing changes.

    Being one end of a range also confirms a latent end (a clock time written without `uur`: 16.00 - 18.30).
    """
    lf, rf = dict(left.fields), dict(right.fields)
    # van tien uur tot twaalf uur, tussen 19 en 21 uur: a range of clock times, one end written as a length (after
    # van or tussen a bare first end is an hour, as N uur is after them)
    clocks = [ranged and ("hour" in other or (other.get("paired") and "number" in other)) for other in (rf, lf)]
    for this, other, as_clock in ((lf, rf, clocks[0]), (rf, lf, clocks[1])):
        if this.get("duration") and as_clock and (hour := _hour_said(this)) is not None:
            this.clear()
            this.update({"hour": hour}, **({"spoken": True} if other.get("spoken") else {}))
    for this, other in ((lf, rf), (rf, lf)):
        if "number" in this:
            read = _as_other_end(int(this["number"]), other)
            if read is None:
                return None
            del this["number"]
            this.update(read)
    for this, other, first in ((lf, rf, True), (rf, lf, False)):
        taken = _lacking(this, other, first)
        if ranged:
            taken = _forwards(taken, this, other, first)
        this.update(taken)
        if this.get("latent") and (taken or kind(this) == kind(other)):
            del this["latent"]  # it took its context from the other end, or is one of two alike (16.00 - 18.30)
    if lf == left.fields and rf == right.fields:
        return None
    return Atom(left.start, left.end, lf), Atom(right.start, right.end, rf)


def _counted(period: Fields, day: Fields, sign: int, shift: bool) -> dict[str, Any] | None:
    if "num" not in period or period.get("unit") in (None, *_CLOCK_UNITS):  # 3 minuten vanaf vandaag: two
        return None
    prefix = "shift" if shift else "count"
    sign = period.get("sign", sign)  # "in a week" says its own direction
    part = {"pod": period["pod"]} if "pod" in period else {}  # the evening before: a part of the day counted to
    return {**day, **part, f"{prefix}_num": period["num"], f"{prefix}_unit": period["unit"], f"{prefix}_sign": sign}


def _hour_said(fields: Fields) -> int | None:
    """The hour a bare number or a plain `N uur` (read as a length) says, if it can be one: a whole one
    (`anderhalf uur` is a length only)."""
    hours = fields.get("unit") == "H" and not fields.keys() & {"plural", "approx", "seconds", "span"}
    number = float(fields["number"] if "number" in fields else fields["num"] if hours else -1)
    return int(number) if number.is_integer() and 0 <= number <= 24 else None


def _bound_clock(left: Atom, right: Atom) -> tuple[Atom, Atom] | None:
    """A day and a clock time across a bound (`vanavond voor 8`, `zaterdag tot 10 uur`): the time takes the day,
    and the day's part of day says its half of the clock; a bare number is an hour only after a part of day."""
    fields = dict(right.fields)
    if "hour" not in fields:
        hour = _hour_said(fields)
        if hour is None or ("number" in fields and "pod" not in left.fields):
            return None
        fields = {"hour": hour}
    taken = {key: left.fields[key] for key in _DAY_CONTEXT if key in left.fields and key not in fields}
    if not taken:
        return None
    if "pod" in left.fields and "pod" not in fields:
        taken["pod"] = left.fields["pod"]
    fields.update(taken)
    fields.pop("latent", None)
    return left, Atom(right.start, right.end, fields)


def _added(left: Fields, right: Fields) -> dict[str, Any] | None:
    """A length and a smaller one after it (`twee jaar en zes maanden`) as one length: the further parts, largest
    first, are kept in `parts`. None when either is not a counted length, or the second is not a part of the next
    smaller unit below one of the first's."""
    if not right.keys() <= _PLAIN_LENGTH or "num" not in right or left.keys() & {"set", "sign"}:
        return None
    if "num" not in left and left.get("plural"):  # de komende dagen: how many is not said
        return None
    parts = left.get("parts", ())
    last = parts[-1][1] if parts else left["unit"]
    below = _NEXT_UNITS.get(last, {}).get(right["unit"])
    if below is None or not 0 < float(right["num"]) < below:
        return None
    return {"num": 1, **left, "parts": (*parts, (right["num"], right["unit"]))}


def _apply(rule: Combination, left: Atom, right: Atom) -> tuple[Atom, ...] | None:
    if rule.op == "add":  # 2 uur en 15 minuten: one length
        added = _added(left.fields, right.fields)
        return (Atom(left.start, right.end, added),) if added else None
    if rule.op == "join":
        joined = _join(left, right, rule.set)
        return (joined,) if joined else None
    if rule.op in ("range", "list"):
        return _share(left, right, ranged=rule.op == "range")
    if rule.op == "absorb":  # the weekend of the 23rd and 24th: the second day is part of what the first made
        if left.fields.get("period") != "WE" or "dom" not in left.fields:
            return None
        return (Atom(left.start, right.end, left.fields),)
    if rule.op == "hours":  # van 9 tot 11: both bare numbers are hours
        first, second = int(left.fields["number"]), int(right.fields["number"])
        if not left.fields.get("paired") or not (0 <= first <= 24 and 0 <= second <= 24):
            return None
        said = [{"spoken": True} if end.fields.get("spoken") else {} for end in (left, right)]  # van negen tot vijf
        return (
            Atom(left.start, left.end, {"hour": first, **said[0]}),
            Atom(right.start, right.end, {"hour": second, **said[1]}),
        )
    if rule.op == "clock_of_day":  # a day and a bare number after om, or N uur right after it: its hour
        number = _hour_said(right.fields)
        if "hour" in left.fields or number is None:
            return None
        return (Atom(left.start, right.end, {**left.fields, "hour": number}),)
    if rule.op == "night_before":  # de nacht op 4 mei: the night of the day before; any other part of day is on it
        if left.fields.get("pod") != "NI" or "day" in right.fields or "hour" in right.fields:
            return None
        joined = _join(left, right, {"day": -1})
        return (joined,) if joined else None
    if rule.op == "bound_clock":  # vanavond voor 8: two expressions, the time on the day and in its half of the clock
        return _bound_clock(left, right)
    if rule.op == "clock_during":  # half vijf tijdens oudjaarsnacht: as bound_clock, the time told first
        made = _bound_clock(right, left)
        return (made[1], made[0]) if made else None
    if rule.op == "day_of_month":  # a weekday and a bare number: the number is its day of the month
        number = int(right.fields["number"])
        if left.fields.keys() & {"dom", "year", "nth", "nth_unit"} or not 1 <= number <= 31:
            return None
        fields = {**left.fields, "dom": number}
        if fields.get("unit") == "M" and "shift" in fields:  # deze maand van 4: the 4th of this month
            fields = {key: value for key, value in fields.items() if key not in ("unit", "shift")}
            fields["month_shift"] = left.fields["shift"]
        # kept only when a list or range gives it a month; with its weekday it finds its month by itself (the
        # nearest month whose day of that number is that weekday)
        if "month" not in fields and "month_shift" not in fields and "weekday" not in fields:
            fields["latent"] = True
        if "weekday" not in left.fields:  # a month and a day of it after van, op: two expressions, as TIMEX3 has them
            return left, Atom(right.start, right.end, fields)
        return (Atom(left.start, right.end, fields),)
    if rule.op == "nth_after":  # the third Tuesday after Christmas: the n-th such weekday after that day
        nth = left.fields
        own_month = nth.keys() & {"month", "year", "dom", "month_shift"}  # de eerste vrijdag van juli is no count
        if "nth_weekday" not in nth or own_month:
            return None
        after = {"after_nth": nth["nth"], "after_weekday": nth["nth_weekday"]}
        return (Atom(left.start, right.end, {**right.fields, **after}),)
    if rule.op == "count":  # left is the period, right the day (or month, year) it is counted from
        coarse = {"month": ("M", "Y"), "year": ("Y",)}.get(kind(right.fields))
        if coarse and left.fields.get("unit") not in coarse:  # twee weken na maart: finer than what it counts from
            return None
        fields = _counted(left.fields, right.fields, rule.sign, shift=False)
    else:  # shift: left is the day, right the period
        fields = _counted(right.fields, left.fields, rule.sign, shift=True)
    return (Atom(left.start, right.end, fields),) if fields else None


def combine(atoms: Sequence[Atom], text: str, rules: Sequence[Combination]) -> list[Atom]:
    """Apply the rules to neighbouring atoms, the first fitting rule per pair, until nothing changes.

    Every application either joins two atoms into one or fills absent fields, so it ends.
    """
    joins = _by_kinds(rule for rule in rules if rule.op not in _SHARING)
    shares = _by_kinds(rule for rule in rules if rule.op in _SHARING)
    current = list(atoms)
    kinds = [kind(atom.fields) for atom in current]  # kept beside the atoms, in step with them
    while _pass(current, kinds, text, joins) | _share_both_ways(current, kinds, text, shares):
        pass
    return [atom for atom in current if "number" not in atom.fields and not atom.fields.get("latent")]


_SHARING = ("range", "list")
Index = dict[tuple[str, str], list[Combination]]


def _by_kinds(rules: Iterable[Combination]) -> Index:
    """The rules for each pair of kinds, in data order: a pair of atoms is tried only against its own."""
    index: Index = {}
    for rule in rules:
        for left in rule.left:
            for right in rule.right:
                index.setdefault((left, right), []).append(rule)
    return index


def _share_both_ways(current: list[Atom], kinds: list[str], text: str, rules: Index) -> bool:
    """Ends of ranges and lists share right to left, then left to right: what a list's last item says
    (its month) reaches the first in one sweep, not one item per pass (quadratic on a hostile list)."""
    changed = False
    for i in range(len(current) - 2, -1, -1):
        changed |= _apply_first(current, kinds, i, text, rules) is not None
    return _pass(current, kinds, text, rules) | changed


def _apply_first(current: list[Atom], kinds: list[str], i: int, text: str, rules: Index) -> tuple[Atom, ...] | None:
    """Apply the first fitting rule to the pair at i, in place; what it made, or None."""
    left, right = current[i], current[i + 1]
    candidates = rules.get((kinds[i], kinds[i + 1]), ())
    made = next(
        (out for rule in candidates if rule.applies(left, right, text) and (out := _apply(rule, left, right))),
        None,
    )
    if made is not None:
        current[i : i + 2] = made
        kinds[i : i + 2] = [kind(atom.fields) for atom in made]
    return made


def _pass(current: list[Atom], kinds: list[str], text: str, rules: Index) -> bool:
    """Apply the rules to each neighbouring pair until none applies (in place); True if anything changed.

    Joins come before sharing, so that each end of a range is whole before the ends share
    (17:00 of tomorrow is one end before the other end takes its day).
    """
    changed = False
    i = 0
    while i + 1 < len(current):
        made = _apply_first(current, kinds, i, text, rules)
        if made is None or len(made) == 2:
            i += 1
        changed |= made is not None
    return changed
