"""The files of a few folders as `lstat` finds them: after a save, which of thousands changed, none of them read.

`kroniek serve` takes one before each dirty build and compares it with the last build's, to extract,
check and load again only what changed. As git trusts its index, a file's `lstat` stands for its
bytes only when the file changed well before it was taken: a second change within the same tick of
the file system's clock could leave its size and times as they were. The snapshot therefore also
holds the hash of each regular file changed just before it was taken (a save is one such file), and
such a file too big to hash, or not regular, equals nothing.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.support.cache import RACY_NS, digest
from generator.support.regular import NotRegular, read_regular

# A file changed just before a snapshot and bigger than this is never taken as unchanged (no article is this big).
HASHED_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Snapshot:
    files: Mapping[str, tuple[int | str, ...]]  # path → kind, size, inode, times, and the hash of a racy file or ""

    @classmethod
    def of(cls, folders: Iterable[Path], walk: Path) -> Snapshot:
        """Every entry of `folders`, and of the folders found inside `walk` (entered without following a link)."""
        found: dict[str, tuple[int | str, ...]] = {}
        folders = list(folders)
        for folder in folders:  # each folder's own entry by its kind alone: a save changes its times
            try:
                found[str(folder)] = (stat.S_IFMT(os.lstat(folder).st_mode),)
            except OSError:
                continue
        taken = time.time_ns()
        while folders:
            try:
                entries = list(os.scandir(folders.pop()))
            except OSError:  # no such folder (yet), or a file where one should be: whoever reads it says so
                continue
            for entry in entries:
                status = entry.stat(follow_symlinks=False)
                if stat.S_ISDIR(status.st_mode) and Path(entry.path).is_relative_to(walk):
                    folders.append(Path(entry.path))
                found[entry.path] = (*_signature(status), _racy_hash(entry.path, status, taken))
        return cls(found)

    def changed(self, before: Snapshot) -> set[str]:
        """The paths added, gone or changed since `before`."""
        return {path for path in before.files.keys() | self.files.keys() if not self.same(before, path)}

    def same(self, before: Snapshot, path: str) -> bool:
        """Whether the file at `path` is as it was in `before` (both without one: the same too)."""
        return before.files.get(path) == self.files.get(path)


def _signature(status: os.stat_result) -> tuple[int, ...]:
    return status.st_mode, status.st_size, status.st_ino, status.st_mtime_ns, status.st_ctime_ns


def _racy_hash(path: str, status: os.stat_result, taken: int) -> str:
    """"" for a file changed well before `taken`; else its hash, or for what is not a regular file a mark that
    never repeats (nothing that may hang is read)."""
    if max(status.st_mtime_ns, status.st_ctime_ns) < taken - RACY_NS:
        return ""
    try:
        data, size = read_regular(Path(path), HASHED_MAX_BYTES)
    except (NotRegular, OSError):
        size = HASHED_MAX_BYTES + 1
    return digest(data) if size <= HASHED_MAX_BYTES else f"not hashed {time.perf_counter_ns()}"
