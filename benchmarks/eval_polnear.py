"""Quote extraction measured on the PolNeAR cases (local measurement only; the corpus is not copied).

    .venv/bin/python benchmarks/eval_polnear.py ../shared/corpus/polnear-train [--score PATH] [--verbose]

Runs ``briefwright extract CASE/article.md ... --json`` once over every case (one JSON per
line, in order), scores each line against its ``gold.yaml`` with ``score()`` of the shared
``score.py``, and prints the sums over cases: quotes P/R/F1, speakers right/judged, and
attribution F1.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def load_score(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="folder of cases (CASE/article.md + CASE/gold.yaml)")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--verbose", action="store_true", help="one line per case")
    args = ap.parse_args(argv)
    cases = sorted(p.parent for p in args.corpus.glob("*/article.md") if (p.parent / "gold.yaml").exists())
    if not cases:
        print(f"eval_polnear: no cases in {args.corpus}", file=sys.stderr)
        return 2
    exe = Path(sys.executable).with_name("briefwright")
    cmd = [str(exe), "extract", *(str(c / "article.md") for c in cases), "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.splitlines()
    if len(out) != len(cases):
        print(f"eval_polnear: {len(out)} lines for {len(cases)} cases", file=sys.stderr)
        return 2
    score = load_score(args.score)
    q = [0, 0, 0]
    right = judged = a_tp = a_pred = a_gold = 0
    for case, line in zip(cases, out, strict=True):
        gold = yaml.safe_load((case / "gold.yaml").read_text(encoding="utf-8"))
        result = score(json.loads(line) if line else {}, gold)
        for k, key in enumerate(("tp", "pred", "gold")):
            q[k] += result["quotes"][key]
        right += result["speakers"]["right"]
        judged += result["speakers"]["of"]
        a_tp += result["attribution"]["tp"]
        a_pred += result["attribution"]["pred"]
        a_gold += result["attribution"]["gold"]
        if args.verbose:
            q_f1, s_acc = result["quotes"]["f1"], result["speakers"]["accuracy"]
            print(f"{case.name}: quotes F1 {q_f1:.3f} speakers {s_acc:.3f}")
    p, r, f = prf(*q)
    print(
        f"cases {len(cases)} | quotes P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {q[0]} pred {q[1]} gold {q[2]}) "
        f"| speakers {right}/{judged} = {right / judged if judged else 0:.3f} "
        f"| attribution F1 {prf(a_tp, a_pred, a_gold)[2]:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
