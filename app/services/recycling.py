"""Recycling: customers whose owner recorded no follow-up for N days return to the public pool;
owners are warned M days before (settings: pool_return_days, pool_warning_days).

The pass is idempotent and safe with several apps on one database: customers are changed a batch
at a time by an UPDATE whose WHERE still holds only for the first writer (PostgreSQL re-checks it
after the row lock; SQLite serialises writers), and only the ids that writer changed (its
RETURNING rows) are audited and notified. Customers with an open confirmed order never return:
areas add such exemptions to RECYCLE_EXEMPTIONS (a function returning a subquery of customer ids).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from app.models.base import db, now
from app.models.customer import Customer
from app.models.order import Order
from app.services import audit
from app.services.notifications import notify_many
from app.services.order_workflow import OPEN_STATES
from app.services.settings import get_settings


def _customers_with_open_orders():
    """Customers with a confirmed, partially shipped or shipped order stay with their owner."""
    return Order.select(Order.customer).where(Order.state.in_(sorted(OPEN_STATES)))


RECYCLE_EXEMPTIONS: list[Callable[[], object]] = [_customers_with_open_orders]
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
    warned = _warn(due_before, warn_before, moment, settings.pool_return_days) if settings.pool_warning_days > 0 else 0
    return RecycleResult(returned, warned)


def _owned_due(due_before: dt.datetime):
    return Customer.owner.is_null(False) & (Customer.last_touch_at < due_before)


def _candidates(condition) -> list[int]:
    """Up to BATCH ids of customers meeting `condition`, exemptions left out (read through the
    partial index on owned customers' last_touch_at)."""
    return [i for (i,) in _exempt(Customer.select(Customer.id).where(condition)).limit(BATCH).tuples()]


def _return_due(due_before: dt.datetime, moment: dt.datetime) -> int:
    """Return due customers BATCH at a time: one UPDATE .. RETURNING per batch tells which ones this
    writer changed (and from which owner), then their audit rows and notifications in one go."""
    total = 0
    while True:
        ids = _candidates(_owned_due(due_before))
        if not ids:
            return total
        with db.atomic():
            changed = sorted(Customer.update(
                owner=None, previous_owner_id=Customer.owner, returned_to_pool_at=moment, pool_warned_at=None,
                owner_since=moment, last_touch_at=moment, version=Customer.version + 1, updated_at=moment,
                updated_by=None,
            ).where(Customer.id.in_(ids) & _owned_due(due_before))
                .returning(Customer.id, Customer.previous_owner_id).tuples().execute())
            audit.record_many(None, "customer", "return_to_pool",
                              [(customer_id, {"owner": (owner_id, None)}) for customer_id, owner_id in changed])
            notify_many("pool.returned", "customer", [
                (owner_id, "Customer returned to the pool", "No follow-up within the return period.", customer_id)
                for customer_id, owner_id in changed])
        total += len(changed)
        if len(ids) < BATCH:
            return total


def _warn(due_before: dt.datetime, warn_before: dt.datetime, moment: dt.datetime, return_days: int) -> int:
    """Warn the owners of customers due before `warn_before`, once each, BATCH at a time."""
    window = (Customer.owner.is_null(False) & (Customer.last_touch_at >= due_before)
              & (Customer.last_touch_at < warn_before) & Customer.pool_warned_at.is_null())
    warned = 0
    while True:
        ids = _candidates(window)
        if not ids:
            return warned
        with db.atomic():
            rows = sorted(Customer.update(pool_warned_at=moment).where(Customer.id.in_(ids) & window)
                          .returning(Customer.id, Customer.owner, Customer.name, Customer.last_touch_at)
                          .tuples().execute())
            notify_many("pool.warning", "customer", [
                (owner_id, f"{name} returns to the pool on {_returns_on(touched, return_days):%Y-%m-%d}",
                 "Record a follow-up to keep this customer.", customer_id)
                for customer_id, owner_id, name, touched in rows])
        warned += len(rows)
        if len(ids) < BATCH:
            return warned


def _returns_on(touched: object, return_days: int) -> dt.date:
    if not isinstance(touched, dt.datetime):  # RETURNING on SQLite gives the stored text
        touched = dt.datetime.fromisoformat(str(touched))
    return (touched + dt.timedelta(days=return_days)).date()
