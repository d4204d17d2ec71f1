"""The payment list (filters in SQL, scope) and the amount a new payment is offered: the uncovered
part of the next instalment (payments cover the plan oldest first), else the balance."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.order import Order, PaymentInstalment
from app.services import payment_plan
from app.services.payment_plan import InstalmentInput
from app.services.payment_queries import (
    NextInstalment,
    PaymentFilter,
    count_payments,
    next_instalment,
    payment_page,
    suggested_amount,
)
from app.services.payments import PaymentInput, record_payment
from tests.unit.order_factories import DAY, confirmed, item, order_world


def plan(*parts: tuple[int, str]) -> list[PaymentInstalment]:
    return [PaymentInstalment(position=n, due_date=DAY + dt.timedelta(days=days), amount=Decimal(amount))
            for n, (days, amount) in enumerate(parts, start=1)]


def test_the_next_instalment_is_the_first_not_fully_covered():
    three = plan((30, "300.00"), (0, "100.00"), (60, "600.00"))  # due-date order: 100, 300, 600
    assert next_instalment(three, Decimal("0")) == NextInstalment(DAY, Decimal("100.00"))
    assert next_instalment(three, Decimal("150.00")) == NextInstalment(DAY + dt.timedelta(days=30), Decimal("250.00"))
    assert next_instalment(three, Decimal("400.00")) == NextInstalment(DAY + dt.timedelta(days=60), Decimal("600.00"))
    assert next_instalment(three, Decimal("1000.00")) is None


def test_the_suggested_amount_is_the_next_instalment_else_the_balance():
    three = plan((0, "100.00"), (30, "300.00"))
    assert suggested_amount(three, Decimal("400.00"), Decimal("50.00")) == Decimal("50.00")
    assert suggested_amount([], Decimal("400.00"), Decimal("50.00")) == Decimal("350.00")
    assert suggested_amount([], Decimal("400.00"), Decimal("400.00")) is None
    assert suggested_amount(three, Decimal("400.00"), Decimal("450.00")) is None


@pytest.fixture
def world(database):
    w = order_world()
    order = confirmed(w, item(w, quantity="10"))  # 1,130.00
    payment_plan.set_payment_plan(w["sales1"], order.id, Order.get_by_id(order.id).version, [
        InstalmentInput(DAY, "500.00"), InstalmentInput(DAY + dt.timedelta(days=30), "630.00")])
    record_payment(w["sales1"], order.id, PaymentInput(DAY, "500.00", reference="BANK-1"))
    record_payment(w["sales1"], order.id, PaymentInput(DAY + dt.timedelta(days=5), "30.00", method="cash"))
    other = confirmed(w, item(w, quantity="1"), actor="sales5", customer="c5")
    record_payment(w["sales5"], other.id, PaymentInput(DAY, "113.00"))
    w["order"] = order
    return w


def test_the_payment_list_filters_in_sql_within_the_scope(world):
    sales1, manager = world["sales1"], world["manager"]
    assert [r.amount for r in payment_page(sales1, PaymentFilter())] == [Decimal("30.00"), Decimal("500.00")]
    assert count_payments(manager, PaymentFilter()) == 3
    assert [r.reference for r in payment_page(sales1, PaymentFilter(search="BANK"))] == ["BANK-1"]
    assert [r.method for r in payment_page(sales1, PaymentFilter(method="cash"))] == ["cash"]
    assert count_payments(sales1, PaymentFilter(date_from=DAY + dt.timedelta(days=1))) == 1
    assert count_payments(manager, PaymentFilter(salesperson_id=world["sales5"].id)) == 1
    assert count_payments(manager, PaymentFilter(customer_id=world["c1"])) == 2
    order = Order.get_by_id(world["order"].id)
    assert suggested_amount(list(order.instalments), order.total, order.paid_total) == Decimal("600.00")
