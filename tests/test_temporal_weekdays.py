"""Bare and shifted weekdays, resolved by the tense of their clause (DCT: Wednesday 10 May 2023)."""

from __future__ import annotations

import pytest

from generator.temporal import tag

DCT = "2023-05-10"  # a Wednesday


def values(text: str) -> list[str]:
    return [t.value for t in tag(text, DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dinsdag stemde de Kamer in met het plan.", "2023-05-09"),
        ("Zondag hebben duizenden mensen gedemonstreerd.", "2023-05-07"),
        ("Zaterdag zijn de eerste vluchtelingen aangekomen.", "2023-05-06"),
        ("Maandag vertrokken de eerste schepen.", "2023-05-08"),
        ("Maandag heeft de rechter uitspraak gedaan.", "2023-05-08"),
        ("Dinsdag gooide iemand een steen door de ruit.", "2023-05-09"),
        ("De brandweer rukte zaterdagavond uit voor een brand.", "2023-05-06TEV"),
        ("Vannacht is er ingebroken bij de bakker.", "2023-05-09TNI"),
        ("Vrijdag vergadert het kabinet over de begroting.", "2023-05-12"),
        ("Maandag zal de minister de Kamer informeren.", "2023-05-15"),
        ("Donderdag gaat de staking gewoon door.", "2023-05-11"),
        ("De school blijft tot en met vrijdag dicht.", "2023-05-12"),
        ("De minister zei dat het overleg donderdag wordt hervat.", "2023-05-11"),
        # the DCT's own weekday is the DCT, whatever the tense
        ("Woensdag is de nieuwe burgemeester geïnstalleerd.", "2023-05-10"),
        ("Woensdag beslist de rechter over de zaak.", "2023-05-10"),
    ],
)
def test_bare_weekday_by_tense(text: str, expected: str) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Afgelopen maandag viel de stroom uit.", "2023-05-08"),
        ("Aanstaande zaterdag opent het museum.", "2023-05-13"),
        ("Vorige week dinsdag werd hij gearresteerd.", "2023-05-02"),
        ("Volgende week donderdag begint het festival.", "2023-05-18"),
        ("Zondag vorige week was het druk aan zee.", "2023-05-07"),
        ("Vorige week woensdag werd hij gezien.", "2023-05-03"),
    ],
)
def test_shifted_weekdays(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_each_sentence_has_its_own_tense() -> None:
    text = "De betoging van zaterdag verliep rustig. Maandag gaan de onderhandelingen verder."
    assert values(text) == ["2023-05-06", "2023-05-15"]


def test_a_newline_ends_a_sentence_too() -> None:
    assert values("Dinsdag werd het akkoord getekend\nVrijdag volgt de stemming") == ["2023-05-09", "2023-05-12"]


def test_week_arithmetic_crosses_the_new_year() -> None:
    assert [t.value for t in tag("Vorige week vrijdag werd de brug gesloten.", "2023-01-03")] == ["2022-12-30"]


def test_the_second_end_of_a_range_follows_the_first() -> None:
    assert values("Van maandag tot en met vrijdag zijn de scholen dicht.") == ["2023-05-15", "2023-05-19"]
    assert values("Van zaterdag tot maandag werd er gestaakt.") == ["2023-05-06", "2023-05-08"]


@pytest.mark.parametrize(
    "text",
    [
        "Het nieuwe rooster verschijnt dinsdag.",  # a present in -t after a voiced sound, not a participle
        "Dinsdag rijden er treinen volgens de opgestelde regeling.",  # an adjective, not a past
        "De aangekondigde staking begint dinsdag.",
    ],
)
def test_present_verbs_and_participles_as_adjectives_are_no_past_tense(text: str) -> None:
    """Said on a Monday: the coming Tuesday, not the one before."""
    (found,) = tag(text, "2022-11-28")
    assert found.value == "2022-11-29"



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De raad vergaderde de eerste maandag al over de begroting.", ["2023-05-01"]),
        ("De markt komt de tweede zaterdag terug.", ["2023-05-13"]),
        ("De club speelt de vijfde vrijdag een extra wedstrijd.", []),  # May 2023 has four Fridays
    ],
)
def test_an_nth_weekday_alone_is_of_the_publication_month(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik ga vrijdag naar de rechtbank, zei de verdachte.", "2023-05-12"),
        ("Ik ga met Pasen naar Rome, vertelde ze.", "2024-03-31"),
        ("Ik ging maandag naar de rechtbank, zei de verdachte.", "2023-05-08"),
    ],
)
def test_the_first_person_of_gaan_points_ahead_in_its_clause(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, "2023-05-10")] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "De wielrenner bezweek donderdag in het ziekenhuis.",
        "De auto botste donderdag tegen een boom.",
        "Het verlies bedroeg donderdag ruim een miljoen euro.",
        "De buren keken donderdag toe hoe de brandweer het vuur bluste.",
    ],
)
def test_strong_and_irregular_pasts_point_a_weekday_back(sentence: str) -> None:
    """A past the weak ending cannot show (bezweek, bedroeg, keken) or one in -ste (botste) is a past tense."""
    assert [t.value for t in tag(sentence, "2023-06-17")] == ["2023-06-15"]  # a Saturday: the Thursday before


