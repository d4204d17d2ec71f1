"""Receivables (应收) and overdue instalments with aging buckets, computed in SQL.

Receivable of an order = total − payments. Payments cover the plan's instalments oldest first
(due date, then position): instalment i is uncovered by min(amount_i, max(0, Σ amounts up to i −
paid)). An uncovered instalment past its due date is overdue by (today − due date) days, in the
buckets 0-30, 31-60, 61-90 and 90+. Only confirmed, partially shipped and shipped orders with a
balance count (closing requires full payment; cancelled orders owe nothing).

One statement per report: a window SUM over the instalments of the open orders gives the running
amount, an outer query turns it into uncovered amounts and sums them per customer or salesperson,
so the work stays in the database whatever the number of orders; names are read in one more query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import Case, Expression, fn

from app.models.base import db
from app.models.customer import Customer
from app.models.order import Order, PaymentInstalment
from app.models.user import User
from app.services.order_queries import order_scope
from app.services.order_workflow import OPEN_STATES

BUCKETS = ("not_due", "0-30", "31-60", "61-90", "90+")


_CENT = Decimal("0.01")
_ZERO = Decimal("0.00")


def _money(cents: object) -> Decimal:
    """Integer cents as a Decimal with two places (× 0.01 gives exponent −2 like scaleb(−2), faster)."""
    return Decimal(int(cents or 0)) * _CENT


def _instalments(scope: Expression | None, today: dt.date):
    """Instalments of open orders within `scope` (a clause on Order joined to Customer; None = all),
    with the running plan amount (`running`), the order's payments (`paid`) and the aging bucket
    number (0 = not yet due ... 4 = over 90 days)."""
    due = PaymentInstalment.due_date
    running = fn.SUM(PaymentInstalment.amount).over(
        partition_by=[PaymentInstalment.order], order_by=[PaymentInstalment.due_date, PaymentInstalment.position])
    bucket = Case(None, [(due >= today, 0), (due >= today - dt.timedelta(days=30), 1),
                         (due >= today - dt.timedelta(days=60), 2), (due >= today - dt.timedelta(days=90), 3)], 4)
    query = (PaymentInstalment
             .select(PaymentInstalment.id.alias("instalment_id"), PaymentInstalment.order.alias("order_id"),
                     PaymentInstalment.due_date.alias("due_date"), PaymentInstalment.amount.alias("amount_cents"),
                     running.alias("running"), Order.paid_total.alias("paid"), Order.customer.alias("customer_id"),
                     Order.salesperson.alias("salesperson_id"), bucket.alias("bucket"))
             .join(Order).where(owing_condition()))
    if scope is not None:
        query = query.join(Customer).where(scope)
    return query


def owing_condition() -> Expression:
    """Open orders with a balance (the orders that owe: receivable and overdue count only these,
    through their payment plan's instalments). `paid_total < total` matches the partial index
    `sales_order_owing` (schema step 8), which holds only orders still owing; the state test is
    written on `state || ''` so that the planner reads that index instead of walking the
    (state, ...) indexes through every open order, paid or not."""
    return (Order.paid_total < Order.total) & Order.state.concat("").in_(sorted(OPEN_STATES))


def owing_with_plan_condition() -> Expression:
    """`owing_condition` for a query that starts from Order: the order also has a payment plan (the
    aging reads the instalments, so an order without a plan owes nothing here)."""
    planned = PaymentInstalment.select(PaymentInstalment.id).where(PaymentInstalment.order == Order.id)
    return owing_condition() & fn.EXISTS(planned)


def _uncovered(sub):
    """min(amount, max(0, running − paid)) on the instalment subquery."""
    left = sub.c.running - sub.c.paid
    return Case(None, [(left <= 0, 0), (left >= sub.c.amount_cents, sub.c.amount_cents)], left)


@dataclass(frozen=True)
class AgingRow:
    """What one customer or salesperson is owed: receivable = not yet due + overdue buckets."""

    id: int
    name: str
    receivable: Decimal
    not_due: Decimal
    days_0_30: Decimal
    days_31_60: Decimal
    days_61_90: Decimal
    days_over_90: Decimal

    @property
    def overdue(self) -> Decimal:
        return self.days_0_30 + self.days_31_60 + self.days_61_90 + self.days_over_90


def _positive(expression):
    return Case(None, [(expression > 0, expression)], 0)


def _aging(actor: User, today: dt.date, key: str, name_model, name_field) -> list[AgingRow]:
    """Per `key` (customer_id or salesperson_id): Σ (total − paid) and Σ max(0, due before d − paid)
    for d = today, today − 30, − 60, − 90. Payments cover the oldest instalments first, so what is
    left unpaid of the instalments due before d is exactly max(0, Σ due before d − paid): the buckets
    are the differences, without a window function or a row per instalment."""
    bounds = [today - dt.timedelta(days=days) for days in (0, 30, 60, 90)]
    due = [fn.SUM(Case(None, [(PaymentInstalment.due_date < bound, PaymentInstalment.amount)], 0)).alias(f"due{n}")
           for n, bound in enumerate(bounds)]
    per_order = (PaymentInstalment
                 .select(Order.customer.alias("customer_id"), Order.salesperson.alias("salesperson_id"),
                         (Order.total - Order.paid_total).alias("owed"), Order.paid_total.alias("paid_cents"), *due)
                 .join(Order).where(owing_condition()))
    scope = order_scope(actor)
    if scope is not None:
        per_order = per_order.join(Customer).where(scope)
    sub = per_order.group_by(Order.id).alias("o")
    column = getattr(sub.c, key)
    # summed per key first, names joined to the sums: no grouping on the name text
    grouped = (PaymentInstalment
               .select(column.alias("key_id"), fn.SUM(sub.c.owed).alias("owed"),
                       *[fn.SUM(_positive(getattr(sub.c, f"due{n}") - sub.c.paid_cents)).alias(f"unpaid{n}")
                         for n in range(4)])
               .from_(sub).group_by(column).alias("g"))
    query = (PaymentInstalment
             .select(grouped.c.key_id, name_field, grouped.c.owed,
                     *[getattr(grouped.c, f"unpaid{n}") for n in range(4)])
             .from_(grouped).join(name_model, on=(grouped.c.key_id == name_model.id)))
    # plain tuples and integer cents (tens of thousands of rows): sorted as the Decimal amounts would
    # be, then made into rows, each amount converted once (zero, the most common bucket, shared)
    sums = []
    for key_id, name, owed, u0, u30, u60, u90 in db.execute(query).fetchall():
        owed, u0, u30, u60, u90 = int(owed or 0), int(u0 or 0), int(u30 or 0), int(u60 or 0), int(u90 or 0)
        sums.append((-u0, -owed, name, key_id, (owed, owed - u0, u0 - u30, u30 - u60, u60 - u90, u90)))
    sums.sort()
    cent, zero = _CENT, _ZERO
    return [AgingRow(key_id, name, *[Decimal(cents) * cent if cents else zero for cents in amounts])
            for _o, _r, name, key_id, amounts in sums]


def aging_by_customer(actor: User, today: dt.date) -> list[AgingRow]:
    """Receivable and overdue buckets per customer `actor` may see (orders in their scope), most
    overdue first."""
    return _aging(actor, today, "customer_id", Customer, Customer.name)


def aging_by_salesperson(actor: User, today: dt.date) -> list[AgingRow]:
    """Receivable and overdue buckets per salesperson of the orders `actor` may see."""
    return _aging(actor, today, "salesperson_id", User, User.display_name)


@dataclass(frozen=True)
class OverdueInstalment:
    """An instalment past its due date that payments do not cover (in part or in whole)."""

    instalment_id: int
    order_id: int
    order_number: str
    customer_id: int
    customer_name: str
    salesperson_id: int
    due_date: dt.date
    amount: Decimal
    overdue_amount: Decimal
    days_overdue: int

    @property
    def bucket(self) -> str:
        days = self.days_overdue
        return "0-30" if days <= 30 else "31-60" if days <= 60 else "61-90" if days <= 90 else "90+"


def overdue_query(today: dt.date, scope: Expression | None = None):
    """(instalment id, order id, salesperson id, due date, instalment amount, uncovered cents) of every
    overdue instalment within `scope` (None = all orders: for passes, not for screens), as a query
    others can narrow (reminders, workbench)."""
    sub = _instalments(scope, today).alias("i")
    uncovered = _uncovered(sub)
    return (PaymentInstalment.select(sub.c.instalment_id, sub.c.order_id, sub.c.salesperson_id, sub.c.due_date,
                                     sub.c.amount_cents, uncovered.alias("uncovered"))
            .from_(sub).where((sub.c.bucket > 0) & (uncovered > 0)))


def overdue_instalments(actor: User, today: dt.date, *, salesperson_id: int | None = None,
                        customer_id: int | None = None, limit: int = 1000) -> list[OverdueInstalment]:
    """Overdue instalments `actor` may see (optionally of one salesperson or customer), the longest
    overdue first, with days overdue and the uncovered amount."""
    sub = _instalments(order_scope(actor), today)
    if salesperson_id is not None:
        sub = sub.where(Order.salesperson == salesperson_id)
    if customer_id is not None:
        sub = sub.where(Order.customer == customer_id)
    sub = sub.alias("i")
    uncovered = _uncovered(sub)
    rows = list(PaymentInstalment.select(sub.c.instalment_id, sub.c.order_id, sub.c.customer_id,
                                         sub.c.salesperson_id, sub.c.due_date, sub.c.amount_cents, uncovered)
                .from_(sub).where((sub.c.bucket > 0) & (uncovered > 0))
                .order_by(sub.c.due_date, sub.c.instalment_id).limit(limit).tuples())
    orders = {o.id: (o.number, o.customer.name) for o in Order.select(Order.id, Order.number, Customer.name)
              .join(Customer).where(Order.id.in_([r[1] for r in rows]))} if rows else {}
    result = []
    for instalment_id, order_id, customer, salesperson, due, amount, cents in rows:
        due = due if isinstance(due, dt.date) else dt.date.fromisoformat(str(due))
        number, name = orders[order_id]
        result.append(OverdueInstalment(instalment_id, order_id, number, customer, name, salesperson, due,
                                        _money(amount), _money(cents), (today - due).days))
    return result
