"""workbench_sales_ms, workbench_manager_ms (issue 4's targets): the workbench
(app/views/screens/workbench.py) opened by sales1 and by the manager on the 100,000-customer /
1,000,000-follow-up demo database, to painted.

Each run is a new process (workbench_probe.py, QT_QPA_PLATFORM=offscreen) that builds the screen,
shows it and reports the time until every section of the tab shown has painted with its rows.
One untimed run per user first warms the OS file cache, as on a machine that has opened the
database before.
"""

from __future__ import annotations

import statistics

from bench.figures.probe import run_probe
from bench.figures.recycle_pass import pool_demo_database


def _one_run(db_path, username: str) -> dict:
    return run_probe("workbench_probe", db_path, username)


def _figure(username: str, runs: int) -> dict:
    db_path = pool_demo_database()
    _one_run(db_path, username)
    samples = [_one_run(db_path, username) for _ in range(max(1, runs))]
    times = ", ".join(f"{sample['painted_ms']:.0f}" for sample in samples)
    print(f"  {username}: {times} ms; rows {samples[0]['rows']}")
    return {"median": round(statistics.median(s["painted_ms"] for s in samples), 1), "unit": "ms", "n": len(samples)}


def workbench_sales_ms(runs: int = 7) -> dict:
    """Median ms from building sales1's workbench ("My work") to its painted sections."""
    return _figure("sales1", runs)


def workbench_manager_ms(runs: int = 7) -> dict:
    """Median ms from building the manager's workbench (the "Monitoring" tab) to its painted sections."""
    return _figure("manager", runs)
