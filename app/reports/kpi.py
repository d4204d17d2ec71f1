"""Every KPI (绩效指标, DOMAIN.md "KPIs") defined once: targets, commissions, reports, exports and the
command line call these functions, so the same figure is the same everywhere.

Each function takes the acting user, a `Period` (inclusive dates) and `by`, the dimensions to group
by, and runs ONE grouped SQL query. It returns {key: value} where key is a tuple with one element per
dimension in `by` order; groups without rows are absent, except that `by=()` always gives the one
key `()` (0 when nothing counts).
Dimensions: "salesperson" (user id), "team" (the salesperson's current team id, None without team),
"industry", "source", "region" (the customer's own text fields), "month" (`dt.date` of the month's
first day).

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
- win rate 赢单率 = won / (won + lost) of the opportunities closed (`closed_at`) in the period, by
  owner, × 100 half-up to 0.01 %; None when none closed. Average sales cycle 平均成交周期 = mean of
  (closed date − created date) in days of those won, half-up to 0.01 day; None when none won.
- pipeline value 在途商机金额 = Σ amounts of opportunities in an open stage now, created by the
  period's end, by owner.
- leads received 新增线索 = customers created in the period (every new customer starts as a lead), by
  current owner; lead conversion rate 线索转化率 = those of them with an order in REVENUE_STATES signed
  by the period's end / leads received × 100; None when none received. New customers 新成交客户 =
  customers whose first order in REVENUE_STATES was signed in the period.
- follow-ups 跟进次数 = follow-up records by `at` in the period, by the user who wrote them.
- freight 运费 and packaging 包装费 = Σ fees of shipments (returns too: they cost) in state
  shipped/delivered by ship date, by the order's salesperson.
- receivable 应收 and overdue 逾期 = `services.receivables` aging by salesperson as of a day (the
  orders' current balances: there is no past balance), overdue = the buckets past due.
- commission 提成 = Σ totals of the commission statements (any state) of the months whose first
  day lies in the period.

What counts is written once, as public conditions (`revenue_condition`, `collected_condition`,
`pipeline_condition`, `shipped_condition`, `commission_month_range`) and helpers (`subject_filter`,
`scoped`; `within`, `bounds`, `money` come from `reports.kpi_sql`, the SQL building blocks): the
KPIs' grouped queries and `reports.drilldown`, which lists the rows behind a figure, both build on
them.

Scope (`kpi_scope`): managers see everyone, supervisors their team's members, salespeople
themselves; the rows are the salesperson's (the order's `salesperson`), never a customer owner's.
SQLite keeps money as integer cents and computes exactly in 64-bit integers: a payment × its
order's net must stay below 4.6 × 10^18 cents² (both up to ~21 million yuan); PostgreSQL
computes in numeric with no such bound.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, SQL, Case, Expression, Field, fn

from app.models.activity import FollowUp
from app.models.commission import CommissionStatement
from app.models.customer import Customer
from app.models.opportunity import OPEN_STAGES, Opportunity
from app.models.order import Order, OrderLine, Payment, Shipment, ShipmentLine
from app.models.user import User
from app.reports.kpi_sql import Key, Period, bounds, money, month_key, month_of, postgres, ratio, round_div, within
from app.services.errors import ValidationError
from app.services.permissions import require

REVENUE_STATES = ("confirmed", "partially_shipped", "shipped", "closed")
SHIPPED_STATES = ("shipped", "delivered")
CUSTOMER_DIMENSIONS = ("industry", "source", "region")  # the customer's own fields
DIMENSIONS = ("salesperson", "team", *CUSTOMER_DIMENSIONS, "month")
ZERO = Decimal("0.00")



@dataclass(frozen=True)
class DealFigures:
    """Revenue, order count and average deal size of one group."""

    revenue: Decimal
    orders: int

    @property
    def average_deal(self) -> Decimal:
        return ratio(self.revenue, Decimal(self.orders), 2) if self.orders else ZERO


# ---- helpers shared by every KPI ------------------------------------------------------------------

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


def scoped(query, actor: User, salesperson: Field):
    """`query` limited to the rows of the salespeople `actor` may see (`kpi_scope`)."""
    scope = kpi_scope(actor, salesperson)
    return query if scope is None else query.where(scope)


def _check(period: Period, by: Sequence[str]) -> None:
    if period.end < period.start:
        raise ValidationError({"period": "The period ends before it starts."})
    unknown = [name for name in by if name not in DIMENSIONS]
    if unknown or len(set(by)) != len(by):
        raise ValueError(f"bad dimensions {by!r}; choose from {DIMENSIONS}")


def _grouped(query, actor: User, salesperson: Field, date_field: Field, by: Sequence[str],
             *, order_joined: bool, customer: Field | None = Order.customer):
    """Add the scope, the dimension columns and GROUP BY to `query` (whose first columns are the
    figures); the dimension columns come last, in `by` order. `customer` is the column that points at
    the customer (None when `query` reads Customer itself)."""
    query = scoped(query, actor, salesperson)
    columns = []
    for name in by:
        if name == "salesperson":
            columns.append(salesperson)
        elif name == "team":
            columns.append(User.team)
        elif name in CUSTOMER_DIMENSIONS:
            columns.append(getattr(Customer, name))
        else:
            columns.append(month_key(date_field))
    if "team" in by:
        # left join: a pool customer (no owner) still counts, under team None
        query = query.join_from(Order if order_joined else query.model, User, JOIN.LEFT_OUTER,
                                on=(salesperson == User.id))
    if customer is not None and any(name in CUSTOMER_DIMENSIONS for name in by):
        query = query.join_from(customer.model, Customer, on=(customer == Customer.id))
    if columns:
        query = query.select_extend(*columns).group_by(*columns)
    return query


def _key(row: Sequence[object], by: Sequence[str], first: int) -> Key:
    values = []
    for name, value in zip(by, row[first:], strict=True):
        values.append(month_of(value) if name == "month" else value)
    return tuple(values)


def subject_filter(query, salesperson: Field, salesperson_id: int | None, team_id: int | None):
    """`query` narrowed to one salesperson and/or the current members of one team (None: no
    narrowing), on its `salesperson` column. The actor's scope is applied apart (`scoped`)."""
    if salesperson_id is not None:
        query = query.where(salesperson == salesperson_id)
    if team_id is not None:
        query = query.where(salesperson.in_(User.select(User.id).where(User.team == team_id)))
    return query


