"""The MkDocs hook: hands the derived pages of ``briefwright.site`` to MkDocs and decorates briefings.

Everything else lives in ``site.py``. Imports are inside the functions: MkDocs runs this file
with its own folder first on ``sys.path``, where ``markdown.py`` would shadow Python-Markdown.

Speed: rendering one page through the theme costs ~10 ms, so the thousands of actor, source
and tag pages (all at depth two: ``actors/<id>/``) are not rendered one by one. MkDocs knows
them (links to them resolve) but excludes them from its build; one *shell* page at the same
depth is rendered instead, and after the build each page is written as the shell with its
own title, URL and content.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

SHELL_URI = "_shell/page.md"
SHELL_URL = "_shell/page/"
TITLE_MARK = "BWSHELLTITLE"
CONTENT_MARK = "<!--BWSHELLCONTENT-->"


def _session(config: Any) -> Any:
    from briefwright import site

    return site.session(Path(config.config_file_path).parent)


def _briefing_id(src_uri: str) -> str | None:
    if src_uri.startswith("briefings/") and src_uri.count("/") == 1 and src_uri.endswith(".md"):
        return src_uri[len("briefings/") : -3]
    return None


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File, InclusionLevel

    s = _session(config)
    for uri, page in s.pages.items():
        if files.get_file_from_path(uri) is None:
            level = InclusionLevel.EXCLUDED if page.stamp else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, uri, content="", inclusion=level))
    files.append(File.generated(config, SHELL_URI, content="", inclusion=InclusionLevel.NOT_IN_NAV))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    from markupsafe import escape

    s = _session(config)
    uri = page.file.src_uri
    if uri == SHELL_URI:
        page.meta["title"] = TITLE_MARK
        return ""
    derived = s.pages.get(uri)
    if derived is not None and page.file.generated_by:
        page.meta["title"] = escape(derived.title)
        return ""
    b = s.by_id.get(_briefing_id(uri) or "")
    if b is not None:
        page.meta["title"] = escape(str(page.meta.get("title") or b.title))
        updated = page.meta.get("updated") or b.source.published
        if updated:
            page.meta["revision_date"] = escape(str(updated))
    return markdown


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    from briefwright import site

    s = _session(config)
    uri = page.file.src_uri
    if uri == SHELL_URI:
        return CONTENT_MARK
    derived = s.pages.get(uri)
    if derived is not None and page.file.generated_by:
        return _searchable(derived)
    html = site.safe_html(html)
    b = s.by_id.get(_briefing_id(uri) or "")
    if b is None:
        return html
    head = s.renderer.briefing_head(b, uri)
    cut = html.find("</h1>") + len("</h1>") if "</h1>" in html else 0
    return f"<div data-pagefind-body>\n{html[:cut]}{head}{html[cut:]}</div>\n"


def _searchable(page: Any) -> str:
    return f"<div data-pagefind-body>\n{page.html}</div>\n" if page.search else page.html


def on_post_build(config: Any) -> None:
    from markupsafe import escape

    from briefwright import site

    s = _session(config)
    site_dir = Path(config.site_dir)
    shell_file = site_dir / SHELL_URL / "index.html"
    shell = shell_file.read_text("utf-8")
    shell_file.unlink()
    shell_file.parent.rmdir()
    stamped = [p for p in s.pages.values() if p.stamp]
    for page in stamped:
        url = site.url_of(page.uri)
        out = shell.replace(TITLE_MARK, str(escape(page.title))).replace(SHELL_URL, url)
        dest = site_dir / url / "index.html"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(out.replace(CONTENT_MARK, _searchable(page)), "utf-8")
    _fix_sitemap(site_dir, config.site_url or "", [site.url_of(p.uri) for p in stamped])


def _fix_sitemap(site_dir: Path, site_url: str, urls: list[str]) -> None:
    """The sitemap without the shell and with the written pages, gzipped without a timestamp."""
    import gzip

    path = site_dir / "sitemap.xml"
    if not path.exists() or not site_url:
        return
    text = re.sub(
        r"\s*<url>\s*<loc>[^<]*" + re.escape(SHELL_URL) + r"</loc>.*?</url>",
        "",
        path.read_text("utf-8"),
        flags=re.S,
    )
    lastmod = re.search(r"<lastmod>([^<]*)</lastmod>", text)
    mod = f"\n         <lastmod>{lastmod.group(1)}</lastmod>" if lastmod else ""
    extra = "".join(f"\n    <url>\n         <loc>{site_url}{u}</loc>{mod}\n    </url>" for u in urls)
    text = text.replace("\n</urlset>", extra + "\n</urlset>")
    path.write_text(text, "utf-8")
    with gzip.GzipFile(site_dir / "sitemap.xml.gz", "wb", mtime=0) as gz:
        gz.write(text.encode("utf-8"))
