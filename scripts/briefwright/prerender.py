"""The briefing pages' Markdown converted on the second core while MkDocs converts them on the first.

MkDocs converts every page's Markdown in one process, and that is most of a build (a briefing's
links and lists make Python-Markdown's inline patterns busy). A process forked once MkDocs knows
its files takes the briefing pages from the last one backwards and streams each page's result
(HTML, table of contents, anchors, log records) back; MkDocs goes forwards as usual, and each page
the worker has already done is taken instead of converted again. The two meet in the middle, however
busy each core is; a page is never taken half-done. The worker runs the same code on the same
configuration (a fork of this process), so the pages are byte-identical to MkDocs's own (tested).

Off without ``fork``, with one CPU, or with ``BRIEFWRIGHT_NO_FORK`` set.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import queue as queue_mod
import sys
import traceback
from typing import Any

MIN_PAGES = 8  # fewer briefing pages than this are converted faster than a process forks


class _Capture(logging.Handler):
    """The worker's log records, kept to be logged by MkDocs's process if it takes the page."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args = record.getMessage(), None
        record.exc_info = record.exc_text = None
        self.records.append(record)


class Prerender:
    """The worker process and the results it has sent."""

    def __init__(self, config: Any, files: Any, uris: list[str]):
        ctx = multiprocessing.get_context("fork")
        self.position = {uri: i for i, uri in enumerate(uris)}
        self.reached = ctx.Value("i", -1, lock=False)  # the last page MkDocs has started on
        self.queue = ctx.Queue()
        self.results: dict[str, tuple] = {}
        self.finished = False
        sys.stdout.flush()
        sys.stderr.flush()
        self.process = ctx.Process(target=self._work, args=(config, files, uris), daemon=True)
        self.process.start()

    # ---------------------------------------------------------------- the worker

    def _work(self, config: Any, files: Any, uris: list[str]) -> None:
        from mkdocs.structure.pages import Page

        capture = _Capture()
        for name in ("mkdocs", "MARKDOWN", ""):
            logger = logging.getLogger(name)
            logger.handlers = [capture] if name == "mkdocs" else []
            logger.propagate = name == ""
        try:
            for i in range(len(uris) - 1, -1, -1):
                if i <= self.reached.value:
                    break  # MkDocs got here first: the rest is done
                file = files.get_file_from_path(uris[i])
                page = Page(None, file, config)
                capture.records = []
                try:
                    page.read_source(config)
                    page.markdown = config.plugins.on_page_markdown(
                        page.markdown, page=page, config=config, files=files
                    )
                    Page.render(page, config, files)
                except Exception:  # noqa: BLE001 — MkDocs converts this one itself and reports it
                    self.queue.put((uris[i], None))
                    continue
                file.page = None  # sent: nothing keeps the page's Markdown and HTML here
                if i % 20 == 0:
                    gc.collect()  # each page's Markdown instance is a cycle: collect them early
                links = page.links_to_anchors
                self.queue.put(
                    (
                        uris[i],
                        (
                            page.content,
                            page.toc,
                            page._title_from_render,
                            page.present_anchor_ids,
                            None if links is None else {f.src_uri: v for f, v in links.items()},
                            capture.records,
                        ),
                    )
                )
        except BaseException:  # noqa: BLE001 — the build goes on without the worker
            traceback.print_exc()
        finally:  # flush what is sent (MkDocs's process ends this one when it has what it needs)
            self.queue.put(None)
            self.queue.close()
            self.queue.join_thread()
            os._exit(0)

    # ---------------------------------------------------------------- MkDocs's side

    def _drain(self) -> None:
        while not self.finished:
            try:
                item = self.queue.get_nowait()
            except queue_mod.Empty:
                return
            if item is None:
                self.finished = True
            else:
                self.results[item[0]] = item[1]

    def take(self, page: Any, files: Any) -> bool:
        """Fill ``page`` with the worker's conversion if it is done; False: convert it here."""
        uri = page.file.src_uri
        i = self.position.get(uri)
        if i is None:
            return False
        self.reached.value = max(self.reached.value, i)
        self._drain()
        done = self.results.pop(uri, None)
        if done is None:
            return False
        content, toc, title, anchors, links, records = done
        page.content, page.toc, page._title_from_render = content, toc, title
        page.present_anchor_ids = anchors
        if links is not None:
            page.links_to_anchors = {files.get_file_from_path(k): v for k, v in links.items()}
        for record in records:
            logging.getLogger(record.name).handle(record)
        return True

    def stop(self) -> None:
        self.reached.value = len(self.position)
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(timeout=5)
        with contextlib.suppress(Exception):
            self.queue.close()
            self.queue.cancel_join_thread()


