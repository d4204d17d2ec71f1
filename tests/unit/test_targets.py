"""Targets as a manager, a supervisor and a salesperson use them: the monthly split from last year's
shares (and evenly without history), the split to teams, industries and salespeople (by history and
by grade) with cents adding up exactly, saving with version checks, the year's three levels with
sums against the parent and mismatch flags, copying a year, and one's own target and attainment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from playhouse.test_utils import count_queries

from app.models.audit import AuditLog
from app.models.customer import Customer
from app.models.target import Target
from app.services import targets
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.targets import TargetFigure, copy_year, save_targets, set_annual_target, set_target
from app.services.targets_split import (
    propose_middle_split,
    propose_monthly_split,
    propose_salesperson_split,
    split_by_weights,
)
from app.services.targets_view import my_target, target_year
from tests.unit.order_factories import confirmed, item, order_world

D = Decimal


@pytest.fixture
def world(database):
    """2025: sales1 (team 1, 高级) 100.00 in January and 100.00 in March, sales5 (team 2) 100.00 in
    February, all to 制造业 customers except sales5's (零售). 2026: sales1 950.00 on 2026-03-10."""
    w = order_world()
    Customer.update(industry="制造业").where(Customer.id == w["c1"]).execute()
    Customer.update(industry="零售").where(Customer.id == w["c5"]).execute()
    confirmed(w, item(w), on=dt.date(2025, 1, 15))
    confirmed(w, item(w), on=dt.date(2025, 3, 3))
    confirmed(w, item(w), actor="sales5", customer="c5", on=dt.date(2025, 2, 20))
    confirmed(w, item(w, quantity="10", discount="5"), on=dt.date(2026, 3, 10))
    w["t1"], w["t2"] = str(w["sales1"].team_id), str(w["sales5"].team_id)
    w["team1"] = [str(w[f"sales{i}"].id) for i in (1, 2, 3, 4)]
    return w


def test_split_by_weights_gives_the_cents_to_the_largest_remainders():
    assert split_by_weights(D("1000.00"), {"a": D(1), "b": D(1), "c": D(1)}) == {
        "a": D("333.34"), "b": D("333.33"), "c": D("333.33")}
    assert split_by_weights(D("1.00"), {"a": D(0), "b": D(2), "c": D(1)}) == {"a": 0, "b": D("0.67"), "c": D("0.33")}


def test_monthly_split_from_last_years_shares(world):
    set_annual_target(world["manager"], 2026, "1000")
    proposal = propose_monthly_split(world["manager"], 2026)
    assert proposal.basis == "history"
    assert proposal.amounts == {1: D("333.34"), 2: D("333.33"), 3: D("333.33"),
                                **{m: D("0.00") for m in range(4, 13)}}
    assert proposal.last_year[1] == D("100.00") and sum(proposal.amounts.values()) == D("1000.00")
    own = propose_monthly_split(world["manager"], 2026, "salesperson", str(world["sales1"].id), D("90"))
    assert (own.amounts[1], own.amounts[2], own.amounts[3]) == (D("45.00"), D("0.00"), D("45.00"))


def test_monthly_split_is_even_without_history(world):
    proposal = propose_monthly_split(world["manager"], 2025, annual=D("1000.00"))
    assert proposal.basis == "even"
    assert list(proposal.amounts.values()) == [D("83.34")] * 4 + [D("83.33")] * 8
    with pytest.raises(ValidationError):
        propose_monthly_split(world["manager"], 2024)  # no stored annual figure to split


