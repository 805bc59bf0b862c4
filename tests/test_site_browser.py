"""The built site in headless Chromium: search for an actor, follow a result, find the quote.

Chromium is driven over ``--remote-debugging-pipe`` (the DevTools protocol as NUL-separated
JSON on file descriptors 3 and 4), so no WebSocket library is needed.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from briefwright import site

from tests.test_site import make_root

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTICLE = "2020-01-05-united-states-military-kills-qasem-soleimani"
OTHER = "2019-09-06-hong-kong-leader-announces-withdrawal-of-extradition-bill"

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (./test.sh installs it)")


# Chromium reads DevTools commands from fd 3 and writes replies to fd 4.
_EXEC_WITH_PIPE = """
import fcntl, os, sys
r, w = (fcntl.fcntl(int(fd), fcntl.F_DUPFD, 10) for fd in sys.argv[1:3])
os.dup2(r, 3)
os.dup2(w, 4)
os.execvp(sys.argv[3], sys.argv[3:])
"""


class Browser:
    """A headless Chromium page driven by the DevTools protocol over a pipe."""

    def __init__(self, executable: str, profile: Path):
        to_chrome_r, self._w = os.pipe()
        self._r, from_chrome_w = os.pipe()
        args = [
            executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", f"--user-data-dir={profile}", "--remote-debugging-pipe",
            "about:blank",
        ]  # fmt: skip
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _EXEC_WITH_PIPE, str(to_chrome_r), str(from_chrome_w), *args],
            pass_fds=(to_chrome_r, from_chrome_w),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf = b""
        self._id = 0
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        self._id += 1
        msg: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        while True:
            while b"\0" not in self._buf:
                chunk = os.read(self._r, 1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed the DevTools pipe")
                self._buf += chunk
            raw, self._buf = self._buf.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def goto(self, url: str) -> None:
        self.call("Page.navigate", {"url": url}, self.session)

    def js(self, expression: str) -> Any:
        result = self.call(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True}, self.session
        )
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, limit: float = 60.0) -> Any:
        """The value of ``expression`` once it is truthy (polled; gives up after ``limit`` seconds)."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.2)
        raise AssertionError(f"never true in the page: {expression}")

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self._r)
        os.close(self._w)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = make_root(tmp_path_factory.mktemp("browser"), [ARTICLE, OTHER])
    site.build_site(root)
    assert (root / "site" / "pagefind" / "parts.json").read_text("utf-8").strip() == "[]"
    handler = functools.partial(_QuietHandler, directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture()
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        b = Browser(CHROMIUM, Path(profile))
        try:
            yield b
        finally:
            b.close()


def test_site_browser_search_actor_then_briefing_shows_quote(served: str, browser: Browser) -> None:
    browser.goto(served + "search/?q=Soleimani")
    links = browser.wait_for(
        "Array.from(document.querySelectorAll('a.pagefind-ui__result-link')).map(a => a.href)"
    )
    briefing = next(u for u in links if f"/briefings/{ARTICLE}/" in u)
    assert not [u for u in links if OTHER in u]  # the other article does not mention him
    result = browser.js(
        "(r => [r.querySelector('.pagefind-ui__result-link').textContent.trim(),"
        " r.querySelector('.pagefind-ui__result-excerpt').textContent.trim()])"
        "(document.querySelector('.pagefind-ui__result'))"
    )
    assert result[0] == "United States military kills Qasem Soleimani"  # the title, not the credit
    assert "Licence" not in result[1] and not result[1].startswith("Source:"), result
    browser.goto(briefing)
    text = browser.wait_for("document.readyState === 'complete' && document.body.innerText")
    assert "United States military kills Qasem Soleimani" in text
    assert "decisive defensive action to protect U.S. personnel abroad" in text  # a quote of the article
    assert "Licence: CC BY 2.5" in text  # the credit line, not searched, is still shown
    assert "Published 2020-01-05" in text
    assert browser.js("document.querySelector('a.bw-pdf').getAttribute('href')") == f"../../pdf/{ARTICLE}.pdf"


def test_site_browser_search_filters_by_actor_type(served: str, browser: Browser) -> None:
    browser.goto(served + "search/?q=Hong%20Kong")
    browser.wait_for("document.querySelectorAll('a.pagefind-ui__result-link').length > 0")
    filters = browser.wait_for(
        "Array.from(document.querySelectorAll('.pagefind-ui__filter-name')).map(e => e.textContent.trim())"
    )
    assert {"actor", "actor type", "tag", "year", "month"} <= {f.lower() for f in filters}
    # filtering by an actor keeps the briefings naming it: Hong Kong's, not the other one
    browser.goto(served + "search/?q=government")
    browser.wait_for(
        "(l => l.some(u => u.includes('" + ARTICLE + "')) && l.some(u => u.includes('" + OTHER + "')))"
        "(Array.from(document.querySelectorAll('a.pagefind-ui__result-link')).map(a => a.href))"
    )
    browser.js(
        "(b => b.click())(Array.from(document.querySelectorAll('.pagefind-ui__filter-name'))"
        ".find(e => e.textContent.trim().toLowerCase() === 'actor'))"
    )
    browser.wait_for(
        "(i => i ? (i.click(), true) : false)(Array.from(document.querySelectorAll("
        "'.pagefind-ui__filter-checkbox')).find(i => i.value === 'Carrie Lam'))"
    )
    links = browser.wait_for(
        "(l => l.length && l.every(u => u.includes('" + OTHER + "')) ? l : null)"
        "(Array.from(document.querySelectorAll('a.pagefind-ui__result-link')).map(a => a.href))"
    )
    assert links


def test_site_browser_source_page_leads_back_to_its_briefing(served: str, browser: Browser) -> None:
    browser.goto(served + f"sources/{ARTICLE}/")
    browser.wait_for("document.readyState === 'complete'")
    assert browser.js("document.querySelector('.bw-kicker').innerText.trim().toLowerCase()") == "source text"
    browser.js("document.querySelector('.bw-back a').click()")
    browser.wait_for("location.pathname.endsWith('/briefings/" + ARTICLE + "/')")


def test_site_browser_timeline_headings_are_years_and_months(served: str, browser: Browser) -> None:
    browser.goto(served + "timeline/")
    browser.wait_for("document.readyState === 'complete'")
    heads = browser.js(
        "Array.from(document.querySelectorAll('.md-content h2, .md-content h3')).map(h => h.id)"
    )
    assert heads and all(re.match(r"^(y-\d{4}|m-\d{4}-\d{2})$", h) for h in heads), heads
    dates = browser.js(
        "Array.from(document.querySelectorAll('ul.bw-timeline > li > time.bw-date')).map(t => t.innerText)"
    )
    entries = browser.js("document.querySelectorAll('ul.bw-timeline > li').length")
    # every entry dated; fewer headings than dates
    assert len(dates) == entries and len(heads) < len(set(dates))


def test_site_browser_search_merges_index_parts(tmp_path: Path, browser: Browser) -> None:
    root = make_root(tmp_path, [ARTICLE, OTHER])
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace("    search_part:\n", "    search_part: 1\n"), "utf-8"
    )
    site.build_site(root)
    assert (root / "site" / "pagefind" / "parts.json").read_text("utf-8").strip() == '["part-2"]'
    handler = functools.partial(_QuietHandler, directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        browser.goto(f"http://127.0.0.1:{server.server_address[1]}/search/?q=Soleimani")
        links = browser.wait_for(  # once both parts answered: the first may show its results alone
            "(l => l.some(u => u.includes('/briefings/"
            + ARTICLE
            + "/')) && l.some(u => u.includes('"
            + OTHER
            + "')) ? l : null)(Array.from(document.querySelectorAll('a.pagefind-ui__result-link'))"
            ".map(a => a.href))"
        )
        assert f"/briefings/{ARTICLE}/" in links[0]  # found in the second part, ranked first
        shown = browser.js(
            "Array.from(document.querySelectorAll('a.pagefind-ui__result-link'))"
            ".filter(a => a.closest('.pagefind-ui__result').offsetParent !== null).map(a => a.href)"
        )
        assert [u for u in shown if ARTICLE in u] and not [u for u in shown if OTHER in u], (links, shown)
        assert [u for u in links if OTHER in u], links  # the other part's near miss is there, hidden
    finally:
        server.shutdown()
        server.server_close()


def test_site_browser_layout_of_actor_timeline_and_search_results(served: str, browser: Browser) -> None:
    browser.goto(served + "actors/qasem-soleimani/")
    browser.wait_for("document.readyState === 'complete'")
    # an entry of the actor's timeline: the event, then its briefing on a line of its own
    assert browser.js(
        "(li => li.querySelector('.bw-meta').getBoundingClientRect().top"
        " >= li.querySelector('.bw-date').getBoundingClientRect().bottom - 1)"
        "(document.querySelector('ul.bw-timeline > li'))"
    )
    browser.goto(served + "search/?q=Soleimani")
    browser.wait_for("document.querySelectorAll('a.pagefind-ui__result-link').length > 0")
    # the results are not indented like a bullet list (they use the page's whole width on a phone)
    assert (
        browser.js(
            "(s => s.marginLeft + '/' + s.paddingLeft)"
            "(getComputedStyle(document.querySelector('.pagefind-ui__results')))"
        )
        == "0px/0px"
    )
