"""Build time and memory of the site at scale: ``briefwright build`` against a plain ``mkdocs build``.

Makes N briefings by varying the real ones (new ids, titles, dates, and new people: each
variant renames the people of its article, so that the number of actors grows with N), then
times, in fresh processes:

- ``briefwright build --no-pdf``: parse the briefings, derived pages, MkDocs, Pagefind;
- ``mkdocs build`` of the same briefing pages with the same theme and no hook (no derived pages),
  without a search index (``plain``) and with Material's ``search`` plugin (``plain_search``: the
  like-for-like baseline, since ours builds the Pagefind index).

Usage: python benchmarks/bench_build.py 1000 [5000 ...] [--work /tmp/bw-bench] [--keep]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent


def base_briefings() -> list:
    """The repository's briefings (docs/briefings), else the articles extracted now."""
    from briefwright.markdown import parse_file

    paths = sorted((REPO / "docs" / "briefings").glob("*.md"))
    if paths:
        return [parse_file(p, root=REPO) for p in paths if p.name != "index.md"]
    from briefwright.articles import article_files, read_file
    from briefwright.extract import extract_many

    return list(extract_many([a for p in article_files(REPO / "articles") for a in read_file(p, root=REPO)]))


def variant(b, i: int, variants: int):
    """Briefing ``b`` as the i-th copy: new id, title and date; its people renamed (one of ``variants``)."""
    v = copy.deepcopy(b)
    k = i % variants
    v.id = f"{b.id}-{i:05d}"
    v.title = f"{b.title} ({i})"
    if b.source.published:
        day = dt.date.fromisoformat(b.source.published) + dt.timedelta(days=(i * 7) % 1500)
        v.source.published = day.isoformat()
    renamed = {}
    for a in v.actors:
        if a.type == "person" and k:
            renamed[a.id] = f"{a.id}-{k}"
            a.id = renamed[a.id]
            a.name = f"{a.name} {k}"
            a.aliases = []
    for q in v.quotes:
        q.speaker = renamed.get(q.speaker, q.speaker)
    for t in v.timeline:
        t.actors = [renamed.get(x, x) for x in t.actors]
    for a in v.actors:
        a.affiliations = [renamed.get(x, x) for x in a.affiliations]
    return v


def make_root(work: Path, n: int, bases: list) -> Path:
    from briefwright.markdown import render

    root = work / f"n{n}"
    if root.exists():
        shutil.rmtree(root)
    (root / "docs" / "briefings").mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for name in ("scripts", "templates", "articles"):
        (root / name).symlink_to(REPO / name)
    for name in ("stylesheets", "javascripts"):
        (root / "docs" / name).symlink_to(REPO / "docs" / name)
    if (REPO / "docs" / "contributing.md").exists():
        shutil.copy(REPO / "docs" / "contributing.md", root / "docs" / "contributing.md")
    variants = max(1, n // 100)
    for i in range(n):
        v = variant(bases[i % len(bases)], i, variants)
        (root / "docs" / "briefings" / f"{v.id}.md").write_text(render(v), "utf-8")
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text("utf-8"))
    config.pop("hooks", None)
    links = {"not_found": "ignore", "anchors": "ignore", "unrecognized_links": "ignore"}
    config["validation"]["links"] = links  # the plain build has no actor or source pages to link to
    (root / "plain.yml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    config["plugins"] = ["search"]  # Material's own search index: the fair match for Pagefind
    (root / "plain-search.yml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    return root


def tree_pss_mb(pid: int) -> float:
    """Proportional memory of ``pid`` and all its descendants (MB): pages shared after a fork count once."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            rollup = Path(f"/proc/{p}/smaps_rollup").read_text()
            total += sum(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:"))
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total / 1024


def run(cmd: list[str], cwd: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak memory (MB, PSS, with its child processes) of ``cmd``."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = [0.0]

    def sample() -> None:
        while proc.returncode is None:
            peak[0] = max(peak[0], tree_pss_mb(proc.pid))
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed (exit status {proc.returncode}); run it by hand in {cwd}")
    return wall, usage.ru_utime + usage.ru_stime, peak[0]


def count(folder: Path, pattern: str) -> int:
    return sum(1 for _ in folder.glob(pattern))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bw-bench"))
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each build (the best counts)")
    parser.add_argument(
        "--no-search-baseline", action="store_true", help="skip plain mkdocs with its search plugin"
    )
    args = parser.parse_args()
    bases = base_briefings()
    results = []
    for n in args.sizes:
        root = make_root(args.work, n, bases)
        bw = str(Path(sys.executable).with_name("briefwright"))
        ours, plain, searched = [], [], []
        mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q", "-f"]
        for _ in range(args.repeat):  # alternate, keep the best: the machine is shared
            shutil.rmtree(root / "site", ignore_errors=True)
            ours.append(run([bw, "build", "--root", str(root), "--no-pdf"], root))
            pages = count(root / "site", "**/index.html")
            actors = count(root / "site" / "actors", "*/index.html")
            shutil.rmtree(root / "site")
            plain.append(run([*mkdocs, "plain.yml"], root))
            if not args.no_search_baseline:
                shutil.rmtree(root / "site")
                searched.append(run([*mkdocs, "plain-search.yml"], root))
        o, p = min(ours), min(plain)
        row = {
            "briefings": n, "pages": pages, "actor_pages": actors,
            "briefwright_build_s": round(o[0], 1), "briefwright_cpu_s": round(o[1], 1),
            "briefwright_peak_mb": round(max(r[2] for r in ours)),
            "plain_mkdocs_s": round(p[0], 1), "plain_cpu_s": round(p[1], 1),
            "plain_peak_mb": round(max(r[2] for r in plain)),
            "ratio": round(o[0] / p[0], 2), "cpu_ratio": round(o[1] / p[1], 2),
        }  # fmt: skip
        if searched:
            ps = min(searched)
            row["plain_search_s"] = round(ps[0], 1)
            row["plain_search_peak_mb"] = round(max(r[2] for r in searched))
            row["ratio_vs_search"] = round(o[0] / ps[0], 2)
        results.append(row)
        print(json.dumps(row), flush=True)
        if not args.keep:
            shutil.rmtree(root)


if __name__ == "__main__":
    main()
