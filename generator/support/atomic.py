"""Files replaced whole: a crash or Ctrl-C leaves the old file or the new one, never half, never a stray temporary."""

from __future__ import annotations

import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `data` through a temporary file beside it and a rename.

    `durable` also flushes the data and the rename to disk, so they survive a power cut: an
    editor's file needs that; a cache, which is checked when read and can be made again, does not.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    with interrupts_held():  # a Ctrl-C between creating the temporary file and cleaning it up would leave it
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
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
