"""Score ``dates.extract_temporal`` alone on a TimeML directory (faster than ``briefwright extract``).

    python benchmarks/timex_eval.py ../shared/corpus/timeml/TimeBank [--errors N] [--only DATE]

Uses the scorer of ``../shared/eval/timex.py`` (read_tml, score) on the same normalised text as
the article reader produces; prints the same summary lines, and with ``--errors`` a sample of
missed, spurious and wrongly valued expressions (for local study only: never commit its output).

It skips the Markdown step of the article reader, so its figures equal those of
``timex.py -- briefwright extract --json`` only while the reader keeps the text's characters
(TeX-style ``quotes'' in TimeML must survive it, or every later offset shifts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import random
from dataclasses import asdict
from pathlib import Path

from briefwright import nlp
from briefwright.articles import join_paragraphs, normalise_paragraphs
from briefwright.dates import extract_temporal

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "timex.py"


def load_scorer(path: Path = EVAL):
    spec = importlib.util.spec_from_file_location("timex_eval_scorer", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("tml_dir", type=Path)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--only", default=None)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    t = load_scorer()
    docs = [t.read_tml(p) for p in sorted(args.tml_dir.glob("*.tml"))]
    texts = [join_paragraphs(normalise_paragraphs(d["text"].strip()))[0] for d in docs]
    preds = []
    model = nlp.load()
    for d, text, doc in zip(docs, texts, model.pipe(texts, batch_size=16), strict=True):
        tx = extract_temporal(doc, dt.date.fromisoformat(d["dct"]))
        preds.append({"text": text, "temporal_expressions": [asdict(x) for x in tx]})
    for label, only in (("DATE", "DATE"), ("all", None)):
        s = t.score(docs, preds, only)
        print(
            f"{label:>4}: gold {s['gold']} pred {s['pred']} | relaxed P {s['relaxed_p']:.3f} "
            f"R {s['relaxed_r']:.3f} F1 {s['relaxed_f1']:.3f} | strict F1 {s['strict_f1']:.3f} "
            f"| value acc {s['value_accuracy']:.3f} "
            f"| value F1 {s['value_f1']:.3f}"
        )
    if args.errors:
        show_errors(t, docs, preds, args.errors, args.only, args.seed)
    return 0


def show_errors(t, docs, preds, n: int, only: str | None, seed: int) -> None:
    missed, spurious, wrong = [], [], []
    for d, p in zip(docs, preds, strict=True):
        gi, pi = t.solid_index(d["text"]), t.solid_index(p["text"])
        gs = [(g, t.to_solid((g["start"], g["end"]), gi)) for g in d["gold"] if not only or g["type"] == only]
        ps = [
            (x, t.to_solid((x["start"], x["end"]), pi))
            for x in p["temporal_expressions"]
            if not only or x["type"] == only
        ]
        for g, sg in gs:
            hits = [x for x, sp in ps if t.overlap(sp, sg)]
            ctx = d["text"][max(0, g["start"] - 50) : g["end"] + 30].replace("\n", " ")
            if not hits:
                missed.append(f"{d['dct']} MISS {g['type']} {g['value']} {g['text']!r} | {ctx}")
            elif not any(str(h["value"]) == g["value"] for h in hits):
                wrong.append(
                    f"{d['dct']} WRONG {g['type']} {g['value']} {g['text']!r} got "
                    f"{[(h['text'], h['type'], h['value']) for h in hits]} | {ctx}"
                )
        for x, sp in ps:
            if not any(t.overlap(sp, sg) for _, sg in gs):
                ctx = p["text"][max(0, x["start"] - 50) : x["end"] + 30].replace("\n", " ")
                spurious.append(f"{d['dct']} SPUR {x['type']} {x['value']} {x['text']!r} | {ctx}")
    rnd = random.Random(seed)
    for name, items in (("missed", missed), ("spurious", spurious), ("wrong", wrong)):
        print(f"--- {name}: {len(items)}")
        for line in rnd.sample(items, min(n, len(items))):
            print(line)


if __name__ == "__main__":
    raise SystemExit(main())
