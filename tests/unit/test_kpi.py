"""KPI functions against figures worked out by hand: revenue by sign date (drafts, pending and
cancelled orders excluded), order count and average deal, collected made untaxed per payment,
shipped amount rounded per order line and month with returns subtracting, grouping by salesperson,
team, industry and month, the permission scope, one query per call, and attainment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from peewee import SQL, Select
from playhouse.test_utils import count_queries

from app.models.base import db
from app.models.customer import Customer
from app.reports import kpi
from app.reports.kpi import Period
from app.services import order_workflow, payments, shipments
from app.services.errors import PermissionDenied, ValidationError
from app.services.payments import PaymentInput
from app.services.quotations import LineInput
from app.services.shipments import ShipmentInput, ShipmentLineInput
from tests.unit.order_factories import confirmed, fresh, item, make_order, order_world

D = Decimal
MARCH, APRIL, Q2 = Period.month(2026, 3), Period.month(2026, 4), Period(dt.date(2026, 4, 1), dt.date(2026, 6, 30))
H1 = Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
M3, M4 = dt.date(2026, 3, 1), dt.date(2026, 4, 1)


def ship(w, order, day, pairs, *, returning=False, state="shipped", actor="sales1"):
    create = shipments.create_return if returning else shipments.create_shipment
    note = create(w[actor], order.id, ShipmentInput(day, [ShipmentLineInput(line, q) for line, q in pairs]))
    if state != "draft":
        note = shipments.ship(w[actor], note.id, note.version)
    return note


def pay(w, order, day, amount, actor="sales1"):
    payments.record_payment(w[actor], order.id, PaymentInput(day, amount))


@pytest.fixture
def world(database):
    """sales1 (team 1): A 2026-03-10 10 × 100.00 less 5 % = 950.00 (total 1,073.50); B 03-20 100.00
    (total 113.00); G 03-01 3 m cable at 33.33 less 10 % = 89.99; E 04-05 300.00; a draft (500.00)
    and a cancelled order (200.00) in March. sales5 (team 2): F 03-15 200.00. Customer c1 (A, B, G,
    E) is in 制造业, c5 in 零售."""
    w = order_world()
    Customer.update(industry="制造业").where(Customer.id == w["c1"]).execute()
    Customer.update(industry="零售").where(Customer.id == w["c5"]).execute()
    a = confirmed(w, item(w, quantity="10", discount="5"), on=dt.date(2026, 3, 10))
    b = confirmed(w, item(w), on=dt.date(2026, 3, 20))
    g = confirmed(w, LineInput(description="电缆", quantity="3", unit="米", unit_price="33.33", discount="10"),
                  on=dt.date(2026, 3, 1))
    confirmed(w, item(w, quantity="3"), on=dt.date(2026, 4, 5))
    make_order(w, item(w, quantity="5"), on=dt.date(2026, 3, 12))
    gone = confirmed(w, item(w, quantity="2"), on=dt.date(2026, 3, 15))
    order_workflow.cancel_order(w["sales1"], gone.id, gone.version, "客户取消")
    f = confirmed(w, item(w, quantity="2"), actor="sales5", customer="c5", on=dt.date(2026, 3, 15))
    # Payments: A 500.00 + 573.50 (untaxed 442.48 + 507.52), B 113.00 (100.00), F 226.00 (200.00).
    pay(w, a, dt.date(2026, 3, 25), "500")
    pay(w, b, dt.date(2026, 4, 2), "113")
    pay(w, a, dt.date(2026, 4, 10), "573.50")
    pay(w, f, dt.date(2026, 3, 31), "226", actor="sales5")
    # Shipments: A 4 in March (380.00), 3 in April (285.00), 1 returned in April (−95.00), 2 drafted;
    # G 1 m + 1 m in March (2 × 29.997 = 59.994 → 59.99), 1 m in April (30.00); F 2 in March (200.00).
    a_line, g_line = fresh(a).lines[0].id, fresh(g).lines[0].id
    ship(w, a, dt.date(2026, 3, 10), [(a_line, "4")])
    ship(w, g, dt.date(2026, 3, 11), [(g_line, "1")])
    ship(w, g, dt.date(2026, 3, 31), [(g_line, "1")])
    ship(w, a, dt.date(2026, 4, 2), [(a_line, "3")])
    ship(w, a, dt.date(2026, 4, 20), [(a_line, "1")], returning=True)
    ship(w, a, dt.date(2026, 4, 25), [(a_line, "2")], state="draft")
    ship(w, g, dt.date(2026, 4, 28), [(g_line, "1")])
    ship(w, f, dt.date(2026, 3, 16), [(fresh(f).lines[0].id, "2")], actor="sales5")
    w["s1"], w["s5"] = w["sales1"].id, w["sales5"].id
    w["t1"], w["t2"] = w["sales1"].team_id, w["sales5"].team_id
    return w


def test_revenue_counts_only_confirmed_orders_by_sign_date(world):
    m = world["manager"]
    assert kpi.revenue(m, MARCH) == {(): D("1339.99")}
    assert kpi.revenue(m, H1, ("salesperson", "month")) == {
        (world["s1"], M3): D("1139.99"), (world["s1"], M4): D("300.00"), (world["s5"], M3): D("200.00")}
    assert kpi.revenue(m, H1, ("team",)) == {(world["t1"],): D("1439.99"), (world["t2"],): D("200.00")}
    assert kpi.revenue(m, H1, ("industry",)) == {("制造业",): D("1439.99"), ("零售",): D("200.00")}
    assert kpi.revenue(m, Period.month(2026, 5)) == {(): D("0.00")}
    assert kpi.revenue(m, Period.month(2026, 5), ("month",)) == {}


def test_order_count_and_average_deal(world):
    m = world["manager"]
    assert kpi.order_count(m, MARCH, ("salesperson",)) == {(world["s1"],): 3, (world["s5"],): 1}
    # 1,139.99 / 3 = 379.9966… → 379.997 → 380.00
    assert kpi.average_deal_size(m, MARCH, ("salesperson",)) == {(world["s1"],): D("380.00"),
                                                                  (world["s5"],): D("200.00")}
    figures = kpi.deal_figures(m, H1, ("month",))
    assert figures[(M4,)] == kpi.DealFigures(D("300.00"), 1)


def test_collected_is_untaxed_per_payment(world):
    m = world["manager"]
    # 500 × 950 / 1073.50 = 442.4779 → 442.48; 573.50 × 950 / 1073.50 = 507.5221 → 507.52
    assert kpi.collected(m, H1, ("salesperson", "month")) == {
        (world["s1"], M3): D("442.48"), (world["s1"], M4): D("607.52"), (world["s5"], M3): D("200.00")}
    assert kpi.collected(m, APRIL, ("team",)) == {(world["t1"],): D("607.52")}


def test_shipped_amount_rounds_per_line_and_month_and_subtracts_returns(world):
    m = world["manager"]
    assert kpi.shipped_amount(m, H1, ("salesperson", "month")) == {
        (world["s1"], M3): D("439.99"), (world["s1"], M4): D("220.00"), (world["s5"], M3): D("200.00")}
    assert kpi.shipped_amount(m, H1) == {(): D("859.99")}
    assert kpi.shipped_amount(m, Q2, ("industry", "salesperson")) == {("制造业", world["s1"]): D("220.00")}
    assert kpi.shipped_amount(m, H1, ("team",)) == {(world["t1"],): D("659.99"), (world["t2"],): D("200.00")}


def test_scope_own_team_all(world):
    assert kpi.revenue(world["sales1"], H1, ("salesperson",)) == {(world["s1"],): D("1439.99")}
    assert kpi.collected(world["sales5"], H1) == {(): D("200.00")}
    assert kpi.shipped_amount(world["sup1"], H1, ("salesperson",)) == {(world["s1"],): D("659.99")}
    assert kpi.revenue(world["sup2"], H1, ("salesperson",)) == {(world["s5"],): D("200.00")}
    assert kpi.revenue(world["manager"], H1, salesperson_id=world["s5"]) == {(): D("200.00")}
    assert kpi.revenue(world["manager"], H1, team_id=world["t1"]) == {(): D("1439.99")}
    with pytest.raises(PermissionDenied):
        kpi.revenue(world["desk1"], H1)
    with pytest.raises(PermissionDenied):
        kpi.collected(world["admin"], H1)


def test_one_query_per_call(world):
    m = world["manager"]
    for function in (kpi.revenue, kpi.collected, kpi.shipped_amount, kpi.average_deal_size):
        with count_queries() as counter:
            function(m, H1, ("team", "month"))
        assert counter.count == 1, function.__name__


def test_bad_period_and_dimension(world):
    with pytest.raises(ValidationError):
        kpi.revenue(world["manager"], Period(dt.date(2026, 2, 1), dt.date(2026, 1, 1)))
    with pytest.raises(ValueError):
        kpi.revenue(world["manager"], H1, ("customer",))


def test_attainment_and_rounding(database):
    assert kpi.attainment(D("799.99"), D("1000.00")) == D("80.00")  # 79.999 → 80.00
    assert kpi.attainment(D("799.94"), D("1000.00")) == D("79.99")
    assert kpi.attainment(D("1"), D("3")) == D("33.33")
    assert kpi.attainment(D("5"), D("0")) is None and kpi.attainment(D("5"), None) is None

    def value(numerator: int, denominator: int) -> int:
        return int(Select(columns=[kpi.round_div(SQL(str(numerator)), SQL(str(denominator)))]).bind(db).scalar())

    assert [value(n, 10) for n in (5, 4, 15, -5, -4, -15, 0)] == [1, 0, 2, -1, 0, -2, 0]
