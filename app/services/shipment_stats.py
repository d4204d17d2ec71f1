"""Shipped-goods statistics (发货统计) for a period: quantity and amount by product and by month, and
freight and packaging fees by carrier.

Only shipments that left count (shipped or delivered, by ship date); returns count with their
negative quantities, so they subtract. The amount of an order line in a month is its net shipped
quantity that month × the line's net unit price (unit price × (1 − discount)), rounded half-up to
the cent like a line net (`quote_math.line_net`): a line shipped whole in one month gives exactly
its stored net. Exact Decimal throughout; fees are summed in SQL from stored cents.

The database groups the shipment lines of each month by order line (one query per month, plain
SQL on SQLite and PostgreSQL alike); only those sums reach Python. Scope: the orders `actor` sees.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, fn

from app.models.customer import Customer
from app.models.order import Order, OrderLine, Shipment, ShipmentLine
from app.models.product import Product
from app.models.user import User
from app.services.errors import ValidationError
from app.services.order_queries import order_scope
from app.services.quote_math import line_net

COUNTED_STATES = ("shipped", "delivered")
MAX_MONTHS = 120
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ProductShipped:
    """One product (or a line without product, by its description) over the period."""

    code: str
    name: str
    unit: str
    quantity: Decimal
    amount: Decimal


@dataclass(frozen=True)
class MonthShipped:
    """Everything shipped in one calendar month ("2026-03")."""

    month: str
    quantity: Decimal
    amount: Decimal


@dataclass(frozen=True)
class CarrierFees:
    """What one carrier took over the period: shipments (returns included) and their fees."""

    carrier: str
    shipments: int
    freight: Decimal
    packaging: Decimal

    @property
    def total(self) -> Decimal:
        return self.freight + self.packaging


@dataclass
class ShipmentStatistics:
    """The three tables of the statistics tab, and their totals."""

    by_product: list[ProductShipped] = field(default_factory=list)
    by_month: list[MonthShipped] = field(default_factory=list)
    by_carrier: list[CarrierFees] = field(default_factory=list)

    @property
    def amount(self) -> Decimal:
        return sum((row.amount for row in self.by_month), ZERO)

    @property
    def freight(self) -> Decimal:
        return sum((row.freight for row in self.by_carrier), ZERO)

    @property
    def packaging(self) -> Decimal:
        return sum((row.packaging for row in self.by_carrier), ZERO)


def months(date_from: dt.date, date_to: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The calendar months from `date_from` to `date_to`, each as (first day, last day) clipped to
    the period."""
    result = []
    start = date_from
    while start <= date_to:
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        result.append((start, min(date_to, following - dt.timedelta(days=1))))
        start = following
    return result


def _scoped(query, actor: User):
    scope = order_scope(actor)
    return query.where(scope) if scope is not None else query


def _month_lines(actor: User, first: dt.date, last: dt.date):
    """(code, name, description, unit, unit price, discount, net quantity in thousandths) per order
    line shipped between `first` and `last`."""
    query = (ShipmentLine.select(Product.code, Product.name, OrderLine.description, OrderLine.unit,
                                 OrderLine.unit_price, OrderLine.discount, fn.SUM(ShipmentLine.quantity))
             .join(Shipment).join(Order).join(Customer)
             .switch(ShipmentLine).join(OrderLine).join(Product, JOIN.LEFT_OUTER)
             .where(Shipment.state.in_(COUNTED_STATES) & Shipment.ship_date.between(first, last))
             .group_by(OrderLine.id, Product.id))
    return _scoped(query, actor).tuples()


def shipment_statistics(actor: User, date_from: dt.date, date_to: dt.date) -> ShipmentStatistics:
    """Quantity and amount shipped by product and by month, and fees by carrier, for shipments of
    the orders `actor` may see whose ship date lies in [date_from, date_to]."""
    if date_to < date_from:
        raise ValidationError({"date_to": "The end of the period is before its start."})
    periods = months(date_from, date_to)
    if len(periods) > MAX_MONTHS:
        raise ValidationError({"date_from": "Choose a period of at most ten years."})
    products: dict[tuple[str, str], list] = {}
    by_month = []
    for first, last in periods:
        quantity, amount = Decimal(0), ZERO
        for code, name, description, unit, price, discount, thousandths in _month_lines(actor, first, last):
            shipped = Decimal(int(thousandths or 0)).scaleb(-3)
            value = line_net(shipped, price, discount)
            quantity += shipped
            amount += value
            key = (code or "", name if code else description)
            entry = products.setdefault(key, [unit, Decimal(0), ZERO])
            entry[1] += shipped
            entry[2] += value
        by_month.append(MonthShipped(f"{first:%Y-%m}", quantity, amount))
    by_product = sorted((ProductShipped(code, name, unit, quantity, amount)
                         for (code, name), (unit, quantity, amount) in products.items()),
                        key=lambda row: (-row.amount, row.code, row.name))
    return ShipmentStatistics(by_product, by_month, carrier_fees(actor, date_from, date_to))


def carrier_fees(actor: User, date_from: dt.date, date_to: dt.date) -> list[CarrierFees]:
    """Freight and packaging fees per carrier (returns included: they cost too) of the shipments that
    left in [date_from, date_to], the most expensive carrier first."""
    query = (Shipment.select(Shipment.carrier, fn.COUNT(Shipment.id), fn.SUM(Shipment.freight),
                             fn.SUM(Shipment.packaging))
             .join(Order).join(Customer)
             .where(Shipment.state.in_(COUNTED_STATES) & Shipment.ship_date.between(date_from, date_to))
             .group_by(Shipment.carrier))
    totals: dict[str, list] = defaultdict(lambda: [0, 0, 0])
    for carrier, count, freight, packaging in _scoped(query, actor).tuples():
        entry = totals[carrier.strip()]  # "顺丰" and "顺丰 " are one carrier
        entry[0] += count
        entry[1] += int(freight or 0)
        entry[2] += int(packaging or 0)
    rows = [CarrierFees(carrier, count, Decimal(freight).scaleb(-2), Decimal(packaging).scaleb(-2))
            for carrier, (count, freight, packaging) in totals.items()]
    return sorted(rows, key=lambda row: (-row.total, row.carrier))