# ---- what counts: the conditions each KPI and its drill-down (reports.drilldown) share ---------------

def revenue_condition(period: Period, state: str | None = None) -> Expression:
    """Orders counted for revenue and order count: in REVENUE_STATES (or the one `state` of them),
    signed in the period."""
    states = Order.state.in_(REVENUE_STATES) if state is None else (Order.state == state)
    return states & Order.sign_date.between(period.start, period.end)


def paid_within(period: Period, pay_date: Field = Payment.pay_date) -> Expression:
    """Payments dated in the period (`pay_date`: the payment date column, or a subquery's)."""
    return pay_date.between(period.start, period.end)


def paying_order_condition() -> Expression:
    """The order of a payment counted as collected: not cancelled."""
    return Order.state != "cancelled"


def collected_condition(period: Period) -> Expression:
    """Payments counted as collected, next to their Order: dated in the period (`paid_within`), the
    order not cancelled (`paying_order_condition`)."""
    return paid_within(period) & paying_order_condition()


def pipeline_condition(period: Period) -> Expression:
    """Opportunities counted in pipeline value: in an open stage now, created by the period's end."""
    _start, end = bounds(period)
    return Opportunity.stage.in_(OPEN_STAGES) & (Opportunity.created_at < end)


def shipped_condition(period: Period) -> Expression:
    """Shipments and returns counted as shipped (amount, freight, packaging): shipped or delivered,
    shipped in the period."""
    return Shipment.state.in_(SHIPPED_STATES) & Shipment.ship_date.between(period.start, period.end)


