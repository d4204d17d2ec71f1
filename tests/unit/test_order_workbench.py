"""The order sections of the workbench: contracts ending within the renewal period (today and the
last day included, closed contracts too, cancelled and drafts not), overdue instalments, own on
"My work" and within the scope on "Monitoring"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.services import order_workbench
from app.services.workbench_board import monitoring_board, sales_board
from tests.unit.order_factories import confirmed, item, make_order, order_world

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def world(database):
    w = order_world()
    for days in (0, 30, 31, -1):
        confirmed(w, item(w), on=dt.date(2026, 5, 1), end_date=TODAY + dt.timedelta(days=days))
    make_order(w, item(w), end_date=TODAY)  # a draft: not sold
    confirmed(w, item(w, quantity="2"), actor="sales5", customer="c5", on=dt.date(2026, 5, 20), end_date=TODAY)
    return w


def test_renewals_within_the_period_own_and_in_scope(world):
    mine = order_workbench.my_renewals(world["sales1"], TODAY)
    assert [(r.end_date, r.days_left) for r in mine] == [(TODAY, 0), (TODAY + dt.timedelta(days=30), 30)]
    assert [r.salesperson for r in order_workbench.team_renewals(world["sup1"], TODAY)] == [
        world["sales1"].display_name] * 2
    assert len(order_workbench.team_renewals(world["manager"], TODAY)) == 3
    assert order_workbench.my_renewals(world["desk1"], TODAY) == []


def test_overdue_instalments_own_and_in_scope(world):
    mine = order_workbench.my_overdue(world["sales1"], TODAY)
    assert [(r.due_date, r.not_paid, r.days_overdue) for r in mine] == [
        (dt.date(2026, 5, 1), Decimal("113.00"), 31)] * 4
    team = order_workbench.team_overdue(world["manager"], TODAY)
    assert [r.not_paid for r in team][-1] == Decimal("226.00") and team[-1].days_overdue == 12


def test_the_boards_carry_the_sections(world):
    assert set(sales_board(world["sales1"]).extras) >= {"Contracts to renew", "Overdue instalments"}
    assert set(monitoring_board(world["manager"]).extras) >= {"Contracts to renew", "Overdue instalments"}