def test_split_to_teams_industries_and_salespeople(world):
    m = world["manager"]
    set_annual_target(m, 2026, "1000")
    teams = propose_middle_split(m, 2026, 0, "team")
    assert teams.amounts == {world["t1"]: D("666.67"), world["t2"]: D("333.33")} and teams.basis == "history"
    industries = propose_middle_split(m, 2026, 0, "industry")
    assert industries.amounts == {"制造业": D("666.67"), "零售": D("333.33")}
    set_target(m, 2026, 0, "team", world["t1"], "666.67")
    by_history = propose_salesperson_split(m, 2026, 0, int(world["t1"]))
    assert by_history.amounts == {world["team1"][0]: D("666.67"), **{k: D("0.00") for k in world["team1"][1:]}}
    # grades 高级 1.5, 中级 1, 中级 1, 初级 0.6 of 4.1: 24390.37, 16260.24, 16260.24, 9756.15 cents
    by_grade = propose_salesperson_split(world["sup1"], 2026, 0, int(world["t1"]), basis="grade")
    assert list(by_grade.amounts.values()) == [D("243.91"), D("162.60"), D("162.60"), D("97.56")]
    with pytest.raises(PermissionDenied):
        propose_salesperson_split(world["sup1"], 2026, 0, int(world["t2"]))
    with pytest.raises(PermissionDenied):
        propose_middle_split(world["sales1"], 2026, 0)


def test_year_view_sums_and_mismatch_flags(world):
    m = world["manager"]
    set_annual_target(m, 2026, "1000")
    save_targets(m, 2026, [TargetFigure(month, "company", "", amount)
                           for month, amount in propose_monthly_split(m, 2026).amounts.items()])
    save_targets(m, 2026, [TargetFigure(0, "team", world["t1"], "666.67"),
                           TargetFigure(0, "team", world["t2"], "333.33"), TargetFigure(3, "team", world["t1"], "300")])
    save_targets(world["sup1"], 2026, [TargetFigure(0, "salesperson", key, amount) for key, amount in
                                       zip(world["team1"], ("243.91", "162.60", "162.60", "97.56"), strict=True)])
    with count_queries() as counter:
        year = target_year(m, 2026)
    assert counter.count <= 7
    company = year.company
    assert company.cells[0].target == D("1000.00") and company.months_total == D("1000.00")
    assert not company.months_mismatch and not company.cells[0].mismatch
    assert company.cells[0].children == D("1000.00")
    assert company.cells[3].children == D("300.00") and company.cells[3].mismatch  # 300 ≠ 333.33
    assert company.cells[3].actual == D("950.00") and company.cells[3].attainment == D("285.00")
    assert company.cells[1].last_year == D("100.00") and company.cells[0].last_year == D("300.00")
    team1, team2 = year.middle_lines
    assert (team1.key, team1.cells[0].children, team1.cells[0].mismatch) == (world["t1"], D("666.67"), False)
    assert team1.cells[3].actual == D("950.00") and team1.cells[0].last_year == D("200.00")
    assert team2.cells[0].children is None and not team2.cells[0].mismatch
    assert team1.months_mismatch  # March alone (300.00) is not the annual 666.67
    sales1 = next(p for p in year.salespeople if p.key == world["team1"][0])
    assert (sales1.cells[0].target, sales1.cells[0].actual, sales1.parent) == (D("243.91"), D("950.00"), world["t1"])
    set_target(m, 2026, 0, "salesperson", sales1.key, "250", sales1.cells[0].version)
    assert target_year(m, 2026).middle_lines[0].cells[0].mismatch


def test_industry_middle_level(world):
    m = world["manager"]
    set_annual_target(m, 2026, "1000")
    save_targets(m, 2026, [TargetFigure(0, "industry", "制造业", "600"), TargetFigure(0, "industry", "零售", "400"),
                           TargetFigure(0, "salesperson", str(world["sales1"].id), "900")])
    year = target_year(m, 2026, middle="industry")
    assert [(x.key, x.cells[0].target, x.cells[0].last_year) for x in year.middle_lines] == [
        ("制造业", D("600.00"), D("200.00")), ("零售", D("400.00"), D("100.00"))]
    assert not year.company.cells[0].mismatch and year.salespeople_sums[0] == D("900.00")
    assert year.salespeople_mismatch(0)


