"""Results kept between runs in `.kroniek-cache/`, found by the hash of everything they depend on.

An entry is a name (a content file, an article, a page) with the key it was
made under and its value. `key()` is the one place keys are made: a hash of the
inputs plus `fingerprint()`, the hash of Kroniek's own code and language data,
so that a changed article, content file, tagger or version no longer matches.

The store is one SQLite file (Python's own `sqlite3`) holding JSON values, an
entry per name, written when it is made, or by a thread of its own while the
build goes on (`put_many`'s `later`): a crash loses at most the entries not
yet written, never makes a wrong one. Nothing is ever unpickled, so a cache
folder planted by a hostile pull request (the Pages workflow restores it) can
hold only wrong data, and every reader checks the shape of what it gets
(`valid`): a wrong entry is a miss. A file that is not a database is started
afresh; a cache that cannot be written is said once and the run goes on.
Deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import generator

if TYPE_CHECKING:
    from concurrent.futures import Executor

CACHE_DIR = ".kroniek-cache"
CACHE_FILE = "cache.sqlite"
_CODE_SUFFIXES = (".py", ".yaml", ".json")
# A file changed less than this before it was hashed is hashed again next time (see `Cache.file_digest`).
RACY_NS = 2_000_000_000
# Whether `st_ctime` is the time of the last change, which no one can set back: on POSIX, not on Windows.
_CHANGE_TIME = os.name == "posix"
# SQLite's limit on the parameters of one statement is 999 in old builds.
_CHUNK = 500

Valid = Callable[[Any], bool]


def _anything(_: Any) -> bool:
    return True


@dataclass(frozen=True)
class Encoded:
    """A value with the JSON the cache keeps of it, made where the value is made (a worker process) rather than by
    the process that writes it."""

    value: Any
    text: str


def encoded(value: Any) -> Encoded:
    return Encoded(value, _encoded(value))


def digest(*parts: bytes | str | None) -> str:
    """One hash of several inputs; None (a missing file) differs from empty bytes."""
    hasher = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = b"\x00missing" if part is None else part.encode() if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


def key(*parts: bytes | str | None) -> str:
    """The key of an entry made of these inputs by this version of Kroniek's code."""
    return digest(fingerprint(), *parts)


@cache
def fingerprint() -> str:
    """The hash of Kroniek's version and every code and data file of the package (tagger included).

    Wider than the tagger alone on purpose: events, the YAML layout and the checks
    also shape what is cached, and a stale entry is worse than a re-run.
    """
    package = Path(generator.__file__).parent
    files = sorted(p for p in package.rglob("*") if p.suffix in _CODE_SUFFIXES and "__pycache__" not in p.parts)
    return digest(generator.__version__, *(f"{p.relative_to(package)}".encode() + p.read_bytes() for p in files))


