"""The pull-request workflow: what it runs works, needs no secret, and reports the events a pull request changes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from test_check import VALID

from tests.conftest import REPO

WORKFLOW = yaml.safe_load((REPO / ".github" / "workflows" / "pr-check.yml").read_text("utf-8"))


def steps(job: str) -> list[dict]:
    return WORKFLOW["jobs"][job]["steps"]


def test_it_works_in_any_fork_and_keeps_the_full_tests_apart() -> None:
    text = (REPO / ".github" / "workflows" / "pr-check.yml").read_text("utf-8")
    assert "secrets." not in text and "pytest" not in text
    assert WORKFLOW["permissions"] == {"contents": "read"} and set(WORKFLOW["jobs"]) == {"check", "site"}
    runs = [step.get("run", "") for step in steps("check")]
    assert "kroniek check --format github" in runs
    assert not any(step.get("uses", "").startswith("actions/cache@") for job in WORKFLOW["jobs"] for step in steps(job))
    uploads = [step for step in steps("site") if step.get("uses", "").startswith("actions/upload-artifact@")]
    assert [step["with"]["path"] for step in uploads] == ["site"]
    assert "kroniek build" in [step.get("run", "") for step in steps("site")]


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def test_the_changed_events_step_reports_them(tmp_path: Path) -> None:
    """The step's own script, run in a clone whose pull request sets one `when`: a notice and a summary row."""
    origin = tmp_path / "origin"
    (origin / "content").mkdir(parents=True)
    (origin / "seeds").mkdir()
    (origin / "seeds" / "a.txt").write_text("De politie schoot donderdagochtend op betogers.\n", "utf-8")
    (origin / "content" / "a.yml").write_text(VALID, "utf-8")
    for args in (("init", "-q", "-b", "main"), ("add", "."), ("-c", "user.name=x", "-c", "user.email=x@x",
                                                               "commit", "-qm", "base")):
        _git(*args, cwd=origin)
    base = _git("rev-parse", "HEAD", cwd=origin).strip()
    clone = tmp_path / "clone"
    _git("clone", "-q", "--depth=1", f"file://{origin}", str(clone), cwd=tmp_path)
    changed = VALID.replace("when: 2022-01-06T21:00", "when: 2022-01-06T21:30")
    (clone / "content" / "a.yml").write_text(changed, "utf-8")

    (step,) = [s for s in steps("check") if "kroniek list --since" in s.get("run", "")]
    summary, runner_temp = tmp_path / "summary.md", tmp_path / "runner"
    runner_temp.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "kroniek").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m generator.cli "$@"\n', "utf-8")
    (bin_dir / "kroniek").chmod(0o755)
    env = {**os.environ, "BASE": re.sub(r"\W", "", base), "RUNNER_TEMP": str(runner_temp),
           "GITHUB_STEP_SUMMARY": str(summary), "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": str(REPO), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([shutil.which("bash") or "bash", "-e", "-c", step["run"]], cwd=clone, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    line = next(n for n, text in enumerate(changed.splitlines(), 1) if "id: a-21-00-uur" in text)
    assert f"::notice file=content/a.yml,line={line},col=1::gewijzigd: a-21-00-uur" in result.stdout
    assert "2022-01-06T21:00 → 2022-01-06T21:30" in summary.read_text("utf-8")
