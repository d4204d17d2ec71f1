"""Orders / contracts (合同·订单), their lines, payment plans, shipments (发货单) and payments (回款).

Amounts kept in step by the services in the transaction that changes their source, so that
reports and the receivables query sum stored columns instead of recomputing lines:
- `Order.net_total/tax_total/total` are the sums of the rounded lines (`services.quote_math`);
- `OrderLine.shipped_quantity` is the net quantity of shipped (or delivered) shipments, returns
  subtracted; remaining = quantity − shipped_quantity;
- `Order.paid_total` is the sum of the order's payments; balance = total − paid_total.
"""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel, MoneyField, PercentField, QuantityField, VersionedModel, now
from app.models.customer import Contact, Customer
from app.models.product import Product
from app.models.quotation import Quotation
from app.models.user import User

# draft 草稿, pending 待审批, confirmed 已确认, partially_shipped 部分发货, shipped 已发货,
# closed 已结案, cancelled 已作废
ORDER_STATES = ("draft", "pending", "confirmed", "partially_shipped", "shipped", "closed", "cancelled")
# draft 草稿, shipped 已发货, delivered 已签收, cancelled 已作废 (a draft that never left)
SHIPMENT_STATES = ("draft", "shipped", "delivered", "cancelled")


class Order(VersionedModel):
    """An order or contract with a customer. `quotation` is the accepted quotation it came from
    (None when entered directly). `sign_date` is the order date of every KPI; `start_date` and
    `end_date` bound a service contract (renewal reminders look at `end_date`)."""

    number = CharField(max_length=30, unique=True)
    customer = ForeignKeyField(Customer, backref="orders")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    salesperson = ForeignKeyField(User, backref="orders")
    quotation = ForeignKeyField(Quotation, null=True, backref="orders")
    sign_date = DateField()
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    currency = CharField(max_length=3, default="CNY")
    state = CharField(max_length=20, default="draft")
    terms = TextField(default="")
    notes = TextField(default="")
    net_total = MoneyField(default=0)
    tax_total = MoneyField(default=0)
    total = MoneyField(default=0)
    paid_total = MoneyField(default=0)
    needs_approval = BooleanField(default=False)
    approval_discount = PercentField(default=0)
    approved_by = ForeignKeyField(User, null=True, backref="approved_orders")
    approved_at = DateTimeField(null=True)
    decision_comment = TextField(default="")
    confirmed_at = DateTimeField(null=True)
    cancel_reason = TextField(default="")
    renewal_reminded_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "sales_order"  # ORDER is an SQL keyword
        indexes = ((("state", "sign_date"), False), (("salesperson", "sign_date"), False),
                   (("customer", "sign_date"), False), (("state", "end_date"), False),
                   (("sign_date", "id"), False))  # step 9; also the partial index sales_order_owing


class OrderLine(BaseModel):
    """One line priced like a quotation line, plus the net quantity shipped so far."""

    order = ForeignKeyField(Order, backref="lines", on_delete="CASCADE")
    position = IntegerField()
    product = ForeignKeyField(Product, null=True, on_delete="SET NULL")
    description = CharField(max_length=500, default="")
    quantity = QuantityField()
    unit = CharField(max_length=20, default="")
    unit_price = MoneyField()
    discount = PercentField(default=0)
    tax_rate = PercentField(default=0)
    net = MoneyField()
    tax = MoneyField()
    shipped_quantity = QuantityField(default=0)

    class Meta:
        indexes = ((("order", "position"), True),)


class PaymentInstalment(BaseModel):
    """One instalment of the payment plan (付款计划): due date and amount; payments cover the
    instalments oldest first. `overdue_reminded_at` makes the overdue reminder a one-off."""

    order = ForeignKeyField(Order, backref="instalments", on_delete="CASCADE")
    position = IntegerField()
    due_date = DateField()
    amount = MoneyField()
    overdue_reminded_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("order", "position"), True), (("due_date",), False),
                   (("order", "due_date", "amount"), False))  # step 9


class Shipment(VersionedModel):
    """A delivery note (发货单) or, with `is_return`, a return (退货) whose line quantities are negative."""

    number = CharField(max_length=30, unique=True)
    order = ForeignKeyField(Order, backref="shipments")
    ship_date = DateField()
    carrier = CharField(max_length=80, default="")
    tracking_no = CharField(max_length=80, default="")
    freight = MoneyField(default=0)
    packaging = MoneyField(default=0)
    state = CharField(max_length=12, default="draft")
    is_return = BooleanField(default=False)
    notes = TextField(default="")
    shipped_at = DateTimeField(null=True)
    delivered_at = DateTimeField(null=True)
    created_by = ForeignKeyField(User, null=True, backref="shipments", on_delete="SET NULL")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("ship_date",), False), (("carrier", "ship_date"), False))


class ShipmentLine(BaseModel):
    """How much of one order line this shipment carries (negative on a return)."""

    shipment = ForeignKeyField(Shipment, backref="lines", on_delete="CASCADE")
    order_line = ForeignKeyField(OrderLine, backref="shipment_lines")
    quantity = QuantityField()


class Payment(BaseModel):
    """Money received against an order (回款). A prepayment (before confirmation) or an overpayment
    (above the balance) carries `is_prepayment` and the reason the user gave."""

    order = ForeignKeyField(Order, backref="payments")
    pay_date = DateField()
    amount = MoneyField()
    method = CharField(max_length=20, default="transfer")
    reference = CharField(max_length=80, default="")
    is_prepayment = BooleanField(default=False)
    reason = TextField(default="")
    recorded_by = ForeignKeyField(User, null=True, backref="payments", on_delete="SET NULL")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("pay_date",), False),)
