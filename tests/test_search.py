"""The search index split in two: the settings every page fetches, the entries fetched when a reader searches."""

from __future__ import annotations

import json

import pytest

from generator.making.search import lean_index, search_worker
from tests.conftest import REPO


def test_the_settings_stay_where_the_theme_looks_and_the_entries_move_out():
    config = {"lang": ["nl"], "separator": "[\\s\\-]+", "pipeline": ["stemmer"], "fields": {"title": {"boost": 1}}}
    docs = [
        {"location": "", "title": "Tijdlijn", "text": "<p>14 gebeurtenissen</p>"},
        {"location": "#dag-2022-01-05", "title": "", "text": ""},
        {"location": "#e1", "title": "woensdag 5 januari 2022", "text": "<p>Demonstranten …</p>"},
    ]
    settings, entries = lean_index({"config": config, "docs": docs})
    assert json.loads(settings) == {"config": config, "docs": []}
    assert [doc["location"] for doc in json.loads(entries)["docs"]] == ["", "#e1"], "nothing to find: dropped"


def test_the_worker_imports_the_themes_own_and_names_only_a_worker():
    worker = search_worker(None, "search.a7633da7.min.js")
    assert 'var MATERIAL_WORKER = "search.a7633da7.min.js";' in worker
    assert "__MATERIAL_WORKER__" not in worker
    with pytest.raises(ValueError, match="not a search worker"):
        search_worker(None, '../x.js"); alert(1); ("')
    assert (REPO / "site_templates" / "search-worker.js").is_file()