def can_fork() -> bool:
    """Work may go to forked processes: there is fork, a second CPU, and no ``BRIEFWRIGHT_NO_FORK``."""
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and (os.cpu_count() or 1) > 1
        and not os.environ.get("BRIEFWRIGHT_NO_FORK")
    )


def start(config: Any, files: Any, uris: list[str]) -> Prerender | None:
    """A worker converting the pages ``uris`` (in MkDocs's order) from the last, or None."""
    if len(uris) < MIN_PAGES or not can_fork():
        return None
    return Prerender(config, files, uris)


def attach(prerender: Prerender | None, page: Any, files: Any) -> None:
    """Make ``page.render`` take the worker's result when there is one (called by ``on_pre_page``)."""
    if prerender is None or page.file.src_uri not in prerender.position:
        return
    render = type(page).render

    def take_or_render(config: Any, files_: Any) -> None:
        if not prerender.take(page, files):
            render(page, config, files_)

    page.render = take_or_render


# ---------------------------------------------------------------- the pages' templates, on both cores

SKIP_TEMPLATE = "bw-skip.html"  # empty (templates/overrides): MkDocs writes nothing for the page


class _SkipLog(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno <= logging.INFO and "Generated empty output" in record.getMessage())


class _Meta(dict):
    """A page's front matter whose ``template`` is the empty one when the other process took the page."""

    split: Split
    index: int

    def get(self, key: Any, default: Any = None) -> Any:
        if key == "template" and self.split.claimed_by_worker(self.index):
            return SKIP_TEMPLATE
        return super().get(key, default)


class Split:
    """The briefing pages rendered through the theme by a fork from the last backwards while MkDocs
    renders them from the first; each page is claimed under a lock by the one that gets there first
    (MkDocs renders a claimed page with an empty template, which writes nothing)."""

    def __init__(self, config: Any, nav: Any, env: Any, pages: list[Any], doc_files: list[Any]):
        ctx = multiprocessing.get_context("fork")
        self.pages = pages
        self.build_args = (config, doc_files, nav, env)
        self.lock = ctx.Lock()
        self.reached = ctx.Value("i", -1, lock=False)  # the last page MkDocs has claimed
        self.low = ctx.Value("i", len(pages), lock=False)  # the first page the worker has claimed
        self.done = ctx.Array("b", len(pages), lock=False)  # written by the worker
        for i, page in enumerate(pages):
            meta = _Meta(page.meta)
            meta.split, meta.index = self, i
            page.meta = meta
        sys.stdout.flush()
        sys.stderr.flush()
        self.process = ctx.Process(target=self._work, args=(config, nav, env, doc_files), daemon=True)
        self.process.start()
        self._filter = _SkipLog()
        logging.getLogger("mkdocs.commands.build").addFilter(self._filter)

    def claimed_by_worker(self, i: int) -> bool:
        with self.lock:
            if i >= self.low.value:
                return True
            self.reached.value = max(self.reached.value, i)
            return False

    def _work(self, config: Any, nav: Any, env: Any, doc_files: list[Any]) -> None:
        from mkdocs.commands.build import _build_page

        code = 0
        try:
            for i in range(len(self.pages) - 1, -1, -1):
                with self.lock:
                    if i <= self.reached.value:
                        break
                    self.low.value = i
                page = self.pages[i]
                page.meta = dict(page.meta)  # this process renders it with its own template
                _build_page(page, config, doc_files, nav, env)
                self.done[i] = 1
        except BaseException:  # noqa: BLE001 — MkDocs's process renders what is not done
            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)

    def finish(self) -> None:
        """Wait for the worker; render here any page it claimed and did not write."""
        from mkdocs.commands.build import _build_page

        self.process.join()
        logging.getLogger("mkdocs.commands.build").removeFilter(self._filter)
        for i, page in enumerate(self.pages):
            if isinstance(page.meta, _Meta):
                page.meta = dict(page.meta)
            if i >= self.low.value and not self.done[i]:
                _build_page(page, *self.build_args)

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(timeout=5)


def start_split(config: Any, nav: Any, env: Any, files: Any, uris: list[str]) -> Split | None:
    """A worker rendering the pages ``uris`` through the theme from the last (see ``Split``), or None."""
    from mkdocs.structure.files import InclusionLevel

    wanted = set(uris)
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
    pages = [f.page for f in doc_files if f.src_uri in wanted and f.page is not None]
    if len(pages) < MIN_PAGES or not can_fork():
        return None
    return Split(config, nav, env, pages, doc_files)
