"""The article reader: both scraped formats, front matter, dates as known, exact offsets, slugs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import InputError
from generator.text import articles
from generator.text.articles import find_articles, read_article, unique_slugs


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


def test_a_line_opening_with_a_clock_time_and_a_colon_is_a_schedules_entry_not_a_heading(tmp_path: Path) -> None:
    text = (
        "Uitslagen van de zondag\n"
        "Speelschema\n"
        "13.45 uur: Groen Wit - Rood Zwart 1-0\n"
        "19:30 uur: Blauw - Geel\n"
        "Blauw - Geel 2-2 21.00 uur: Oranje - Paars\n"  # an entry run on after the one before it
        "De laatste wedstrijd is morgen.\n"
    )
    source = read_article(write(tmp_path, "s.txt", text), tmp_path)
    assert words(source, "heading") == ["Speelschema"]
    assert words(source, "paragraph")[:3] == [
        "13.45 uur: Groen Wit - Rood Zwart 1-0",
        "19:30 uur: Blauw - Geel",
        "Blauw - Geel 2-2 21.00 uur: Oranje - Paars",
    ]


def test_a_lists_line_with_clock_times_after_a_colon_is_an_entry_not_a_heading(tmp_path: Path) -> None:
    text = (
        "Code geel in het zuiden: vanaf 17.00 uur onweer\n"  # the title stays the title
        "Waar geldt de waarschuwing?\n"
        "Limburg: van 17.00 uur tot 22.00 uur\n"
        "Zeeland: 19.00 tot 23.00 uur\n"
        "Brabant: vermoedelijk 18.00 uur\n"  # any one word before the time, not only a preposition
        "Programma: aftrap en rust\n"  # no clock time after the colon: a heading
        "Tijdslot 14:30\n"  # a clock time with no colon before it: a heading
        "De waarschuwing geldt tot middernacht.\n"
    )
    source = read_article(write(tmp_path, "w.txt", text), tmp_path)
    assert source.title == "Code geel in het zuiden: vanaf 17.00 uur onweer"
    assert words(source, "heading") == ["Programma: aftrap en rust", "Tijdslot 14:30"]
    assert words(source, "paragraph")[1:4] == [
        "Limburg: van 17.00 uur tot 22.00 uur", "Zeeland: 19.00 tot 23.00 uur", "Brabant: vermoedelijk 18.00 uur",
    ]


def test_a_programmes_line_with_a_flemish_clock_time_after_a_colon_is_an_entry_not_a_heading(tmp_path: Path) -> None:
    text = (
        "Veldrit in Hamme op zondag\n"
        "Het programma\n"
        "Vertrek: rond 13u45 aan de kerk\n"
        "Prijsuitreiking: 17u30\n"
        "Parking: 200 plaatsen aan de sporthal\n"  # a count after the colon, no time: a heading
        "Snelste tijd: 1u02'42\"\n"  # a race's time, its minutes and seconds marked: a heading
        "Supporters worden vroeg verwacht.\n"
    )
    source = read_article(write(tmp_path, "v.txt", text), tmp_path)
    assert words(source, "heading") == [
        "Het programma", "Parking: 200 plaatsen aan de sporthal", "Snelste tijd: 1u02'42\"",
    ]
    assert words(source, "paragraph")[:2] == ["Vertrek: rond 13u45 aan de kerk", "Prijsuitreiking: 17u30"]


def test_a_schedules_line_ending_with_its_clock_time_in_brackets_is_an_entry_not_a_heading(tmp_path: Path) -> None:
    text = (
        "Derby om half drie (14.30 uur)\n"  # the title stays the title
        "Het programma\n"
        "Zaterdag 9 mei: Rood - Wit (18.30 uur)\n"
        "Groen - Geel (20.45 uur)\n"
        "Aftrap (later)\n"  # no clock time in the brackets: a heading
        "Blauw (14.30) tegen Paars\n"  # the time does not close the line: a heading
        "Alle duels worden live uitgezonden.\n"
    )
    source = read_article(write(tmp_path, "p.txt", text), tmp_path)
    assert source.title == "Derby om half drie (14.30 uur)"
    assert words(source, "heading") == ["Het programma", "Aftrap (later)", "Blauw (14.30) tegen Paars"]
    assert words(source, "paragraph")[:2] == ["Zaterdag 9 mei: Rood - Wit (18.30 uur)", "Groen - Geel (20.45 uur)"]


def test_a_calendars_line_opening_with_its_day_and_a_colon_is_an_entry_not_a_heading(tmp_path: Path) -> None:
    text = (
        "Zondag 4 oktober: de eerste cross\n"  # the title stays the title
        "De kalender:\n"
        "zondag 11 oktober: Hamme\n"
        "18 oktober: Gent (Bel)\n"
        "Ronde 2: de heuvels\n"  # a word and a number before the colon: no day, a heading
        "Het programma\n"  # no colon: a heading
        "Alle crossen worden live uitgezonden.\n"
    )
    source = read_article(write(tmp_path, "p.txt", text), tmp_path)
    assert source.title == "Zondag 4 oktober: de eerste cross"
    assert words(source, "heading") == ["Ronde 2: de heuvels", "Het programma"]
    assert words(source, "paragraph")[:3] == ["De kalender:", "zondag 11 oktober: Hamme", "18 oktober: Gent (Bel)"]
    # one such line between paragraphs is a subheading, no calendar
    text = "Wat verandert er\nDe tol gaat omhoog.\nPer 1 juli: hogere huren\nDe huren stijgen met 5 procent.\n"
    source = read_article(write(tmp_path, "q.txt", text), tmp_path)
    assert words(source, "heading") == ["Per 1 juli: hogere huren"]


def test_a_live_blogs_entry_opening_with_its_stamp_is_a_paragraph_not_a_heading(tmp_path: Path) -> None:
    text = (
        "12.00 - Liveblog: de storm raast over het land\n"  # the title stays the title
        "Het laatste nieuws\n"
        "15.36 - Veerboot weer aan de kade\n"
        "De boot lag een uur los.\n"
        "15.20 Wind neemt langzaam af\n"
        "15.05 / Storm bereikt de kust\n"
        "2:08 Zo ging het mis\n"  # a video's length, written with a colon: a heading
        "Vanaf 15.00 uur minder wind\n"  # a time inside the line: a heading
        "Morgen is het rustig.\n"
    )
    source = read_article(write(tmp_path, "l.txt", text), tmp_path)
    assert source.title == "12.00 - Liveblog: de storm raast over het land"
    assert words(source, "heading") == ["Het laatste nieuws", "2:08 Zo ging het mis", "Vanaf 15.00 uur minder wind"]
    assert words(source, "paragraph")[:4] == ["15.36 - Veerboot weer aan de kade", "De boot lag een uur los.",
                                              "15.20 Wind neemt langzaam af", "15.05 / Storm bereikt de kust"]


def test_a_live_blogs_entry_stamped_after_its_opening_word_is_a_paragraph_not_a_heading(tmp_path: Path) -> None:
    text = (
        "Liveblog: storm over het land\n"
        "Het laatste nieuws\n"
        "UPDATE 14.16 Veerdienst ligt stil\n"
        "Update 17u43 Politie sluit de dijk af\n"
        "Update 17:40 - Brandweer rukt uit\n"
        "Vanaf 15.00 Code oranje\n"  # any other word before the time: a heading
        "Video 12:08 Zo ging het mis\n"
        "Update 45:10 Podcast\n"  # no hour of the day
        "Morgen is het rustig.\n"
    )
    source = read_article(write(tmp_path, "u.txt", text), tmp_path)
    assert words(source, "heading") == [
        "Het laatste nieuws", "Vanaf 15.00 Code oranje", "Video 12:08 Zo ging het mis", "Update 45:10 Podcast",
    ]
    assert words(source, "paragraph")[:3] == [
        "UPDATE 14.16 Veerdienst ligt stil", "Update 17u43 Politie sluit de dijk af",
        "Update 17:40 - Brandweer rukt uit",
    ]


def test_a_live_blogs_stamp_on_a_line_of_its_own_heads_the_entry_below_it(tmp_path: Path) -> None:
    text = (
        "Liveblog: storm over het land\n"
        "20.03\n"
        "Geen waarschuwing meer\n"  # the entry's title line, below its stamp
        "Het weerinstituut trekt de waarschuwing in.\n"
        "Update 17u43\n"
        "Een boom valt op een auto.\n"
        "Update 17u42: alles te herdoen\n"  # a short title read as a heading: still the stamp's line
        "De weg is weer vrij.\n"
        "17.20 uur\n"
        "De brandweer rukt uit.\n"
        "12.50 uur: Veerboot vaart weer\n"  # a programme's line that tells its item: an entry of its own
        "De boot vaart om 12.50 uur.\n"
        "Video 18.10\n"  # another word before the time: a heading, no stamp
        "Morgen is het rustig.\n"
    )
    source = read_article(write(tmp_path, "s.txt", text), tmp_path)
    assert words(source, "paragraph") == [
        "20.03\nGeen waarschuwing meer",
        "Het weerinstituut trekt de waarschuwing in.",
        "Update 17u43\nEen boom valt op een auto.",
        "Update 17u42: alles te herdoen\nDe weg is weer vrij.",
        "17.20 uur\nDe brandweer rukt uit.",
        "12.50 uur: Veerboot vaart weer",
        "De boot vaart om 12.50 uur.",
        "Morgen is het rustig.",
    ]
    assert words(source, "heading") == ["Video 18.10"]


@pytest.mark.parametrize(
    "text",
    [
        # one stamp on a line of its own is a byline's time, not a blog's entry
        "Stad past dienstregeling aan\n16 juli 2019\n13u01\nDe stad past zondag de dienstregeling aan.\n",
        # two bylines: published and updated; only the second stands over a sentence
        "Rechter veroordeelt wethouder\n16 juli 2019\n13u01\nLaatst bijgewerkt 16 juli 2019\n15u20\n"
        "De rechtbank heeft de wethouder veroordeeld.\n",
        # a sidebar's stamps over titles alone, then the story
        "Brand in school\nNet binnen\n13:05\nBrand in flat onder controle\n12:48\nTrein rijdt weer\n"
        "In Delft is een school afgebrand.\n",
        # a video's length has one digit before its colon
        "Zorg slaat alarm\nBekijk de video's:\n2:08\nDe zorg staat op instorten.\n1:45\nEen verpleegkundige vertelt.\n",
    ],
)
def test_stamps_that_stand_over_no_entries_make_no_live_blog(tmp_path: Path, text: str) -> None:
    source = read_article(write(tmp_path, "b.txt", text), tmp_path)
    assert all("\n" not in line for line in words(source, "paragraph") + words(source, "heading"))


def test_a_stamp_is_not_joined_to_a_photo_credit_and_markdown_is_left_as_written(tmp_path: Path) -> None:
    body = (
        "13.40\n\nWateroverlast in Maastricht\n\nIn de binnenstad staan straten blank.\n\n"
        "13.25\n\nFoto: ANP\n\nBij Venlo ligt een boom op het spoor.\n\n"
        "13.10\n\nHet weerinstituut geeft code oranje af.\n"
    )
    plain = read_article(write(tmp_path, "blog.txt", "Liveblog: noodweer\n\n" + body), tmp_path)
    joined = [line for line in words(plain, "paragraph") if "\n" in line]
    assert joined == ["13.40\n\nWateroverlast in Maastricht", "13.10\n\nHet weerinstituut geeft code oranje af."]
    # an editor's Markdown says where its entries begin: its blocks stay as written
    marked = read_article(write(tmp_path, "blog.md", "---\ntitle: Liveblog\n---\n" + body), tmp_path)
    assert not [line for line in words(marked, "paragraph") if "\n" in line]


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


def test_a_long_headline_is_still_the_title_a_long_line_further_down_a_paragraph(tmp_path: Path) -> None:
    """A headline may be a statement (`Sinterklaas komt vroeg dit jaar`) longer than a subheading: it tells no event."""
    headline = ("Sinterklaas komt vroeg dit jaar: de goedheiligman zet al op de eerste zaterdag van november voet aan "
                "wal in Zeeland")
    line = "Het comité van de intocht in Zeeland kondigde zaterdag aan dat de stoomboot dit jaar al heel vroeg aanmeert"
    source = read_article(write(tmp_path, "e.txt", f"{headline}\n{line}\nDe kinderen zijn blij.\n"), tmp_path)
    assert len(headline) > articles.HEADING_MAX_CHARS and source.title == headline
    assert [b.kind for b in source.blocks] == ["title", "paragraph", "paragraph"]


def test_a_sites_breadcrumb_is_a_heading_up_to_a_titles_length(tmp_path: Path) -> None:
    """`Home > Gemeente > Nieuws > Uitslag van de raad van donderdag 5 oktober 2023` is the site's path to the page: a
    label, told in no sentence, past a heading's fifteen words; one `>` in a sentence, two steps or a line longer than
    a title is no path."""
    crumb = "Home > Bestuur en organisatie > Gemeentenieuws > Wat de raad besloot in de vergadering van 5 oktober 2023"
    two = "Eerst Vitesse > NEC, zeiden de supporters zaterdag na afloop van de wedstrijd in het stadion tegen de pers"
    long = "Home > Sport > Een lange regel " + "met woorden die doorgaan " * 8 + "tot na de lengte van een titel"
    lines = [
        "Raad stemt in met nieuwe sporthal",
        crumb,
        "De gemeenteraad stemde op donderdag 5 oktober 2023 in met de bouw van een nieuwe sporthal.",
        "Bij temperaturen > 30 graden > 25 graden in de nacht gaat het zwembad langer open",
        two,
        long,
        "Het zwembad gaat zaterdag weer open.",
    ]
    source = read_article(write(tmp_path, "b.txt", "\n".join(lines) + "\n"), tmp_path)
    assert len(crumb.split()) > articles.HEADING_MAX_WORDS and len(two.split()) > articles.HEADING_MAX_WORDS
    assert len(long) > articles.TITLE_MAX_CHARS
    assert [b.kind for b in source.blocks] == ["title", "heading", *["paragraph"] * 5]


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
        ("---\rtitle: T\rpublished: 2022\r---\rTekst.\r", "neither YYYY-MM-DD", 3),  # old Mac line breaks
        ("---\n<<: {url: 5}\n---\nTekst.\n", "must be text", 1),  # no line starts with the key
        ("---\r\n<<: {url: 5}\r\n---\r\nurl: x\r\n", "must be text", 4),  # the first line that does
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


def test_unknown_front_matter_fields_are_warned_about_at_their_line(tmp_path: Path) -> None:
    text = "---\nurl: https://example.org/a\ndatum: 2022-01-06\ntitel: Onrust\n---\nTekst.\n"
    warnings: list[InputError] = []
    source = read_article(write(tmp_path, "a.md", text.encode()), tmp_path, warnings=warnings)
    assert (source.title, source.published, source.url) == (None, None, "https://example.org/a")
    assert [(w.path, w.line) for w in warnings] == [("a.md", 3), ("a.md", 4)]
    assert "'datum' is ignored" in warnings[0].message and "did you mean" not in warnings[0].message
    assert "did you mean 'title'?" in warnings[1].message
    clean: list[InputError] = []
    read_article(write(tmp_path, "b.md", b"---\ntitle: Onrust\n---\nTekst.\n"), tmp_path, warnings=clean)
    assert clean == []


def test_unknown_front_matter_field_reaches_extract_as_a_warning(project_copy: Path, run_kroniek) -> None:
    (project_copy / "seeds" / "extra.md").write_text("---\ndatum: 2022-01-06\n---\nOp 5 januari was het onrustig.\n")
    result = run_kroniek("extract", cwd=project_copy)
    assert result.returncode == 0, result.stderr
    assert "warning: seeds/extra.md:2: unknown front matter field 'datum' is ignored" in result.stderr


def test_slugs_are_url_safe_stable_and_unique(tmp_path: Path) -> None:
    names = ["nieuws/Één Café.txt", "nieuws/een-cafe.txt", "ander/een cafe.md", "Z.txt"]
    first = unique_slugs(names)
    assert first == unique_slugs(list(reversed(names)))  # stable whatever the order
    assert len(set(first.values())) == len(names)
    assert first["nieuws/een-cafe.txt"] == "een-cafe"  # the file already named as its slug keeps it
    assert all(slug.replace("-", "").isalnum() and slug == slug.lower() for slug in first.values())
    assert first["Z.txt"] == "z"


LAUGHS = "a: &a [lol, lol, lol]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\ntitle: *c\n"
YAML_ERROR = "a.md:{}: front matter is not valid YAML: {}"
NOT_TEXT = "a.md:{}: front matter field '{}' must be text, not {}"
REFUSED_TAG = "the tag {} is not allowed; write plain values (in quotes to keep one as text)"
ALIASES = "anchors and aliases (& and *) are not allowed; write the value out"
# Front matter and what Kroniek made of it when PyYAML's pure-Python parser read all of it: the fields, or the error.
# Tabs, byte-order marks, `?` in a flow list and a comment after `|` are where libyaml differs from PyYAML.
ODD_FRONT_MATTER = {
    "dates stay text": ("published: 2022-01-05\ntitle: 2022-01-05\nurl: 2022-01-05T10:00:00Z\n",
                        {"title": "2022-01-05", "published": "2022-01-05", "url": "2022-01-05T10:00:00Z"}),
    "month": ("published: 2022-01\n", {"published": "2022-01"}),
    "quoted": ("title: 'yes'\npublisher: \"12\"\n", {"title": "yes", "publisher": "12"}),
    "yes": ("title: yes\n", NOT_TEXT.format(2, "title", "bool")),
    "null": ("title: ~\nurl: null\npublisher:\n", {}),
    "int": ("title: Kop\nlanguage: 12\n", NOT_TEXT.format(3, "language", "int")),
    "hex": ("publisher: 0x1F\n", NOT_TEXT.format(2, "publisher", "int")),
    "sexagesimal": ("published: 1:20\n", "a.md:2: publication date '80' is neither YYYY-MM-DD nor YYYY-MM"),
    "float": ("title: .inf\n", NOT_TEXT.format(2, "title", "float")),
    "nested": ("title:\n  nl: Kop\n", NOT_TEXT.format(2, "title", "dict")),
    "list": ("title: [a, b]\n", NOT_TEXT.format(2, "title", "list")),
    "anchor": ("a: &x Kop\ntitle: *x\n", YAML_ERROR.format(2, ALIASES)),
    "billion laughs": (LAUGHS, YAML_ERROR.format(2, ALIASES)),
    "str tag": ("title: !!str 12\n", YAML_ERROR.format(2, REFUSED_TAG.format("tag:yaml.org,2002:str"))),
    "local tag": ("publisher: !kop x\n", YAML_ERROR.format(2, REFUSED_TAG.format("!kop"))),
    "python tag": ("title: !!python/object/apply:os.system [id]\n",
                   YAML_ERROR.format(2, REFUSED_TAG.format("tag:yaml.org,2002:python/object/apply:os.system"))),
    "deep": ("title: " + "[" * 60 + "]" * 60 + "\n", YAML_ERROR.format(2, "nested more than 50 levels deep")),
    "unclosed quote": ('title: "open\n', YAML_ERROR.format(3, "found unexpected end of stream")),
    "unclosed flow": ("title: [a, b\n", YAML_ERROR.format(3, "expected ',' or ']', but got '<stream end>'")),
    "indentation": ("title: a\n  b: c\n", YAML_ERROR.format(3, "mapping values are not allowed here")),
    "colon": ("title: a: b\n", YAML_ERROR.format(2, "mapping values are not allowed here")),
    "tab": ("title:\tKop\n", YAML_ERROR.format(2, "found character '\\t' that cannot start any token")),
    "byte-order mark": ("\ufefftitle: Kop\n", {}),
    "question in flow": ("title: [wat?]\n", YAML_ERROR.format(2, "expected ',' or ']', but got '?'")),
    "block scalar": ("title: |\n  Twee\n  regels\n", {"title": "Twee\nregels"}),
    "folded": ("title: >-\n  Gevouwen\n  kop\n", {"title": "Gevouwen kop"}),
    "block header comment": ("title: |#x\n  a\n",
                             YAML_ERROR.format(2, "expected chomping or indentation indicators, but found '#'")),
    "line separator": ("title: a\u2028b\n", YAML_ERROR.format(4, "could not find expected ':'")),
    "form feed": ("title: a\x0cb\n", YAML_ERROR.format(1, "unacceptable character #x000c: special characters are not "
                                                          'allowed in "<unicode string>", position 9')),
    "escape": ('title: "a\\qb"\n', YAML_ERROR.format(2, "found unknown escape character 'q'")),
    "sequence": ("- a\n- b\n", "a.md:2: front matter must be a mapping of fields"),
    "scalar": ("zomaar tekst\n", "a.md:2: front matter must be a mapping of fields"),
    "empty": ("", {}),
    "duplicate": ("title: a\ntitle: b\n", {"title": "b"}),
    "merge": ("<<: {title: Kop}\n", {"title": "Kop"}),
    "second document": ("title: a\n--- b\n", YAML_ERROR.format(3, "but found another document")),
    "unhashable key": ("? [a]\n: b\n", YAML_ERROR.format(2, "found unhashable key")),
}  # fmt: skip


@pytest.mark.parametrize("name", ODD_FRONT_MATTER)
def test_odd_front_matter_reads_as_with_pyyaml_alone(tmp_path: Path, name: str) -> None:
    front, expected = ODD_FRONT_MATTER[name]
    try:
        source = read_article(write(tmp_path, "a.md", f"---\n{front}---\nTekst.\n"), tmp_path)
    except InputError as error:
        outcome: object = str(error)
    else:
        fields = {key: getattr(source, key) for key in ("title", "published", "url", "publisher", "timezone")}
        outcome = {key: value for key, value in fields.items() if value is not None}
    assert outcome == expected


def _reading(load: object, raw: str) -> tuple:
    """A YAML text's value, or its error with the message and place a reader reports."""
    try:
        return ("value", repr(load(raw)))  # repr: NaN equals itself
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return ("error", type(error).__name__, getattr(error, "problem", str(error)), mark and (mark.line, mark.column))


