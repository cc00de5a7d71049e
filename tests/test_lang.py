"""The site's words are language data: no Dutch word in the code or templates; a second language is a folder."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest
import yaml

import generator.lang
from generator.content import review
from generator.lang.words import site_words
from generator.making import render
from generator.model import Document, Event, SourceMeta
from generator.temporal.values import interval
from tests.conftest import REPO

NL = yaml.safe_load((REPO / "generator/lang/nl/site.yaml").read_text(encoding="utf-8"))
MESSAGES = yaml.safe_load((REPO / "generator/lang/nl/messages.yaml").read_text(encoding="utf-8"))
CODE = [
    REPO / "generator/making/render.py",
    REPO / "generator/making/labels.py",
    REPO / "generator/content/review.py",
]
# What editors are told: no message word in the code that makes the messages.
MESSAGE_CODE = [REPO / "generator" / name for name in (
    "content/check.py", "content/mistakes.py", "content/when.py", "content/fix.py", "content/yamlfast.py",
    "content/review.py", "commands/review.py")]
# Names the messages quote (fields, commands, formats): not words of a language.
NAMES = {"file", "when", "yaml", "null", "content", "check", "kroniek", "review", "generated", "timex", "start"}


def _strings(data: object) -> list[str]:
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return [data] if isinstance(data, str) else []


def _words(text: str) -> set[str]:
    """The words of four letters or more, outside HTML tags and `{field}`s: short ones (`van`, `op`) are in names."""
    return {word.lower() for word in re.findall(r"[^\W\d_]{4,}", re.sub(r"<[^>]*>|\{\w+\}", " ", text))}


SITE_WORDS = {word for value in _strings({k: v for k, v in NL.items() if k != "formats"}) for word in _words(value)}


def _code_strings(path: Path) -> str:
    """The string literals of a module that a reader could see: not docstrings, not paths or anchors."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return " ".join(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and not re.fullmatch(r"[a-z0-9/._#-]*", node.value)
    )


def _template_text(path: Path) -> str:
    """What a template writes itself: without Jinja's tags, comments and expressions, heading anchors and the
    front matter's keys."""
    text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", " ", path.read_text(encoding="utf-8"), flags=re.S)
    text = re.sub(r"^\w+:", " ", text, flags=re.M)
    return re.sub(r"\{ #[^}]*\}", " ", text)


MESSAGE_WORDS = {word for value in _strings(MESSAGES) for word in _words(value)} - NAMES


def test_the_site_words_are_found_by_the_check() -> None:
    assert {"nacht", "gebeurtenissen", "tijdlijn", "zekerheid"} <= SITE_WORDS
    assert {"aanhalingstekens", "publicatiedatum", "ontbreekt", "waarschuwing"} <= MESSAGE_WORDS


@pytest.mark.parametrize("path", MESSAGE_CODE, ids=lambda p: p.name)
def test_no_message_word_in_the_code(path: Path) -> None:
    assert _words(_code_strings(path)) & MESSAGE_WORDS == set()


@pytest.mark.parametrize("path", CODE, ids=lambda p: p.name)
def test_no_site_word_in_the_code(path: Path) -> None:
    assert _words(_code_strings(path)) & SITE_WORDS == set()


TEMPLATES = sorted([*(REPO / "site_templates").glob("*.j2"), *(REPO / "site_templates/theme").glob("*.html")])
SCRIPTS = sorted([*(REPO / "site_templates").glob("*.js"), *(REPO / "site_templates/docs/assets").glob("*.js")])


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.name)
def test_no_site_word_in_the_scripts(path: Path) -> None:
    """The scripts take their words from the page (`script:` of the site's words), never write their own."""
    text = re.sub(r"/\*.*?\*/|//[^\n]*", " ", path.read_text(encoding="utf-8"), flags=re.S)
    # What a reader could read: a string with a capital or two words, not a selector or a name
    shown = [s for s in re.findall(r'"([^"]*)"', text) if re.search(r"^[A-ZÀ-Þ]|[^\W\d_]{2,} [^\W\d_]{2,}", s)]
    assert _words(" ".join(shown)) & SITE_WORDS == set()


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_no_site_word_in_the_templates(path: Path) -> None:
    assert _words(_template_text(path)) & SITE_WORDS == set()


