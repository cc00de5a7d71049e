"""Content files on disk: the layout editors see, saving with the merge, loading for the site."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from generator.content import store
from generator.content.store import (
    NO_SPAN,
    generated_yaml,
    load_all,
    load_document,
    save,
    sources,
)
from generator.errors import InputError
from generator.model import Event, Interval, Mention, SourceMeta
from generator.project import Project

META = SourceMeta(
    slug="003-almaty",
    file="seeds/003.txt",
    title="Mogelijk tientallen doden in Almaty, leger opent vuur opnieuw",
    published="2022-01-06",
    publisher="NOS",
)
NIGHT = Event(
    id="003-almaty-vannacht-7c1e",
    source="003-almaty",
    when="2022-01-05TNI",
    text="Veiligheidstroepen hadden vannacht weer controle gekregen over het centrum van Almaty.",
    expression="vannacht",
    span=(26, 34),
    sentence_span=(0, 86),
    mod="END",
    context=("Daarbij zijn pantserwagens ingezet en is geschoten.",),
    review=("several-dates", "tense"),
    mentions=(Mention("gisteren", "2022-01-05", (70, 78)), Mention("twee uur", "PT2H", (80, 88))),
)
YEAR = Event(
    id="003-almaty-2019-aa11",
    source="003-almaty",
    when="2019",
    text="In 2019: onrust.",
    expression="2019",
    span=(90, 94),
    sentence_span=(87, 103),
    review=("anaphor",),
    anchor="2019-05",
)

LAYOUT = """\
# yaml-language-server: $schema=../schema/source.schema.json
source:
  title: Mogelijk tientallen doden in Almaty, leger opent vuur opnieuw
  published: '2022-01-06'
  publisher: NOS
  url: null
  language: nl
  timezone: null
  file: seeds/003.txt
events:
  - id: 003-almaty-2019-aa11
    when: '2019'
    text: 'In 2019: onrust.'
    expression: '2019'
    review: [anaphor]
    anchor: 2019-05
    span: [90, 94]
    sentence: [87, 103]
  - id: 003-almaty-vannacht-7c1e
    when: 2022-01-05TNI
    text: Veiligheidstroepen hadden vannacht weer controle gekregen over het centrum van Almaty.
    expression: vannacht
    mod: END
    review: [several-dates, tense]
    span: [26, 34]
    sentence: [0, 86]
    mentions:
      - expression: gisteren
        value: '2022-01-05'
        span: [70, 78]
      - expression: twee uur
        value: PT2H
        span: [80, 88]
    context:
      - Daarbij zijn pantserwagens ingezet en is geschoten.
