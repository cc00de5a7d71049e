"""Adapters to static site builders other than MkDocs (whose adapter is `plugin`).

Each reads the folder `making.folder` writes and the project's mkdocs.yml as
`making.config` reads it, and nothing else of Kroniek. Only `commands` imports them.
"""
