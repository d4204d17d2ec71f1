"""Running the assignment rules over the waiting pool, and the pool screen's pick lists."""

from __future__ import annotations

import pytest

from app.models.customer import Customer
from app.services.assignment_rules import RuleInput, create_rule
from app.services.errors import PermissionDenied
from app.services.pool_choices import pool_assignees, pool_filter_choices, rule_people
from app.services.pool_rules_run import BATCH_SIZE, apply_rules_to_pool
from app.services.progress import Cancelled
from app.services.users import UserInput, update_user
from tests.unit.customer_factories import add_customer, demo_staff


@pytest.fixture
def staff(database):
    return demo_staff()


def owner(customer_id: int) -> int | None:
    return Customer.get_by_id(customer_id).owner_id


def test_apply_rules_to_pool_places_the_waiting_leads_and_leaves_the_rest(staff):
    manager, sales5 = staff["manager"], staff["sales5"]
    south = [add_customer(manager, f"华南客户{i}", region="华南") for i in range(3)]
    north = add_customer(manager, "华北客户", region="华北")
    owned = add_customer(manager, "张伟的华南客户", region="华南", owner=staff["sales1"])
    create_rule(manager, RuleInput("region", "华南", [sales5.id]))
    reports: list[tuple[int, int]] = []

    run = apply_rules_to_pool(manager, lambda done, total: reports.append((done, total)))
    assert run.placed == {i: sales5.id for i in south}
    assert (run.examined, run.left_in_pool) == (4, 1)
    assert owner(north) is None and owner(owned) == staff["sales1"].id
    assert reports[0] == (0, 4) and reports[-1] == (4, 4)
    assert apply_rules_to_pool(manager).placed == {}  # nothing left that a rule places


def test_apply_rules_to_pool_is_for_managers(staff):
    with pytest.raises(PermissionDenied):
        apply_rules_to_pool(staff["sup1"])


def test_a_cancelled_run_keeps_the_batches_already_done(staff):
    manager = staff["manager"]
    leads = [add_customer(manager, f"客户{i}", region="华东") for i in range(BATCH_SIZE + 5)]
    create_rule(manager, RuleInput("region", "华东", [staff["sales2"].id]))

    def stop_after_first_batch(done: int, _total: int) -> None:
        if done >= BATCH_SIZE:
            raise Cancelled()

    with pytest.raises(Cancelled):
        apply_rules_to_pool(manager, stop_after_first_batch)
    placed = [i for i in leads if owner(i) is not None]
    assert placed == leads[:BATCH_SIZE]


def test_pool_filter_choices_list_the_pools_values_for_a_salesperson(staff):
    manager = staff["manager"]
    add_customer(manager, "公海客户", region="华南", industry="零售")
    add_customer(manager, "张伟的客户", region="华东", industry="制造业", owner=staff["sales1"])
    assert pool_filter_choices(staff["sales2"]) == {"industry": ["零售"], "region": ["华南"]}
    with pytest.raises(PermissionDenied):
        pool_filter_choices(staff["desk1"])


def test_pool_assignees_are_active_selling_staff_within_reach(staff):
    sales3 = staff["sales3"]
    update_user(staff["admin"], sales3.id, sales3.version, UserInput(
        username=sales3.username, display_name=sales3.display_name, role="sales", team_id=sales3.team_id,
        active=False))
    team = {c.display_name for c in pool_assignees(staff["sup1"])}
    assert team == {"李红梅", "刘洋", "孙磊", "张伟"}  # sup1's team without the inactive 赵敏
    everyone = {c.display_name for c in pool_assignees(staff["manager"])}
    assert "王建国" not in everyone and "周杰" in everyone  # managers receive no pool leads
    with pytest.raises(PermissionDenied):
        pool_assignees(staff["sales1"])


def test_rule_people_include_inactive_ones_flagged(staff):
    sales3 = staff["sales3"]
    update_user(staff["admin"], sales3.id, sales3.version, UserInput(
        username=sales3.username, display_name=sales3.display_name, role="sales", team_id=sales3.team_id,
        active=False))
    people = {c.display_name: c.active for c in rule_people(staff["manager"])}
    assert len(people) == 10 and people["赵敏"] is False
    with pytest.raises(PermissionDenied):
        rule_people(staff["sup1"])
