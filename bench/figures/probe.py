"""Running a probe: a figure measured in a new process (`python -m bench.figures.MODULE ARGS`), so
imports, caches and memory are a fresh start's. Qt runs offscreen there; the probe prints its
result as JSON on its last line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from bench.figures.databases import ROOT


def run_probe(module: str, *args: object, env: dict[str, str] | None = None, timeout: int = 300) -> dict:
    """The JSON result of `python -m bench.figures.MODULE ARGS` (RuntimeError with its output when it fails)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **(env or {})}
    done = subprocess.run([sys.executable, "-m", f"bench.figures.{module}", *map(str, args)], cwd=ROOT,
                          env=environment, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"probe {module} failed ({done.returncode}): {done.stdout}{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])
