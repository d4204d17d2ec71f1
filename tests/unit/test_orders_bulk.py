"""The bulk path for imports and the demo keeps the invariants of the one-by-one services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.customer import Customer
from app.models.order import Order, OrderLine, PaymentInstalment
from app.services.orders import sum_lines
from app.services.orders_bulk import BulkOrder, BulkPayment, bulk_line, insert_orders, insert_payments
from app.services.receivables import aging_by_customer
from tests.unit.order_factories import DAY, item, make_order, order_world


@pytest.fixture
def world(database):
    return order_world()


def test_bulk_orders_and_payments_keep_the_invariants(world):
    make_order(world, item(world))  # SO-202603-0001 taken by the service
    lines = [bulk_line(Decimal("3"), Decimal("33.33"), discount=Decimal("7.5"), tax_rate=Decimal("13"),
                       product_id=world["p"], description="控制器", unit="台"),
             bulk_line(Decimal("1.5"), Decimal("200"), description="服务")]
    seller = world["sales1"].id
    ids = insert_orders(world["manager"], [
        BulkOrder(world["c1"], seller, DAY, lines, state="closed"),
        BulkOrder(world["c1"], seller, dt.date(2026, 4, 2), lines,
                  plan=[(dt.date(2026, 5, 1), Decimal("200.00")), (dt.date(2026, 4, 2), Decimal("204.51"))]),
        BulkOrder(world["c5"], world["sales5"].id, DAY, lines[1:], state="draft")])
    stored = [Order.get_by_id(i) for i in ids]
    assert [o.number for o in stored] == ["SO-202603-0002", "SO-202604-0001", "SO-202603-0003"]
    assert [o.total for o in stored] == [Decimal("404.51"), Decimal("404.51"), Decimal("300.00")]
    assert all(sum_lines(o.id) == (o.net_total, o.tax_total) for o in stored)
    closed_lines = OrderLine.select().where(OrderLine.order == ids[0])
    assert all(ln.shipped_quantity == ln.quantity for ln in closed_lines)
    plan = PaymentInstalment.select().where(PaymentInstalment.order == ids[1]).order_by(PaymentInstalment.position)
    assert [i.due_date for i in plan] == [dt.date(2026, 4, 2), dt.date(2026, 5, 1)]
    assert (Customer.get_by_id(world["c1"]).is_lead, Customer.get_by_id(world["c5"]).is_lead) == (False, True)
    insert_payments(world["manager"], [BulkPayment(ids[0], DAY, Decimal("404.51")),
                                       BulkPayment(ids[1], DAY, Decimal("100")),
                                       BulkPayment(ids[1], DAY, Decimal("104.51"))])
    assert [Order.get_by_id(i).paid_total for i in ids] == [Decimal("404.51"), Decimal("204.51"), Decimal("0.00")]
    row = aging_by_customer(world["manager"], dt.date(2026, 5, 10))[0]
    assert (row.receivable, row.days_0_30) == (Decimal("200.00"), Decimal("200.00"))
    with pytest.raises(ValueError):
        insert_orders(None, [BulkOrder(world["c1"], seller, DAY, lines, plan=[(DAY, Decimal("1"))])])
    assert Order.select().count() == 4
