"""A corpus site built and served as a host serves it, for the benchmarks that open it in a browser.

`build_site` writes `benchmarks/corpus.py`'s synthetic articles into a fresh project with the
repository's templates and mkdocs.yml and runs `kroniek build` (the public site). `serve`
serves a site folder over HTTP with gzip for text, as GitHub Pages does, so what a browser
downloads is what a reader's browser would.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import mimetypes
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import write_corpus  # noqa: E402

COMPRESSED = ("text/", "application/json", "application/javascript", "application/xml", "image/svg+xml")


def build_site(folder: Path, size: int, *, site_url: str | None = None) -> Path:
    """A project of `size` synthetic articles in `folder`, built by `kroniek build`; its site folder.

    `site_url`, when given, replaces mkdocs.yml's, so canonical links and link previews name the server.
    """
    write_corpus(folder / "seeds", size)
    shutil.copytree(REPO / "site_templates", folder / "site_templates")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    if site_url:
        config = "\n".join(
            f"site_url: {site_url}" if line.startswith("site_url:") else line for line in config.splitlines()
        )
    (folder / "mkdocs.yml").write_text(config + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "generator.cli", "--root", str(folder), "build"]
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    if done.returncode != 0:
        raise SystemExit(f"kroniek build failed in {folder}:\n{done.stderr}")
    return folder / "site"


def free_port() -> int:
    """A port nothing listens on now, to build a site for the address it will be served at."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, text gzipped when the browser accepts it (compressed once, then kept)."""

    cache: dict[Path, bytes]

    def log_message(self, format: str, *args: object) -> None:
        """Requests are not news."""

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or not gzip_ok or not kind.startswith(COMPRESSED):
            return super().send_head()
        if path not in self.cache:
            self.cache[path] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        body = self.cache[path]
        self.send_response(200)
        self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return _Body(body)


class _Body:
    """What `send_head` returns for `copyfile`: a readable body."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = (self.data, b"") if size < 0 else (self.data[:size], self.data[size:])
        return data

    def close(self) -> None:
        """Nothing to close."""


def serve(directory: Path, port: int = 0) -> tuple[http.server.ThreadingHTTPServer, str]:
    """The site in `directory` on 127.0.0.1, in a thread; the server (to shut down) and its base URL."""
    handler = functools.partial(type("Handler", (_Handler,), {"cache": {}}), directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"
