"""Kroniek's own pages rendered through the theme by forked workers beside MkDocs' loop, not by that loop alone.

MkDocs renders every page in one loop on one CPU (`_build_page`: the page's context, its
template, the plugins' `page_context` and `post_page` events, its file): 1.5 ms a page,
9.6 s of a first build at 5,000 articles of 20 events. The pages Kroniek made and indexes
itself for search (`search: exclude`) are shared with workers forked once MkDocs has read
every page (`on_env`): they take pages from the back of the list and render each by the
same `_build_page`, while MkDocs' loop, coming from the front, renders each page no worker
has taken when it asks for its template, and gets an empty one for a page a worker took
(MkDocs then writes nothing, and its "generated empty output" line for that page is not
shown). So the two share the work as it comes, and the theme's files, the sitemap and the
project's own pages are made while the workers render.

Only where it cannot change the site: processes forked (`workers.inherits`), more than
one job, not serving, and no plugin but Kroniek and Material's search, which keep nothing
of such a page in those events (a search that excludes a page only strips attributes from
its HTML). Any other plugin could keep state in a worker's copy of itself, lost with it:
then MkDocs renders every page, as it does anywhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import TYPE_CHECKING, Any

import jinja2
from mkdocs.commands import build as mkdocs_build
from mkdocs.exceptions import PluginError

from generator.support import workers

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

# What MkDocs logs for a page whose template rendered nothing (`_build_page`): the pages a worker rendered.
_SKIPPED = "Page skipped: '{}'. Generated empty output."


def known_plugins(config: MkDocsConfig, own: type) -> bool:
    """Whether every plugin of the build is Kroniek (`own`) or Material's search: none keeps state of its own from
    the events of a page rendered in a worker."""
    from material.plugins.search.plugin import SearchPlugin

    return all(type(plugin) in (own, SearchPlugin) for plugin in config.plugins.values())


class Apart:
    """`pages` rendered by `processes` workers forked now and by MkDocs' loop in this process, whichever reaches each
    first; `let_go` is called for each page a worker made, whose HTML this process then need not keep. `finish` once
    MkDocs' loop is done, or `close` when the build fails."""

    def __init__(
        self,
        pages: Sequence[Page],
        config: MkDocsConfig,
        doc_files: Sequence[File],
        nav: Navigation,
        env: jinja2.Environment,
        let_go: Callable[[Page], None],
        processes: int,
    ) -> None:
        self._shared = (pages, config, doc_files, nav, env)
        self._index = {page.file.src_uri: index for index, page in enumerate(pages)}
        self._env, self._let_go = env, let_go
        for name in {page.meta.get("template", "main.html") for page in pages}:  # compiled once, before the fork
            with suppress(jinja2.TemplateError):  # MkDocs says so for the page
                env.get_template(name)
        self._own_template, self._empty = env.get_template, env.from_string("")
        self._quiet = _Quiet()
        self._sharing = workers.share(_render, len(pages), processes, self._shared)
        # only in this process: the workers render each page they take
        env.get_template = self._template  # type: ignore[method-assign]
        logging.getLogger(mkdocs_build.__name__).addFilter(self._quiet)

    def _template(self, name: str, *more: Any) -> jinja2.Template:
        """The template MkDocs asks for, for the page it is building (`_current_page`): the empty one if a worker
        took the page. A template's own (`extends`, `include`: they name the template asking) as it is."""
        page = self._shared[1]._current_page
        index = self._index.get(page.file.src_uri) if page is not None and not more else None
        if index is None or self._sharing.take(index):
            return self._own_template(name, *more)
        if self._sharing.made(index):  # else made again here if its worker dies (`finish`)
            self._let_go(page)
        self._quiet.said.add(_SKIPPED.format(page.file.src_uri))
        return self._empty

    def finish(self) -> None:
        """Once MkDocs' loop is done: the workers waited for, a worker's error as the build's naming its page, and
        any page no one made (its worker died) rendered here."""
        try:
            left = self._sharing.finish()
        except workers.IndexedError as error:
            page = self._shared[0][error.index]
            raise PluginError(f"kroniek: {page.file.src_uri} could not be rendered: {error}") from error.error
        finally:
            self._undo()
        pages, config, doc_files, nav, env = self._shared
        for index in left:
            mkdocs_build._build_page(pages[index], config, doc_files, nav, env)

    def close(self) -> None:
        """The workers stopped after the pages they are rendering, and waited for: the build failed."""
        self._sharing.close()
        self._undo()

    def _undo(self) -> None:
        with suppress(AttributeError):
            del self._env.get_template
        logging.getLogger(mkdocs_build.__name__).removeFilter(self._quiet)


class _Quiet(logging.Filter):
    """MkDocs' line for each page a worker rendered, which this process rendered empty: not news to anyone."""

    def __init__(self) -> None:
        super().__init__()
        self.said: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno != logging.INFO or record.getMessage() not in self.said


def _render(
    shared: tuple[Sequence[Page], MkDocsConfig, Sequence[File], Navigation, jinja2.Environment],
    index: int,
) -> None:
    """A worker's page, by MkDocs' own steps (`_build_page`): the same HTML, written to the same file."""
    pages, config, doc_files, nav, env = shared
    mkdocs_build._build_page(pages[index], config, doc_files, nav, env)