def _stub_language(data: object, key: str = "") -> object:
    """The Dutch data with every word replaced by `xx-<key>`, keeping each `{field}` the code fills in."""
    if isinstance(data, dict):
        return {k: _stub_language(v, k) for k, v in data.items()}
    if isinstance(data, list):
        return [_stub_language(v, f"{key}{i}") for i, v in enumerate(data)]
    return f"xx-{key}" + "".join(f" {field}" for field in re.findall(r"\{\w+\}", data))


@pytest.fixture
def xx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A second language `xx`: a new folder of data only, the site's words and the messages (English month names
    from CLDR, the Dutch words stubbed), in a copy of lang/."""
    from generator.lang.messages import messages

    lang = tmp_path / "lang"
    shutil.copytree(REPO / "generator" / "lang", lang)
    stub = _stub_language({k: v for k, v in NL.items() if k not in ("locale", "formats")})
    data = {"locale": "en", "formats": NL["formats"], **stub}  # type: ignore[dict-item]
    (lang / "xx").mkdir()
    (lang / "xx" / "site.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (lang / "xx" / "messages.yaml").write_text(yaml.safe_dump(_stub_language(MESSAGES), allow_unicode=True), "utf-8")
    monkeypatch.setattr(generator.lang, "LANG_DIR", lang)
    site_words.cache_clear()
    messages.cache_clear()
    yield "xx"
    site_words.cache_clear()
    messages.cache_clear()


def _document() -> Document:
    meta = SourceMeta(slug="a", file="seeds/a.txt", title="Titel", published="2022-01-06", language="nl")
    night = Event(
        id="a-1", source="a", when="2022-01-05TNI", text="Vannacht was het stil.", expression="Vannacht",
        span=(0, 8), sentence_span=(0, 22), interval=interval("2022-01-05TNI"), review=("several-dates",), line=9,
    )
    return Document(path="content/a.yml", source=meta, events=(night,))


def test_a_second_language_is_a_folder_of_data(xx: str) -> None:
    site = render.Site.of([_document()], language=xx, editors=True)
    page = render.timeline_pages([_document()])["index.md"]  # Kroniek's own language, as before
    assert "nacht van woensdag 5 op donderdag 6 januari 2022" in page
    items = [
        review.ReviewItem("published", "content/a.yml", "a", "note", candidates=("2022-01-06",)),
        review.ReviewItem("event", "content/a.yml", "a", "why", event="a-1", expression="Vannacht",
                          when="2022-01-05TNI", line=9, reasons=("several-dates",), confidence="medium"),
    ]
    pages = render.site_wide_pages(site, items)
    timeline = pages[render.HOME]
    assert "xx-night Wednesday 5 Thursday, January 6, 2022" in timeline  # the stub's words around CLDR's names
    assert "xx-intro" not in timeline and "xx-timeline_intro" in timeline and "xx-pager" not in timeline
    assert "xx-several-dates" in timeline and "xx-medium" in timeline  # why the machine doubts it, how sure: messages
    editors = pages[render.REVIEW_PAGE]
    assert "Thursday, January 6, 2022" in editors and "xx-review_title" in editors
    assert "xx-medium" in editors and "xx-explained 1" in editors
    # The article's words; a folder, fields and a value an editor types (`confirmed: true`, a group's `events`).
    article_and_names = {"titel", "vannacht", "content", "published", "title", "confirmed", "true", "events"}
    for page in pages.values():
        shown = re.sub(r"\{[^}]*\}|data-kr-\w+='[^']*'", " ", page)  # not the scripts' settings: names, not words
        assert _words(shown) & (SITE_WORDS | MESSAGE_WORDS) <= article_and_names, page



def test_check_and_the_schema_help_speak_the_sites_language(xx: str, tmp_path: Path) -> None:
    from generator.content.check import check_content, schema_with_help
    from generator.project import Project
    from tests.test_check import VALID, make_project, write

    (tmp_path / "p").mkdir()
    project = make_project(tmp_path / "p")
    (project.root / "mkdocs.yml").write_text(f"site_name: x\ntheme:\n  name: material\n  language: {xx}\n")
    write(project, VALID.replace("when: 2022-01-06TMO", "when: 2022-13").replace("  title: Schoten", "\ttitle: x"))
    (problem,) = check_content(Project(project.root))
    assert problem.message == "xx-tab"
    write(project, VALID.replace("when: 2022-01-06TMO", "when: 2022-13"))
    (problem,) = check_content(Project(project.root))
    assert problem.message.startswith("xx-no_month ") and "when" in problem.message
    help_texts = schema_with_help(Project(project.root).messages)
    assert help_texts["$defs"]["event"]["properties"]["when"]["description"] == "xx-when"
    mention = help_texts["$defs"]["event"]["properties"]["mentions"]["items"]["properties"]["value"]
    assert mention["description"] == "xx-value" and mention["patternErrorMessage"] == "xx-value"


def test_the_plugin_refuses_a_language_with_site_words_but_no_messages(tmp_path: Path, monkeypatch) -> None:
    """The site shows the messages' words too (why the machine doubts an event): both data files make a language."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import PluginError

    lang = tmp_path / "lang"
    shutil.copytree(REPO / "generator" / "lang", lang)
    (lang / "xx").mkdir()
    shutil.copy(lang / "nl" / "site.yaml", lang / "xx" / "site.yaml")
    monkeypatch.setattr(generator.lang, "LANG_DIR", lang)
    site_words.cache_clear()
    config_text = (REPO / "mkdocs.yml").read_text("utf-8")
    assert "language: nl" in config_text
    (tmp_path / "mkdocs.yml").write_text(config_text.replace("language: nl", "language: xx"), "utf-8")
    (tmp_path / "site_templates" / "docs").mkdir(parents=True)
    config = load_config(str(tmp_path / "mkdocs.yml"))
    try:
        with pytest.raises(PluginError, match="no messages language data for 'xx'"):
            config.plugins["kroniek"].on_config(config)
    finally:
        site_words.cache_clear()


