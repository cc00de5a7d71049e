"""The `kroniek` command: one subcommand per module in `generator.commands`.

Each command module has `register(subparsers)` and `run(args) -> int`. Modules
import their heavy dependencies inside `run`, so `kroniek tag` starts fast.
Exit codes: 0 success, 1 problems found in the input, 2 usage errors (argparse).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
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


if __name__ == "__main__":
    sys.exit(main())
