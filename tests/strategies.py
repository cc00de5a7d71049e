"""Hypothesis strategies for hostile input, shared by the property tests and `benchmarks/fuzz.py`.

Pure random text rarely hits a rule, so the text is built from pieces the
reader and the tagger care about (Dutch date words, digits, punctuation, line
breaks, front matter fences, YAML syntax) mixed with arbitrary characters.
"""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = (
    "maandag", "dinsdag", "gisteravond", "vannacht", "morgenochtend", "op Nieuwjaarsdag", "om 10.30 uur",
    "3 januari 2022", "2022-01-06", "vorige week", "in de jaren negentig", "Pasen", "dhr.", "o.a.", "Jan Zondag",
    "tussen 1 en 3 maart", "rond middernacht", "sinds", "zal", "had", "werd", ".", "!", "?", "…", ":", ",", " ",
    "\n", "\r\n", "\t", "---\n", "title: ", "published: ", " date 2022-01 ", "# ", "&a ", "*a", "!!python/object",
    "{{ x }}", "<script>", "é", "İ", "\u2028", "\ufeff", "\xa0", "'", "\u201c", "(", "[",
    # words the events stage steers by (generator/lang/nl/text.yaml), and the word forms of session 12
    "na elven", "tegen vieren", "een kwartiertje", "de middagspits", "de 1e tot en met 3e divisie", "t/m",
    "verspreid over tien dagen", "het seizoen 2020-2021", " dan ", "meer", "in vergelijking met", "ten opzichte van",
    "voor het eerst sinds", "tegen", "tegenover", "2,9 procent", "zo druk als", "net als", "evenals",
    "hieronder", "hierboven", "liveblog", "Gepubliceerd op", "•", "...", "…\n", "de 15e keer", "de vijfde maal",
    "vanaf", "die", "toen", "niet", "nog niet", "zo'n", "bijvoorbeeld", "Beeld ", "Update 13:39 - ", "Zaterdag:",
    "De brand brak uit", "\n\n", "?\n",
)  # fmt: skip

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)
# Text the reader takes as an article (no control characters, which mark a binary file), its pieces apart as words,
# so that it reaches the events stage with expressions to make events of.
prose = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=8)), max_size=80
).map(" ".join)
# An article as the pipeline reads it: paragraphs of pieces, with or without a title and a publication date.
articles = st.builds(
    "{}{}".format,
    st.sampled_from(["", "---\ntitle: T\npublished: 2022-01-06\n---\n\n", "---\npublished: 2022-01\n---\n\n# Kop\n\n"]),
    prose,
)
article_bytes = st.one_of(
    st.binary(max_size=400),
    texts.map(lambda text: text.encode("utf-8", "surrogatepass")),
    texts.map(lambda text: text.encode("utf-16", "surrogatepass")),
    texts.map(lambda text: text.encode("cp1252", "replace")),
)
