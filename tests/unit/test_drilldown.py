# ruff: noqa: F811  (pytest fixtures imported from test_kpi / test_report_kpi are parameters here)
"""The rows behind a report figure add up to that figure: every drillable cell of the performance,
sales, targets, shipments and commission reports on test_report_kpi's world (orders, payments,
follow-ups, opportunities, shipments and statements in March and April 2026), for a month and the
year; what the rows are; a salesperson never reaches another's rows; names that do not single out
one person are not drilled into."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.target import Target
from app.models.user import User
from app.reports.catalog import build_report
from app.reports.drilldown import (
    DRILLABLE,
    DrillRequest,
    drill_down,
    drillable_columns,
    request_for_cell,
    shown_period,
)
from app.reports.kpi import Period
from tests.unit.test_kpi import world  # noqa: F401
from tests.unit.test_report_kpi import more  # noqa: F401

D = Decimal
APRIL_FIRST = dt.date(2026, 4, 1)


def drilled_cells(actor, name, year, month=None, by=None, today=APRIL_FIRST):
    """(row, column, figure in the report, the drill-down) for every drillable non-zero cell."""
    table = build_report(actor, name, year, month, by, today=today)
    found = []
    for index, row in enumerate(table.rows):
        for key in DRILLABLE[name]:
            request = request_for_cell(actor, table, index, key, year=year, month=month, by=by, today=today)
            if request is not None:
                found.append((row, key, row[key], drill_down(actor, request)))
    return found


@pytest.mark.parametrize("month", [3, None])
def test_performance_figures_equal_their_rows(more, month):
    cells = drilled_cells(more["manager"], "performance", 2026, month)
    drilled = {(row["name"], key) for row, key, _figure, _detail in cells}
    for person in (more["sales1"].display_name, more["sales5"].display_name):
        for key in ("revenue", "collected", "orders", "follow_ups", "pipeline", "commission"):
            assert (person, key) in drilled
    assert (more["sales1"].display_name, "overdue") in drilled  # G's instalment, due 03-01
    for row, key, figure, detail in cells:
        assert not detail.truncated
        assert detail.figure() == figure, (row["name"], key)


def test_revenue_rows_are_the_orders(more):
    table = build_report(more["manager"], "performance", 2026, 3, today=APRIL_FIRST)
    index = next(i for i, r in enumerate(table.rows) if r["name"] == more["sales1"].display_name)
    request = request_for_cell(more["manager"], table, index, "revenue", year=2026, month=3, today=APRIL_FIRST)
    assert request == DrillRequest("revenue", Period.month(2026, 3), salesperson_id=more["s1"],
                                   label=more["sales1"].display_name, today=APRIL_FIRST)
    detail = drill_down(more["manager"], request)
    # G 03-01 89.99, A 03-10 950.00, B 03-20 100.00; the draft and the cancelled order are not there
    assert [(r["sign_date"], r["net_total"]) for r in detail.rows] == [
        (dt.date(2026, 3, 1), D("89.99")), (dt.date(2026, 3, 10), D("950.00")), (dt.date(2026, 3, 20), D("100.00"))]
    assert detail.figure() == D("1139.99") == table.rows[index]["revenue"]
    assert detail.as_table().totals() == {"net_total": D("1139.99")}
    orders = request_for_cell(more["manager"], table, index, "orders", year=2026, month=3, today=APRIL_FIRST)
    assert drill_down(more["manager"], orders).figure() == 3


def test_collected_rows_are_untaxed_payments(more):
    detail = drill_down(more["manager"], DrillRequest("collected", Period.year(2026), salesperson_id=more["s1"]))
    assert [(r["pay_date"], r["amount"], r["untaxed"]) for r in detail.rows] == [
        (dt.date(2026, 3, 25), D("500.00"), D("442.48")), (dt.date(2026, 4, 2), D("113.00"), D("100.00")),
        (dt.date(2026, 4, 10), D("573.50"), D("507.52"))]
    assert detail.figure() == D("1050.00")


def test_follow_ups_count_the_period_edges(more):
    detail = drill_down(more["manager"], DrillRequest("follow_ups", Period.month(2026, 3), salesperson_id=more["s1"]))
    assert [r["at"] for r in detail.rows] == ["2026-03-01 00:00", "2026-03-15 12:00", "2026-03-31 23:59"]
    assert detail.figure() == 3


@pytest.mark.parametrize("by", ["month", "salesperson", "team"])
def test_sales_figures_equal_their_rows(more, by):
    cells = drilled_cells(more["manager"], "sales", 2026, None, by)
    assert {key for _row, key, _f, _d in cells} == {"revenue", "collected", "orders"}
    for row, key, figure, detail in cells:
        assert detail.figure() == figure, (row["name"], key)


def test_targets_actual_and_cumulative_equal_their_rows(more):
    Target.create(year=2026, month=3, level="salesperson", key=str(more["s1"]), amount=D("1000.00"))
    for by in ("company", "team", "salesperson"):
        cells = drilled_cells(more["manager"], "targets", 2026, None, by)
        keys = {(row["month"], key) for row, key, _f, _d in cells}
        assert ("2026-04", "cumulative_actual") in keys and ("2026-03", "actual") in keys, by
        for row, key, figure, detail in cells:
            assert detail.figure() == figure, (by, row["name"], row["month"], key)


def test_shipments_and_commissions_equal_their_rows(more):
    for by in ("month", "salesperson", "team"):
        for row, key, figure, detail in drilled_cells(more["manager"], "shipments", 2026, None, by):
            assert detail.figure() == figure, (by, row["name"], key)
    cells = drilled_cells(more["manager"], "commissions", 2026)
    assert sorted(f for _r, _k, f, _d in cells) == [D("5.55"), D("133.45")]
    assert all(d.figure() == f for _r, _k, f, d in cells)


def test_a_months_commission_opens_its_statement(more):
    """The month's commissions report offers its commission figures for a double-click (drillable
    column) like the year's: each opens the salesperson's statement, whose total is the figure (it
    gave no request, so the screen said 'No rows can be listed' on a cell it marked drillable)."""
    table = build_report(more["manager"], "commissions", 2026, 3, today=APRIL_FIRST)
    figures = [row["commission"] for row in table.rows if row["commission"]]
    cells = drilled_cells(more["manager"], "commissions", 2026, 3)
    assert figures and sorted(f for _r, _k, f, _d in cells) == sorted(figures)
    assert all(d.figure() == f and len(d.rows) == 1 for _r, _k, f, d in cells)


def test_a_salesperson_sees_only_their_own_rows(more):
    me = more["sales1"]
    cells = drilled_cells(me, "performance", 2026, 3)
    assert cells and all(row["name"] == me.display_name and detail.figure() == figure
                         for row, _key, figure, detail in cells)
    # asking for someone else's rows gives the asker's own, never the other's
    detail = drill_down(me, DrillRequest("revenue", Period.month(2026, 3), salesperson_id=more["s5"]))
    assert detail.rows == ()
    everyone = drill_down(me, DrillRequest("revenue", Period.month(2026, 3)))
    assert {r["salesperson"] for r in everyone.rows} == {me.display_name}


def test_a_shared_name_is_not_drilled_into(more):
    table = build_report(more["manager"], "performance", 2026, 3, today=APRIL_FIRST)
    index = next(i for i, r in enumerate(table.rows) if r["name"] == more["sales1"].display_name)
    User.update(display_name=more["sales1"].display_name).where(User.id == more["s5"]).execute()
    assert request_for_cell(more["manager"], table, index, "revenue", year=2026, month=3) is None
    assert request_for_cell(more["manager"], table, index, "win_rate", year=2026, month=3) is None


def test_truncated_lists_say_so(more):
    detail = drill_down(more["manager"], DrillRequest("revenue", Period.month(2026, 3)), limit=2)
    assert len(detail.rows) == 2 and detail.truncated


def test_receivable_and_overdue_name_the_day_not_the_reports_month(more):
    """Receivable and overdue are today's balances: their rows (instalments due months before) are
    named 截至<today> where they were headed with the report's month (2026年3月)."""
    table = build_report(more["manager"], "performance", 2026, 3, today=APRIL_FIRST)
    row = [r["name"] for r in table.rows].index(more["sales1"].display_name)
    for key in ("receivable", "overdue"):
        request = request_for_cell(more["manager"], table, row, key, year=2026, month=3, today=APRIL_FIRST)
        detail = drill_down(more["manager"], request)
        assert detail.figure() == table.rows[row][key] > 0
        assert shown_period(request) == detail.as_table().period == "截至2026-04-01"
    revenue = request_for_cell(more["manager"], table, row, "revenue", year=2026, month=3, today=APRIL_FIRST)
    assert shown_period(revenue) == drill_down(more["manager"], revenue).as_table().period == "2026年3月"


