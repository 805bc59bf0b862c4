"""Speed of quote extraction against the spaCy parse of the same articles.

    .venv/bin/python benchmarks/bench_quotes.py [POLNEAR_DIR]

Parses the articles in ``articles/`` and the PolNeAR texts (default
``../shared/corpus/polnear-train``) with ``nlp.pipe``, then times ``extract_quotes`` alone
on the parsed docs (actors are extracted first, untimed). Target: quotes add at most 10 %.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from briefwright import nlp
from briefwright.actors import extract_actors
from briefwright.articles import article_files, read_file
from briefwright.quotes import extract_quotes

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    polnear = Path(argv[0]) if argv else ROOT.parent / "shared" / "corpus" / "polnear-train"
    paths = list(article_files(ROOT / "articles")) + sorted(polnear.glob("*/article.md"))
    texts = [a.text for p in paths for a in read_file(p)]
    model = nlp.load()
    model("warm up")
    t0 = time.perf_counter()
    docs = list(model.pipe(texts, batch_size=16))
    parse = time.perf_counter() - t0
    actors = [extract_actors(d) for d in docs]
    t0 = time.perf_counter()
    n = sum(len(extract_quotes(d, a)) for d, a in zip(docs, actors, strict=True))
    quotes = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    print(f"{len(docs)} articles, {words} tokens, {n} quotes")
    print(f"parse {parse:.2f} s | extract_quotes {quotes:.3f} s | ratio {quotes / parse:.1%} (target <= 10%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
