"""Articles as text: reading and decoding a file (`articles`), sentences (`sentences`), slugs (`slugs`),
and the events a tagged article yields, in timeline order (`events`).

May import: `model`, `errors`, `project`, `lang`, `temporal`, `support`. Never `content`, `making`, `plugin`.
"""
