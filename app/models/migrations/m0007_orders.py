"""Schema step 7: orders and their lines, payment plans, shipments with their lines, payments.

Money is BIGINT cents, percentages BIGINT hundredths, quantities BIGINT thousandths. Indexes serve
the order list's filters and the reports (state, salesperson or customer with the sign date), the
renewal pass (state, end_date) and the receivables query (instalments by order and due date).
"""

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    Database,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import SchemaMigrator


class _Frozen(Model):
    class Meta:
        legacy_table_names = False


class User(_Frozen):
    class Meta:
        table_name = "user"


class Customer(_Frozen):
    class Meta:
        table_name = "customer"


class Contact(_Frozen):
    class Meta:
        table_name = "contact"


class Product(_Frozen):
    class Meta:
        table_name = "product"


class Quotation(_Frozen):
    class Meta:
        table_name = "quotation"


class Order(_Frozen):
    number = CharField(max_length=30, unique=True)
    customer = ForeignKeyField(Customer)
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    salesperson = ForeignKeyField(User)
    quotation = ForeignKeyField(Quotation, null=True)
    sign_date = DateField()
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    currency = CharField(max_length=3, default="CNY")
    state = CharField(max_length=20, default="draft")
    terms = TextField(default="")
    notes = TextField(default="")
    net_total = BigIntegerField(default=0)
    tax_total = BigIntegerField(default=0)
    total = BigIntegerField(default=0)
    paid_total = BigIntegerField(default=0)
    needs_approval = BooleanField(default=False)
    approval_discount = BigIntegerField(default=0)
    approved_by = ForeignKeyField(User, null=True)
    approved_at = DateTimeField(null=True)
    decision_comment = TextField(default="")
    confirmed_at = DateTimeField(null=True)
    cancel_reason = TextField(default="")
    renewal_reminded_at = DateTimeField(null=True)
    created_at = DateTimeField()
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)

    class Meta:
        table_name = "sales_order"
        indexes = ((("state", "sign_date"), False), (("salesperson", "sign_date"), False),
                   (("customer", "sign_date"), False), (("state", "end_date"), False))


class OrderLine(_Frozen):
    order = ForeignKeyField(Order, on_delete="CASCADE")
    position = IntegerField()
    product = ForeignKeyField(Product, null=True, on_delete="SET NULL")
    description = CharField(max_length=500, default="")
    quantity = BigIntegerField()
    unit = CharField(max_length=20, default="")
    unit_price = BigIntegerField()
    discount = BigIntegerField(default=0)
    tax_rate = BigIntegerField(default=0)
    net = BigIntegerField()
    tax = BigIntegerField()
    shipped_quantity = BigIntegerField(default=0)

    class Meta:
        indexes = ((("order", "position"), True),)


class PaymentInstalment(_Frozen):
    order = ForeignKeyField(Order, on_delete="CASCADE")
    position = IntegerField()
    due_date = DateField()
    amount = BigIntegerField()
    overdue_reminded_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("order", "position"), True), (("due_date",), False))


class Shipment(_Frozen):
    number = CharField(max_length=30, unique=True)
    order = ForeignKeyField(Order)
    ship_date = DateField()
    carrier = CharField(max_length=80, default="")
    tracking_no = CharField(max_length=80, default="")
    freight = BigIntegerField(default=0)
    packaging = BigIntegerField(default=0)
    state = CharField(max_length=12, default="draft")
    is_return = BooleanField(default=False)
    notes = TextField(default="")
    shipped_at = DateTimeField(null=True)
    delivered_at = DateTimeField(null=True)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = DateTimeField()
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)

    class Meta:
        indexes = ((("ship_date",), False), (("carrier", "ship_date"), False))


class ShipmentLine(_Frozen):
    shipment = ForeignKeyField(Shipment, on_delete="CASCADE")
    order_line = ForeignKeyField(OrderLine)
    quantity = BigIntegerField()


class Payment(_Frozen):
    order = ForeignKeyField(Order)
    pay_date = DateField()
    amount = BigIntegerField()
    method = CharField(max_length=20, default="transfer")
    reference = CharField(max_length=80, default="")
    is_prepayment = BooleanField(default=False)
    reason = TextField(default="")
    recorded_by = ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = DateTimeField()

    class Meta:
        indexes = ((("pay_date",), False),)


TABLES = [Order, OrderLine, PaymentInstalment, Shipment, ShipmentLine, Payment]


def apply(database: Database, migrator: SchemaMigrator) -> None:
    with database.bind_ctx([User, Customer, Contact, Product, Quotation, *TABLES]):
        database.create_tables(TABLES, safe=False)