def commission_month() -> Expression:
    """A commission statement's month as year × 100 + month."""
    return CommissionStatement.year * 100 + CommissionStatement.month


def commission_month_range(period: Period) -> Expression:
    """Statements counted in commission: those of the months whose first day lies in the period."""
    start = period.start
    first = start if start.day == 1 else dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return commission_month().between(first.year * 100 + first.month, period.end.year * 100 + period.end.month)


# ---- the KPIs -------------------------------------------------------------------------------------

def deal_figures(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
                 team_id: int | None = None) -> dict[Key, DealFigures]:
    """Revenue, order count and average deal size per group, in one query (see the module notes)."""
    _check(period, by)
    if by and not any(name in CUSTOMER_DIMENSIONS for name in by):
        return _deal_figures_by_day(actor, period, by, salesperson_id, team_id)
    query = Order.select(fn.SUM(Order.net_total), fn.COUNT(Order.id)).where(revenue_condition(period))
    query = subject_filter(query, Order.salesperson, salesperson_id, team_id)
    query = _grouped(query, actor, Order.salesperson, Order.sign_date, by, order_joined=True)
    return {_key(row, by, 2): DealFigures(money(row[0]), int(row[1])) for row in query.tuples()}


def _deal_figures_by_day(actor: User, period: Period, by: Sequence[str], salesperson_id: int | None,
                         team_id: int | None) -> dict[Key, DealFigures]:
    """deal_figures by salesperson, team and/or month, still one statement, in two steps: per
    revenue state, the orders' sums per (sign date, salesperson), then those days summed into the
    groups asked for. Each state's part reads the index sales_order (state, sign_date,
    salesperson_id, net_total) (schema step 10) in the order it groups by, so no order is sorted:
    grouping 200,000 orders of a year straight by (salesperson, month) sorted them all (about 3
    times slower on SQLite). Sums of integer cents: the same figures as the single query."""
    scope = kpi_scope(actor, Order.salesperson)
    parts = []
    for state in REVENUE_STATES:
        part = (Order.select(fn.SUM(Order.net_total).alias("revenue"), fn.COUNT(Order.id).alias("orders"),
                             Order.sign_date.alias("sign_date"), Order.salesperson.alias("salesperson_id"))
                .where(revenue_condition(period, state)))
        part = subject_filter(part, Order.salesperson, salesperson_id, team_id)
        if scope is not None:
            part = part.where(scope)
        parts.append(part.group_by(Order.sign_date, Order.salesperson))
    union = parts[0]
    for part in parts[1:]:
        union = union + part  # UNION ALL
    days = union.alias("days")
    columns = {"salesperson": days.c.salesperson_id, "team": User.team, "month": month_key(days.c.sign_date)}
    chosen = [columns[name] for name in by]
    query = Order.select(fn.SUM(days.c.revenue), fn.SUM(days.c.orders), *chosen).from_(days)
    if "team" in by:
        query = query.join(User, JOIN.LEFT_OUTER, on=(days.c.salesperson_id == User.id))
    query = query.group_by(*chosen)
    return {_key(row, by, 2): DealFigures(money(row[0]), int(row[1] or 0)) for row in query.tuples()}


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


def untaxed_payment(amount: Expression = Payment.amount) -> Expression:
    """The untaxed part of one payment in cents (`amount`, the payment's amount, next to its Order),
    rounded half-up."""
    return Case(None, [(Order.total == 0, amount)], round_div(amount * Order.net_total, Order.total))


