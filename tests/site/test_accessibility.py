"""axe-core in Chromium: no serious or critical accessibility violation on the pages readers and editors use, in the
light and the dark colour scheme. axe-core comes from the npm registry at the version tests/package-lock.json pins,
installed by tests/install-browser.sh."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
SEVERE = ("serious", "critical")
RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " " + n.failureSummary),
  }));
}"""


@pytest.fixture(scope="module")
def axe() -> Path:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run tests/install-browser.sh")
    return AXE


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    ("site", "path"),
    [
        ("corpus_url", ""),  # the home page of a split timeline: the overview
        ("corpus_url", "tijdlijn/2022-01/"),  # a month page, filters open
        ("corpus_url", "bronnen/loket/"),  # a source page
        ("corpus_url", "bronnen/"),
        ("url", ""),  # the home page of a small timeline: all events on it
        ("editors_url", "redactie/"),  # the editors' page
    ],
)
def test_no_serious_or_critical_violations(
    browser: Browser, axe: Path, request: pytest.FixtureRequest, site: str, path: str, scheme: str
) -> None:
    base = request.getfixturevalue("root_url" if site == "url" else site)
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort())
    page.goto(base + path)
    page.wait_for_load_state("networkidle")
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.dataset.mdColorScheme") == expected
    page.add_script_tag(path=str(axe))
    violations = page.evaluate(RUN_AXE)
    severe = [v for v in violations if v["impact"] in SEVERE]
    context.close()
    assert not severe, severe
