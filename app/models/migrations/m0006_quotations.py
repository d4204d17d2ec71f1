"""Schema step 6: product lines, products, bundles, quotations and their lines.

Money is BIGINT cents, percentages BIGINT hundredths, quantities BIGINT thousandths. Indexes serve
the quotation list's filters (state, salesperson, customer, date) and the daily expiry pass.
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


class ProductLine(_Frozen):
    name = CharField(max_length=80, unique=True)
    active = BooleanField(default=True)


class Product(_Frozen):
    line = ForeignKeyField(ProductLine, null=True, on_delete="SET NULL")
    code = CharField(max_length=40, unique=True)
    name = CharField(max_length=120)
    unit = CharField(max_length=20, default="")
    list_price = BigIntegerField(default=0)
    floor_price = BigIntegerField(default=0)
    tax_rate = BigIntegerField(default=0)
    active = BooleanField(default=True)
    pinyin = CharField(max_length=400, default="")
    initials = CharField(max_length=120, default="", index=True)
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)

    class Meta:
        indexes = ((("active", "code"), False),)


class Bundle(_Frozen):
    name = CharField(max_length=80, unique=True)


class BundleItem(_Frozen):
    bundle = ForeignKeyField(Bundle, on_delete="CASCADE")
    product = ForeignKeyField(Product, on_delete="CASCADE")
    quantity = BigIntegerField()
    position = IntegerField(default=0)


class Quotation(_Frozen):
    number = CharField(max_length=30, unique=True)
    customer = ForeignKeyField(Customer)
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    salesperson = ForeignKeyField(User)
    quote_date = DateField(index=True)
    valid_until = DateField()
    currency = CharField(max_length=3, default="CNY")
    state = CharField(max_length=12, default="draft")
    revision_of = ForeignKeyField("self", null=True)
    revision = IntegerField(default=0)
    terms = TextField(default="")
    notes = TextField(default="")
    net_total = BigIntegerField(default=0)
    tax_total = BigIntegerField(default=0)
    total = BigIntegerField(default=0)
    needs_approval = BooleanField(default=False)
    approval_discount = BigIntegerField(default=0)
    approved_by = ForeignKeyField(User, null=True)
    approved_at = DateTimeField(null=True)
    decision_comment = TextField(default="")
    sent_at = DateTimeField(null=True)
    created_at = DateTimeField()
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)

    class Meta:
        indexes = ((("state", "quote_date"), False), (("salesperson", "quote_date"), False),
                   (("customer", "quote_date"), False), (("state", "valid_until"), False))


class QuotationLine(_Frozen):
    quotation = ForeignKeyField(Quotation, on_delete="CASCADE")
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

    class Meta:
        indexes = ((("quotation", "position"), True),)


TABLES = [ProductLine, Product, Bundle, BundleItem, Quotation, QuotationLine]


def apply(database: Database, migrator: SchemaMigrator) -> None:
    with database.bind_ctx([User, Customer, Contact, *TABLES]):
        database.create_tables(TABLES, safe=False)
