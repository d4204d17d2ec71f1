"""The order screen's extras: instalments covered oldest first with overdue days on fixed dates, and
the order's history (order, shipments, payments) for whoever may see the order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.order import OrderLine, PaymentInstalment
from app.services import order_workflow, shipments
from app.services.errors import PermissionDenied
from app.services.order_overview import instalment_states, order_history
from app.services.payment_plan import InstalmentInput
from app.services.payments import PaymentInput, record_payment
from app.services.shipments import ShipmentInput, ShipmentLineInput
from tests.unit.order_factories import DAY, fresh, item, make_order, order_world


@pytest.fixture
def world(database):
    return order_world()


def plan_of(order) -> list[PaymentInstalment]:
    return list(PaymentInstalment.select().where(PaymentInstalment.order == order.id))


def test_payments_cover_the_oldest_instalments_first_and_the_rest_is_overdue(world):
    # 10 controllers: 1,130.00 with tax, in three instalments given out of order.
    plan = [InstalmentInput(DAY + dt.timedelta(days=60), "330.00"), InstalmentInput(DAY, "400.00"),
            InstalmentInput(DAY + dt.timedelta(days=30), "400.00")]
    order = make_order(world, item(world, quantity="10"), plan=plan)
    draft_states = instalment_states(fresh(order), plan_of(order), DAY + dt.timedelta(days=90))
    assert [s.days_overdue for s in draft_states] == [0, 0, 0]  # a draft owes nothing yet
    order = order_workflow.confirm_order(world["sales1"], order.id, order.version)
    record_payment(world["sales1"], order.id, PaymentInput(DAY, "500.00"))

    states = instalment_states(fresh(order), plan_of(order), DAY + dt.timedelta(days=45))
    assert [(s.due_date, s.amount, s.covered, s.outstanding, s.days_overdue) for s in states] == [
        (DAY, Decimal("400.00"), Decimal("400.00"), Decimal("0.00"), 0),
        (DAY + dt.timedelta(days=30), Decimal("400.00"), Decimal("100.00"), Decimal("300.00"), 15),
        (DAY + dt.timedelta(days=60), Decimal("330.00"), Decimal("0.00"), Decimal("330.00"), 0)]
    assert [s.overdue for s in states] == [False, True, False]


def test_the_history_holds_the_order_its_shipments_and_payments_for_those_who_see_it(world):
    order = make_order(world, item(world, quantity="2"))
    order = order_workflow.confirm_order(world["sales1"], order.id, order.version)
    line = OrderLine.get(OrderLine.order == order.id)
    note = shipments.create_shipment(world["sales1"], order.id, ShipmentInput(DAY, [ShipmentLineInput(line.id, "1")]))
    payment = record_payment(world["sales1"], order.id, PaymentInput(DAY, "100.00"))
    other = make_order(world, item(world), actor="sales5", customer="c5")

    rows = order_history(world["sales1"], order.id)
    assert [(r.entity, r.action) for r in rows][::-1][:2] == [("order", "create"), ("order", "update")]
    assert ("shipment", str(note.id)) in {(r.entity, r.entity_id) for r in rows}
    assert ("payment", str(payment.id)) in {(r.entity, r.entity_id) for r in rows}
    assert all(r.entity_id != str(other.id) or r.entity != "order" for r in rows)
    assert rows[0].at >= rows[-1].at and rows[-1].user_name == world["sales1"].display_name
    assert order_history(world["manager"], order.id)[0].id == rows[0].id
    with pytest.raises(PermissionDenied):
        order_history(world["sales5"], order.id)
