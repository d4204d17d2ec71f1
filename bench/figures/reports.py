"""Issue 8's report figures on the large demo database (orders_large.large_orders_database), for
the year with the most orders, as the manager (everyone's figures), in this process:

- target_vs_actual_query_ms (≤ 150 ms): the monthly actual of every salesperson for the year,
  `kpi.revenue(manager, year, ("salesperson", "month"))`: one statement over the stored
  `Order.net_total`, read from the covering index (state, sign_date, salesperson_id, net_total) of
  schema step 10 one revenue state at a time in index order; no order row or line read.
- performance_report_year_s (≤ 1 s): `performance.performance_report(manager, year)` whole: every
  KPI per salesperson (about a dozen grouped queries) made into its ReportTable.

One untimed run first warms the OS file cache and SQLite's page cache.
"""

from __future__ import annotations

import statistics
import time

from bench.figures.orders_large import large_orders_database


def _busiest_year() -> int:
    from peewee import fn

    from app.models.order import Order

    year = fn.strftime("%Y", Order.sign_date)
    row = Order.select(year, fn.COUNT(Order.id)).group_by(year).order_by(fn.COUNT(Order.id).desc()).tuples().first()
    return int(row[0])


def _timed(runs: int, call) -> tuple[list[float], object]:
    result = call()
    times = []
    for _ in range(max(1, runs)):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    return times, result


def _measure(runs: int, which: str) -> dict:
    from app.models.base import db
    from app.models.connection import close_database, open_database
    from app.models.user import User
    from app.reports import kpi
    from app.reports.performance import performance_report

    path, _meta = large_orders_database()
    open_database(str(path))
    try:
        manager = User.get(User.username == "manager")
        year = _busiest_year()
        if which == "targets":
            times, result = _timed(runs, lambda: kpi.revenue(manager, kpi.Period.year(year), ("salesperson", "month")))
            shown = ', '.join(f'{t * 1000:.0f}' for t in times)
            print(f"  {year}: {len(result)} (salesperson, month) cells; {shown} ms")
            return {"median": round(statistics.median(times) * 1000, 1), "unit": "ms", "n": len(times)}
        times, result = _timed(runs, lambda: performance_report(manager, year))
        print(f"  {year}: {len(result.rows)} salespeople; {', '.join(f'{t:.2f}' for t in times)} s")
        return {"median": round(statistics.median(times), 2), "unit": "s", "n": len(times)}
    finally:
        close_database()
        db.initialize(None)


def target_vs_actual_query_ms(runs: int = 7) -> dict:
    """Median ms of the year's revenue by (salesperson, month) for the manager (module notes)."""
    return _measure(runs, "targets")


def performance_report_year_s(runs: int = 5) -> dict:
    """Median s of the year's performance report of every salesperson (module notes)."""
    return _measure(runs, "performance")
