"""The wheel as a newsroom installs it: built, installed into a fresh venv, used from a project folder elsewhere.

Nothing of the checkout may be needed: templates, docs extras, language data and the
schema all come from the wheel, and the project's own `site_templates/` wins file by file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from generator.content.check import schema_with_help
from generator.lang.messages import messages
from tests.conftest import REPO

MARKER = "Eigen over-pagina van deze redactie"


def _clean_env() -> dict[str, str]:
    """This process's environment without what points at the checkout's own virtual environment."""
    return {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}


def _run(*args: str | Path, cwd: Path, timeout: float = 300, env: dict[str, str] | None = None):
    result = subprocess.run(
        [str(arg) for arg in args], cwd=cwd, env=env or _clean_env(), capture_output=True, text=True,
        timeout=timeout, check=False,
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def kroniek(self) -> Path:
        return self.venv / "bin" / "kroniek"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Kroniek's wheel, built as a release would be, installed into a fresh venv (with pip, as a newsroom has)."""
    here = tmp_path_factory.mktemp("wheel")
    dist = here / "dist"
    _run(sys.executable, "-m", "build", "--wheel", "--outdir", dist, REPO, cwd=here)
    (wheel,) = dist.glob("kroniek-*.whl")
    venv = here / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=here)
    # The new venv's pip installs from the wheel file; pip's cache serves the dependencies.
    _run(venv / "bin" / "python", "-m", "pip", "install", "-q", wheel, cwd=here)
    return Installed(wheel, venv)


def test_wheel_builds_a_site_outside_the_checkout(installed: Installed, tmp_path: Path) -> None:
    project = tmp_path / "redactie"
    project.mkdir()
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    for name in ("seeds", "content"):
        shutil.copytree(REPO / name, project / name)
    own = project / "site_templates"  # the project overrides one docs page and one template, nothing else
    (own / "docs").mkdir(parents=True)
    (own / "docs" / "over.md").write_text(f"# Over deze site\n\n{MARKER}.\n", encoding="utf-8")
    downloads = (REPO / "site_templates" / "_downloads.html.j2").read_text(encoding="utf-8")
    (own / "_downloads.html.j2").write_text(downloads.replace("JSON</a>", "JSON (eigen)</a>"), encoding="utf-8")

    where = _run(installed.python, "-c", "import generator; print(generator.__file__)", cwd=project).stdout
    assert Path(where.strip()).is_relative_to(installed.venv), where
    _run(installed.kroniek, "build", cwd=project)

    site = project / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Tijdlijn" in home and 'class="kr-event' in home
    assert "JSON (eigen)</a>" in home  # the project's template, while the others come from the wheel
    slugs = [path.stem for path in (project / "content").glob("*.yml")]
    assert slugs and all((site / "bronnen" / slug / "index.html").is_file() for slug in slugs)
    assert MARKER in (site / "over" / "index.html").read_text(encoding="utf-8")
    css = REPO / "site_templates" / "docs" / "assets" / "kroniek.css"
    assert (site / "assets" / "kroniek.css").read_bytes() == css.read_bytes()  # from the wheel
    # Each content file's first line names a schema that exists in the project.
    first = (project / "content" / f"{slugs[0]}.yml").read_text(encoding="utf-8").splitlines()[0]
    schema = (project / "content" / first.split("$schema=")[1]).resolve()
    assert json.loads(schema.read_text("utf-8")) == schema_with_help(messages("nl"))  # with the site language's help


def workflow_steps(workflow: Path) -> list[str]:
    """The shell steps of a GitHub workflow that always run, in order (steps under an `if:` are left out)."""
    jobs = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"].values()
    return [step["run"] for job in jobs for step in job["steps"] if "run" in step and "if" not in step]


def test_init_and_the_wheel_build_a_site_from_an_empty_project(installed: Installed, tmp_path: Path) -> None:
    """`kroniek init` from the installed wheel, one article, then the new project's own workflow steps."""
    said = _run(installed.kroniek, "init", "redactie", cwd=tmp_path).stderr
    assert "warning" not in said, said  # installed from a wheel file: pip can install it again
    project = tmp_path / "redactie"
    requirement = (project / "requirements.txt").read_text(encoding="utf-8").splitlines()[-1]
    assert requirement == f"./wheels/{installed.wheel.name}"  # the workflows install this very Kroniek
    assert (project / requirement).read_bytes() == installed.wheel.read_bytes()
    article = "---\ntitle: Brug open\npublished: 2024-03-08\n---\nGisteravond ging de nieuwe brug open.\n"
    (project / "seeds" / "brug.md").write_text(article, encoding="utf-8")

    env = _clean_env() | {"PATH": f"{installed.venv / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    for workflow in ("ci.yml", "pages.yml"):
        steps = workflow_steps(project / ".github" / "workflows" / workflow)
        assert "pip install -r requirements.txt" in steps and "kroniek build" in steps
        for step in steps:
            _run("bash", "-euo", "pipefail", "-c", step, cwd=project, env=env)

    page = (project / "site" / "bronnen" / "brug" / "index.html").read_text(encoding="utf-8")
    assert "nieuwe brug" in page and "donderdag 7 maart 2024, avond" in page  # `gisteravond` against `published`
    assert "nieuwe brug" in (project / "site" / "index.html").read_text(encoding="utf-8")


def test_the_repository_s_schema_is_the_one_extract_writes() -> None:
    """The repository is a project too: its committed `schema/source.schema.json` must be what `kroniek extract`
    writes, or a clone's first build changes a tracked file (it lacked a reason for a session once)."""
    committed = json.loads((REPO / "schema" / "source.schema.json").read_text("utf-8"))
    assert committed == schema_with_help(messages("nl"))
