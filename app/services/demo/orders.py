"""Demo orders (合同·订单) with their lines, payment plans, shipments and payments, written in bulk.

The plan (order_plan.py) decides who ordered when; each order's story (order_story.py, with
deliveries.py and receipts.py) is told in signing order, so ids and SO numbers follow the signing
order within each month, and DN numbers the order shipments were made in. Rows go in with the
driver's batch insert (bulk.py) a few thousand orders at a time, so 300,000 orders with a million
lines never sit in memory at once. Afterwards: the SO and DN counters are left at the highest
number of each month, the converted quotations point at their order's time and salesperson, and
customers with a sold order are no longer leads (DOMAIN.md: the first confirmed order makes one a
customer).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from app.models.user import User
from app.services.demo.bulk import execute_many, insert_rows, next_id, sync_id_sequence
from app.services.demo.clock import DemoClock
from app.services.demo.deliveries import SHIPMENT_COLUMNS, SHIPMENT_LINE_COLUMNS
from app.services.demo.order_plan import LINES_PER_ORDER, load_accepted, load_buyers, plan_orders
from app.services.demo.order_story import ORDER_COLUMNS, ORDER_LINE_COLUMNS, OrderMaker, OrderRows
from app.services.demo.products import DemoProduct
from app.services.demo.receipts import INSTALMENT_COLUMNS, PAYMENT_COLUMNS
from app.services.order_workflow import SOLD_STATES
from app.services.orders import NUMBER_KIND as ORDER_KIND
from app.services.shipments import NUMBER_KIND as SHIPMENT_KIND

ORDERS_PER_CUSTOMER = 0.6  # when not told how many orders to make
BATCH = 4000
_STATE = ORDER_COLUMNS.index("state")


def fill_orders(rng: random.Random, users: Sequence[User], products: Sequence[DemoProduct], clock: DemoClock,
                customers: int, orders: int | None = None, order_lines: int | None = None) -> dict[str, int]:
    """Write `orders` orders (None: ORDERS_PER_CUSTOMER per customer) with `order_lines` lines in
    all (None: about LINES_PER_ORDER each) for the owned customers, with their plans, shipments and
    payments; convert the quotations they came from. Call inside the demo's transaction after the
    quotations. Returns the number of orders, order lines, shipments and payments written."""
    count = round(customers * ORDERS_PER_CUSTOMER) if orders is None else orders
    lines = round(count * LINES_PER_ORDER) if order_lines is None else order_lines
    if count and not count <= lines <= count * 12:
        raise ValueError("order lines must be between one and twelve per order")
    accepted = load_accepted(clock)
    buyers = load_buyers(rng, clock, accepted)
    seeds = plan_orders(rng, clock, buyers, accepted, count, lines)
    first_ids = (next_id("sales_order"), next_id("order_line"), next_id("shipment"))
    maker = OrderMaker(rng, clock, users, products, first_ids)
    made = {"orders": 0, "order_lines": 0, "shipments": 0, "payments": 0}
    sold: set[int] = set()
    converted: list[tuple] = []
    for start in range(0, len(seeds), BATCH):
        batch = [maker.make(seed) for seed in seeds[start:start + BATCH]]
        _write(batch, made)
        for seed, rows in zip(seeds[start:start + BATCH], batch, strict=True):
            if rows.order[_STATE] in SOLD_STATES:
                sold.add(seed.buyer.id)
            if seed.quotation is not None:
                converted.append((seed.stamp, seed.buyer.owner_id, seed.quotation.id))
    execute_many("UPDATE quotation SET state = 'converted', version = version + 1, updated_at = ?, updated_by = ? "
                 "WHERE id = ?", converted)
    leads = sorted(b.id for b in buyers if b.is_lead and b.id in sold)
    execute_many("UPDATE customer SET is_lead = ? WHERE id = ?", [(False, customer) for customer in leads])
    insert_rows("document_counter", ("kind", "period", "last"),
                [(ORDER_KIND, period, last) for period, last in sorted(maker.counters.items())]
                + [(SHIPMENT_KIND, period, last) for period, last in sorted(maker.shipping.counters.items())])
    for table in ("sales_order", "order_line", "shipment"):
        sync_id_sequence(table)
    return made


def _write(batch: list[OrderRows], made: dict[str, int]) -> None:
    orders = [rows.order for rows in batch]
    lines = [line for rows in batch for line in rows.lines]
    shipments = [s for rows in batch for s in rows.shipments]
    payments = [p for rows in batch for p in rows.payments]
    insert_rows("sales_order", ORDER_COLUMNS, orders)
    insert_rows("order_line", ORDER_LINE_COLUMNS, lines)
    insert_rows("payment_instalment", INSTALMENT_COLUMNS, [i for rows in batch for i in rows.instalments])
    insert_rows("shipment", SHIPMENT_COLUMNS, shipments)
    insert_rows("shipment_line", SHIPMENT_LINE_COLUMNS, [x for rows in batch for x in rows.shipment_lines])
    insert_rows("payment", PAYMENT_COLUMNS, payments)
    made["orders"] += len(orders)
    made["order_lines"] += len(lines)
    made["shipments"] += len(shipments)
    made["payments"] += len(payments)
