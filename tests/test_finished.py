"""Finished HTML skips Python-Markdown: pages come out as Markdown made them; the search reads the same words."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from material.plugins.search.plugin import Parser

from generator import pipeline
from generator.making import finished, render
from generator.making import output as site_output
from generator.plugin import headings
from generator.project import Project
from tests.conftest import with_kroniek_options

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import write_corpus

TOKEN = "krhtml0123456789abcdefx"
HOSTILE = "Woensdag brak <!--/kr-html--> { #x } [klik](javascript:alert(1)) <script>alert(1)</script> brand uit."


@pytest.fixture(scope="module", params=["excerpt", "full"])
def output(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> site_output.SiteOutput:
    """The site of a synthetic corpus (a page per month) with one article whose sentence tries to end the HTML and
    that has a subheading, its source pages showing excerpts or whole articles."""
    root = tmp_path_factory.mktemp("finished")
    write_corpus(root / "seeds", 30)
    (root / "seeds" / "hostile.md").write_text(
        f"---\ntitle: Brand & \"rook\"\npublished: 2022-01-07\n---\n\n{HOSTILE}\n\n## Tussenkop <b>\n\n"
        "De brandweer bleef tot laat. Op 8 januari 2022 was het vuur uit. Omwonenden mochten terug.\n"
    )
    project = Project(root)
    assert not pipeline.extract(project).errors
    return site_output.site_output(project, threshold=1, source_text=request.param)


def _html(text: str) -> str:
    """What MkDocs makes of a page's Markdown, with the extensions of the project's mkdocs.yml."""
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    made = markdown.Markdown(extensions=["attr_list", "toc"], extension_configs={"toc": {"permalink": True}})
    return made.convert(body)


def _same(html: str) -> str:
    return re.sub(r"\s+", " ", html).strip()


def test_a_page_is_what_python_markdown_made_of_it(output: site_output.SiteOutput):
    kinds = set()
    for path, page in output.pages.items():
        taken, stretches = finished.take_out(page, TOKEN)
        assert finished.START not in taken and finished.UNINDEXED not in taken and finished.END not in taken
        first = finished.put_back(_html(taken), TOKEN, stretches, unindexed=False)
        assert all(f"<!--{TOKEN}{n}-->" in first for n, s in enumerate(stretches) if not s.indexed)
        made = finished.put_back(first, TOKEN, stretches, unindexed=True)
        assert _same(made) == _same(_html(finished.as_markdown(page))), path
        kinds.update(s.indexed for s in stretches)
    assert kinds == {True, False}, "both kinds of stretch are made"


def test_hostile_text_makes_no_marker_heading_or_script(output: site_output.SiteOutput):
    (path,) = [p for p, page in output.pages.items() if p.startswith("bronnen/") and "brak" in page]
    taken, stretches = finished.take_out(output.pages[path], TOKEN)
    assert "brak" not in taken, "the sentence is inside finished HTML, not Markdown"
    made = finished.put_back(finished.put_back(_html(taken), TOKEN, stretches, unindexed=False), TOKEN, stretches,
                             unindexed=True)  # fmt: skip
    assert "<script>" not in made and 'href="javascript' not in made and 'id="x"' not in made
    assert "&lt;!--/kr-html--&gt;" in made and "&lt;script&gt;" in made


def test_the_search_entries_are_what_the_themes_search_reads_on_the_page(output: site_output.SiteOutput):
    """Kroniek's own entries for its timeline and source pages hold what Material's search would read on them: the
    same sections, titles and words (source pages: the same words, spaced alike)."""
    checked = set()
    for path, page in output.pages.items():
        url = render.page_url(path)
        if not path.startswith(("tijdlijn/", "bronnen/")) or path == render.SOURCES_INDEX:
            continue
        parser = Parser()
        parser.feed(_html(finished.as_markdown(page)))
        parser.close()
        theirs = [
            (f"{url}#{s.id}" if s.id else url, "".join(s.title).strip(), _spaced("".join(s.text)))
            for s in parser.data if not s.is_excluded()
        ]  # fmt: skip
        # the theme names a page's first section by the page's title
        theirs[0] = (url, json.loads(re.search(r"^title: (.*)$", page, re.M).group(1)), theirs[0][2])
        ours = [(e["location"], e["title"], _spaced(e["text"])) for e in _entries(output.search[url])]
        assert ours == theirs, path
        checked.add(path.split("/")[0])
    assert checked == {"tijdlijn", "bronnen"}
    assert any("#kop-" in e["location"] for joined in output.search.values() for e in _entries(joined)), "subheading"


def _entries(joined: str | None) -> list[dict[str, str]]:
    return json.loads(f"[{joined or ''}]")


def _spaced(text: str) -> str:
    """Whitespace as one space, none around paragraphs, and no empty paragraph (the theme leaves some)."""
    return re.sub(r"\s+", " ", re.sub(r"\s*(</?p>)\s*", r"\1", text)).replace("<p></p>", "").strip()


def test_markers_stay_out_of_the_markdown_other_builders_read():
    start, end = finished.START, finished.END
    page = f"# T\n\n{start}\n<p>a</p>\n{end}\n\n## H\n\n{finished.UNINDEXED}\n<p>b</p>\n{end}\n"
    assert finished.as_markdown(page) == "# T\n\n<p>a</p>\n\n## H\n\n<p>b</p>\n"
    taken, stretches = finished.take_out(page, TOKEN)
    assert [s.indexed for s in stretches] == [True, False] and "<p>" not in taken and "## H" in taken


# The marker rule as a regular expression: a starting marker at the start of a line, up to the first ending marker
# at the start of a line after it, with the line end after that marker if there is one.
_RULE = re.compile(r"^<!--kr-html( unindexed)?-->\n(.*?)^<!--/kr-html-->\n?", re.M | re.S)
_PIECES = [finished.START, finished.UNINDEXED, finished.END, "\n", "<p>a</p>", " ", "<!--kr-html", "-->", "x\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_take_out_follows_the_marker_rule(pieces: list[str]):
    """Markers not at a line's start, a start without an end, empty stretches, a page ending in a marker."""
    page = "".join(pieces)
    stretches: list[finished.Stretch] = []

    def replace(match: re.Match[str]) -> str:
        stretches.append(finished.Stretch(match.group(2), indexed=not match.group(1)))
        return f"\n{TOKEN}{len(stretches) - 1}\n\n"

    assert finished.take_out(page, TOKEN) == (_RULE.sub(replace, page), tuple(stretches))


