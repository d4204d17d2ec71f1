"""Demo opportunities (商机): open ones in every stage and won/lost history over the 18 months.

Opportunities belong to owned customers and to their owner, opened in the owner's time (after a
claim from the pool, not before it). Customers with high interest have more of them and win more
often, and long-standing customers have had more; dead leads (interest "none") only lose. Older
opportunities are mostly closed: `closed_at` falls 10-150 days after opening, lost ones give a
reason (价格太高, 选择了竞争对手 ...). Some of the owner's follow-ups in an opportunity's open time
are linked to it (`follow_up.opportunity_id`), and an open opportunity's `updated_at` is its last
stage change or its latest linked follow-up, as `services.follow_ups.record_follow_up` keeps it.
Amounts are whole yuan by the customer's scale, written as integer cents (MoneyField).
"""

from __future__ import annotations

import itertools
import random

from app.models.opportunity import OPEN_STAGES
from app.services.demo.clock import HISTORY_DAYS, DemoClock
from app.services.demo.follow_ups import AT, OPPORTUNITY, USER, History
from app.services.demo.names import PRODUCTS
from app.services.demo.texts import COMPETITORS, LOST_REASONS, OPPORTUNITY_TITLES

OPPORTUNITY_COLUMNS = ("id", "customer_id", "title", "amount", "expected_close_on", "stage", "owner_id",
                       "lost_reason", "created_at", "closed_at", "version", "updated_at", "updated_by")

# interest -> (how many opportunities, cumulative weights)
_COUNTS = {"high": ((1, 2, 3), (45, 85, 100)), "medium": ((0, 1, 2), (45, 85, 100)),
           "low": ((0, 1), (75, 100)), "none": ((0, 1), (70, 100))}
# interest -> chance of one more for every EXTRA_EVERY days the owner has had the customer
_EXTRA = {"high": 0.6, "medium": 0.4, "low": 0.15, "none": 0.05}
EXTRA_EVERY = 120
_WIN = {"high": 0.55, "medium": 0.4, "low": 0.2, "none": 0.0}
_OPEN_WEIGHTS = tuple(itertools.accumulate((28, 24, 20, 14, 14)))  # qualify .. negotiate
_REASONS = (tuple(r for r, _w in LOST_REASONS), tuple(itertools.accumulate(w for _r, w in LOST_REASONS)))
# customer scale -> expected amount range in yuan
_AMOUNTS = {"": (5_000, 300_000), "micro": (3_000, 60_000), "small": (10_000, 300_000),
            "medium": (50_000, 1_200_000), "large": (200_000, 5_000_000)}
_BANDS = {scale: tuple((low << n, min(high, low << (n + 1))) for n in range((high // low).bit_length()))
          for scale, (low, high) in _AMOUNTS.items()}
LINK_SHARE = 0.6  # of the owner's follow-ups while an opportunity is open, linked to it


class OpportunityMaker:
    """Makes opportunities with ids from `first_id` on."""

    def __init__(self, rng: random.Random, clock: DemoClock, first_id: int):
        self.rng, self.clock, self.next_id = rng, clock, first_id

    def for_customer(self, customer_id: int, owner: int | None, interest: str, scale: str,
                     history: History) -> tuple[list[tuple], bool]:
        """The opportunities (OPPORTUNITY_COLUMNS rows) of a customer owned by `owner` (none in the
        pool); links follow-ups in `history.follow_ups` to them, in place. Returns the rows and
        whether one of them was won."""
        if owner is None:
            return [], False
        rng = self.rng
        values, weights = _COUNTS[interest]
        rows = []
        count = rng.choices(values, cum_weights=weights)[0]
        periods = (self.clock.last_day - history.owner_day) // EXTRA_EVERY
        count += sum(rng.random() < _EXTRA[interest] for _ in range(periods))
        for _ in range(count):
            rows.append(self._opportunity(customer_id, owner, interest, scale, history))
            self.next_id += 1
        return rows, any(row[5] == "won" for row in rows)

    def _opportunity(self, customer_id: int, owner: int, interest: str, scale: str, history: History) -> tuple:
        rng, clock = self.rng, self.clock
        day, created = clock.moment(rng, history.owner_day, clock.last_day)
        created = max(created, history.clocks[0])
        age = clock.last_day - day
        closed_at, reason = None, ""
        if age >= 3 and (interest == "none" or rng.random() < min(0.85, age / 160)):
            close_day = day + rng.randint(10, 150)
            if close_day > clock.last_day:
                close_day = rng.randint(day + 1, clock.last_day)
            closed_at = max(clock.moment(rng, close_day, close_day)[1], created)
            stage = "won" if rng.random() < _WIN[interest] else "lost"
            if stage == "lost":
                reason = rng.choices(_REASONS[0], cum_weights=_REASONS[1])[0].format(
                    n=rng.randint(5, 20), b=rng.choice(COMPETITORS))
            expected = close_day if stage == "won" else day + rng.randint(30, 150)
            updated, version = closed_at, rng.randint(3, 6)
        else:
            index = rng.choices(range(len(OPEN_STAGES)), cum_weights=_OPEN_WEIGHTS)[0]
            stage = OPEN_STAGES[index]
            expected = day + rng.randint(30, 150)
            if expected < HISTORY_DAYS and rng.random() < 0.7:  # most get a new date once the old one passed
                expected = HISTORY_DAYS + rng.randint(5, 90)
            moved = day + int(age * rng.random())
            updated, version = max(clock.moment(rng, moved, moved)[1], created), index + 1
        linked = self._link(history.follow_ups, owner, created, closed_at)
        if closed_at is None and linked:
            updated = max(updated, linked)
        product = rng.choice(PRODUCTS)
        title = rng.choice(OPPORTUNITY_TITLES[product]).format(y=created[:4])
        return (self.next_id, customer_id, title, self._amount(scale), clock.date(expected), stage, owner, reason,
                created, closed_at, version, updated, owner)

    def _link(self, follow_ups: list[tuple], owner: int, opened: str, closed: str | None) -> str | None:
        """Link some of the owner's unlinked follow-ups between `opened` and `closed` to this
        opportunity; returns the latest linked one's time."""
        latest = None
        for number, row in enumerate(follow_ups):
            at = row[AT]
            if (row[USER] == owner and row[OPPORTUNITY] is None and at >= opened and (closed is None or at <= closed)
                    and self.rng.random() < LINK_SHARE):
                follow_ups[number] = (*row[:OPPORTUNITY], self.next_id)
                latest = at
        return latest

    def _amount(self, scale: str) -> int:
        """An expected amount in integer cents: whole yuan rounded as people quote them, as often
        in each doubling of the scale's range (small deals are common, large ones rare)."""
        bands = _BANDS[scale]
        low, high = bands[self.rng.randrange(len(bands))]
        yuan = self.rng.randint(low, high)
        step = 1000 if yuan >= 100_000 else 100 if yuan >= 10_000 else 10
        return (yuan + step // 2) // step * step * 100