def collected(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
              team_id: int | None = None) -> dict[Key, Decimal]:
    """Collected 回款额 per group: untaxed payments by pay date (see the module notes)."""
    _check(period, by)
    # The period's payments come from the index payment (pay_date, order_id, amount) (schema step 10).
    # On SQLite they are sorted by order first: a year's payments then read each order's row in
    # table order, one page after the next, instead of jumping about a table far larger than the
    # page cache (about a quarter faster on 300,000 payments); PostgreSQL joins by hash.
    paid = Payment.select(Payment.order.alias("order_id"), Payment.pay_date.alias("pay_date"),
                          Payment.amount.alias("amount")).where(paid_within(period))
    if not postgres():
        paid = paid.order_by(Payment.order)
    paid = paid.alias("paid")
    query = (Order.select(fn.SUM(untaxed_payment(paid.c.amount))).join(paid, on=(paid.c.order_id == Order.id))
             .where(paying_order_condition()))  # collected_condition, its date part on `paid`
    query = subject_filter(query, Order.salesperson, salesperson_id, team_id)
    query = _grouped(query, actor, Order.salesperson, paid.c.pay_date, by, order_joined=True)
    return {_key(row, by, 1): money(row[0]) for row in query.tuples()}


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
             .where(shipped_condition(period)))
    inner = subject_filter(inner, Order.salesperson, salesperson_id, team_id)
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
    return {_key(row, by, 1): money(row[0]) for row in query.tuples()}


# ---- opportunities, leads, follow-ups, fees, receivables, commission -------------------------------

@dataclass(frozen=True)
class WinFigures:
    """Opportunities closed in a period: won, lost, and the summed days from creation to won."""

    won: int
    lost: int
    won_days: int

    @property
    def win_rate(self) -> Decimal | None:
        closed = self.won + self.lost
        return ratio(Decimal(self.won * 100), Decimal(closed), 2) if closed else None

    @property
    def average_cycle(self) -> Decimal | None:
        return ratio(Decimal(self.won_days), Decimal(self.won), 2) if self.won else None


@dataclass(frozen=True)
class LeadFigures:
    """Leads received in a period and how many of them reached a first confirmed order."""

    received: int
    converted: int

    @property
    def conversion_rate(self) -> Decimal | None:
        return ratio(Decimal(self.converted * 100), Decimal(self.received), 2) if self.received else None


@dataclass(frozen=True)
class Fees:
    """Freight and packaging fees of shipments."""

    freight: Decimal
    packaging: Decimal


@dataclass(frozen=True)
class Receivable:
    """What is owed now, and the part of it past due."""

    receivable: Decimal
    overdue: Decimal


def _days_between(later: Field, earlier: Field) -> Expression:
    """Whole calendar days from the date of `earlier` to the date of `later` (timestamps)."""
    if postgres():
        return later.cast("DATE") - earlier.cast("DATE")
    return (fn.julianday(fn.DATE(later)) - fn.julianday(fn.DATE(earlier))).cast("INTEGER")


def _count_if(condition: Expression) -> Expression:
    return fn.SUM(Case(None, [(condition, SQL("1"))], SQL("0")))


def win_figures(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
                team_id: int | None = None) -> dict[Key, WinFigures]:
    """Won, lost and days to won of the opportunities closed in the period, by owner (one query)."""
    _check(period, by)
    won = Opportunity.stage == "won"
    query = (Opportunity.select(_count_if(won), _count_if(Opportunity.stage == "lost"),
                                fn.SUM(Case(None, [(won, _days_between(Opportunity.closed_at,
                                                                       Opportunity.created_at))], SQL("0"))))
             .where(Opportunity.stage.in_(("won", "lost")) & within(Opportunity.closed_at, period)))
    query = subject_filter(query, Opportunity.owner, salesperson_id, team_id)
    query = _grouped(query, actor, Opportunity.owner, Opportunity.closed_at, by, order_joined=False,
                     customer=Opportunity.customer)
    result = {_key(row, by, 3): WinFigures(int(row[0] or 0), int(row[1] or 0), int(row[2] or 0))
              for row in query.tuples()}
    if not by:
        result.setdefault((), WinFigures(0, 0, 0))
    return result


def win_rate(actor: User, period: Period, by: Sequence[str] = (), **filters) -> dict[Key, Decimal | None]:
    """Win rate 赢单率 (%) per group; None for a group with nothing closed."""
    return {key: value.win_rate for key, value in win_figures(actor, period, by, **filters).items()}


