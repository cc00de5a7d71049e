"""Where a Kroniek project keeps its articles, YAML and site, and which files it may read.

Content files arrive by pull request, possibly from outsiders, and are built in CI
with the repository's token on disk (`.git/config`). So a content file's `file:`
may only name a regular file inside `seeds/`, reached without a symbolic link, and
every name Kroniek turns into a URL is of a small safe set.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from generator.errors import InputError
from generator.lang import DEFAULT_LANGUAGE
from generator.lang.messages import Messages, messages
from generator.support.cache import Cache, digest
from generator.support.zones import unknown_zone

# A content file's name becomes a page's URL and an edit link: what every file system and URL takes as it is.
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
SAFE_NAME_RULE = "letters a-z and A-Z, digits, '.', '_' and '-', starting with a letter or digit"
# One part of an article's path is only read and shown as text: letters of any script too, and spaces.
SAFE_ARTICLE_PART = re.compile(r"(?!\.{1,2}\Z)[\w .,()+-]+")
SAFE_ARTICLE_RULE = "letters, digits, spaces and '.', ',', '_', '-', '+', '(' and ')'"


PLUGIN = "kroniek"  # the plugin's name in mkdocs.yml


class _ConfigSafeLoader(yaml.SafeLoader):
    """YAML as mkdocs.yml writes it: MkDocs' own tags (`!ENV`, `!!python/name:`) read as nothing, never run."""


_ConfigSafeLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def plugin_option(mkdocs_yml: Path, name: str, invalid: Callable[[Any], str | None]) -> Any:
    """An option of the kroniek plugin in mkdocs.yml (None when unset); an `InputError` when `invalid` says why not."""
    try:
        text = mkdocs_yml.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(mkdocs_yml.name, f"cannot read it: {error}") from None
    try:
        config = yaml.load(text, Loader=_ConfigSafeLoader) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InputError(mkdocs_yml.name, f"not valid YAML: {getattr(error, 'problem', error)}",
                         mark.line + 1 if mark else None) from None
    plugins = config.get("plugins") if isinstance(config, dict) else None
    entries = plugins.items() if isinstance(plugins, dict) else (
        next(iter(item.items())) for item in plugins or () if isinstance(item, dict) and len(item) == 1
    )
    options = next((options for key, options in entries if key == PLUGIN), None)
    value = options.get(name) if isinstance(options, dict) else None
    reason = None if value is None else invalid(value)
    if reason:
        line = next((n for n, row in enumerate(text.splitlines(), 1) if row.strip().startswith(f"{name}:")), None)
        raise InputError(mkdocs_yml.name, f"the {PLUGIN} plugin's '{name}': {reason}", line)
    return value


class UnsafePath(ValueError):
    """A file name Kroniek will not read or link to; the message says why, for an editor."""


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def mkdocs_yml(self) -> Path:
        return self.root / "mkdocs.yml"

    @cached_property
    def timezone(self) -> str | None:
        """The project's own time zone, where its sources' clock times are unless they say otherwise: the
        `timezone` option of the kroniek plugin in mkdocs.yml, None without one (times are then as written).

        Read as plain YAML (MkDocs is not needed to list or review); a name that is no zone is an `InputError`.
        """
        return plugin_option(self.mkdocs_yml, "timezone", unknown_zone)

    @cached_property
    def cache(self) -> Cache:
        """The project's `.kroniek-cache/`, with the hashes of the files read through it in this process."""
        return Cache(self.root)

    @cached_property
    def language(self) -> str:
        """The site's language, mkdocs.yml's `theme: language:` (Kroniek's own without one): the site speaks it,
        and so do the messages editors read from `check` and `review`."""
        return site_language(self.mkdocs_yml)

    @cached_property
    def messages(self) -> Messages:
        """What editors are told, in the site's language; ValueError when Kroniek has no messages in it."""
        return messages(self.language)

    @cached_property
    def _resolved_root(self) -> Path:
        return self.root.resolve()

    def article_path(self, file: str) -> Path:
        """The article a content file's `file:` names, if it is a regular file inside `seeds/`.

        Checked part by part with `lstat`, so a symbolic link anywhere on the way,
        `..`, an absolute path, a FIFO or a device is refused before anything is
        opened; FileNotFoundError when the file is simply missing.
        """
        parts = file.split("/")
        if parts[0] != self.seeds_dir.name or len(parts) < 2:
            raise UnsafePath(f"an article must be a file inside {self.seeds_dir.name}/, such as "
                             f"'{self.seeds_dir.name}/artikel.txt' (found '{file}')")
        for part in parts[1:]:
            if not SAFE_ARTICLE_PART.fullmatch(part):
                raise UnsafePath(f"an article's path may hold only {SAFE_ARTICLE_RULE} in each part; rename the file")
        path = self.root
        for index, part in enumerate(parts):
            path, shown = path / part, "/".join(parts[: index + 1])
            try:
                mode = os.lstat(path).st_mode
            except FileNotFoundError:
                raise
            except OSError as error:
                raise UnsafePath(error.strerror or str(error)) from None
            if stat.S_ISLNK(mode):
                raise UnsafePath(f"'{shown}' is a symbolic link; Kroniek reads only regular files "
                                 f"inside {self.seeds_dir.name}/: copy the article there instead")
            last = index == len(parts) - 1
            if (last and not stat.S_ISREG(mode)) or (not last and not stat.S_ISDIR(mode)):
                raise UnsafePath(f"'{shown}' is not a regular file; 'file:' names an article file "
                                 f"inside {self.seeds_dir.name}/")
        return path

    def readable_article(self, file: str) -> Path | None:
        """`article_path`, or None when the article is missing or may not be read (check names why)."""
        try:
            return self.article_path(file)
        except (FileNotFoundError, UnsafePath):
            return None

    def article_digest(self, file: str) -> str:
        """The hash of the article `file:` names, as cache keys hold it; of "missing" when it may not be read."""
        path = self.readable_article(file)
        return self.cache.file_digest(path) if path else digest(None)

    def relative(self, path: Path) -> str:
        """A path as shown to people and stored in YAML: relative to the root when inside it.

        The folders on the way are resolved, the last part is not: a symbolic link is
        named as itself, and where it points is never shown.
        """
        folder, name = os.path.split(path)
        inside = self._folders.get(folder)
        if inside is None:  # a build names thousands of files in a few folders: each folder is resolved once
            resolved = Path(folder or ".").resolve()
            inside = resolved.relative_to(self._resolved_root).as_posix() if resolved.is_relative_to(
                self._resolved_root) else ""
            self._folders[folder] = inside
        if not inside:
            return Path(path).as_posix()
        return name if inside == "." else f"{inside}/{name}"

    @cached_property
    def _folders(self) -> dict[str, str]:
        """Folders as given → relative to the root, "." for the root itself, "" for a folder outside it."""
        return {}


def site_language(mkdocs_yml: Path) -> str:
    """The `theme: language:` of a mkdocs.yml; Kroniek's own language when it names none or cannot be read.

    The plugin, which speaks the same language, says what is wrong with such a file when the site is built.
    """
    try:
        config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_ConfigSafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return DEFAULT_LANGUAGE
    theme = config.get("theme") if isinstance(config, dict) else None
    language = theme.get("language") if isinstance(theme, dict) else None
    return language if isinstance(language, str) else DEFAULT_LANGUAGE
