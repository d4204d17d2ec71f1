# ruff: noqa: F811  (pytest fixtures imported from test_kpi / test_report_kpi are parameters here)
"""Reports by month, source ... and the funnel narrowed to one salesperson or team (`build_report(...,
salesperson_id=, team_id=)`) on test_report_kpi's world: the figures are the person's own (worked out
by hand in test_kpi, and the same as the report that person sees), the scope line names them,
narrowing never widens what the user sees (a supervisor cannot pick another team's person), a
drill-down from a narrowed month lists only their rows, and the command line's --salesperson /
--team give build_report's table."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from app.models.user import Team
from app.reports.catalog import build_report
from app.reports.drilldown import drill_down, request_for_cell
from app.reports.report_table import table_from_json
from app.services.errors import PermissionDenied
from tests.unit.test_cli import salesdesk
from tests.unit.test_kpi import world  # noqa: F401
from tests.unit.test_report_kpi import more  # noqa: F401
from tests.unit.test_report_reports import targets  # noqa: F401

D = Decimal
ZERO = D("0.00")


def months(table) -> dict[str, tuple]:
    """{month: (revenue, collected, orders, average deal)} of the months with figures."""
    return {r["name"]: (r["revenue"], r["collected"], r["orders"], r["average_deal"]) for r in table.rows
            if r["revenue"] or r["collected"] or r["orders"]}


def test_sales_by_month_narrowed_to_a_salesperson_are_their_own_figures(more):
    manager = more["manager"]
    table = build_report(manager, "sales", 2026, None, "month", salesperson_id=more["s1"])
    # test_kpi: sales1 signed A 950.00 + B 100.00 + G 89.99 in March (3 orders, 1,139.99 / 3 → 380.00)
    # and E 300.00 in April; collected 442.48 in March, 100.00 + 507.52 in April.
    assert months(table) == {"2026-03": (D("1139.99"), D("442.48"), 3, D("380.00")),
                             "2026-04": (D("300.00"), D("607.52"), 1, D("300.00"))}
    assert len(table.rows) == 12 and table.scope == f"销售员：{more['sales1'].display_name}"
    assert table.totals()["revenue"] == D("1439.99")
    # the same figures as the report sales1 sees of themselves
    own = build_report(more["sales1"], "sales", 2026, None, "month")
    assert table.rows == own.rows
    five = build_report(manager, "sales", 2026, 3, salesperson_id=more["s5"])
    assert months(five) == {"2026-03": (D("200.00"), D("200.00"), 1, D("200.00"))}
    everyone = build_report(manager, "sales", 2026, 3)
    assert everyone.totals()["revenue"] == D("1339.99") and everyone.scope == "全公司"


def test_a_team_narrows_the_month_reports_to_its_people(more):
    manager = more["manager"]
    team = Team.get_by_id(more["t2"])
    table = build_report(manager, "sales", 2026, None, team_id=team.id)
    assert months(table) == {"2026-03": (D("200.00"), D("200.00"), 1, D("200.00"))}
    assert table.scope == f"团队：{team.name}"
    # shipments by month: F 2 × 100.00 in March, freight 10.00 and packaging 2.50 per shipment
    shipped = build_report(manager, "shipments", 2026, 3, team_id=team.id)
    assert [(r["shipped"], r["freight"], r["packaging"]) for r in shipped.rows] == [
        (D("200.00"), D("10.00"), D("2.50"))]


@pytest.mark.parametrize(("name", "by"), [("funnel", None), ("customers", "month"), ("customers", "source"),
                                          ("shipments", "month"), ("sales", "month")])
def test_a_narrowed_report_is_the_one_that_salesperson_sees(more, name, by):
    for person, key in ((more["sales1"], "s1"), (more["sales5"], "s5")):
        narrowed = build_report(more["manager"], name, 2026, 3, by, salesperson_id=more[key])
        own = build_report(person, name, 2026, 3, by)
        assert narrowed.rows == own.rows, (name, by, key)
        assert narrowed.scope == f"销售员：{person.display_name}"
    funnel = build_report(more["manager"], "funnel", 2026, 3, salesperson_id=more["s5"])
    stages = {r["stage"]: (r["count"], r["amount"]) for r in funnel.rows if r["section"] == "阶段"}
    assert stages["初步接洽"] == (1, D("1234.56")) and stages["输单"] == (1, ZERO)


def test_the_company_targets_narrowed_show_the_persons_line(targets):
    table = build_report(targets["manager"], "targets", 2026, 3, "company", salesperson_id=targets["s1"])
    assert [(r["name"], r["target"], r["actual"]) for r in table.rows] == [
        (targets["sales1"].display_name, D("1000.00"), D("1139.99"))]
    assert table.scope == f"销售员：{targets['sales1'].display_name}"


def test_narrowing_never_reaches_beyond_what_the_user_sees(more):
    sup1 = more["sup1"]  # team 1: sales1's supervisor, not sales5's
    mine = build_report(sup1, "sales", 2026, 3, salesperson_id=more["s1"])
    assert months(mine) == {"2026-03": (D("1139.99"), D("442.48"), 3, D("380.00"))}
    with pytest.raises(PermissionDenied):
        build_report(sup1, "sales", 2026, 3, salesperson_id=more["s5"])
    with pytest.raises(PermissionDenied):
        build_report(sup1, "sales", 2026, 3, team_id=more["t2"])
    with pytest.raises(PermissionDenied):
        build_report(more["sales1"], "funnel", 2026, 3, salesperson_id=more["s5"])
    with pytest.raises(PermissionDenied):
        build_report(more["sales1"], "sales", 2026, 3, team_id=more["t1"])
    own = build_report(more["sales1"], "sales", 2026, 3, salesperson_id=more["s1"])
    assert own.rows == build_report(more["sales1"], "sales", 2026, 3).rows
    with pytest.raises(ValueError):
        build_report(more["manager"], "sales", 2026, 3, salesperson_id=more["s1"], team_id=more["t1"])
    with pytest.raises(ValueError):  # receivables by customer has no rows per person to keep
        build_report(more["manager"], "receivables", 2026, by="customer", salesperson_id=more["s1"])


def test_per_person_reports_keep_the_persons_row(more):
    table = build_report(more["manager"], "performance", 2026, 3, today=dt.date(2026, 4, 1),
                         salesperson_id=more["s5"])
    assert [(r["name"], r["revenue"], r["rank"]) for r in table.rows] == [
        (more["sales5"].display_name, D("200.00"), 2)]  # the company-wide rank stays


def test_a_narrowed_month_drills_into_the_persons_rows(more):
    manager = more["manager"]
    table = build_report(manager, "sales", 2026, None, "month", salesperson_id=more["s5"])
    march = [r["name"] for r in table.rows].index("2026-03")
    request = request_for_cell(manager, table, march, "revenue", year=2026, by="month",
                               salesperson_id=more["s5"])
    detail = drill_down(manager, request)
    assert detail.figure() == D("200.00") and {r["salesperson"] for r in detail.rows} == {
        more["sales5"].display_name}
    paid = drill_down(manager, request_for_cell(manager, table, march, "collected", year=2026, by="month",
                                                salesperson_id=more["s5"]))
    assert paid.figure() == D("200.00")


def test_the_command_line_narrows_like_build_report(more, db_target):
    result = salesdesk("--db", db_target, "report", "sales", "--year", "2026", "--salesperson", "sales5", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = build_report(more["manager"], "sales", 2026, None, salesperson_id=more["s5"])
    assert table_from_json(data) == expected and data["totals"]["revenue"] == "200.00"
    assert data["scope"] == f"销售员：{more['sales5'].display_name}"
    team = Team.get_by_id(more["t1"]).name
    result = salesdesk("--db", db_target, "report", "funnel", "--year", "2026", "--month", "3", "--team", team,
                       "--json")
    assert result.returncode == 0, result.stderr
    assert table_from_json(json.loads(result.stdout)) == build_report(more["manager"], "funnel", 2026, 3,
                                                                      team_id=more["t1"])
    refused = salesdesk("--db", db_target, "report", "sales", "--year", "2026", "--user", "sup1",
                        "--salesperson", "sales5")
    assert refused.returncode == 1 and "salesdesk:" in refused.stderr and not refused.stdout
    unknown = salesdesk("--db", db_target, "report", "sales", "--year", "2026", "--team", "没有这个团队")
    assert unknown.returncode == 1 and "没有这个团队" in unknown.stderr
    both = salesdesk("--db", db_target, "report", "sales", "--year", "2026", "--team", team, "--salesperson",
                     "sales1")
    assert both.returncode == 2


def test_the_front_desk_report_narrowed_counts_who_was_routed_to_them(more):
    from app.models.activity import Call, Visit

    manager = more["manager"]
    at = dt.datetime(2026, 3, 10, 10, 0)
    for person, party in ((more["sales1"], 3), (more["sales1"], 1), (more["sales5"], 2), (None, 4)):
        Visit.create(arrived_at=at, visitor_name="访客", party_size=party, route="owner" if person else "pool",
                     routed_to=person, received_by=manager)
    for person in (more["sales1"], more["sales5"], more["sales5"]):
        Call.create(at=at, route="owner", routed_to=person, taken_by=manager)
    every = build_report(manager, "reception", 2026)
    one = build_report(manager, "reception", 2026, salesperson_id=more["s1"])
    team = build_report(manager, "reception", 2026, team_id=more["t2"])
    march = next(r for r in every.rows if r["name"] == "2026-03")
    assert (march["visits"], march["visitors"], march["calls"]) == (4, 10, 3)
    assert [(r["visits"], r["visitors"], r["calls"]) for r in one.rows if r["visits"] or r["calls"]] == [(2, 4, 1)]
    assert [(r["visits"], r["visitors"], r["calls"]) for r in team.rows if r["visits"] or r["calls"]] == [(1, 2, 2)]
    assert one.scope == f"销售员：{more['sales1'].display_name}"
