# ruff: noqa: F811  (pytest fixtures imported from test_kpi / test_report_kpi are parameters here)
"""A report narrowed to a team or a salesperson keeps that team's or person's rows with their figures
and totals; reports without a row per person cannot be narrowed; who may choose which scopes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.user import User
from app.reports.catalog import build_report
from app.reports.report_scope import Scope, can_narrow, narrow, scope_choices
from tests.unit.test_kpi import world  # noqa: F401
from tests.unit.test_report_kpi import more  # noqa: F401

D = Decimal
APRIL_FIRST = dt.date(2026, 4, 1)


def test_scope_choices_follow_the_role(more):
    manager = scope_choices(more["manager"])
    teams = [s for s in manager if s.kind == "team"]
    assert {s.id for s in teams} >= {more["t1"], more["t2"]}
    assert {more["s1"], more["s5"]} <= {s.id for s in manager if s.kind == "salesperson"}
    supervisor = scope_choices(more["sup1"])
    assert supervisor and all(s.kind == "salesperson" for s in supervisor)
    assert more["s1"] in {s.id for s in supervisor} and more["s5"] not in {s.id for s in supervisor}
    assert scope_choices(more["sales1"]) == []


def test_a_supervisor_who_sells_can_be_chosen(more):
    """A supervisor's orders put them in the ranking; the manager may narrow a report to them, and
    a supervisor to themselves (they were not offered: only role 'sales' was)."""
    sup1 = more["sup1"]
    assert ("salesperson", sup1.id) in {(s.kind, s.id) for s in scope_choices(more["manager"])}
    assert ("salesperson", sup1.id) in {(s.kind, s.id) for s in scope_choices(sup1)}
    assert ("salesperson", more["sup2"].id) not in {(s.kind, s.id) for s in scope_choices(sup1)}


def test_a_team_keeps_its_members_rows_and_totals(more):
    manager = more["manager"]
    team = next(s for s in scope_choices(manager) if s.kind == "team" and s.id == more["t2"])
    table = narrow(build_report(manager, "performance", 2026, 3, today=APRIL_FIRST), None, team)
    members = {u.display_name for u in User.select().where((User.team == more["t2"]) & (User.role == "sales"))}
    assert {r["name"] for r in table.rows} == members and more["sales5"].display_name in members
    assert more["sales1"].display_name not in members
    assert table.totals()["revenue"] == D("200.00") and table.scope == f"团队：{team.name}"
    by_team = narrow(build_report(manager, "sales", 2026, 3, "team"), "team", team)
    assert [(r["name"], r["revenue"]) for r in by_team.rows] == [(team.name, D("200.00"))]


def test_a_salesperson_keeps_their_row(more):
    person = Scope("salesperson", more["s1"], more["sales1"].display_name)
    table = narrow(build_report(more["manager"], "sales", 2026, None, "salesperson"), "salesperson", person)
    assert [(r["name"], r["revenue"]) for r in table.rows] == [(person.name, D("1439.99"))]


def test_reports_without_a_row_per_person_are_not_narrowed(more):
    team = Scope("team", more["t1"], "x")
    person = Scope("salesperson", more["s1"], "y")
    assert not can_narrow("sales", "month", team) and not can_narrow("funnel", None, person)
    assert not can_narrow("sales", "team", person) and can_narrow("sales", "team", team)
    with pytest.raises(ValueError):
        narrow(build_report(more["manager"], "funnel", 2026, 3), None, team)
