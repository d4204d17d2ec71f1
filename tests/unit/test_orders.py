"""Orders: direct entry and conversion of a quotation (amounts exact), numbering, payment plans,
approval under the quotation limits, confirm / cancel rules, the lead becoming a customer, stale
edits, permissions, the list, the timeline, merges and the pool exemption."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.audit import AuditLog
from app.models.customer import Customer
from app.models.notification import Notification
from app.models.order import Order, OrderLine, PaymentInstalment, Shipment
from app.models.quotation import Quotation, QuotationLine
from app.services import order_workflow, orders, quotation_decisions, quotations, shipments
from app.services.duplicates import merge_customers
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.order_queries import OrderFilter, count_orders, order_detail, order_page
from app.services.orders import OrderInput
from app.services.payment_plan import InstalmentInput, even_split, monthly_due_dates, set_payment_plan
from app.services.quotations import LineInput, QuotationInput
from app.services.timeline import customer_timeline
from tests.unit.customer_factories import add_customer
from tests.unit.order_factories import DAY, confirmed, fresh, item, make_order, order_world


@pytest.fixture
def world(database):
    return order_world()


def test_direct_order_is_numbered_and_priced_on_the_server(world):
    first = make_order(world, item(world, quantity="3"), LineInput(description="安装服务", unit_price="33.33",
                                                                  tax_rate="6"),
                       start_date=DAY, end_date=DAY + dt.timedelta(days=365), terms="款到发货")
    second = make_order(world, item(world), on=dt.date(2026, 4, 1))
    third = make_order(world, item(world))
    assert (first.number, second.number, third.number) == ("SO-202603-0001", "SO-202604-0001", "SO-202603-0002")
    stored = fresh(first)
    assert (stored.net_total, stored.tax_total, stored.total) == (Decimal("333.33"), Decimal("41.00"),
                                                                   Decimal("374.33"))
    assert (stored.state, stored.salesperson_id, stored.needs_approval, stored.terms) == (
        "draft", world["sales1"].id, False, "款到发货")
    lines = orders.order_lines(world["sales1"], first.id)
    assert [(ln.description, ln.net, ln.tax, ln.shipped_quantity) for ln in lines] == [
        ("控制器", Decimal("300.00"), Decimal("39.00"), Decimal("0.000")),
        ("安装服务", Decimal("33.33"), Decimal("2.00"), Decimal("0.000"))]
    assert orders.sum_lines(first.id) == (stored.net_total, stored.tax_total)
    with pytest.raises(ValidationError) as caught:
        make_order(world, item(world, discount="120"), start_date=DAY, end_date=DAY - dt.timedelta(days=1))
    assert set(caught.value.fields) == {"end_date"}  # the header is checked before the lines


def accepted_quotation(w) -> Quotation:
    lines = [LineInput(product_id=w["p"], quantity="3.333", unit_price="33.33", discount="7.5"),
             LineInput(product_id=w["p"], quantity="7", unit_price="99.99", discount="15"),
             LineInput(description="运维服务", quantity="12", unit_price="1234.57", tax_rate="6")]
    q = quotations.create_quotation(w["sales1"], QuotationInput(w["c1"], DAY, lines=lines, terms="分三期付款"))
    q = quotation_decisions.submit_for_approval(w["sales1"], q.id, q.version)
    q = quotation_decisions.approve(w["manager"], q.id, q.version, "同意")
    q = quotations.mark_sent(w["sales1"], q.id, q.version)
    return quotations.mark_accepted(w["sales1"], q.id, q.version)


def test_conversion_copies_the_quotation_exactly(world):
    q = accepted_quotation(world)
    with pytest.raises(ConflictError):
        orders.convert_quotation(world["sup1"], q.id, q.version - 1)
    order = orders.convert_quotation(world["sup1"], q.id, q.version, sign_date=DAY + dt.timedelta(days=3))
    stored, source = fresh(order), Quotation.get_by_id(q.id)
    assert source.state == "converted" and stored.quotation_id == q.id
    assert (stored.customer_id, stored.salesperson_id, stored.terms, stored.sign_date) == (
        world["c1"], world["sales1"].id, "分三期付款", DAY + dt.timedelta(days=3))
    assert (stored.net_total, stored.tax_total, stored.total) == (source.net_total, source.tax_total, source.total)
    assert (stored.needs_approval, stored.approved_by_id) == (False, world["manager"].id)
    fields = ("position", "product_id", "description", "quantity", "unit", "unit_price", "discount", "tax_rate",
              "net", "tax")
    copied = [tuple(getattr(ln, f) for f in fields) for ln in orders.order_lines(world["sales1"], order.id)]
    source_lines = QuotationLine.select().where(QuotationLine.quotation == q.id).order_by(QuotationLine.position)
    original = [tuple(getattr(ln, f) for f in fields) for ln in source_lines]
    assert copied == original and len(copied) == 3
    assert orders.sum_lines(order.id) == (stored.net_total, stored.tax_total)
    assert order_detail(world["sales1"], order.id).quotation_number == q.number
    with pytest.raises(ValidationError):
        orders.convert_quotation(world["sales1"], q.id, source.version)
    assert Order.select().count() == 1


def test_plan_sums_exactly_and_even_split_spreads_the_cents(world):
    dates = monthly_due_dates(dt.date(2026, 1, 31), 3)
    assert dates == [dt.date(2026, 1, 31), dt.date(2026, 2, 28), dt.date(2026, 3, 31)]
    parts = even_split(Decimal("100.00"), dates)
    assert [p.amount for p in parts] == [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    order = make_order(world, item(world))  # 113.00
    with pytest.raises(ValidationError) as caught:
        set_payment_plan(world["sales1"], order.id, order.version, even_split(Decimal("100.00"), dates))
    assert set(caught.value.fields) == {"plan"}
    with pytest.raises(ValidationError) as caught:
        set_payment_plan(world["sales1"], order.id, order.version, [InstalmentInput(None, "-1")])
    assert set(caught.value.fields) == {"plan.0.due_date", "plan.0.amount"}
    split = even_split(fresh(order).total, dates)
    set_payment_plan(world["sales1"], order.id, order.version, list(reversed(split)))
    plan = list(PaymentInstalment.select().where(PaymentInstalment.order == order.id)
                .order_by(PaymentInstalment.position))
    assert [(i.due_date, i.amount) for i in plan] == [(dates[0], Decimal("37.67")), (dates[1], Decimal("37.67")),
                                                     (dates[2], Decimal("37.66"))]
    assert fresh(order).version == 2
    # a later edit of the lines leaves a plan that no longer adds up: confirming says so
    order = orders.update_order(world["sales1"], order.id, 2, OrderInput(world["c1"], DAY, lines=[
        item(world, quantity="2")]))
    with pytest.raises(ValidationError) as caught:
        order_workflow.confirm_order(world["sales1"], order.id, order.version)
    assert set(caught.value.fields) == {"plan"}
    with_plan = make_order(world, item(world, quantity="2"), plan=even_split(Decimal("226.00"), dates[:2]))
    assert PaymentInstalment.select().where(PaymentInstalment.order == with_plan.id).count() == 2


def test_confirming_turns_the_lead_into_a_customer_once(world):
    assert Customer.get_by_id(world["c1"]).is_lead
    first = confirmed(world, item(world, quantity="2"))
    assert Customer.get_by_id(world["c1"]).is_lead is False
    plan = list(PaymentInstalment.select().where(PaymentInstalment.order == first.id))
    assert [(i.due_date, i.amount) for i in plan] == [(DAY, Decimal("226.00"))]
    confirmed(world, item(world))
    audits = AuditLog.select().where((AuditLog.entity == "customer") & (AuditLog.action == "first_order"))
    assert [a.entity_id for a in audits] == [str(world["c1"])]
    assert fresh(first).confirmed_at is not None


def test_approval_uses_the_quotation_limits(world):
    order = make_order(world, item(world, discount="15"))
    assert (order.needs_approval, order.approval_discount) == (True, Decimal("15.00"))
    with pytest.raises(ValidationError, match="approval"):
        order_workflow.confirm_order(world["sales1"], order.id, order.version)
    order = order_workflow.submit_for_approval(world["sales1"], order.id, order.version)
    assert Notification.select().where((Notification.user == world["sup1"].id)
                                       & (Notification.kind == "order_approval")).count() == 1
    with pytest.raises(PermissionDenied):
        order_workflow.approve(world["sup2"], order.id, order.version)
    with pytest.raises(PermissionDenied):
        order_workflow.approve(world["sales2"], order.id, order.version)
    with pytest.raises(ValidationError):
        order_workflow.reject(world["sup1"], order.id, order.version, " ")
    order = order_workflow.reject(world["sup1"], order.id, order.version, "折扣太大")
    assert (fresh(order).state, fresh(order).decision_comment) == ("draft", "折扣太大")
    order = order_workflow.submit_for_approval(world["sales1"], order.id, order.version)
    order = order_workflow.approve(world["sup1"], order.id, order.version, "同意")
    stored = fresh(order)
    assert (stored.state, stored.approved_by_id) == ("confirmed", world["sup1"].id)
    assert not Customer.get_by_id(world["c1"]).is_lead
    deep = make_order(world, item(world, discount="25"))
    deep = order_workflow.submit_for_approval(world["sales1"], deep.id, deep.version)
    with pytest.raises(PermissionDenied, match="limit"):
        order_workflow.approve(world["sup1"], deep.id, deep.version)
    order_workflow.approve(world["manager"], deep.id, deep.version)
    assert fresh(deep).state == "confirmed"
    plain = make_order(world, item(world))
    with pytest.raises(ValidationError, match="no approval"):
        order_workflow.submit_for_approval(world["sales1"], plain.id, plain.version)


def test_cancel_only_before_anything_is_shipped_or_paid(world):
    draft = make_order(world, item(world))
    with pytest.raises(ValidationError):
        order_workflow.cancel_order(world["sales1"], draft.id, draft.version, "")
    order_workflow.cancel_order(world["sales1"], draft.id, draft.version, "客户取消")
    stored = fresh(draft)
    assert (stored.state, stored.cancel_reason) == ("cancelled", "客户取消")
    with pytest.raises(ValidationError):
        order_workflow.confirm_order(world["sales1"], draft.id, stored.version)
    order = confirmed(world, item(world, quantity="5"))
    line = OrderLine.get(OrderLine.order == order.id)
    drafted = shipments.create_shipment(world["sales1"], order.id, shipments.ShipmentInput(
        DAY, [shipments.ShipmentLineInput(line.id, "2")]))
    order = order_workflow.cancel_order(world["sales1"], order.id, fresh(order).version, "合同作废")
    assert (fresh(order).state, Shipment.get_by_id(drafted.id).state) == ("cancelled", "cancelled")
    shipped = confirmed(world, item(world, quantity="5"))
    line = OrderLine.get(OrderLine.order == shipped.id)
    note = shipments.create_shipment(world["sales1"], shipped.id, shipments.ShipmentInput(
        DAY, [shipments.ShipmentLineInput(line.id, "5")]))
    shipments.ship(world["sales1"], note.id, note.version)
    returned = shipments.create_return(world["sales1"], shipped.id, shipments.ShipmentInput(
        DAY, [shipments.ShipmentLineInput(line.id, "5")]))
    shipments.ship(world["sales1"], returned.id, returned.version)
    assert fresh(shipped).state == "confirmed"  # everything came back, but goods did leave
    with pytest.raises(ValidationError, match="shipped"):
        order_workflow.cancel_order(world["sales1"], shipped.id, fresh(shipped).version, "退货")
    assert Order.select().count() == 3  # nothing is deleted; numbers stay used


def test_stale_edit_is_a_conflict(world):
    order = make_order(world, item(world))
    orders.update_order(world["sales1"], order.id, 1, OrderInput(world["c1"], DAY, lines=[item(world, "3")]))
    with pytest.raises(ConflictError):
        orders.update_order(world["sup1"], order.id, 1, OrderInput(world["c1"], DAY, lines=[item(world, "9")]))
    with pytest.raises(ConflictError):
        order_workflow.confirm_order(world["sales1"], order.id, 1)
    assert [ln.quantity for ln in OrderLine.select().where(OrderLine.order == order.id)] == [Decimal("3.000")]
    assert fresh(order).total == Decimal("339.00")
    confirmed_order = order_workflow.confirm_order(world["sales1"], order.id, 2)
    with pytest.raises(ValidationError):
        orders.update_order(world["sales1"], order.id, confirmed_order.version,
                            OrderInput(world["c1"], DAY, lines=[item(world)]))


def test_salespeople_see_and_act_on_their_own_orders_only(world):
    order = make_order(world, item(world))
    for who in ("sales2", "sup2"):
        with pytest.raises(PermissionDenied):
            orders.get_order(world[who], order.id)
        with pytest.raises(PermissionDenied):
            order_workflow.confirm_order(world[who], order.id, order.version)
    with pytest.raises(PermissionDenied):
        orders.get_order(world["desk1"], order.id)
    with pytest.raises(PermissionDenied):
        make_order(world, item(world), customer="c5")
    with pytest.raises(PermissionDenied):
        make_order(world, item(world), salesperson_id=world["sales2"].id)
    assert orders.get_order(world["sup1"], order.id).id == order.id
    assert orders.get_order_by_number(world["manager"], order.number).id == order.id
    make_order(world, item(world), actor="sales5", customer="c5")
    assert count_orders(world["sales1"], OrderFilter()) == 1
    assert count_orders(world["sales5"], OrderFilter()) == 1
    assert count_orders(world["manager"], OrderFilter()) == 2


def test_list_filters_and_detail(world):
    a = confirmed(world, item(world, quantity="2"))
    make_order(world, item(world), on=DAY + dt.timedelta(days=40))
    make_order(world, item(world), actor="sales5", customer="c5")
    manager = world["manager"]
    assert count_orders(manager, OrderFilter(state="confirmed")) == 1
    assert count_orders(manager, OrderFilter(salesperson_id=world["sales5"].id)) == 1
    assert count_orders(manager, OrderFilter(customer_id=world["c1"])) == 2
    assert count_orders(manager, OrderFilter(date_from=DAY, date_to=DAY)) == 2
    assert count_orders(manager, OrderFilter(search="广州乙")) == 1
    assert count_orders(manager, OrderFilter(search="202604")) == 1
    rows = order_page(world["sales1"], OrderFilter(), 0, 10)
    assert [r.number for r in rows] == ["SO-202604-0001", "SO-202603-0001"]
    assert (rows[1].customer_name, rows[1].total, rows[1].balance, rows[1].state) == (
        "上海甲公司", Decimal("226.00"), Decimal("226.00"), "confirmed")
    detail = order_detail(world["sales1"], a.id)
    assert [(s.shipped, s.remaining) for s in detail.lines] == [(Decimal("0.000"), Decimal("2.000"))]
    assert (detail.balance, detail.quotation_number, len(detail.plan), detail.fully_shipped) == (
        Decimal("226.00"), None, 1, False)


def test_timeline_merge_and_pool_exemption(world):
    from app.services.recycling import run_recycle_pass

    order = confirmed(world, item(world))
    entries = [e for e in customer_timeline(world["sales1"], world["c1"]) if e.kind == "order"]
    assert [(e.title, e.entity_id) for e in entries] == [(order.number, order.id)]
    other = add_customer(world["manager"], "上海甲有限公司", owner=world["sales1"])
    moved = make_order(world, item(world))
    Order.update(customer=other).where(Order.id == moved.id).execute()
    merge_customers(world["manager"], world["c1"], other)
    assert fresh(moved).customer_id == world["c1"]
    idle = add_customer(world["sales1"], "北京丙公司", owner=world["sales1"])
    long_ago = dt.datetime(2020, 1, 1)
    Customer.update(last_touch_at=long_ago).where(Customer.id.in_([world["c1"], idle])).execute()
    run_recycle_pass()
    assert Customer.get_by_id(world["c1"]).owner_id == world["sales1"].id  # open order keeps the owner
    assert Customer.get_by_id(idle).owner_id is None
