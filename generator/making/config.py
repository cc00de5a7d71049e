"""What Kroniek takes from a project's `mkdocs.yml`, read without MkDocs, for any builder.

The MkDocs plugin gets these values from MkDocs' own configuration; a build by another
builder (Zensical) reads them here from the same file: the kroniek plugin's options,
the theme's language, where edit links point, where the docs extras and the site are.
What both builders hand the theme (`theme_extra`) and the public site's navigation
(`without_page`) are made here once.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from babel.core import get_global

from generator.errors import InputError
from generator.lang.words import site_words
from generator.making import render
from generator.support.zones import unknown_zone

# The picture link previews show (Open Graph, Twitter cards): the kroniek plugin's `image`, a path in the site.
DEFAULT_IMAGE = "assets/kroniek-card.png"
# Material theme overrides Kroniek adds to every build, file by file under the project's own of the same name:
# the repository link that asks no API, link previews and the feed (`main.html`), the 404 page.
THEME = "theme"
DEFAULT_THEME = render.DEFAULT_TEMPLATES / THEME


def theme_dirs(root: Path) -> list[Path]:
    """The folders of theme overrides, the project's `site_templates/theme/` before Kroniek's own."""
    own = root / render.PROJECT_TEMPLATES / THEME
    return [folder for folder in (own, DEFAULT_THEME) if folder.is_dir()]


def theme_extra(
    language: str, site_name: str, site_url: str | None, image: str, *, search_worker: bool
) -> dict[str, object]:
    """What Kroniek's theme templates need to know (`config.extra.kroniek`): the link previews' picture and locale,
    the Atom feed, the 404 page's words, and whether search goes through Kroniek's worker (MkDocs' Material only)."""
    words = site_words(language)
    image = render.url_path(image)
    return {
        "image": (site_url.rstrip("/") + "/" + image) if site_url else image,
        "feed": render.FEED,
        "feed_title": words.labels["feed_title"].format(site=site_name),
        "locale": _territorial(words.locale),
        "not_found_title": str(words.page["not_found_title"]),
        "not_found_text": str(words.page["not_found_text"]),  # trusted HTML from the package's data
        "search_worker": search_worker,
    }


def _territorial(locale: str) -> str:
    """`nl_NL` for `nl`: Open Graph names a locale with its territory, the likeliest one when none is given."""
    parsed = Locale.parse(locale)
    if not parsed.territory:
        parsed = Locale.parse(get_global("likely_subtags").get(parsed.language, parsed.language))
    return f"{parsed.language}_{parsed.territory}" if parsed.territory else parsed.language


def without_page(nav: list | None, page: str) -> list | None:
    """The navigation without the entries that open `page`: the public site has no editors' page."""
    if nav is None:
        return None
    kept = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) and len(item) == 1 else item
        if value == page:
            continue
        if isinstance(value, list):
            item = {next(iter(item)): without_page(value, page)}
        kept.append(item)
    return kept


def edit_base(repo_url: str | None, edit_uri: str | None) -> str | None:
    """Where `edit_uri` points, so an event's edit link can open its content file."""
    if not edit_uri:
        return None
    if edit_uri.startswith(("http://", "https://")) or not repo_url:
        return edit_uri
    return repo_url.rstrip("/") + "/" + edit_uri.lstrip("/")


@dataclass(frozen=True)
class Settings:
    """The project's site settings as the kroniek plugin would see them."""

    config: Mapping[str, Any]  # mkdocs.yml as read, `!ENV` resolved
    language: str
    edit_base: str | None
    split_threshold: int
    jobs: int
    docs_dir: Path
    site_dir: Path
    timezone: str | None = None  # the project's own time zone
    editors: bool = False  # the editors' view (a build's default is the public site)
    source_text: str = render.DEFAULT_SOURCE_TEXT
    image: str = DEFAULT_IMAGE
    site_url: str | None = None
    site_name: str = "Kroniek"


class _EnvSafeLoader(yaml.SafeLoader):
    """mkdocs.yml as MkDocs reads it, minus Python: `!ENV` is resolved, any other tag is refused by name."""


def _environment(loader: _EnvSafeLoader, node: yaml.Node) -> Any:
    """`!ENV NAME` or `!ENV [NAME, …, default]`: the first variable set, as YAML would read its value."""
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        items = [loader.construct_object(child) for child in node.value]
        names, default = items[:-1], items[-1] if len(items) > 1 else None
    for name in names:
        if name in os.environ:
            return yaml.safe_load(os.environ[name])
    return default


_EnvSafeLoader.add_constructor("!ENV", _environment)


def read_settings(mkdocs_yml: Path, name: str) -> Settings:
    """The settings in `mkdocs_yml` (shown as `name` in messages); an `InputError` with the line if unusable."""
    try:
        config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_EnvSafeLoader)
    except OSError as error:
        raise InputError(name, f"cannot read it: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = " ".join(str(getattr(error, "problem", None) or error).split())
        line = mark.line + 1 if mark else None
        raise InputError(name, f"not YAML another builder can read: {problem}", line) from None
    if not isinstance(config, dict):
        raise InputError(name, "must be a mapping of settings")
    options = kroniek_options(config)
    if options is None:
        raise InputError(name, "does not list the kroniek plugin")
    if config.get("use_directory_urls") is False:
        raise InputError(name, "the pages link to each other for 'use_directory_urls: true'; keep it on")
    theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
    root = mkdocs_yml.parent
    timezone = options.get("timezone")
    if timezone is not None and (reason := unknown_zone(timezone)):
        raise InputError(name, f"the kroniek plugin's 'timezone': {reason}")
    source_text = options.get("source_text", render.DEFAULT_SOURCE_TEXT)
    if source_text not in render.SOURCE_TEXT:
        raise InputError(name, f"the kroniek plugin's 'source_text' must be one of {', '.join(render.SOURCE_TEXT)}")
    editors, image = options.get("editors") or False, options.get("image", DEFAULT_IMAGE)
    if not isinstance(editors, bool) or not isinstance(image, str):
        raise InputError(name, "the kroniek plugin's 'editors' must be true or false, its 'image' a path")
    return Settings(
        config=config,
        language=str(theme.get("language") or "en"),
        edit_base=edit_base(config.get("repo_url"), config.get("edit_uri")),
        split_threshold=_number(options, "split_threshold", render.SPLIT_THRESHOLD, name),
        jobs=_number(options, "jobs", 0, name),
        docs_dir=root / str(config.get("docs_dir") or "docs"),
        site_dir=root / str(config.get("site_dir") or "site"),
        timezone=timezone,
        editors=editors,
        source_text=source_text,
        image=image,
        site_url=str(config["site_url"]) if config.get("site_url") else None,
        site_name=str(config.get("site_name") or "Kroniek"),
    )


def kroniek_options(config: Mapping[str, Any]) -> dict[str, Any] | None:
    """The options of the `kroniek` entry under `plugins` (empty when it has none), or None when it is not there."""
    plugins = config.get("plugins") or []
    entries = plugins.items() if isinstance(plugins, dict) else (
        next(iter(entry.items())) if isinstance(entry, dict) else (entry, None) for entry in plugins
    )
    for plugin, options in entries:
        if plugin == "kroniek":
            return options if isinstance(options, dict) else {}
    return None


def _number(options: Mapping[str, Any], key: str, default: int, name: str) -> int:
    value = options.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InputError(name, f"the kroniek plugin's '{key}' must be a whole number of 0 or more")
    return value
