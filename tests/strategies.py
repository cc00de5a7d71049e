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
)  # fmt: skip

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)
article_bytes = st.one_of(
    st.binary(max_size=400),
    texts.map(lambda text: text.encode("utf-8", "surrogatepass")),
    texts.map(lambda text: text.encode("utf-16", "surrogatepass")),
    texts.map(lambda text: text.encode("cp1252", "replace")),
)
