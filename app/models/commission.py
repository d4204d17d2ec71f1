"""Commission (提成): rules, monthly statements per salesperson and their source rows.

A rule gives a rate by basis ("collected" 回款, "signed" 签约, "shipped" 发货; untaxed amounts) and
scope ("all", "product_line", "team", "salesperson"; `scope_key` is the id as text, "" for all).
`rate` is a flat rate; `tiers` (JSON list of [attainment_from_percent, rate_percent] pairs as
strings, e.g. [["0","2"],["80","3"],["100","5"]]) replaces it, applied to the whole amount or
marginally (`tier_mode`). A statement moves draft → approved (locked) → paid; later changes to a
locked month enter a later statement as rows with `carried_from` = "YYYY-MM".
"""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel, MoneyField, PercentField, VersionedModel, now
from app.models.user import User

COMMISSION_BASES = ("collected", "signed", "shipped")
COMMISSION_SCOPES = ("all", "product_line", "team", "salesperson")
TIER_MODES = ("whole", "marginal")
STATEMENT_STATES = ("draft", "approved", "paid")
ROW_SOURCES = ("payment", "order", "shipment", "adjustment")


class CommissionRule(VersionedModel):
    """A commission rate (flat or tiered by monthly attainment) for a basis and a scope."""

    name = CharField(max_length=80)
    basis = CharField(max_length=12, default="collected")
    scope = CharField(max_length=16, default="all")
    scope_key = CharField(max_length=80, default="")
    rate = PercentField(null=True)
    tiers = TextField(default="")
    tier_mode = CharField(max_length=10, default="whole")
    valid_from = DateField()
    valid_to = DateField(null=True)
    active = BooleanField(default=True)


class CommissionStatement(VersionedModel):
    """One salesperson's commission for one month (提成结算单)."""

    salesperson = ForeignKeyField(User, backref="commission_statements")
    year = IntegerField()
    month = IntegerField()
    state = CharField(max_length=10, default="draft")
    basis_total = MoneyField(default=0)
    total = MoneyField(default=0)
    attainment = PercentField(null=True)
    approved_by = ForeignKeyField(User, null=True, backref="approved_statements")
    approved_at = DateTimeField(null=True)
    paid_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("salesperson", "year", "month"), True), (("year", "month"), False))


class CommissionRow(BaseModel):
    """One source row of a statement: the document, its basis amount, the rule and rate applied."""

    statement = ForeignKeyField(CommissionStatement, backref="rows", on_delete="CASCADE")
    position = IntegerField()
    source_kind = CharField(max_length=12)
    source_id = IntegerField(null=True)
    document = CharField(max_length=40, default="")
    source_date = DateField()
    basis_amount = MoneyField()
    rule = ForeignKeyField(CommissionRule, null=True, backref="rows", on_delete="SET NULL")
    rate = PercentField(default=0)
    commission = MoneyField()
    carried_from = CharField(max_length=7, default="")
    note = TextField(default="")

    class Meta:
        indexes = ((("statement", "position"), True), (("source_kind", "source_id"), False))
