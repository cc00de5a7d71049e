"""Save to preview: how long an editor waits under `kroniek serve` before a saved change shows in the page.

Run on demand: `python benchmarks/bench_preview.py [--sizes 1000,5000] [--edits 5] [--work DIR]`.
For each size it writes a synthetic corpus (`benchmarks/corpus.py`) into a project (kept in
`--work`, so a second run skips the set-up), runs `kroniek build` once so the project is as an
editor's is (content extracted, caches warm), then starts `kroniek serve` and, when it serves,
edits one event's `text` in one content file after another, as an editor saves in an editor,
and polls that source's page until the new text is in it.

It prints, per size, how long `kroniek serve` took to serve its first page and the time from
each save to the page showing the change (median and worst), and the same for a full
`kroniek build` after an edit (what a preview cost before). Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_scale import kroniek, new_project  # noqa: E402

TEXT_LINE = re.compile(r"^(    text: )(.*)$", re.M)
POLL_SECONDS = 0.05
GIVE_UP_SECONDS = 600


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> tuple[str, str] | None:
    """The page at `url` and where it was found (MkDocs redirects `/` to the site's path), None while there is none."""
    try:
        with urllib.request.urlopen(url, timeout=GIVE_UP_SECONDS) as response:
            return response.read().decode("utf-8"), response.geturl()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, words: str, started: float) -> tuple[float, str]:
    """Seconds from `started` until the page at `url` holds `words`, and the address it was found at."""
    while time.perf_counter() - started < GIVE_UP_SECONDS:
        found = fetch(url)
        if found is not None and words in found[0]:
            return time.perf_counter() - started, found[1]
        time.sleep(POLL_SECONDS)
    raise SystemExit(f"{url} did not show {words!r} within {GIVE_UP_SECONDS} s")


def project_for(size: int, work: Path) -> Path:
    """A project with `size` articles, extracted and built once; reused when `work` already holds it."""
    folder = work / f"preview-{size}"
    if not (folder / "site").is_dir():
        new_project(folder, size)
        subprocess.run(kroniek("build"), cwd=folder, check=True, env=_env(), stderr=subprocess.DEVNULL)
    return folder


def _env() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def edit(content: Path, mark: str) -> None:
    """An editor's save: the first event's sentence gets `mark` at its end (written in place, as editors do)."""
    text = content.read_text("utf-8")
    changed, count = TEXT_LINE.subn(lambda m: f"{m[1]}{m[2]} {mark}", text, count=1)
    if not count:
        raise SystemExit(f"{content} has no event to edit")
    content.write_text(changed, "utf-8")


def contents_with_events(project: Path, count: int) -> list[Path]:
    files = [path for path in sorted((project / "content").glob("*.yml")) if TEXT_LINE.search(path.read_text("utf-8"))]
    step = max(1, len(files) // count)
    return files[::step][:count]


def measure(project: Path, edits: int) -> dict[str, object]:
    port = free_port()
    log = (project / "serve.log").open("w")
    started = time.perf_counter()
    server = subprocess.Popen(
        [*kroniek("serve"), "--dev-addr", f"127.0.0.1:{port}"], cwd=project, env=_env(), stdout=log, stderr=log
    )
    try:
        first, base = wait_for(f"http://127.0.0.1:{port}/", "</html>", started)
        waits = []
        for number, content in enumerate(contents_with_events(project, edits)):
            mark = f"bewerkt-{os.getpid()}-{number}-{time.time_ns()}"
            time.sleep(1.0)  # let the watcher settle after the last build
            saved = time.perf_counter()
            edit(content, mark)
            waits.append(wait_for(f"{base}bronnen/{content.stem}/", mark, saved)[0])
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    return {"first": first, "waits": waits}


def full_build_after_an_edit(project: Path) -> float:
    """What a preview cost when every save rebuilt the whole site: `kroniek build` after one edit."""
    edit(contents_with_events(project, 1)[0], f"gebouwd-{time.time_ns()}")
    started = time.perf_counter()
    subprocess.run(kroniek("build"), cwd=project, check=True, env=_env(), stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated numbers of articles (default: 1000)")
    parser.add_argument("--edits", type=int, default=5, help="saves to time per size (default: 5)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/kroniek-preview-bench"), help="where projects live")
    parser.add_argument("--no-build", action="store_true", help="skip timing a full `kroniek build` after an edit")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"{'articles':>8} {'serve up s':>10} {'save→preview median s':>22} {'worst s':>8} {'full build s':>12}")
    for size in (int(part) for part in args.sizes.split(",")):
        project = project_for(size, args.work)
        result = measure(project, args.edits)
        waits = result["waits"]
        build = float("nan") if args.no_build else full_build_after_an_edit(project)
        print(
            f"{size:>8} {result['first']:>10.1f} {statistics.median(waits):>22.2f} {max(waits):>8.2f} {build:>12.1f}"
            f"   each: {', '.join(f'{w:.2f}' for w in waits)}",
            flush=True,
        )


if __name__ == "__main__":
    main()