YAML_PIECES = (
    "title", "published: ", ":", ": ", " ", "\n", "\n  ", "- ", "[", "]", "{", "}", ", ", "'", '"', "\\", "#", " #",
    "&a ", "*a", "!", "!!str ", "? ", "?", "|", ">-", "|2", "---", "...", "\r\n", "\r", "\t", "\ufeff", "\u2028",
    "\u2029", "\xa0", "\x0c", "2022-01-05", "yes", "~", "0x1F", "1_0", "1:20", ".NaN", "<<", "é", "%", "@", "`",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=3)), max_size=25).map("".join))
def test_front_matter_through_libyaml_reads_as_pyyaml_alone(raw: str) -> None:
    pure = _reading(lambda text: yaml.load(text, Loader=articles._PureSafeLoader), raw)
    assert _reading(articles._load_front_matter, raw) == pure


def test_plain_front_matter_never_needs_pyyamls_parser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_: str) -> None:
        raise AssertionError("read with PyYAML's pure-Python parser")

    monkeypatch.setattr(articles, "_PureSafeLoader", refuse)
    text = "---\ntitle: \"Storm: 'code rood'\"\npublished: 2023-10-19\nurl: https://example.org/a?b=c\n---\nTekst.\n"
    source = read_article(write(tmp_path, "a.md", text), tmp_path)
    assert (source.title, source.published, source.url) == ("Storm: 'code rood'", "2023-10-19", "https://example.org/a?b=c")
