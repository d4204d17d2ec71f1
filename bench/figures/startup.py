"""startup_ready_ms: a new process, to the first paint of the main window, on the demo database."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time

from bench.figures.databases import ROOT, demo_database


def _one_start(db_path) -> tuple[float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SALESDESK_PASSWORD": "demo"}
    # Bytecode cached as on a user's machine (pip and PyInstaller compile it, Python writes it on the
    # first start): a shell with PYTHONDONTWRITEBYTECODE set would compile every module every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(db_path), "gui", "--user", "admin", "--exit-after-ready"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall_ms, match, seen = 0.0, None, []
    for line in process.stdout:
        seen.append(line)
        match = re.search(r"ready in (\d+) ms", line)
        if match:
            wall_ms = (time.perf_counter() - started) * 1000
            break
    _out, err = process.communicate(timeout=60)
    if process.returncode != 0 or not match:
        raise RuntimeError(f"start-up failed ({process.returncode}): {''.join(seen)}{err}")
    return wall_ms, int(match.group(1))


def startup_ready_ms(runs: int = 7) -> dict:
    """Median wall time from spawning `salesdesk gui --exit-after-ready` until it prints 'ready in'
    after the main window's first paint (interpreter start included); the app's own figure, which
    starts when app.cli is imported, is printed beside it."""
    db_path = demo_database()
    _one_start(db_path)  # warm the OS file cache and write the bytecode, as on a machine that ran the app before
    samples = [_one_start(db_path) for _ in range(max(runs, 5))]
    wall = statistics.median(s[0] for s in samples)
    internal = statistics.median(s[1] for s in samples)
    print(f"  wall median {wall:.0f} ms (spawn to 'ready' line), app-reported median {internal:.0f} ms")
    return {"median": round(wall, 1), "unit": "ms", "n": len(samples)}
