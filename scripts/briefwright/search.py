"""Pagefind, the site's search: each briefing page is indexed as MkDocs renders it (``SearchIndex``).

``site.search_part`` decides how many briefings go into one index; the search page
(``docs/javascripts/search.js``) merges the parts.
"""

from __future__ import annotations

import base64
import json
import queue
import subprocess
import threading
from pathlib import Path

# Briefings per Pagefind index (0: one index); see ``search_part``. Pagefind's memory grows with the
# text it indexes (~1.2 GB for 5,000 briefings in one index); parts bound it. A part without the
# searched word falls back to near words; the search page hides those results (search.js).
SEARCH_PART = 0
PAGEFIND_CONFIG = {"force_language": "en", "exclude_selectors": ["code"]}


class _Service:
    """One ``pagefind --service`` process and the threads that talk to it (base64 JSON messages)."""

    def __init__(self, binary: str):
        self.proc = subprocess.Popen([binary, "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._next = 0
        self._replies: dict[int, dict] = {}
        self._done = threading.Condition()
        self._stopped = False
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=256)
        self._threads = [threading.Thread(target=f, daemon=True) for f in (self._read, self._write)]
        for t in self._threads:
            t.start()

    def send(self, payload: dict) -> int:
        self._next += 1
        self._queue.put(json.dumps({"message_id": self._next, "payload": payload}).encode("utf-8"))
        return self._next

    def _write(self) -> None:
        assert self.proc.stdin is not None
        while (request := self._queue.get()) is not None:
            try:
                self.proc.stdin.write(base64.b64encode(request) + b",")
                self.proc.stdin.flush()
            except OSError:
                return

    def _read(self) -> None:
        assert self.proc.stdout is not None
        buf = b""
        while chunk := self.proc.stdout.read1(1 << 16):
            buf += chunk
            *messages, buf = buf.split(b",")
            for raw in messages:
                reply = json.loads(base64.b64decode(raw))
                with self._done:
                    self._replies[reply.get("message_id") or 0] = reply["payload"]
                    self._done.notify_all()
        with self._done:
            self._replies[-1] = {"type": "Error", "message": "pagefind stopped"}
            self._done.notify_all()

    def wait(self, message_id: int) -> dict:
        with self._done:
            self._done.wait_for(lambda: message_id in self._replies or -1 in self._replies)
            reply = self._replies.pop(message_id, None) or self._replies[-1]
        if reply.get("type") == "Error":
            raise RuntimeError(f"pagefind: {reply.get('message')}")
        return reply

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._queue.put(None)
        self._threads[1].join()
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.terminate()
        self.proc.wait()


class SearchIndex:
    """Pagefind as a service: each briefing is sent as MkDocs renders it and indexed by the pagefind
    process meanwhile (on the other core); ``finish`` writes ``site/pagefind/``.

    Every ``part_size`` briefings the index so far is written (``pagefind/``, then
    ``pagefind/part-2/``...) and its process ends (Pagefind keeps what it allocated until then), which
    bounds the memory; the search page merges the parts listed in ``pagefind/parts.json``. A part is
    written by a thread while MkDocs goes on, the pages meanwhile wait here for the next process (one
    Pagefind at a time). Only briefing pages are indexed: indexing the actor pages as well doubled
    the time, and every briefing names its actors and carries them as search filters.
    """

    def __init__(self, site_dir: Path, part_size: int = 0):
        from pagefind.service import get_executable

        binary = get_executable()
        if binary is None:
            raise FileNotFoundError("the pagefind binary is missing: pip install 'pagefind[extended]'")
        self.binary = str(binary)
        self.site_dir = site_dir
        self.part_size = part_size or SEARCH_PART
        self._pending: list[int] = []
        self._lock = threading.Lock()
        self._backlog: list[dict] | None = None  # pages waiting while a part is written
        self._rotation: threading.Thread | None = None
        self._finisher: threading.Thread | None = None
        self._error: BaseException | None = None
        self.parts: list[str] = []
        self.count = 0
        self._start()

    @property
    def proc(self) -> subprocess.Popen:
        return self.service.proc

    def _start(self) -> None:
        self.service = _Service(self.binary)
        reply = self.service.wait(self.service.send({"type": "NewIndex", "config": PAGEFIND_CONFIG}))
        self.index_id = int(reply["index_id"])

    def _send_page(self, payload: dict) -> None:
        self._pending.append(self.service.send({**payload, "index_id": self.index_id}))

    def _write_part(self) -> None:
        """Wait for the current part's pages, write it, end its process."""
        for message_id in self._pending:
            self.service.wait(message_id)
        self._pending = []
        name = f"part-{len(self.parts) + 1}"
        out = self.site_dir / "pagefind" / (name if self.parts else "")
        self.service.wait(
            self.service.send({"type": "WriteFiles", "index_id": self.index_id, "output_path": str(out)})
        )
        self.service.stop()
        self.parts.append(name)

    def _rotate(self) -> None:
        """(A thread) write the part, start the next process, send it the pages that waited."""
        try:
            self._write_part()
            with self._lock:
                self._start()
                backlog, self._backlog = self._backlog or [], None
                for payload in backlog:
                    self._send_page(payload)
        except BaseException as exc:  # noqa: BLE001 — raised by ``finish``
            self._error = self._error or exc
            with self._lock:
                self._backlog = None

    def add(self, url: str, body: str) -> None:
        """Index the page at ``url`` (from the site root: ``/briefings/<id>/``); ``body``: its content."""
        if self._finisher is not None:
            raise RuntimeError(f"{url}: the search index is already being written")
        if self.count and self.part_size and self.count % self.part_size == 0:
            if self._rotation is not None:
                self._rotation.join()
            with self._lock:
                self._backlog = []
            self._rotation = threading.Thread(target=self._rotate, daemon=True)
            self._rotation.start()
        self.count += 1
        html = f'<html lang="en"><body>{body}</body></html>'
        payload = {"type": "AddFile", "file_path": None, "url": url, "file_contents": html}
        with self._lock:
            if self._backlog is not None:
                self._backlog.append(payload)
            elif self._error is None:
                self._send_page(payload)

    def finish_in_background(self) -> None:
        """Start writing the index (all pages are in): Pagefind writes while MkDocs renders the pages."""
        if self._finisher is None:
            self._finisher = threading.Thread(target=self._finish_caught, daemon=True)
            self._finisher.start()

    def _finish_caught(self) -> None:
        try:
            self._finish()
        except BaseException as exc:  # noqa: BLE001 — raised by ``finish`` in the build's thread
            self._error = self._error or exc

    def finish(self) -> None:
        """Write the index (or wait for ``finish_in_background``); raise what went wrong."""
        self.finish_in_background()
        assert self._finisher is not None
        self._finisher.join()
        if self._error is not None:
            raise self._error

    def _finish(self) -> None:
        try:
            if self._rotation is not None:
                self._rotation.join()
            if self._error is None:
                self._write_part()
                merged = json.dumps(self.parts[1:])  # the parts the search page merges into the first
                (self.site_dir / "pagefind" / "parts.json").write_text(merged + "\n", "utf-8")
        finally:
            self.service.stop()
