"""Build the site with Zensical, Material for MkDocs' successor, from the folder of Markdown Kroniek writes.

Zensical reads mkdocs.yml but runs no MkDocs plugin, so Kroniek writes its pages into
`.kroniek-build/docs/` first and gives Zensical a configuration of its own beside it
(`.kroniek-build/zensical.yml`): the project's mkdocs.yml with that folder as `docs_dir`,
Material's look (`theme.variant: classic`), Kroniek's theme overrides and what they need to
know (`extra.kroniek`), and no edit button in the page header, whose link Zensical would make
from the page's path in that folder, not from the content file an editor changes (the events'
own edit links, in the editors' view, still point there). The public site's navigation has
no editors' page. Zensical searches with its own worker and index (`search.json`): Kroniek's
search worker and its index loaded on the first query are for Material for MkDocs' lunr search,
so the theme is told to leave the search worker as it is.
Zensical runs as a child process: its Rust core keeps state per process.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from generator.errors import InputError, printable
from generator.making import render
from generator.making.config import Settings, theme_dirs, theme_extra, without_page
from generator.making.folder import remove

BUILD = ".kroniek-build"  # inside the project: Zensical wants docs_dir and site_dir below its configuration
HEADER_EDIT_FEATURES = ("content.action.edit", "content.action.view")


def available() -> bool:
    return importlib.util.find_spec("zensical") is not None


def work_folder(root: Path) -> Path:
    """`root/.kroniek-build/`, made if missing; refused if it is a link or a file, which a pull request could
    commit to have Kroniek write, or delete, elsewhere."""
    work = root / BUILD
    if work.is_symlink() or (work.exists() and not work.is_dir()):
        raise InputError(BUILD, "is not a folder Kroniek made (a symbolic link or a file); remove it")
    work.mkdir(exist_ok=True)
    return work


def build(root: Path, settings: Settings, name: str, target: Path) -> None:
    """Build `root`'s site from `root/.kroniek-build/docs/` into `target`, an empty folder that is replaced.

    `name` is how messages name the project's mkdocs.yml.
    """
    work = work_folder(root)
    theme = work / "theme"
    _theme_folder(root, settings, name, theme)
    extra = theme_extra(settings.language, settings.site_name, settings.site_url, settings.image, search_worker=False)
    config = zensical_config(settings.config, name, editors=settings.editors, kroniek=extra)
    config_file = work / "zensical.yml"
    remove(config_file)
    config_file.write_text(
        "# Written by `kroniek build --builder zensical` from mkdocs.yml, on every build: edit mkdocs.yml.\n"
        + yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    built = work / "site"
    remove(built)
    done = subprocess.run(
        [sys.executable, "-m", "zensical", "build", "--config-file", str(config_file)],
        cwd=work, capture_output=True, text=True, check=False,
    )
    if done.returncode != 0 or not (built / "index.html").is_file():
        said = (done.stderr + done.stdout).strip().splitlines()
        for line in said:
            print(printable(f"zensical: {line}"), file=sys.stderr)
        last = said[-1] if said else "no output"
        raise InputError(name, f"Zensical could not build the site (exit {done.returncode}): {printable(last)}")
    target.rmdir()
    shutil.move(built, target)


def zensical_config(
    config: Mapping[str, Any], name: str, *, editors: bool = False, kroniek: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """mkdocs.yml as Zensical should read it for a site built from `.kroniek-build/`: the editors' view or the
    public site (no editors' page in the navigation), `kroniek` what Kroniek's theme templates need to know."""
    if "INHERIT" in config:
        raise InputError(name, "INHERIT is not supported with --builder zensical; write the settings out")
    theme = dict(config.get("theme") or {}) if not isinstance(config.get("theme"), str) else {"name": config["theme"]}
    theme.setdefault("variant", "classic")  # Material for MkDocs' look; Zensical's own is "modern"
    theme["custom_dir"] = "theme"
    theme["features"] = [f for f in theme.get("features") or [] if f not in HEADER_EDIT_FEATURES]
    made = {
        **config,
        "docs_dir": "docs",
        "site_dir": "site",
        "theme": theme,
        "plugins": _without_kroniek(config.get("plugins") or []),
        "extra": {**(config.get("extra") or {}), "kroniek": dict(kroniek or {})},
    }
    if not editors and isinstance(config.get("nav"), list):
        made["nav"] = without_page(config["nav"], render.REVIEW_PAGE)
    return made


def _without_kroniek(plugins: list[Any] | dict[str, Any]) -> list[Any] | dict[str, Any]:
    """The plugins of mkdocs.yml (a list, or a mapping of name to options) less Kroniek's: its work is done."""
    if isinstance(plugins, dict):
        return {name: options for name, options in plugins.items() if name != "kroniek"}
    return [entry for entry in plugins if (next(iter(entry)) if isinstance(entry, dict) else entry) != "kroniek"]


def _theme_folder(root: Path, settings: Settings, name: str, folder: Path) -> None:
    """One folder of theme overrides, as Zensical takes one `custom_dir`: Kroniek's, then the project's
    `site_templates/theme/`, then the mkdocs.yml's own `custom_dir`, each file over the one before."""
    remove(folder)
    folder.mkdir()
    configured = settings.config.get("theme")
    custom = configured.get("custom_dir") if isinstance(configured, dict) else None
    layers = [*reversed(theme_dirs(root))]
    if custom:
        own = root / str(custom)
        if not own.is_dir():
            raise InputError(name, f"theme custom_dir '{custom}' is not a folder")
        layers.append(own)
    for layer in layers:
        shutil.copytree(layer, folder, symlinks=True, dirs_exist_ok=True)
