"""A new newsroom project (`kroniek init`).

The files a project starts with are package data in `project/`, copied as they are
(a name starting with `dot-` is written with a `.`, so the wheel carries `.github/`
and `.gitignore` like any other file). May import `support`; nothing but `commands`
imports it.
"""
