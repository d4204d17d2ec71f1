"""Shipped-goods statistics against figures worked out by hand: quantities and amounts by product and
by month (returns subtract, drafts and cancelled shipments do not count, amounts rounded like a line
net), fees by carrier, and the order scope."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.services import shipments
from app.services.errors import ValidationError
from app.services.quotations import LineInput
from app.services.shipment_queries import ShipmentFilter, count_shipments, drafted_quantities, shipment_page
from app.services.shipment_stats import CarrierFees, MonthShipped, ProductShipped, months, shipment_statistics
from app.services.shipments import ShipmentInput, ShipmentLineInput
from tests.unit.order_factories import confirmed, item, order_world

MARCH, APRIL = dt.date(2026, 3, 1), dt.date(2026, 4, 30)


def send(w, order, day, pairs, *, carrier="", freight="0", packaging="0", returning=False, actor="sales1",
         state="shipped"):
    create = shipments.create_return if returning else shipments.create_shipment
    note = create(w[actor], order.id, ShipmentInput(day, [ShipmentLineInput(line, q) for line, q in pairs],
                                                    carrier=carrier, freight=freight, packaging=packaging))
    if state in ("shipped", "delivered"):
        note = shipments.ship(w[actor], note.id, note.version)
    if state == "delivered":
        note = shipments.deliver(w[actor], note.id, note.version)
    if state == "cancelled":
        note = shipments.cancel_shipment(w[actor], note.id, note.version)
    return note


@pytest.fixture
def world(database):
    """sales1's order: 10 controllers at 100.00 less 5 % (95.00 net each), 2.5 h of service at 80.00,
    3 m of cable at 33.33 less 10 % (29.997 a metre); sales5's order: 1 controller at 100.00."""
    w = order_world()
    order = confirmed(w, item(w, quantity="10", discount="5"),
                      LineInput(description="调试服务", quantity="2.5", unit="小时", unit_price="80"),
                      LineInput(description="电缆", quantity="3", unit="米", unit_price="33.33", discount="10"))
    goods, service, cable = (line.id for line in order.lines.order_by(order.lines.model.position))
    send(w, order, dt.date(2026, 3, 10), [(goods, "4"), (service, "2.5")], carrier="顺丰", freight="25.50",
         packaging="8")
    send(w, order, dt.date(2026, 3, 31), [(cable, "1")], carrier="德邦", freight="5.25", packaging="1.10")
    send(w, order, dt.date(2026, 4, 2), [(goods, "3")], carrier="德邦", freight="40", state="delivered")
    send(w, order, dt.date(2026, 4, 20), [(goods, "1")], carrier="顺丰", freight="12", returning=True)
    send(w, order, dt.date(2026, 4, 25), [(goods, "2")], carrier="顺丰", freight="99", state="draft")
    send(w, order, dt.date(2026, 4, 26), [(cable, "1")], carrier="顺丰", freight="99", state="cancelled")
    send(w, order, dt.date(2026, 5, 2), [(cable, "1")], carrier="顺丰", freight="7")  # after the period
    other = confirmed(w, item(w, quantity="1"), actor="sales5", customer="c5")
    send(w, other, dt.date(2026, 3, 15), [(other.lines[0].id, "1")], carrier="顺丰", freight="10", actor="sales5")
    w["order"], w["goods"] = order, goods
    return w


def test_quantities_and_amounts_by_month_and_product(world):
    stats = shipment_statistics(world["sales1"], MARCH, APRIL)
    # March: 4 × 95.00 + 2.5 × 80.00 + round(1 × 29.997) = 380.00 + 200.00 + 30.00; April: (3 − 1) × 95.00
    assert stats.by_month == [MonthShipped("2026-03", Decimal("7.5"), Decimal("610.00")),
                              MonthShipped("2026-04", Decimal("2"), Decimal("190.00"))]
    assert stats.by_product == [ProductShipped("P-100", "控制器", "台", Decimal("6"), Decimal("570.00")),
                                ProductShipped("", "调试服务", "小时", Decimal("2.5"), Decimal("200.00")),
                                ProductShipped("", "电缆", "米", Decimal("1"), Decimal("30.00"))]
    assert stats.amount == Decimal("800.00")


def test_fees_by_carrier_count_returns_but_not_drafts_or_cancelled(world):
    stats = shipment_statistics(world["sales1"], MARCH, APRIL)
    assert stats.by_carrier == [CarrierFees("德邦", 2, Decimal("45.25"), Decimal("1.10")),
                                CarrierFees("顺丰", 2, Decimal("37.50"), Decimal("8.00"))]
    assert (stats.freight, stats.packaging, stats.by_carrier[0].total) == (
        Decimal("82.75"), Decimal("9.10"), Decimal("46.35"))


def test_the_manager_sees_every_order_and_a_salesperson_their_own(world):
    manager = shipment_statistics(world["manager"], MARCH, dt.date(2026, 3, 31))
    assert manager.by_month == [MonthShipped("2026-03", Decimal("8.5"), Decimal("710.00"))]
    assert manager.by_carrier[0] == CarrierFees("顺丰", 2, Decimal("35.50"), Decimal("8.00"))
    assert shipment_statistics(world["sales5"], MARCH, dt.date(2026, 3, 31)).amount == Decimal("100.00")


def test_periods_are_checked_and_split_into_months():
    assert months(dt.date(2025, 12, 15), dt.date(2026, 2, 3)) == [
        (dt.date(2025, 12, 15), dt.date(2025, 12, 31)), (dt.date(2026, 1, 1), dt.date(2026, 1, 31)),
        (dt.date(2026, 2, 1), dt.date(2026, 2, 3))]


def test_a_reversed_period_is_refused(world):
    with pytest.raises(ValidationError):
        shipment_statistics(world["sales1"], APRIL, MARCH)


def test_the_shipment_list_filters_in_sql_within_the_scope(world):
    sales1 = world["sales1"]
    assert count_shipments(sales1, ShipmentFilter()) == 7
    assert count_shipments(world["manager"], ShipmentFilter()) == 8
    returns = shipment_page(sales1, ShipmentFilter(kind="return"))
    assert [(r.ship_date, r.is_return, r.state) for r in returns] == [(dt.date(2026, 4, 20), True, "shipped")]
    march = shipment_page(sales1, ShipmentFilter(date_from=MARCH, date_to=dt.date(2026, 3, 31)))
    assert [r.carrier for r in march] == ["德邦", "顺丰"]  # newest first
    assert [r.state for r in shipment_page(sales1, ShipmentFilter(state="draft"))] == ["draft"]
    assert count_shipments(sales1, ShipmentFilter(search="德邦")) == 0  # carriers are not searched
    assert count_shipments(sales1, ShipmentFilter(search=world["order"].number)) == 7
    assert drafted_quantities(sales1, world["order"].id, False) == {world["goods"]: Decimal("2")}
