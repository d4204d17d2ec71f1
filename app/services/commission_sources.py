"""The source rows of commission statements, read with a few grouped queries per basis (never one
query per document), and split by the rule that governs each product line.

Bases (amounts untaxed, as `reports.kpi` defines them):
- collected: each payment by pay date (orders not cancelled), round_half_up(amount × net / total)
  (`kpi.untaxed_payment`, the same SQL expression as the collected KPI); source_kind "payment",
  source_id the payment, document the order number.
- signed: each order in a revenue state by sign date, its stored net_total; source_kind "order".
- shipped: each shipment line of a shipped or delivered shipment by ship date, at the order line's
  net unit price: round_half_up(quantity × unit price × (1 − discount/100)); returns are negative;
  source_kind "shipment", source_id the shipment line, document the delivery note number. (The
  shipped KPI rounds per order line and month; two shipments of one line in one month can differ
  from it by a cent, because a statement lists each shipment.)

Product-line rules: a payment or an order covers lines of several product lines. When any
product-line rule exists, its lines are grouped by the rule that governs each product line (for the
salesperson on the source's date); when the groups' rules differ the amount is split in proportion to
the groups' line nets (`split_by_weights`: parts half-up, the last group — highest rule id — takes
the remainder, so the parts add up to the source's amount). A group whose rule has another basis
(or no rule) is dropped: that part of the sale earns commission on its own rule's basis instead.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from peewee import JOIN, fn

from app.models.base import db
from app.models.order import Order, OrderLine, Payment, Shipment, ShipmentLine
from app.models.product import Product
from app.reports.kpi import REVENUE_STATES, SHIPPED_STATES, Period, untaxed_payment
from app.services.commission_math import Rule, choose_rule, split_by_weights

KIND_BASIS = {"payment": "collected", "order": "signed", "shipment": "shipped"}
KIND_ORDER = {"order": 0, "shipment": 1, "payment": 2, "adjustment": 3}


def _money(cents: object) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2)


def _raw(query) -> list[tuple]:
    """The rows as the driver returns them: peewee's per-value converters cost more than the query on
    a month of 100,000+ rows, so the few columns are converted here (`_day`, `_moment`, cents)."""
    return list(db.execute(query).fetchall())


_DAYS: dict[object, dt.date] = {}


def _day(value: object) -> dt.date:
    """A driver's date value as a date (remembered: a month's 100,000 rows have some 30 dates)."""
    day = _DAYS.get(value)
    if day is None:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        if len(_DAYS) > 10_000:
            _DAYS.clear()
        _DAYS[value] = day
    return day


def _moment(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _unread(value: object) -> None:
    return None


def _recorded(window: Window):
    """How `recorded_at` is converted: only late-entry windows (`recorded_since`) use it, so the month's
    own rows leave it None."""
    return _moment if window.recorded_since is not None else _unread


def shipped_cents(quantity_thousandths: int, price_cents: int, discount_hundredths: int) -> int:
    """round_half_up(quantity × price × (1 − discount/100)) in cents, in exact integers (the same
    figure as `quote_math.line_net`, halves away from zero)."""
    exact = quantity_thousandths * price_cents * (10000 - discount_hundredths)
    cents, rest = divmod(abs(exact), 10_000_000)
    cents += 1 if rest * 2 >= 10_000_000 else 0
    return cents if exact >= 0 else -cents


class SourceItem(NamedTuple):
    """One payment, signed order or shipment line of a salesperson. `weights` are the untaxed line nets
    per product line (None = no line) used to split the item; `order_line_id` is a shipment line's
    order line (what a return takes back); `recorded_at` when it entered the system. (Named tuples:
    a month has 100,000+ items and rows, and a frozen dataclass costs several times more to build.)"""

    kind: str
    source_id: int
    salesperson_id: int
    day: dt.date
    document: str
    order_id: int
    amount: Decimal
    recorded_at: dt.datetime | None = None
    note: str = ""
    weights: tuple[tuple[int | None, Decimal], ...] = ()
    order_line_id: int | None = None

    @property
    def basis(self) -> str:
        return KIND_BASIS[self.kind]

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.source_id)

    def sort_key(self) -> tuple:
        return (self.day, KIND_ORDER[self.kind], self.document, self.source_id)


class Part(NamedTuple):
    """The share of a source item governed by one rule."""

    item: SourceItem
    rule: Rule
    amount: Decimal


@dataclass
class Window:
    """Which source rows to read: dates start..end (inclusive), optionally only salespeople in `people`
    and only rows recorded at or after `recorded_since` (late entries: only these items carry their
    `recorded_at`; a month's own items leave it None, converting 100,000 timestamps costs).
    `only` (basis -> salespeople) keeps a basis's rows of those salespeople alone (`basis_sellers`);
    the rows of `skipped` salespeople are left out (their statement of the month is locked)."""

    start: dt.date
    end: dt.date
    people: frozenset[int] | None = None
    recorded_since: dt.datetime | None = None
    by_line: bool = False
    only: dict[str, frozenset[int]] | None = None
    skipped: frozenset[int] = frozenset()

    def kept(self, basis: str) -> frozenset[int] | None:
        """The salespeople whose rows of `basis` are kept (`people` and `only`), None for everyone.
        Applied to the fetched tuples, not in SQL: a salesperson condition makes SQLite walk every
        order of those people through the salesperson index (seconds on 300,000 orders) instead of
        the window's rows through the date index."""
        only = None if self.only is None else self.only.get(basis)
        if only is None or self.people is None:
            return self.people if only is None else only
        return self.people & only


def _payments(window: Window) -> list[SourceItem]:
    query = (Payment.select(Payment.id, Payment.pay_date, Payment.created_at, Payment.reference, Order.id,
                            Order.number, Order.salesperson, untaxed_payment())
             .join(Order).where(Payment.pay_date.between(window.start, window.end) & (Order.state != "cancelled")))
    if window.recorded_since is not None:
        query = query.where(Payment.created_at >= window.recorded_since)
    kept, moment, skipped = window.kept("collected"), _recorded(window), window.skipped
    return [SourceItem("payment", pid, seller, _day(day), number, order_id, _money(basis), moment(recorded),
                       reference) for pid, day, recorded, reference, order_id, number, seller, basis in _raw(query)
            if (kept is None or seller in kept) and seller not in skipped]


def _orders(window: Window) -> list[SourceItem]:
    query = (Order.select(Order.id, Order.sign_date, Order.confirmed_at, Order.number, Order.salesperson,
                          Order.net_total)
             .where(Order.state.in_(REVENUE_STATES) & Order.sign_date.between(window.start, window.end)))
    if window.recorded_since is not None:
        query = query.where(Order.confirmed_at >= window.recorded_since)
    kept, moment, skipped = window.kept("signed"), _recorded(window), window.skipped
    return [SourceItem("order", oid, seller, _day(day), number, oid, _money(net), moment(recorded))
            for oid, day, recorded, number, seller, net in _raw(query)
            if (kept is None or seller in kept) and seller not in skipped]


def _shipment_lines(window: Window) -> list[SourceItem]:
    query = (ShipmentLine.select(ShipmentLine.id, Shipment.ship_date, Shipment.shipped_at, Shipment.number,
                                 Order.id, Order.number, Order.salesperson, ShipmentLine.quantity,
                                 OrderLine.unit_price, OrderLine.discount, OrderLine.id, Product.line)
             .join(Shipment).switch(ShipmentLine).join(OrderLine).join(Order)
             .switch(OrderLine).join(Product, JOIN.LEFT_OUTER)
             .where(Shipment.state.in_(SHIPPED_STATES) & Shipment.ship_date.between(window.start, window.end)))
    if window.recorded_since is not None:
        query = query.where(Shipment.shipped_at >= window.recorded_since)
    items = []
    kept, moment, skipped = window.kept("shipped"), _recorded(window), window.skipped
    for sid, day, recorded, number, oid, order_number, seller, qty, price, discount, line_id, pline in _raw(query):
        if (kept is not None and seller not in kept) or seller in skipped:
            continue
        amount = _money(shipped_cents(int(qty), int(price), int(discount)))
        items.append(SourceItem("shipment", sid, seller, _day(day), number, oid, amount, moment(recorded),
                                order_number, ((pline, amount),), line_id))
    return items


def _line_weights(orders) -> dict[int, tuple[tuple[int | None, Decimal], ...]]:
    """Per order of the subquery `orders`: (product line, Σ line net) in product line order, one query."""
    weights: dict[int, list[tuple[int | None, Decimal]]] = defaultdict(list)
    query = (OrderLine.select(OrderLine.order, Product.line, fn.SUM(OrderLine.net))
             .join(Product, JOIN.LEFT_OUTER).where(OrderLine.order.in_(orders))
             .group_by(OrderLine.order, Product.line))
    for order_id, line_id, net in _raw(query):
        weights[order_id].append((line_id, _money(net)))
    return {k: tuple(sorted(v, key=lambda p: (p[0] is not None, p[0] or 0))) for k, v in weights.items()}


def read_items(window: Window, bases: frozenset[str]) -> list[SourceItem]:
    """The source items of `bases` in the window, with product-line weights when `window.by_line`."""
    items: list[SourceItem] = []
    if "collected" in bases:
        items += _payments(window)
    if "signed" in bases:
        items += _orders(window)
    if "shipped" in bases:
        items += _shipment_lines(window)
    if window.by_line:
        weights: dict[int, tuple] = {}
        if any(i.kind == "payment" for i in items):
            weights.update(_line_weights(Payment.select(Payment.order).where(
                Payment.pay_date.between(window.start, window.end))))
        if any(i.kind == "order" for i in items):
            weights.update(_line_weights(Order.select(Order.id).where(
                Order.sign_date.between(window.start, window.end))))
        items = [i if i.kind == "shipment" else _with_weights(i, weights.get(i.order_id, ())) for i in items]
    return items


def basis_sellers(rules: list[Rule], teams: dict[int, int | None]) -> dict[str, frozenset[int]]:
    """For each basis whose rules are all scoped to teams or salespeople: the users (`teams`: every
    user id -> team id) one of those rules can govern. Anyone else's rows of that basis have no rule
    of that basis and earn nothing (`split_item` drops them), so they need not be read."""
    only: dict[str, frozenset[int]] = {}
    for basis in sorted({r.basis for r in rules}):
        of_basis = [r for r in rules if r.basis == basis]
        if any(r.scope not in ("salesperson", "team") for r in of_basis):
            continue
        only[basis] = frozenset(p for p, team in teams.items() if any(r.matches(p, team, None) for r in of_basis))
    return only


def source_people(window: Window, basis: str, among: list[int]) -> set[int]:
    """Which of `among` are the salesperson of a row of `basis` in the window (one small query)."""
    if not among:
        return set()
    if basis == "collected":
        query = (Order.select(Order.salesperson).join(Payment, on=(Payment.order == Order.id))
                 .where(Payment.pay_date.between(window.start, window.end) & (Order.state != "cancelled")))
    elif basis == "signed":
        query = Order.select(Order.salesperson).where(Order.state.in_(REVENUE_STATES)
                                                      & Order.sign_date.between(window.start, window.end))
    else:
        query = (Order.select(Order.salesperson).join(OrderLine, on=(OrderLine.order == Order.id))
                 .join(ShipmentLine, on=(ShipmentLine.order_line == OrderLine.id))
                 .join(Shipment, on=(ShipmentLine.shipment == Shipment.id))
                 .where(Shipment.state.in_(SHIPPED_STATES) & Shipment.ship_date.between(window.start, window.end)))
    query = query.where(Order.salesperson.in_(among)).distinct()
    return {seller for (seller,) in _raw(query)}


def _with_weights(item: SourceItem, weights: tuple) -> SourceItem:
    return SourceItem(item.kind, item.source_id, item.salesperson_id, item.day, item.document, item.order_id,
                      item.amount, item.recorded_at, item.note, weights, item.order_line_id)


class RuleChooser:
    """`choose_rule` remembered per (day, salesperson, team, product line): a month has few of them."""

    def __init__(self, rules: list[Rule]):
        self.rules = rules
        self._chosen: dict[tuple, Rule | None] = {}

    def __call__(self, day: dt.date, salesperson_id: int, team_id: int | None, line_id: int | None) -> Rule | None:
        key = (day, salesperson_id, team_id, line_id)
        if key not in self._chosen:
            self._chosen[key] = choose_rule(self.rules, day, salesperson_id, team_id, line_id)
        return self._chosen[key]


def split_item(item: SourceItem, rules: RuleChooser, team_id: int | None) -> list[Part]:
    """The item's parts by governing rule (module notes), only those whose rule has the item's basis."""
    lines = item.weights or ((None, item.amount),)
    if len(lines) == 1:
        rule = rules(item.day, item.salesperson_id, team_id, lines[0][0])
        return [Part(item, rule, item.amount)] if rule is not None and rule.basis == item.basis else []
    groups: dict[int | None, Decimal] = {}
    chosen: dict[int | None, Rule | None] = {}
    for product_line, weight in lines:
        rule = rules(item.day, item.salesperson_id, team_id, product_line)
        rule_id = rule.id if rule is not None else None
        chosen[rule_id] = rule
        groups[rule_id] = groups.get(rule_id, Decimal(0)) + weight
    order = sorted(groups, key=lambda r: (r is not None, r or 0))  # no rule first; the highest rule id last
    amounts = split_by_weights(item.amount, [groups[r] for r in order]) if len(order) > 1 else [item.amount]
    return [Part(item, chosen[r], amount) for r, amount in zip(order, amounts, strict=True)
            if chosen[r] is not None and chosen[r].basis == item.basis]


class RowDraft(NamedTuple):
    """A statement row before it is written (`commission_statements` numbers the positions)."""

    kind: str
    source_id: int | None
    document: str
    day: dt.date
    basis: Decimal
    rule_id: int | None
    rate: Decimal
    commission: Decimal
    carried_from: str = ""
    note: str = ""

    def sort_key(self) -> tuple:
        return (self.carried_from != "", self.carried_from, self.day, KIND_ORDER[self.kind], self.document,
                self.source_id or 0, self.rule_id or 0)


def year_month(day: dt.date) -> str:
    """"YYYY-MM" of a date (the carried_from format)."""
    return f"{day.year:04d}-{day.month:02d}"


def month_window(year: int, month: int, *, by_line: bool) -> Window:
    """Every salesperson's source rows dated in the month."""
    period = Period.month(year, month)
    return Window(period.start, period.end, by_line=by_line)