class Cache:
    """One project's cache: tables of named JSON entries, and the hashes of the files already read.

    Safe to hand to worker processes: it pickles as its folder alone, and each
    process opens its own connection (a SQLite connection must not cross a fork).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = root / CACHE_DIR / CACHE_FILE
        self._hashed: dict[str, tuple[tuple[int, ...], str]] = {}  # absolute path → (size, dev, inode, times), hash
        self._recorded: dict[str, str] = {}  # absolute path → the hash an earlier run recorded (`trust`)
        # (table, name) → (key, value) as read before: `kroniek serve` asks for the same thousands every build.
        self._read: dict[tuple[str, str], tuple[str, Any]] = {}
        self._valid: dict[tuple[str, str], Valid] = {}  # the same → the check its value passed when read
        self._made: dict[tuple[str, str], tuple[str, Any]] = {}  # the same, as the objects made of them (`remember`)
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._broken = False  # could not be opened or written: the run goes on without it, said once
        self._writer: tuple[int, Executor] | None = None  # (the process it writes for, the thread writing later)
        self._pending: set[str] = set()  # the tables with entries handed to the writer and maybe not written yet
        self._apart: list[tuple[int, Any]] = []  # (the process it writes for, a write in a process of its own)

    def __getstate__(self) -> dict[str, Any]:
        return {"root": self.root}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["root"])  # type: ignore[misc]

    # -- entries ------------------------------------------------------------------------------------------------------

    def get_many(self, table: str, keys: Mapping[str, str], valid: Valid = _anything) -> dict[str, Any]:
        """Of `keys` (name → key), the names whose entry was made under that key, with their valid values."""
        entries = self.entries(table, keys, valid)
        return {name: value for name, (made_under, value) in entries.items() if made_under == keys[name]}

    def entries(self, table: str, names: Iterable[str], valid: Valid = _anything) -> dict[str, Any]:
        """Each entry (name → (key, value)) of these names whose value `valid` accepts.

        An entry read before by this object is not read again until this object writes or drops
        it: an entry another process writes meanwhile is missed, and made again, never wrong.
        Values are shared between calls: callers read them, never change them.
        A table with entries still being written is read once they are.
        """
        if table in self._pending:
            self.wait()
        db = self._connect()
        if db is None:
            return {}
        wanted = list(dict.fromkeys(names))
        found = {name: self._read[table, name] for name in wanted if (table, name) in self._read}
        # a value read before is checked again only by another check than the one it passed
        found = {n: e for n, e in found.items() if self._valid.get((table, n)) is valid or valid(e[1])}
        wanted = [name for name in wanted if (table, name) not in self._read]
        queries: list[tuple[str, tuple[str, ...]]] = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT name, key, value FROM entries WHERE tbl = ? AND name IN ({marks})"
            queries.append((query, (table, *chunk)))
        try:
            for query, parameters in queries:
                for name, made_under, text in db.execute(query, parameters):
                    value = _decoded(text)
                    if isinstance(name, str) and isinstance(made_under, str) and value is not None and valid(value):
                        found[name] = self._read[table, name] = (made_under, value)
                        self._valid[table, name] = valid
        except sqlite3.Error as error:
            self._give_up(error)
            return {}
        return found

    def remember(self, table: str, made: Mapping[str, tuple[str, Any]]) -> None:
        """Keep in this process the objects made of entries (name → (key, object)), for `recall`."""
        self._made.update(((table, name), entry) for name, entry in made.items())

    def recall(self, table: str, keys: Mapping[str, str]) -> dict[str, Any]:
        """Of `keys` (name → key), the names whose object was remembered under that key, with the object."""
        found = ((name, self._made.get((table, name))) for name in keys)
        return {name: entry[1] for name, entry in found if entry is not None and entry[0] == keys[name]}

    def put_many(self, table: str, entries: Mapping[str, tuple[str, Any]], *, later: bool = False) -> None:
        """Keep several entries (name → (key, value)) in one transaction; a value may come `Encoded` already.

        With `later`, and after it until `wait`, the entries are written by a thread of its own, on a
        connection of its own, while this one goes on: SQLite lets go of Python's lock as it writes.
        Not before this process forks: a child must not inherit a SQLite call half made.
        """
        if not entries or self._connect() is None:
            return
        rows = [(table, name, made_under, _text(value)) for name, (made_under, value) in entries.items()]
        for name in entries:
            self._read.pop((table, name), None)
            self._made.pop((table, name), None)
        self._write(table, partial(_put_rows, rows), later)

    def drop_except(self, table: str, names: Iterable[str], *, later: bool = False) -> None:
        """Forget the entries of `table` not named: what a build no longer makes (a removed source, a merged month)."""
        if self._connect() is None:
            return
        kept = set(names)
        for read in [read for read in self._read if read[0] == table and read[1] not in kept]:
            del self._read[read]
        self._write(table, partial(_drop_rows, table, kept), later)

    def written_apart(self, table: str, later: Any) -> None:
        """Entries of `table` written by a process of their own (`workers.beside`'s `Later`), which `wait` waits for."""
        self._pending.add(table)
        self._apart.append((os.getpid(), later))

    def wait(self) -> None:
        """Until every entry handed to the writing thread, or to a process of its own, is written (a build waits at
        its end and before it forks, a reader for its table); the thread and the processes are gone after."""
        writer, self._writer = self._writer, None
        apart, self._apart = self._apart, []
        self._pending.clear()
        if writer is not None and writer[0] == os.getpid():
            writer[1].shutdown(wait=True)
        for pid, later in apart:
            if pid == os.getpid():
                later.close()

    def _write(self, table: str, write: Callable[[sqlite3.Connection], None], later: bool) -> None:
        """`write` on this process's connection, or queued for the writing thread: with `later`, or behind what is
        queued already, so that the writes keep their order and never wait for each other's lock."""
        if later or (self._writer is not None and self._writer[0] == os.getpid()):
            if self._writer is None or self._writer[0] != os.getpid():
                from concurrent.futures import ThreadPoolExecutor

                self._writer = (os.getpid(), ThreadPoolExecutor(1, thread_name_prefix="kroniek-cache"))
            self._pending.add(table)
            self._writer[1].submit(self._write_apart, write)
            return
        db = self._connect()
        if db is None:
            return
        try:
            write(db)
        except sqlite3.Error as error:
            self._give_up(error)

    def _write_apart(self, write: Callable[[sqlite3.Connection], None]) -> None:
        """One write of the writing thread, on a connection it opens and closes: one belongs to the thread that
        opened it, and a build hands over a few large writes."""
        if self._broken:
            return
        try:
            db = _opened(self.path)
            try:
                write(db)
            finally:
                db.close()
        except sqlite3.Error as error:
            self._say_broken(error)

    def close(self) -> None:
        self.wait()
        if self._db is not None and self._pid == os.getpid():
            self._db.close()
        self._db = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._broken:
            return None
        if self._db is not None and self._pid == os.getpid():
            return self._db
        self._db, self._pid = None, os.getpid()  # a connection inherited through a fork is not ours to use
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = _opened(self.path)
            except sqlite3.DatabaseError as error:
                if isinstance(error, sqlite3.OperationalError) or not self.path.is_file():
                    raise  # cannot be opened (read-only, locked): not a reason to delete anything
                for stale in (self.path, *(self.path.with_name(CACHE_FILE + end) for end in ("-wal", "-shm"))):
                    stale.unlink(missing_ok=True)  # not a database (planted or torn): start afresh
                self._db = _opened(self.path)
        except (sqlite3.Error, OSError) as error:
            self._give_up(error)
        return self._db

    def _give_up(self, error: Exception) -> None:
        """A cache that cannot be read or written (a read-only checkout, a full disk) is said, and the run goes on."""
        self._say_broken(error)
        self.close()

    def _say_broken(self, error: Exception) -> None:
        if not self._broken:
            print(f"kroniek: working without the cache {self.path}: {error}", file=sys.stderr, flush=True)
        self._broken = True

    # -- file hashes --------------------------------------------------------------------------------------------------

    def signatures(self, paths: Iterable[Path]) -> list[list[Any]]:
        """The files among `paths` whose hash this object trusts (`file_digest`), each as [path, signature, hash]: a
        record for a later run to `trust`."""
        found = []
        for name in map(os.path.abspath, paths):
            known = self._hashed.get(name)
            if known is not None:
                found.append([name, list(known[0]), known[1]])
        return found

    def trust(self, signatures: Iterable[Sequence[Any]]) -> None:
        """Hashes an earlier run recorded (`signatures`), taken as this object's own: a file whose size, inode and
        times are still as recorded is not read again. So a build after `kroniek extract` need not hash again the
        15,000 articles, content files and bases extraction left unchanged at 5,000 articles.

        As git trusts its index: a copied or checked-out file gets new times (a change time cannot be set), but a
        file system whose times lag or come from another clock (a network share) can hide a change until the file
        changes again. Only files inside the project are taken, whatever the cache holds."""
        inside = os.path.join(os.path.abspath(self.root), "")
        for name, signature, found in signatures:
            if name.startswith(inside):
                self._hashed.setdefault(name, (tuple(signature), found))
                self._recorded[name] = found

    def recorded(self, path: Path) -> str | None:
        """The hash an earlier run recorded for a file and this one trusts (`trust`), or None."""
        return self._recorded.get(os.path.abspath(path))

    def file_digest(self, path: Path) -> str:
        """The hash of a file's bytes, or of "missing" when there is no file.

        One build asks for the same thousands of files several times (extract,
        check, the site): a file hashed before by this object is not read again
        while its size, inode and times are as they were. As git trusts its
        index, only a file changed well before it was hashed is trusted so: a
        change within the same tick of the file system's clock would leave its
        times as they were.
        """
        try:
            stat = os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            return digest(None)
        name = os.path.abspath(path)
        signature = (stat.st_size, stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns)
        known = self._hashed.get(name)
        if known is not None and known[0] == signature:
            return known[1]
        hashed_at = time.time_ns()
        try:
            result = digest(Path(path).read_bytes())
        except FileNotFoundError:
            return digest(None)
        if _CHANGE_TIME and max(stat.st_mtime_ns, stat.st_ctime_ns) < hashed_at - RACY_NS:
            self._hashed[name] = (signature, result)
        return result


def _opened(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=30)
    try:
        db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer (a check beside a build)
        db.execute("PRAGMA synchronous=NORMAL")  # a crash may lose the last entries, never corrupt the file
        db.execute(
            "CREATE TABLE IF NOT EXISTS entries (tbl TEXT, name TEXT, key TEXT, value TEXT, PRIMARY KEY (tbl, name))"
        )
    except BaseException:
        db.close()
        raise
    return db


def _put_rows(rows: list[tuple[str, str, str, str]], db: sqlite3.Connection) -> None:
    with db:
        db.executemany("INSERT OR REPLACE INTO entries (tbl, name, key, value) VALUES (?, ?, ?, ?)", rows)


def _drop_rows(table: str, kept: set[str], db: sqlite3.Connection) -> None:
    stale = [(table, name) for (name,) in db.execute("SELECT name FROM entries WHERE tbl = ?", (table,))]
    stale = [row for row in stale if row[1] not in kept]
    if stale:
        with db:
            db.executemany("DELETE FROM entries WHERE tbl = ? AND name = ?", stale)


def _text(value: Any) -> str:
    return value.text if isinstance(value, Encoded) else _encoded(value)


def _encoded(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _decoded(text: Any) -> Any | None:
    if not isinstance(text, str):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
