"""A synthetic Dutch news corpus for the scale benchmark: varied articles, not copies of the seeds.

Each article is about 3 KB: a title, a few paragraphs of plain news sentences
built from a small grammar (subjects, verbs, places, numbers), about five of
them carrying a date expression of one of many kinds (absolute and numeric
dates, weekdays with parts of the day, clock times, holidays, months, seasons,
years, decades, weeks, relative days). Publication days cluster the way news
does: a large share falls in one crisis month, so the timeline has one very
full month, as real newsrooms do. A few articles are known only to the month
or have no date at all, so review candidates and unplaced events exist too.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

TARGET_CHARS = 3000
DATED_SENTENCES = 5
CRISIS_MONTH = (2022, 1)
CRISIS_SHARE = 0.3
FIRST_DAY, LAST_DAY = dt.date(2019, 1, 1), dt.date(2023, 12, 31)

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
PARTS = ("ochtend", "middag", "avond", "nacht")
HOLIDAYS = ("Nieuwjaarsdag", "Koningsdag", "Pasen", "tweede pinksterdag", "eerste kerstdag", "oudejaarsavond",
            "Hemelvaartsdag", "Bevrijdingsdag")
SEASONS = ("voorjaar", "zomer", "najaar", "winter")
DECADES = ("zeventig", "tachtig", "negentig")
NUMBERS = ("twee", "drie", "vier", "vijf", "zes")
SUBJECTS = ("de politie", "het kabinet", "de burgemeester", "een woordvoerder", "de rechtbank", "demonstranten",
            "de gemeenteraad", "het ministerie", "de vakbond", "omwonenden", "de brandweer", "de minister",
            "een onderzoeker", "de provincie", "het waterschap", "de directie", "de oppositie", "toezichthouders")
VERBS = ("maakte bekend dat de maatregel blijft", "greep in bij de onrust", "kwam bijeen over de begroting",
         "sprak de pers toe", "sloot de haven voor alle verkeer", "presenteerde een nieuw plan",
         "stelde een onderzoek in", "trok de vergunning in", "diende een klacht in", "opende een nieuw loket",
         "waarschuwde voor gladheid", "stemde in met het voorstel", "legde het werk neer",
         "kondigde extra controles aan")
PLACES = ("Almaty", "Utrecht", "Den Haag", "Rotterdam", "Zwolle", "Maastricht", "Groningen", "Leeuwarden",
          "Eindhoven", "Arnhem", "Middelburg", "Haarlem", "Tilburg", "Enschede", "Delft", "Assen")
TOPICS = ("de woningnood", "het stikstofbeleid", "de energieprijzen", "de zorgkosten", "het openbaar vervoer",
          "de jeugdzorg", "de dijkversterking", "het onderwijs", "de asielopvang", "de luchtkwaliteit")
PUBLISHERS = ("NOS", "De Volkskrant", "NRC", "Trouw", "Het Parool", "AD", "RTL Nieuws", "Omroep Brabant")


def _plain(rng: random.Random) -> str:
    """A news sentence with names and numbers and no date, as most sentences are."""
    subject, place, topic = rng.choice(SUBJECTS), rng.choice(PLACES), rng.choice(TOPICS)
    n = rng.randint(2, 9999)
    return rng.choice((
        f"In {place} waren {n} mensen op de been, meldt {subject}.",
        f"Volgens {subject} is de situatie rond {topic} in {place} onduidelijk en moeilijk te beoordelen.",
        f"De schade wordt geschat op {rng.randint(2, 900)}.000 euro; verzekeraars onderzoeken de oorzaak.",
        f"Critici vinden dat {subject} te laat heeft ingegrepen en eisen opheldering over {topic}.",
        f"Het gaat om {n} huishoudens in de regio {place}, blijkt uit cijfers van {subject}.",
        f"\"Dit raakt iedereen in {place}\", zegt een bewoner van de wijk tegen de lokale omroep.",
        f"Over {topic} wordt al jaren gesproken, maar een oplossing is volgens {subject} niet in zicht.",
        f"Op beelden is te zien hoe {n} betogers met borden door de straten van {place} trekken.",
        f"De kosten lopen op tot {rng.randint(2, 90)} miljoen euro, schat {subject}.",
        f"Ook in {rng.choice(PLACES)} en {rng.choice(PLACES)} volgen bestuurders {topic} op de voet.",
    ))


def _expression(rng: random.Random, published: dt.date) -> str:
    """One date expression of a random kind, in the words a Dutch reporter uses."""
    year = rng.randint(published.year - 3, published.year)
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    kinds: tuple[Callable[[], str], ...] = (
        lambda: f"op {day} {month} {year}",
        lambda: f"op {day} {month}",
        lambda: f"op {day}-{rng.randint(1, 12)}-{year}",
        lambda: rng.choice(WEEKDAYS),
        lambda: rng.choice(WEEKDAYS) + rng.choice(PARTS),
        lambda: rng.choice(("gisteravond", "gistermiddag", "vanmorgen", "vannacht", "gisteren", "eergisteren")),
        lambda: f"{rng.choice(WEEKDAYS)} om {rng.randint(7, 22)}.{rng.choice(('00', '15', '30', '45'))} uur",
        lambda: f"op {rng.choice(HOLIDAYS)} {year}",
        lambda: f"in {month} {year}",
        lambda: f"{rng.choice(('begin', 'medio', 'eind'))} {month} {year}",
        lambda: f"in {year}",
        lambda: f"in het {rng.choice(SEASONS)} van {year}",
        lambda: f"in de jaren {rng.choice(DECADES)}",
        lambda: rng.choice(("vorige week", "volgende week", "vorig jaar", "vorige maand")),
        lambda: f"{rng.choice(NUMBERS)} {rng.choice(('dagen', 'weken'))} geleden",
        lambda: f"vorige week {rng.choice(WEEKDAYS)}",
    )
    return rng.choice(kinds)()


def _dated(rng: random.Random, published: dt.date) -> str:
    subject, place, verb = rng.choice(SUBJECTS), rng.choice(PLACES), rng.choice(VERBS)
    when = _expression(rng, published)
    sentence = rng.choice((
        f"{subject.capitalize()} {verb} {when} in {place}.",
        f"{when[0].upper()}{when[1:]} {verb.split(' ', 1)[0]} {subject} {verb.split(' ', 1)[1]}.",
        f"In {place} {verb.split(' ', 1)[0]} {subject} {when} {verb.split(' ', 1)[1]}.",
    ))
    return sentence


def _publication(rng: random.Random) -> dt.date:
    """A publication day: a share in the crisis month, the rest spread over five years."""
    if rng.random() < CRISIS_SHARE:
        return dt.date(*CRISIS_MONTH, rng.randint(1, 31))
    return FIRST_DAY + dt.timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))


def article(rng: random.Random, number: int, dated: int = DATED_SENTENCES) -> tuple[str, str]:
    """The file name and text of one article: Markdown with front matter, or scraped text with a date prefix."""
    published = _publication(rng)
    sentences = [_plain(rng) for _ in range(TARGET_CHARS // 95)]
    for _ in range(dated):
        sentences.insert(rng.randrange(len(sentences) + 1), _dated(rng, published))
    paragraphs, start = [], 0
    while start < len(sentences):
        size = rng.randint(2, 5)
        paragraphs.append(" ".join(sentences[start : start + size]))
        start += size
    title = f"{rng.choice(SUBJECTS).capitalize()} over {rng.choice(TOPICS)} in {rng.choice(PLACES)}"
    body = "\n\n".join(paragraphs)
    kind = rng.random()
    if kind < 0.05:  # scraped, known only to the month
        return f"art-{number:05d}.txt", f" date {published:%Y-%m} {title}\n\n{body}\n"
    if kind < 0.07:  # scraped, no date at all: its relative dates stay unplaced
        return f"art-{number:05d}.txt", f"{title}\n\n{body}\n"
    if kind < 0.3:
        return f"art-{number:05d}.txt", f" date {published.isoformat()} {title}\n\n{body}\n"
    front = (f"---\ntitle: \"{title}\"\npublished: {published.isoformat()}\npublisher: {rng.choice(PUBLISHERS)}\n"
             f"url: https://example.org/nieuws/{number}\n---\n\n")
    return f"art-{number:05d}.md", front + body + "\n"


def write_corpus(folder: Path, count: int, seed: int = 2022, dated: int = DATED_SENTENCES) -> list[Path]:
    """`count` articles in `folder` with `dated` dated sentences each, the same for the same seed; the first `n`
    are the same for every count."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(count):
        name, text = article(random.Random(f"{seed}-{number}"), number, dated)
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    return written
