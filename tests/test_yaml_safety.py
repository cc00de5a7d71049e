"""YAML from editors and front matter: unsafe tags, alias bombs, deep nesting and huge files are refused, not expanded.

How fast that happens is measured by `benchmarks/fuzz.py`, not asserted here.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from generator.content import store
from generator.errors import InputError
from generator.text.articles import read_article

REPO = Path(__file__).resolve().parents[1]
BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)
HOSTILE = {
    "billion laughs": (BILLION_LAUGHS, 1, "anchors and aliases"),
    "python object": ("source: !!python/object/apply:os.system [id]\n", 1, "the tag tag:yaml.org,2002:python"),
    "local tag": ("source:\n  title: !foo x\n", 2, "the tag !foo is not allowed"),
    "deep nesting": ("x: " + "[" * 5000 + "]" * 5000 + "\n", 1, "nested more than 50 levels"),
}
# The same, as the reader of editors' files words it for them (`lang/nl/messages.yaml`).
IN_DUTCH = {
    "billion laughs": "ankers en verwijzingen (& en *)",
    "python object": "de tag tag:yaml.org,2002:python",
    "local tag": "de tag !foo is niet toegestaan",
    "deep nesting": "meer dan 50 niveaus diep genest",
}


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("load", [store.parse, store.read])
def test_content_yaml_refuses_hostile_constructs_at_their_line(name: str, load) -> None:
    text, line, message = HOSTILE[name]
    with pytest.raises(InputError) as caught:
        load(text, "content/boos.yml")
    assert caught.value.path == "content/boos.yml" and caught.value.line == line
    assert (message if load is store.parse else IN_DUTCH[name]) in caught.value.message


def test_a_huge_content_file_is_refused_before_parsing() -> None:
    text = "source:\n  title: " + "x" * store.MAX_YAML_CHARS + "\n"
    with pytest.raises(InputError, match="a content file may have at most 10,000,000"):
        store.parse(text, "content/groot.yml")
    with pytest.raises(InputError, match="een inhoudsbestand mag er hoogstens 10,000,000 hebben"):
        store.read(text, "content/groot.yml")


def test_front_matter_refuses_the_billion_laughs(tmp_path: Path) -> None:
    path = tmp_path / "lachen.md"
    path.write_text("---\n" + BILLION_LAUGHS + "title: *i\n---\nTekst.\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_article(path, tmp_path)
    assert (caught.value.line, "anchors and aliases" in caught.value.message) == (2, True)


@pytest.mark.parametrize("name", HOSTILE)
def test_front_matter_refuses_hostile_constructs_at_their_line(tmp_path: Path, name: str) -> None:
    text, line, message = HOSTILE[name]
    path = tmp_path / "boos.md"
    path.write_text("---\n" + text + "---\nTekst.\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_article(path, tmp_path)
    assert caught.value.line == line + 1  # the front matter starts on the file's second line
    assert caught.value.message.startswith("front matter is not valid YAML: " + message)


def test_kroniek_check_names_a_hostile_content_file(project_copy: Path, run_kroniek) -> None:
    (project_copy / "content" / "boos.yml").write_text(BILLION_LAUGHS, encoding="utf-8")
    result = run_kroniek("check", cwd=project_copy)
    assert result.returncode == 1
    assert "content/boos.yml:1:4: ankers en verwijzingen (& en *)" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_no_yaml_is_loaded_without_a_safe_loader() -> None:
    """`yaml.load(` only with a SafeLoader subclass, ruamel only round-trip or safe."""
    found = subprocess.run(
        ["grep", "-rnE", r"yaml\.load\(|YAML\(|yaml\.unsafe_load|full_load", "generator", "benchmarks"],
        cwd=REPO, capture_output=True, text=True, check=False,
    ).stdout.splitlines()
    assert found, "the grep itself found nothing: it is looking in the wrong place"
    for line in found:
        in_store = line.startswith("generator/content/store.py:")
        ruamel_instance = in_store and "yaml.load(text)" in line  # `_yaml()`: typ="rt"
        assert ruamel_instance or re.search(r"Loader=.*(SafeLoader|_TextDatesLoader)|typ=\"(rt|safe)\"", line), line
