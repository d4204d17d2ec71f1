"""Demo follow-ups: who owned a customer when, what they recorded, and the public pool's clocks that
follow from it, as `services.ownership`, `follow_ups` and `recycling` would have kept them.

A customer's story is one of:
- owned since it came in (most): its owner's follow-ups, the latest one recent, inside the
  warning window (26-29 days ago) or long ago (the next recycling pass returns the customer);
- claimed from the pool: a first salesperson followed it up, went quiet for 30 days, it returned
  to the pool and another salesperson claimed it later (`previous_owner_id` keeps the first one);
- in the pool after such a return (recycled), or never owned (an unowned lead without history).

Whatever the story, `last_follow_up_at` is the latest follow-up by anyone and `last_touch_at` is
max(owner_since, the owner's latest follow-up), so a recycling pass returns exactly the owned
customers whose owner has been quiet for the return period.

Every salesperson ends up with next actions due today and overdue ones (the workbench's reminders):
the first customers of each owner whose latest follow-up allows it get them.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from dataclasses import dataclass, field

from app.models.customer import INTEREST_LEVELS
from app.services.demo.clock import HISTORY_DAYS, DemoClock
from app.services.demo.texts import FOLLOW_UP_KINDS, FOLLOW_UP_TEXTS, NEXT_ACTIONS, fill

FOLLOW_UP_COLUMNS = ("customer_id", "user_id", "at", "kind", "content", "interest_after", "next_action",
                     "next_action_on", "done", "reminded_at", "opportunity_id")
AT, USER, NEXT_ON, DONE, OPPORTUNITY = 2, 1, 7, 8, 10  # positions in a follow-up row

# Owned customers whose owner has not followed up for 30+ days (the next recycling pass returns
# them to the pool), and those 26-29 days quiet (their owners are about to be warned). The rest
# had a follow-up by their owner in the last 25 days.
STALE_SHARE = 0.08
WARNING_SHARE = 0.05
CLAIMED_SHARE = 0.10  # owned customers that an earlier owner lost to the pool
MIN_DUE_TODAY = 2  # next actions due today, per salesperson at least
MIN_OVERDUE = 3
_FOLLOW_UPS = {"high": (3, 9), "medium": (1, 6), "low": (0, 3), "none": (0, 2)}
_INTEREST_WEIGHT = {"high": 3.0, "medium": 2.0, "low": 1.0, "none": 0.5}
_KINDS = (tuple(k for k, _w in FOLLOW_UP_KINDS), tuple(itertools.accumulate(w for _k, w in FOLLOW_UP_KINDS)))


@dataclass(frozen=True)
class Span:
    """Days on which more follow-ups by `user_id` fit in a customer's history without changing its
    clocks: after it came to that user, before that user's latest follow-up."""

    customer_id: int
    user_id: int
    first_day: int
    last_day: int
    contact: str
    weight: float


@dataclass
class History:
    """A customer's follow-up rows (FOLLOW_UP_COLUMNS, oldest first) and the pool clocks they give:
    `clocks` is (owner_since, last_touch_at, pool_warned_at, returned_to_pool_at, previous_owner_id)."""

    follow_ups: list[tuple]
    clocks: tuple[str, str, None, str | None, int | None]
    last_at: str | None
    owner_day: int  # the day the present owner's time began (its opportunities start then)
    claimed_at: str | None = None  # when the present owner claimed it from the pool
    spans: list[Span] = field(default_factory=list)


