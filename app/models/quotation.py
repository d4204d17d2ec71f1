"""Quotations (报价单) and their lines. Amounts are stored as computed by `services.quote_math`:
the totals are the sums of the rounded lines, never trusted from a client."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel, MoneyField, PercentField, QuantityField, VersionedModel, now
from app.models.customer import Contact, Customer
from app.models.product import Product
from app.models.user import User

# draft 草稿, pending 待审批, approved 已批准, rejected 已驳回, sent 已发送, accepted 客户接受,
# declined 客户拒绝, expired 已过期, converted 已转合同
STATES = ("draft", "pending", "approved", "rejected", "sent", "accepted", "declined", "expired", "converted")


class Quotation(VersionedModel):
    """A quotation to a customer. A revision (`-R1`, `-R2` ...) points at the quotation it was made
    from through `revision_of`; `approval_discount` is the largest discount off list price among
    the lines that need approval (what an approver's limit is compared with); `approved_by` and
    `approved_at` record who decided and when, for a rejection too (then with `decision_comment`)."""

    number = CharField(max_length=30, unique=True)
    customer = ForeignKeyField(Customer, backref="quotations")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    salesperson = ForeignKeyField(User, backref="quotations")
    quote_date = DateField(index=True)
    valid_until = DateField()
    currency = CharField(max_length=3, default="CNY")
    state = CharField(max_length=12, default="draft")
    revision_of = ForeignKeyField("self", null=True, backref="revisions")
    revision = IntegerField(default=0)
    terms = TextField(default="")
    notes = TextField(default="")
    net_total = MoneyField(default=0)
    tax_total = MoneyField(default=0)
    total = MoneyField(default=0)
    needs_approval = BooleanField(default=False)
    approval_discount = PercentField(default=0)
    approved_by = ForeignKeyField(User, null=True, backref="approved_quotations")
    approved_at = DateTimeField(null=True)
    decision_comment = TextField(default="")
    sent_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("state", "quote_date"), False), (("salesperson", "quote_date"), False),
                   (("customer", "quote_date"), False), (("state", "valid_until"), False))


class QuotationLine(BaseModel):
    """One line: quantity × unit price less discount % = net (rounded half-up to cents), plus tax."""

    quotation = ForeignKeyField(Quotation, backref="lines", on_delete="CASCADE")
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

    class Meta:
        indexes = ((("quotation", "position"), True),)
