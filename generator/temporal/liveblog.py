"""A live blog's lines: the day a line stamp (`12.40 uur:`) is written on, read from the stamps and day lines above
it, not from what the prose between them tells of. Only the text decides, so a blog's order is worked out once."""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from generator.model import Timex
from generator.temporal.combine import kind
from generator.temporal.nights import DAWN, carried, day_of, newest_first_day
from generator.temporal.patterns import Atom
from generator.temporal.resolve import Known
from generator.temporal.values import PARTS_OF_DAY


def opens_line(text: str, span: Atom | Timex) -> bool:
    """Whether an expression stands at the start of a line of `text`: where a blog writes its stamps."""
    return text[max(0, span.start - 1) : span.start] in ("", "\n")


def alone_on_line(text: str, span: Atom | Timex) -> bool:
    """Whether an expression is its line: a day line (`ZATERDAG 17 JULI`), a stamp written alone (`00.10`)."""
    return opens_line(text, span) and text[span.end : span.end + 1] in ("", "\n")


class LiveBlog:
    """The line stamps of one text and its atoms, looking at most `reach` expressions back or ahead; remembers, per
    day line, whether the blog under it runs newest first."""

    def __init__(self, text: str, atoms: tuple[Atom, ...], reach: int):
        self._text, self._atoms, self._reach = text, atoms, reach
        self._starts = [atom.start for atom in atoms]
        self._orders: dict[int, bool] = {}  # whether the blog under the day line at an offset runs newest first

    def day_stamped(self, found: list[Timex], evenings: Mapping[str, Known], atom: Atom) -> Known | None:
        """The day of the last line stamp before a clock time opening a line: a time opening its line (`14.42 uur:`,
        a byline's `09u06`) or a day line (`_day_line`). A line is written on the day of the lines stamped before
        it, not on one its prose told of (`Zondag wordt bekend gemaakt …`, then `12.40 uur:`). Under a day line whose
        blog runs newest first into the night (`_newest_first`) the day goes back at each midnight
        (`newest_first_day`); else forward (`carried`). None when no line before it was stamped with a day."""
        for earlier in found[: -self._reach - 1 : -1]:
            if not opens_line(self._text, earlier) or earlier.mark is not None:
                continue
            day_line = self._day_line(earlier)
            if (day_line or earlier.type == "TIME") and (day := day_of(earlier.value)):
                line = earlier if day_line else self._last_day_line(found)
                if day.date and line is not None and self._newest_first(line):
                    return newest_first_day(day.date, None if day_line else earlier.value, atom.fields)
                return carried(day, earlier.value, atom.fields, evenings)
        return None

    def _day_line(self, timex: Timex) -> bool:
        """Whether an expression found is a day line: a date that is its line, not prose opening with a date
        (`Vrijdag wordt de uitslag officieel.`)."""
        return timex.type == "DATE" and alone_on_line(self._text, timex)

    def _last_day_line(self, found: list[Timex]) -> Timex | None:
        """The last day line found within `reach` expressions: the one the stamps below it are written under."""
        return next((earlier for earlier in found[: -self._reach - 1 : -1] if self._day_line(earlier)), None)

    def _line_stamp(self, atom: Atom) -> bool:
        """Whether an atom is a live blog's line stamp: a clock time with its minutes opening its line, at an hour of
        the day (`00.10 uur:`, `23.40`), not a midnight (`Middernacht is voorbij.`) nor a length (`3 uur was …`)."""
        fields = atom.fields
        clock = kind(fields) == "clock" and "minute" in fields and int(fields["hour"]) < 24
        return clock and opens_line(self._text, atom)

    def _newest_first(self, line: Timex) -> bool:
        """Whether the live blog under a day line runs newest first into the night, decided once for all its
        stamps: its first line stamps are a run before dawn, each no later than the one above it (`00.06 uur:`,
        `00.02 uur:`), and the stamp right below the run is at the night's hours before midnight (`23.39 uur:`), or
        in the evening below a run of two or more (`01.15`, `00.20`, `20.30`), before another day line or a stamp
        naming its own day. Prose between them (an entry's next paragraph, `Middernacht is voorbij.`) is no stamp.
        That blog's day line names the evening the night follows. Looks at most `reach` expressions ahead, once
        a day line (every stamp under it asks; only the text decides)."""
        if line.start not in self._orders:
            self._orders[line.start] = self._runs_newest_first(line.start)
        return self._orders[line.start]

    def _runs_newest_first(self, line_start: int) -> bool:
        """`_newest_first` worked out for the day line at `line_start`."""
        at = bisect.bisect_right(self._starts, line_start)
        above: tuple[int, int] | None = None  # the last stamp of the run, hour and minute
        fell = False  # whether the run has two stamps or more: then any evening below it will do
        for following in self._atoms[at : at + self._reach]:
            if not self._line_stamp(following):
                if alone_on_line(self._text, following) or kind(following.fields) == "time":
                    return False  # a day line, or a stamp with a day of its own
                continue
            stamp = (int(following.fields["hour"]), int(following.fields["minute"]))
            if stamp[0] >= DAWN:
                return above is not None and stamp[0] >= PARTS_OF_DAY["EV" if fell else "NI"][0]
            if above is not None and stamp > above:
                return False  # a night told oldest first (01.00, then 03.00)
            fell, above = above is not None, stamp
        return False
