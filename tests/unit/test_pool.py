"""The public pool: claims within the daily limit, assignment by role, assignment rules of every kind."""

from __future__ import annotations

import pytest

from app.models.customer import Customer
from app.models.pool import PoolClaim
from app.models.user import User
from app.services import pool
from app.services.assignment_rules import RuleInput, apply_rules, create_rule, reorder_rules
from app.services.customer_queries import CustomerFilter, customer_page
from app.services.customers import ContactInput
from app.services.errors import PermissionDenied, ValidationError
from app.services.reception import CallInput, register_call
from app.services.settings import update_settings
from tests.unit.customer_factories import add_customer, demo_staff


@pytest.fixture
def staff(database):
    return demo_staff()


def pool_lead(staff, name: str, **fields) -> int:
    return add_customer(staff["manager"], name, **fields)


def owner(customer_id: int) -> int | None:
    return Customer.get_by_id(customer_id).owner_id


def test_pool_screen_lists_only_unowned_customers_for_sales_staff(staff):
    add_customer(staff["sales1"], "张伟的客户")
    lead = pool_lead(staff, "公海客户")
    rows = customer_page(staff["sales2"], CustomerFilter(pool=True), 0, 10)
    assert [r.id for r in rows] == [lead]
    with pytest.raises(PermissionDenied):
        customer_page(staff["desk1"], CustomerFilter(pool=True), 0, 10)


def test_claim_within_the_daily_limit(staff):
    update_settings(staff["admin"], {"claim_limit_per_day": 2})
    leads = [pool_lead(staff, f"公海{i}") for i in range(4)]
    sales2 = staff["sales2"]
    result = pool.claim(sales2, leads[:2])
    assert (result.claimed, result.used_today) == (leads[:2], 2)
    assert owner(leads[0]) == sales2.id
    with pytest.raises(ValidationError) as exc:
        pool.claim(sales2, [leads[2]])
    assert "2" in exc.value.fields["claim"] and owner(leads[2]) is None
    assert pool.claim(staff["sales3"], leads[2:3]).claimed == [leads[2]]


def test_a_claimed_customer_cannot_be_claimed_again(staff):
    lead = pool_lead(staff, "抢手客户")
    assert pool.claim(staff["sales1"], [lead]).claimed == [lead]
    second = pool.claim(staff["sales2"], [lead])
    assert (second.claimed, second.taken) == ([], [lead])
    assert owner(lead) == staff["sales1"].id
    assert PoolClaim.select().count() == 1


def test_assign_by_supervisor_within_team_and_manager_anywhere(staff):
    leads = [pool_lead(staff, f"线索{i}") for i in range(3)]
    assert pool.assign(staff["sup1"], leads[:2], staff["sales2"].id) == leads[:2]
    with pytest.raises(PermissionDenied):
        pool.assign(staff["sup1"], [leads[2]], staff["sales5"].id)  # other team
    assert pool.assign(staff["manager"], [leads[2]], staff["sales5"].id) == [leads[2]]
    with pytest.raises(PermissionDenied):
        pool.assign(staff["sales1"], [leads[2]], staff["sales1"].id)
    with pytest.raises(PermissionDenied):  # sup1 cannot take sales5's customer
        pool.assign(staff["sup1"], [leads[2]], staff["sales2"].id)


def test_dead_leads_listed_for_managers(staff):
    dead = add_customer(staff["sales1"], "没戏的客户", interest="none")
    add_customer(staff["sales1"], "有戏的客户", interest="high")
    assert [d.customer_id for d in pool.dead_leads(staff["manager"])] == [dead]
    with pytest.raises(PermissionDenied):
        pool.dead_leads(staff["sales1"])
    pool.assign(staff["manager"], [dead], staff["sales2"].id)  # handed on: a fresh start
    assert (Customer.get_by_id(dead).owner_id, Customer.get_by_id(dead).interest) == (staff["sales2"].id, "low")
    assert pool.dead_leads(staff["manager"]) == []


def test_region_and_industry_rules(staff):
    manager = staff["manager"]
    create_rule(manager, RuleInput("region", "浙江", [staff["sales3"].id]))
    create_rule(manager, RuleInput("industry", "电子", [staff["sales2"].id, staff["sales6"].id]))
    assert owner(pool_lead(staff, "浙江客户", region="浙江", industry="电子")) == staff["sales3"].id  # first rule wins
    electronics = [owner(pool_lead(staff, f"电子{i}", industry="电子")) for i in range(3)]
    assert electronics == [staff["sales2"].id, staff["sales6"].id, staff["sales2"].id]  # in turn
    assert owner(pool_lead(staff, "无规则客户", region="北京")) is None  # no rule places it: stays in the pool


def test_round_robin_skips_inactive_people(staff):
    manager = staff["manager"]
    people = [staff[n].id for n in ("sales1", "sales2", "sales3")]
    create_rule(manager, RuleInput("round_robin", "", people))
    User.update(active=False).where(User.username == "sales2").execute()
    placed = [owner(pool_lead(staff, f"客户{i}")) for i in range(4)]
    assert placed == [people[0], people[2], people[0], people[2]]


def test_least_loaded_among_those_whose_tags_cover_the_lead(staff):
    manager = staff["manager"]
    create_rule(manager, RuleInput("least_loaded"))
    # demo tags: sales1 上海,制造业; sales4 上海,物流; sup1 华东,制造业
    add_customer(staff["sales1"], "张伟已有1")
    add_customer(staff["sales1"], "张伟已有2")
    add_customer(staff["sales4"], "孙磊已有1")
    assert owner(pool_lead(staff, "上海线索", region="上海")) == staff["sales4"].id
    assert owner(pool_lead(staff, "新疆线索", region="新疆")) is None


def test_rules_apply_in_order_and_to_front_desk_leads(staff):
    manager = staff["manager"]
    first = create_rule(manager, RuleInput("round_robin", "", [staff["sales7"].id]))
    second = create_rule(manager, RuleInput("region", "浙江", [staff["sales3"].id]))
    reorder_rules(manager, [second.id, first.id])
    assert owner(pool_lead(staff, "浙江A", region="浙江")) == staff["sales3"].id
    result = register_call(staff["desk1"], CallInput(caller_name="新来电", phone="13911112222"))
    assert (result.route, result.routed_to_id) == ("rule", staff["sales7"].id)
    with pytest.raises(PermissionDenied):
        create_rule(staff["sup1"], RuleInput("round_robin"))
    with pytest.raises(ValidationError):
        create_rule(manager, RuleInput("region", "", [staff["sales1"].id]))


def test_apply_rules_to_existing_pool_customers(staff):
    lead = pool_lead(staff, "早来的线索", region="浙江")
    create_rule(staff["manager"], RuleInput("region", "浙江", [staff["sales3"].id]))
    assert apply_rules(staff["manager"], [lead]) == {lead: staff["sales3"].id}


def test_salespeople_never_see_others_customers_outside_the_pool(staff):
    add_customer(staff["sales1"], "张伟的秘密客户", ContactInput(name="秘", mobile="13800000001"))
    lead = pool_lead(staff, "大家的线索")
    for username in ("sales2", "sales5"):
        mine = customer_page(staff[username], CustomerFilter(), 0, 50)
        pooled = customer_page(staff[username], CustomerFilter(pool=True), 0, 50)
        assert mine == [] and [r.id for r in pooled] == [lead]
        assert customer_page(staff[username], CustomerFilter(search="秘密"), 0, 50) == []
