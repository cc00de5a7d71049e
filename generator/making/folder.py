"""The site's sources as a plain folder of Markdown and files, which any static site builder can read.

The MkDocs plugin hands the same pages to MkDocs in memory; a builder without Kroniek's
plugin (Zensical) reads them from here. The folder holds, each over the one before:
the project's docs folder (its own pages and styles), Kroniek's docs extras the project
lacks, then the generated pages and the export files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.making import render
from generator.making.output import SiteOutput


def write_folder(output: SiteOutput, docs_dir: Path, folder: Path) -> None:
    """Write the pages and files of `output` and the docs extras into `folder`, emptied first (it is Kroniek's).

    Names starting with a dot in the docs folder are left out, as MkDocs leaves them out of a site;
    symbolic links are copied as links, so a link is read by the builder as MkDocs would read it.
    """
    if folder.is_dir() and not folder.is_symlink():
        shutil.rmtree(folder)
    hidden = shutil.ignore_patterns(".*")
    if docs_dir.is_dir():
        shutil.copytree(docs_dir, folder, symlinks=True, ignore=hidden)
    shutil.copytree(render.DEFAULT_DOCS, folder, symlinks=True, ignore=hidden, dirs_exist_ok=True,
                    copy_function=lambda source, target: _copy_if_missing(Path(source), Path(target)))
    for path, text in output.pages.items():
        _write(folder / path, text.encode("utf-8"))
    for path, data in output.files.items():
        _write(folder / path, data)


def _copy_if_missing(source: Path, target: Path) -> None:
    if not target.exists() and not target.is_symlink():
        shutil.copy2(source, target)


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_symlink():  # a generated page replaces a link of its name; it never writes through it
        target.unlink()
    target.write_bytes(data)
