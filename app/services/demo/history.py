"""Customers and their history for the demo database, written in bulk, then indexed once."""

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
    FOLLOW_UP_COLUMNS,
    CustomerMaker,
    DemoStaff,
)
from app.services.demo.frontdesk import (
    CALL_COLUMNS,
    NOTIFICATION_COLUMNS,
    VISIT_COLUMNS,
    FrontDeskBatch,
    FrontDeskMaker,
)
from app.services.demo.people import People, PinyinCache


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


def fill_customers(rng: random.Random, staff: DemoStaff, count: int) -> dict[str, int]:
    """Write `count` customers with contacts, follow-ups, visits, calls and recent notifications,
    set the customer-code counter after them and rebuild the search index. Call inside a
    transaction. Returns the number of contacts, follow_ups, visits and calls written."""
    clock, pinyin = DemoClock(), PinyinCache()
    people = People(rng, pinyin)
    maker = CustomerMaker(rng, clock, staff, people, pinyin)
    desk = FrontDeskMaker(rng, clock, staff, people)
    first = next_id("customer")
    totals = {"contacts": 0, "follow_ups": 0, "visits": 0, "calls": 0}
    for batch in maker.batches(first, count):
        insert_rows("customer", CUSTOMER_COLUMNS, batch.customers)
        insert_rows("contact", CONTACT_COLUMNS, batch.contacts)
        insert_rows("follow_up", FOLLOW_UP_COLUMNS, batch.follow_ups)
        totals["contacts"] += len(batch.contacts)
        totals["follow_ups"] += len(batch.follow_ups)
        _insert_front_desk(desk.for_customers(batch.made), totals)
    _insert_front_desk(desk.strangers(max(1, count // 100)), totals)
    sync_id_sequence("customer")
    last = first + count - 1  # a customer entered by hand next continues the codes after KH{last}
    (DocumentCounter.insert(kind="KH", period="all", last=last)
     .on_conflict(conflict_target=[DocumentCounter.kind, DocumentCounter.period],
                  update={DocumentCounter.last: last}).execute())
    rebuild_index()
    return totals


def _insert_front_desk(batch: FrontDeskBatch, totals: dict[str, int]) -> None:
    insert_rows("visit", VISIT_COLUMNS, batch.visits)
    insert_rows("call", CALL_COLUMNS, batch.calls)
    insert_rows("notification", NOTIFICATION_COLUMNS, batch.notifications)
    totals["visits"] += len(batch.visits)
    totals["calls"] += len(batch.calls)
