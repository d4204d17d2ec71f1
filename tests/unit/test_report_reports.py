# ruff: noqa: F811  (pytest fixtures imported from test_kpi / test_report_kpi are parameters here)
"""Each report's rows against figures worked out by hand on test_report_kpi's world (orders,
payments, shipments, opportunities, follow-ups, commission statements in March and April 2026),
what a salesperson's reports contain (only their own rows), and `report NAME --json` parsed back
equal to the ReportTable."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from app.models.target import Target
from app.reports.catalog import REPORT_NAMES, build_report
from app.reports.funnel import funnel_report
from app.reports.performance import performance_report
from app.reports.report_table import table_from_json
from app.reports.sales_report import sales_report
from app.reports.targets_report import targets_report
from tests.unit.order_factories import confirmed, item
from tests.unit.test_cli import salesdesk
from tests.unit.test_kpi import world  # noqa: F401
from tests.unit.test_report_kpi import more  # noqa: F401

D = Decimal
APRIL_FIRST = dt.date(2026, 4, 1)


@pytest.fixture
def targets(more):
    """sales1: March target 1,000.00, April 500.00; the company's March 2,000.00."""
    Target.create(year=2026, month=3, level="salesperson", key=str(more["s1"]), amount=D("1000.00"))
    Target.create(year=2026, month=4, level="salesperson", key=str(more["s1"]), amount=D("500.00"))
    Target.create(year=2026, month=3, level="company", key="", amount=D("2000.00"))
    return more


def test_sales_by_salesperson_and_month(more):
    table = sales_report(more["manager"], 2026, 3, "salesperson")
    assert table.rows[0] == {"name": more["sales1"].display_name, "revenue": D("1139.99"), "collected": D("442.48"),
                             "orders": 3, "average_deal": D("380.00")}
    assert table.rows[1]["revenue"] == D("200.00") and table.rows[1]["collected"] == D("200.00")
    assert table.totals() == {"revenue": D("1339.99"), "collected": D("642.48"), "orders": 4}
    year = sales_report(more["manager"], 2026)
    assert len(year.rows) == 12 and year.rows[3] == {"name": "2026-04", "revenue": D("300.00"),
                                                     "collected": D("607.52"), "orders": 1, "average_deal": D("300.00")}
    assert year.rows[0]["revenue"] == D("0.00")


def test_targets_month_rows_and_cumulative(targets):
    table = targets_report(targets["manager"], 2026, by="salesperson", key=targets["s1"])
    march, april = table.rows[2], table.rows[3]
    assert march["target"] == D("1000.00") and march["actual"] == D("1139.99") and march["attainment"] == D("114.00")
    assert april["target"] == D("500.00") and april["actual"] == D("300.00") and april["attainment"] == D("60.00")
    assert april["cumulative_target"] == D("1500.00") and april["cumulative_actual"] == D("1439.99")
    assert april["cumulative_attainment"] == D("96.00")
    assert table.rows[0]["target"] is None and table.rows[0]["attainment"] is None  # no target: no attainment
    company = targets_report(targets["manager"], 2026, 3)
    assert company.rows == ({"name": "全公司", "month": "2026-03", "target": D("2000.00"), "actual": D("1339.99"),
                             "attainment": D("67.00"), "last_year": D("0.00"), "cumulative_target": D("2000.00"),
                             "cumulative_actual": D("1339.99"), "cumulative_attainment": D("67.00")},)


def test_targets_by_salesperson_add_up_to_the_company_with_a_seller_without_target(targets):
    """A supervisor who sells has no line on the target screen (no target, not a 'sales' user): the
    report by salesperson gives them a row without target, so its actual adds up to the company's
    and the team's (their revenue was missing from the rows, though counted in the totals above)."""
    confirmed(targets, item(targets, price="150.00"), actor="sup1", customer="c1", on=dt.date(2026, 3, 20))
    people = targets_report(targets["manager"], 2026, 3, by="salesperson")
    company = targets_report(targets["manager"], 2026, 3)
    supervisor = targets["sup1"].display_name
    row = next(r for r in people.rows if r["name"] == supervisor)
    assert (row["target"], row["actual"], row["attainment"]) == (None, D("150.00"), None)
    assert people.totals()["actual"] == company.totals()["actual"] == D("1489.99")
    teams = targets_report(targets["manager"], 2026, 3, by="team")
    assert teams.totals()["actual"] == D("1489.99")
    own = targets_report(targets["sup1"], 2026, 3, by="salesperson")
    assert supervisor in [r["name"] for r in own.rows]
    alone = build_report(targets["manager"], "targets", 2026, 3, salesperson_id=targets["sup1"].id)
    assert [(r["name"], r["actual"]) for r in alone.rows] == [(supervisor, D("150.00"))]


