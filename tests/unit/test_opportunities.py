"""Opportunities: stages forward and back, won, lost with a reason, pipeline totals per stage."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.opportunity import Opportunity
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.opportunities import (
    OpportunityInput,
    close_opportunity,
    create_opportunity,
    move_stage,
    pipeline,
)
from app.services.workbench import monitoring, sales_workbench
from tests.unit.customer_factories import add_customer, demo_staff


@pytest.fixture
def staff(database):
    return demo_staff()


def new(actor, customer_id, title, amount="1000"):
    return create_opportunity(actor, OpportunityInput(customer_id, title, amount, dt.date(2026, 12, 31)))


def test_stages_forward_back_won_and_lost(staff):
    sales1 = staff["sales1"]
    customer_id = add_customer(sales1, "上海甲公司")
    deal = new(sales1, customer_id, "年度采购", "120000.50")
    assert (deal.stage, deal.owner_id, deal.amount) == ("qualify", sales1.id, Decimal("120000.50"))
    with pytest.raises(ValidationError):
        move_stage(sales1, deal.id, 1, -1)  # already the first stage
    for version, expected in enumerate(["needs", "solution", "demo", "negotiate"], start=1):
        assert move_stage(sales1, deal.id, version, +1).stage == expected
    with pytest.raises(ValidationError):
        move_stage(sales1, deal.id, 5, +1)  # won/lost close it, not "forward"
    with pytest.raises(ConflictError):
        move_stage(sales1, deal.id, 3, -1)
    with pytest.raises(ValidationError) as exc:
        close_opportunity(sales1, deal.id, 5, won=False, lost_reason="  ")
    assert set(exc.value.fields) == {"lost_reason"}
    lost = close_opportunity(sales1, deal.id, 5, won=False, lost_reason="价格太高")
    assert (lost.stage, lost.lost_reason) == ("lost", "价格太高") and lost.closed_at is not None
    reopened = move_stage(sales1, deal.id, 6, -1)
    assert (reopened.stage, reopened.lost_reason, reopened.closed_at) == ("negotiate", "", None)
    won = close_opportunity(sales1, deal.id, 7, won=True)
    assert won.stage == "won"


def test_pipeline_totals_and_scope(staff):
    sales1, sales5 = staff["sales1"], staff["sales5"]
    a = add_customer(sales1, "甲")
    new(sales1, a, "一", "100.10")
    second = new(sales1, a, "二", "200.20")
    move_stage(sales1, second.id, 1, +1)
    new(sales5, add_customer(sales5, "乙"), "别人的", "999")
    stages = {s.stage: s for s in pipeline(sales1)}
    assert [c.title for c in stages["qualify"].cards] == ["一"]
    assert (stages["qualify"].total, stages["needs"].total) == (Decimal("100.10"), Decimal("200.20"))
    assert sum(len(s.cards) for s in pipeline(staff["manager"])) == 3
    with pytest.raises(PermissionDenied):
        new(staff["sales2"], a, "抢单")
    bench = sales_workbench(sales1)
    assert (bench.open_opportunities, bench.pipeline_value) == (2, Decimal("300.30"))


def test_monitoring_for_managers_and_supervisors(staff):
    manager, sales1 = staff["manager"], staff["sales1"]
    key = add_customer(sales1, "重点客户", interest="high")
    from app.models.customer import Customer

    Customer.update(created_at=dt.datetime.now() - dt.timedelta(days=20)).where(Customer.id == key).execute()
    stale = new(sales1, key, "停滞的商机")
    Opportunity.update(updated_at=dt.datetime.now() - dt.timedelta(days=10)).where(Opportunity.id == stale.id).execute()
    add_customer(manager, "公海线索")
    view = monitoring(manager)
    assert [c.name for c in view.stale_key_customers] == ["重点客户"]
    assert [o.name for o in view.stale_opportunities] == ["停滞的商机"]
    assert view.pool_waiting == 1
    assert {a.name for a in view.idle_staff} == {a.name for a in view.activity}  # nobody followed up yet
    assert len(view.activity) == 10  # 8 salespeople and 2 supervisors
    team = monitoring(staff["sup2"])
    assert {a.name for a in team.activity} == {"陈志强", "周杰", "吴婷", "郑凯", "冯丽"}
    assert team.stale_key_customers == []  # sales1 is in the other team
    with pytest.raises(PermissionDenied):
        monitoring(sales1)
