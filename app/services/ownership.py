"""Changing who owns customers: one place that also resets the public pool's clocks.

Every owner change (claim, assignment, routing, rules, recycling) goes through `set_owner`, so
`owner_since`, `last_touch_at` and the pool warning always agree with the owner.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.models.base import db, now
from app.models.customer import Customer
from app.models.user import User
from app.services import audit


def owner_clock_values(owner_id: int | None) -> dict:
    """Column values that go with giving customers to `owner_id` (None: into the pool)."""
    stamp = now()
    return {"owner": owner_id, "owner_since": stamp, "last_touch_at": stamp, "pool_warned_at": None,
            "returned_to_pool_at": stamp if owner_id is None else None}


def set_owner(actor: User | None, customer_ids: Iterable[int], owner_id: int | None, action: str,
              *, only_if_unowned: bool = False) -> list[int]:
    """Give these customers to `owner_id` (None: the pool), bump their versions, audit each.

    With `only_if_unowned`, customers that someone else took meanwhile are left alone (claims from
    the pool race with other users). Returns the ids that changed owner."""
    ids = [int(i) for i in customer_ids]
    if not ids:
        return []
    with db.atomic():
        query = Customer.select(Customer.id, Customer.owner).where(Customer.id.in_(ids))
        before = {c.id: c.owner_id for c in query}
        changed = [i for i in ids if i in before and before[i] != owner_id]
        if only_if_unowned:
            changed = [i for i in changed if before[i] is None]
        if not changed:
            return []
        values = owner_clock_values(owner_id)
        stamp = values["owner_since"]
        update = Customer.update({**{getattr(Customer, k): v for k, v in values.items()},
                                  Customer.version: Customer.version + 1, Customer.updated_at: stamp,
                                  Customer.updated_by: actor.id if actor else None}).where(Customer.id.in_(changed))
        if only_if_unowned:
            update = update.where(Customer.owner.is_null())
        update.execute()
        for customer_id in changed:
            audit.record(actor, "customer", customer_id, action, {"owner": (before[customer_id], owner_id)})
    return changed


def backfill_pool_clocks() -> int:
    """Set the pool clocks of customers written in bulk without them (demo data, imports)."""
    return (Customer.update(owner_since=Customer.created_at,
                            last_touch_at=Customer.last_follow_up_at.coalesce(Customer.created_at))
            .where(Customer.last_touch_at.is_null()).execute())
