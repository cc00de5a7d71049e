"""Lighthouse's four scores (mobile, simulated throttling) for the home page, a month page and a source page.

Run on demand: `python benchmarks/lighthouse.py [--size 1000]`. It builds the public site of a
synthetic corpus of `--size` articles (`benchmarks/served.py`) for the address it is then served
at, with gzip, and runs Lighthouse 12.2.3 from the npm registry (`npm exec`, Node 20) in Debian's
Chromium on each page: performance, accessibility, best practices and SEO, each 0-100; the goal is
90 or more for each. Each page is measured `--runs` times (default 3) and the median of each score
kept, as Lighthouse's own advice has it: performance varies with what else the machine does, so the
load average is printed with the figures. For a score under 100 it lists the audits that cost points
in the median run. Nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from served import build_site, free_port, serve

LIGHTHOUSE = "lighthouse@12.2.3"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOAL = 90


def pages(site: Path) -> dict[str, str]:
    months = [p.parent for p in (site / "tijdlijn").glob("*/index.html") if re.fullmatch(r"\d{4}-\d\d", p.parent.name)]
    largest = max(months, key=lambda folder: (folder / "index.html").stat().st_size)
    sources = sorted((site / "bronnen").glob("*/index.html"), key=lambda p: p.stat().st_size)
    median = sources[len(sources) // 2].parent
    return {
        "home": "",
        "month page (largest)": largest.relative_to(site).as_posix() + "/",
        "source page (median)": median.relative_to(site).as_posix() + "/",
    }


def lighthouse(url: str, report: Path) -> dict:
    command = [
        "npm", "exec", "--yes", f"--package={LIGHTHOUSE}", "--", "lighthouse", url,
        "--output=json", f"--output-path={report}", "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]  # fmt: skip
    environment = {**os.environ, "CHROME_PATH": CHROMIUM}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    if done.returncode != 0 or not report.is_file():
        raise SystemExit(f"lighthouse failed on {url}:\n{done.stderr[-3000:]}")
    return json.loads(report.read_text(encoding="utf-8"))


def costly(result: dict, category: str) -> list[str]:
    """The audits of a category that cost points, heaviest first."""
    audits = result["audits"]
    refs = [r for r in result["categories"][category]["auditRefs"] if r["weight"] > 0]
    lost = [(r["weight"] * (1 - (audits[r["id"]]["score"] or 0)), r["id"]) for r in refs
            if audits[r["id"]]["score"] is not None and audits[r["id"]]["score"] < 1]  # fmt: skip
    shown = (audits[name].get("displayValue") or audits[name]["score"] for _, name in sorted(lost)[::-1])
    return [f"{name} ({value})" for (_, name), value in zip(sorted(lost)[::-1], shown, strict=True)]


def _score(result: dict, category: str) -> float:
    return result["categories"][category]["score"] or 0


def _performance(result: dict) -> float:
    return _score(result, "performance")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per page, the median kept (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix=f"kroniek-lighthouse-{args.size}-") as folder:
        port = free_port()
        site = build_site(Path(folder) / "project", args.size, site_url=f"http://127.0.0.1:{port}/")
        server, base = serve(site, port)
        try:
            print(f"Lighthouse ({LIGHTHOUSE}, mobile) on {args.size} articles, served with gzip\n")
            print(f"median of {args.runs} runs a page; load average of the 2-CPU machine after each page\n")
            print("| page | " + " | ".join(CATEGORIES) + " | load |")
            print("|---|" + "---:|" * (len(CATEGORIES) + 1))
            notes = []
            for number, (name, path) in enumerate(pages(site).items()):
                reports = (Path(folder) / f"report-{number}-{run}.json" for run in range(args.runs))
                runs = sorted((lighthouse(base + path, report) for report in reports), key=_performance)
                result = runs[len(runs) // 2]
                scores = {c: round(100 * statistics.median(_score(r, c) for r in runs)) for c in CATEGORIES}
                print(f"| {name} `{path or '/'}` | " + " | ".join(str(scores[c]) for c in CATEGORIES)
                      + f" | {os.getloadavg()[0]:.1f} |")  # fmt: skip
                for category in CATEGORIES:
                    if scores[category] < 100:
                        notes.append(f"{name}, {category} {scores[category]}: {', '.join(costly(result, category))}")
            print("\nWhat cost points:\n" + "\n".join(f"- {note}" for note in notes) if notes else "")
        finally:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    main()
