"""The speed-ups must not change a byte: fast YAML paths against ruamel, cached and parallel extraction."""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.content import check, store
from generator.making import output as site_output
from generator.model import Event, Mention, SourceMeta
from generator.project import Project
from generator.support import cache
from generator.temporal.values import interval

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import write_corpus

META = SourceMeta(slug="a", file="seeds/a.txt", title="Titel", published="2022-01-06", language="nl")


def _event(text: str, expression: str = "gisteren", context: tuple[str, ...] = ()) -> Event:
    return Event(
        id="a-gisteren-1", source="a", when="2022-01-05", text=text, expression=expression, span=(3, 11),
        sentence_span=(0, 40), interval=interval("2022-01-05"), context=context,
    )


def _ruamel(meta: SourceMeta, events: tuple[Event, ...]) -> str:
    tree = store._commented({"source": {k: getattr(meta, k) for k in store.SOURCE_FIELDS},
                             "events": [store._event_fields(e) for e in events]})
    tree.yaml_set_start_comment(store.SCHEMA_COMMENT)
    return store.dump(tree)


TRICKY = ["'s Avonds kwam hij.", '"Nee", zei ze.', "Om 10:30 uur.", "# geen kop", "- lijst", "2022-01-06", "null",
          "true", "12", "1e3", ".inf", "a: b", "eind #3", "trailing ", " leading", "[x]", "{y}", "@at", "`tick`",
          "zo'n dag", "ja", "~", "Ü ber", "€ 5", "tab\there", "x\\y", "!tag", "&anchor", "*alias", "?", "% pct"]


@pytest.mark.parametrize("text", TRICKY)
def test_fast_emit_writes_ruamels_bytes_for_tricky_strings(text):
    events = (_event(text, context=(text,)),)
    meta = replace(META, title=text, publisher=text)
    assert store.generated_yaml(meta, events) == _ruamel(meta, events)


@pytest.mark.parametrize("text", TRICKY)
def test_fast_emit_writes_ruamels_bytes_for_reasons_anchors_and_mentions(text):
    event = replace(_event(text), review=("several-dates", "tense"), anchor="2022-01-05", mod="AFTER",
                    mentions=(Mention(text, "2022-01-04", (0, 2)), Mention("drie uur", "PT3H", (5, 9))))
    assert store.generated_yaml(META, (event,)) == _ruamel(META, (event,))


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=40), st.lists(st.text(min_size=1, max_size=20), max_size=2))
def test_fast_emit_writes_ruamels_bytes_for_any_text(text, context):
    events = (_event(text, context=tuple(context)),)
    assert store.generated_yaml(replace(META, title=text), events) == _ruamel(replace(META, title=text), events)


