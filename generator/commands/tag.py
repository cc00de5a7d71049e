"""`kroniek tag`: print the temporal expressions of a text (or of JSON lines with --batch) as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from generator.errors import PAST_THE_CALENDAR, BadValue, InputError, fault


def _dct(text: str) -> str:
    """argparse type: a publication date of YYYY-MM-DD or YYYY-MM (a bad one is a usage error, exit 2)."""
    from generator.temporal import parse_dct

    try:
        parse_dct(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "tag",
        help="print the temporal expressions of a text as JSON",
        description="Tag the temporal expressions of FILE (or standard input) and print them as a JSON array.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="text to tag (default: standard input)")
    parser.add_argument("--dct", type=_dct, help="publication date, YYYY-MM-DD or YYYY-MM (default: unknown)")
    parser.add_argument("--lang", default="nl", help="language of the text (default: nl)")
    parser.add_argument(
        "--batch",
        action="store_true",
        help='read JSON lines {"id", "dct", "text"} from standard input; print one {"id", "timexes"} line each',
    )


def _as_json(timex: Any) -> dict[str, Any]:
    out = {"start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type, "value": timex.value}
    if timex.mod is not None:
        out["mod"] = timex.mod
    for key in ("review", "anchor", "mark"):
        if getattr(timex, key) is not None:
            out[key] = getattr(timex, key)
    return out


def _batch(lang: str) -> int:
    """Tag each line; a line that cannot be tagged is named on stderr and the others go on (exit 1 if any failed).

    One bad line among thousands (`morgen` told on 9999-12-31, broken JSON) should cost that line, not the rest.
    """
    failed = False
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            print(json.dumps(_batch_line(line, number, lang), ensure_ascii=False))
        except InputError as error:
            print(f"error: {error}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


def _batch_line(line: str, number: int, lang: str) -> dict[str, Any]:
    """One batch line's {"id", "timexes"}, or an InputError naming the line."""
    try:
        item = json.loads(line)
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError('expected an object with a "text" string')
    except ValueError as error:  # JSONDecodeError is a ValueError
        raise InputError("<stdin>", f"bad batch line: {error}", number) from error
    timexes = _tagged(item["text"], item.get("dct"), lang, "<stdin>", number, bad="bad batch line: ")
    return {"id": item.get("id"), "timexes": [_as_json(t) for t in timexes]}


def _tagged(
    text: str, dct: str | None, lang: str, place: str, line: int | None = None, bad: str = ""
) -> tuple[Any, ...]:
    """The text's expressions, or an InputError naming `place` (and `line`), as extract names the article: a bad
    value of the input (`bad` before its message), a date past the calendar's ends (`morgen` from 9999-12-31), or a
    fault of Kroniek's own, with no traceback."""
    from generator.temporal import tag

    try:
        return tag(text, dct, lang)
    except BadValue as error:  # a bad dct, a language with no data
        raise InputError(place, f"{bad}{error}", line) from error
    except OverflowError as error:
        raise InputError(place, PAST_THE_CALENDAR, line) from error
    except Exception as error:
        raise InputError(place, fault(error), line) from error


def run(args: argparse.Namespace) -> int:
    if args.batch:
        return _batch(args.lang)
    if args.file:  # read as an article is: a FIFO or /dev/zero is named, not waited for or read without end
        from generator.text.articles import decode, read_capped

        text = decode(read_capped(Path(args.file), args.file), args.file)
    else:
        text = sys.stdin.read()
    found = _tagged(text, args.dct, args.lang, args.file or "<stdin>")
    print(json.dumps([_as_json(t) for t in found], ensure_ascii=False, indent=2))
    return 0