def test_who_sees_and_sets_what(world):
    m, sup1, sales1 = world["manager"], world["sup1"], world["sales1"]
    set_annual_target(m, 2026, "1000")
    set_target(sup1, 2026, 3, "salesperson", world["team1"][1], "50")
    for actor, level, key in ((sup1, "salesperson", str(world["sales5"].id)), (sup1, "team", world["t1"]),
                              (sales1, "salesperson", str(sales1.id)), (world["admin"], "company", "")):
        with pytest.raises(PermissionDenied):
            set_target(actor, 2026, 3, level, key, "1")
    assert target_year(sales1, 2026).company is None
    assert [p.key for p in target_year(sales1, 2026).salespeople] == [str(sales1.id)]
    seen = target_year(sup1, 2026)
    assert [t.key for t in seen.middle_lines] == [world["t1"]] and seen.company is None
    assert {p.key for p in seen.salespeople} == set(world["team1"])
    with pytest.raises(PermissionDenied):
        my_target(sales1, 2026, 3, world["sales5"].id)
    with pytest.raises(PermissionDenied):
        my_target(world["sup2"], 2026, 3, sales1.id)


def test_validation_and_versions(world):
    m = world["manager"]
    first = set_annual_target(m, 2026, "1000")
    with pytest.raises(ConflictError):
        set_annual_target(m, 2026, "1200")  # created meanwhile: the caller saw no figure
    changed = set_annual_target(m, 2026, "1200", first.version)
    with pytest.raises(ConflictError):
        set_annual_target(m, 2026, "1300", first.version)
    assert Target.get_by_id(changed.id).amount == D("1200.00")
    assert AuditLog.select().where(AuditLog.entity == "target").count() == 2
    bad = [(13, "company", "", "1", "month"), (1, "region", "", "1", "level"), (1, "team", "999", "1", "key"),
           (1, "company", "", "-1", "amount"), (1, "company", "", "1.005", "amount")]
    for month, level, key, amount, name in bad:
        with pytest.raises(ValidationError) as error:
            set_target(m, 2026, month, level, key, amount)
        assert name in error.value.fields
    with pytest.raises(ValidationError):  # the batch is refused whole: nothing of it is stored
        save_targets(m, 2026, [TargetFigure(1, "company", "", "5"), TargetFigure(2, "company", "", "x")])
    assert not Target.select().where((Target.year == 2026) & (Target.month == 1)).exists()


def test_copy_year_scaled(world):
    m = world["manager"]
    save_targets(m, 2026, [TargetFigure(0, "company", "", "1000"), TargetFigure(1, "company", "", "333.33"),
                           TargetFigure(0, "team", world["t1"], "666.67")])
    assert copy_year(m, 2026, 2027, "10") == 3
    copied = {(t.month, t.level, t.key): t.amount for t in Target.select().where(Target.year == 2027)}
    assert copied == {(0, "company", ""): D("1100.00"), (1, "company", ""): D("366.66"),
                      (0, "team", world["t1"]): D("733.34")}  # 366.663 → 366.66; 733.337 → 733.34
    with pytest.raises(ValidationError):
        copy_year(m, 2026, 2027)
    with pytest.raises(PermissionDenied):
        copy_year(world["sup1"], 2026, 2028)
    assert copy_year(m, 2026, 2028) == 3
    assert Target.get((Target.year == 2028) & (Target.month == 1)).amount == D("333.33")


def test_my_target_month_and_year(world):
    s1 = world["sales1"]
    key = str(s1.id)
    save_targets(world["manager"], 2026, [TargetFigure(3, "salesperson", key, "1000"),
                                          TargetFigure(4, "salesperson", key, "500")])
    mine = my_target(s1, 2026, 3)
    assert (mine.month_target, mine.month_actual, mine.month_attainment) == (D("1000.00"), D("950.00"), D("95.00"))
    assert (mine.year_target, mine.year_actual, mine.year_attainment) == (D("1500.00"), D("950.00"), D("63.33"))
    set_target(world["manager"], 2026, 0, "salesperson", key, "2000")
    assert my_target(world["sup1"], 2026, 4, s1.id).year_attainment == D("47.50")
    nothing = my_target(world["sales2"], 2026, 3)
    assert nothing.month_target is None and nothing.month_attainment is None and nothing.year_actual == 0
    assert targets.check_year(2026) == 2026
