"""The files `kroniek init` writes, and the placeholders in them that a newsroom must replace.

The project's `requirements.txt` gets one line more: how to install the Kroniek that wrote it,
as pip recorded it (PEP 610), so the project's workflows install the same Kroniek.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

import yaml

from generator.errors import InputError

TEMPLATE = resources.files("generator.starter") / "project"
DOT = "dot-"
WHEELS = "wheels"  # where a project keeps the wheel its workflows install, when Kroniek came from a wheel file
# What each placeholder of the template's mkdocs.yml should become.
PLACEHOLDERS = {
    "site_url": "the address the site is published at, e.g. https://<owner>.github.io/<repository>/",
    "repo_url": "the newsroom's repository, which the edit links and the header point to",
}


def template_files(folder: Traversable = TEMPLATE, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    """Each file of the template as (its path in a new project, the packaged file), in a stable order."""
    for entry in sorted(folder.iterdir(), key=lambda entry: entry.name):
        name = "." + entry.name[len(DOT) :] if entry.name.startswith(DOT) else entry.name
        if entry.is_dir():
            yield from template_files(entry, f"{prefix}{name}/")
        elif not entry.name.endswith((".pyc", ".pyo")):
            yield prefix + name, entry


def new_project(target: Path) -> tuple[list[str], Requirement]:
    """Write a new project into `target` (created if missing); the paths written, relative to it, and the
    requirement its requirements.txt names.

    Refuses, before writing anything, when `target` is a file or already holds a file of the template:
    nothing a newsroom has is ever overwritten.
    """
    if target.exists() and not target.is_dir():
        raise InputError(str(target), "is a file; kroniek init writes a new project into a folder")
    requirement = kroniek_requirement()
    files: dict[str, Traversable | Path] = dict(template_files())
    if requirement.wheel is not None:
        files[f"{WHEELS}/{requirement.wheel.name}"] = requirement.wheel
    taken = sorted(path for path in files if (target / path).exists() or (target / path).is_symlink())
    if taken:
        listing = ", ".join(taken)
        raise InputError(str(target), f"already has {listing}; kroniek init never overwrites a file: "
                                      "choose an empty or new folder, or move these away")
    for path, source in files.items():
        destination = target / path
        destination.parent.mkdir(parents=True, exist_ok=True)
        data = source.read_bytes()
        if path == "requirements.txt":
            data += f"{requirement.line}\n".encode()
        with destination.open("xb") as stream:  # exclusive: a file that appeared meanwhile is not overwritten
            stream.write(data)
    return list(files), requirement


class Requirement(NamedTuple):
    line: str  # the line of requirements.txt
    wheel: Path | None  # the wheel file to copy into the project's wheels/
    reinstallable: bool  # False when pip recorded a folder (a checkout), which no workflow can install from


def kroniek_requirement() -> Requirement:
    """What installs this Kroniek again, from pip's record of the install (`direct_url.json`, PEP 610).

    A Git checkout by its commit, a wheel by its URL or, for a local wheel file, by its copy in
    the project's `wheels/`; installed from a package index, by version. Installed from a folder
    (an editable checkout) there is no such address: the version, marked not reinstallable.
    """
    distribution = metadata.distribution("kroniek")
    by_version = f"kroniek=={distribution.version}"
    recorded = distribution.read_text("direct_url.json")
    if not recorded:
        return Requirement(by_version, None, True)
    origin = json.loads(recorded)
    url = origin.get("url", "")
    if vcs := origin.get("vcs_info"):
        return Requirement(f"kroniek @ {vcs['vcs']}+{url}@{vcs['commit_id']}", None, True)
    if "archive_info" in origin:
        parts = urlsplit(url)
        if parts.scheme != "file":
            return Requirement(f"kroniek @ {url}", None, True)
        wheel = Path(unquote(parts.path))
        if wheel.suffix == ".whl" and wheel.is_file():
            return Requirement(f"./{WHEELS}/{wheel.name}", wheel, True)
    return Requirement(by_version, None, False)


def placeholders_left(mkdocs_yml: Path, name: str) -> list[InputError]:
    """A warning for each of `site_url` and `repo_url` in a project's mkdocs.yml that still holds the
    template's value: the site would name a repository and an address that are not the newsroom's."""
    template = yaml.safe_load((TEMPLATE / "mkdocs.yml").read_text(encoding="utf-8"))
    try:
        root = yaml.compose(mkdocs_yml.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return []  # the build that follows names what is wrong with the file
    if not isinstance(root, yaml.MappingNode):
        return []
    found = []
    for key, value in root.value:
        if key.value in PLACEHOLDERS and isinstance(value, yaml.ScalarNode) and value.value == template[key.value]:
            message = f"{key.value} is still the example '{value.value}': set it to {PLACEHOLDERS[key.value]}"
            found.append(InputError(name, message, value.start_mark.line + 1))
    return found