@pytest.fixture
def corpus_project(tmp_path: Path, repo: Path) -> Path:
    write_corpus(tmp_path / "seeds", 12)
    shutil.copy(repo / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_rerun_with_nothing_changed_does_no_work(corpus_project, monkeypatch):
    project = Project(corpus_project)
    first = pipeline.extract(project)
    assert {outcome for _, outcome in first.outcomes} == {"created"}

    def no_tagging(*_):
        raise AssertionError("an unchanged source was tagged again")

    monkeypatch.setattr(pipeline, "source_events", no_tagging)
    again = pipeline.extract(project)
    assert [name for name, _ in again.outcomes] == [name for name, _ in first.outcomes]
    assert {outcome for _, outcome in again.outcomes} == {"unchanged"}


def test_a_changed_article_content_file_or_tagger_is_extracted_again(corpus_project, monkeypatch):
    project = Project(corpus_project)
    pipeline.extract(project)
    article = sorted((corpus_project / "seeds").iterdir())[0]
    article.write_text(article.read_text("utf-8") + "\nGisteren regende het.\n", encoding="utf-8")
    content = sorted(p for p in (corpus_project / "content").glob("*.yml"))[1]
    content.write_text(content.read_text("utf-8").replace("title:", "title: Nieuw", 1), encoding="utf-8")
    touched = {project.relative(store.content_path(project, article.stem.replace("_", "-"))), project.relative(content)}
    redone = {name for name, outcome in pipeline.extract(project).outcomes if outcome != "unchanged"}
    assert redone <= touched and len(redone) >= 1
    calls = []
    monkeypatch.setattr(cache, "fingerprint", lambda: "another tagger")
    monkeypatch.setattr(pipeline, "source_events", lambda *a: calls.append(a) or pipeline.order_events(()))
    pipeline.extract(project)
    assert len(calls) == 12


def test_jobs_give_the_same_files_and_report_as_one_process(corpus_project, tmp_path_factory):
    other = tmp_path_factory.mktemp("parallel")
    shutil.copytree(corpus_project / "seeds", other / "seeds")
    one = pipeline.extract(Project(corpus_project), jobs=1)
    two = pipeline.extract(Project(other), jobs=2)
    assert one == two
    assert _snapshot(corpus_project / "content") == _snapshot(other / "content")


def test_check_trusts_files_found_clean_until_they_change(corpus_project, monkeypatch):
    project = Project(corpus_project)
    pipeline.extract(project)
    assert check.check_content(project) == []
    parsed: list[str] = []
    real = store.read

    def counted(text, name, say=None):
        parsed.append(name)
        return real(text, name, say)

    monkeypatch.setattr(store, "read", counted)
    assert check.check_content(project) == [] and parsed == [], "a clean, unchanged file was parsed again"
    content = sorted((corpus_project / "content").glob("*.yml"))[0]
    content.write_text(content.read_text("utf-8").replace("when: '", "when: '2022-02-30' #", 1), encoding="utf-8")
    assert [problem.path for problem in check.check_content(project)] == [project.relative(content)]
    base = project.relative(content.parent / ".generated" / content.name)  # which of its events an editor changed
    assert parsed == [project.relative(content), base], "only the changed file (and its base) is parsed"


def test_an_id_taken_from_a_file_found_clean_before_is_still_a_duplicate(corpus_project):
    project = Project(corpus_project)
    pipeline.extract(project)
    assert check.check_content(project) == []
    first, *_, last = sorted((corpus_project / "content").glob("*.yml"))
    taken = store.read(first.read_text("utf-8"), "x").values["events"][0]["id"]
    mine = store.read(last.read_text("utf-8"), "x").values["events"][0]["id"]
    last.write_text(last.read_text("utf-8").replace(f"id: {mine}", f"id: {taken}"), encoding="utf-8")
    [problem] = check.check_content(project)  # the first file is clean and cached: its ids still count
    assert problem.path == project.relative(last) and f"het id '{taken}' wordt al gebruikt" in problem.message
    assert f"wordt al gebruikt in {project.relative(first)}:" in problem.message
    last.write_text(last.read_text("utf-8").replace(f"id: {taken}", f"id: {mine}"), encoding="utf-8")
    first.write_text(first.read_text("utf-8").replace(f"id: {taken}", f"id: {mine}"), encoding="utf-8")
    [problem] = check.check_content(project)  # now the changed file comes first: the cached one is the second
    assert problem.path == project.relative(last) and f"het id '{mine}' wordt al gebruikt" in problem.message


def test_a_file_hashed_before_is_not_read_again_while_it_is_unchanged(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("Donderdagochtend bleef het rustig.", encoding="utf-8")
    monkeypatch.setattr(cache, "RACY_NS", 0)  # the file counts as changed long ago
    hashes = cache.Cache(tmp_path)
    first = hashes.file_digest(article)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read again"))
    assert hashes.file_digest(article) == first


def test_a_file_changed_since_it_was_hashed_is_hashed_again(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("Donderdagochtend bleef het rustig.", encoding="utf-8")
    monkeypatch.setattr(cache, "RACY_NS", 0)
    hashes = cache.Cache(tmp_path)
    first = hashes.file_digest(article)
    time.sleep(0.05)  # past a tick of the file system's clock, so the change shows in the file's times
    article.write_text("Donderdagavond bleef het rustig..", encoding="utf-8")  # the same size
    assert hashes.file_digest(article) == cache.digest(article.read_bytes()) != first


def test_a_file_changed_just_before_it_was_hashed_is_not_trusted(tmp_path, monkeypatch):
    """Changed again within the same tick, it would keep its times: so a fresh file is always read."""
    article = tmp_path / "a.txt"
    article.write_text("Donderdagochtend bleef het rustig.", encoding="utf-8")
    hashes = cache.Cache(tmp_path)
    first = hashes.file_digest(article)
    article.write_text("Donderdagavond bleef het rustig..", encoding="utf-8")
    assert hashes.file_digest(article) != first
    article.unlink()
    assert hashes.file_digest(article) == cache.digest(None)


def test_a_build_after_extraction_trusts_the_hashes_extraction_recorded(tmp_path, monkeypatch):
    """The next run (a new process: a new `Cache`) does not read again the articles, content files and bases that
    extraction hashed and left unchanged, while each still has the size, inode and times it recorded."""
    from generator.pipeline import extract

    (tmp_path / "seeds").mkdir()
    for name in ("a", "b"):
        (tmp_path / "seeds" / f"{name}.txt").write_text(f"Donderdagochtend bleef het rustig in {name}.\n", "utf-8")
    monkeypatch.setattr(cache, "RACY_NS", 0)  # files count as changed long ago
    assert not extract(Project(tmp_path)).errors
    assert not extract(Project(tmp_path)).errors  # hashes what the first run had just written: now on record
    read: list[str] = []  # the articles, content files and bases read (not the schema extraction writes)
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or read_bytes(self))
    project = Project(tmp_path)
    assert {outcome for _, outcome in extract(project).outcomes} == {"unchanged"}
    assert project.article_digest("seeds/a.txt") == cache.digest(read_bytes(tmp_path / "seeds" / "a.txt"))
    assert [name for name in read if name.endswith((".txt", ".yml"))] == []
    time.sleep(0.05)  # past a tick of the file system's clock
    (tmp_path / "seeds" / "a.txt").write_text("Donderdagavond bleef het rustig in a..\n", "utf-8")  # the same size
    content = tmp_path / "content" / "b.yml"
    content.touch()  # new times, the same bytes: read again, still unchanged
    outcomes = dict(extract(Project(tmp_path)).outcomes)
    assert outcomes == {"content/a.yml": "updated", "content/b.yml": "unchanged"}
    assert {"a.txt", "b.yml"} <= set(read)


def test_hashes_recorded_for_files_outside_the_project_are_not_taken(tmp_path, monkeypatch):
    """The cache can come from anywhere (a restored folder): a record naming a file elsewhere is ignored."""
    monkeypatch.setattr(cache, "RACY_NS", 0)
    outside, inside = tmp_path / "elsewhere.txt", tmp_path / "project" / "a.txt"
    inside.parent.mkdir()
    for path in (outside, inside):
        path.write_text("Donderdagochtend bleef het rustig.", encoding="utf-8")
    recorder = cache.Cache(inside.parent)
    recorder.file_digest(outside), recorder.file_digest(inside)
    records = recorder.signatures([outside, inside])
    forged = [[name, signature, cache.digest("iets anders")] for name, signature, _ in records]
    trusting = cache.Cache(inside.parent)
    trusting.trust(forged)
    assert trusting.file_digest(outside) == cache.digest(outside.read_bytes())
    assert trusting.file_digest(inside) == cache.digest("iets anders")  # inside the project: taken as recorded


def test_a_file_extraction_had_just_written_is_read_again_by_the_next_run(tmp_path, monkeypatch):
    """Within a tick of the file system's clock a change could keep a file's times: such a file is not on record."""
    from generator.pipeline import extract

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Donderdagochtend bleef het rustig.\n", "utf-8")
    assert not extract(Project(tmp_path)).errors
    read: list[str] = []
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or read_bytes(self))
    assert not extract(Project(tmp_path)).errors
    assert "a.yml" in read


# -- the store: whatever a restored cache folder holds, the run is correct ---------------------------------------------


@pytest.fixture
def extracted(corpus_project: Path) -> Project:
    project = Project(corpus_project)
    assert not pipeline.extract(project).errors
    project.cache.close()
    return project


def _fresh_run(root: Path) -> tuple[list[check.Problem], site_output.SiteOutput]:
    """What a new process finds: the problems and the site of a project, through its cache as it is."""
    project = Project(root)
    try:
        return check.check_content(project), site_output.site_output(project)
    finally:
        project.cache.close()  # as the process would at its end: the last connection folds the journal in


def _uncached_run(root: Path, tmp_path_factory) -> tuple[list[check.Problem], site_output.SiteOutput]:
    clean = tmp_path_factory.mktemp("uncached")
    for folder in ("seeds", "content"):
        shutil.copytree(root / folder, clean / folder)
    return _fresh_run(clean)


def test_a_cache_file_that_is_not_a_database_is_started_afresh(extracted, tmp_path_factory, capfd):
    expected = _uncached_run(extracted.root, tmp_path_factory)
    store_file = extracted.root / cache.CACHE_DIR / cache.CACHE_FILE
    store_file.write_bytes(b"planted: not a database\n" * 100)
    assert _fresh_run(extracted.root) == expected
    assert capfd.readouterr().err == ""  # started afresh, nothing to say
    assert store_file.read_bytes().startswith(b"SQLite format 3")
    assert _fresh_run(extracted.root) == expected  # and the new store is used


def test_wrong_typed_entries_are_misses(extracted, tmp_path_factory):
    expected = _uncached_run(extracted.root, tmp_path_factory)
    _fresh_run(extracted.root)
    db = sqlite3.connect(extracted.root / cache.CACHE_DIR / cache.CACHE_FILE)
    with db:  # every entry, under its right key, gets a value of the wrong shape
        tables = [table for (table,) in db.execute("SELECT DISTINCT tbl FROM entries")]
        assert {check.CHECK_CACHE, pipeline.EXTRACT_CACHE, site_output.SOURCE_PAGES} <= set(tables)
        for number, wrong in enumerate(['{"a": 1}', "[1, 2, 3]", "12", '[["x"]]', "null", "not json"]):
            db.execute("UPDATE entries SET value = ? WHERE rowid % 6 = ?", (wrong, number))
        db.execute("INSERT INTO entries VALUES (?, 1, 2, ?)", (check.CHECK_CACHE, b"\x00bytes"))
    db.close()
    assert _fresh_run(extracted.root) == expected
    assert pipeline.extract(Project(extracted.root)).errors == ()


def test_a_cache_that_cannot_be_written_is_said_once_and_the_run_goes_on(extracted, tmp_path_factory, capfd):
    expected = _uncached_run(extracted.root, tmp_path_factory)
    shutil.rmtree(extracted.root / cache.CACHE_DIR)
    (extracted.root / cache.CACHE_DIR).write_text("a file where the cache folder should be", encoding="utf-8")
    assert _fresh_run(extracted.root) == expected
    said = capfd.readouterr().err.splitlines()
    assert len(said) == 1 and said[0].startswith(f"kroniek: working without the cache {extracted.root}")


def test_a_planted_pickle_is_never_loaded(extracted, tmp_path_factory):
    """The old store's table files, as a hostile pull request could plant them: nothing reads them any more."""
    expected = _uncached_run(extracted.root, tmp_path_factory)
    marker = extracted.root / "unpickled"

    class Payload:
        def __reduce__(self):
            return (Path.touch, (marker,))

    folder = extracted.root / cache.CACHE_DIR
    folder.mkdir(exist_ok=True)
    for table in ("site", "check", "documents", "extract", "review", "cache"):
        (folder / f"{table}.pickle").write_bytes(pickle.dumps({"x": Payload()}))
    assert pickle.loads((folder / "site.pickle").read_bytes()) and marker.exists()  # the payload works...
    marker.unlink()
    assert _fresh_run(extracted.root) == expected
    assert pipeline.extract(Project(extracted.root)).errors == ()
    assert not marker.exists()  # ...and was never run


# -- entries written by a thread of their own while the build goes on -------------------------------------------------

_PAGES = {
    f"2024-03-{day:02d}": (f"sleutel-{day}", [f"# {day} maart 2024\n\nDe raad vergaderde laat.", [{"text": "raad"}]])
    for day in range(1, 29)
}


def test_entries_written_later_are_read_back_equal_by_this_cache_and_the_next(tmp_path, monkeypatch):
    """Written on the writing thread, in the order given (a drop after the entries it keeps), whether encoded
    where they were made or not; this cache reads a table once its entries are written, the next finds them."""
    threads, put_rows = [], cache._put_rows

    def written_where(rows: list, db: sqlite3.Connection) -> None:
        threads.append(threading.current_thread())
        put_rows(rows, db)

    monkeypatch.setattr(cache, "_put_rows", written_where)
    kept = cache.Cache(tmp_path)
    kept.put_many("pagina's", {name: (key, cache.encoded(value)) for name, (key, value) in _PAGES.items()}, later=True)
    kept.put_many("dagen", {name: value for name, value in _PAGES.items()})  # queued behind the first
    kept.drop_except("pagina's", [name for name in _PAGES if not name.endswith("7")])
    keys = {name: key for name, (key, _) in _PAGES.items()}
    left = {name: value for name, (_, value) in _PAGES.items() if not name.endswith("7")}
    assert kept.get_many("pagina's", keys) == left
    assert threads and threading.main_thread() not in threads
    kept.close()
    # its writing thread is gone (other tests' threads, such as a browser test's server, may still run)
    assert not [thread for thread in threading.enumerate() if thread in threads]
    again = cache.Cache(tmp_path)
    assert again.get_many("pagina's", keys) == left
    assert again.get_many("dagen", keys) == {name: value for name, (_, value) in _PAGES.items()}
    db = sqlite3.connect(again.path)  # the same JSON, made by the cache or where the value was made
    assert db.execute("SELECT value FROM entries WHERE tbl = 'pagina''s' ORDER BY name").fetchall() == db.execute(
        "SELECT value FROM entries WHERE tbl = 'dagen' AND name IN (SELECT name FROM entries WHERE tbl = 'pagina''s')"
        " ORDER BY name"
    ).fetchall()
    db.close()


_ENDED_WHILE_WRITING = """
import os, sys, time
from pathlib import Path
from generator.support import cache
kept = cache.Cache(Path(sys.argv[1]))
pages = {f"pagina-{n}": (f"nieuw-{n}", f"Nieuwe tekst {n}. " * 1_000) for n in range(2_000)}
kept.put_many("pagina's", pages, later=True)
time.sleep(float(sys.argv[2]))
os._exit(0)  # as a kill would: the writing thread ends wherever it is
"""


def test_a_process_ended_while_its_entries_are_written_leaves_no_wrong_entry(tmp_path):
    """The old entries, or the new ones under their new keys: never a value under a key it was not made under."""
    root = Path(__file__).resolve().parents[1]
    for wait in (0.0, 0.02, 0.05, 0.5):  # before, while and after the thread writes
        kept = cache.Cache(tmp_path)
        kept.put_many("pagina's", {f"pagina-{n}": (f"oud-{n}", f"Oude tekst {n}.") for n in range(2_000)})
        kept.close()
        subprocess.run([sys.executable, "-c", _ENDED_WHILE_WRITING, str(tmp_path), str(wait)], check=True,
                       env={**os.environ, "PYTHONPATH": str(root)})  # fmt: skip
        again = cache.Cache(tmp_path)
        old = again.get_many("pagina's", {f"pagina-{n}": f"oud-{n}" for n in range(2_000)})
        new = again.get_many("pagina's", {f"pagina-{n}": f"nieuw-{n}" for n in range(2_000)})
        again.close()
        assert old == {} or old == {f"pagina-{n}": f"Oude tekst {n}." for n in range(2_000)}
        assert new == {} or new == {f"pagina-{n}": f"Nieuwe tekst {n}. " * 1_000 for n in range(2_000)}
        assert len(old) + len(new) == 2_000


def test_documents_kept_by_a_process_of_their_own_are_those_kept_here(extracted):
    """A first build keeps its parsed documents apart while it makes the site's plan: the same entries, read back
    by this cache once they are written."""
    import multiprocessing

    def kept_rows() -> list[tuple[str, str, str]]:
        db = sqlite3.connect(extracted.root / cache.CACHE_DIR / cache.CACHE_FILE)
        rows = db.execute("SELECT name, key, value FROM entries WHERE tbl = ? ORDER BY name", (store.DOCUMENTS_CACHE,))
        found = rows.fetchall()
        with db:
            db.execute("DELETE FROM entries WHERE tbl = ?", (store.DOCUMENTS_CACHE,))
        db.close()
        return found

    kept_rows()
    here = Project(extracted.root)
    loaded = store.load_keyed(here)
    here.cache.close()
    expected = kept_rows()
    apart = Project(extracted.root)
    assert store.load_keyed(apart, apart=True) == loaded
    keys = {name: key for name, key, _ in expected}
    assert apart.cache.get_many(store.DOCUMENTS_CACHE, keys).keys() == keys.keys()  # waited for, then read
    assert multiprocessing.active_children() == []
    apart.cache.close()
    assert kept_rows() == expected and len(expected) > 3


def test_documents_are_kept_apart_only_where_processes_are_forked(extracted, monkeypatch):
    """Under spawn or forkserver that process would start by pickling every new document here: kept here."""
    from generator.support import workers

    def started(*args):
        raise AssertionError("no process may be started")

    monkeypatch.setattr(workers, "inherits", lambda: False)
    monkeypatch.setattr(workers, "beside", started)
    shutil.rmtree(extracted.root / cache.CACHE_DIR, ignore_errors=True)  # every document is new
    project = Project(extracted.root)
    loaded = store.load_keyed(project, apart=True)
    keys = {name: key for name, (key, _) in loaded.items()}
    assert len(keys) > 3 and project.cache.get_many(store.DOCUMENTS_CACHE, keys).keys() == keys.keys()
    project.cache.close()
