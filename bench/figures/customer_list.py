"""customer_list_first_page_ms, customer_list_scroll_end_ms, customer_list_rss_mb: the customer list
(app/views/screens/customers.py) opened by the manager on the 100,000-customer demo database.

Each run is a new process (customer_list_probe.py, QT_QPA_PLATFORM=offscreen) that builds the
screen and reports the time to the first painted page, the time to scroll to the end and show the
last row, and its resident memory with the list open. One run first warms the OS file cache, as
on a machine that has opened the database before; the three figures share the same runs.
"""

from __future__ import annotations

import statistics

from bench.figures.customer_search import large_demo_database
from bench.figures.probe import run_probe

_samples: dict[int, list[dict]] = {}


def _one_run(db_path) -> dict:
    return run_probe("customer_list_probe", db_path)


def list_samples(runs: int) -> list[dict]:
    """`runs` probe results (after one warm-up run), measured once per bench process."""
    if runs not in _samples:
        db_path = large_demo_database()
        _one_run(db_path)
        _samples[runs] = [_one_run(db_path) for _ in range(max(1, runs))]
        samples = _samples[runs]

        def values(key: str) -> str:
            return ", ".join(f"{r[key]:.0f}" for r in samples)

        print(f"  {samples[0]['rows']:,} rows; first page {values('first_page_ms')} ms (import "
              f"{values('import_ms')}; build {values('build_ms')}; refresh {values('refresh_ms')}; first paint "
              f"{values('paint_ms')}); scroll to end {values('scroll_end_ms')} ms; RSS {values('rss_mb')} MB")
    return _samples[runs]


def _figure(key: str, unit: str, runs: int) -> dict:
    samples = list_samples(runs)
    return {"median": round(statistics.median(r[key] for r in samples), 1), "unit": unit, "n": len(samples)}


def customer_list_first_page_ms(runs: int = 7) -> dict:
    """Median ms from building the customers screen to its first painted page of rows."""
    return _figure("first_page_ms", "ms", runs)


def customer_list_scroll_end_ms(runs: int = 7) -> dict:
    """Median ms from scrollToBottom() to the painted last row."""
    return _figure("scroll_end_ms", "ms", runs)


def customer_list_rss_mb(runs: int = 7) -> dict:
    """Median resident memory (MB) of the process with the list open and scrolled to the end."""
    return _figure("rss_mb", "MB", runs)
