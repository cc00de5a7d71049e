"""The MkDocs adapter (`plugin`).

The only folder that imports MkDocs. May import any other part of Kroniek; nothing imports it
(MkDocs finds it through the `mkdocs.plugins` entry point).
"""
