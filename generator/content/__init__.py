"""The content files editors change (`content/<slug>.yml`): writing and reading them (`store`, `yamlfast`),
the three-way merge that keeps editors' changes (`merge`), the checks with file:line problems (`check`,
`schema/`), and what an editor should look at (`review`).

May import: `model`, `errors`, `project`, `lang`, `temporal`, `text`, `support`. Never `making` or `plugin`.
"""
