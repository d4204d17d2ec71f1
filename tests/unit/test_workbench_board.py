"""The workbench's section queries give what workbench.sales_workbench / monitoring give, in pages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.customer import Customer
from app.models.opportunity import Opportunity
from app.services.errors import PermissionDenied
from app.services.follow_ups import FollowUpInput, record_follow_up, reminders
from app.services.opportunities import OpportunityInput, create_opportunity
from app.services.workbench import monitoring, sales_workbench
from app.services.workbench_board import (
    count_reminders,
    monitoring_board,
    monitoring_extras,
    reminder_page,
    sales_board,
    sales_extras,
)
from tests.unit.customer_factories import add_customer, demo_staff

TODAY = dt.date(2026, 11, 25)
MOMENT = dt.datetime(2026, 11, 25, 9)


@pytest.fixture
def staff(database):
    return demo_staff()


def test_reminders_counted_and_paged_like_the_full_list(staff):
    sales1 = staff["sales1"]
    customers = [add_customer(sales1, f"客户{n}") for n in range(5)]
    for n, customer_id in enumerate(customers):
        record_follow_up(sales1, FollowUpInput(customer_id, "call", "约了", next_action=f"事项{n}",
                                               next_action_on=TODAY - dt.timedelta(days=n)))
    later = TODAY + dt.timedelta(days=3)
    record_follow_up(sales1, FollowUpInput(customers[0], "call", "约了", next_action="以后", next_action_on=later))
    everything = reminders(sales1, today=TODAY)
    assert (count_reminders(sales1, "today", today=TODAY), count_reminders(sales1, "overdue", today=TODAY)) == (1, 4)
    overdue = [r for r in everything if r.due_on < TODAY]
    assert reminder_page(sales1, "overdue", 0, 10, today=TODAY) == overdue
    assert reminder_page(sales1, "overdue", 1, 2, today=TODAY) == overdue[1:3]
    assert reminder_page(sales1, "overdue", 0, 10, today=TODAY, newest_first=True) == overdue[::-1]
    assert reminder_page(sales1, "today", 0, 10, today=TODAY) == [r for r in everything if r.due_on == TODAY]
    assert count_reminders(staff["sales2"], "overdue", today=TODAY) == 0
    with pytest.raises(PermissionDenied):
        count_reminders(staff["desk1"], "today")
    with pytest.raises(ValueError):
        reminder_page(sales1, "someday", 0, 10)


def test_sales_board_matches_the_sales_workbench(staff):
    sales1 = staff["sales1"]
    soon = add_customer(sales1, "快回公海的客户")
    add_customer(sales1, "刚跟进的客户")
    Customer.update(last_touch_at=dt.datetime(2026, 10, 27, 9)).where(Customer.id == soon).execute()
    record_follow_up(sales1, FollowUpInput(soon, "call", "约了", next_action="回电", next_action_on=TODAY),
                     moment=dt.datetime(2026, 10, 27, 9))
    create_opportunity(sales1, OpportunityInput(soon, "一", "100.10"))
    create_opportunity(sales1, OpportunityInput(soon, "二", "200.20"))
    full, board = sales_workbench(sales1, moment=MOMENT), sales_board(sales1, moment=MOMENT)
    assert (board.due_today, board.overdue) == (len(full.today), len(full.overdue)) == (1, 0)
    assert board.returning == full.returning and [c.name for c in board.returning] == ["快回公海的客户"]
    assert (board.open_opportunities, board.pipeline_value) == (2, Decimal("300.30"))
    assert board.pipeline_value == full.pipeline_value
    assert board.extras == full.extras
    assert set(board.extras) == {"Contracts to renew", "Overdue instalments", "My target"}
    assert board.extras["Contracts to renew"] == board.extras["Overdue instalments"] == []
    assert [(p.target, p.actual) for p in board.extras["My target"]] == [(None, Decimal("0.00"))] * 2
    # the screen reads the board without the other areas' sections, then those alone
    bare = sales_board(sales1, moment=MOMENT, with_extras=False)
    assert bare.extras == {} and (bare.due_today, bare.returning) == (board.due_today, board.returning)
    assert sales_extras(sales1) == board.extras
    manager = staff["manager"]
    assert monitoring_board(manager, with_extras=False).extras == {}
    assert monitoring_extras(manager) == monitoring_board(manager).extras
    assert set(monitoring_extras(manager)) == {"Contracts to renew", "Overdue instalments"}
    with pytest.raises(PermissionDenied):
        monitoring_extras(sales1)


def test_monitoring_rows_scope_and_limit(staff):
    manager, sales1, sales5 = staff["manager"], staff["sales1"], staff["sales5"]
    now = dt.datetime.now()
    keys = [add_customer(owner, name, interest="high") for owner, name in
            ((sales1, "重点甲"), (sales1, "重点乙"), (sales5, "重点丙"))]
    for days, customer_id in zip((20, 30, 25), keys, strict=True):
        Customer.update(created_at=now - dt.timedelta(days=days)).where(Customer.id == customer_id).execute()
    record_follow_up(sales1, FollowUpInput(keys[1], "call", "很久以前"), moment=now - dt.timedelta(days=12))
    record_follow_up(sales5, FollowUpInput(add_customer(sales5, "刚跟进"), "visit", "今天"), moment=now)
    for days, (owner, customer_id, title) in zip((10, 40, 3), ((sales1, keys[0], "停滞一"), (sales5, keys[2], "停滞二"),
                                                             (sales1, keys[1], "还在动")), strict=True):
        opportunity = create_opportunity(owner, OpportunityInput(customer_id, title, "1000"))
        Opportunity.update(updated_at=now - dt.timedelta(days=days)).where(Opportunity.id == opportunity.id).execute()
    add_customer(manager, "公海线索")
    team = monitoring(staff["sup2"], moment=now)  # sales5's team: 周杰's key customer and opportunity
    assert ([c.name for c in team.stale_key_customers], [o.name for o in team.stale_opportunities]) == \
        (["重点丙"], ["停滞二"])
    board = monitoring_board(manager, moment=now)
    assert [c.name for c in board.stale_key_customers] == ["重点甲", "重点丙", "重点乙"]  # never followed up first
    assert [o.name for o in board.stale_opportunities] == ["停滞二", "停滞一"]
    assert {a.name: (a.follow_ups_7d, a.follow_ups_30d) for a in board.activity}["周杰"] == (1, 1)
    assert "周杰" not in {a.name for a in board.idle_staff} and "张伟" in {a.name for a in board.idle_staff}
    assert [o.name for o in monitoring_board(manager, moment=now, limit=1).stale_opportunities] == ["停滞二"]
    with pytest.raises(PermissionDenied):
        monitoring_board(sales1)
