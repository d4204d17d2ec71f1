"""Demo orders, shipments and payments: every stored amount and state is what the services would
keep, converted quotations link to their orders, counters continue, and a seed gives the same data."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from decimal import Decimal

import pytest

from app.cli import build_parser
from app.models.base import db
from app.models.connection import close_database, open_database
from app.models.customer import Customer
from app.models.numbering import DocumentCounter
from app.models.order import Order, OrderLine, Payment, PaymentInstalment, Shipment, ShipmentLine
from app.models.quotation import Quotation, QuotationLine
from app.models.user import User
from app.services.demo import DEMO_SCALES, create_demo
from app.services.order_reminders import remind_renewals
from app.services.order_workflow import SOLD_STATES, close_order, shipping_state
from app.services.orders import OrderInput, create_order
from app.services.payments import PaymentInput, record_payment
from app.services.quotations import LineInput
from app.services.quote_math import line_amounts
from app.services.receivables import aging_by_customer
from app.services.shipments import ShipmentInput, ShipmentLineInput, create_shipment, ship

ORDERS, LINES = 900, 3000
NUMBER = re.compile(r"^(SO|DN)-(\d{6})-(\d{4})$")


@pytest.fixture
def demo(database):
    summary = create_demo(seed=4, customers=600, orders=ORDERS, order_lines=LINES)
    return summary, {u.username: u for u in User.select()}


def _by_order(query) -> dict[int, list]:
    grouped = defaultdict(list)
    for row in query:
        grouped[row.order_id].append(row)
    return grouped


def test_sizes_as_asked_and_states_in_realistic_shares(demo):
    summary, _staff = demo
    assert (summary.orders, summary.order_lines) == (ORDERS, LINES)
    assert Order.select().count() == ORDERS and OrderLine.select().count() == LINES
    assert summary.shipments == Shipment.select().count() and summary.payments == Payment.select().count()
    shares = {state: Order.select().where(Order.state == state).count() / ORDERS for state in
              ("draft", "pending", "confirmed", "partially_shipped", "shipped", "closed", "cancelled")}
    assert all(share > 0 for share in shares.values()), shares
    assert shares["closed"] + shares["shipped"] > 0.6 and shares["cancelled"] < 0.08 and shares["draft"] < 0.12


def test_amounts_lines_payments_and_shipped_quantities_agree(demo):
    today = dt.date.today()
    lines = _by_order(OrderLine.select().order_by(OrderLine.order, OrderLine.position))
    payments = _by_order(Payment.select())
    plans = _by_order(PaymentInstalment.select().order_by(PaymentInstalment.order, PaymentInstalment.position))
    moved = defaultdict(Decimal)
    for line_id, quantity in (ShipmentLine.select(ShipmentLine.order_line, ShipmentLine.quantity).join(Shipment)
                              .where(Shipment.state.in_(["shipped", "delivered"])).tuples()):
        moved[line_id] += Decimal(quantity).scaleb(-3) if isinstance(quantity, int) else quantity
    for order in Order.select():
        rows = lines[order.id]
        assert [r.position for r in rows] == list(range(1, len(rows) + 1))
        for line in rows:
            amounts = line_amounts(line.quantity, line.unit_price, line.discount, line.tax_rate)
            assert (line.net, line.tax) == (amounts.net, amounts.tax), order.number
            assert line.shipped_quantity == moved.get(line.id, Decimal(0)), order.number
            assert Decimal(0) <= line.shipped_quantity <= line.quantity
        assert order.net_total == sum(r.net for r in rows) and order.tax_total == sum(r.tax for r in rows)
        assert order.total == order.net_total + order.tax_total
        paid = payments.get(order.id, [])
        assert order.paid_total == sum((p.amount for p in paid), Decimal("0.00")) <= order.total, order.number
        assert all(order.sign_date <= p.pay_date < today and p.amount > 0 and not p.is_prepayment for p in paid)
        plan = plans.get(order.id, [])
        if order.state in SOLD_STATES:
            assert plan and order.confirmed_at is not None
        if plan:
            assert sum(i.amount for i in plan) == order.total and all(i.amount > 0 for i in plan)
            assert [i.due_date for i in plan] == sorted(i.due_date for i in plan)


def test_states_follow_shipments_and_payments(demo):
    shipped_orders = {s.order_id for s in Shipment.select().where(Shipment.state.in_(["shipped", "delivered"]))}
    for order in Order.select():
        if order.state in ("confirmed", "partially_shipped", "shipped"):
            assert shipping_state(order.id) == order.state, order.number
        elif order.state == "closed":
            assert shipping_state(order.id) == "shipped" and order.paid_total == order.total, order.number
        else:  # draft, pending, cancelled: nothing left the warehouse, nothing paid
            assert order.id not in shipped_orders and order.paid_total == 0, order.number
            assert order.confirmed_at is None or order.state == "cancelled"
        if order.state == "cancelled":
            assert order.cancel_reason
        if order.needs_approval and order.state in SOLD_STATES:
            assert order.approved_by_id is not None and order.approved_at <= order.confirmed_at
        assert order.created_at <= order.updated_at <= dt.datetime.now() and order.version >= 1
    for shipment in Shipment.select():
        assert NUMBER.match(shipment.number).group(2) == f"{shipment.ship_date:%Y%m}"
        assert (shipment.shipped_at is not None) == (shipment.state in ("shipped", "delivered"))
        assert (shipment.delivered_at is not None) == (shipment.state == "delivered")
        quantities = [line.quantity for line in shipment.lines]
        assert quantities and all((q < 0) if shipment.is_return else (q > 0) for q in quantities)
        if shipment.carrier not in ("", "客户自提"):
            assert shipment.tracking_no and shipment.freight >= 0
    carriers = {s.carrier for s in Shipment.select(Shipment.carrier)}
    assert {"顺丰速运", "德邦物流", "京东物流", "中通快递"} <= carriers
    assert Shipment.select().where(Shipment.is_return == True).exists()  # noqa: E712
    assert Shipment.select().where(Shipment.packaging > 0).exists()
    partial = Order.select().where(Order.state == "partially_shipped").count()
    assert partial > 0


def test_converted_quotations_link_to_orders_with_their_lines(demo):
    converted = list(Quotation.select().where(Quotation.state == "converted"))
    assert converted
    assert Quotation.select().where(Quotation.state == "accepted").count() < len(converted)
    orders = {o.quotation_id: o for o in Order.select().where(Order.quotation.is_null(False))}
    assert set(orders) == {q.id for q in converted}
    for quotation in converted:
        order = orders[quotation.id]
        assert (order.customer_id, order.salesperson_id) == (quotation.customer_id, quotation.salesperson_id)
        assert (order.net_total, order.tax_total, order.total) == (quotation.net_total, quotation.tax_total,
                                                                  quotation.total)
        assert order.sign_date >= quotation.quote_date and quotation.updated_at == order.created_at
        source = QuotationLine.select().where(QuotationLine.quotation == quotation.id).order_by(QuotationLine.position)
        copied = [(x.product_id, x.quantity, x.unit_price, x.discount, x.net, x.tax) for x in source]
        assert copied == [(x.product_id, x.quantity, x.unit_price, x.discount, x.net, x.tax) for x in
                          OrderLine.select().where(OrderLine.order == order.id).order_by(OrderLine.position)]
    assert Order.select().where(Order.quotation.is_null()).count() > len(converted)  # direct orders too


def test_numbers_counters_and_leads(demo):
    last: dict[tuple[str, str], int] = {}
    for model in (Order, Shipment):
        for (number,) in model.select(model.number).order_by(model.id).tuples():
            kind, month, sequence = NUMBER.match(number).groups()
            assert int(sequence) == last.get((kind, month), 0) + 1, number  # id order, no gaps
            last[(kind, month)] = int(sequence)
    counters = {(c.kind, c.period): c.last for c in DocumentCounter.select().where(DocumentCounter.kind.in_(["SO",
                                                                                                            "DN"]))}
    assert counters == last
    buyers = {o.customer_id for o in Order.select().where(Order.state.in_(sorted(SOLD_STATES)))}
    assert not Customer.select().where(Customer.id.in_(list(buyers)) & (Customer.is_lead == True)).exists()  # noqa: E712
    owners = {c.id: c.owner_id for c in Customer.select()}
    assert all(owners[o.customer_id] == o.salesperson_id for o in Order.select())


def test_service_contracts_renewals_and_receivables(demo):
    _summary, staff = demo
    today = dt.date.today()
    contracts = list(Order.select().where(Order.end_date.is_null(False)))
    assert contracts and all(o.start_date <= o.end_date for o in contracts)
    due = [o for o in contracts if o.state in SOLD_STATES and today <= o.end_date <= today + dt.timedelta(days=30)]
    assert due and all(o.renewal_reminded_at is None for o in due)
    assert remind_renewals(today) == len(due)
    rows = aging_by_customer(staff["manager"], today)
    assert rows and any(r.overdue > 0 for r in rows) and any(r.not_due > 0 for r in rows)
    owed = sum((o.total - o.paid_total for o in Order.select().where(Order.state.in_(
        ["confirmed", "partially_shipped", "shipped"]))), Decimal("0.00"))
    assert sum(r.receivable for r in rows) == owed


def test_services_carry_on_from_the_demo(demo):
    """The next order, shipment, payment and closing made in the app fit the demo's data."""
    today = dt.date.today()
    order = Order.select().where((Order.state == "confirmed") & (Order.paid_total == 0)).order_by(Order.id).first()
    salesperson = User.get_by_id(order.salesperson_id)
    lines = list(OrderLine.select().where(OrderLine.order == order.id))
    shipment = create_shipment(salesperson, order.id, ShipmentInput(today, [
        ShipmentLineInput(line.id, line.quantity - line.shipped_quantity) for line in lines], "顺丰速运", "SF1"))
    ship(salesperson, shipment.id, shipment.version)
    record_payment(salesperson, order.id, PaymentInput(today, Order.get_by_id(order.id).total))
    closed = close_order(salesperson, order.id, Order.get_by_id(order.id).version)
    assert closed.state == "closed"
    month = [int(n[10:]) for (n,) in Shipment.select(Shipment.number).where(
        Shipment.number.startswith(f"DN-{today:%Y%m}-")).tuples()]
    assert shipment.number == f"DN-{today:%Y%m}-{max(month):04d}" and len(month) == max(month)
    customer = Customer.get_by_id(order.customer_id)
    new = create_order(salesperson, OrderInput(customer.id, today, lines=[LineInput(lines[0].product_id)]))
    previous = Order.select().where(Order.number.startswith(f"SO-{today:%Y%m}-") & (Order.id != new.id)).count()
    assert new.number == f"SO-{today:%Y%m}-{previous + 1:04d}"


