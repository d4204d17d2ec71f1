"""Opportunities (商机): a possible deal with a customer moving through the pipeline stages."""

from __future__ import annotations

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from app.models.base import MoneyField, VersionedModel, now
from app.models.customer import Customer
from app.models.user import User

# in pipeline order; won and lost close an opportunity
OPEN_STAGES = ("qualify", "needs", "solution", "demo", "negotiate")
STAGES = (*OPEN_STAGES, "won", "lost")


class Opportunity(VersionedModel):
    """Customer, title, expected amount and close date, stage, owner; a lost one says why."""

    customer = ForeignKeyField(Customer, backref="opportunities", on_delete="CASCADE")
    title = CharField(max_length=120)
    amount = MoneyField(default=0)
    expected_close_on = DateField(null=True)
    stage = CharField(max_length=12, default="qualify")
    owner = ForeignKeyField(User, null=True, backref="opportunities")
    lost_reason = TextField(default="")
    created_at = DateTimeField(default=now)
    closed_at = DateTimeField(null=True)
