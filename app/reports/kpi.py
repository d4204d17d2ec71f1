"""Every KPI (绩效指标, DOMAIN.md "KPIs") defined once: targets, commissions, reports, exports and the
command line call these functions, so the same figure is the same everywhere.

Each function takes the acting user, a `Period` (inclusive dates) and `by`, the dimensions to group
by, and runs ONE grouped SQL query. It returns {key: value} where key is a tuple with one element per
dimension in `by` order; groups without rows are absent, except that `by=()` always gives the one
key `()` (0 when nothing counts).
Dimensions: "salesperson" (user id), "team" (the salesperson's current team id, None without team),
"industry" (the customer's industry text), "month" (`dt.date` of the month's first day).

Definitions (all amounts untaxed, Decimal to the cent):
- revenue 销售额: Σ stored `Order.net_total` of orders in REVENUE_STATES by `sign_date` (drafts,
  pending and cancelled orders never count; lines are never summed).
- order count and average deal size = revenue / orders (rounded half-up to the cent).
- collected 回款额: payments by `pay_date` (orders not cancelled), each made untaxed as
  round_half_up(amount × order.net_total / order.total) to the cent (the amount itself when the
  order's total is 0), then summed. The order's current totals are used.
- shipped amount 发货额: shipments in state shipped/delivered by `ship_date`; per order line and
  calendar month, round_half_up(net quantity × unit price × (1 − discount/100)) to the cent (as
  `services.shipment_stats`: a line shipped whole in one month gives its stored net), returns
  subtracting; a year's figure is the sum of its months.
- attainment 达成率 = actual / target × 100, half-up to 0.01 %; None when there is no target (0).

Scope (`kpi_scope`): managers see everyone, supervisors their team's members, salespeople
themselves; the rows are the salesperson's (the order's `salesperson`), never a customer owner's.
SQLite keeps money as integer cents and computes exactly in 64-bit integers: a payment × its
order's net must stay below 4.6 × 10^18 cents² (both up to ~21 million yuan); PostgreSQL
computes in numeric with no such bound.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from peewee import SQL, Case, Expression, Field, PostgresqlDatabase, fn

from app.models.base import db
from app.models.customer import Customer
from app.models.order import Order, OrderLine, Payment, Shipment, ShipmentLine
from app.models.user import User
from app.services.errors import ValidationError
from app.services.permissions import require

REVENUE_STATES = ("confirmed", "partially_shipped", "shipped", "closed")
SHIPPED_STATES = ("shipped", "delivered")
DIMENSIONS = ("salesperson", "team", "industry", "month")
ZERO = Decimal("0.00")

Key = tuple


@dataclass(frozen=True)
class Period:
    """Dates from `start` to `end`, both included."""

    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class DealFigures:
    """Revenue, order count and average deal size of one group."""

    revenue: Decimal
    orders: int

    @property
    def average_deal(self) -> Decimal:
        return ratio(self.revenue, Decimal(self.orders), 2) if self.orders else ZERO


# ---- helpers shared by every KPI ------------------------------------------------------------------

def ratio(numerator: Decimal, denominator: Decimal, places: int) -> Decimal:
    """numerator / denominator rounded half-up to `places` decimals."""
    return (numerator / denominator).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def attainment(actual: Decimal, target: Decimal | None) -> Decimal | None:
    """actual / target as a percentage with two decimals (half-up); None when there is no target."""
    if not target:
        return None
    return ratio(actual * 100, target, 2)


def kpi_scope(actor: User, salesperson: Field) -> Expression | None:
    """WHERE clause on a `salesperson` column for the figures `actor` may see; None = everyone."""
    require(actor, "kpi.view")
    if actor.role == "manager":
        return None
    if actor.role == "supervisor" and actor.team_id is not None:
        return (salesperson == actor.id) | salesperson.in_(User.select(User.id).where(User.team == actor.team_id))
    return salesperson == actor.id


def _postgres() -> bool:
    return isinstance(db.obj, PostgresqlDatabase)


def month_key(date_field: Field) -> Expression:
    """year × 100 + month of a date column, in SQL that uses no Python function on SQLite."""
    if _postgres():
        return fn.to_char(date_field, "YYYYMM").cast("INTEGER")
    return fn.strftime("%Y%m", date_field).cast("INTEGER")


def round_div(numerator: Expression, denominator: Expression | int) -> Expression:
    """round_half_up(numerator / denominator) to an integer, halves away from zero (denominator > 0)."""
    # Literals go in as SQL: next to a MoneyField peewee would convert a bare 2 into 200 cents.
    if _postgres():
        return fn.ROUND(numerator.cast("NUMERIC") / denominator)
    two = SQL("2")
    twice = SQL("2") * denominator
    return Case(None, [(numerator >= SQL("0"), (two * numerator + denominator) / twice)],
                SQL("0") - (denominator - two * numerator) / twice)


def _money(cents: object) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2)


def _month(value: object) -> dt.date:
    number = int(value)
    return dt.date(number // 100, number % 100, 1)


def _check(period: Period, by: Sequence[str]) -> None:
    if period.end < period.start:
        raise ValidationError({"period": "The period ends before it starts."})
    unknown = [name for name in by if name not in DIMENSIONS]
    if unknown or len(set(by)) != len(by):
        raise ValueError(f"bad dimensions {by!r}; choose from {DIMENSIONS}")


def _grouped(query, actor: User, salesperson: Field, date_field: Field, by: Sequence[str],
             *, order_joined: bool):
    """Add the scope, the dimension columns and GROUP BY to `query` (whose first columns are the
    figures); the dimension columns come last, in `by` order."""
    scope = kpi_scope(actor, salesperson)
    if scope is not None:
        query = query.where(scope)
    columns = []
    for name in by:
        if name == "salesperson":
            columns.append(salesperson)
        elif name == "team":
            columns.append(User.team)
        elif name == "industry":
            columns.append(Customer.industry)
        else:
            columns.append(month_key(date_field))
    if "team" in by:
        query = query.join_from(Order if order_joined else query.model, User, on=(salesperson == User.id))
    if "industry" in by:
        query = query.join_from(Order, Customer, on=(Order.customer == Customer.id))
    if columns:
        query = query.select_extend(*columns).group_by(*columns)
    return query


def _key(row: Sequence[object], by: Sequence[str], first: int) -> Key:
    values = []
    for name, value in zip(by, row[first:], strict=True):
        values.append(_month(value) if name == "month" else value)
    return tuple(values)


def _filters(query, salesperson: Field, salesperson_id: int | None, team_id: int | None):
    if salesperson_id is not None:
        query = query.where(salesperson == salesperson_id)
    if team_id is not None:
        query = query.where(salesperson.in_(User.select(User.id).where(User.team == team_id)))
    return query


# ---- the KPIs -------------------------------------------------------------------------------------

def deal_figures(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
                 team_id: int | None = None) -> dict[Key, DealFigures]:
    """Revenue, order count and average deal size per group, in one query (see the module notes)."""
    _check(period, by)
    query = (Order.select(fn.SUM(Order.net_total), fn.COUNT(Order.id))
             .where(Order.state.in_(REVENUE_STATES) & Order.sign_date.between(period.start, period.end)))
    query = _filters(query, Order.salesperson, salesperson_id, team_id)
    query = _grouped(query, actor, Order.salesperson, Order.sign_date, by, order_joined=True)
    return {_key(row, by, 2): DealFigures(_money(row[0]), int(row[1])) for row in query.tuples()}


def revenue(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
            team_id: int | None = None) -> dict[Key, Decimal]:
    """Revenue 销售额 per group: Σ untaxed net totals of orders counted by sign date."""
    figures = deal_figures(actor, period, by, salesperson_id=salesperson_id, team_id=team_id)
    return {key: value.revenue for key, value in figures.items()}


def order_count(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
                team_id: int | None = None) -> dict[Key, int]:
    """Orders counted for revenue per group."""
    figures = deal_figures(actor, period, by, salesperson_id=salesperson_id, team_id=team_id)
    return {key: value.orders for key, value in figures.items()}


def average_deal_size(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
                      team_id: int | None = None) -> dict[Key, Decimal]:
    """Revenue / orders per group, half-up to the cent."""
    figures = deal_figures(actor, period, by, salesperson_id=salesperson_id, team_id=team_id)
    return {key: value.average_deal for key, value in figures.items()}


def untaxed_payment() -> Expression:
    """The untaxed part of one payment in cents (Payment joined to its Order), rounded half-up."""
    return Case(None, [(Order.total == 0, Payment.amount)],
                round_div(Payment.amount * Order.net_total, Order.total))


def collected(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
              team_id: int | None = None) -> dict[Key, Decimal]:
    """Collected 回款额 per group: untaxed payments by pay date (see the module notes)."""
    _check(period, by)
    query = (Payment.select(fn.SUM(untaxed_payment())).join(Order)
             .where(Payment.pay_date.between(period.start, period.end) & (Order.state != "cancelled")))
    query = _filters(query, Order.salesperson, salesperson_id, team_id)
    query = _grouped(query, actor, Order.salesperson, Payment.pay_date, by, order_joined=True)
    return {_key(row, by, 1): _money(row[0]) for row in query.tuples()}


def shipped_amount(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
                   team_id: int | None = None) -> dict[Key, Decimal]:
    """Shipped amount 发货额 per group: untaxed value of what left, returns negative (module notes)."""
    _check(period, by)
    # Inner: net quantity per order line and month (the rounding unit); outer: the groups' sums.
    inner_by = [name for name in by if name != "month"]
    month = month_key(Shipment.ship_date)
    inner = (ShipmentLine.select(fn.SUM(ShipmentLine.quantity).alias("qty"), OrderLine.unit_price.alias("price"),
                                 OrderLine.discount.alias("discount"), month.alias("month_key"))
             .join(Shipment).switch(ShipmentLine).join(OrderLine).join(Order)
             .where(Shipment.state.in_(SHIPPED_STATES) & Shipment.ship_date.between(period.start, period.end)))
    inner = _filters(inner, Order.salesperson, salesperson_id, team_id)
    inner = _grouped(inner, actor, Order.salesperson, Shipment.ship_date, inner_by, order_joined=True)
    names = [f"d{i}" for i in range(len(inner_by))]
    if inner_by:
        inner = inner.select(*inner.selected_columns[:4],
                             *(c.alias(n) for c, n in zip(inner.selected_columns[4:], names, strict=True)))
    inner = inner.group_by(OrderLine.id, month, *inner._group_by or ())
    sub = inner.alias("per_line")
    amount = round_div(sub.c.qty * sub.c.price * (10000 - sub.c.discount), 10_000_000)
    outer_columns = [sub.c.month_key if name == "month" else sub.c[names[inner_by.index(name)]] for name in by]
    query = ShipmentLine.select(fn.SUM(amount), *outer_columns).from_(sub)
    if outer_columns:
        query = query.group_by(*outer_columns)
    return {_key(row, by, 1): _money(row[0]) for row in query.tuples()}
