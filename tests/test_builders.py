"""`kroniek build --builder zensical` without a browser: what it writes, and what it refuses to follow."""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from generator.builders.zensical import zensical_config


def test_zensical_builds_the_markdown_folder_into_site(run_kroniek, project_copy: Path) -> None:
    result = run_kroniek("build", "--builder", "zensical", cwd=project_copy)
    assert result.returncode == 0, result.stderr
    site, docs = project_copy / "site", project_copy / ".kroniek-build" / "docs"
    slugs = [path.stem for path in (project_copy / "content").glob("*.yml")]
    assert slugs and all((docs / "bronnen" / f"{slug}.md").is_file() for slug in slugs)
    assert all((site / "bronnen" / slug / "index.html").is_file() for slug in slugs)
    assert (site / "search.json").is_file() and (site / "events.ics").is_file()
    config = yaml.safe_load((project_copy / ".kroniek-build" / "zensical.yml").read_text(encoding="utf-8"))
    assert config["docs_dir"] == "docs" and config["theme"]["variant"] == "classic"
    assert "kroniek" not in str(config["plugins"]) and "content.action.edit" not in config["theme"]["features"]
    assert 'class="md-source"' in (site / "index.html").read_text(encoding="utf-8")
    assert not (site / "redactie").exists() and "Redactie" not in str(config["nav"]), "the public site"
    assert "kr-event__edit" not in (site / "index.html").read_text(encoding="utf-8")
    assert config["extra"]["kroniek"]["search_worker"] is False, "Zensical searches with its own worker"
    assert not (site / "search" / "kroniek_index.json").exists()

    result = run_kroniek("build", "--builder", "zensical", "--editors", cwd=project_copy)
    assert result.returncode == 0, result.stderr
    assert (site / "redactie" / "index.html").is_file(), "the editors' view has their page"
    assert "kr-event__edit" in (site / "index.html").read_text(encoding="utf-8")


def test_the_kroniek_plugin_is_dropped_from_either_form_of_plugins() -> None:
    listed = {"theme": {"name": "material"}, "plugins": ["search", {"kroniek": {"jobs": 2}}, {"tags": {}}]}
    assert zensical_config(listed, "mkdocs.yml")["plugins"] == ["search", {"tags": {}}]
    mapped = {"theme": {"name": "material"}, "plugins": {"search": {"lang": "nl"}, "kroniek": None}}
    assert zensical_config(mapped, "mkdocs.yml")["plugins"] == {"search": {"lang": "nl"}}


def test_a_linked_build_folder_or_docs_file_is_refused_and_nothing_outside_is_touched(
    run_kroniek, project_copy: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    (outside / "docs").mkdir(parents=True)
    (outside / "docs" / "keep.txt").write_text("mine")
    (project_copy / ".kroniek-build").symlink_to(outside, target_is_directory=True)
    result = run_kroniek("build", "--builder", "zensical", cwd=project_copy)
    assert result.returncode == 1 and "error: .kroniek-build: is not a folder Kroniek made" in result.stderr
    assert (outside / "docs" / "keep.txt").read_text() == "mine"

    (project_copy / ".kroniek-build").unlink()
    secret = tmp_path / "secret.md"
    secret.write_text("# geheim\n")
    os.symlink(secret, project_copy / "site_templates" / "docs" / "geheim.md")
    result = run_kroniek("build", "--builder", "zensical", cwd=project_copy)
    assert result.returncode == 1
    assert "error: site_templates/docs/geheim.md: is a symbolic link" in result.stderr
    assert not (project_copy / "site").exists() and "Traceback" not in result.stderr