"""


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def test_the_generated_layout_is_the_one_editors_see():
    assert generated_yaml(META, (YEAR, NIGHT)) == LAYOUT


def test_generating_twice_gives_the_same_bytes():
    assert generated_yaml(META, (YEAR, NIGHT)) == generated_yaml(META, (YEAR, NIGHT))


def test_save_creates_the_content_file_and_its_generated_base(project):
    assert save(project, META, (YEAR, NIGHT)) == "created"
    content = project.content_dir / "003-almaty.yml"
    assert content.read_text("utf-8") == LAYOUT
    assert (project.content_dir / ".generated" / "003-almaty.yml").read_text("utf-8") == LAYOUT


def test_saving_the_same_again_touches_nothing(project):
    save(project, META, (YEAR, NIGHT))
    content = project.content_dir / "003-almaty.yml"
    os.utime(content, (0, 0))
    assert save(project, META, (YEAR, NIGHT)) == "unchanged"
    assert content.stat().st_mtime == 0


def test_save_keeps_an_editors_correction_and_records_the_machines_output(project):
    save(project, META, (YEAR, NIGHT))
    content = project.content_dir / "003-almaty.yml"
    edited = content.read_text("utf-8").replace("when: 2022-01-05TNI", "when: 2022-01-05TEV  # zie NOS-liveblog")
    content.write_text(edited, "utf-8")
    assert save(project, META, (NIGHT,)) == "updated"
    year_block = edited[edited.index("  - id: 003-almaty-2019") : edited.index("  - id: 003-almaty-vannacht")]
    assert content.read_text("utf-8") == edited.replace(year_block, "")
    assert "when: 2022-01-05TNI" in (project.content_dir / ".generated" / "003-almaty.yml").read_text("utf-8")


def test_save_refuses_to_touch_a_broken_content_file(project):
    save(project, META, (NIGHT,))
    content = project.content_dir / "003-almaty.yml"
    content.write_text("source:\n  title: 'unclosed\nevents: []\n", "utf-8")
    with pytest.raises(InputError) as caught:
        save(project, META, (YEAR, NIGHT))
    assert caught.value.path == "content/003-almaty.yml" and caught.value.line is not None
    assert content.read_text("utf-8") == "source:\n  title: 'unclosed\nevents: []\n"


def test_load_document_computes_intervals_order_and_what_editors_changed(project):
    save(project, META, (YEAR, NIGHT))
    content = project.content_dir / "003-almaty.yml"
    text = content.read_text("utf-8").replace("published: '2022-01-06'", "published: 2022-01-07")
    text = text.replace("when: '2019'", "when: '2023'")
    text += "  - id: hand-1\n    when: 2022-01-05T23:30\n    text: Door een redacteur.\n    expression: 23.30 uur\n"
    content.write_text(text, "utf-8")
    document = load_document(content, "content/003-almaty.yml")
    assert document.path == "content/003-almaty.yml"
    assert document.source == replace(META, published="2022-01-07")
    assert [(event.id, event.edited) for event in document.events] == [
        ("003-almaty-vannacht-7c1e", False),
        ("hand-1", True),
        ("003-almaty-2019-aa11", True),
    ]
    night, hand, year = document.events
    line = text.splitlines().index("  - id: 003-almaty-vannacht-7c1e") + 1
    assert night == replace(NIGHT, interval=Interval("2022-01-05T22:00", "2022-01-06T06:00", "partofday"), line=line)
    assert (hand.span, hand.sentence_span, hand.source) == (NO_SPAN, NO_SPAN, "003-almaty")
    assert year.when == "2023"


def test_load_all_reads_every_content_file_by_slug_and_skips_the_generated_copies(project):
    save(project, META, (NIGHT,))
    save(project, SourceMeta(slug="000-almaty", file="seeds/000.txt", published="2022-01"), ())
    assert [document.path for document in load_all(project)] == ["content/000-almaty.yml", "content/003-almaty.yml"]
    assert load_all(Project(project.root / "elsewhere")) == ()


def test_a_document_kept_in_the_cache_comes_back_as_it_was_made(project, monkeypatch):
    save(project, META, (YEAR, NIGHT))
    path = project.content_dir / f"{META.slug}.yml"
    path.write_text(path.read_text("utf-8").replace("when: '2019'", "when: '2019'\n    confirmed: true"), "utf-8")
    made = load_all(project)
    year, night = made[0].events
    assert night.mentions and year.confirmed and year.edited and year.anchor

    def unparsed(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(store, "load_document", unparsed)
    assert load_all(Project(project.root)) == made  # another process: from the cache's JSON


def test_a_broken_content_file_is_an_input_error_at_its_line(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("source:\n  file: x\nevents:\n  - id: a\n    when: [\n", "utf-8")
    with pytest.raises(InputError) as caught:
        load_document(path, "content/x.yml")
    assert (caught.value.path, caught.value.line) == ("content/x.yml", 6)


def test_a_content_file_that_is_not_utf8_is_named(tmp_path):
    path = tmp_path / "x.yml"
    path.write_bytes(b"source:\n  title: caf\xe9\n")
    with pytest.raises(InputError) as caught:
        load_document(path, "content/x.yml")
    assert (caught.value.path, caught.value.line) == ("content/x.yml", 2)


def test_sources_reads_the_content_file_and_its_base(project):
    assert sources(project, "003-almaty") == (None, None)
    save(project, META, (NIGHT,))
    ours, base = sources(project, "003-almaty")
    assert ours == base and ours.published == "2022-01-06"
    content = project.content_dir / "003-almaty.yml"
    content.write_text(content.read_text("utf-8").replace("'2022-01-06'", "2022-01-07"), "utf-8")
    assert [meta.published for meta in sources(project, "003-almaty")] == ["2022-01-07", "2022-01-06"]


def test_sources_reads_a_changed_base_as_untrusted(project):
    """A pull request can change the base too: a wrong one is an error at its own line, not the content file's."""
    save(project, META, (NIGHT,))
    base = project.content_dir / ".generated" / "003-almaty.yml"
    text = base.read_text("utf-8")
    base.write_text(text.replace("file: seeds/", "fil: seeds/"), "utf-8")
    with pytest.raises(InputError) as caught:
        sources(project, "003-almaty")
    assert caught.value.path == "content/.generated/003-almaty.yml"


def test_a_document_knows_the_line_of_each_event_and_of_its_publication_date(project):
    save(project, META, (YEAR, NIGHT))
    path = project.content_dir / f"{META.slug}.yml"
    lines = path.read_text("utf-8").splitlines()
    path.write_text("\n".join(["# nagekeken", *lines]) + "\n", "utf-8")  # an editor's comment moves everything down
    text = path.read_text("utf-8").splitlines()
    first = load_all(project)[0]
    for document in (first, load_all(project)[0]):  # made, then kept in the cache
        assert document == first
        assert {event.id: text[event.line - 1] for event in document.events} == {
            event.id: f"  - id: {event.id}" for event in (YEAR, NIGHT)
        }
        assert text[document.published_line - 1] == "  published: '2022-01-06'"
