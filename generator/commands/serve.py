"""`kroniek serve`: MkDocs' live preview, reloading when content/ or seeds/ change."""

from __future__ import annotations

import argparse
import os


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="preview the site, rebuilding when content/ or seeds/ change",
        description="Serve the site with MkDocs' live-reloading server; edited articles are extracted again "
        "and edited content/ is checked on every rebuild.",
    )
    parser.add_argument("--dev-addr", default="127.0.0.1:8000", help="address and port (default: 127.0.0.1:8000)")


def run(args: argparse.Namespace) -> int:
    from generator.project import Project

    project = Project(args.root)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.serve import serve

    serve(config_file=str(project.mkdocs_yml), dev_addr=args.dev_addr, livereload=True)
    return 0