@pytest.mark.parametrize(
    "sentence",
    [
        "De commissie besliste donderdag over de subsidie.",
        "De minister schetste donderdag een somber beeld.",
        "Donderdag fietsten honderden mensen naar het strand.",
        "In totaal verzonden de scholen donderdag drieduizend brieven.",
    ],
)
def test_a_weak_past_in_ste_or_a_strong_past_plural_listed_points_a_weekday_back(sentence: str) -> None:
    """A weak past of a stem in -s (besliste, fietsten), spelled like a superlative, and a strong past plural that
    is its participle too (verzonden) are pasts by the list."""
    assert [t.value for t in tag(sentence, "2023-06-17")] == ["2023-06-15"]


@pytest.mark.parametrize(
    "sentence",
    [
        "De beste renners fietsen donderdag naar Parijs.",
        "Het grootste concert is donderdag.",
        "De laatste brieven worden donderdag verzonden.",
        "De pakketten die donderdag verzonden worden, komen later aan.",  # a listed past, a participle first
    ],
)
def test_a_superlative_or_a_participle_says_no_past(sentence: str) -> None:
    """A superlative in -ste (beste, grootste) and a participle beside its auxiliary (worden verzonden) are no
    past: the weekday of the present clause is the coming one."""
    assert [t.value for t in tag(sentence, "2023-06-17")] == ["2023-06-22"]


@pytest.mark.parametrize(
    "sentence",
    [
        "De brand die donderdag uitbrak, is nog niet onder controle.",
        "Het bezoek dat donderdag plaatsvond, krijgt een vervolg.",
        "De wethouder zegt dat de vergadering donderdag flink uitliep.",
        "Niemand weet waarom de bus donderdag zo laat aankwam.",
    ],
)
def test_a_separable_past_written_whole_points_a_weekday_back(sentence: str) -> None:
    """Last in a subordinate clause a separable verb's past stands whole (uitbrak, plaatsvond): a past tense."""
    assert [t.value for t in tag(sentence, "2023-06-17")] == ["2023-06-15"]  # a Saturday: the Thursday before


