"""Cost of date extraction relative to the spaCy parse (target: at most 10 %).

    python benchmarks/bench_dates.py [ARTICLES_DIR_OR_TML_DIR] [--repeat 3]

Parses every article (``articles/`` by default; a TimeML directory works too), then times
``extract_temporal`` and ``build_timeline`` over the parsed documents, and prints the
parse time, the date time and their ratio. Best of ``--repeat`` runs for each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time
from pathlib import Path

from briefwright import nlp
from briefwright.articles import article_files, read_file
from briefwright.dates import extract_temporal
from briefwright.timeline import build_timeline

ROOT = Path(__file__).resolve().parents[1]


def texts_of(folder: Path) -> list[tuple[str, dt.date | None]]:
    tml = sorted(folder.glob("*.tml"))
    if tml:
        out = []
        for p in tml:
            raw = p.read_text("utf-8")
            body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
            dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S)
            out.append(
                (
                    re.sub(r"<[^>]+>", "", body.group(1) if body else ""),
                    dt.date.fromisoformat(dct.group(1)) if dct else None,
                )
            )
        return out
    arts = [a for p in article_files(folder) for a in read_file(p, root=ROOT)]
    return [(a.text, dt.date.fromisoformat(a.source.published) if a.source.published else None) for a in arts]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path, nargs="?", default=ROOT / "articles")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    items = texts_of(args.folder)
    model = nlp.load()
    model("warm up")
    parse = float("inf")
    docs = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(model.pipe((t for t, _ in items), batch_size=16))
        parse = min(parse, time.perf_counter() - t0)
    dates = float("inf")
    n = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n = 0
        for doc, (_, published) in zip(docs, items, strict=True):
            tx = extract_temporal(doc, published)
            build_timeline(doc, tx, [], [], published)
            n += len(tx)
        dates = min(dates, time.perf_counter() - t0)
    chars = sum(len(t) for t, _ in items)
    print(f"{len(items)} documents, {chars} characters, {n} temporal expressions")
    print(f"spaCy parse {parse:.2f} s | dates + timeline {dates:.3f} s | ratio {dates / parse:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
