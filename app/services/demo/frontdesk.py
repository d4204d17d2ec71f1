"""Demo front-desk history: visitors and calls registered by the front desk over 18 months, routed
the way `services.reception` routes them, plus the notifications of the last few days.

- A customer whose source is a visit (a call) and who sits with a salesperson on reception duty or
  in the pool came in as a new lead: a visit (call) at its creation time, route duty (or pool),
  marked new_customer.
- Known customers with an owner visit and call later: route owner, routed to the owner.
- Known pool customers called before anyone was on duty: route pool.
- Market-survey visitors and callers: route survey, no customer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from app.services.demo.clock import DemoClock
from app.services.demo.customers import DemoStaff, MadeCustomer
from app.services.demo.names import BRAND_CHARS
from app.services.demo.people import People
from app.services.demo.texts import CALL_BACKS, CALL_SUMMARIES, SURVEY_CALLS, SURVEY_PURPOSES, VISIT_PURPOSES, fill

VISIT_COLUMNS = ("arrived_at", "visitor_name", "company", "phone", "party_size", "purpose", "contacted_before",
                 "contacted_salesperson", "source", "market_survey", "customer_id", "new_customer", "route",
                 "routed_to_id", "received_by_id")
CALL_COLUMNS = ("at", "direction", "caller_name", "phone", "company", "summary", "source", "market_survey",
                "customer_id", "new_customer", "route", "routed_to_id", "taken_by_id")
NOTIFICATION_COLUMNS = ("user_id", "created_at", "kind", "title", "body", "entity", "entity_id", "read_at")

NOTIFY_DAYS = 3  # visits and calls this recent have left a notification (unread for the last 2 days)


@dataclass
class FrontDeskBatch:
    """Rows for one bulk insert (columns as the *_COLUMNS above)."""

    visits: list[tuple] = field(default_factory=list)
    calls: list[tuple] = field(default_factory=list)
    notifications: list[tuple] = field(default_factory=list)


class FrontDeskMaker:
    """Makes the visit and call log for customers as they are made, and the survey-only strangers."""

    def __init__(self, rng: random.Random, clock: DemoClock, staff: DemoStaff, people: People):
        self.rng, self.clock, self.staff, self.people = rng, clock, staff, people
        self._rotation = set(staff.rotation)

    def for_customers(self, customers: list[MadeCustomer]) -> FrontDeskBatch:
        """Visits and calls of these customers: how they came in, and later contacts."""
        batch = FrontDeskBatch()
        rng = self.rng
        for customer in customers:
            arrived_new = customer.owner_id is None or customer.owner_id in self._rotation
            if arrived_new and customer.source == "visit" and rng.random() < 0.9:
                self._visit(batch, customer, customer.created_day, customer.created_at, new=True)
            elif arrived_new and customer.source == "phone" and rng.random() < 0.9:
                self._call(batch, customer, customer.created_day, customer.created_at, new=True)
            if customer.owner_id is not None:
                if rng.random() < 0.06:
                    self._visit(batch, customer, *self._later(customer), new=False)
                for _ in range(rng.choices((0, 1, 2), cum_weights=(85, 97, 100))[0]):
                    self._call(batch, customer, *self._later(customer), new=False)
            elif rng.random() < 0.04:
                self._call(batch, customer, *self._later(customer), new=False)
        return batch

    def strangers(self, count: int) -> FrontDeskBatch:
        """`count` market-survey visitors and as many survey calls: logged, no lead."""
        batch = FrontDeskBatch()
        rng, clock, people = self.rng, self.clock, self.people
        for _ in range(count):
            _day, at = clock.moment(rng)
            company = self._survey_company() if rng.random() < 0.6 else ""
            batch.visits.append((at, people.person().name, company, people.mobile() if rng.random() < 0.7 else "",
                                 rng.randint(1, 3), rng.choice(SURVEY_PURPOSES), False, "", "other", True,
                                 None, False, "survey", None, self.staff.desk))
            _day, at = clock.moment(rng)
            batch.calls.append((at, "in", people.person().name, people.mobile() if rng.random() < 0.8 else "",
                                self._survey_company() if rng.random() < 0.5 else "", rng.choice(SURVEY_CALLS),
                                "phone", True, None, False, "survey", None, self.staff.desk))
        return batch

    def _survey_company(self) -> str:
        rng = self.rng
        brand = rng.choice(BRAND_CHARS) + rng.choice(BRAND_CHARS)
        return brand + rng.choice(("市场调研", "管理咨询", "信息咨询", "数据服务")) + "有限公司"

    def _later(self, customer: MadeCustomer) -> tuple[int, str]:
        day, at = self.clock.moment(self.rng, customer.created_day + 1)
        return (day, at) if at > customer.created_at else (customer.created_day, customer.created_at)

    def _route(self, customer: MadeCustomer, new: bool) -> str:
        if customer.owner_id is None:
            return "pool"
        return "duty" if new else "owner"

    def _visit(self, batch: FrontDeskBatch, customer: MadeCustomer, day: int, at: str, *, new: bool) -> None:
        rng = self.rng
        name, phone = rng.choice(customer.contacts) if not new else customer.contacts[0]
        route = self._route(customer, new)
        owner = customer.owner_id
        batch.visits.append((
            at, name, customer.name if customer.kind == "company" else "", phone, rng.randint(1, 4),
            rng.choice(VISIT_PURPOSES), route == "owner", self.staff.names[owner] if route == "owner" else "",
            customer.source, False, customer.id, new, route, owner, self.staff.desk))
        self._notify(batch, "visit", route, owner, day, at, name or customer.name, customer)

    def _call(self, batch: FrontDeskBatch, customer: MadeCustomer, day: int, at: str, *, new: bool) -> None:
        rng = self.rng
        name, phone = rng.choice(customer.contacts) if not new else customer.contacts[0]
        route = self._route(customer, new)
        direction = "out" if route == "owner" and rng.random() < 0.1 else "in"
        summary = fill(rng.choice(CALL_BACKS if direction == "out" else CALL_SUMMARIES), rng, name)
        batch.calls.append((
            at, direction, name, phone, customer.name if customer.kind == "company" else "", summary,
            customer.source, False, customer.id, new, route, customer.owner_id, self.staff.desk))
        self._notify(batch, "call", route, customer.owner_id, day, at, name or customer.name, customer)

    def _notify(self, batch: FrontDeskBatch, what: str, route: str, user: int | None, day: int, at: str,
                who: str, customer: MadeCustomer) -> None:
        """The notification `services.reception` leaves for the owner or the salesperson on duty."""
        if user is None or day < self.clock.days_ago(NOTIFY_DAYS):
            return
        desk = self.staff.names[self.staff.desk]
        body = (f"Registered by {desk}" if route == "owner"
                else f"New lead from the front desk, registered by {desk}")
        read_at = None if day >= self.clock.days_ago(2) else at[:11] + "18:45:00"
        batch.notifications.append((user, at, f"reception.{what}", f"{who} ({customer.name})", body, "customer",
                                    str(customer.id), read_at))
