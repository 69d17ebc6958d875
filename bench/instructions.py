"""Extraction work in machine instructions: a measure the machine's load cannot move.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python bench/instructions.py --set gen --articles 30 [--load-only]

Wall and CPU times on these shared machines swing by 15-40% between runs of the same code,
so two commits' speed is compared by the instructions callgrind counts ("Collected" in its
summary): run once with ``--load-only`` (start-up, index, a two-article warm-up) and once
without; the difference is the extraction of the set. On the generated corpus it repeats
to a few instructions, given a fixed hash seed (else set and dict orders change it by
millions), a run beforehand to write the bytecode caches, and the same checkout path and
environment for both commits (one worktree, checked out in turn): some sets are ordered
by object address, which the path's length moves. The seeds and GeoWebNews still vary by
up to 1.5% between runs of the same code, so only larger differences count there. Run
both commits on the same index, so only the code differs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extraction import corpus, real_texts, time_extraction  # noqa: E402

from gazetteer import open_gazetteer  # noqa: E402


def texts_of(name: str, n: int) -> list[str]:
    """The generated corpus, the seeds (repeated to ``n``) or GeoWebNews' first ``n``."""
    if name == "gen":
        return corpus(n)
    real = real_texts()
    if name not in real:
        raise SystemExit(f"set {name!r} is not available here (GeoWebNews needs "
                         "../shared/benchmarks/geoparsing)")
    texts = real[name]
    return (texts * (n // len(texts) + 1))[:n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["gen", "seeds", "gwn"], default="gen")
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--load-only", action="store_true",
                        help="start-up and warm-up only: the baseline to subtract")
    args = parser.parse_args(argv)
    gz = open_gazetteer()
    texts = texts_of(args.set, args.articles)
    time_extraction(texts[:2], gz, fresh=True)  # the same warm-up in both runs
    if not args.load_only:
        _, reports = time_extraction(texts, gz, fresh=True)
        print(f"{len(texts)} articles, {reports} reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
