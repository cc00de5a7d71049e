"""The article reader: both scraped formats, front matter, dates as known, exact offsets, slugs."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.articles import find_articles, read_article, unique_slugs
from generator.errors import InputError


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_bytes(text.encode("utf-8"))
    return path


def words(source, kind: str) -> list[str]:
    return [source.block_text(b) for b in source.blocks if b.kind == kind]


def test_date_prefix_is_metadata_not_text(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", " date 2021-11 De raad vergaderde dinsdag.\n\nDaarna ging iedereen naar huis.\n")
    source = read_article(path, tmp_path)
    assert source.published == "2021-11"
    assert words(source, "paragraph") == ["De raad vergaderde dinsdag.", "Daarna ging iedereen naar huis."]
    assert "date" not in source.body_view()
    assert source.body_view().index("De raad") == source.text.index("De raad")


def test_title_line_and_subheadings(tmp_path: Path) -> None:
    text = (
        "Brand in haven van Rotterdam onder controle\n"
        "De brandweer blust sinds maandag een brand.\n"
        "'Giftige rook'\n"
        "Omwonenden moesten ramen en deuren sluiten.\n"
        "Een getuige filmde de vlammen:\n"
        "De haven is weer open.\n"
    )
    source = read_article(write(tmp_path, "b.txt", text), tmp_path)
    assert source.title == "Brand in haven van Rotterdam onder controle"
    assert words(source, "title") == [source.title]
    assert words(source, "heading") == ["'Giftige rook'"]
    assert len(words(source, "paragraph")) == 4
    dropped = [source.block_text(b) for b in source.blocks if b.embed_dropped]
    assert dropped == ["Een getuige filmde de vlammen:"]
    assert source.published is None


def test_no_title_when_the_first_line_is_a_sentence(tmp_path: Path) -> None:
    source = read_article(write(tmp_path, "c.txt", "Het regende gisteren hard.\nVandaag is het droog.\n"), tmp_path)
    assert source.title is None
    assert [b.kind for b in source.blocks] == ["paragraph", "paragraph"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_offsets_slice_back_to_the_original_file(tmp_path: Path, newline: str) -> None:
    text = newline.join([" date 2022-01-06 Eerste alinea met één café.", "", "Kop zonder punt", "Tweede alinea."])
    path = write(tmp_path, "d.txt", text)
    source = read_article(path, tmp_path)
    original = path.read_bytes().decode("utf-8")
    assert source.text == original
    for block in source.blocks:
        assert original[block.start : block.end] == source.block_text(block)
        assert source.block_text(block) == source.block_text(block).strip()
    assert words(source, "heading") == ["Kop zonder punt"]


def test_seed_articles_read_with_their_structure(repo: Path) -> None:
    sources = {s.slug: s for s in (read_article(p, repo) for p in find_articles([repo / "seeds"]))}
    assert set(sources) == {"000-3a4275490f53a859", "003-99419ed3d2e69392"}
    first, second = sources["000-3a4275490f53a859"], sources["003-99419ed3d2e69392"]
    assert first.published == "2022-01" and first.title is None
    assert "Vliegveld weer onder controle van regering" in words(first, "heading")
    assert second.published is None
    assert second.title.startswith("Mogelijk tientallen doden")
    assert {"'Tientallen doden'", "'Vredesmacht'"} <= set(words(second, "heading"))
    for source in sources.values():
        for block in source.blocks:
            assert source.text[block.start : block.end].strip() == source.block_text(block)


def test_front_matter_article(tmp_path: Path) -> None:
    text = (
        "---\n"
        "title: Storm raast over het land\n"
        "published: 2023-10-19\n"
        "url: https://example.org/storm\n"
        "publisher: Omroep West\n"
        "language: nl\n"
        "timezone: Europe/Amsterdam\n"
        "---\n"
        "# Storm raast over het land\n"
        "\n"
        "## Bomen omgewaaid\n"
        "Donderdagavond waaiden\nveel bomen om.\n"
        "\n"
        "Vrijdag ruimt de gemeente op.\n"
    )
    source = read_article(write(tmp_path, "storm.md", text), tmp_path)
    assert source.title == "Storm raast over het land"
    assert source.published == "2023-10-19"
    assert source.url == "https://example.org/storm"
    assert source.publisher == "Omroep West"
    assert source.timezone == "Europe/Amsterdam"
    assert words(source, "heading") == ["Bomen omgewaaid"]
    assert words(source, "paragraph") == ["Donderdagavond waaiden\nveel bomen om.", "Vrijdag ruimt de gemeente op."]
    assert "publisher" not in source.body_view()


@pytest.mark.parametrize(("published", "expected"), [("'2023-10'", "2023-10"), ("2023-10", "2023-10"), ("", None)])
def test_front_matter_month_only_or_missing_date(tmp_path: Path, published: str, expected: str | None) -> None:
    text = f"---\ntitle: T\npublished: {published}\n---\nDe tekst.\n"
    assert read_article(write(tmp_path, "m.md", text), tmp_path).published == expected


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("---\ntitle: T\npublished: 2022-02-30\n---\nTekst.\n", "does not exist", 3),
        ("---\ntitle: [unclosed\n---\nTekst.\n", "not valid YAML", None),
        ("---\ntitle: T\nTekst zonder einde.\n", "not closed", 1),
        ("---\ntitle: 12\n---\nTekst.\n", "must be text", 2),
        (" date 2022-13 Tekst.\n", "does not exist", 1),
    ],
)
def test_bad_metadata_names_file_and_line(tmp_path: Path, text: str, message: str, line: int | None) -> None:
    path = write(tmp_path, "bad.md" if text.startswith("---") else "bad.txt", text)
    with pytest.raises(InputError) as caught:
        read_article(path, tmp_path)
    assert message in caught.value.message
    assert caught.value.path.endswith(path.name)
    if line is not None:
        assert caught.value.line == line


@pytest.mark.parametrize(("data", "message"), [(b"", "empty"), (b"  \n\n", "empty"), (b"ab\x00cd", "binary")])
def test_unusable_files_are_named(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_article(write(tmp_path, "x.txt", data), tmp_path)


def test_non_utf8_is_read_as_windows_1252_with_a_warning_at_the_line(tmp_path: Path) -> None:
    warnings: list[InputError] = []
    path = write(tmp_path, "latin.txt", "Regel een.\nCaf\xe9 twee.\n".encode("latin-1"))
    assert "Café twee." in read_article(path, tmp_path, warnings=warnings).text
    assert [(w.line, "Windows-1252" in w.message) for w in warnings] == [(2, True)]


def test_slugs_are_url_safe_stable_and_unique(tmp_path: Path) -> None:
    names = ["nieuws/Één Café.txt", "nieuws/een-cafe.txt", "ander/een cafe.md", "Z.txt"]
    first = unique_slugs(names)
    assert first == unique_slugs(list(reversed(names)))  # stable whatever the order
    assert len(set(first.values())) == len(names)
    assert first["nieuws/een-cafe.txt"] == "een-cafe"  # the file already named as its slug keeps it
    assert all(slug.replace("-", "").isalnum() and slug == slug.lower() for slug in first.values())
    assert first["Z.txt"] == "z"