class FollowUpMaker:
    """Makes customers' histories; `scale` multiplies how many follow-ups each gets and `budget`
    (None: no limit) caps how many are made in all."""

    def __init__(self, rng: random.Random, clock: DemoClock, owners: tuple[int, ...], *, scale: float = 1.0,
                 budget: int | None = None):
        self.rng, self.clock, self.owners, self.scale, self.budget = rng, clock, owners, scale, budget
        self.made = 0
        self.due_today: Counter[int] = Counter()
        self.overdue: Counter[int] = Counter()

    def history(self, customer_id: int, owner: int | None, interest: str, created_day: int, created_at: str,
                contact: str) -> History:
        """The history of a customer owned by `owner` (None: in the pool) that came in at `created_at`."""
        rng, clock = self.rng, self.clock
        low, high = _FOLLOW_UPS[interest]
        if owner is None:
            # back in the pool because nobody followed it up for 30 days: any history is older
            user, end = rng.choice(self.owners), clock.days_ago(rng.randint(32, 300))
            rows = self._segment(customer_id, user, self._count(0, 2), created_day, created_at, end, contact,
                                 interest)
            if not rows:
                return History([], (created_at, created_at, None, None, None), None, created_day)
            returned = self._returned(rows[-1][AT])
            return History(rows, (returned, returned, None, returned, user), rows[-1][AT], created_day,
                           spans=self._spans(customer_id, user, created_day, rows, contact, interest))
        rows, previous, since_day, since = [], None, created_day, created_at
        if rng.random() < CLAIMED_SHARE and created_day < clock.days_ago(100) and len(self.owners) > 1:
            previous = rng.choice([u for u in self.owners if u != owner])
            end = rng.randint(created_day, clock.days_ago(70))
            rows = self._segment(customer_id, previous, max(1, self._count(low, high) // 2), created_day,
                                 created_at, end, contact, interest)
            if rows:
                back = clock.day_index(self._returned(rows[-1][AT]))
                since_day = clock.moment(rng, back, min(back + 60, clock.last_day))[0]
                since = clock.stamp(since_day, rng.randint(28_800, 30_500))  # 08:00-08:28, before office moments
            else:
                previous = None
        draw = rng.random()
        last_from = None  # the owner's latest follow-up falls on this day or later
        if draw < STALE_SHARE:
            count, end = self._count(low, high), clock.days_ago(rng.randint(31, 200))
        elif draw < STALE_SHARE + WARNING_SHARE:
            count, end, last_from = max(1, self._count(low, high)), clock.days_ago(26), clock.days_ago(29)
        else:
            count, end, last_from = max(1, self._count(low, high)), clock.last_day, clock.days_ago(25)
        own = self._segment(customer_id, owner, count, since_day, since, end, contact, interest, last_from,
                            final=True)
        spans = self._spans(customer_id, previous, created_day, rows, contact, interest) if previous else []
        spans += self._spans(customer_id, owner, since_day, own, contact, interest)
        rows += own
        touch = max(since, own[-1][AT]) if own else since
        return History(rows, (since, touch, None, None, previous), rows[-1][AT] if rows else None, since_day,
                       since if previous else None, spans)

    def _count(self, low: int, high: int) -> int:
        count = self.rng.randint(low, high)
        if self.scale != 1.0:
            scaled = count * self.scale
            count = int(scaled) + (self.rng.random() < scaled - int(scaled))
        return count

    def _returned(self, last_at: str) -> str:
        """When a customer quiet since `last_at` went back to the pool: the morning after 30 days."""
        return self.clock.stamp(min(self.clock.day_index(last_at) + 31, self.clock.last_day), 7 * 3600)

    def _spans(self, customer_id: int, user: int, first_day: int, rows: list[tuple], contact: str,
               interest: str) -> list[Span]:
        if not rows:
            return []
        last_day = self.clock.day_index(rows[-1][AT]) - 1
        if last_day <= first_day:
            return []
        weight = (last_day - first_day) * _INTEREST_WEIGHT[interest]
        return [Span(customer_id, user, first_day + 1, last_day, contact, weight)]

    def _segment(self, customer_id: int, user: int, count: int, first_day: int, first_at: str, end: int,
                 contact: str, interest: str, last_from: int | None = None, *, final: bool = False) -> list[tuple]:
        """`count` follow-ups by `user` on days first_day..end (the latest on last_from or later), not
        before `first_at`. Earlier next actions were done; only the customer's latest (`final`) may
        still be open."""
        rng, clock = self.rng, self.clock
        if self.budget is not None:
            count = min(count, self.budget - self.made)
        if end < first_day or count <= 0:
            return []
        moments = [clock.moment(rng, first_day, end) for _ in range(count)]
        if last_from is not None:
            moments[-1] = clock.moment(rng, max(first_day, last_from), end)
        moments.sort()
        rows = []
        for number, (day, moment) in enumerate(moments):
            last = final and number == len(moments) - 1
            kind = rng.choices(_KINDS[0], cum_weights=_KINDS[1])[0]
            next_action, next_on, done, reminded = "", None, False, None
            if last and self._needs_reminder(user, day):
                next_action, (next_on, reminded) = rng.choice(NEXT_ACTIONS), self._forced_due(user, day)
            elif rng.random() < (0.7 if last else 0.4):
                next_action, due = rng.choice(NEXT_ACTIONS), day + rng.randint(3, 21)
                next_on = clock.date(due)
                # earlier next actions were done; the latest is open, or done when long past
                done = not last or (due < clock.days_ago(7) and rng.random() < 0.9)
                if not done and due <= clock.last_day:  # reminded on the morning it fell due
                    reminded = clock.stamp(due, 9 * 3600)
                if not done:
                    self._count_due(user, due)
            rows.append((customer_id, user, max(moment, first_at), kind,
                         fill(rng.choice(FOLLOW_UP_TEXTS[kind]), rng, contact),
                         interest if last or rng.random() < 0.6 else rng.choice(INTEREST_LEVELS), next_action,
                         next_on, done, reminded, None))
        self.made += len(rows)
        return rows

    def _count_due(self, user: int, due: int) -> None:
        if due == HISTORY_DAYS:
            self.due_today[user] += 1
        elif due < HISTORY_DAYS:
            self.overdue[user] += 1

    def _needs_reminder(self, user: int, day: int) -> bool:
        """Whether this latest follow-up should carry one of the reminders every salesperson gets."""
        recent = day >= self.clock.days_ago(20)
        return recent and (self.due_today[user] < MIN_DUE_TODAY or self.overdue[user] < MIN_OVERDUE)

    def _forced_due(self, user: int, day: int) -> tuple[str, str | None]:
        """(due date, reminded_at) of an open next action due today, or overdue (reminded that morning)."""
        clock = self.clock
        if self.due_today[user] < MIN_DUE_TODAY or day >= clock.last_day:
            self.due_today[user] += 1
            return clock.date(HISTORY_DAYS), None
        due = self.rng.randint(day + 1, clock.last_day)
        self.overdue[user] += 1
        return clock.date(due), clock.stamp(due, 9 * 3600)