def test_performance_of_a_salesperson_is_their_own_row(targets):
    table = performance_report(targets["sales1"], 2026, 3, today=APRIL_FIRST)
    assert table.rows == ({"rank": 1, "name": targets["sales1"].display_name, "team": table.rows[0]["team"],
                           "revenue": D("1139.99"), "collected": D("442.48"), "orders": 3, "average_deal": D("380.00"),
                           "target": D("1000.00"), "attainment": D("114.00"), "win_rate": D("66.67"),
                           "lead_conversion": D("0.00"), "follow_ups": 3, "sales_cycle": D("8.50"),
                           "pipeline": D("5000.00"), "receivable": D("428.99"), "overdue": D("89.99"),
                           "commission": D("123.45")},)
    everyone = performance_report(targets["manager"], 2026, 3, today=APRIL_FIRST)
    assert [r["revenue"] for r in everyone.rows[:2]] == [D("1139.99"), D("200.00")]
    second = everyone.rows[1]
    assert (second["win_rate"], second["sales_cycle"], second["lead_conversion"], second["target"]) == (
        D("0.00"), None, D("100.00"), None)
    assert everyone.totals()["commission"] == D("129.00")


def test_a_past_years_ranking_names_the_day_of_its_receivables(targets):
    """Receivable and overdue are today's balances whatever the period (kpi: there is no past
    balance): a year without orders (2020) still shows them, so their titles say as of when."""
    past = performance_report(targets["manager"], 2020, today=APRIL_FIRST)
    assert past.column("receivable").title == "应收（截至2026-04-01）"
    assert past.column("overdue").title == "逾期（截至2026-04-01）"
    assert past.column("revenue").title == "销售额"
    march = performance_report(targets["manager"], 2026, 3, today=APRIL_FIRST)
    assert past.totals()["revenue"] == D("0.00")
    assert past.totals()["receivable"] == march.totals()["receivable"] == D("428.99")


def test_funnel_stages_and_lost_reasons(more):
    rows = funnel_report(more["manager"], 2026, 3).rows
    stages = {r["stage"]: r for r in rows if r["section"] == "阶段"}
    assert stages["初步接洽"]["reached"] == 6 and stages["初步接洽"]["amount"] == D("1234.56")
    assert [stages[s]["conversion"] for s in ("需求确认", "方案报价", "商务谈判", "赢单")] == [
        D("50.00"), D("100.00"), D("100.00"), D("66.67")]
    assert stages["输单"]["count"] == 2
    assert [(r["stage"], r["count"]) for r in rows if r["section"] == "输单原因"] == [("交期太长", 1), ("价格太高", 1)]


def test_salesperson_sees_only_own_rows(more):
    me = more["sales1"].display_name
    for name in ("sales", "customers", "shipments", "receivables", "commissions"):
        by = "salesperson"
        table = build_report(more["sales1"], name, 2026, 3, by, today=APRIL_FIRST)
        assert {r["name"] for r in table.rows} <= {me}, name
    assert build_report(more["sales1"], "performance", 2026, 3).scope == f"本人：{me}"


def test_every_report_builds_for_the_manager(more):
    for name in REPORT_NAMES:
        table = build_report(more["manager"], name, 2026, None, None, today=APRIL_FIRST)
        assert table.name == name and all(set(r) <= {c.key for c in table.columns} for r in table.rows)


def test_cli_json_reads_back_equal(more, db_target):
    result = salesdesk("--db", db_target, "report", "performance", "--year", "2026", "--month", "3", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["report"] == "performance" and data["totals"]["revenue"] == "1339.99"
    assert table_from_json(data) == build_report(more["manager"], "performance", 2026, 3)
    result = salesdesk("--db", db_target, "report", "funnel", "--year", "2026", "--by", "team")
    assert result.returncode == 2


def test_customers_by_source_are_named_in_chinese(more):
    from app.models.customer import Customer
    from app.services.customer_import_columns import SOURCE_LABELS

    table = build_report(more["manager"], "customers", 2026, by="source")
    stored = {c.source for c in Customer.select(Customer.source)} - {None, ""}
    assert stored and not stored & {row["name"] for row in table.rows}  # no English code shown
    assert {row["name"] for row in table.rows} <= {*SOURCE_LABELS.values(), "（未填）"}
