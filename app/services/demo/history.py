"""Customers and their history for the demo database, written in bulk, then indexed once; then the
products, the quotations and the orders (with shipments and payments) for those customers."""

from __future__ import annotations

import random
from collections.abc import Sequence

from app.models.numbering import DocumentCounter
from app.models.user import User
from app.services.customer_index import rebuild_index
from app.services.demo.bulk import insert_rows, next_id, sync_id_sequence
from app.services.demo.clock import DemoClock
from app.services.demo.customers import (
    CONTACT_COLUMNS,
    CUSTOMER_COLUMNS,
    POOL_CLAIM_COLUMNS,
    CustomerMaker,
    DemoStaff,
)
from app.services.demo.follow_ups import FOLLOW_UP_COLUMNS, FollowUpMaker
from app.services.demo.frontdesk import (
    CALL_COLUMNS,
    NOTIFICATION_COLUMNS,
    VISIT_COLUMNS,
    FrontDeskBatch,
    FrontDeskMaker,
)
from app.services.demo.orders import fill_orders
from app.services.demo.people import People, PinyinCache
from app.services.demo.pipeline import OPPORTUNITY_COLUMNS, OpportunityMaker
from app.services.demo.products import fill_products
from app.services.demo.quotations import fill_quotations
from app.services.demo.topup import extra_follow_ups

# Follow-ups per customer when not told how many (what the histories give on average): with
# `follow_ups` asked for, histories are scaled to give AIM of them and the rest are added between.
FOLLOW_UPS_PER_CUSTOMER = 2.6
AIM = 0.95


def demo_staff(users: Sequence[User], team_names: Sequence[str], rotation: Sequence[str]) -> DemoStaff:
    """The accounts as the generators use them; `rotation` names who takes reception duty."""
    by_name = {u.username: u for u in users}
    owners = [u for u in users if u.role in ("sales", "supervisor")]
    return DemoStaff(
        owners=tuple(u.id for u in owners),
        supervisors=frozenset(u.id for u in owners if u.role == "supervisor"),
        team_of={u.id: list(team_names).index(u.team.name) if u.team else None for u in owners},
        tags_of={u.id: frozenset(u.tag_list) for u in owners},
        names={u.id: u.display_name for u in users},
        rotation=tuple(by_name[name].id for name in rotation),
        desk=next(u.id for u in users if u.role == "frontdesk"),
    )


def fill_customers(rng: random.Random, staff: DemoStaff, count: int, follow_ups: int | None = None) -> dict[str, int]:
    """Write `count` customers with contacts, follow-ups (`follow_ups` in all, None: about
    FOLLOW_UPS_PER_CUSTOMER each), opportunities, visits, calls and recent notifications, set the
    customer-code counter after them and rebuild the search index. Call inside a transaction.
    Returns the number of contacts, follow_ups, opportunities, visits and calls written."""
    clock, pinyin = DemoClock(), PinyinCache()
    people = People(rng, pinyin)
    histories = FollowUpMaker(rng, clock, staff.owners)
    if follow_ups is not None:
        histories.scale = AIM * follow_ups / (FOLLOW_UPS_PER_CUSTOMER * count)
        histories.budget = follow_ups
    pipeline = OpportunityMaker(rng, clock, next_id("opportunity"))
    maker = CustomerMaker(rng, clock, staff, people, pinyin, histories, pipeline)
    desk = FrontDeskMaker(rng, clock, staff, people)
    first = next_id("customer")
    totals = {"contacts": 0, "follow_ups": 0, "opportunities": 0, "visits": 0, "calls": 0}
    for batch in maker.batches(first, count):
        insert_rows("customer", CUSTOMER_COLUMNS, batch.customers)
        insert_rows("contact", CONTACT_COLUMNS, batch.contacts)
        insert_rows("follow_up", FOLLOW_UP_COLUMNS, batch.follow_ups)
        insert_rows("opportunity", OPPORTUNITY_COLUMNS, batch.opportunities)
        insert_rows("pool_claim", POOL_CLAIM_COLUMNS, batch.pool_claims)
        totals["contacts"] += len(batch.contacts)
        totals["follow_ups"] += len(batch.follow_ups)
        totals["opportunities"] += len(batch.opportunities)
        _insert_front_desk(desk.for_customers(batch.made), totals)
    _insert_front_desk(desk.strangers(max(1, count // 100)), totals)
    if follow_ups is not None:
        for rows in extra_follow_ups(rng, clock, maker.spans, follow_ups - totals["follow_ups"]):
            insert_rows("follow_up", FOLLOW_UP_COLUMNS, rows)
            totals["follow_ups"] += len(rows)
    sync_id_sequence("customer")
    sync_id_sequence("opportunity")
    last = first + count - 1  # a customer entered by hand next continues the codes after KH{last}
    (DocumentCounter.insert(kind="KH", period="all", last=last)
     .on_conflict(conflict_target=[DocumentCounter.kind, DocumentCounter.period],
                  update={DocumentCounter.last: last}).execute())
    rebuild_index()
    return totals


def fill_sales(seed: int, users: Sequence[User], customers: int = 0, orders: int | None = None,
               order_lines: int | None = None) -> dict[str, int]:
    """Write the product catalogue, quotations and orders (with their shipments and payments) for
    the `customers` customers already written, each from its own generator seeded by `seed` (the
    catalogue is the same whatever the number of customers); `orders` and `order_lines` as in
    `orders.fill_orders`. Call inside the demo's transaction. Returns how many of each were made."""
    clock = DemoClock()
    products = fill_products(random.Random(f"products-{seed}"), clock.stamp(0, 30_600), users[0].id)
    quotations = fill_quotations(random.Random(f"quotations-{seed}"), users, products, clock)
    made = fill_orders(random.Random(f"orders-{seed}"), users, products, clock, customers, orders, order_lines)
    return {"products": len(products), "quotations": quotations, **made}


def _insert_front_desk(batch: FrontDeskBatch, totals: dict[str, int]) -> None:
    insert_rows("visit", VISIT_COLUMNS, batch.visits)
    insert_rows("call", CALL_COLUMNS, batch.calls)
    insert_rows("notification", NOTIFICATION_COLUMNS, batch.notifications)
    totals["visits"] += len(batch.visits)
    totals["calls"] += len(batch.calls)