def test_same_seed_same_orders(tmp_path):
    def make(name: str, seed: int) -> list[tuple]:
        open_database(str(tmp_path / name))
        try:
            create_demo(seed=seed, customers=150, orders=200, order_lines=600)
            return (list(Order.select(Order.number, Order.customer, Order.state, Order.total, Order.paid_total)
                         .order_by(Order.id).tuples())
                    + list(Shipment.select(Shipment.number, Shipment.carrier, Shipment.tracking_no, Shipment.state)
                           .order_by(Shipment.id).tuples())
                    + list(Payment.select(Payment.order, Payment.pay_date, Payment.amount)
                           .order_by(Payment.id).tuples()))
        finally:
            close_database()
            db.initialize(None)

    first = make("a.sqlite3", 5)
    assert make("b.sqlite3", 5) == first and first
    assert make("c.sqlite3", 6) != first


def test_large_scale_sizes_and_option(database):
    assert DEMO_SCALES["large"] == (100_000, 300_000, 1_000_000)
    assert build_parser().parse_args(["demo", "--scale", "large"]).scale == "large"
    summary = create_demo(seed=2, customers=200, orders=600, order_lines=2000)  # the large shape, smaller
    assert (Order.select().count(), OrderLine.select().count()) == (summary.orders, summary.order_lines) == (600, 2000)
    with pytest.raises(ValueError):
        create_demo(seed=2, customers=10, orders=10, order_lines=5)
