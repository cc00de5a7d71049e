"""Files that must be regular files: articles and content files, which arrive from outsiders.

A symbolic link in a pull request could point the build at `.git/config`; a FIFO or
`/dev/zero` would hang it or fill its memory. So such entries are named and refused,
by `lstat` (never following the link, never opening the FIFO), and a file is read
only through a descriptor opened without following a final link and without blocking.
A message never says where a link points.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotRegular(Exception):
    """The entry is no regular file; the message says what it is, for the person who put it there (`kind`: a key
    of `KINDS`)."""

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


# What an entry can be instead of a regular file: its kind, and its words in English (content files' readers
# word them in the editors' language by the kind).
KINDS = {
    "link": "a symbolic link",
    "folder": "a folder",
    "fifo": "a FIFO (named pipe)",
    "device": "a device",
    "other": "not a regular file (a socket?)",
    "unexaminable": "cannot be examined",
}


def kind_key(mode: int) -> str | None:
    """What an entry of this `st_mode` is (a key of `KINDS`) when it is not a regular file; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "other"


def kind_of(mode: int) -> str | None:
    """What an entry of this `st_mode` is, in words, when it is not a regular file; None for a regular file."""
    kind = kind_key(mode)
    return None if kind is None else KINDS[kind]


def refused_kind(path: Path) -> str | None:
    """The kind (a key of `KINDS`) of what stands at `path` when it may not be read as a file; None for a regular
    file, or nothing there."""
    try:
        return kind_key(os.lstat(path).st_mode)
    except FileNotFoundError:
        return None
    except OSError:
        return "unexaminable"


def refusal(path: Path) -> str | None:
    """Why `path` may not be read as a file ("is a symbolic link; ..."), or None: a regular file, or nothing there."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"cannot be examined: {error.strerror or error}"
    kind = kind_of(mode)
    return None if kind is None else _message(kind)


def _message(kind: str) -> str:
    article = "" if kind.startswith("not ") else "is "
    return f"{article}{kind}; Kroniek reads only regular files, not links, folders, FIFOs or devices"


def read_regular(path: Path, limit: int) -> tuple[bytes, int]:
    """The bytes of a regular file and its size, nothing read when its size is over `limit`; `NotRegular` else.

    At most `limit` + 1 bytes are read, so a file that grows while read is seen to be too big.
    `FileNotFoundError` and other `OSError`s pass through for the caller to word.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise NotRegular(_message(KINDS["link"]), "link") from None
        raise
    status = os.fstat(descriptor)
    kind = kind_key(status.st_mode)
    if kind is not None:
        os.close(descriptor)
        raise NotRegular(_message(KINDS[kind]), kind)
    with open(descriptor, "rb") as file:
        return (file.read(limit + 1) if status.st_size <= limit else b""), status.st_size
