"""One happening, several sources: the events of different articles that report the same happening, grouped.

`words` turns an event into weighted word stems (stop words and the stemmer are `lang/<code>/happenings.yaml`;
a sentence's clauses are `text.clauses`'s), `similarity` compares two events by TF-IDF cosine, `grouping` proposes
the groups (only events whose days overlap are compared, groups join by average linkage, and editors' decisions
bind), `decisions` reads and writes `content/happenings/happenings.yml`
and its `.generated` base, where editors split and merge groups. Uses `model`, `temporal.values`, `text.slugs`,
`text.clauses`, `content`; never `making` or MkDocs.
"""