@pytest.mark.parametrize(
    "sentence",
    [
        "De getuige die donderdag opstond, krijgt een boete.",
        "De wedstrijd die donderdag afliep, krijgt een vervolg.",
        "Het huis waar de dief donderdag inbrak, staat te koop.",
        "De ploeg die donderdag meedeed, krijgt een prijs.",
        "De storm die donderdag toesloeg, kost miljoenen.",
        "De trein die donderdag vastzat, rijdt weer.",
        "Het ongeluk dat donderdag voorkwam, wordt onderzocht.",
        "Het plan waarover de raad donderdag nadacht, komt er.",
        "De fietser die donderdag omkwam, wordt herdacht.",
        "De wandelaar die donderdag de weg overstak, ligt in het ziekenhuis.",
        "Het feest dat donderdag doorging, krijgt kritiek.",
        "De man die donderdag bijkwam, praat weer.",
        "De hond die donderdag wegliep, is terug.",
        "De soldaat die donderdag terugkwam, wordt gehuldigd.",
        "De boom die donderdag neerviel, ligt nog op de weg.",
        "De raad die donderdag samenkwam, wil meer geld.",
        "De omzet die donderdag tegenviel, baart zorgen.",
        "De monteur die donderdag langskwam, stuurt een rekening.",
        "Het bericht dat donderdag binnenkwam, is vals.",
        "De kat die donderdag buitenliep, is zoek.",
        "De zeiler die donderdag thuiskwam, is moe.",
        "De gevangene die donderdag vrijkwam, woont nu in Gent.",
        "Het geweld dat donderdag losbrak, is voorbij.",
        "De winkel die donderdag dichtging, zoekt een koper.",
        "Het museum dat donderdag openging, trekt veel bezoekers.",
        "De school die donderdag deelnam, krijgt een prijs.",
        "De brief die hij donderdag achterliet, ligt bij de politie.",
        "De wolf die donderdag rondliep, blijft een raadsel.",
        "De dichter die donderdag heenging, wordt herdacht.",
        "Het plan dat donderdag uit het overleg voortkwam, ligt er nu.",
        "De kans die de spits donderdag misliep, kost de club punten.",
        "De kelder die donderdag volliep, wordt leeggepompt.",
        "De ploeg die donderdag de titel terugwon, viert feest.",  # a past in -n, not a plural's -en
    ],
)
def test_each_listed_particle_makes_a_separable_past_written_whole(sentence: str) -> None:
    """Every particle of the tense data before a listed past (opstond, afliep ... volliep) is such a past."""
    assert [t.value for t in tag(sentence, "2023-06-17")] == ["2023-06-15"]


@pytest.mark.parametrize(
    "sentence",
    [
        "De rechters die donderdag over de zaak beslisten, zwijgen nu.",
        "De architecten die donderdag het plan schetsten, zwijgen nu.",
        "De trainer die donderdag op de verdediging focuste, zwijgt nu.",
        "De trainers die donderdag op de verdediging focusten, zwijgen nu.",
        "De kampioen die donderdag in Gent bokste, rust nu.",
        "De kampioenen die donderdag in Gent boksten, rusten nu.",
        "De ballerina die donderdag in Gent danste, rust nu.",
        "De dansers die donderdag in Gent dansten, rusten nu.",
        "De renner die donderdag naar Gent fietste, rust nu.",
        "De burgemeester die donderdag iedereen succes wenste, zwijgt nu.",
        "De ministers die donderdag iedereen succes wensten, zwijgen nu.",
        "De boer die donderdag de appels perste, rust nu.",
        "De boeren die donderdag de appels persten, rusten nu.",
        "De scheidsrechter die zich donderdag vergiste, zwijgt nu.",
        "De scheidsrechters die zich donderdag vergisten, zwijgen nu.",
        "De camera die donderdag de auto flitste, hangt er nog.",
        "De dj die donderdag in Gent mixte, rust nu.",
    ],
)
def test_each_listed_weak_past_of_a_stem_in_s_or_x_is_a_past(sentence: str) -> None:
    """Every weak past in -ste or -sten the tense data lists (beslisten ... mixte), which the ending pattern leaves to
    superlatives, makes its relative clause past: the Thursday before."""
    assert [t.value for t in tag(sentence, "2023-06-17")] == ["2023-06-15"]


