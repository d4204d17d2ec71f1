"""Run the assignment rules over the whole public pool now (the rules editor's "Apply to pool now").

New leads meet the rules when they are created; this places the leads already waiting after a
manager added or changed rules. The pool is read by id in batches, each batch in its own
transaction, so a large pool neither holds one long write lock nor is read whole into memory.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.customer import Customer
from app.models.user import User
from app.services.assignment_rules import apply_rules
from app.services.permissions import require
from app.services.progress import ProgressCallback, no_progress

BATCH_SIZE = 200


@dataclass(frozen=True)
class PoolRulesRun:
    """What one run did: `placed` maps customer id -> new owner id; `examined` pool customers seen."""

    placed: dict[int, int]
    examined: int

    @property
    def left_in_pool(self) -> int:
        return self.examined - len(self.placed)


def apply_rules_to_pool(actor: User, progress: ProgressCallback | None = None) -> PoolRulesRun:
    """Give every pool customer the active rules place to its salesperson (managers only).

    Customers no rule places stay in the pool. `progress(done, total)` is called after each batch;
    raising `Cancelled` from it stops the run, keeping the batches already committed (each placed
    customer is a complete, audited owner change). Customers claimed meanwhile are left alone."""
    require(actor, "pool.rules")
    report = progress or no_progress
    total = Customer.select().where(Customer.owner.is_null()).count()
    report(0, total)
    placed: dict[int, int] = {}
    examined = 0
    last_id = 0
    while True:
        ids = [row.id for row in Customer.select(Customer.id)
               .where(Customer.owner.is_null() & (Customer.id > last_id))
               .order_by(Customer.id).limit(BATCH_SIZE)]
        if not ids:
            break
        placed.update(apply_rules(actor, ids))
        examined += len(ids)
        last_id = ids[-1]
        report(min(examined, total), total)
    return PoolRulesRun(placed, examined)
