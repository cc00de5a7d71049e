"""Hostile articles and editor YAML, built into a real site and opened in Chromium: shown as text, never run.

Every payload tries to set `window.__pwned` or open a dialog; the page must
show the payload's words instead, and a snippet line must not pull a file in.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from generator import cli
from generator.content import store
from generator.project import Project
from tests.conftest import with_kroniek_options

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SECRET = "GEHEIM-7f3a9c-niet-publiceren"
PAYLOADS = (
    "<script>window.__pwned=1;alert(1)</script>",
    '<img src=x onerror="window.__pwned=2;alert(2)">',
    "[klik hier](javascript:alert(3))",
    '<a href="javascript:window.__pwned=4">link</a>',
    "{{ 7*7 }} en {% if true %}jinja{% endif %}",
    '{: onclick="window.__pwned=5" }',
    '--8<-- "geheim.txt"',
)
ARTICLE = f"""---
title: 'Titel "><script>window.__pwned=10</script>'
publisher: '<img src=x onerror="window.__pwned=11">'
url: "javascript:alert(12)"
published: 2022-01-06
---
Op maandag 3 januari 2022 schreef hij {PAYLOADS[0]} in de krant.

Op dinsdag 4 januari 2022 stond er {PAYLOADS[1]} en {PAYLOADS[2]} in.

Op woensdag 5 januari 2022 kwam {PAYLOADS[3]} binnen.

Op donderdag 6 januari 2022 las men {PAYLOADS[4]} en {PAYLOADS[5]} voor.

!!! danger "Op vrijdag 7 januari 2022 een vermaning"

{PAYLOADS[6]}

--8<-- "/etc/hostname"
"""
EDITOR_TEXT = "<script>window.__pwned=20;alert(20)</script> Op 8 januari 2022 gebeurde het."
EDITOR_MENTION = '<img src=x onerror="window.__pwned=21">'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`kroniek build` of a project with one hostile article and an editor's hostile event."""
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(REPO / "site_templates", root / "site_templates")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")  # the whole article on its page, every payload in it
    (root / "mkdocs.yml").write_text(with_kroniek_options(config, source_text="full"), encoding="utf-8")
    (root / "seeds").mkdir()
    (root / "seeds" / "boos.md").write_text(ARTICLE, encoding="utf-8")
    (root / "geheim.txt").write_text(SECRET, encoding="utf-8")  # where a snippet path relative to the root points
    assert cli.main(["--root", str(root), "extract"]) == 0
    content = Project(root).content_dir / "boos.yml"
    tree = store.parse(content.read_text(encoding="utf-8"), "boos.yml")
    tree["events"].append(
        {"id": "boos-redactie", "when": "2022-01-08", "text": EDITOR_TEXT, "expression": "8 januari 2022",
         "review": ["tense"], "mentions": [{"expression": EDITOR_MENTION, "value": "2022-01-08"}]}
    )  # fmt: skip
    content.write_text(store.dump(tree), encoding="utf-8")
    assert cli.main(["--root", str(root), "build"]) == 0
    return Project(root).site_dir


def test_no_file_is_pulled_into_the_site(hostile_site: Path) -> None:
    hostname = Path("/etc/hostname").read_text(encoding="utf-8").strip() if Path("/etc/hostname").exists() else ""
    pages = list(hostile_site.rglob("*.html")) + list(hostile_site.rglob("*.json"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert SECRET not in text, page
        assert len(hostname) < 8 or hostname not in text, page


@pytest.mark.parametrize("page_path", ["", "bronnen/boos/"])
def test_payloads_are_visible_text_and_nothing_runs(
    hostile_site: Path, serve, browser: Browser, page_path: str
) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(serve(hostile_site) + page_path)
    page.wait_for_load_state("networkidle")
    shown = page.locator("article.md-content__inner").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('[href^=\"javascript\" i], [onerror], [onclick]').length") == 0
    assert 'Titel "><script>window.__pwned=10</script>' in page.title() + shown
    previews = page.eval_on_selector_all("meta[name=description], meta[property^=og]", "ms => ms.map(m => m.content)")
    assert not page_path or any('"><script>window.__pwned=10' in content for content in previews), previews
    assert EDITOR_TEXT in shown and EDITOR_MENTION in shown
    if page_path:  # the source page shows the whole article, the metadata and the url as text
        for payload in PAYLOADS:
            assert payload in shown, payload
        assert '!!! danger "Op vrijdag 7 januari 2022 een vermaning"' in shown
        assert '<img src=x onerror="window.__pwned=11">' in shown
        assert "javascript:alert(12)" not in page.content(), "a javascript: url became a link or text"
    else:
        assert "{{ 7*7 }}" in shown and "49" not in shown
    page.wait_for_timeout(200)
    assert dialogs == []
    context.close()