@pytest.mark.parametrize(
    "sentence",
    [
        "De ploeg verdedigt donderdag haar voorsprong.",
        "Het blijft donderdag meestal droog.",
        "Donderdag maken de ministers afspraken over de begroting.",
        "Het college vraagt donderdag aandacht voor de wijk.",
        "De club verwacht donderdag veel aanwas.",
        "Het personeel doet donderdag zelf afwas.",
        "De dokter verwijdert donderdag haar uitwas.",
        "De minister verdedigt donderdag haar ingreep.",
        "De raad vindt het plan van donderdag doordacht.",
    ],
)
def test_a_word_spelled_as_particle_and_past_that_is_none_says_no_past(sentence: str) -> None:
    """A noun, an adverb or a plural spelled as a particle before a past (voorsprong, meestal, afspraken) is no
    past: the weekday of the present clause is the coming one."""
    assert [t.value for t in tag(sentence, "2023-06-17")] == ["2023-06-22"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het opperste gerechtshof oordeelt donderdag over de zaak.",
        "Donderdag opnieuw misgreep van de scheidsrechter, vrijdag het excuus.",
        "Donderdag haar overgreep, vrijdag de straf.",
        "Donderdag het opstal van de boer, vrijdag de schuur.",
        "Donderdag die inlas, vrijdag het hele journaal.",
        # a plural spelled as particle and past is not read: as often a noun
        "Donderdag nieuwe afspraken, vrijdag de uitvoering.",
        # a past in -ste that is as often an adjective is not listed
        "Het verraste publiek applaudisseert donderdag voor de zanger.",
    ],
)
def test_a_noun_or_adjective_spelled_as_a_past_says_no_past(sentence: str) -> None:
    """A noun or adjective of particle and past (opperste, misgreep, opstal) or spelled as a listed past
    (verraste) is no past: each weekday of the present clause is the coming one."""
    assert [t.value for t in tag(sentence, "2023-06-17")][:1] == ["2023-06-22"]


@pytest.mark.parametrize(
    "sentence",
    [
        "De trainer is blij dat de club donderdag de titel terugwon.",  # a singular past in -n, not -en
        "Iedereen is blij dat de zon donderdag eindelijk doorscheen.",  # a singular past in -een
    ],
)
def test_a_separable_singular_past_in_n_points_a_weekday_back(sentence: str) -> None:
    assert [t.value for t in tag(sentence, "2023-06-17")] == ["2023-06-15"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Over de markt wordt uiterlijk 6 april besloten.", "2024-04-06"),  # a present passive: ahead
        ("De gemeenteraad heeft op 6 april besloten.", "2023-04-06"),  # a perfect: behind
        ("Op 6 april besloten de ministers het anders te doen.", "2023-04-06"),  # a past plural: behind
    ],
)
def test_a_past_that_doubles_as_a_participle_beside_an_auxiliary_is_the_participle(
    sentence: str, expected: str
) -> None:
    assert [t.value for t in tag(sentence, "2024-03-12")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # normaal gesproken, normaal gezien: what is expected this once, not a habit
        ("Normaal gesproken is de uitslag dinsdag bekend.", ("DATE", "2019-10-01")),
        ("De leden komen normaal gezien dinsdagavond samen.", ("DATE", "2019-10-01TEV")),
        ("Normaal vergadert de raad op dinsdag.", ("SET", "XXXX-WXX-2")),
        # an infinitive after te is no tense, even spelled as a past (zetten)
        ("Het idee is om dinsdag een kraam neer te zetten.", ("DATE", "2019-10-01")),
    ],
)
def test_expected_once_and_infinitives_say_no_habit_and_no_past(sentence: str, expected: tuple[str, str]) -> None:
    assert [(t.type, t.value) for t in tag(sentence, "2019-09-30")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Op vrijdag is het altijd druk in de winkelstraat.", ("SET", "XXXX-WXX-5")),
        ("Vrijdag was hij zoals altijd als eerste in de winkel.", ("DATE", "2019-09-27")),
        ("Vrijdagochtend waren de schilders nog altijd aan het werk.", ("DATE", "2019-09-27TMO")),
        # done as every time, this once: a comparison with the habit
        ("Vrijdagochtend opende de winkel zoals elke keer zijn deuren.", ("DATE", "2019-09-27TMO")),
        ("Zoals gewoonlijk sprak de burgemeester vrijdagavond de raad toe.", ("DATE", "2019-09-27TEV")),
        # not one naming the habit's own days
        ("Zoals iedere dinsdag traint de ploeg op het hoofdveld.", ("SET", "XXXX-WXX-2")),
    ],
)
def test_altijd_makes_a_habit_but_zoals_altijd_compares(sentence: str, expected: tuple[str, str]) -> None:
    assert [(t.type, t.value) for t in tag(sentence, "2019-09-30")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a form like a weak past after an article or a number is an adjective, not the clause's tense
        ("De raad bespreekt dinsdag de verouderde plannen.", "2019-10-01"),
        ("De raad bespreekt dinsdag het herstel van 12 beschadigde bruggen.", "2019-10-01"),
        # the same form as the clause's verb is a past
        ("De raad verouderde dinsdag de plannen.", "2019-09-24"),
        # `het` is an article after a preposition: the form after it describes its noun
        ("In het zuiden geldt dinsdag code geel vanwege het verwachte onweer.", "2019-10-01"),
        ("In Utrecht rijdt dinsdag een bus door het vernielde spoor.", "2019-10-01"),
        ("In Utrecht rijdt dinsdag een bus wegens het vernielde spoor.", "2019-10-01"),
        ("Dinsdag speelt de ploeg ondanks het verloren duel thuis.", "2019-10-01"),
        # elsewhere `het` is a pronoun, the form after it the clause's verb, also after a particle and a comma
        ("Toen het stormde dinsdag, bleef de ploeg binnen.", "2019-09-24"),
        ("Het stormde dinsdag.", "2019-09-24"),
        ("Het noodweer houdt aan, het stormde dinsdag flink.", "2019-09-24"),
        ("Het noodweer houdt aan – het stormde dinsdag flink.", "2019-09-24"),
        ("Het noodweer houdt aan - het stormde dinsdag flink.", "2019-09-24"),
    ],
)
def test_a_weak_past_after_an_article_or_number_is_an_adjective(sentence: str, expected: str) -> None:
    assert [t.value for t in tag(sentence, "2019-09-30")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how often within the day told: a forecast's day (DCT Monday 30 September 2019)
        ("Vrijdag valt er vaak een bui, vooral in het noorden.", ("DATE", "2019-10-04")),
        ("Woensdagmiddag schijnt regelmatig de zon.", ("DATE", "2019-10-02TAF")),
        ("Donderdag waait het geregeld stevig aan de kust.", ("DATE", "2019-10-03")),
        # after `op` the weekday is every such day
        ("Op vrijdag valt er vaak een bui.", ("SET", "XXXX-WXX-5")),
        # and another habit word beside it still makes a habit
        ("Vrijdag valt er gewoonlijk vaak een bui.", ("SET", "XXXX-WXX-5")),
        # outside a forecast these words still make a habit
        ("Maandag is vaak de drukste dag op de snelwegen.", ("SET", "XXXX-WXX-1")),
        ("Zondag gaat hij meestal vissen met zijn vader.", ("SET", "XXXX-WXX-7")),
    ],
)
def test_a_word_of_how_often_within_a_bare_weekday_makes_no_habit(sentence: str, expected: tuple[str, str]) -> None:
    assert [(t.type, t.value) for t in tag(sentence, "2019-09-30")] == [expected]


