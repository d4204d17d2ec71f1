"""What happens with a customer: follow-ups (跟进记录), front-desk visits (来客) and calls (来电)."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel, now
from app.models.customer import Customer
from app.models.user import User

FOLLOW_UP_KINDS = ("call", "visit", "meeting", "email", "wechat", "other")
ROUTES = ("owner", "duty", "rule", "pool", "survey")  # where the front desk sent a visitor or caller


class FollowUp(BaseModel):
    """A salesperson's contact with a customer; the customer's last_follow_up_at comes from these."""

    customer = ForeignKeyField(Customer, backref="follow_ups", on_delete="CASCADE")
    user = ForeignKeyField(User, backref="follow_ups")
    at = DateTimeField(default=now, index=True)
    kind = CharField(max_length=10, default="call")
    content = TextField(default="")
    interest_after = CharField(max_length=10, default="")
    next_action = CharField(max_length=200, default="")
    next_action_on = DateField(null=True, index=True)
    done = BooleanField(default=False)
    opportunity_id = IntegerField(null=True)
    reminded_at = DateTimeField(null=True)  # when the due reminder was notified (once)


class Visit(BaseModel):
    """A visitor registered at the front desk (来客登记)."""

    arrived_at = DateTimeField(default=now, index=True)
    visitor_name = CharField(max_length=60)
    company = CharField(max_length=120, default="")
    phone = CharField(max_length=40, default="")
    party_size = IntegerField(default=1)
    purpose = CharField(max_length=200, default="")
    contacted_before = BooleanField(default=False)
    contacted_salesperson = CharField(max_length=60, default="")
    source = CharField(max_length=20, default="visit")
    market_survey = BooleanField(default=False)
    customer = ForeignKeyField(Customer, null=True, backref="visits", on_delete="SET NULL")
    new_customer = BooleanField(default=False)
    route = CharField(max_length=10)
    routed_to = ForeignKeyField(User, null=True, backref="routed_visits")
    received_by = ForeignKeyField(User, backref="received_visits")


class Call(BaseModel):
    """A phone call registered at the front desk (来电登记)."""

    at = DateTimeField(default=now, index=True)
    direction = CharField(max_length=3, default="in")
    caller_name = CharField(max_length=60, default="")
    phone = CharField(max_length=40, default="")
    company = CharField(max_length=120, default="")
    summary = TextField(default="")
    source = CharField(max_length=20, default="phone")
    market_survey = BooleanField(default=False)
    customer = ForeignKeyField(Customer, null=True, backref="calls", on_delete="SET NULL")
    new_customer = BooleanField(default=False)
    route = CharField(max_length=10)
    routed_to = ForeignKeyField(User, null=True, backref="routed_calls")
    taken_by = ForeignKeyField(User, backref="taken_calls")
