"""Which demo orders there are: for whom, when, how many lines, from which accepted quotation.

Buyers are owned customers that are already customers (not leads) plus about one lead in eight,
whose first sold order makes it a customer. A direct order's day is drawn over the 18 months (the
last half year a little busier), then its customer among those with their owner by then, keener
ones more often; orders are signed on working days by the owner (the salesperson). Most accepted quotations
older than a week became an order a few days after the customer accepted (they become converted);
the rest are direct orders whose line counts are drawn so that the lines add up exactly to the
number asked for. A few annual service contracts signed about a year ago are due for renewal.
"""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass, field

from app.models.base import db
from app.services.demo.clock import DemoClock

LEAD_BUYER_SHARE = 0.12  # of owned leads that place orders (their first sold order converts them)
_BUYER_WEIGHT = {"high": 5.0, "medium": 3.5, "low": 2.0, "none": 0.6}
_LEAD_WEIGHT = {"high": 3.0, "medium": 2.0, "low": 1.0, "none": 0.0}
_LINE_COUNTS = ((1, 26), (2, 20), (3, 16), (4, 11), (5, 8), (6, 6), (7, 4), (8, 3), (9, 2), (10, 2), (11, 1), (12, 1))
MAX_LINES = 12
LINES_PER_ORDER = 3.3  # when not told how many lines to make
RENEWALS_PER_ORDER = 1 / 150  # annual contracts made to end within the renewal window


@dataclass(frozen=True)
class Buyer:
    """An owned customer as the orders need it."""

    id: int
    owner_id: int
    owner_day: int
    owner_since: str
    interest: str
    is_lead: bool
    contact_id: int | None


@dataclass(frozen=True)
class AcceptedQuotation:
    """An accepted quotation with its stored lines (line rows as integers, ready to copy)."""

    id: int
    customer_id: int
    contact_id: int | None
    salesperson_id: int
    accepted_day: int
    accepted_at: str
    currency: str
    terms: str
    notes: str
    totals: tuple[int, int, int]
    approval_discount: int
    approved_by: int | None
    approved_at: str | None
    version: int
    lines: list[tuple] = field(default_factory=list)


@dataclass
class OrderSeed:
    """One order before its story is told: who, when (`day`, `stamp`), how many lines, its source."""

    buyer: Buyer
    day: int
    stamp: str
    line_count: int
    quotation: AcceptedQuotation | None = None
    renewal: bool = False  # an annual service contract signed about a year ago


def load_buyers(rng: random.Random, clock: DemoClock, accepted: dict[int, AcceptedQuotation]) -> list[Buyer]:
    """Owned customers that buy: every customer that is no lead or accepted a quotation of its
    owner, and a share of the other leads."""
    quoted = {(q.customer_id, q.salesperson_id) for q in accepted.values()}
    primary = dict(db.execute_sql("SELECT customer_id, id FROM contact WHERE is_primary").fetchall())
    rows = db.execute_sql("SELECT id, owner_id, owner_since, created_at, interest, is_lead FROM customer "
                          "WHERE owner_id IS NOT NULL ORDER BY id").fetchall()
    buyers = []
    for cid, owner, since, created, interest, is_lead in rows:
        lead = bool(is_lead)
        if lead and (cid, owner) not in quoted and (_LEAD_WEIGHT[interest] == 0 or rng.random() >= LEAD_BUYER_SHARE):
            continue
        since = str(since or created)
        buyers.append(Buyer(cid, owner, clock.day_index(since), since, interest, lead, primary.get(cid)))
    return buyers


