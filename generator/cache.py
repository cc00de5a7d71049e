"""Results kept between runs in `.kroniek-cache/`, found by the hash of everything they depend on.

A key is a hash of input bytes plus `fingerprint()`, the hash of Kroniek's own
code and language data: change an article, a content file, the tagger or
Kroniek's version, and the old entry no longer matches. Each table is one
pickle replaced atomically, so a crash leaves the old table or the new one,
never a wrong entry; deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import pickle
from functools import cache
from pathlib import Path
from typing import Any

import generator
from generator.atomic import write_atomic

CACHE_DIR = ".kroniek-cache"
_CODE_SUFFIXES = (".py", ".yaml", ".json")


def digest(*parts: bytes | str | None) -> str:
    """One hash of several inputs; None (a missing file) differs from empty bytes."""
    hasher = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = b"\x00missing" if part is None else part.encode() if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


def file_digest(path: Path) -> str:
    """The hash of a file's bytes, or of "missing" when there is no file."""
    try:
        return digest(path.read_bytes())
    except FileNotFoundError:
        return digest(None)


@cache
def fingerprint() -> str:
    """The hash of Kroniek's version and every code and data file of the package (tagger included).

    Wider than the tagger alone on purpose: events, the YAML layout and the checks
    also shape what is cached, and a stale entry is worse than a re-run.
    """
    package = Path(generator.__file__).parent
    files = sorted(p for p in package.rglob("*") if p.suffix in _CODE_SUFFIXES and "__pycache__" not in p.parts)
    return digest(generator.__version__, *(f"{p.relative_to(package)}".encode() + p.read_bytes() for p in files))


def load(root: Path, name: str) -> dict[str, Any]:
    """The table `name` of a project's cache; empty when there is none or it cannot be read."""
    try:
        table = pickle.loads((root / CACHE_DIR / f"{name}.pickle").read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def save(root: Path, name: str, table: dict[str, Any]) -> None:
    """Replace the table `name` at once: one file per table, since creating files is what costs."""
    data = pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
    write_atomic(root / CACHE_DIR / f"{name}.pickle", data, durable=False)
