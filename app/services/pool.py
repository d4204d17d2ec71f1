"""The public pool (公海): claiming with a daily limit, assigning by supervisors and managers,
and the dead leads managers hand to someone else."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.models.base import db, now
from app.models.customer import Customer
from app.models.pool import PoolClaim
from app.models.user import User
from app.services import audit
from app.services.customer_scope import may_assign_to, visible_customers
from app.services.errors import PermissionDenied, ValidationError
from app.services.ownership import set_owner
from app.services.permissions import require
from app.services.settings import get_settings


def claims_today(actor: User, *, moment: dt.datetime | None = None) -> int:
    """How many customers `actor` has claimed from the pool since midnight."""
    start = dt.datetime.combine((moment or now()).date(), dt.time.min)
    return PoolClaim.select().where((PoolClaim.user == actor.id) & (PoolClaim.claimed_at >= start)).count()


@dataclass(frozen=True)
class ClaimResult:
    claimed: list[int]  # now the actor's
    taken: list[int]  # someone else was quicker
    limit: int
    used_today: int


def claim(actor: User, customer_ids: list[int]) -> ClaimResult:
    """Take pool customers as one's own, within the daily claim limit (settings.claim_limit_per_day).

    Over the limit nothing is claimed and ValidationError says how many are left today. Customers
    another user claimed meanwhile are reported in `taken`, not claimed twice."""
    require(actor, "pool.claim")
    ids = list(dict.fromkeys(int(i) for i in customer_ids))
    limit = get_settings().claim_limit_per_day
    with db.atomic():
        used = claims_today(actor)
        if used + len(ids) > limit:
            left = max(0, limit - used)
            raise ValidationError({"claim": f"The daily claim limit is {limit}; you have claimed {used} today "
                                            f"and may claim {left} more."})
        claimed = set_owner(actor, ids, actor.id, "claim", only_if_unowned=True)
        if claimed:
            PoolClaim.insert_many([{"user": actor.id, "customer": i, "claimed_at": now()} for i in claimed]).execute()
    return ClaimResult(claimed, [i for i in ids if i not in claimed], limit, used + len(claimed))


def assign(actor: User, customer_ids: list[int], owner_id: int) -> list[int]:
    """Give customers (from the pool, or visible ones of others) to a salesperson; supervisors within
    their team, managers to anyone. Returns the ids that changed owner."""
    require(actor, "pool.assign")
    owner = User.get_or_none(User.id == owner_id)
    if owner is None or not owner.active or owner.role not in ("sales", "supervisor"):
        raise ValidationError({"owner": "Choose an active salesperson."})
    if not may_assign_to(actor, owner_id):
        raise PermissionDenied("You may assign only to people in your team.")
    ids = [int(i) for i in customer_ids]
    scope = visible_customers(actor)
    allowed = Customer.select(Customer.id).where(Customer.id.in_(ids))
    if scope is not None:
        allowed = allowed.where(scope)
    allowed_ids = {c.id for c in allowed}
    if set(ids) - allowed_ids:
        raise PermissionDenied("Some of these customers are not yours to assign.")
    with db.atomic():
        changed = set_owner(actor, ids, owner_id, "assign")
        # A dead lead handed to someone else gets a fresh start: the new owner judges it again.
        dead = [c.id for c in Customer.select(Customer.id).where(
            Customer.id.in_(changed) & (Customer.interest == "none"))]
        if dead:
            Customer.update(interest="low").where(Customer.id.in_(dead)).execute()
            audit.record_many(actor, "customer", "reopen_dead_lead",
                              [(i, {"interest": ("none", "low")}) for i in dead])
    return changed


def release(actor: User, customer_ids: list[int]) -> list[int]:
    """Give one's own customers (or, for supervisors/managers, visible ones) back to the pool."""
    require(actor, "customers.edit")
    scope = visible_customers(actor)
    query = Customer.select(Customer.id).where(Customer.id.in_([int(i) for i in customer_ids]))
    if scope is not None:
        query = query.where(scope)
    return set_owner(actor, [c.id for c in query], None, "release")


@dataclass(frozen=True)
class DeadLead:
    customer_id: int
    code: str
    name: str
    owner_name: str
    last_follow_up_at: dt.datetime | None


def dead_leads(actor: User, limit: int = 500) -> list[DeadLead]:
    """Owned customers marked "no interest" (死线索), for a manager or supervisor to hand on."""
    require(actor, "pool.assign")
    owner = User.alias()
    query = (Customer.select(Customer.id, Customer.code, Customer.name, Customer.last_follow_up_at,
                             owner.display_name.alias("owner_name"))
             .join(owner, JOIN.LEFT_OUTER, on=(Customer.owner == owner.id))
             .where((Customer.interest == "none") & Customer.owner.is_null(False)))
    scope = visible_customers(actor)
    if scope is not None:
        query = query.where(scope)
    rows = query.order_by(Customer.last_follow_up_at.asc(nulls="FIRST"), Customer.id).limit(limit).objects()
    return [DeadLead(r.id, r.code, r.name, r.owner_name or "", r.last_follow_up_at) for r in rows]
