"""The public pool (公海): the rules that place new leads, and each salesperson's claims."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel, VersionedModel, now
from app.models.customer import Customer
from app.models.user import User

RULE_KINDS = ("region", "industry", "round_robin", "least_loaded")


class AssignmentRule(VersionedModel):
    """One rule, applied in `position` order to a new lead; the first that places it wins.

    region / industry: leads whose region (industry) equals `value` go to `user_ids` (in turn);
    round_robin: any lead goes to the next of `user_ids` (all active salespeople when empty);
    least_loaded: to whoever of the salespeople whose tags cover the lead's region or industry
    (limited to `user_ids` when given) owns the fewest customers. `user_ids` is "3,5,8".
    """

    position = IntegerField(default=0)
    kind = CharField(max_length=15)
    value = CharField(max_length=60, default="")
    user_ids = TextField(default="")
    active = BooleanField(default=True)

    @property
    def user_id_list(self) -> list[int]:
        return [int(x) for x in self.user_ids.split(",") if x.strip()]


class PoolClaim(BaseModel):
    """A salesperson took a customer from the pool; counted against the daily claim limit."""

    user = ForeignKeyField(User, backref="pool_claims", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, backref="claims", on_delete="CASCADE")
    claimed_at = DateTimeField(default=now)
