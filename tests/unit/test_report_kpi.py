"""The KPIs added for reports against hand-computed figures: win rate and average sales cycle,
pipeline value, leads received and converted, new customers, follow-ups, freight and packaging,
receivable and overdue, commission; grouping, scope, one query per call, empty periods."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from playhouse.test_utils import count_queries

from app.models.activity import FollowUp
from app.models.commission import CommissionStatement
from app.models.customer import Customer
from app.models.opportunity import Opportunity
from app.models.order import Shipment
from app.reports import kpi
from app.reports.kpi import Fees, LeadFigures, Period, Receivable, WinFigures
from tests.unit.customer_factories import add_customer
from tests.unit.test_kpi import world  # noqa: F401  (the orders, payments and shipments of test_kpi)

D = Decimal
MARCH, APRIL = Period.month(2026, 3), Period.month(2026, 4)
Q2, H1 = Period(dt.date(2026, 4, 1), dt.date(2026, 6, 30)), Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
M3, M4 = dt.date(2026, 3, 1), dt.date(2026, 4, 1)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def opportunity(w, owner, stage, created, closed=None, amount="0", reason="", customer="c1"):
    return Opportunity.create(customer=w[customer], title=f"{stage} {created}", amount=D(amount), stage=stage,
                              owner=w[owner], created_at=at(created), closed_at=at(closed) if closed else None,
                              lost_reason=reason)


@pytest.fixture
def more(world):  # noqa: F811
    """On top of test_kpi's world (orders of sales1 on c1, sales5 on c5):
    customers c1 created 02-10, c5 03-05, c6 (sales1, no order) 03-20, c7 (pool) 03-21;
    opportunities of sales1: won 02-25 → 03-10 (13 days), won 03-01 → 03-05 (4 days), lost 03-20
    (价格太高), won 03-30 → 04-02 (3 days), open negotiate 5,000.00 (03-15), open demo 700.00 (04-10);
    of sales5: lost 03-18 (交期太长), open qualify 1,234.56 (03-02);
    follow-ups: sales1 three in March (first and last second included), one 04-01; sales5 one in March;
    every shipment that left: freight 10.00, packaging 2.50;
    commission statements: sales1 2026-03 123.45, 2026-04 10.00; sales5 2026-03 5.55."""
    w = world
    Customer.update(created_at=at("2026-02-10 09:00")).where(Customer.id == w["c1"]).execute()
    Customer.update(created_at=at("2026-03-05 09:00")).where(Customer.id == w["c5"]).execute()
    w["c6"] = add_customer(w["sales1"], "杭州丙公司", owner=w["sales1"])
    w["c7"] = add_customer(w["manager"], "南京丁公司")
    Customer.update(created_at=at("2026-03-20 10:00")).where(Customer.id == w["c6"]).execute()
    Customer.update(created_at=at("2026-03-21 10:00"), owner=None).where(Customer.id == w["c7"]).execute()
    opportunity(w, "sales1", "won", "2026-02-25 10:00", "2026-03-10 09:00", "1000")
    opportunity(w, "sales1", "won", "2026-03-01 08:00", "2026-03-05 23:59")
    opportunity(w, "sales1", "lost", "2026-03-02 08:00", "2026-03-20 10:00", reason="价格太高")
    opportunity(w, "sales1", "won", "2026-03-30 08:00", "2026-04-02 10:00")
    opportunity(w, "sales1", "negotiate", "2026-03-15 08:00", amount="5000")
    opportunity(w, "sales1", "demo", "2026-04-10 08:00", amount="700")
    opportunity(w, "sales5", "lost", "2026-03-03 08:00", "2026-03-18 10:00", reason="交期太长", customer="c5")
    opportunity(w, "sales5", "qualify", "2026-03-02 08:00", amount="1234.56", customer="c5")
    for user, when in [("sales1", "2026-03-01 00:00"), ("sales1", "2026-03-15 12:00"),
                       ("sales1", "2026-03-31 23:59:59"),
                       ("sales1", "2026-04-01 00:00"), ("sales5", "2026-03-09 10:00")]:
        FollowUp.create(customer=w["c1"] if user == "sales1" else w["c5"], user=w[user], at=at(when))
    Shipment.update(freight=D("10.00"), packaging=D("2.50")).where(Shipment.state != "draft").execute()
    for user, month, total in [("sales1", 3, "123.45"), ("sales1", 4, "10.00"), ("sales5", 3, "5.55")]:
        CommissionStatement.create(salesperson=w[user], year=2026, month=month, total=D(total))
    return w


def test_win_rate_and_sales_cycle(more):
    m, s1, s5 = more["manager"], more["s1"], more["s5"]
    assert kpi.win_figures(m, MARCH, ("salesperson",)) == {(s1,): WinFigures(2, 1, 17), (s5,): WinFigures(0, 1, 0)}
    assert kpi.win_rate(m, MARCH, ("salesperson",)) == {(s1,): D("66.67"), (s5,): D("0.00")}
    assert kpi.win_rate(m, MARCH) == {(): D("50.00")}
    assert kpi.average_sales_cycle(m, MARCH, ("salesperson",)) == {(s1,): D("8.50"), (s5,): None}
    assert kpi.average_sales_cycle(m, Q2) == {(): D("3.00")}
    assert kpi.win_figures(m, H1, ("month",)) == {(M3,): WinFigures(2, 2, 17), (M4,): WinFigures(1, 0, 3)}
    assert kpi.win_rate(m, Period.month(2026, 5)) == {(): None}
    assert kpi.win_rate(m, Period.month(2026, 5), ("salesperson",)) == {}


def test_pipeline_value(more):
    m, s1, s5 = more["manager"], more["s1"], more["s5"]
    assert kpi.pipeline_value(m, MARCH, ("salesperson",)) == {(s1,): D("5000.00"), (s5,): D("1234.56")}
    assert kpi.pipeline_value(m, H1) == {(): D("6934.56")}
    assert kpi.pipeline_value(m, Period.month(2026, 1)) == {(): D("0.00")}


def test_leads_conversion_and_new_customers(more):
    m, s1, s5 = more["manager"], more["s1"], more["s5"]
    # March: c5 (converted by F, 03-15), c6 (no order), c7 (pool, no order)
    assert kpi.lead_figures(m, MARCH) == {(): LeadFigures(3, 1)}
    assert kpi.lead_conversion_rate(m, MARCH, ("salesperson",)) == {(s1,): D("0.00"), (s5,): D("100.00"),
                                                                     (None,): D("0.00")}
    assert kpi.lead_conversion_rate(m, H1) == {(): D("50.00")}  # + c1 in February: 2 of 4
    assert kpi.lead_figures(m, Period.month(2026, 2)) == {(): LeadFigures(1, 0)}  # c1's orders come in March
    assert kpi.lead_conversion_rate(m, Period.month(2026, 5)) == {(): None}
    # first revenue orders: c1's G (03-01; the cancelled and draft orders never count), c5's F (03-15)
    assert kpi.new_customers(m, H1, ("month",)) == {(M3,): 2}
    assert kpi.new_customers(m, APRIL) == {(): 0}
    assert kpi.new_customers(m, H1, ("salesperson",)) == {(s1,): 1, (s5,): 1}


def test_follow_ups(more):
    m, s1, s5 = more["manager"], more["s1"], more["s5"]
    assert kpi.follow_ups(m, MARCH, ("salesperson",)) == {(s1,): 3, (s5,): 1}
    assert kpi.follow_ups(m, H1, ("month",)) == {(M3,): 4, (M4,): 1}
    assert kpi.follow_ups(m, Period.month(2026, 5)) == {(): 0}


def test_freight_and_packaging_count_returns_not_drafts(more):
    m, s1, s5 = more["manager"], more["s1"], more["s5"]
    assert kpi.shipping_fees(m, MARCH, ("salesperson",)) == {(s1,): Fees(D("30.00"), D("7.50")),
                                                             (s5,): Fees(D("10.00"), D("2.50"))}
    # April: A 3 shipped, A's return, G 1 m; A's draft does not count
    assert kpi.shipping_fees(m, APRIL) == {(): Fees(D("30.00"), D("7.50"))}


def test_receivable_and_overdue(more):
    m, s1 = more["manager"], more["s1"]
    # A, B, F paid in full; G 89.99 (a line without tax) due 03-01, E 339.00 due 04-05
    assert kpi.receivable(m, dt.date(2026, 4, 1)) == {(s1,): Receivable(D("428.99"), D("89.99"))}
    assert kpi.receivable(m, dt.date(2026, 5, 1), ()) == {(): Receivable(D("428.99"), D("428.99"))}
    assert kpi.receivable(more["sales5"], dt.date(2026, 5, 1)) == {}


def test_commission(more):
    m, s1, s5 = more["manager"], more["s1"], more["s5"]
    assert kpi.commission(m, MARCH, ("salesperson",)) == {(s1,): D("123.45"), (s5,): D("5.55")}
    assert kpi.commission(m, H1, ("month",)) == {(M3,): D("129.00"), (M4,): D("10.00")}
    assert kpi.commission(m, Period(dt.date(2026, 3, 15), dt.date(2026, 4, 30))) == {(): D("10.00")}
    assert kpi.commission(m, H1, ("team",)) == {(more["t1"],): D("133.45"), (more["t2"],): D("5.55")}
    assert kpi.commission(m, Period.month(2026, 5)) == {(): D("0.00")}


def test_scope_own_team_all(more):
    s1, s5 = more["s1"], more["s5"]
    assert kpi.win_figures(more["sales1"], MARCH, ("salesperson",)) == {(s1,): WinFigures(2, 1, 17)}
    assert kpi.follow_ups(more["sales5"], MARCH) == {(): 1}
    assert kpi.lead_figures(more["sup2"], MARCH, ("salesperson",)) == {(s5,): LeadFigures(1, 1)}
    assert kpi.pipeline_value(more["sup1"], H1, ("salesperson",)) == {(s1,): D("5700.00")}
    assert kpi.commission(more["sales1"], H1) == {(): D("133.45")}
    assert kpi.shipping_fees(more["sales5"], H1) == {(): Fees(D("10.00"), D("2.50"))}
    assert kpi.new_customers(more["sales5"], H1) == {(): 1}


def test_one_query_per_call_and_dimensions(more):
    m = more["manager"]
    for function in (kpi.win_figures, kpi.pipeline_value, kpi.lead_figures, kpi.new_customers, kpi.follow_ups,
                     kpi.shipping_fees, kpi.commission):
        with count_queries() as counter:
            function(m, H1, ("team", "month"))
        assert counter.count == 1, function.__name__
    assert kpi.lead_figures(m, MARCH, ("industry",)) == {("",): LeadFigures(2, 0), ("零售",): LeadFigures(1, 1)}
    assert kpi.lead_figures(m, MARCH, ("team",)) == {(more["t1"],): LeadFigures(1, 0), (more["t2"],): LeadFigures(1, 1),
                                                     (None,): LeadFigures(1, 0)}
    with pytest.raises(ValueError):
        kpi.commission(m, H1, ("industry",))
