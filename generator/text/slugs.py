"""URL-safe names for sources and events, stable across runs."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback: str = "bron") -> str:
    """Lower-case ASCII words joined by hyphens (`Één café` → `een-cafe`)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    return slug or fallback


def short_hash(*parts: str, length: int = 6) -> str:
    """A few hex digits that depend only on `parts`, for names that must not collide."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]