def test_a_data_file_is_parsed_once_and_no_reader_changes_what_the_others_read() -> None:
    """The splitter and the clause reader share `text.yaml`, parsed once; what one caller does to its copy the next
    does not see."""
    first = generator.lang.read_data("nl", "text")
    first.clear()
    again = generator.lang.read_data("nl", "text")
    assert again and again == generator.lang.read_data("nl", "text") and again is not first
    with pytest.raises(ValueError, match=r"no site language data for '\.\./nl'"):
        generator.lang.read_data("../nl", "site")


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Géén", "geen"), ("níet", "niet"), ("nóg", "nog"), ("één", "een"), ("zo’n", "zo'n"), ("niet", "niet"),
        ("Ge\u0301e\u0301n", "geen"),  # the accents typed as marks of their own
        ("wàs", "wàs"),  # a grave accent stresses no Dutch word
    ],
)
def test_a_word_is_read_for_the_lists_without_its_stress_accent(written: str, listed: str) -> None:
    assert generator.lang.as_listed(written, "nl") == listed


def test_the_marks_of_stress_are_each_languages_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dutch drops an acute accent from a word it reads for its lists; a language whose `text.yaml` names no such marks
    keeps them (`sí` and `si` are two words there), and still reads a typed apostrophe as the straight one."""
    lang = tmp_path / "lang"
    (lang / "xs").mkdir(parents=True)
    (lang / "xs" / "text.yaml").write_text("abbreviations: [etc.]\n", encoding="utf-8")
    monkeypatch.setattr(generator.lang, "LANG_DIR", lang)
    assert [generator.lang.as_listed(word, "xs") for word in ("Sí", "si", "l’eau")] == ["sí", "si", "l'eau"]
    monkeypatch.undo()
    assert generator.lang.as_listed("Sí", "nl") == "si"


def test_a_mark_of_stress_in_ascii_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain word is read without a look at the marks (most words are ASCII): a mark there would go unseen."""
    lang = tmp_path / "lang"
    (lang / "xt").mkdir(parents=True)
    (lang / "xt" / "text.yaml").write_text("stress_marks: {ó: o, a: e}\n", encoding="utf-8")
    monkeypatch.setattr(generator.lang, "LANG_DIR", lang)
    with pytest.raises(ValueError, match="outside ASCII"):
        generator.lang.as_listed("Sól", "xt")
