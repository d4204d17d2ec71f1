"""Bulk loading of orders and payments, for the order/payment import and the demo generator.

The caller has validated the rows already (an import's dry run, the demo's own rules); this module
keeps the stored invariants the services keep one order at a time: totals are the sums of the lines
priced by `quote_math`, the plan adds up to the total (one instalment due on the sign date when none
is given), shipped/closed orders have their lines fully shipped, `paid_total` is the sum of the
payments, a customer with a sold order is no longer a lead. Numbers are drawn as one block per month
on the SO counter, rows go in with `insert_many` 500 at a time, and one audit row records the load.
Call inside a transaction to make a whole import all-or-nothing (each call is atomic by itself).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from app.models.base import db, now
from app.models.customer import Customer
from app.models.order import ORDER_STATES, Order, OrderLine, Payment, PaymentInstalment
from app.models.user import User
from app.services import audit
from app.services.numbering import format_number, next_sequence
from app.services.order_workflow import SOLD_STATES
from app.services.orders import NUMBER_KIND, line_rows
from app.services.quotation_approval import PricedLine
from app.services.quote_math import line_amounts, totals

CHUNK = 500


def bulk_line(quantity: Decimal, unit_price: Decimal, *, discount: Decimal = Decimal(0),
              tax_rate: Decimal = Decimal(0), product_id: int | None = None, description: str = "",
              unit: str = "") -> PricedLine:
    """A line priced with `quote_math` (no database lookups)."""
    amounts = line_amounts(quantity, unit_price, discount, tax_rate)
    return PricedLine(product_id, description, Decimal(quantity), unit, Decimal(unit_price), Decimal(discount),
                      Decimal(tax_rate), amounts.net, amounts.tax)


@dataclass
class BulkOrder:
    """One historical or generated order. `plan` None = the total due on the sign date."""

    customer_id: int
    salesperson_id: int
    sign_date: dt.date
    lines: list[PricedLine]
    state: str = "confirmed"
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    currency: str = "CNY"
    terms: str = ""
    notes: str = ""
    quotation_id: int | None = None
    plan: list[tuple[dt.date, Decimal]] | None = None
    created_at: dt.datetime | None = None


@dataclass
class BulkPayment:
    """One historical or generated payment (`is_prepayment` with `reason` for one above the balance)."""

    order_id: int
    pay_date: dt.date
    amount: Decimal
    method: str = "transfer"
    reference: str = ""
    is_prepayment: bool = False
    reason: str = ""


def _numbers(orders: list[BulkOrder]) -> list[str]:
    """One number per order, drawn as a block per month in input order."""
    by_month: dict[str, list[int]] = defaultdict(list)
    for index, order in enumerate(orders):
        by_month[f"{order.sign_date:%Y%m}"].append(index)
    numbers = [""] * len(orders)
    for period, indexes in by_month.items():
        last = next_sequence(NUMBER_KIND, period, len(indexes))
        for offset, index in enumerate(indexes):
            numbers[index] = format_number(NUMBER_KIND, orders[index].sign_date, last - len(indexes) + 1 + offset)
    return numbers


def insert_orders(actor: User | None, orders: list[BulkOrder],
                  progress: Callable[[int, int], None] | None = None) -> list[int]:
    """Insert `orders` with their lines and plans in one transaction; returns their ids in order.
    ValueError for an unknown state or a plan that does not add up to the order's total."""
    for order in orders:
        if order.state not in ORDER_STATES:
            raise ValueError(f"unknown order state {order.state!r}")
    ids: list[int] = []
    stamp = now()
    with db.atomic():
        numbers = _numbers(orders)
        for start in range(0, len(orders), CHUNK):
            chunk = orders[start:start + CHUNK]
            rows = []
            for order, number in zip(chunk, numbers[start:start + CHUNK], strict=True):
                sums = totals(order.lines)
                rows.append({"number": number, "customer": order.customer_id, "salesperson": order.salesperson_id,
                             "quotation": order.quotation_id, "sign_date": order.sign_date,
                             "start_date": order.start_date, "end_date": order.end_date, "currency": order.currency,
                             "state": order.state, "terms": order.terms, "notes": order.notes,
                             "net_total": sums.net_total, "tax_total": sums.tax_total, "total": sums.total,
                             "confirmed_at": stamp if order.state in SOLD_STATES else None,
                             "created_at": order.created_at or stamp, "updated_at": stamp,
                             "updated_by": actor.id if actor else None})
            chunk_ids = [i for (i,) in Order.insert_many(rows).returning(Order.id).tuples().execute()]
            _children(chunk, chunk_ids, [r["total"] for r in rows])
            ids += chunk_ids
            if progress:
                progress(len(ids), len(orders))
        sold = {o.customer_id for o in orders if o.state in SOLD_STATES}
        for start in range(0, len(sold), CHUNK):
            Customer.update(is_lead=False).where(Customer.id.in_(sorted(sold)[start:start + CHUNK])
                                                 & (Customer.is_lead == True)).execute()  # noqa: E712
        if orders:
            audit.record(actor, "order", f"{numbers[0]}..{numbers[-1]}", "bulk_insert", {"orders": (None, len(ids))})
    return ids


def _children(chunk: list[BulkOrder], ids: list[int], order_totals: list[Decimal]) -> None:
    lines, plans = [], []
    for order, order_id, total in zip(chunk, ids, order_totals, strict=True):
        shipped = order.state in ("shipped", "closed")
        lines += [{**row, "shipped_quantity": row["quantity"] if shipped else Decimal(0)}
                  for row in line_rows(order_id, order.lines)]
        plan = order.plan if order.plan is not None else [(order.sign_date, total)]
        if sum((amount for _, amount in plan), Decimal("0.00")) != total:
            raise ValueError(f"the plan of order {order_id} does not add up to its total {total}")
        plans += [{"order": order_id, "position": position, "due_date": due, "amount": amount}
                  for position, (due, amount) in enumerate(sorted(plan), start=1)]
    for start in range(0, len(lines), CHUNK):
        OrderLine.insert_many(lines[start:start + CHUNK]).execute()
    for start in range(0, len(plans), CHUNK):
        PaymentInstalment.insert_many(plans[start:start + CHUNK]).execute()


def insert_payments(actor: User | None, payments: list[BulkPayment]) -> int:
    """Insert `payments` in one transaction and raise each order's `paid_total` by their sum (set
    based); returns how many were inserted. Limits are the caller's (the import checks balances)."""
    stamp = now()
    with db.atomic():
        for start in range(0, len(payments), CHUNK):
            Payment.insert_many([{"order": p.order_id, "pay_date": p.pay_date, "amount": p.amount, "method": p.method,
                                  "reference": p.reference, "is_prepayment": p.is_prepayment, "reason": p.reason,
                                  "recorded_by": actor.id if actor else None, "created_at": stamp}
                                 for p in payments[start:start + CHUNK]]).execute()
        touched = sorted({p.order_id for p in payments})
        for start in range(0, len(touched), CHUNK):
            part = touched[start:start + CHUNK]
            paid = (Payment.select(fn.COALESCE(fn.SUM(Payment.amount), 0)).where(Payment.order == Order.id))
            Order.update(paid_total=paid).where(Order.id.in_(part)).execute()
        if payments:
            audit.record(actor, "payment", "bulk", "bulk_insert", {"payments": (None, len(payments))})
    return len(payments)
