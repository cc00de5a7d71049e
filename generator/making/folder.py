"""The site's sources as a plain folder of Markdown and files, which any static site builder can read.

The MkDocs plugin hands the same pages to MkDocs in memory; a builder without Kroniek's
plugin (Zensical) reads them from here. The folder holds, each over the one before:
the project's docs folder (its own pages and styles), Kroniek's docs extras the project
lacks, then the generated pages and the export files.
"""

from __future__ import annotations

import os
import shutil
from functools import partial
from pathlib import Path

from generator.errors import InputError
from generator.making import finished, render
from generator.making.output import SiteOutput


def write_folder(output: SiteOutput, docs_dir: Path, folder: Path, root: Path) -> None:
    """Write the pages and files of `output` and the docs extras into `folder`, emptied first (it is Kroniek's).

    Names starting with a dot in the docs folder are left out, as MkDocs leaves them out of a site. A
    symbolic link there is refused (`InputError`): the builder would read whatever it points to, and
    the docs folder may come from an outsider's pull request. Messages name paths relative to `root`.
    """
    remove(folder)
    if docs_dir.is_dir():
        shutil.copytree(docs_dir, folder, ignore=partial(_regular_files_only, root))
    shutil.copytree(render.DEFAULT_DOCS, folder, ignore=partial(_regular_files_only, root), dirs_exist_ok=True,
                    copy_function=lambda source, target: _copy_if_missing(Path(source), Path(target)))
    for path, text in output.pages.items():
        _write(folder / path, finished.as_markdown(text).encode("utf-8"))
    for path, data in output.files.items():
        _write(folder / path, data)


def remove(path: Path) -> None:
    """Remove what is at `path`, a folder Kroniek writes: a link or file is unlinked, never followed."""
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def _regular_files_only(root: Path, folder: str, names: list[str]) -> list[str]:
    """`copytree`'s filter: hidden names are left out, a symbolic link stops the copy with its name."""
    for name in names:
        if not name.startswith(".") and (Path(folder) / name).is_symlink():
            shown = os.path.relpath(Path(folder) / name, root)
            raise InputError(shown, "is a symbolic link; the docs folder may hold only regular files and folders "
                                    "for --builder zensical")
    return [name for name in names if name.startswith(".")]


def _copy_if_missing(source: Path, target: Path) -> None:
    if not target.exists() and not target.is_symlink():
        shutil.copy2(source, target)


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