def load_accepted(clock: DemoClock) -> dict[int, AcceptedQuotation]:
    """The accepted quotations by id, with their lines in position order."""
    found = {}
    for row in db.execute_sql(
            "SELECT id, customer_id, contact_id, salesperson_id, updated_at, currency, terms, notes, net_total, "
            "tax_total, total, approval_discount, approved_by_id, approved_at, version FROM quotation "
            "WHERE state = 'accepted' ORDER BY id").fetchall():
        (qid, customer, contact, salesperson, accepted, currency, terms, notes, net, tax, total, discount,
         approved_by, approved_at, version) = row
        found[qid] = AcceptedQuotation(qid, customer, contact, salesperson, clock.day_index(str(accepted)),
                                       str(accepted), currency, terms, notes, (net, tax, total), discount,
                                       approved_by, str(approved_at) if approved_at else None, version)
    if found:
        for line in db.execute_sql(
                "SELECT quotation_id, product_id, description, quantity, unit, unit_price, discount, tax_rate, net, "
                "tax FROM quotation_line WHERE quotation_id IN (SELECT id FROM quotation WHERE state = 'accepted') "
                "ORDER BY quotation_id, position").fetchall():
            found[line[0]].lines.append(tuple(line[1:]))
    return found


def _conversion_chance(age: int) -> float:
    """How likely an accepted quotation `age` days old has become an order."""
    return 0.9 if age > 14 else 0.6 if age > 5 else 0.25


def plan_orders(rng: random.Random, clock: DemoClock, buyers: list[Buyer], accepted: dict[int, AcceptedQuotation],
                count: int, lines: int) -> list[OrderSeed]:
    """`count` order seeds with `lines` lines in all, in the order they were signed (stamp order).
    Converted quotations come first within `count` (as many as fit)."""
    seeds: list[OrderSeed] = []
    by_id = {b.id: b for b in buyers}
    for quotation in accepted.values():
        buyer = by_id.get(quotation.customer_id)
        age = clock.last_day - quotation.accepted_day
        if buyer is None or len(seeds) >= count or rng.random() >= _conversion_chance(age):
            continue
        day, stamp = clock.moment(rng, quotation.accepted_day, min(clock.last_day, quotation.accepted_day + 10))
        seeds.append(OrderSeed(buyer, day, max(stamp, quotation.accepted_at), len(quotation.lines), quotation))
    direct = count - len(seeds)
    if direct and buyers:
        by_day = sorted(buyers, key=lambda b: b.owner_day)
        first_days = [b.owner_day for b in by_day]
        weights = list(itertools.accumulate((_LEAD_WEIGHT if b.is_lead else _BUYER_WEIGHT)[b.interest]
                                            for b in by_day))
        counts = _line_counts(rng, direct, lines - sum(s.line_count for s in seeds))
        renewals = max(3, round(count * RENEWALS_PER_ORDER)) if direct >= 20 else 0
        a_year_ago = clock.last_day - 365
        for index, line_count in enumerate(counts):
            renewal = index < renewals
            while True:  # a day of the 18 months (the last half year a little busier), then a customer
                if renewal:
                    low, high = a_year_ago + 3, a_year_ago + 28
                else:
                    low, high = (clock.last_day - 180 if rng.random() < 0.15 else 0), clock.last_day
                day, stamp = clock.moment(rng, low, high)
                eligible = bisect.bisect_right(first_days, day)
                if eligible and weights[eligible - 1] > 0:
                    break
            pick = bisect.bisect_right(weights, rng.random() * weights[eligible - 1], 0, eligible - 1)
            buyer = by_day[pick]
            stamp = max(stamp, buyer.owner_since)  # after the customer came to its owner
            seeds.append(OrderSeed(buyer, day, stamp, line_count, None, renewal))
    seeds.sort(key=lambda s: s.stamp)
    return seeds


def _line_counts(rng: random.Random, orders: int, lines: int) -> list[int]:
    """`orders` line counts between 1 and MAX_LINES drawn like salespeople's orders, then nudged one
    line at a time so that they add up to `lines` exactly (clamped to what fits)."""
    lines = max(orders, min(lines, orders * MAX_LINES))
    values, cum = zip(*_LINE_COUNTS, strict=True)
    counts = rng.choices(values, cum_weights=tuple(itertools.accumulate(cum)), k=orders)
    left = lines - sum(counts)
    step = 1 if left > 0 else -1
    while left:
        index = rng.randrange(orders)
        if 1 <= counts[index] + step <= MAX_LINES:
            counts[index] += step
            left -= step
    return counts
