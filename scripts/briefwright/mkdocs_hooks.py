"""The MkDocs hook: hands the derived pages of ``briefwright.site`` to MkDocs and decorates briefings.

Everything else lives in ``site.py``. Imports are inside the functions: MkDocs runs this file
with its own folder first on ``sys.path``, where ``markdown.py`` would shadow Python-Markdown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _session(config: Any) -> Any:
    from briefwright import site

    return site.session(Path(config.config_file_path).parent)


def _briefing_id(src_uri: str) -> str | None:
    if src_uri.startswith("briefings/") and src_uri.count("/") == 1 and src_uri.endswith(".md"):
        return src_uri[len("briefings/") : -3]
    return None


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    s = _session(config)
    for uri, page in s.pages.items():
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, content=""))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    from markupsafe import escape

    s = _session(config)
    derived = s.pages.get(page.file.src_uri)
    if derived is not None and page.file.generated_by:
        page.meta["title"] = escape(derived.title)
        return ""
    b = s.by_id.get(_briefing_id(page.file.src_uri) or "")
    if b is not None:
        page.meta["title"] = escape(str(page.meta.get("title") or b.title))
        updated = page.meta.get("updated") or b.source.published
        if updated:
            page.meta["revision_date"] = escape(str(updated))
    return markdown


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    from briefwright import site

    s = _session(config)
    derived = s.pages.get(page.file.src_uri)
    if derived is not None and page.file.generated_by:
        body = derived.html
        return f"<div data-pagefind-body>\n{body}</div>\n" if derived.search else body
    html = site.safe_html(html)
    b = s.by_id.get(_briefing_id(page.file.src_uri) or "")
    if b is None:
        return html
    head = s.renderer.briefing_head(b, page.file.src_uri)
    cut = html.find("</h1>") + len("</h1>") if "</h1>" in html else 0
    return f"<div data-pagefind-body>\n{html[:cut]}{head}{html[cut:]}</div>\n"
