"""demo_large_build_s, order_list_first_page_ms, order_open_200_lines_ms, receivables_aging_ms (issue 6's
targets) on the large demo database: `salesdesk demo --scale large` (100,000 customers, 300,000
orders with 1,000,000 lines, their shipments and payments).

- demo_large_build_s: the seconds `salesdesk demo --scale large` took to build the cached database
  (measured once, when it is built; n = 1). `salesdesk check` runs afterwards, untimed.
- order_list_first_page_ms: the orders screen (app/views/screens/orders.py) opened by the manager
  until its first page of rows has painted; each run a new process (orders_probe.py), after one
  untimed run that warms the OS file cache, like customer_list_first_page_ms.
- order_open_200_lines_ms: the order window (app/views/orders/order_view.py, OrderView) on an order
  of 200 lines (shipped in part, paid in part) until its line table and amounts have painted; one
  probe process, after one untimed opening, like quotation_open_200_lines_ms. The order is entered
  through the services by sales1 when the database is built (the demo's orders have 1-12 lines).
- receivables_aging_ms: `receivables.aging_by_customer` for the manager (every customer), in this
  process after one untimed call; median of the runs.

The database is built once into bench/.cache (named by schema version and demo generator hash,
like databases.demo_database) with a JSON file beside it: build seconds and the 200-line order.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

from bench.figures.databases import CACHE, ROOT, generator_hash

LARGE = ("--scale", "large")
BIG_ORDER_LINES = 200
_samples: dict[tuple[str, int], dict] = {}


def large_orders_database() -> tuple[Path, dict]:
    """(path, {"build_s", "order_id", "username"}) of the large demo database, built on first use."""
    from app.models.migrations import SCHEMA_VERSION

    path = CACHE / f"demo-v{SCHEMA_VERSION}-{generator_hash()}-scale-large.sqlite3"
    meta = path.with_suffix(".json")
    if not (path.exists() and meta.exists()):
        CACHE.mkdir(parents=True, exist_ok=True)
        for stale in [*CACHE.glob("demo-v*-scale-large.sqlite3*"), *CACHE.glob("demo-v*-scale-large.json")]:
            stale.unlink()
        partial = path.with_suffix(".building")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "app", "--db", str(partial), "demo", *LARGE], cwd=ROOT, check=True)
        build_s = time.perf_counter() - started
        print(f"  built the large demo database in {build_s:.0f} s")
        subprocess.run([sys.executable, "-m", "app", "--db", str(partial), "check"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        username, order_id = _add_big_order(partial)
        for side in ("-wal", "-shm"):
            Path(str(partial) + side).unlink(missing_ok=True)
        partial.rename(path)
        meta.write_text(json.dumps({"build_s": build_s, "order_id": order_id, "username": username}))
    return path, json.loads(meta.read_text())


def _add_big_order(db_path: Path) -> tuple[str, int]:
    """A confirmed 200-line order of sales1, shipped in part and paid in part, through the services."""
    from app.models.base import db
    from app.models.connection import close_database, open_database
    from app.models.customer import Customer
    from app.models.order import OrderLine
    from app.models.product import Product
    from app.models.user import User
    from app.services.order_workflow import confirm_order
    from app.services.orders import OrderInput, create_order
    from app.services.payments import PaymentInput, record_payment
    from app.services.quotations import LineInput
    from app.services.shipments import ShipmentInput, ShipmentLineInput, create_shipment, ship

    open_database(str(db_path))
    try:
        user = User.get(User.username == "sales1")
        customer = Customer.select().where(Customer.owner == user.id).order_by(Customer.id).first()
        products = [p.id for p in Product.select(Product.id).where(Product.active).order_by(Product.id)]
        lines = [LineInput(products[i % len(products)], quantity=Decimal(1 + i % 9)) for i in range(BIG_ORDER_LINES)]
        today = dt.date.today()
        order = create_order(user, OrderInput(customer.id, today, lines=lines))
        order = confirm_order(user, order.id, order.version)
        first = OrderLine.select().where(OrderLine.order == order.id).order_by(OrderLine.position).limit(80)
        shipment = create_shipment(user, order.id, ShipmentInput(today, [ShipmentLineInput(x.id, x.quantity)
                                                                         for x in first], "顺丰速运", "SF0000000001"))
        ship(user, shipment.id, shipment.version)
        record_payment(user, order.id, PaymentInput(today, (order.total * Decimal("0.3")).quantize(Decimal("0.01"))))
        return user.username, order.id
    finally:
        close_database()
        db.initialize(None)


def _probe(args: list[str]) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "bench.figures.orders_probe", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"orders probe failed ({done.returncode}): {done.stdout}{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def demo_large_build_s(runs: int = 1) -> dict:
    """Seconds `salesdesk demo --scale large` took to build the cached database (one build)."""
    _path, meta = large_orders_database()
    return {"median": round(meta["build_s"], 1), "unit": "s", "n": 1}


def order_list_first_page_ms(runs: int = 7) -> dict:
    """Median ms from building the orders screen (manager) to its first painted page of rows."""
    path, _meta = large_orders_database()
    _probe(["list", str(path)])
    samples = [_probe(["list", str(path)]) for _ in range(max(1, runs))]
    def values(key: str) -> str:
        return ", ".join(f"{sample[key]:.0f}" for sample in samples)

    print(f"  {samples[0]['rows']:,} orders; first page {values('first_page_ms')} ms (build {values('build_ms')}; "
          f"refresh {values('refresh_ms')}; paint {values('paint_ms')})")
    return {"median": round(statistics.median(s["first_page_ms"] for s in samples), 1), "unit": "ms",
            "n": len(samples)}


def order_open_200_lines_ms(runs: int = 7) -> dict:
    """Median ms from constructing the order window on a 200-line order to its painted lines and amounts."""
    path, meta = large_orders_database()
    sample = _probe(["open", str(path), meta["username"], str(meta["order_id"]), str(max(1, runs))])
    print(f"  {sample['lines']} lines; first open {sample['first_open_ms']:.0f} ms; open "
          f"{', '.join(f'{v:.0f}' for v in sample['open_ms'])} ms")
    return {"median": round(statistics.median(sample["open_ms"]), 1), "unit": "ms", "n": len(sample["open_ms"])}


def receivables_aging_ms(runs: int = 7) -> dict:
    """Median ms of receivables.aging_by_customer for the manager over every customer."""
    from app.models.base import db
    from app.models.connection import close_database, open_database
    from app.models.user import User
    from app.services.receivables import aging_by_customer

    path, _meta = large_orders_database()
    open_database(str(path))
    try:
        manager = User.get(User.username == "manager")
        today = dt.date.today()
        rows = aging_by_customer(manager, today)
        times = []
        for _ in range(max(1, runs)):
            started = time.perf_counter()
            aging_by_customer(manager, today)
            times.append((time.perf_counter() - started) * 1000)
    finally:
        close_database()
        db.initialize(None)
    print(f"  {len(rows):,} customers owing; {', '.join(f'{t:.0f}' for t in times)} ms")
    return {"median": round(statistics.median(times), 1), "unit": "ms", "n": len(times)}
