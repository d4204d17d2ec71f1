"""Follow-ups update the customer; next actions become reminders (today, overdue) and notify once."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.customer import Customer
from app.models.notification import Notification
from app.services.errors import PermissionDenied, ValidationError
from app.services.follow_ups import (
    FollowUpInput,
    complete_reminder,
    notify_due_reminders,
    recent_follow_ups,
    record_follow_up,
    reminders,
)
from app.services.workbench import sales_workbench
from tests.unit.customer_factories import add_customer, demo_staff

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def staff(database):
    return demo_staff()


def test_follow_up_updates_the_customer(staff):
    sales1 = staff["sales1"]
    customer_id = add_customer(sales1, "上海甲公司")
    moment = dt.datetime(2026, 11, 25, 10, 30)
    record_follow_up(sales1, FollowUpInput(customer_id, "visit", "拜访, 谈了价格", "high"), moment=moment)
    customer = Customer.get_by_id(customer_id)
    assert (customer.last_follow_up_at, customer.interest, customer.last_touch_at) == (moment, "high", moment)
    assert [f.content for f in recent_follow_ups(sales1)] == ["拜访, 谈了价格"]


def test_validation(staff):
    customer_id = add_customer(staff["sales1"], "上海甲公司")
    with pytest.raises(ValidationError) as exc:
        record_follow_up(staff["sales1"], FollowUpInput(customer_id, "fax", " ", "huge", "", TODAY))
    assert set(exc.value.fields) == {"kind", "content", "interest_after", "next_action"}
    with pytest.raises(ValidationError) as exc:
        record_follow_up(staff["sales1"], FollowUpInput(customer_id, "call", "x", next_action="回电"))
    assert set(exc.value.fields) == {"next_action_on"}
    with pytest.raises(PermissionDenied):
        record_follow_up(staff["sales2"], FollowUpInput(customer_id, "call", "不是我的客户"))


def test_reminders_due_today_and_overdue(staff):
    sales1 = staff["sales1"]
    a, b = add_customer(sales1, "甲"), add_customer(sales1, "乙")
    record_follow_up(sales1, FollowUpInput(a, "call", "约了", next_action="送样品", next_action_on=TODAY))
    record_follow_up(sales1, FollowUpInput(b, "call", "约了", next_action="回电",
                                           next_action_on=TODAY - dt.timedelta(3)))
    record_follow_up(sales1, FollowUpInput(b, "call", "约了", next_action="下月拜访",
                                           next_action_on=TODAY + dt.timedelta(20)))
    due = reminders(sales1, today=TODAY)
    assert [(r.next_action, r.overdue_days) for r in due] == [("回电", 3), ("送样品", 0)]
    bench = sales_workbench(sales1, moment=dt.datetime.combine(TODAY, dt.time(9)))
    assert [r.next_action for r in bench.today] == ["送样品"] and [r.next_action for r in bench.overdue] == ["回电"]
    assert reminders(staff["sales2"], today=TODAY) == []

    assert notify_due_reminders(sales1, today=TODAY) == 2
    assert notify_due_reminders(sales1, today=TODAY) == 0  # once each
    assert Notification.select().where(Notification.kind == "reminder").count() == 2

    with pytest.raises(PermissionDenied):
        complete_reminder(staff["sales2"], due[0].follow_up_id)
    complete_reminder(sales1, due[0].follow_up_id)
    assert [r.next_action for r in reminders(sales1, today=TODAY)] == ["送样品"]


def test_workbench_lists_customers_about_to_return(staff):
    sales1 = staff["sales1"]
    soon = add_customer(sales1, "快回公海的客户")
    add_customer(sales1, "刚跟进的客户")
    Customer.update(last_touch_at=dt.datetime(2026, 10, 27, 9)).where(Customer.id == soon).execute()
    bench = sales_workbench(sales1, moment=dt.datetime(2026, 11, 25, 9))
    assert [(c.name, c.returns_on) for c in bench.returning] == [("快回公海的客户", dt.date(2026, 11, 26))]
