#!/usr/bin/env python3
"""SalesDesk benchmarks: `make bench` (or `python3 dev.py bench`).

Prints a table and writes bench/results.json: {figure: {"median": x, "unit": "ms"|"s"|"MB", "n": runs}}.
Large databases are built once into bench/.cache/, named by schema version and size, and reused
while the schema is unchanged. Each figure is a function in bench/figures/ registered in FIGURES.

    python bench/run.py [--only NAME ...] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import FIGURES  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="figure names to run")
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (at least 5 for start-up)")
    args = parser.parse_args()
    results_file = ROOT / "bench" / "results.json"
    results = json.loads(results_file.read_text()) if args.only and results_file.exists() else {}
    started = time.perf_counter()
    for name, figure in FIGURES.items():
        if args.only and name not in args.only:
            continue
        print(f"{name} ...", flush=True)
        results[name] = figure(runs=args.runs)
    results_file.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(f"\n{'figure':<34}{'median':>12}  unit   n")
    for name, value in sorted(results.items()):
        print(f"{name:<34}{value['median']:>12.1f}  {value['unit']:<5}{value['n']:>3}")
    print(f"\nwritten to {results_file.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
