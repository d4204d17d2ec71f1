"""Demo targets, commission rules and statements: both years' targets add up level by level except
the cells changed by hand, the rules are the three described, the statements stand in the states
the demo leaves them in with the figures the services compute, and a seed gives the same figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.audit import AuditLog
from app.models.base import db
from app.models.commission import CommissionRow, CommissionRule, CommissionStatement
from app.models.connection import close_database, open_database
from app.models.product import ProductLine
from app.models.target import ANNUAL, Target
from app.models.user import Team, User
from app.reports import kpi
from app.services.commission_statements import generate_month
from app.services.demo import DEMO_STATEMENT_MONTHS, create_demo
from app.services.demo.clock import DemoClock
from app.services.demo.commissions import statement_months
from app.services.demo.targets import EDIT_STEP, EDITS
from app.services.targets_view import my_target, target_year

TODAY = dt.date.today()


@pytest.fixture
def demo(database):
    summary = create_demo(seed=4, customers=400, orders=600, order_lines=2000)
    return summary, User.get(User.username == "manager")


def test_targets_for_both_years_add_up_except_the_months_changed_by_hand(demo):
    summary, manager = demo
    years = (TODAY.year - 1, TODAY.year)
    sellers = list(User.select().where(User.role == "sales").order_by(User.id))
    teams = list(Team.select().order_by(Team.id))
    assert summary.targets == 2 * 13 * (1 + len(teams) + len(sellers)) == Target.select().count()
    edited = {(t.year, t.month, t.key): t for t in Target.select().where(Target.version > 1)}
    assert all(t.level == "salesperson" and t.month != ANNUAL for t in edited.values())
    assert sorted(y for y, _, _ in edited) == [years[0]] * EDITS[1] + [years[1]] * EDITS[0]
    assert AuditLog.select().where((AuditLog.entity == "target") & (AuditLog.action == "update")).count() == len(edited)
    last_actual = sum(kpi.revenue(manager, kpi.Period.year(years[0]), ()).values(), Decimal(0))
    for year in years:
        view = target_year(manager, year)
        company = view.company
        annual = company.cells[ANNUAL].target
        assert annual > 0 and annual % 10_000 == 0
        assert not company.months_mismatch and not any(c.mismatch for c in company.cells)
        assert len(view.middle_lines) == len(teams) and len(view.salespeople) == len(sellers)
        for team in view.middle_lines:
            assert not team.months_mismatch and not team.cells[ANNUAL].mismatch
            for cell in team.cells[1:]:
                changed = [k for (y, m, k) in edited if y == year and m == cell.month
                           and k in {p.key for p in view.salespeople if p.parent == team.key}]
                assert cell.mismatch == bool(changed)
                assert cell.children == cell.target + EDIT_STEP * len(changed)
        for person in view.salespeople:
            changed = sum(1 for (y, _, k) in edited if y == year and k == person.key)
            assert person.months_mismatch == bool(changed)
            assert person.months_total == person.cells[ANNUAL].target + EDIT_STEP * changed
        assert company.cells[ANNUAL].attainment is not None
    assert target_year(manager, years[1]).company.cells[ANNUAL].target > last_actual  # grown on last year
    last_month = TODAY.replace(day=1) - dt.timedelta(days=1)
    for person in sellers:
        mine = my_target(manager, last_month.year, last_month.month, person.id)
        assert mine.month_target and mine.month_attainment is not None and mine.year_attainment is not None


def test_rules_and_statements_as_the_services_compute_them(demo):
    summary, manager = demo
    rules = {r.name: r for r in CommissionRule.select()}
    assert summary.commission_rules == len(rules) == 3
    start = DemoClock().first.replace(day=1)
    company = rules["回款阶梯提成"]
    assert (company.basis, company.scope, company.tier_mode, company.valid_from) == ("collected", "all", "whole", start)
    assert company.tiers == '[["0","2"],["80","3"],["100","5"]]'
    service = rules["技术服务签约提成"]
    assert (service.basis, service.scope, service.rate) == ("signed", "product_line", Decimal("6.00"))
    assert ProductLine.get_by_id(int(service.scope_key)).name == "技术服务"
    marginal = rules["张伟超额累进"]
    assert (marginal.scope, marginal.tier_mode, marginal.scope_key) == (
        "salesperson", "marginal", str(User.get(User.username == "sales1").id))

    months = statement_months(DemoClock())
    assert months[0] == (TODAY.year - 1, 10) and len(months) == 12 + TODAY.month - 10
    sellers = {u.id for u in User.select().where(User.role == "sales")}
    states = {}
    for index, (year, month) in enumerate(months):
        statements = list(CommissionStatement.select().where((CommissionStatement.year == year)
                                                             & (CommissionStatement.month == month)))
        assert sellers <= {s.salesperson_id for s in statements}
        expected = "draft" if index == len(months) - 1 else "approved" if index == len(months) - 2 else "paid"
        assert {s.state for s in statements} == {expected}
        states[expected] = states.get(expected, 0) + len(statements)
        for s in statements:
            rows = list(CommissionRow.select().where(CommissionRow.statement == s.id))
            assert s.total == sum((r.commission for r in rows), Decimal(0))
    assert (summary.statements, summary.statements_approved, summary.statements_paid) == (
        CommissionStatement.select().count(), states["approved"], states["paid"])
    assert CommissionStatement.select().where(CommissionStatement.total > 0).count() > len(months)
    assert {r.rule_id for r in CommissionRow.select(CommissionRow.rule)} == {r.id for r in rules.values()}

    def figures(year: int, month: int) -> dict:
        return {s.salesperson_id: (s.basis_total, s.total, s.attainment) for s in CommissionStatement.select().where(
            (CommissionStatement.year == year) & (CommissionStatement.month == month))}

    year, month = months[-1]
    before = figures(year, month)
    again = generate_month(manager, year, month)
    assert {r.outcome for r in again} == {"unchanged"} and figures(year, month) == before
    with db.atomic():  # a fresh generation of the draft month gives the same figures
        ids = CommissionStatement.select(CommissionStatement.id).where(
            (CommissionStatement.year == year) & (CommissionStatement.month == month))
        CommissionRow.delete().where(CommissionRow.statement.in_(ids)).execute()
        CommissionStatement.delete().where(CommissionStatement.id.in_(ids)).execute()
    assert {r.outcome for r in generate_month(manager, year, month)} == {"created"}
    assert figures(year, month) == before
    locked = months[-2]
    assert {r.outcome for r in generate_month(manager, *locked)} == {"locked"}


def test_large_scale_settles_the_last_months_and_a_seed_gives_the_same_figures(tmp_path):
    assert DEMO_STATEMENT_MONTHS == {"normal": None, "large": 3}

    def make(name: str, seed: int) -> list[tuple]:
        open_database(str(tmp_path / name))
        try:
            summary = create_demo(seed=seed, customers=150, orders=250, order_lines=700, statement_months=3)
            assert (summary.statements_approved, summary.statements_paid) != (0, 0)
            months = sorted(CommissionStatement.select(CommissionStatement.year, CommissionStatement.month)
                            .distinct().tuples())
            assert months == statement_months(DemoClock(), 3)
            return (list(Target.select(Target.year, Target.month, Target.level, Target.key, Target.amount,
                                       Target.version).order_by(Target.id).tuples())
                    + list(CommissionStatement.select(
                        CommissionStatement.salesperson, CommissionStatement.year, CommissionStatement.month,
                        CommissionStatement.state, CommissionStatement.basis_total, CommissionStatement.total,
                        CommissionStatement.attainment).order_by(CommissionStatement.id).tuples())
                    + list(CommissionRow.select(CommissionRow.statement, CommissionRow.position,
                                                CommissionRow.source_kind, CommissionRow.source_id,
                                                CommissionRow.basis_amount, CommissionRow.rule, CommissionRow.rate,
                                                CommissionRow.commission).order_by(CommissionRow.id).tuples()))
        finally:
            close_database()
            db.initialize(None)

    first = make("a.sqlite3", 5)
    assert make("b.sqlite3", 5) == first and first
    assert make("c.sqlite3", 6) != first
