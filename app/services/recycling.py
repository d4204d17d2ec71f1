"""Recycling: customers whose owner recorded no follow-up for N days return to the public pool;
owners are warned M days before (settings: pool_return_days, pool_warning_days).

The pass is idempotent and safe with several apps on one database: each customer is changed by
an UPDATE whose WHERE still holds only for the first writer (PostgreSQL re-checks it after the
row lock; SQLite serialises writers), and only the ids that writer changed are audited and
notified. Customers with an open confirmed order never return: areas add such exemptions to
RECYCLE_EXEMPTIONS (a function returning a subquery of customer ids).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from app.models.base import db, now
from app.models.customer import Customer
from app.services import audit
from app.services.notifications import notify
from app.services.settings import get_settings

RECYCLE_EXEMPTIONS: list[Callable[[], object]] = []
BATCH = 500


@dataclass(frozen=True)
class RecycleResult:
    returned: int
    warned: int


def _exempt(query):
    for exemption in RECYCLE_EXEMPTIONS:
        query = query.where(Customer.id.not_in(exemption()))
    return query


def run_recycle_pass(moment: dt.datetime | None = None) -> RecycleResult:
    """Return due customers to the pool and warn the owners of those due within the warning days."""
    settings = get_settings()
    moment = moment or now()
    due_before = moment - dt.timedelta(days=settings.pool_return_days)
    warn_before = due_before + dt.timedelta(days=settings.pool_warning_days)
    returned = _return_due(due_before, moment)
    warned = _warn(due_before, warn_before, moment) if settings.pool_warning_days > 0 else 0
    return RecycleResult(returned, warned)


def _return_due(due_before: dt.datetime, moment: dt.datetime) -> int:
    total = 0
    while True:
        candidates = _exempt(Customer.select(Customer.id, Customer.owner).where(
            Customer.owner.is_null(False) & (Customer.last_touch_at < due_before))).limit(BATCH)
        rows = [(c.id, c.owner_id) for c in candidates]
        if not rows:
            return total
        with db.atomic():
            changed = 0
            for customer_id, owner_id in rows:
                updated = Customer.update(
                    owner=None, previous_owner_id=owner_id, returned_to_pool_at=moment, pool_warned_at=None,
                    owner_since=moment, last_touch_at=moment, version=Customer.version + 1, updated_at=moment,
                    updated_by=None,
                ).where((Customer.id == customer_id) & (Customer.owner == owner_id)
                        & (Customer.last_touch_at < due_before)).execute()
                if updated:
                    changed += 1
                    audit.record(None, "customer", customer_id, "return_to_pool", {"owner": (owner_id, None)})
                    notify(owner_id, "pool.returned", "Customer returned to the pool",
                           "No follow-up within the return period.", "customer", customer_id)
        total += changed
        if len(rows) < BATCH:
            return total


def _warn(due_before: dt.datetime, warn_before: dt.datetime, moment: dt.datetime) -> int:
    candidates = _exempt(Customer.select(Customer.id, Customer.owner, Customer.name, Customer.last_touch_at).where(
        Customer.owner.is_null(False) & (Customer.last_touch_at >= due_before)
        & (Customer.last_touch_at < warn_before) & Customer.pool_warned_at.is_null()))
    rows = list(candidates.limit(5000))
    warned = 0
    with db.atomic():
        for row in rows:
            updated = Customer.update(pool_warned_at=moment).where(
                (Customer.id == row.id) & Customer.pool_warned_at.is_null() & (Customer.owner == row.owner_id)
            ).execute()
            if updated:
                warned += 1
                days = get_settings().pool_return_days
                returns_on = (row.last_touch_at + dt.timedelta(days=days)).date()
                notify(row.owner_id, "pool.warning", f"{row.name} returns to the pool on {returns_on:%Y-%m-%d}",
                       "Record a follow-up to keep this customer.", "customer", row.id)
    return warned
