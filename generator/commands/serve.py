"""`kroniek serve`: MkDocs' live preview, reloading when content/ or seeds/ change."""

from __future__ import annotations

import argparse
import os


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="preview the site, rebuilding when content/ or seeds/ change",
        description="Extract, then serve the site with MkDocs' live-reloading server.",
    )
    parser.add_argument("--dev-addr", default="127.0.0.1:8000", help="address and port (default: 127.0.0.1:8000)")


def run(args: argparse.Namespace) -> int:
    from generator.commands.extract import report_outcome
    from generator.pipeline import extract
    from generator.project import Project

    project = Project(args.root)
    report_outcome(extract(project))
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.serve import serve

    serve(config_file=str(project.mkdocs_yml), dev_addr=args.dev_addr, livereload=True)
    return 0
