"""Shipments (发货单) and returns (退货) of demo orders, as the shipment service would have made them.

A sold order ships a few days after it was confirmed (a few wait weeks for goods), mostly at once,
otherwise in two or three parts, split by line or by quantity; a part dated after yesterday is not
shipped yet (sometimes a draft is ready). Shipments of the last two days are still in transit
(shipped), older ones were delivered (签收) a day or three later. A few customers send part of a
line back after delivery; half of those get a replacement. Quantities are thousandths, money cents.
Carriers, tracking numbers, freight by the value shipped and packaging for some goods; service-only
notes have no carrier. `follow` gives the order state after each event, as `order_workflow.shipping_state`.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from app.services.demo.clock import DemoClock
from app.services.numbering import format_number
from app.services.shipments import NUMBER_KIND

SHIPMENT_COLUMNS = ("id", "number", "order_id", "ship_date", "carrier", "tracking_no", "freight", "packaging",
                    "state", "is_return", "notes", "shipped_at", "delivered_at", "created_by_id", "created_at",
                    "version", "updated_at", "updated_by")
SHIPMENT_LINE_COLUMNS = ("shipment_id", "order_line_id", "quantity")
# carrier, tracking prefix, digits, freight factor
CARRIERS = (("顺丰速运", "SF", 13, 1.4), ("德邦物流", "DPK", 12, 1.0), ("京东物流", "JDX", 12, 1.2),
            ("中通快递", "7", 13, 0.8))
PICKUP = "客户自提"
RETURN_SHARE, REPLACEMENT_SHARE = 0.03, 0.5
_RETURN_NOTES = ("质量问题退货", "型号发错，客户退回", "运输破损退回", "客户多订退回")


@dataclass
class OrderLineState:
    """One order line as shipping sees it."""

    id: int
    quantity: int  # thousandths
    net: int  # cents
    service: bool
    shipped: int = 0


@dataclass
class Deliveries:
    """What shipping made for one order: rows to insert and the order's state moves (stamp, state)."""

    shipments: list[tuple] = field(default_factory=list)
    lines: list[tuple] = field(default_factory=list)
    moves: list[tuple[str, str]] = field(default_factory=list)
    last_day: int = -1


def shipping_state(lines: list[OrderLineState]) -> str:
    if lines and all(line.shipped >= line.quantity for line in lines):
        return "shipped"
    return "partially_shipped" if any(line.shipped > 0 for line in lines) else "confirmed"


