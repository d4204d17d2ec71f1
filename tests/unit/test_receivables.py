"""Receivables and aging on fixed dates (payments cover instalments oldest first), overdue
instalments with days overdue, and the renewal / overdue reminders going out once each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.notification import Notification
from app.services import order_workflow
from app.services.order_reminders import run_order_reminders
from app.services.payment_plan import InstalmentInput
from app.services.payments import PaymentInput, record_payment
from app.services.quotations import LineInput
from app.services.receivables import aging_by_customer, aging_by_salesperson, overdue_instalments
from app.services.settings import update_settings
from tests.unit.order_factories import DAY, confirmed, item, make_order, order_world

TODAY = dt.date(2026, 6, 30)


def reminders(day: dt.date) -> tuple[int, int]:
    result = run_order_reminders(day)
    return result.renewals, result.overdue


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


@pytest.fixture
def world(database):
    w = order_world()
    # c1 owes 1,130.00 in five instalments and paid 350.00: the first is covered, the second in part
    plan = [InstalmentInput(days_ago(100), "300"), InstalmentInput(days_ago(75), "200"),
            InstalmentInput(days_ago(45), "100"), InstalmentInput(days_ago(30), "230"),
            InstalmentInput(TODAY + dt.timedelta(days=20), "300")]
    w["o1"] = confirmed(w, LineInput(description="设备", quantity="1", unit_price="1130.00"), plan=plan)
    record_payment(w["sales1"], w["o1"].id, PaymentInput(DAY, "350.00"))
    # c5 owes 113.00, due 91 days ago
    w["o5"] = confirmed(w, item(w), actor="sales5", customer="c5", plan=[InstalmentInput(days_ago(91), "113")])
    # neither a fully paid order nor a draft owes anything
    paid = confirmed(w, item(w), plan=[InstalmentInput(days_ago(200), "113")])
    record_payment(w["sales1"], paid.id, PaymentInput(DAY, "113"))
    make_order(w, item(w, quantity="50"), plan=[InstalmentInput(days_ago(200), "5650")])
    return w


def test_aging_buckets_per_customer_and_salesperson(world):
    rows = aging_by_customer(world["manager"], TODAY)
    assert [(r.name, r.receivable, r.not_due, r.days_0_30, r.days_31_60, r.days_61_90, r.days_over_90)
            for r in rows] == [
        ("上海甲公司", Decimal("780.00"), Decimal("300.00"), Decimal("230.00"), Decimal("100.00"),
         Decimal("150.00"), Decimal("0.00")),
        ("广州乙公司", Decimal("113.00"), Decimal("0.00"), Decimal("0.00"), Decimal("0.00"), Decimal("0.00"),
         Decimal("113.00"))]
    assert rows[0].overdue == Decimal("480.00")
    assert [r.name for r in aging_by_customer(world["sales1"], TODAY)] == ["上海甲公司"]
    by_person = {r.id: (r.receivable, r.overdue) for r in aging_by_salesperson(world["manager"], TODAY)}
    assert by_person == {world["sales1"].id: (Decimal("780.00"), Decimal("480.00")),
                         world["sales5"].id: (Decimal("113.00"), Decimal("113.00"))}
    assert [r.id for r in aging_by_salesperson(world["sup1"], TODAY)] == [world["sales1"].id]
    # a day later the 30-day instalment moves to 31-60
    later = aging_by_customer(world["manager"], TODAY + dt.timedelta(days=1))[0]
    assert (later.days_0_30, later.days_31_60) == (Decimal("0.00"), Decimal("330.00"))


def test_overdue_instalments_with_days(world):
    rows = overdue_instalments(world["manager"], TODAY)
    assert [(r.order_number, r.amount, r.overdue_amount, r.days_overdue, r.bucket) for r in rows] == [
        (world["o5"].number, Decimal("113.00"), Decimal("113.00"), 91, "90+"),
        (world["o1"].number, Decimal("200.00"), Decimal("150.00"), 75, "61-90"),
        (world["o1"].number, Decimal("100.00"), Decimal("100.00"), 45, "31-60"),
        (world["o1"].number, Decimal("230.00"), Decimal("230.00"), 30, "0-30")]
    assert len(overdue_instalments(world["sales5"], TODAY)) == 1
    assert len(overdue_instalments(world["manager"], TODAY, customer_id=world["c1"])) == 3
    record_payment(world["sales1"], world["o1"].id, PaymentInput(TODAY, "480.00"))
    assert [r.customer_name for r in overdue_instalments(world["manager"], TODAY)] == ["广州乙公司"]


def test_reminders_go_out_once(world):
    ends = {"soon": TODAY + dt.timedelta(days=30), "later": TODAY + dt.timedelta(days=31)}
    for end in ends.values():
        confirmed(world, item(world), on=TODAY, start_date=TODAY - dt.timedelta(days=300), end_date=end)
    cancelled = make_order(world, item(world), on=TODAY, end_date=TODAY + dt.timedelta(days=5))
    order_workflow.cancel_order(world["sales1"], cancelled.id, cancelled.version, "作废")
    assert reminders(TODAY) == (1, 4)
    assert reminders(TODAY) == (0, 0)
    notes = Notification.select().where(Notification.kind.in_(["order.renewal", "order.overdue"]))
    assert sorted((n.user_id, n.kind) for n in notes) == sorted(
        [(world["sales1"].id, "order.renewal")] + [(world["sales1"].id, "order.overdue")] * 3
        + [(world["sales5"].id, "order.overdue")])
    # a day later the second contract is within 30 days, and both contracts' single instalments
    # (due on their sign date, today) are overdue
    assert reminders(TODAY + dt.timedelta(days=1)) == (1, 2)
    update_settings(world["admin"], {"renewal_reminder_days": 0})
    assert reminders(TODAY + dt.timedelta(days=2)) == (0, 0)