def average_sales_cycle(actor: User, period: Period, by: Sequence[str] = (), **filters) -> dict[Key, Decimal | None]:
    """Average days from creation to won of the opportunities won in the period; None without any."""
    return {key: value.average_cycle for key, value in win_figures(actor, period, by, **filters).items()}


def pipeline_value(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
                   team_id: int | None = None) -> dict[Key, Decimal]:
    """Σ amounts of the open opportunities created by the period's end, by owner (month: created)."""
    _check(period, by)
    query = Opportunity.select(fn.SUM(Opportunity.amount)).where(pipeline_condition(period))
    query = subject_filter(query, Opportunity.owner, salesperson_id, team_id)
    query = _grouped(query, actor, Opportunity.owner, Opportunity.created_at, by, order_joined=False,
                     customer=Opportunity.customer)
    result = {_key(row, by, 1): money(row[0]) for row in query.tuples()}
    if not by:
        result.setdefault((), ZERO)
    return result


def lead_figures(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
                 team_id: int | None = None) -> dict[Key, LeadFigures]:
    """Leads received in the period and those that reached an order by its end, by current owner."""
    _check(period, by)
    sold = (Order.select(SQL("1")).where((Order.customer == Customer.id) & Order.state.in_(REVENUE_STATES)
                                         & (Order.sign_date <= period.end)))
    query = Customer.select(fn.COUNT(Customer.id), _count_if(fn.EXISTS(sold))).where(
        within(Customer.created_at, period))
    query = subject_filter(query, Customer.owner, salesperson_id, team_id)
    query = _grouped(query, actor, Customer.owner, Customer.created_at, by, order_joined=False, customer=None)
    result = {_key(row, by, 2): LeadFigures(int(row[0] or 0), int(row[1] or 0)) for row in query.tuples()}
    if not by:
        result.setdefault((), LeadFigures(0, 0))
    return result


def lead_conversion_rate(actor: User, period: Period, by: Sequence[str] = (), **filters) -> dict[Key, Decimal | None]:
    """Lead conversion rate 线索转化率 (%) per group; None where no lead was received."""
    return {key: value.conversion_rate for key, value in lead_figures(actor, period, by, **filters).items()}


def new_customers(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
                  team_id: int | None = None) -> dict[Key, int]:
    """Customers whose first order in REVENUE_STATES was signed in the period (month: of that order),
    by current owner."""
    _check(period, by)
    first = (Order.select(Order.customer.alias("customer_id"), fn.MIN(Order.sign_date).alias("first_sign"))
             .where(Order.state.in_(REVENUE_STATES) & (Order.sign_date <= period.end))
             .group_by(Order.customer).alias("first_order"))
    query = (Customer.select(fn.COUNT(Customer.id))
             .join(first, on=(first.c.customer_id == Customer.id))
             .where(first.c.first_sign >= period.start))
    query = subject_filter(query, Customer.owner, salesperson_id, team_id)
    query = _grouped(query, actor, Customer.owner, first.c.first_sign, by, order_joined=False, customer=None)
    result = {_key(row, by, 1): int(row[0] or 0) for row in query.tuples()}
    if not by:
        result.setdefault((), 0)
    return result


def follow_ups(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
               team_id: int | None = None) -> dict[Key, int]:
    """Follow-ups 跟进次数 recorded in the period, by the user who wrote them."""
    _check(period, by)
    query = FollowUp.select(fn.COUNT(FollowUp.id)).where(within(FollowUp.at, period))
    query = subject_filter(query, FollowUp.user, salesperson_id, team_id)
    query = _grouped(query, actor, FollowUp.user, FollowUp.at, by, order_joined=False, customer=FollowUp.customer)
    result = {_key(row, by, 1): int(row[0] or 0) for row in query.tuples()}
    if not by:
        result.setdefault((), 0)
    return result


