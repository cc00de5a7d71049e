"""The `kroniek` command: one subcommand per module in `generator.commands`.

Each command module has `register(subparsers)` and `run(args) -> int`. Modules
import their heavy dependencies inside `run`, so `kroniek tag` starts fast.
Exit codes: 0 success, 1 problems found in the input, 2 usage errors (argparse).
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from generator import __version__
from generator.errors import InputError

COMMANDS = ("init", "extract", "check", "review", "list", "build", "serve", "tag", "eval")


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, object]]:
    parser = argparse.ArgumentParser(
        prog="kroniek", description="Dutch news articles in, a searchable static timeline out."
    )
    parser.add_argument("--version", action="version", version=f"kroniek {__version__}")
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="project folder with seeds/, content/ and mkdocs.yml (default: .)"
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    modules = {}
    for name in COMMANDS:
        module = importlib.import_module(f"generator.commands.{name}")
        module.register(subparsers)
        modules[name] = module
    return parser, modules


def main(argv: list[str] | None = None) -> int:
    parser, modules = build_parser()
    args = parser.parse_args(argv)
    try:
        return modules[args.command].run(args)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`kroniek list | head`): stop quietly, as other Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


@dataclass
class _Ending:
    """How the command ends, once `main` has returned its code."""

    code: int | None = None

    def now(self) -> None:
        """The process ends here with `code`, its output flushed, without freeing its objects one by one.

        Registered before any other exit handler (`run`), it runs after all of them (child processes joined,
        temporary folders removed) and after Python has joined every thread. A build of 5,000 articles leaves
        millions of objects; tearing the interpreter down freed each of them and took about a second after the site
        was written (Instagram skips the same teardown of its servers so). Without a code (`main` raised) or with
        output that cannot be flushed, Python ends as it always does.
        """
        if self.code is None:
            return
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:
            return
        os._exit(self.code)


def run() -> None:
    """`kroniek` as a command (the console script): `main`, its code as the exit status.

    The fast ending is taken only where no exit handler came before it (a `sitecustomize`'s, a coverage hook's):
    one registered earlier would run after it, that is never."""
    ending = _Ending()
    registered = getattr(atexit, "_ncallbacks", None)  # CPython's count; elsewhere the usual ending
    if registered is not None and registered() == 0:
        atexit.register(ending.now)
    ending.code = main()
    sys.exit(ending.code)


if __name__ == "__main__":
    run()
