"""Payment plans (付款计划) and payments received (回款) of demo orders, in cents.

Plans have one to three instalments that add up exactly to the total: all at once (on signing or
30/60 days later), 30 % on signing and the rest 30 days after delivery, or, on orders of
20,000 yuan or more, 30/60/10 with a retention (质保金) due a year after delivery. Customers pay
on time, late, in part, or stop paying; only payments up to yesterday exist, never above the
order's total (no overpayments), none before the order was confirmed. An instalment that was
still uncovered the day after it fell due was reminded then (`overdue_reminded_at`, as the daily
reminder pass does), except in the last week, so that the first start shows a few reminders.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from app.services.demo.clock import DemoClock
from app.services.quote_math import round_half_up

INSTALMENT_COLUMNS = ("order_id", "position", "due_date", "amount", "overdue_reminded_at")
PAYMENT_COLUMNS = ("order_id", "pay_date", "amount", "method", "reference", "is_prepayment", "reason",
                   "recorded_by_id", "created_at")
_PROFILES = (("prompt", 55), ("late", 28), ("partial", 12), ("stops", 5))
_METHODS = (("transfer", 76), ("acceptance", 14), ("cheque", 5), ("cash", 3), ("card", 2))
RECENT_REMINDERS = 7  # days: overdue instalments newer than this are left for the first reminder pass


@dataclass
class Receipts:
    """Plan and payment rows of one order, the paid total and the day of the last payment."""

    plan: list[tuple[int, int]] = field(default_factory=list)  # (due day, cents)
    payments: list[tuple[int, int]] = field(default_factory=list)  # (day, cents)
    paid: int = 0
    last_day: int = -1


def split(total: int, shares: tuple[str, ...]) -> list[int]:
    """`total` cents in parts by `shares` (fractions of 1, rounded half-up to the cent by quote_math);
    the last part takes what is left, so the parts add up to `total` exactly."""
    parts = [int(round_half_up(Decimal(total) * Decimal(share), 0)) for share in shares[:-1]]
    parts.append(total - sum(parts))
    return parts if all(p > 0 for p in parts) else [total]


def plan_for(rng: random.Random, total: int, sign_day: int, delivery_day: int) -> list[tuple[int, int]]:
    """A payment plan for an order signed on `sign_day` expected to be delivered on `delivery_day`."""
    kind = rng.random()
    if kind < 0.45:
        return [(sign_day + rng.choice((0, 0, 30, 60)), total)]
    if kind < 0.9 or total < 2_000_000:  # a retention only on orders of 20,000 yuan or more
        amounts = split(total, ("0.3", "0.7"))
        dues = [sign_day + rng.randint(0, 7), delivery_day + 30]
    else:
        amounts = split(total, ("0.3", "0.6", "0.1"))
        dues = [sign_day + rng.randint(0, 7), delivery_day + 30, delivery_day + 365]
    return list(zip(dues[:len(amounts)] if len(amounts) > 1 else [dues[0]], amounts, strict=True))


class ReceiptMaker:
    """Decides when the customers of demo orders paid."""

    def __init__(self, rng: random.Random, clock: DemoClock):
        self.rng, self.clock = rng, clock
        self._profiles = ([p for p, _w in _PROFILES], [w for _p, w in _PROFILES])
        self._methods = ([m for m, _w in _METHODS], [w for _m, w in _METHODS])

    def payments(self, plan: list[tuple[int, int]], confirmed_day: int) -> Receipts:
        """Payments against `plan` (instalments in due order) from `confirmed_day` to yesterday."""
        rng, last = self.rng, self.clock.last_day
        made = Receipts(plan=plan)
        profile = rng.choices(*self._profiles)[0]
        for index, (due, amount) in enumerate(plan):
            if profile == "stops" and index > 0:
                break
            if profile == "prompt" or (profile == "partial" and rng.random() < 0.5):
                parts = [(due + rng.randint(-5, 5), amount)]
            elif profile == "partial":
                first = amount * rng.randint(40, 70) // 100 or amount
                parts = [(due + rng.randint(0, 20), first), (due + rng.randint(30, 90), amount - first)]
            else:
                parts = [(due + rng.randint(10, 120), amount)]
            for day, cents in parts:
                day = max(day, confirmed_day)
                if cents <= 0 or day > last:
                    continue
                made.payments.append((day, cents))
                made.paid += cents
                made.last_day = max(made.last_day, day)
        made.payments.sort()
        return made

    def payment_rows(self, order_id: int, salesperson: int, made: Receipts, not_before: str) -> list[tuple]:
        """PAYMENT_COLUMNS rows, recorded by the salesperson, none before `not_before` (confirmation)."""
        rng, clock = self.rng, self.clock
        rows = []
        for day, cents in made.payments:
            _day, stamp = clock.moment(rng, day, day)
            method = rng.choices(*self._methods)[0]
            digits = "".join(rng.choice("0123456789") for _ in range(10))
            reference = {"transfer": f"网银{clock.date(day).replace('-', '')}{digits[:6]}",
                         "acceptance": f"银承{digits}", "cheque": f"支票{digits[:8]}"}.get(method, "")
            rows.append((order_id, clock.date(day), cents, method, reference, False, "", salesperson,
                         max(stamp, not_before)))
        return rows

    def instalment_rows(self, order_id: int, made: Receipts, reminded: bool) -> list[tuple]:
        """The plan's rows; with `reminded` (an open order), overdue marks as the daily pass left them."""
        clock, last = self.clock, self.clock.last_day
        rows, planned, covered_on = [], 0, self._coverage(made)
        for position, (due, amount) in enumerate(made.plan, start=1):
            planned += amount
            paid_on = covered_on(planned)
            mark = None
            late = due + 1 <= last and (paid_on is None or paid_on > due + 1)
            if reminded and late and (paid_on is not None or due + 1 <= last - RECENT_REMINDERS):
                mark = clock.stamp(due + 1, 30_600)
            rows.append((order_id, position, clock.date(due), amount, mark))
        return rows

    @staticmethod
    def _coverage(made: Receipts):
        """A function: cumulative cents -> the day payments reached them (None: not yet)."""
        steps, running = [], 0
        for day, cents in made.payments:
            running += cents
            steps.append((running, day))

        def covered_on(cents: int) -> int | None:
            return next((day for running, day in steps if running >= cents), None)
        return covered_on