def test_a_stretch_whose_place_was_lost_is_an_error_not_a_shorter_page():
    _, stretches = finished.take_out(f"# T\n\n{finished.START}\n<p>a</p>\n{finished.END}\n", TOKEN)
    with pytest.raises(ValueError, match="lost the place"):
        finished.put_back("<h1>T</h1>", TOKEN, stretches, unindexed=False)


# MkDocs' own extensions and the project's, as mkdocs.yml configures them (what `headings` stands in for).
EXTENSIONS = ["toc", "tables", "fenced_code", "attr_list"]
TOC = {"toc": {"permalink": True, "permalink_title": "Vaste link naar dit kopje", "toc_depth": 2}}


def _python_markdown(text: str) -> tuple[str, list]:
    made = markdown.Markdown(extensions=EXTENSIONS, extension_configs=TOC)
    return made.convert(text), made.toc_tokens


def test_headings_make_what_python_markdown_makes_of_a_page_without_its_finished_html(
    output: site_output.SiteOutput,
):
    settings = headings.Settings.of(EXTENSIONS, TOC)
    converted = set()
    for path, page in output.pages.items():
        taken, _ = finished.take_out(page.split("\n---\n", 1)[1], TOKEN)
        made = headings.convert(taken, settings)
        if made is None:
            continue
        html, tokens = _python_markdown(taken)
        assert (made.html, made.toc) == (html, tokens), path
        assert made.ids == set(re.findall(r'<h\d[^>]* id="([^"]+)"', html)), path
        converted.add(path)
    kroniek = {p for p in output.pages if p.startswith(("tijdlijn/", "bronnen/")) and not p.endswith("index.md")}
    assert kroniek <= converted, "every timeline and source page is made without Python-Markdown"


