"""Builders for order tests: the demo staff, two customers, a product, and orders made through the
services (so every rule applies)."""

from __future__ import annotations

import datetime as dt

from app.models.order import Order
from app.services import order_workflow, orders, products
from app.services.orders import OrderInput
from app.services.quotations import LineInput
from tests.unit.customer_factories import add_customer, demo_staff

DAY = dt.date(2026, 3, 10)


def order_world() -> dict:
    """Demo staff (sales1: team 1, limit 10 %; sup1: team 1, 20 %; sup2: team 2; manager), a customer
    of sales1 (c1) and of sales5 (c5), a product listed at 100.00 with floor 80.00 and tax 13 %."""
    staff = demo_staff()
    staff["c1"] = add_customer(staff["sales1"], "上海甲公司", owner=staff["sales1"])
    staff["c5"] = add_customer(staff["sales5"], "广州乙公司", owner=staff["sales5"])
    staff["p"] = products.create_product(staff["manager"], products.ProductInput(
        "P-100", "控制器", "台", "100.00", "80.00", "13")).id
    return staff


def item(w, quantity="1", discount="0", price=None) -> LineInput:
    return LineInput(product_id=w["p"], quantity=quantity, unit_price=price, discount=discount)


def make_order(w, *lines: LineInput, actor="sales1", customer="c1", on=DAY, **fields) -> Order:
    data = OrderInput(customer_id=w[customer], sign_date=on, lines=list(lines), **fields)
    return orders.create_order(w[actor], data)


def confirmed(w, *lines: LineInput, actor="sales1", **fields) -> Order:
    order = make_order(w, *lines, actor=actor, **fields)
    return order_workflow.confirm_order(w[actor], order.id, order.version)


def fresh(order: Order) -> Order:
    return Order.get_by_id(order.id)
