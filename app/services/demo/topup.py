"""More demo follow-ups, to reach the total asked for (`salesdesk demo --follow-ups N`).

They fill the customers' histories in between: each falls in a `Span` that `follow_ups.FollowUpMaker`
recorded (after the customer came to that salesperson, before that salesperson's latest
follow-up), so no customer's last_follow_up_at or pool clocks change. Customers with long
histories and high interest get more; their next actions were done long ago.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator, Sequence

from app.models.customer import INTEREST_LEVELS
from app.services.demo.clock import DemoClock
from app.services.demo.follow_ups import Span
from app.services.demo.texts import FOLLOW_UP_KINDS, FOLLOW_UP_TEXTS, NEXT_ACTIONS, fill

_KINDS = (tuple(k for k, _w in FOLLOW_UP_KINDS), tuple(itertools.accumulate(w for _k, w in FOLLOW_UP_KINDS)))


def extra_follow_ups(rng: random.Random, clock: DemoClock, spans: Sequence[Span], count: int,
                     size: int = 50_000) -> Iterator[list[tuple]]:
    """`count` follow-ups (follow_ups.FOLLOW_UP_COLUMNS rows) spread over `spans` by weight, `size`
    to a list, in customer order."""
    if count <= 0 or not spans:
        return
    picks = sorted(rng.choices(range(len(spans)), cum_weights=list(itertools.accumulate(s.weight for s in spans)),
                               k=count))
    kinds, kind_weights = _KINDS
    rows: list[tuple] = []
    for index in picks:
        span = spans[index]
        day, at = clock.moment(rng, span.first_day, span.last_day)
        kind = rng.choices(kinds, cum_weights=kind_weights)[0]
        next_action, next_on = "", None
        if rng.random() < 0.4:
            next_action, next_on = rng.choice(NEXT_ACTIONS), clock.date(day + rng.randint(3, 21))
        content = fill(rng.choice(FOLLOW_UP_TEXTS[kind]), rng, span.contact)
        rows.append((span.customer_id, span.user_id, at, kind, content, rng.choice(INTEREST_LEVELS), next_action,
                     next_on, True, None, None))
        if len(rows) >= size:
            yield rows
            rows = []
    if rows:
        yield rows
