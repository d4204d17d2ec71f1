"""commission_month_all_s (issue 7's target, ≤ 2 s): `commission_statements.generate_month` for all
salespeople, run by the manager, for a typical month of the large demo database (orders_large.py,
`salesdesk demo --scale large`: 300,000 orders, 1,000,000 lines, their shipments and payments).

The database: a copy of the large demo database in bench/.cache, with the demo's commission rules
(and its statements of other months); when the demo has no rules, three are added through the
services: collected, scope all, 2 %; shipped, scope the team of sales5, whole-amount tiers 0 → 1 %,
80 → 2 %, 100 → 3 %; collected, scope the first product line, 3 % (so payments are split by
product line). The typical month is the month whose number of payments is nearest the average
month's; the busiest is the month with the most payments.

Each run deletes the month's statements, then times the first generation (every row priced and
written); the figure is the median of those. The unchanged regeneration after each run, and one
first generation and regeneration of the busiest month, are printed beside it.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import statistics
import time
from pathlib import Path

from bench.figures.databases import CACHE
from bench.figures.orders_large import large_orders_database


def _add_rules(db_path: Path) -> dict:
    """The three rules unless the demo has rules, and {"typical": [y, m], "busiest": [y, m]} by the
    payments per month."""
    from peewee import fn

    from app.models.base import db
    from app.models.commission import CommissionRule
    from app.models.connection import close_database, open_database
    from app.models.order import Payment
    from app.models.product import ProductLine
    from app.models.user import User
    from app.services.commission_rules import RuleInput, create_rule

    open_database(str(db_path))
    try:
        manager = User.get(User.username == "manager")
        start = dt.date(2020, 1, 1)
        if not CommissionRule.select().exists():
            create_rule(manager, RuleInput("Collected 2 %", start, rate="2"))
            create_rule(manager, RuleInput("Shipped, tiers", start, basis="shipped", scope="team",
                                           scope_key=User.get(User.username == "sales5").team_id,
                                           tiers=[("0", "1"), ("80", "2"), ("100", "3")]))
            line = ProductLine.select().order_by(ProductLine.id).first()
            if line is not None:
                create_rule(manager, RuleInput("First line 3 %", start, scope="product_line", scope_key=line.id,
                                               rate="3"))
        month = fn.SUBSTR(Payment.pay_date.cast("TEXT"), 1, 7)
        counts = {m: n for m, n in Payment.select(month, fn.COUNT(Payment.id)).group_by(month).tuples()}
    finally:
        close_database()
        db.initialize(None)
    average = sum(counts.values()) / len(counts)
    typical = min(counts, key=lambda m: (abs(counts[m] - average), m))
    busiest = max(counts, key=lambda m: (counts[m], m))
    return {"typical": [int(p) for p in typical.split("-")], "busiest": [int(p) for p in busiest.split("-")]}


def commission_database() -> tuple[Path, dict]:
    """(path, {"typical": [y, m], "busiest": [y, m]}) of the large demo copy with rules, built once."""
    source, _meta = large_orders_database()
    path = CACHE / f"commissions-{source.stem}.sqlite3"
    meta = path.with_suffix(".json")
    if not (path.exists() and meta.exists()):
        for stale in [*CACHE.glob("commissions-demo-v*.sqlite3*"), *CACHE.glob("commissions-demo-v*.json")]:
            stale.unlink()
        partial = path.with_suffix(".building")
        shutil.copyfile(source, partial)
        months = _add_rules(partial)
        for side in ("-wal", "-shm"):
            Path(str(partial) + side).unlink(missing_ok=True)
        partial.rename(path)
        meta.write_text(json.dumps(months))
    return path, json.loads(meta.read_text())


def measure(db_path: Path, year: int, month: int, runs: int) -> tuple[list[float], list[float], int]:
    """(first generation seconds, unchanged regeneration seconds, rows) of `runs` runs of the month."""
    from app.models.base import db
    from app.models.commission import CommissionRow, CommissionStatement
    from app.models.connection import close_database, open_database
    from app.models.user import User
    from app.services.commission_statements import generate_month

    firsts, agains, rows = [], [], 0
    open_database(str(db_path))
    try:
        manager = User.get(User.username == "manager")
        for _ in range(max(1, runs)):
            with db.atomic():
                ids = CommissionStatement.select(CommissionStatement.id).where(
                    (CommissionStatement.year == year) & (CommissionStatement.month == month))
                CommissionRow.delete().where(CommissionRow.statement.in_(ids)).execute()
                CommissionStatement.delete().where(
                    (CommissionStatement.year == year) & (CommissionStatement.month == month)).execute()
            started = time.perf_counter()
            result = generate_month(manager, year, month)
            firsts.append(time.perf_counter() - started)
            started = time.perf_counter()
            again = generate_month(manager, year, month)
            agains.append(time.perf_counter() - started)
            if any(r.outcome != "unchanged" for r in again if r.state == "draft"):
                raise RuntimeError("regenerating an unchanged month rewrote a statement")
            rows = sum(r.rows for r in result if r.rows > 0)
    finally:
        close_database()
        db.initialize(None)
    return firsts, agains, rows


def _line(label: str, year: int, month: int, firsts: list[float], agains: list[float], rows: int) -> None:
    print(f"  {label} {year:04d}-{month:02d} ({rows:,} rows): first {', '.join(f'{t:.2f}' for t in firsts)} s;"
          f" regenerate {', '.join(f'{t:.2f}' for t in agains)} s")


def commission_month_all_s(runs: int = 7) -> dict:
    """Median seconds of generate_month for all salespeople, a typical month, first generation."""
    path, months = commission_database()
    year, month = months["typical"]
    firsts, agains, rows = measure(path, year, month, runs)
    _line("typical", year, month, firsts, agains, rows)
    busy_year, busy_month = months["busiest"]
    _line("busiest", busy_year, busy_month, *measure(path, busy_year, busy_month, 1))
    return {"median": round(statistics.median(firsts), 2), "unit": "s", "n": len(firsts)}