def test_a_condition_said_to_anyone_makes_a_habit() -> None:
    """`als je 's avonds fietst` is advice for any evening; a day relative to the publication date stays that day."""
    assert [(t.type, t.value) for t in tag("Als je 's avonds fietst, moet je licht voeren.", "2019-09-30")] == [
        ("SET", "XXXX-XX-XXTEV")]
    assert [t.value for t in tag("Als je vanavond komt, neem dan wijn mee.", "2019-09-30")] == ["2019-09-30TEV"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday with a day of the month and no month: the nearest month where that day is that weekday (the
        # DCT is Wednesday 10 May 2023; Monday the 8th is this week's, Friday the 12th this one's)
        ("Op maandag 8 opende de nieuwe school haar deuren.", [("maandag 8", "2023-05-08")]),
        ("Vrijdag 12 komt de gemeenteraad bijeen.", [("Vrijdag 12", "2023-05-12")]),
        ("Zaterdag 24 om 14 uur begint de optocht.", [("Zaterdag 24 om 14 uur", "2023-06-24T14:00")]),
        # a count after the weekday is no day of the month
        ("Op zaterdag zijn 14 mensen aangehouden.", [("zaterdag", "2023-05-06")]),
    ],
)
def test_a_weekday_with_a_day_of_the_month_finds_its_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, "2023-05-10")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle is another auxiliary's (wordt ... gezegd) or stands in a clause of its own: `is` is present,
        # and a named day said now is the nearest (the DCT is 10 May 2023)
        ("Hemelvaartsdag is een feestdag waarop niet wordt gewerkt.", "2023-05-18"),
        ("Pinksteren, ook wel het Pinksterfeest genoemd, is een christelijk feest.", "2023-05-28"),
        ("Vrijdag is een vrije dag voor wie heeft gewerkt op Koningsdag.", "2023-05-12"),
        # its own participle, before or after it, makes `is` a perfect: the past
        ("Zaterdag is de brug na een ongeluk urenlang afgesloten.", "2023-05-06"),
        ("De politie meldt dat de man donderdag is aangehouden.", "2023-05-04"),
    ],
)
def test_a_perfect_needs_a_participle_of_its_own(text: str, expected: str) -> None:
    assert tag(text, DCT)[0].value == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # `zijn` after a preposition is the possessive, no perfect with the participle of a passive
        ("De resultaten worden op zijn vroegst woensdag gepubliceerd.", "2019-10-02"),
        ("De gemeente wordt met zijn nieuwe plan donderdag geconfronteerd.", "2019-10-03"),
        ("De sporter wordt na zijn operatie zaterdag ontslagen.", "2019-10-05"),
        # `zijn` as the verb still makes a perfect
        ("De resultaten zijn woensdag gepubliceerd.", "2019-09-25"),
        ("Ze zijn met zijn tweeën donderdag vertrokken.", "2019-09-26"),
        # beside a modal, a form spelled like a weak past plural is its infinitive, and the modal's present is present
        ("Omwonenden kunnen zich donderdag melden bij het loket.", "2019-10-03"),
        ("Wie schade heeft, mag zich vrijdag melden.", "2019-10-04"),
        ("Mogelijk kan de gemeente woensdag al de eerste cijfers melden.", "2019-10-02"),
        # a modal's past stays a past, and a weak past plural with no modal beside it too
        ("Omwonenden konden zich donderdag melden bij het loket.", "2019-09-26"),
        ("Zaterdag meldden zich twintig vrijwilligers.", "2019-09-28"),
        # `ongetwijfeld` (undoubtedly) is an adverb of a participle's shape: the copula stays present
        ("De spannendste dag is ongetwijfeld zaterdag.", "2019-10-05"),
        # a perfect with a double infinitive: the infinitive stands for the participle, so the perfect is a past
        ("De brandweer heeft zondag laten weten dat de brand onder controle is.", "2019-09-29"),
        ("Heb je vannacht kunnen slapen met die herrie?", "2019-09-29TNI"),
        ("De club heeft dinsdag een boete moeten betalen.", "2019-09-24"),
        ("Mijn buurman is zaterdag gaan vissen bij de sluis.", "2019-09-28"),
        ("Dat het bestuur het donderdag heeft willen uitstellen, verbaast niemand.", "2019-09-26"),
        # without a perfect auxiliary, or with `hebben` as a main verb and `en` before the modal, it stays present
        ("Het museum laat zaterdag weten of de zaal opengaat.", "2019-10-05"),
        ("De scholen hebben geen geld en kunnen woensdag niet open.", "2019-10-02"),
        # a be-/ver- word in -gt is a present, never a weak participle (that ends in -gd): `zijn` is the possessive
        ("De wethouder verdedigt woensdag zijn begroting.", "2019-10-02"),
        ("De wethouder heeft woensdag zijn begroting verdedigd.", "2019-09-25"),
        ("Ze hebben een boot en willen zaterdag gaan varen.", "2019-10-05"),
        # a plural noun has an infinitive's shape: after a verb of the double infinitive it makes no perfect
        ("De burgemeester en zijn wethouders komen zaterdag naar de opening.", "2019-10-05"),
        ("De Sint en zijn Pieten komen zaterdag met de boot aan.", "2019-10-05"),
        # nouns and infinitives of a weak past's shape that are never one: the present stays present
        ("Haar vrienden zitten zaterdag in de zaal.", "2019-10-05"),
        ("De beelden worden donderdag getoond.", "2019-10-03"),
        ("Wie iets heeft gezien, moet dat vrijdag melden bij de politie.", "2019-10-04"),
        ("Er spreken donderdag boeiende gasten in de aula.", "2019-10-03"),
        ("De organisatie verwacht donderdag groeiende drukte.", "2019-10-03"),
        # nouns of a participle's shape after `zijn`: no perfect (letters before ge- that are no particle, -heid, -dt)
        ("Er zijn zaterdag extra agenten op de been.", "2019-10-05"),
        ("Dan zouden zondag de congressen van de regeringspartijen volgen.", "2019-10-06"),
        ("Het is zaterdag een kwestie van verkeersveiligheid.", "2019-10-05"),
        ("Er zijn zaterdag nieuwe maatregelen voor de jongeren.", "2019-10-05"),
        # the verbs of a double infinitive: the first stands for the participle, the rest is no tense of its own
        ("De politie heeft de verdachte zaterdag laten gaan.", "2019-09-28"),
        ("Een trein is zaterdag blijven staan bij Utrecht.", "2019-09-28"),
        ("De scheidsrechter heeft het duel zaterdagavond laten staken.", "2019-09-28TEV"),
        # a past of the weak shape that is also a noun's plural stays a past (vellen, velden)
        ("De rechters velden donderdag een hard oordeel.", "2019-09-26"),
        # after a possessive a weak past's shape is its noun or adjective (zijn helden)
        ("Het dorp eert zaterdag zijn helden.", "2019-10-05"),
        # a separable verb's plural past, written whole at the end of a relative clause
        ("Het is een van de ongevallen die in de nacht van vrijdag op zaterdag plaatsvonden.", "2019-09-27TNI"),
        # a day that names what came before, in a clause told in the plain present, is gone; not with a future
        ("Bewoners melden scheuren na de aardbeving van donderdagavond.", "2019-09-26TEV"),
        ("Na de wedstrijd van zaterdag gaat de ploeg op trainingskamp.", "2019-10-05"),
        # a present whose participle is another word (vertrokken) is no participle
        ("De ploeg is zondag op pad en vertrekt naar Spanje.", "2019-10-06"),
        # while the participles of separable verbs stay participles
        ("De man is zaterdag doodgeschoten.", "2019-09-28"),
        ("Het werk is zaterdag stilgelegd.", "2019-09-28"),
        ("De arbeiders zijn zaterdag tewerkgesteld in de haven.", "2019-09-28"),
        # while a past of that shape stays a past
        ("De vriendinnen speelden zaterdag een partijtje.", "2019-09-28"),
        ("De buurman diende donderdag een klacht in.", "2019-09-26"),
        ("De vrijwilligers verzamelden zaterdag afval langs de dijk.", "2019-09-28"),
    ],
)
def test_which_verb_beside_a_day_makes_its_tense(sentence: str, expected: str) -> None:
    """A possessive `zijn`, a modal and a double infinitive: each decides whether the clause tells a past."""
    assert [t.value for t in tag(sentence, "2019-09-30")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day named in the coming week, then its weekday told as a closure with `is`/`zijn` (closed then, or that
        # day to come?): that day, doubted
        ("De kermis begint op 14 mei. Zondag zijn de straten rond de markt afgesloten.",
         [("2023-05-14", None), ("2023-05-14", "day-named")]),
        ("Volgende week maandag opent de brug. Maandagavond is de weg nog gestremd.",
         [("2023-05-15", None), ("2023-05-15TEV", "day-named")]),
        # its night: the night before it, or of it, as the words say
        ("De kermis begint op 14 mei. In de nacht op zondag zijn de straten afgesloten.",
         [("2023-05-14", None), ("2023-05-13TNI", "day-named")]),
        ("De kermis begint op 14 mei. Zondagnacht zijn de straten afgesloten.",
         [("2023-05-14", None), ("2023-05-14TNI", "day-named")]),
        # a count from it in its clause is that day's (the clause tells a state, no past)
        ("De kermis begint op 14 mei. Zondag zijn de straten de hele dag afgesloten.",
         [("2023-05-14", None), ("2023-05-14", "day-named"), ("2023-05-14", "anaphor")]),
        # a closure that happened, told with a second participle or beside a past in its sentence, keeps the tense
        ("De A2 gaat op zondag 14 mei dicht. Zondag is de A2 na een ongeluk lang afgesloten geweest.",
         [("2023-05-14", None), ("2023-05-07", "tense")]),
        ("De marathon is op zondag 14 mei. Zondag is de weg afgesloten en werd het verkeer omgeleid.",
         [("2023-05-14", None), ("2023-05-07", "tense")]),
        # a word of an ending that is as often a happening is no closure (a match abandoned)
        ("De finale is op zondag 14 mei. Zondag is de wedstrijd gestaakt na spreekkoren.",
         [("2023-05-14", None), ("2023-05-07", "tense")]),
        # a weekday with its own week says its day itself
        ("De kermis begint op 14 mei. Volgende week zondag zijn de straten afgesloten.",
         [("2023-05-14", None), ("2023-05-21", None)]),
        # a perfect that tells what happened, a plain past or present, keeps its tense's reading
        ("De herdenking is op zondag 14 mei. Zondag is de brug over de Maas ingestort.",
         [("2023-05-14", None), ("2023-05-07", "tense")]),
        ("De herdenking is op zondag 14 mei. Zondag is de burgemeester vertrokken.",
         [("2023-05-14", None), ("2023-05-07", "tense")]),
        ("De kermis begint op 14 mei. Zondag hebben agenten de straten afgesloten.",
         [("2023-05-14", None), ("2023-05-07", "tense")]),
        ("De rechtbank doet op dinsdag 16 mei uitspraak. Dinsdag werd de verdachte voor het laatst gehoord.",
         [("2023-05-16", None), ("2023-05-09", "tense")]),
        ("Op 14 mei is de optocht. Zondag worden de wegen afgesloten.",
         [("2023-05-14", None), ("2023-05-14", "tense")]),
        # a day named before the publication day is no such anchor (last Sunday's match, then next Sunday's)
        ("Op zondag 7 mei won Ajax de beker. Zondag speelt Ajax tegen PSV.",
         [("2023-05-07", None), ("2023-05-14", "tense")]),
        # nor is a day the tense chose, a day a week or more ahead, or one on another weekday
        ("Zondag is code oranje afgekondigd. Later op zondagavond is de wind gaan liggen.",
         [("2023-05-07", "tense"), ("2023-05-07TEV", "tense")]),
        ("Op zondag 21 mei is de optocht. Zondag zijn de wegen afgesloten.",
         [("2023-05-21", None), ("2023-05-07", "tense")]),
        ("Op 13 mei is de optocht. Zondag zijn de wegen afgesloten.",
         [("2023-05-13", None), ("2023-05-07", "tense")]),
    ],
)
def test_a_weekday_told_as_a_closure_is_the_day_named_ahead_on_it_within_a_week(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(t.value, t.review) for t in tag(text, DCT)] == expected


