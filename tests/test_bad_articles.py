"""Broken and hostile article files: each is named with a clear message, never a traceback, and never stops the others.

The corpus is written into a fresh project per test; `kroniek` runs as a real process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.store import parse
from generator.errors import InputError
from generator.text.articles import MAX_ARTICLE_BYTES, read_article

GOOD = "Goed bericht\nDe raad vergaderde op maandag 3 januari 2022 over de haven.\n"
LINE = "Op maandag 3 januari om 10.30 uur zei dhr. Jansen dat het gisteravond misging. "

# file name → (bytes, what the message says, the line it names or None)
BAD = {
    "leeg.txt": (b"", "the article is empty", None),
    "spaties.txt": (b"  \n\t \n\xc2\xa0\n", "the article is empty", None),
    "binair.txt": (bytes(range(256)) * 4, "binary (it contains NUL bytes)", None),
    "nul.txt": (b"Tekst met\x00een NUL.\n", "binary (it contains NUL bytes)", None),
    "stuurteken.txt": (b"Regel een.\nRegel \x1b[31m twee.\n", "looks binary: control character U+001B", 2),
    "geen-tekst.txt": (b"Regel een.\nByte \x81 is nergens tekst.\n", "neither UTF-8 nor Windows-1252", 2),
    "open.md": (b"---\ntitle: Nooit gesloten\nTekst.\n", "front matter is not closed", 1),
    "lijst.md": (b"---\ntitle: [een, twee]\n---\nTekst.\n", "field 'title' must be text, not list", 2),
    "getal.md": (b"---\npublished: 2022\n---\nTekst.\n", "neither YYYY-MM-DD nor YYYY-MM", 2),
    "datum.md": (b"---\npublished: 2022-02-30\n---\nTekst.\n", "'2022-02-30' does not exist", 2),
    "taal.md": (b"---\nlanguage: 5\n---\nTekst.\n", "field 'language' must be text, not int", 2),
    "tag.md": (b"---\ntitle: !!python/object/apply:os.system [id]\n---\nT.\n", "the tag tag:yaml.org,2002:python", 2),
    "lachen.md": (b"---\na: &a [x, x]\ntitle: *a\n---\nTekst.\n", "anchors and aliases", 2),
    "alleen-kop.md": (b"---\ntitle: Kop\n---\n\n", "no text after its metadata", None),
}


def project_with(tmp_path: Path, files: dict[str, bytes]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "goed.txt").write_text(GOOD, encoding="utf-8")
    for name, data in files.items():
        (seeds / name).write_bytes(data)
    return tmp_path


def message_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(("error:", "warning:"))]


def test_every_bad_article_is_named_with_its_message_and_line(tmp_path: Path, run_kroniek) -> None:
    root = project_with(tmp_path, {name: data for name, (data, _, _) in BAD.items()})
    result = run_kroniek("extract", cwd=root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for name, (_, message, line) in BAD.items():
        place = f"seeds/{name}:{line}:" if line else f"seeds/{name}:"
        assert any(text.startswith(f"error: {place}") and message in text for text in message_lines(result.stderr)), (
            name,
            result.stderr,
        )
    assert (root / "content" / "goed.yml").is_file(), "one bad article stopped the good one"
    assert "1 created; 14 file(s) with errors" in result.stderr


def test_keep_going_warns_and_exits_zero(tmp_path: Path, run_kroniek) -> None:
    root = project_with(tmp_path, {"leeg.txt": b"", "nul.txt": b"a\x00b"})
    result = run_kroniek("extract", "--keep-going", cwd=root)
    assert result.returncode == 0, result.stderr
    assert "warning: seeds/leeg.txt: the article is empty" in result.stderr
    assert "warning: seeds/nul.txt: the file is binary" in result.stderr
    assert "2 file(s) skipped (--keep-going)" in result.stderr
    assert (root / "content" / "goed.yml").is_file()


@pytest.mark.parametrize(
    ("encoding", "said"), [("cp1252", "read as Windows-1252"), ("latin-1", "read as Windows-1252 (Latin-1)")]
)
def test_an_8bit_article_is_extracted_with_a_warning_naming_file_line_and_encoding(
    tmp_path: Path, run_kroniek, encoding: str, said: str
) -> None:
    text = "Heropening\nHet café ging op maandag 3 januari 2022 weer open.\n"
    root = project_with(tmp_path, {"oud.txt": text.encode(encoding)})
    result = run_kroniek("extract", cwd=root)
    assert result.returncode == 0, result.stderr
    assert f"warning: seeds/oud.txt:2: not UTF-8 (byte 0xe9); {said}" in result.stderr
    content = (root / "content" / "oud.yml").read_text(encoding="utf-8")
    assert "Het café ging op maandag 3 januari 2022 weer open." in content


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_an_article_with_a_byte_order_mark_is_read_and_the_encoding_said(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.txt"
    data = "Het café ging maandag open.\n".encode(encoding)
    path.write_bytes(data if encoding != "utf-16-be" else b"\xfe\xff" + data)
    warnings: list[InputError] = []
    source = read_article(path, tmp_path, warnings=warnings)
    assert source.text == "Het café ging maandag open.\n"
    said = f"read as {encoding[:6].upper()} (byte-order mark); save it as UTF-8"
    assert [str(w) for w in warnings] == [f"bom.txt: {said}"]


def test_a_20_mb_article_is_refused_at_once_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    path.write_bytes((LINE + "\n").encode() * (20 * 2**20 // (len(LINE) + 1)))
    with pytest.raises(InputError) as caught:
        read_article(path, tmp_path)
    limit = f"{MAX_ARTICLE_BYTES / 2**20:g} MB"
    assert str(caught.value) == f"groot.txt: the file is 20.0 MB; an article may be at most {limit}"


def test_a_1_mb_line_is_extracted(tmp_path: Path, run_kroniek) -> None:
    line = (LINE * (1_000_000 // len(LINE) + 1))[:1_000_000]
    root = project_with(tmp_path, {"lang.txt": (line + "\n").encode()})
    result = run_kroniek("extract", cwd=root)
    assert result.returncode == 0, result.stderr
    content = (root / "content" / "lang.yml").read_text(encoding="utf-8")
    assert content.count("\n  - id: lang-") > 10_000


def test_awkward_file_names_get_safe_distinct_slugs(tmp_path: Path, run_kroniek) -> None:
    names = ["met spaties.txt", "Één café.txt", "een-cafe.txt", "..verborgen..txt", "日本語.txt", "中文.md"]
    root = project_with(tmp_path, {name: GOOD.encode() for name in names})
    result = run_kroniek("extract", cwd=root)
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in (root / "content").glob("*.yml"))
    assert len(files) == len(names) + 1
    assert all(name.removesuffix(".yml").replace("-", "").isalnum() and name.isascii() for name in files)
    assert {"met-spaties.yml", "een-cafe.yml", "verborgen.yml", "goed.yml"} <= set(files)
    sources = {parse(p.read_text(encoding="utf-8"), p.name)["source"]["file"] for p in (root / "content").glob("*.yml")}
    assert sources == {f"seeds/{name}" for name in [*names, "goed.txt"]}


def test_a_missing_path_is_named_not_a_traceback(tmp_path: Path, run_kroniek) -> None:
    root = project_with(tmp_path, {})
    result = run_kroniek("extract", "seeds/er-niet.txt", cwd=root)
    assert result.returncode == 1
    assert "error: seeds/er-niet.txt: cannot read the file: No such file or directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_build_stops_on_a_bad_article_unless_keep_going(project_copy: Path, run_kroniek) -> None:
    (project_copy / "seeds" / "kapot.txt").write_bytes(b"\x00binair")
    stopped = run_kroniek("build", cwd=project_copy)
    assert stopped.returncode == 1 and "error: seeds/kapot.txt: the file is binary" in stopped.stderr
    assert not (project_copy / "site" / "index.html").exists()
    built = run_kroniek("build", "--keep-going", cwd=project_copy)
    assert built.returncode == 0, built.stderr
    assert "warning: seeds/kapot.txt: the file is binary" in built.stderr
    assert (project_copy / "site" / "bronnen" / "003-99419ed3d2e69392" / "index.html").is_file()
