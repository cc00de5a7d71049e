"""One extraction at a time per project: two would merge into the same content files at once.

The lock is `content/.kroniek.lock`, held with the operating system's own file
locking (through `filelock`), so a run that crashes or is killed never leaves a
stale lock behind: the lock ends with its process.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from generator.errors import InputError
from generator.project import Project

LOCK_NAME = ".kroniek.lock"


@contextmanager
def extraction_lock(project: Project) -> Iterator[None]:
    """Hold the project's extraction lock for the block; an `InputError` at once if another run holds it."""
    path = project.content_dir / LOCK_NAME
    lock = FileLock(path, timeout=0)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:
        raise InputError(
            project.relative(path), "another kroniek extract is running in this project; wait for it to finish"
        ) from None
    except OSError as error:  # content/ is a file, or may not be written
        shown = project.relative(Path(error.filename)) if error.filename else project.relative(path)
        raise InputError(shown, f"cannot make the extraction lock here: {error.strerror or error}") from None
    try:
        yield
    finally:
        lock.release()
