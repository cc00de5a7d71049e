"""`kroniek serve`: MkDocs' live preview of the editors' view, reloading when content/ or seeds/ change.

It serves MkDocs' dirty builds: a save makes and renders again only the pages made of what
changed (the kroniek plugin tells MkDocs which those are); a change to mkdocs.yml, or a page
added or gone, renders all of them.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="preview the site in the editors' view, rebuilding when content/ or seeds/ change",
        description="Serve the site with MkDocs' live-reloading server; edited articles are extracted again "
        "and edited content/ is checked on every rebuild. Prints the address to open.",
    )
    parser.add_argument("--dev-addr", default="127.0.0.1:8000", help="address and port (default: 127.0.0.1:8000)")


def run(args: argparse.Namespace) -> int:
    from generator.project import Project

    project = Project(args.root)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.serve import serve

    _show_mkdocs_progress()
    logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_warning)
    serve(config_file=str(project.mkdocs_yml), dev_addr=args.dev_addr, livereload=True, build_type="dirty")
    return 0


def _show_mkdocs_progress() -> None:
    """What `mkdocs serve` prints, on standard error: the address it serves on (with the path of `site_url`),
    each rebuild and its warnings. Nothing else sets up logging in `kroniek`, so without this the
    address would never be shown."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    """MkDocs warns at every dirty build that links may go stale: the plugin renders what they depend on."""
    return "'dirty' build" not in record.getMessage()
