"""target_chart_paint_ms (issue 8's target, ≤ 400 ms after matplotlib is loaded): the report screen's
chart (app/views/reports/chart_view.py) of the company's targets against results for this year, from
`ChartView.show_table(table)` to the end of the canvas's first paint, offscreen.

The database is targets_screen.py's: the large demo database (`salesdesk demo --scale large`) with
this year's targets of all three levels, or the normal demo database while the large one is not
built. Each run is a new process (target_chart_probe.py) that reads the report and imports
matplotlib and its Qt canvas before the clock starts, so the figure is the first chart a user sees
once matplotlib is loaded (fonts registered, Figure built, laid out and painted); the probe also
times a second chart in the same process (the cumulative view), printed alongside. One untimed run
first warms the OS file cache.
"""

from __future__ import annotations

import datetime as dt
import statistics
from pathlib import Path

from bench.figures.probe import run_probe
from bench.figures.targets_screen import targets_database


def _one_run(db_path: Path, year: int) -> dict:
    return run_probe("target_chart_probe", db_path, year, env={"SALESDESK_LANG": "en"})


def target_chart_paint_ms(runs: int = 7) -> dict:
    """Median ms from showing the company's target chart of this year to its painted canvas."""
    year = dt.date.today().year
    db_path, kind, _figures = targets_database(year)
    _one_run(db_path, year)
    samples = [_one_run(db_path, year) for _ in range(max(1, runs))]
    first = ", ".join(f"{s['painted_ms']:.0f}" for s in samples)
    again = ", ".join(f"{s['again_ms']:.0f}" for s in samples)
    loaded = statistics.median(s["load_ms"] for s in samples)
    print(f"  {kind} demo database, {year}: first chart {first} ms; a second chart {again} ms; "
          f"matplotlib loaded in {loaded:.0f} ms (not counted)")
    return {"median": round(statistics.median(s["painted_ms"] for s in samples), 1), "unit": "ms",
            "n": len(samples), "database": kind}
