"""Machinery every stage may use and that knows nothing of news: atomic writes, the extraction lock,
the cache store, process pools, progress lines, YAML safety limits, time zones by name.

May import: the standard library, third-party packages, and `generator.errors`, `generator.project`.
Never a feature folder (`temporal`, `text`, `content`, `making`, `plugin`).
"""