def test_a_perfect_with_the_flemish_gekend_is_a_past() -> None:
    assert [t.value for t in tag("De beurs heeft maandag een zware dag gekend.", DCT)] == ["2023-05-08"]


def test_the_flemish_gekend_after_is_or_zijn_is_known_now_no_perfect() -> None:
    """`is gekend` (is known) tells what is known now, as `is bekend` does: the match on 27 mei is to come."""
    assert [t.value for t in tag("De selectie voor de match op 27 mei is gekend.", DCT)] == ["2023-05-27"]
    assert [t.value for t in tag("De selectie voor de match op 27 mei is bekend.", DCT)] == ["2023-05-27"]
    # another participle after the auxiliary is still a perfect, of last year's match
    assert [t.value for t in tag("De selectie voor de match op 27 mei is gekozen.", DCT)] == ["2022-05-27"]


def test_a_weekday_told_as_a_closure_names_the_day_it_was_put_on() -> None:
    closed = tag("De kermis begint op 14 mei. Zondag zijn de straten afgesloten.", DCT)[-1]
    assert (closed.review, closed.anchor) == ("day-named", "2023-05-14")


def test_a_count_told_as_a_closure_after_a_date_gone_by_is_still_no_day_after_the_publication() -> None:
    """Only a count from a weekday put on the day named ahead is that day's; `Een jaar later is de fabriek gesloten`,
    counted from last March, lies after the publication day in a past clause: no year of its own."""
    found = tag("In maart begon de staking. Een jaar later is de fabriek gesloten.", DCT)
    assert [(t.value, t.review) for t in found][-1] == ("XXXX", "no-anchor")
