"""Making the site's pages and export files as text, free of any site builder: Markdown pages (`render`),
`events.json`, TimelineJS and iCalendar (`exports`), and the whole output, cached part by part (`output`);
what a build takes from mkdocs.yml, read without MkDocs (`config`), and the output as a folder any builder
reads (`folder`).

Named `making` so it is not confused with the built `site/`. May import: `model`, `project`, `errors`,
`temporal`, `text`, `content`, `support`, `lang`. Never MkDocs, never `plugin`: another builder can take over.
"""
