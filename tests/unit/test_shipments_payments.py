"""Shipments and returns within their limits, the order state following them, payments within the
balance (or marked), closing only when fully shipped and paid."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.order import OrderLine, Payment, Shipment
from app.services import order_workflow, shipments
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.order_queries import order_detail
from app.services.payments import PaymentInput, balance, record_payment
from app.services.quotations import LineInput
from app.services.shipments import ShipmentInput, ShipmentLineInput
from app.services.timeline import customer_timeline
from tests.unit.order_factories import DAY, confirmed, fresh, item, make_order, order_world


@pytest.fixture
def world(database):
    return order_world()


def two_lines(w):
    """A confirmed order: 10 controllers (1,130.00 with tax) and 2.5 hours of service at 80 (200.00)."""
    order = confirmed(w, item(w, quantity="10"), LineInput(description="调试服务", quantity="2.5", unit="小时",
                                                           unit_price="80"))
    lines = list(OrderLine.select().where(OrderLine.order == order.id).order_by(OrderLine.position))
    return order, lines


def note(w, order, *pairs, returning=False, actor="sales1"):
    data = ShipmentInput(DAY, [ShipmentLineInput(line.id, quantity) for line, quantity in pairs],
                         carrier="顺丰", tracking_no="SF123", freight="25.50", packaging="8")
    create = shipments.create_return if returning else shipments.create_shipment
    return create(w[actor], order.id, data)


def shipped(w, shipment, actor="sales1"):
    return shipments.ship(w[actor], shipment.id, shipment.version)


def test_shipments_never_exceed_what_remains_and_the_order_follows(world):
    order, (goods, service) = two_lines(world)
    first = note(world, order, (goods, "4"), (service, "2.5"))
    assert (first.number, first.state, first.freight, fresh(order).state) == (
        "DN-202603-0001", "draft", Decimal("25.50"), "confirmed")
    with pytest.raises(ValidationError) as caught:
        note(world, order, (goods, "7"))  # 10 − 4 in the draft leaves 6
    assert set(caught.value.fields) == {"lines.0.quantity"}
    with pytest.raises(ValidationError):
        note(world, order, (goods, "0"))
    shipped(world, first)
    assert fresh(order).state == "partially_shipped"
    detail = order_detail(world["sales1"], order.id)
    assert [(s.shipped, s.remaining) for s in detail.lines] == [(Decimal("4.000"), Decimal("6.000")),
                                                               (Decimal("2.500"), Decimal("0.000"))]
    with pytest.raises(ValidationError):
        note(world, order, (service, "0.001"))
    rest = note(world, order, (goods, "6"))
    with pytest.raises(ConflictError):
        shipments.ship(world["sales1"], rest.id, rest.version + 1)
    shipped(world, rest)
    assert fresh(order).state == "shipped" and order_detail(world["sales1"], order.id).fully_shipped
    with pytest.raises(ValidationError):
        note(world, order, (goods, "1"))
    delivered = shipments.deliver(world["sales1"], rest.id, Shipment.get_by_id(rest.id).version)
    assert delivered.state == "delivered" and Shipment.get_by_id(rest.id).delivered_at is not None
    with pytest.raises(ValidationError):
        shipments.deliver(world["sales1"], rest.id, delivered.version)


def test_shipping_rechecks_the_limit_when_the_draft_leaves(world):
    order, (goods, _service) = two_lines(world)
    first = note(world, order, (goods, "6"))
    # a draft written when more remained (e.g. by another app before this one shipped)
    second = note(world, order, (goods, "4"))
    OrderLine.update(shipped_quantity=Decimal("1")).where(OrderLine.id == goods.id).execute()
    shipped(world, first)
    with pytest.raises(ValidationError):
        shipped(world, second)
    assert Shipment.get_by_id(second.id).state == "draft"
    assert OrderLine.get_by_id(goods.id).shipped_quantity == Decimal("7.000")


def test_returns_never_exceed_what_was_shipped(world):
    order, (goods, service) = two_lines(world)
    with pytest.raises(ValidationError):
        note(world, order, (goods, "1"), returning=True)  # nothing shipped yet
    shipped(world, note(world, order, (goods, "10"), (service, "2.5")))
    assert fresh(order).state == "shipped"
    with pytest.raises(ValidationError) as caught:
        note(world, order, (goods, "11"), returning=True)
    assert set(caught.value.fields) == {"lines.0.quantity"}
    back = note(world, order, (goods, "3"), returning=True)
    assert [ln.quantity for ln in back.lines] == [Decimal("-3.000")]
    with pytest.raises(ValidationError):
        note(world, order, (goods, "8"), returning=True)  # 10 shipped, 3 already in a draft return
    shipped(world, back)
    assert (fresh(order).state, OrderLine.get_by_id(goods.id).shipped_quantity) == ("partially_shipped",
                                                                                    Decimal("7.000"))
    shipped(world, note(world, order, (goods, "3")))  # ship the replacement
    assert fresh(order).state == "shipped"
    kinds = {e.kind for e in customer_timeline(world["sales1"], world["c1"])}
    assert {"order", "shipment", "return"} <= kinds


def test_payments_stay_within_the_balance_unless_marked(world):
    order, _lines = two_lines(world)  # 1,130.00 + 200.00
    assert balance(world["sales1"], order.id) == Decimal("1330.00")
    record_payment(world["sales1"], order.id, PaymentInput(DAY, "1000.00", reference="银行回单 001"))
    with pytest.raises(ValidationError) as caught:
        record_payment(world["sales1"], order.id, PaymentInput(DAY, "330.01"))
    assert set(caught.value.fields) == {"amount"}
    with pytest.raises(ValidationError) as caught:
        record_payment(world["sales1"], order.id, PaymentInput(DAY, "500", is_prepayment=True))
    assert set(caught.value.fields) == {"reason"}
    for bad in ("0", "-5", "1.005"):
        with pytest.raises(ValidationError):
            record_payment(world["sales1"], order.id, PaymentInput(DAY, bad))
    record_payment(world["sales1"], order.id, PaymentInput(DAY, "330.00", method="cash"))
    assert balance(world["sales1"], order.id) == Decimal("0.00")
    record_payment(world["sales1"], order.id, PaymentInput(DAY, "20.00", is_prepayment=True, reason="多付运费"))
    assert (fresh(order).paid_total, balance(world["sales1"], order.id)) == (Decimal("1350.00"), Decimal("-20.00"))
    with pytest.raises(PermissionDenied):
        record_payment(world["sales2"], order.id, PaymentInput(DAY, "1"))
    assert Payment.select().count() == 3


def test_prepayment_before_confirmation_and_no_cancel_after_payment(world):
    draft = make_order(world, item(world, quantity="2"))
    with pytest.raises(ValidationError) as caught:
        record_payment(world["sales1"], draft.id, PaymentInput(DAY, "100"))
    assert set(caught.value.fields) == {"is_prepayment"}
    record_payment(world["sales1"], draft.id, PaymentInput(DAY, "100", is_prepayment=True, reason="预付款"))
    with pytest.raises(ValidationError, match="Payments"):
        order_workflow.cancel_order(world["sales1"], draft.id, fresh(draft).version, "客户取消")
    order = order_workflow.confirm_order(world["sales1"], draft.id, fresh(draft).version)
    assert balance(world["sales1"], order.id) == Decimal("126.00")


def test_close_only_when_fully_shipped_and_paid(world):
    order, (goods, service) = two_lines(world)
    with pytest.raises(ValidationError):
        order_workflow.close_order(world["sales1"], order.id, fresh(order).version)
    shipped(world, note(world, order, (goods, "10"), (service, "2.5")))
    with pytest.raises(ValidationError, match="paid"):
        order_workflow.close_order(world["sales1"], order.id, fresh(order).version)
    record_payment(world["sales1"], order.id, PaymentInput(DAY + dt.timedelta(days=3), "1330.00"))
    closed = order_workflow.close_order(world["sales1"], order.id, fresh(order).version)
    assert fresh(closed).state == "closed"
    with pytest.raises(ValidationError):
        record_payment(world["sales1"], order.id, PaymentInput(DAY, "1", is_prepayment=True, reason="x"))
    with pytest.raises(ValidationError):
        note(world, order, (goods, "1"), returning=True)
    with pytest.raises(ValidationError):
        order_workflow.cancel_order(world["sales1"], order.id, fresh(order).version, "x")
