"""Results kept between runs in `.kroniek-cache/`, found by the hash of everything they depend on.

A key is a hash of input bytes plus `fingerprint()`, the hash of Kroniek's own
code and language data: change an article, a content file, the tagger or
Kroniek's version, and the old entry no longer matches. Each table is one
pickle replaced atomically, so a crash leaves the old table or the new one,
never a wrong entry; deleting the folder is always safe.

A site build saves its tables while MkDocs renders (`writing_behind`): pickling
and writing 150 MB at 5,000 articles would otherwise hold the build up, while
MkDocs keeps only one CPU busy.
"""

from __future__ import annotations

import atexit
import gc
import hashlib
import os
import pickle
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any

import generator
from generator.support.atomic import write_atomic

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
    """The hash of a file's bytes, or of "missing" when there is no file.

    One build asks for the same thousands of files three or four times
    (extract, check, the site, the plugin's check): a file hashed before in
    this process is not read again while its size, inode and times are as they
    were. As git trusts its index, only a file changed well before it was
    hashed is trusted so: a change within the same tick of the file system's
    clock would leave its times as they were.
    """
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return digest(None)
    name = os.path.abspath(path)
    signature = (stat.st_size, stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns)
    known = _hashed.get(name)
    if known is not None and known[0] == signature:
        return known[1]
    hashed_at = time.time_ns()
    try:
        result = digest(path.read_bytes())
    except FileNotFoundError:
        return digest(None)
    if _CHANGE_TIME and max(stat.st_mtime_ns, stat.st_ctime_ns) < hashed_at - RACY_NS:
        _hashed[name] = (signature, result)
    return result


# A file changed less than this before it was hashed is hashed again next time (see `file_digest`).
RACY_NS = 2_000_000_000
# Whether `st_ctime` is the time of the last change, which no one can set back: on POSIX, not on Windows.
_CHANGE_TIME = os.name == "posix"
_hashed: dict[str, tuple[tuple[int, ...], str]] = {}  # absolute path → (size, device, inode, times), hash


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
    path = _table_path(root, name)
    _wait_for(path)
    try:
        table = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def save(root: Path, name: str, table: dict[str, Any]) -> None:
    """Replace the table `name` at once: one file per table, since creating files is what costs.

    Inside `writing_behind`, a child process writes it while this one goes on.
    """
    path = _table_path(root, name)
    _wait_for(path)  # an older table still being written must not land after this one
    if _behind and threading.active_count() == 1:  # forking a process that runs threads is unsafe
        try:
            _writers[path] = _fork_writer(path, table)
            return
        except OSError:  # no memory or processes left for a child: write it here
            pass
    _write(path, table)


def _table_path(root: Path, name: str) -> Path:
    return root / CACHE_DIR / f"{name}.pickle"


def _write(path: Path, table: dict[str, Any]) -> None:
    """Write the table; one that cannot be written (a read-only checkout, a full disk) is said, and the run goes on."""
    try:
        write_atomic(path, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL), durable=False)
    except OSError as error:
        print(f"kroniek: could not write the cache table {path}: {error}", file=sys.stderr, flush=True)


# -- writing behind ---------------------------------------------------------------------------------------------------

_behind = False  # inside `writing_behind`
_writers: dict[Path, int] = {}  # table → the child process writing it


@contextmanager
def writing_behind() -> Iterator[None]:
    """Tables saved inside are written by forked children; all of them are on disk when the block ends.

    Where this process cannot fork safely (no `fork`, or threads running, as
    under `mkdocs serve`), a table is written at once as usual.
    """
    global _behind
    outer, _behind = _behind, hasattr(os, "fork")
    try:
        yield
    finally:
        _behind = outer
        if not outer:
            finish_writing()


def finish_writing() -> None:
    """Wait for every table still being written."""
    for path in list(_writers):
        _wait_for(path)


atexit.register(finish_writing)  # a failing build must not leave writers behind either


def _fork_writer(path: Path, table: dict[str, Any]) -> int:
    pid = os.fork()
    if pid:
        return pid
    status = 0
    try:  # the child: write, and leave without running anything of the parent's (atexit, buffered output)
        gc.disable()  # a collection would touch, and so copy, every page of the parent's heap
        _write(path, table)
    except BaseException:  # a bug (a table that does not pickle): shown, as it would be in the parent
        traceback.print_exc()
        status = 1
    finally:
        os._exit(status)


def _wait_for(path: Path) -> None:
    """Wait until the child writing this table (if any) is done; a table it could not write is just not there."""
    pid = _writers.pop(path, None)
    if pid is not None:
        with suppress(ChildProcessError):  # in a worker forked after the writer, which is not the worker's child
            os.waitpid(pid, 0)
