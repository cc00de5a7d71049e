"""The search index split in two: the settings every page fetches, the entries fetched when a reader searches."""

from __future__ import annotations

import json

import pytest

from generator.making.search import joined, lean_index, search_worker
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


def test_kroniek_entries_follow_the_themes_of_their_page_or_come_last():
    theirs = [
        {"location": "over/", "title": "Over de redactie", "text": "<p>Wie wij zijn.</p>"},
        {"location": "over/#adres", "title": "Adres", "text": ""},
        {"location": "leeg/", "title": "", "text": ""},
        {"location": "", "title": "Tijdlijn", "text": "<p>Alle gebeurtenissen</p>"},
    ]
    ours = {
        "bronnen/a/": [{"location": "bronnen/a/", "title": "De brand in het stadhuis", "text": ""}],
        "over/": [{"location": "over/#e1", "title": "maandag 3 januari 2022", "text": "<p>De raad vergaderde.</p>"}],
        "leeg/": [{"location": "leeg/#e2", "title": "dinsdag 4 januari 2022", "text": "Het college sprak."}],
        "bronnen/b/": [{"location": "bronnen/b/#x", "title": "", "text": ""}],
    }
    added = {url: joined(entries) for url, entries in ours.items()} | {"bronnen/c/": None}
    _, entries = lean_index({"config": {}, "docs": theirs}, added)
    found = [(doc["location"], doc["title"]) for doc in json.loads(entries)["docs"]]
    assert found == [
        ("over/", "Over de redactie"), ("over/#adres", "Adres"), ("over/#e1", "maandag 3 januari 2022"),
        ("leeg/#e2", "dinsdag 4 januari 2022"), ("", "Tijdlijn"), ("bronnen/a/", "De brand in het stadhuis"),
    ], "after the theme's entries of their page, even one with none that can be found; else last; empty ones dropped"
    assert joined(ours["bronnen/b/"]) == "", "nothing in it can be found"
    assert json.loads(f"[{joined(ours['over/'] + ours['leeg/'])}]") == ours["over/"] + ours["leeg/"]


def test_the_worker_imports_the_themes_own_and_names_only_a_worker():
    worker = search_worker(None, "search.a7633da7.min.js")
    assert 'var MATERIAL_WORKER = "search.a7633da7.min.js";' in worker
    assert "__MATERIAL_WORKER__" not in worker
    with pytest.raises(ValueError, match="not a search worker"):
        search_worker(None, '../x.js"); alert(1); ("')
    assert (REPO / "site_templates" / "search-worker.js").is_file()
