"""Where a Kroniek project keeps its articles, YAML and site."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from generator.support.cache import Cache


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
    def cache(self) -> Cache:
        """The project's `.kroniek-cache/`, with the hashes of the files read through it in this process."""
        return Cache(self.root)

    @cached_property
    def _resolved_root(self) -> Path:
        return self.root.resolve()

    def relative(self, path: Path) -> str:
        """A path as shown to people and stored in YAML: relative to the root when inside it."""
        try:
            return path.resolve().relative_to(self._resolved_root).as_posix()
        except ValueError:
            return path.as_posix()