@pytest.mark.parametrize(
    "text",
    [
        '# Titel\n\n## Kop { #a .b .c data-x }\n\n### Drie { #d }\n\n## Titel\n\n<p class="n" data-x>a &amp; b</p>',
        "## Twee 'x' \"y\" (z) – 3,5: a; b/c { #een-id }\n\n" + TOKEN + "0\n\n# Een\n\n" + TOKEN + "1",
        "<p>a</p>\n\n## B",
        "## Kop met ruimte    { #a   .b }\n\n## Kop zonder lijst",
    ],
)
def test_headings_and_python_markdown_agree(text: str):
    made = headings.convert(text, headings.Settings.of(EXTENSIONS, TOC))
    assert made is not None and (made.html, made.toc) == _python_markdown(text)


@pytest.mark.parametrize(
    "text",
    ["# *Nadruk*", "# A & B", "# A <b>", "## Kop {: #a }", "# Een\nTwee", "Een woord.", "---", "# Kop #", "    code",
     "## Kop {x} { #a }", "## Kop  met  ruimte", "## Kop\tmet tab", "## Kop { #a } }", "## Kop{ #a }"],
)
def test_headings_leave_to_python_markdown_what_markdown_would_read(text: str):
    assert headings.convert(text, headings.Settings.of(EXTENSIONS, TOC)) is None


@pytest.mark.parametrize(
    ("extensions", "configs"),
    [
        (["toc", "attr_list", "md_in_html"], TOC),
        (["toc", "tables", "fenced_code"], TOC),
        (EXTENSIONS, {"toc": {**TOC["toc"], "slugify": str.lower}}),
        (EXTENSIONS, {"toc": {"permalink": False}}),
        (EXTENSIONS, {"toc": {"toc_depth": "2-3", "permalink": True}}),
        (EXTENSIONS, {"toc": {**TOC["toc"], "permalink_title": "Kop &amp; staart"}}),
        (EXTENSIONS, {"toc": {**TOC["toc"], "permalink_title": "Link naar 't kopje"}}),
    ],
)
def test_headings_stand_in_only_for_the_options_they_know(extensions: list, configs: dict):
    assert headings.Settings.of(extensions, configs) is None


def test_a_build_without_python_markdown_on_kroniek_pages_writes_the_same_site(run_kroniek, project_copy: Path):
    """The same project built twice, once with an option of `toc` `headings` does not know (its default value,
    so Python-Markdown makes every page as before): every file of the two sites is the same, byte for byte."""
    config = with_kroniek_options((project_copy / "mkdocs.yml").read_text(encoding="utf-8"), split_threshold=1)
    (project_copy / "mkdocs.yml").write_text(config, encoding="utf-8")
    other = project_copy.parent / "markdown"
    shutil.copytree(project_copy, other)
    toc = "      permalink: true\n"
    assert toc in config
    (other / "mkdocs.yml").write_text(config.replace(toc, toc + "      permalink_leading: false\n"), encoding="utf-8")
    for root in (project_copy, other):
        result = run_kroniek("build", cwd=root)
        assert result.returncode == 0, result.stderr
    ours, theirs = project_copy / "site", other / "site"
    files = sorted(p.relative_to(ours) for p in ours.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(theirs) for p in theirs.rglob("*") if p.is_file())
    assert any(f.parts[0] == "tijdlijn" for f in files) and any(f.parts[0] == "bronnen" for f in files)
    assert all((ours / f).read_bytes() == (theirs / f).read_bytes() for f in files), "the same site"
