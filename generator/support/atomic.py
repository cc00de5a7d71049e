"""Files replaced whole: a crash or Ctrl-C leaves the old file or the new one, never half, never a stray temporary."""

from __future__ import annotations

import os
import re
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path

TEMPORARY_SUFFIX = ".tmp"
# `write_atomic`'s temporary files: `.<name>.<mkstemp's 8 characters>.tmp`. Only a SIGKILL or a power cut between
# creating one and renaming it leaves one behind.
_TEMPORARY = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(TEMPORARY_SUFFIX) + r"\Z")


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `data` through a temporary file beside it and a rename.

    `durable` also flushes the data and the rename to disk, so they survive a power cut: an
    editor's file needs that; a cache, which is checked when read and can be made again, does not.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    with interrupts_held():  # a Ctrl-C between creating the temporary file and cleaning it up would leave it
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX)
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
                if durable:
                    stream.flush()
                    os.fsync(stream.fileno())
            os.chmod(temporary, mode)
            os.replace(temporary, path)
        except BaseException:
            with suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        if durable:
            _sync_folder(path.parent)


# A temporary file lives for the milliseconds of one write; one this old was left by a writer that was killed.
STRAY_AFTER_SECONDS = 60


def remove_stray_temporaries(folder: Path) -> list[Path]:
    """Delete the temporary files `write_atomic` left in `folder` when killed; the files removed.

    Only regular files of exactly that naming go (a link of that name is left alone),
    and only when untouched for `STRAY_AFTER_SECONDS`: `kroniek serve` extracts
    without the extraction lock, so another process may be writing one right now.
    """
    removed = []
    stale = time.time() - STRAY_AFTER_SECONDS
    with os.scandir(folder) if folder.is_dir() else nullcontext(()) as entries:  # names only: a folder of thousands
        names = sorted(entry.name for entry in entries if _TEMPORARY.fullmatch(entry.name))
    for entry in (folder / name for name in names):
        status = entry.lstat()
        if stat.S_ISREG(status.st_mode) and status.st_mtime < stale:
            with suppress(FileNotFoundError):
                entry.unlink()
                removed.append(entry)
    return removed


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold a SIGINT that arrives inside the block and act on it as soon as the block ends.

    Python raises `KeyboardInterrupt` between any two bytecodes, also between
    `mkstemp` returning and the `try` that would remove its file. Outside the
    main thread, where no handler can be set, the block runs as it is.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _: held.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if held and callable(previous):
        previous(signal.SIGINT, None)
    elif held and previous == signal.SIG_DFL:
        signal.raise_signal(signal.SIGINT)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX only; elsewhere the rename is all there is)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