def shipping_fees(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
                  team_id: int | None = None) -> dict[Key, Fees]:
    """Freight and packaging of the shipments and returns that left in the period (module notes)."""
    _check(period, by)
    query = (Shipment.select(fn.SUM(Shipment.freight), fn.SUM(Shipment.packaging)).join(Order)
             .where(shipped_condition(period)))
    query = subject_filter(query, Order.salesperson, salesperson_id, team_id)
    query = _grouped(query, actor, Order.salesperson, Shipment.ship_date, by, order_joined=True)
    result = {_key(row, by, 2): Fees(money(row[0]), money(row[1])) for row in query.tuples()}
    if not by:
        result.setdefault((), Fees(ZERO, ZERO))
    return result


def receivable(actor: User, today: dt.date, by: Sequence[str] = ("salesperson",)) -> dict[Key, Receivable]:
    """Receivable and overdue as of `today`, by salesperson (`by=("salesperson",)`) or in total
    (`by=()`), from `services.receivables` (one statement)."""
    if tuple(by) not in (("salesperson",), ()):
        raise ValueError("receivable groups by salesperson or not at all")
    require(actor, "kpi.view")
    from app.services.receivables import aging_by_salesperson  # the service imports the order scope

    rows = aging_by_salesperson(actor, today)
    if by:
        return {(row.id,): Receivable(row.receivable, row.overdue) for row in rows}
    return {(): Receivable(sum((r.receivable for r in rows), ZERO), sum((r.overdue for r in rows), ZERO))}


def commission(actor: User, period: Period, by: Sequence[str] = (), *, salesperson_id: int | None = None,
               team_id: int | None = None) -> dict[Key, Decimal]:
    """Σ commission statement totals of the months starting in the period, by salesperson, team or
    month (one query)."""
    _check(period, by)
    if any(name in CUSTOMER_DIMENSIONS for name in by):
        raise ValueError("commission statements have no customer dimension")
    number = commission_month()
    query = CommissionStatement.select(fn.SUM(CommissionStatement.total)).where(commission_month_range(period))
    query = subject_filter(query, CommissionStatement.salesperson, salesperson_id, team_id)
    query = scoped(query, actor, CommissionStatement.salesperson)
    columns = [{"salesperson": CommissionStatement.salesperson, "team": User.team, "month": number}[name]
               for name in by]
    if "team" in by:
        query = query.join(User, on=(CommissionStatement.salesperson == User.id))
    if columns:
        query = query.select_extend(*columns).group_by(*columns)
    result = {_key(row, by, 1): money(row[0]) for row in query.tuples()}
    if not by:
        result.setdefault((), ZERO)
    return result


def opportunity_stages(actor: User, period: Period, *, salesperson_id: int | None = None,
                       team_id: int | None = None) -> dict[str, tuple[int, Decimal]]:
    """{stage: (opportunities, Σ amount)} of the opportunities created in the period, by their
    current stage (the funnel's cohort), in the actor's scope (one query)."""
    _check(period, ())
    query = (Opportunity.select(Opportunity.stage, fn.COUNT(Opportunity.id), fn.SUM(Opportunity.amount))
             .where(within(Opportunity.created_at, period)).group_by(Opportunity.stage))
    query = subject_filter(query, Opportunity.owner, salesperson_id, team_id)
    query = _grouped(query, actor, Opportunity.owner, Opportunity.created_at, (), order_joined=False)
    return {stage: (int(count), money(amount)) for stage, count, amount in query.tuples()}


def lost_reasons(actor: User, period: Period, *, salesperson_id: int | None = None,
                 team_id: int | None = None) -> dict[str, tuple[int, Decimal]]:
    """{lost reason: (opportunities, Σ amount)} of the opportunities lost (closed) in the period."""
    _check(period, ())
    query = (Opportunity.select(Opportunity.lost_reason, fn.COUNT(Opportunity.id), fn.SUM(Opportunity.amount))
             .where((Opportunity.stage == "lost") & within(Opportunity.closed_at, period))
             .group_by(Opportunity.lost_reason))
    query = subject_filter(query, Opportunity.owner, salesperson_id, team_id)
    query = _grouped(query, actor, Opportunity.owner, Opportunity.closed_at, (), order_joined=False)
    return {reason: (int(count), money(amount)) for reason, count, amount in query.tuples()}
