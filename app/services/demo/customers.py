"""Demo customers with their contacts and follow-ups, made as rows for bulk inserts.

Every derived column (name_key, pinyin, initials, *_digits, email_key, tags) is what
`services.customers.customer_values` / `contact_values` would store for the same input, so a demo
customer saved again in the form does not change; the unit tests check this on a sample.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.models.customer import INTEREST_LEVELS
from app.services.demo.clock import DemoClock
from app.services.demo.follow_ups import FollowUpMaker, Span
from app.services.demo.names import BRAND_CHARS, INDUSTRIES, INDUSTRY_WEIGHTS, SUFFIXES, TAGS, WORKSHOP_SUFFIX
from app.services.demo.people import People, Person, PinyinCache
from app.services.demo.pipeline import OpportunityMaker
from app.services.demo.places import CITIES, REGION_WEIGHTS, STREETS, TEAM_REGIONS, City, address_of
from app.services.demo.texts import NOTES, fill
from app.services.normalize import company_key, email_key, phone_digits

CUSTOMER_COLUMNS = ("id", "code", "name", "name_key", "kind", "industry", "scale", "region", "city", "address",
                    "source", "tags", "owner_id", "interest", "is_lead", "notes", "pinyin", "initials",
                    "created_at", "last_follow_up_at", "version", "updated_at", "updated_by",
                    "owner_since", "last_touch_at", "pool_warned_at", "returned_to_pool_at", "previous_owner_id")
CONTACT_COLUMNS = ("customer_id", "name", "title", "phone", "mobile", "email", "wechat", "phone_digits",
                   "mobile_digits", "email_key", "is_primary", "pinyin", "initials")
POOL_CLAIM_COLUMNS = ("user_id", "customer_id", "claimed_at")

POOL_SHARE = 0.15
_SCALES = (("", 10), ("micro", 20), ("small", 35), ("medium", 25), ("large", 10))
_SOURCES = (("visit", 15), ("phone", 20), ("web", 22), ("referral", 15), ("exhibition", 13), ("invoice", 5),
            ("other", 10))
_INTEREST = dict(zip(INTEREST_LEVELS, (15, 40, 30, 15), strict=True))
_TLDS = ("com", "com.cn", "cn", "net")


def _table(pairs) -> tuple[tuple, tuple]:
    items = tuple(pairs)
    return tuple(k for k, _w in items), tuple(itertools.accumulate(w for _k, w in items))


@dataclass(frozen=True)
class DemoStaff:
    """The demo accounts as the generators need them (user ids)."""

    owners: tuple[int, ...]  # salespeople and supervisors, who own customers
    supervisors: frozenset[int]
    team_of: dict[int, int | None]
    tags_of: dict[int, frozenset[str]]
    names: dict[int, str]
    rotation: tuple[int, ...]  # reception duty, in turn
    desk: int  # the front-desk account that registers visitors and calls


@dataclass
class MadeCustomer:
    """What the front-desk generator needs to know about a customer it may log visits for."""

    id: int
    name: str
    kind: str
    owner_id: int | None
    source: str
    created_day: int
    created_at: str
    contacts: list[tuple[str, str]]  # (name, phone as typed)


@dataclass
class CustomerBatch:
    """Rows for one bulk insert: customers, contacts, follow-ups, opportunities, pool claims (columns
    as the *_COLUMNS here, in follow_ups and in pipeline)."""

    customers: list[tuple] = field(default_factory=list)
    contacts: list[tuple] = field(default_factory=list)
    follow_ups: list[tuple] = field(default_factory=list)
    opportunities: list[tuple] = field(default_factory=list)
    pool_claims: list[tuple] = field(default_factory=list)
    made: list[MadeCustomer] = field(default_factory=list)


class CustomerMaker:
    """Makes `count` customers with ids from `first_id`, created in id order over 18 months, with
    their histories (`follow_ups`) and opportunities (`opportunities`); `spans` collects where more
    follow-ups would fit (see topup.py)."""

    def __init__(self, rng: random.Random, clock: DemoClock, staff: DemoStaff, people: People, pinyin: PinyinCache,
                 follow_ups: FollowUpMaker, opportunities: OpportunityMaker):
        self.rng, self.clock, self.staff, self.people, self.pinyin = rng, clock, staff, people, pinyin
        self.follow_ups, self.opportunities = follow_ups, opportunities
        self.spans: list[Span] = []
        self._names: set[str] = set()
        self._owner_weights: dict[tuple[str, str], tuple[float, ...]] = {}
        self._industries = _table(INDUSTRY_WEIGHTS.items())
        self._regions = _table(REGION_WEIGHTS.items())
        self._scales, self._sources, self._interest = _table(_SCALES), _table(_SOURCES), _table(_INTEREST.items())
        self._suffixes = _table(SUFFIXES)

    def _pick(self, table: tuple[tuple, tuple]):
        return self.rng.choices(table[0], cum_weights=table[1])[0]

    def batches(self, first_id: int, count: int, size: int = 2000) -> Iterator[CustomerBatch]:
        """Customers first_id .. first_id + count - 1, `size` to a batch."""
        rng, last = self.rng, self.clock.last_day
        # More customers arrive as the business grows: creation days lean towards today.
        moments = sorted(self.clock.moment(rng, day, day)
                         for day in (int(last * rng.random() ** 0.75) for _ in range(count)))
        for start in range(0, count, size):
            batch = CustomerBatch()
            for offset, (day, created_at) in enumerate(moments[start:start + size], start=start):
                self._customer(batch, first_id + offset, day, created_at)
            yield batch

    def _owner(self, region: str, industry: str, source: str) -> int | None:
        rng, staff = self.rng, self.staff
        if rng.random() < POOL_SHARE:
            return None
        if source in ("visit", "phone") and staff.rotation and rng.random() < 0.6:
            # came in through the front desk: given to whoever was on reception duty
            return rng.choice(staff.rotation)
        weights = self._owner_weights.get((region, industry))
        if weights is None:
            weights = self._owner_weights[(region, industry)] = tuple(itertools.accumulate(
                self._owner_weight(user, region, industry) for user in staff.owners))
        return rng.choices(staff.owners, cum_weights=weights)[0]

    def _owner_weight(self, user: int, region: str, industry: str) -> float:
        staff = self.staff
        weight = 0.35 if user in staff.supervisors else 1.0
        teams = [t for t, regions in TEAM_REGIONS.items() if region in regions]
        if teams:
            weight *= 6.0 if staff.team_of.get(user) == teams[0] else 0.3
        tags = staff.tags_of.get(user, frozenset())
        return weight * (2.0 if region in tags else 1.0) * (1.5 if industry in tags else 1.0)

    def _company_name(self, city: City, industry: str) -> tuple[str, str, str, str | None]:
        """(name, full pinyin, initials, e-mail domain or None); pinyin put together from cached parts."""
        rng = self.rng
        for _attempt in range(20):
            brand = rng.choice(BRAND_CHARS) + rng.choice(BRAND_CHARS)
            if brand[0] == brand[1]:
                continue
            parts = [city.name] if rng.random() < 0.7 else []
            parts.append(brand)
            parts.append(rng.choice(INDUSTRIES[industry]))
            workshop = WORKSHOP_SUFFIX.get(industry)
            parts.append(workshop if workshop and rng.random() < 0.15 else self._pick(self._suffixes))
            name = "".join(parts)
            if name not in self._names:
                break
        self._names.add(name)
        keys = [self.pinyin(part) for part in parts]
        full, initials = "".join(k[0] for k in keys), "".join(k[1] for k in keys)
        domain = None
        if rng.random() < 0.65:
            prefix = self.pinyin(city.name)[1] if rng.random() < 0.5 else ""
            domain = f"{prefix}{self.pinyin(brand)[0]}.{rng.choice(_TLDS)}"
        return name, full, initials, domain

    def _customer(self, batch: CustomerBatch, customer_id: int, created_day: int, created_at: str) -> None:
        rng, people = self.rng, self.people
        industry, region = self._pick(self._industries), self._pick(self._regions)
        city = rng.choice(CITIES[region])
        kind = "person" if rng.random() < 0.08 else "company"
        person = None
        if kind == "company":
            name, full, initials, domain = self._company_name(city, industry)
        else:
            person, domain = people.person(), None
            name, full, initials = person
        source, interest = self._pick(self._sources), self._pick(self._interest)
        owner = self._owner(region, industry, source)
        contacts = self._contacts(batch, customer_id, person, city, domain)
        history = self.follow_ups.history(customer_id, owner, interest, created_day, created_at, contacts[0][0])
        scale = self._pick(self._scales)
        opportunities, won = self.opportunities.for_customer(customer_id, owner, interest, scale, history)
        batch.follow_ups += history.follow_ups
        batch.opportunities += opportunities
        self.spans += history.spans
        if history.claimed_at is not None:
            batch.pool_claims.append((owner, customer_id, history.claimed_at))
        tags = rng.sample(TAGS, k=rng.choices((0, 1, 2), cum_weights=(55, 85, 100))[0])
        clocks, last_at = history.clocks, history.last_at
        batch.customers.append((
            customer_id, f"KH{customer_id:06d}", name, company_key(name) or name.lower(), kind, industry, scale,
            region, city.name, address_of(city, rng.choice(city.districts), rng.choice(STREETS), rng.randint(1, 999)),
            source, ("," + ",".join(tags) + ",") if tags else "", owner, interest, not won and rng.random() < 0.8,
            fill(rng.choice(NOTES), rng, contacts[0][0]) if rng.random() < 0.2 else "", full, initials,
            created_at, last_at, 1, max(created_at, last_at or "", clocks[0]), None, *clocks))
        batch.made.append(MadeCustomer(customer_id, name, kind, owner, source, created_day, created_at, contacts))

    def _contacts(self, batch: CustomerBatch, customer_id: int, person: Person | None, city: City,
                  domain: str | None) -> list[tuple[str, str]]:
        rng, people = self.rng, self.people
        count = rng.choices((1, 2, 3, 4), cum_weights=(30, 75, 95, 100))[0]
        made = []
        for number in range(count):
            who = person if person and number == 0 else people.person()
            name, full, initials = who
            mobile = people.mobile() if rng.random() < 0.92 else ""
            phone = people.landline(city) if not mobile or rng.random() < 0.4 else ""
            email = people.email(who, domain) if rng.random() < 0.6 else ""
            wechat = people.wechat(who, mobile) if rng.random() < 0.5 else ""
            title = "" if person and number == 0 else people.title()
            batch.contacts.append((customer_id, name, title, phone, mobile, email, wechat, phone_digits(phone),
                                   phone_digits(mobile), email_key(email), number == 0, full, initials))
            made.append((name, mobile or phone))
        return made