def test_the_receivables_report_by_salesperson_drills_like_the_ranking(more):
    """The aging report's receivable and overdue per salesperson open the owing orders and the
    uncovered instalments, adding up to the figure (as the ranking's do); by customer they offer none."""
    table = build_report(more["manager"], "receivables", 2026, today=APRIL_FIRST)
    assert drillable_columns(table) == ("receivable", "overdue")
    cells = drilled_cells(more["manager"], "receivables", 2026)
    assert {(row["name"], key) for row, key, _f, _d in cells} >= {(more["sales1"].display_name, "receivable"),
                                                                   (more["sales1"].display_name, "overdue")}
    assert all(d.figure() == f for _r, _k, f, d in cells)
    ranking = build_report(more["manager"], "performance", 2026, 3, today=APRIL_FIRST)
    mine = next(r for r in ranking.rows if r["name"] == more["sales1"].display_name)
    assert {k: f for row, k, f, _d in cells if row["name"] == mine["name"]} == {
        "receivable": mine["receivable"], "overdue": mine["overdue"]}
    by_customer = build_report(more["manager"], "receivables", 2026, by="customer", today=APRIL_FIRST)
    assert drillable_columns(by_customer) == ()
    assert request_for_cell(more["manager"], by_customer, 0, "receivable", year=2026, by="customer",
                            today=APRIL_FIRST) is None
