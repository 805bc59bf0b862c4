"""The MkDocs hook: hands the derived pages of ``briefwright.site`` to MkDocs and decorates briefings.

Everything else lives in ``site.py``. Imports are inside the functions: MkDocs runs this file
with its own folder first on ``sys.path``, where ``markdown.py`` would shadow Python-Markdown.

Speed: rendering one page through the theme costs ~10 ms, so the thousands of actor, source
and tag pages (all at depth two: ``actors/<id>/``) are not rendered one by one. MkDocs knows
them (links to them resolve) but excludes them from its build; one *shell* page at the same
depth is rendered first. A process forked before MkDocs converts the briefings renders their
contents meanwhile, then writes each page as the shell with its own title, URL and content.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

SHELL_URI = "_shell/page.md"
SHELL_URL = "_shell/page/"


def _session(config: Any, refresh: bool = False) -> Any:
    from briefwright import site

    return site.session(Path(config.config_file_path).parent, refresh)


def _briefing_id(src_uri: str) -> str | None:
    if src_uri.startswith("briefings/") and src_uri.count("/") == 1 and src_uri.endswith(".md"):
        return src_uri[len("briefings/") : -3]
    return None


def _briefing_uris(files: Any, s: Any) -> list[str]:
    """The briefing pages among ``files``, in MkDocs's order."""
    return [f.src_uri for f in files.documentation_pages() if _briefing_id(f.src_uri) in s.by_id]


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File, Files, InclusionLevel

    from briefwright import prerender, site

    s = _session(config, refresh=True)
    for uri, page in s.pages.items():
        if files.get_file_from_path(uri) is None:
            level = InclusionLevel.EXCLUDED if page.stamp else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, uri, content="", inclusion=level))
    shell = File.generated(config, SHELL_URI, content="", inclusion=InclusionLevel.NOT_IN_NAV)
    files = Files([shell, *files])  # the shell first: the stamped pages are written while MkDocs goes on
    # Forks first, threads after (Pagefind's): the stamped pages and half of the briefings' Markdown
    # are done on the other core. The objects so far are frozen out of the garbage collector, which
    # would otherwise write to every one of them in each fork and unshare their memory (~300 MB each
    # at 5,000 briefings); ``on_post_build`` thaws them.
    import gc

    gc.freeze()
    if s.stamper is None:
        s.stamper = site.start_stamped(s, Path(config.site_dir))
    if s.prerender is None:
        s.prerender = prerender.start(config, files, _briefing_uris(files, s))
    if s.search is None:
        s.search = site.SearchIndex(Path(config.site_dir), site.search_part(s.root, len(s.by_id)))
    return files


def on_pre_page(page: Any, config: Any, files: Any) -> Any:
    from briefwright import prerender

    prerender.attach(_session(config).prerender, page, files)
    return page


def on_env(env: Any, config: Any, files: Any) -> Any:
    from briefwright import prerender

    s = _session(config)
    if s.prerender is not None:  # every page is converted
        s.prerender.stop()
        s.prerender = None
    if s.nav is not None and s.split is None:  # the briefings' templates are rendered on both cores
        s.split = prerender.start_split(config, s.nav, env, files, _briefing_uris(files, s))
    if s.search is not None:  # and indexed: Pagefind writes while MkDocs renders the pages
        s.search.finish_in_background()
    return env


