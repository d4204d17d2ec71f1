"""Customers (客户, also leads 线索 until their first confirmed order) and their contacts (联系人)."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel, VersionedModel, now
from app.models.user import User

KINDS = ("company", "person")
INTEREST_LEVELS = ("high", "medium", "low", "none")  # 很大 / 一般 / 小 / 无 (dead lead)
SOURCES = ("visit", "phone", "web", "referral", "exhibition", "invoice", "other")
SCALES = ("", "micro", "small", "medium", "large")


class Customer(VersionedModel):
    """A company or person we sell to. `owner` None means the public pool (公海).

    `name_key` is the normalised name used to flag duplicates; `pinyin` and `initials` are kept
    for search (张三丰 -> "zhangsanfeng", "zsf"); `tags` is stored as ",a,b," so that one tag can
    be matched exactly with LIKE '%,a,%'.
    """

    code = CharField(max_length=20, unique=True)
    name = CharField(max_length=120)
    name_key = CharField(max_length=120, index=True)
    kind = CharField(max_length=10, default="company")
    industry = CharField(max_length=40, default="", index=True)
    scale = CharField(max_length=10, default="")
    region = CharField(max_length=40, default="", index=True)
    city = CharField(max_length=40, default="")
    address = CharField(max_length=200, default="")
    source = CharField(max_length=20, default="other", index=True)
    tags = TextField(default="")
    owner = ForeignKeyField(User, null=True, backref="customers", on_delete="SET NULL")
    interest = CharField(max_length=10, default="medium", index=True)
    is_lead = BooleanField(default=True)
    notes = TextField(default="")
    pinyin = CharField(max_length=400, default="")
    initials = CharField(max_length=120, default="", index=True)
    created_at = DateTimeField(default=now, index=True)
    last_follow_up_at = DateTimeField(null=True, index=True)
    # The public pool's clocks: since when the owner has it, the later of that and the last
    # follow-up (recycling compares it with the return period), the warning sent, the return.
    owner_since = DateTimeField(null=True, default=now)
    last_touch_at = DateTimeField(null=True, default=now)
    pool_warned_at = DateTimeField(null=True)
    returned_to_pool_at = DateTimeField(null=True)
    previous_owner_id = IntegerField(null=True)

    class Meta:
        indexes = ((("owner", "name"), False),)

    @property
    def tag_list(self) -> list[str]:
        return [t for t in self.tags.split(",") if t]


class Contact(BaseModel):
    """A person at a customer. `*_digits` and `email_key` are normalised for search and duplicates."""

    customer = ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    name = CharField(max_length=60)
    title = CharField(max_length=60, default="")
    phone = CharField(max_length=40, default="")
    mobile = CharField(max_length=40, default="")
    email = CharField(max_length=120, default="")
    wechat = CharField(max_length=60, default="")
    phone_digits = CharField(max_length=30, default="", index=True)
    mobile_digits = CharField(max_length=30, default="", index=True)
    email_key = CharField(max_length=120, default="", index=True)
    is_primary = BooleanField(default=False)
    pinyin = CharField(max_length=200, default="")
    initials = CharField(max_length=60, default="")