class DeliveryMaker:
    """Ships demo orders; numbers DN-YYYYMM-NNNN by ship month in the order shipments are made."""

    def __init__(self, rng: random.Random, clock: DemoClock, first_id: int):
        self.rng, self.clock = rng, clock
        self.next_id = first_id
        self.counters: dict[str, int] = {}

    def ship(self, order_id: int, salesperson: int, confirmed_day: int, lines: list[OrderLineState]) -> Deliveries:
        """Shipments of a sold order confirmed on `confirmed_day`; updates `lines[i].shipped`."""
        rng, last = self.rng, self.clock.last_day
        made = Deliveries()
        lead = rng.randint(25, 80) if rng.random() < 0.06 else rng.randint(1, 12)
        parts = self._split(lines, rng.choices((1, 2, 3), weights=(70, 24, 6))[0])
        events: list[tuple[int, list[tuple[OrderLineState, int]], bool]] = []
        day = confirmed_day + lead
        for part in parts:
            events.append((day, part, False))
            day += rng.randint(7, 40)
        shipped_events = [e for e in events if e[0] <= last]
        if shipped_events and rng.random() < RETURN_SHARE:
            events += self._return(shipped_events)
        state = "confirmed"
        for day, part, is_return in sorted(events, key=lambda e: e[0]):
            if day > last:
                if not is_return and day <= last + 3 and rng.random() < 0.5:
                    self._note(made, order_id, salesperson, day, part, False, "draft")
                continue
            stamp = self._note(made, order_id, salesperson, day, part, is_return,
                               "shipped" if day >= last - 1 else "delivered")
            for line, quantity in part:
                line.shipped += -quantity if is_return else quantity
            after = shipping_state(lines)
            if after != state:
                made.moves.append((stamp, after))
                state = after
            made.last_day = day
        return made

    def _split(self, lines: list[OrderLineState], parts: int) -> list[list[tuple[OrderLineState, int]]]:
        """The lines' quantities in `parts` non-empty shipments, by line or by quantity."""
        rng = self.rng
        if parts > 1 and len(lines) >= parts and rng.random() < 0.5:
            order = lines[:]
            rng.shuffle(order)
            split = [[(line, line.quantity)] for line in order[:parts]]
            for line in order[parts:]:
                split[rng.randrange(parts)].append((line, line.quantity))
            return split
        split = [[] for _ in range(parts)]
        for line in lines:
            units = line.quantity // 1000
            if parts == 1 or units < parts or line.quantity % 1000:
                split[0].append((line, line.quantity))
                continue
            cuts = sorted(rng.sample(range(1, units), parts - 1))
            for index, (low, high) in enumerate(zip([0, *cuts], [*cuts, units], strict=True)):
                split[index].append((line, (high - low) * 1000))
        return [part for part in split if part]

    def _return(self, shipped: list[tuple[int, list, bool]]) -> list[tuple[int, list, bool]]:
        """A return of part of one delivered goods line, and perhaps its replacement."""
        rng, last = self.rng, self.clock.last_day
        day, part, _ = rng.choice(shipped)
        goods = [(line, quantity) for line, quantity in part if not line.service]
        back_day = day + rng.randint(5, 30)
        if not goods or back_day > last:
            return []
        line, quantity = rng.choice(goods)
        taken = min(quantity, max(1000, quantity // 4 // 1000 * 1000))
        events = [(back_day, [(line, taken)], True)]
        if rng.random() < REPLACEMENT_SHARE:
            events.append((back_day + rng.randint(3, 15), [(line, taken)], False))
        return events

    def _note(self, made: Deliveries, order_id: int, salesperson: int, day: int, part: list, is_return: bool,
              state: str) -> str:
        """Write one shipment (or return) row with its lines; returns when it left."""
        rng, clock = self.rng, self.clock
        shipment_id, self.next_id = self.next_id, self.next_id + 1
        on = clock.first + dt.timedelta(days=day)
        period = f"{on:%Y%m}"
        self.counters[period] = sequence = self.counters.get(period, 0) + 1
        _day, created = clock.moment(rng, min(day, clock.last_day), min(day, clock.last_day))
        services = all(line.service for line, _q in part)
        carrier, tracking, freight, packaging = "", "", 0, 0
        if not services:
            if not is_return and rng.random() < 0.06:
                carrier = PICKUP
            else:
                carrier, prefix, digits, factor = rng.choice(CARRIERS)
                tracking = prefix + "".join(rng.choice("0123456789") for _ in range(digits))
                value = sum(line.net * quantity // max(1, line.quantity) for line, quantity in part)
                freight = 0 if is_return else min(500_000, max(1500, int(value * rng.uniform(0.004, 0.012) * factor)))
                freight = freight // 100 * 100
                packaging = rng.randint(3, 80) * 1000 if not is_return and rng.random() < 0.15 else 0
        notes = rng.choice(_RETURN_NOTES) if is_return else ("服务确认" if services else "")
        shipped_at = delivered_at = None
        version, updated = 1, created
        if state in ("shipped", "delivered"):
            shipped_at, version, updated = created, 2, created
        if state == "delivered":
            arrived = min(day + rng.randint(1, 3), clock.last_day)
            delivered_at = max(created, clock.stamp(arrived, rng.randint(32_400, 64_800)))
            version, updated = 3, delivered_at
        made.shipments.append((shipment_id, format_number(NUMBER_KIND, on, sequence), order_id, str(on), carrier,
                               tracking, freight, packaging, state, is_return, notes, shipped_at, delivered_at,
                               salesperson, created, version, updated, salesperson))
        sign = -1 if is_return else 1
        made.lines += [(shipment_id, line.id, sign * quantity) for line, quantity in part]
        return created
