"""Time the printed briefs: seconds per briefing PDF, a no-change rebuild, a combined brief of N.

    python benchmarks/bench_pdf.py [--n 100] [--no-nlp] [--keep DIR]

Briefings are extracted from articles/ (or, with ``--no-nlp``, made from the article text alone:
every paragraph a key point) and repeated under new ids up to ``--n``. Target: <= 0.5 s per
briefing on a 2-core machine.
"""

from __future__ import annotations

import argparse
import copy
import tempfile
import time
from pathlib import Path

from briefwright import brief as combined
from briefwright import pdf
from briefwright.articles import article_files, read_file
from briefwright.model import Briefing

ROOT = Path(__file__).resolve().parents[1]


def briefings(nlp: bool) -> list[Briefing]:
    arts = [a for p in article_files(ROOT / "articles") for a in read_file(p, root=ROOT)]
    if nlp:
        from briefwright.extract import extract_many

        return list(extract_many(arts))
    return [
        Briefing(
            id=a.id,
            title=a.title,
            source=a.source,
            text=a.text,
            paragraphs=a.paragraphs,
            summary=[a.text[s:e] for s, e in a.paragraphs[:5]],
            tags=a.tags,
        )
        for a in arts
    ]


def repeat(base: list[Briefing], n: int) -> list[Briefing]:
    out = []
    for i in range(n):
        b = copy.deepcopy(base[i % len(base)])
        if i >= len(base):
            b.id = f"{b.id}-{i // len(base)}"
        out.append(b)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100, help="briefings in the combined brief")
    ap.add_argument("--no-nlp", action="store_true", help="skip extraction: article text only")
    ap.add_argument("--keep", type=Path, help="write the PDFs here instead of a temporary folder")
    args = ap.parse_args()

    t = time.perf_counter()
    base = briefings(not args.no_nlp)
    print(f"{len(base)} briefings prepared in {time.perf_counter() - t:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        (work / "pyproject.toml").parent.mkdir(parents=True, exist_ok=True)
        (work / "pyproject.toml").touch()
        out = work / "site" / "pdf"

        t = time.perf_counter()
        pdf.render_briefing(base[0], work / "warmup.pdf")
        print(f"first PDF (fonts, CSS, templates): {time.perf_counter() - t:.2f} s")

        t, c = time.perf_counter(), time.process_time()
        done = pdf.build_pdf_set(base, out, changed_only=False, root=work)
        took, cpu = time.perf_counter() - t, time.process_time() - c
        pages = sum(_pages(p) for p in done.paths)
        print(
            f"per-briefing PDFs: {len(done.rendered)} in {took:.2f} s = {took / len(base):.3f} s/briefing "
            f"(CPU {cpu / len(base):.3f} s; {pages / len(base):.1f} pages each)"
        )

        t = time.perf_counter()
        again = pdf.build_pdf_set(base, out, root=work)
        print(
            f"rebuild, nothing changed: {len(again.rendered)} rendered, {len(again.reused)} reused "
            f"in {time.perf_counter() - t:.2f} s"
        )

        many = repeat(base, args.n)
        t, c = time.perf_counter(), time.process_time()
        brief = combined.combined_pdf(many, work / "brief.pdf", title=f"{args.n} briefings", root=work)
        took, cpu = time.perf_counter() - t, time.process_time() - c
        print(
            f"combined brief of {args.n}: {took:.2f} s (CPU {cpu:.2f} s) = {took / args.n:.3f} s/briefing, "
            f"{_pages(brief)} pages, {brief.stat().st_size / 1e6:.1f} MB"
        )
    return 0


def _pages(path: Path) -> int:
    try:
        from pypdf import PdfReader
    except ImportError:
        return 0
    return len(PdfReader(str(path)).pages)


if __name__ == "__main__":
    raise SystemExit(main())