def on_nav(nav: Any, config: Any, files: Any) -> Any:
    _session(config).nav = nav
    return nav


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    from markupsafe import escape

    from briefwright import briefing_page, site

    s = _session(config)
    uri = page.file.src_uri
    page.meta.setdefault("hide", ["navigation"])  # the sections are tabs: the left sidebar would be empty
    if uri == SHELL_URI:
        page.meta["title"] = site.SHELL_TITLE
        return ""
    derived = s.pages.get(uri)
    if derived is not None and page.file.generated_by:
        page.meta["title"] = escape(derived.title)
        return ""
    b = s.by_id.get(_briefing_id(uri) or "")
    if b is not None:
        page.meta["title"] = escape(str(page.meta.get("title") or b.title))
        # the dates under the briefing (partials/source-file.html): when the article was published,
        # and when the briefing was edited if its file says so (`updated:`); no build-time clock
        page.meta.pop("revision_date", None)
        if b.source.published:
            page.meta["bw_published"] = escape(str(b.source.published))
        updated = page.meta.get("updated")
        if updated and str(updated) != str(b.source.published):
            page.meta["bw_updated"] = escape(str(updated))
        markdown = briefing_page.decorate(markdown, b, s.renderer, site.base_of(uri))
        if not s.renderer.publishable.get(b.id) and "../sources/" in markdown:
            markdown = _unlink_source(markdown, b)
    return markdown


def _unlink_source(markdown: str, b: Any) -> str:
    """Links to an unpublished source page go to the original article instead (or nowhere)."""
    from briefwright import site

    url = site.web_url(b.source.url)
    link = re.compile(r"\[([^\]]*)\]\(\.\./sources/" + re.escape(b.id) + r"\.md(?:#p\d+)?\)")
    return link.sub(lambda m: f"[{m[1]}]({url})" if url else m[1], markdown)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    from briefwright import site

    s = _session(config)
    uri = page.file.src_uri
    if uri == SHELL_URI:
        return site.SHELL_CONTENT
    derived = s.pages.get(uri)
    if derived is not None and page.file.generated_by:
        return _searchable(derived)
    html = site.safe_html(html)
    b = s.by_id.get(_briefing_id(uri) or "")
    if b is None:
        return html
    page.markdown = None  # converted; the title is in page.meta (5,000 briefings hold ~50 MB of Markdown)
    head = s.renderer.briefing_head(b, uri)
    cut = html.find("</h1>") + len("</h1>") if "</h1>" in html else 0
    content = f"<div data-pagefind-body>\n{html[:cut]}{head}{_credit_unindexed(html[cut:])}</div>\n"
    if s.search is not None:
        s.search.add("/" + page.url, content)
    return content


_CREDIT = re.compile(r"\A(\s*)<p><strong>Source:</strong>")


def _credit_unindexed(html: str) -> str:
    """The credit line under the title ("Source: ... Licence: ...") kept out of the search index,
    so that results quote the briefing, not the credit; the line stays on the page."""
    return _CREDIT.sub(r'\1<p class="bw-credit" data-pagefind-ignore><strong>Source:</strong>', html, count=1)


def _searchable(page: Any) -> str:
    return f"<div data-pagefind-body>\n{page.html}</div>\n" if page.search else page.html


def on_post_page(output: str, page: Any, config: Any) -> str:
    from briefwright import site

    s = _session(config)
    if page.file.src_uri == SHELL_URI and s.stamper is not None:
        site.send_shell(s.stamper, s, output, Path(config.site_dir))
    if output.strip():  # written (not left to the other process): free the memory (~200 MB at 5,000)
        page.content = page.markdown = None
    return output


def on_post_build(config: Any) -> None:
    import gc

    from briefwright import site

    gc.unfreeze()

    s = _session(config)
    if s.split is not None:  # every page written before anything else
        s.split.finish()
        s.split = None
    s.nav = None
    site_dir = Path(config.site_dir)
    shell = site_dir / SHELL_URL / "index.html"
    shell.unlink()
    shell.parent.rmdir()
    shell.parent.parent.rmdir()
    site.finish_stamped(s.stamper)
    s.stamper = None
    _fix_sitemap(site_dir, config.site_url or "", [site.url_of(p.uri) for p in s.pages.values() if p.stamp])
    if s.search is not None:
        s.search.finish()
        s.search = None


def on_build_error(error: Exception) -> None:
    from briefwright import site

    site.abort()


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
