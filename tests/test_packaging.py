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
from pathlib import Path

from generator.content.check import schema_with_help
from generator.lang.messages import messages
from tests.conftest import REPO

MARKER = "Eigen over-pagina van deze redactie"


def _run(*args: str | Path, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


def test_wheel_builds_a_site_outside_the_checkout(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "build", "--wheel", "--outdir", dist, REPO, cwd=tmp_path)
    (wheel,) = dist.glob("kroniek-*.whl")
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    # This pip installs into the new venv: no pip of its own to set up, and pip's cache serves the dependencies.
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", wheel, cwd=tmp_path)

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

    where = _run(python, "-c", "import generator; print(generator.__file__)", cwd=project).stdout
    assert Path(where.strip()).is_relative_to(venv), where
    _run(venv / "bin" / "kroniek", "build", cwd=project)

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
