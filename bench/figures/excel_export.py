"""excel_export_100k_s (≤ 12 s) and excel_export_100k_rss_mb (≤ 250 MB), issue 8: a detail report of
100,000 order lines × 10 columns (order number, sign date, customer, salesperson, product, quantity,
unit price, discount, net, tax) streamed from the large demo database (orders_large.large_orders_database)
into an .xlsx by `report_excel.write_detail_rows`.

Each run is a new process (`python -m bench.figures.excel_export DB OUT`) that opens the database,
reads the first 100,000 lines of the busiest year in sign-date order through one peewee query
iterated without caching, and writes them with progress reporting; it prints the seconds from the
query to the renamed file (XlsxWriter's import included, as the app imports it on first export)
and its peak resident memory (bench.figures.memory). One untimed
run first warms the OS file cache; the two figures share the same runs. The file goes to a temporary
folder, removed afterwards.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.figures.memory import resident_mb
from bench.figures.probe import run_probe

ROWS = 100_000
_samples: dict[int, list[dict]] = {}


def _one_run(db_path: Path, folder: Path) -> dict:
    return run_probe("excel_export", db_path, folder / "明细.xlsx", timeout=600)


def export_samples(runs: int) -> list[dict]:
    """`runs` probe results (after one warm-up run), measured once per bench process."""
    if runs not in _samples:
        from bench.figures.orders_large import large_orders_database

        db_path, _meta = large_orders_database()
        with tempfile.TemporaryDirectory(prefix="salesdesk-bench-xlsx-") as folder:
            _one_run(db_path, Path(folder))
            _samples[runs] = [_one_run(db_path, Path(folder)) for _ in range(max(1, runs))]
        samples = _samples[runs]
        seconds = ", ".join(f"{s['seconds']:.1f}" for s in samples)
        rss = ", ".join(f"{s['rss_mb']:.0f}" for s in samples)
        print(f"  {samples[0]['rows']:,} rows of {samples[0]['year']}, {samples[0]['mb']:.1f} MB file; "
              f"{seconds} s; RSS {rss} MB")
    return _samples[runs]


def excel_export_100k_s(runs: int = 3) -> dict:
    """Median seconds to stream 100,000 order lines × 10 columns from the database into an .xlsx."""
    samples = export_samples(min(runs, 3))  # ~10 s a run: three runs are enough for a median
    return {"median": round(statistics.median(s["seconds"] for s in samples), 1), "unit": "s", "n": len(samples)}


def excel_export_100k_rss_mb(runs: int = 3) -> dict:
    """Median peak resident memory (MB) of the process doing that export."""
    samples = export_samples(min(runs, 3))
    return {"median": round(statistics.median(s["rss_mb"] for s in samples), 1), "unit": "MB", "n": len(samples)}



def _probe(db_path: str, out: str) -> dict:
    """The export itself, in the probe process."""
    from peewee import fn

    from app.models.connection import close_database, open_database
    from app.models.customer import Customer
    from app.models.order import Order, OrderLine
    from app.models.user import User
    from app.reports.report_excel import write_detail_rows
    from app.reports.report_table import ReportColumn

    columns = (ReportColumn("number", "订单号", "text"), ReportColumn("sign_date", "签约日期", "date"),
               ReportColumn("customer", "客户", "text"), ReportColumn("salesperson", "销售员", "text"),
               ReportColumn("product", "产品", "text"), ReportColumn("quantity", "数量", "number"),
               ReportColumn("unit_price", "单价", "money"), ReportColumn("discount", "折扣", "percent"),
               ReportColumn("net", "未税金额", "money"), ReportColumn("tax", "税额", "money"))
    open_database(db_path)
    try:
        year_of = fn.strftime("%Y", Order.sign_date)
        year = int(Order.select(year_of).group_by(year_of).order_by(fn.COUNT(Order.id).desc()).scalar())
        started = time.perf_counter()
        lines = (OrderLine
                 .select(Order.number, Order.sign_date, Customer.name, User.display_name, OrderLine.description,
                         OrderLine.quantity, OrderLine.unit_price, OrderLine.discount, OrderLine.net, OrderLine.tax)
                 .join(Order).join(Customer).switch(Order).join(User, on=Order.salesperson == User.id)
                 .where(Order.sign_date.between(f"{year}-01-01", f"{year}-12-31"))
                 .order_by(Order.sign_date, Order.id, OrderLine.position)
                 .limit(ROWS))
        calls = []
        rows = write_detail_rows(out, columns, lines.tuples().iterator(), lambda done, total: calls.append(done),
                                 total=ROWS)
        seconds = time.perf_counter() - started
    finally:
        close_database()
    rss_mb = resident_mb(peak=True)
    assert rows == ROWS and len(calls) == ROWS // 1000 + 2, (rows, len(calls))
    return {"seconds": seconds, "rss_mb": rss_mb, "rows": rows, "year": year, "mb": Path(out).stat().st_size / 2**20}


if __name__ == "__main__":
    print(json.dumps(_probe(sys.argv[1], sys.argv[2])))
