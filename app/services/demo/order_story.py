"""One demo order from its seed (order_plan.py): lines, state and dates along
`order_workflow.TRANSITIONS`, approval, service period, payment plan, shipments and payments.

- Recent orders may still be drafts or, when they need approval, pending; about one in 25 was
  cancelled (作废) a few days after signing, from draft or confirmed, with nothing shipped or paid.
  The rest were confirmed (after approval by a supervisor within their limit, or the manager,
  when the quotation rule asks for it) and shipped (deliveries.py) and paid (receipts.py) since.
- A fully shipped and fully paid order was mostly closed (结案) some days after the last event.
- Orders from a quotation copy its lines and amounts as stored and carry its approval over, as
  `orders.convert_quotation` does; direct orders are priced by `quote_math` (quote_lines.py).
- Orders with annual products (unit 年) or only services are service contracts with a start and an
  end date; renewal reminders went out 30 days before the end of those that already ended.
- `version` counts the order's state moves; `updated_at/by` is its last one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from app.models.base import to_scaled_int
from app.models.user import User
from app.services.demo.clock import DemoClock
from app.services.demo.deliveries import DeliveryMaker, OrderLineState
from app.services.demo.order_plan import OrderSeed
from app.services.demo.products import DemoProduct
from app.services.demo.quote_lines import LineMaker, priced
from app.services.demo.quote_story import StoryTeller
from app.services.demo.receipts import ReceiptMaker, Receipts, plan_for
from app.services.numbering import format_number
from app.services.order_workflow import SOLD_STATES
from app.services.orders import NUMBER_KIND
from app.services.quotation_approval import approval_need
from app.services.quote_math import totals

ORDER_COLUMNS = ("id", "number", "customer_id", "contact_id", "salesperson_id", "quotation_id", "sign_date",
                 "start_date", "end_date", "currency", "state", "terms", "notes", "net_total", "tax_total", "total",
                 "paid_total", "needs_approval", "approval_discount", "approved_by_id", "approved_at",
                 "decision_comment", "confirmed_at", "cancel_reason", "renewal_reminded_at", "created_at",
                 "version", "updated_at", "updated_by")
ORDER_LINE_COLUMNS = ("id", "order_id", "position", "product_id", "description", "quantity", "unit", "unit_price",
                      "discount", "tax_rate", "net", "tax", "shipped_quantity")
ANNUAL_PRODUCTS = ("FW-MT-STD", "FW-MT-PRO", "RJ-CLD-B", "RJ-CLD-P", "RJ-UPG")
_CANCEL_REASONS = ("客户预算取消，项目暂停", "客户改选其他供应商", "重复下单，作废重开", "客户需求变更，按新合同执行",
                   "价格条款未谈妥")
_PAYMENT_TERMS = ("预付30%，发货前付清余款", "货到验收合格后30天内付清", "月结60天", "预付30%，验收后付60%，质保金10%")


@dataclass
class OrderRows:
    """Everything one order writes."""

    order: tuple
    lines: list[tuple]
    instalments: list[tuple] = field(default_factory=list)
    shipments: list[tuple] = field(default_factory=list)
    shipment_lines: list[tuple] = field(default_factory=list)
    payments: list[tuple] = field(default_factory=list)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class OrderMaker:
    """Tells the story of demo orders in the order they were signed; ids and numbers follow."""

    def __init__(self, rng: random.Random, clock: DemoClock, users: Sequence[User], products: Sequence[DemoProduct],
                 first_ids: tuple[int, int, int]):
        self.rng, self.clock = rng, clock
        self.users = {u.id: u for u in users}
        self.products = {p.id: p for p in products}
        self.annual = [p for p in products if p.code in ANNUAL_PRODUCTS and p.active]
        self.lines = LineMaker(rng, products, clock.last_day)
        self.approvals = StoryTeller(rng, clock, users)
        self.shipping = DeliveryMaker(rng, clock, first_ids[2])
        self.receipts = ReceiptMaker(rng, clock)
        self.next_order, self.next_line = first_ids[0], first_ids[1]
        self.counters: dict[str, int] = {}
        self.state_counts: dict[str, int] = {}

    def make(self, seed: OrderSeed) -> OrderRows:
        rng, clock, last = self.rng, self.clock, self.clock.last_day
        order_id, self.next_order = self.next_order, self.next_order + 1
        on = clock.first + dt.timedelta(days=seed.day)
        self.counters[f"{on:%Y%m}"] = sequence = self.counters.get(f"{on:%Y%m}", 0) + 1
        salesperson = self.users[seed.buyer.owner_id]
        lines, header = self._lines(seed, salesperson)
        net, tax, total = header["totals"]
        age = last - seed.day
        fate = self._fate(age, header["needs_approval"])
        story = {"state": "draft", "version": 1, "updated_at": seed.stamp, "updated_by": salesperson.id,
                 "approved_by": header["approved_by"], "approved_at": header["approved_at"], "confirmed_at": None,
                 "cancel_reason": "", "paid": 0}
        states = [OrderLineState(self.next_line + i, line[2], line[7], self._service(line[0], line[4]))
                  for i, line in enumerate(lines)]
        rows = OrderRows((), [])
        plan = None
        if fate == "pending":
            self._move(story, "pending", self._later(seed.day, seed.stamp, 0)[1], salesperson.id)
        elif fate in ("sold", "cancel_confirmed"):
            confirm_day, confirm_at = self._confirm(seed, story, header, salesperson)
            delivery_guess = confirm_day + rng.randint(3, 20)
            plan = plan_for(rng, total, seed.day, delivery_guess)
            if fate == "sold":
                self._deliver(order_id, salesperson.id, confirm_day, confirm_at, states, plan, story, rows)
            else:
                self._cancel(story, salesperson.id, confirm_day)
        elif fate == "cancel_draft":
            self._cancel(story, salesperson.id, seed.day)
        if plan is None and fate != "cancel_draft" and rng.random() < 0.5:
            plan = plan_for(rng, total, seed.day, seed.day + 14)
        if plan is not None and not rows.instalments:
            rows.instalments = self.receipts.instalment_rows(order_id, Receipts(plan=plan), False)
        start, end = self._period(seed, lines)
        renewal_mark = None  # the daily pass reminded the salesperson of contracts that have ended since
        if end is not None and story["state"] in SOLD_STATES and end < clock.today:
            renewal_mark = clock.stamp(max(seed.day, (end - clock.first).days - 30), 30_600)
        self.state_counts[story["state"]] = self.state_counts.get(story["state"], 0) + 1
        rows.order = (order_id, format_number(NUMBER_KIND, on, sequence), seed.buyer.id, header["contact"],
                      salesperson.id, seed.quotation.id if seed.quotation else None, str(on),
                      str(start) if start else None, str(end) if end else None, header["currency"], story["state"],
                      header["terms"], header["notes"], net, tax, total, story["paid"], header["needs_approval"],
                      header["approval_discount"], story["approved_by"], story["approved_at"],
                      header.get("comment", "") if story["approved_by"] else "", story["confirmed_at"],
                      story["cancel_reason"], renewal_mark, seed.stamp, story["version"], story["updated_at"],
                      story["updated_by"])
        rows.lines = [(state.id, order_id, position, *line, state.shipped)
                      for position, (state, line) in enumerate(zip(states, lines, strict=True), start=1)]
        self.next_line += len(lines)
        return rows

    # ---- pieces -----------------------------------------------------------------------------

    def _fate(self, age: int, needs_approval: bool) -> str:
        r = self.rng.random()
        if needs_approval and age < 20 and r < (0.5 if age < 10 else 0.1):
            return "pending"
        draft = 0.6 if age < 7 else 0.15 if age < 30 else 0.01
        if r < draft:
            return "draft"
        if r < draft + 0.04:
            return "cancel_draft" if self.rng.random() < 0.4 else "cancel_confirmed"
        return "sold"

    def _lines(self, seed: OrderSeed, salesperson: User) -> tuple[list[tuple], dict]:
        """Line rows (product .. tax, integers) and the header values that come with them."""
        quotation = seed.quotation
        if quotation is not None:
            return list(quotation.lines), {
                "totals": quotation.totals, "needs_approval": False,
                "approval_discount": quotation.approval_discount, "approved_by": quotation.approved_by,
                "approved_at": quotation.approved_at, "currency": quotation.currency,
                "terms": quotation.terms, "notes": quotation.notes,
                "contact": quotation.contact_id if quotation.contact_id is not None else seed.buyer.contact_id}
        priced_lines = self.lines.lines(seed.day, seed.line_count)
        if seed.renewal and self.annual and not any(line.unit == "年" for line in priced_lines):
            product = self.rng.choice(self.annual)  # in place of the first line: the count stays
            if all(line.product_id != product.id for line in priced_lines):
                priced_lines[0] = priced(product, product.name, Decimal(1), product.unit, product.list_price,
                                         priced_lines[0].discount, product.tax_rate)
        need = approval_need(priced_lines, salesperson.discount_limit)
        sums = totals(priced_lines)
        rows = [(line.product_id, line.description, to_scaled_int(line.quantity, 3), line.unit,
                 to_scaled_int(line.unit_price, 2), to_scaled_int(line.discount, 2), to_scaled_int(line.tax_rate, 2),
                 to_scaled_int(line.net, 2), to_scaled_int(line.tax, 2)) for line in priced_lines]
        comment = self.rng.choice(("", "同意。", "同意，注意回款风险。", "特价仅限本单。"))
        terms = (f"1. 以上价格含增值税；\n2. 付款方式：{self.rng.choice(_PAYMENT_TERMS)}；\n"
                 f"3. 交货期：合同签订后{self.rng.randint(1, 6)}周内。")
        return rows, {"totals": tuple(to_scaled_int(v, 2) for v in (sums.net_total, sums.tax_total, sums.total)),
                      "needs_approval": need.needed, "approval_discount": to_scaled_int(need.discount, 2),
                      "approved_by": None, "approved_at": None, "currency": "CNY", "terms": terms, "notes": "",
                      "contact": seed.buyer.contact_id, "comment": comment, "need": need}

    def _service(self, product_id: int | None, unit: str) -> bool:
        product = self.products.get(product_id) if product_id is not None else None
        return unit == "年" or (product is not None and product.line == "技术服务")

    def _period(self, seed: OrderSeed, lines: list[tuple]) -> tuple[dt.date | None, dt.date | None]:
        """Service period: annual products run whole years, service-only orders a few months."""
        years = [line[2] // 1000 for line in lines if line[3] == "年"]
        services = all(self._service(line[0], line[3]) for line in lines)
        if not years and not services:
            return None, None
        start = self.clock.first + dt.timedelta(days=seed.day + (0 if seed.renewal else self.rng.randint(0, 14)))
        if years:
            return start, _add_years(start, max(1, min(3, max(years)))) - dt.timedelta(days=1)
        return start, start + dt.timedelta(days=self.rng.randint(30, 180))

    def _later(self, day: int, at: str, days: int) -> tuple[int, str]:
        target = min(day + days, self.clock.last_day)
        moment_day, moment = self.clock.moment(self.rng, target, target)
        return max(day, moment_day), max(at, moment)

    @staticmethod
    def _move(story: dict, state: str, at: str, by: int | None) -> None:
        story.update(state=state, version=story["version"] + 1, updated_at=max(at, story["updated_at"]),
                     updated_by=by)

    def _confirm(self, seed: OrderSeed, story: dict, header: dict, salesperson: User) -> tuple[int, str]:
        day, at = seed.day, seed.stamp
        if header["needs_approval"]:
            day, at = self._later(day, at, self.rng.randint(0, 1))
            self._move(story, "pending", at, salesperson.id)
            approver = self.approvals.approver(salesperson, header["need"].discount)
            day, at = self._later(day, at, self.rng.randint(0, 2))
            story.update(approved_by=approver.id, approved_at=at)
            self._move(story, "confirmed", at, approver.id)
        else:
            day, at = self._later(day, at, self.rng.choice((0, 0, 1)))
            self._move(story, "confirmed", at, salesperson.id)
        story["confirmed_at"] = at
        return day, at

    def _cancel(self, story: dict, salesperson: int, from_day: int) -> None:
        _day, at = self._later(from_day, story["updated_at"], self.rng.randint(1, 20))
        story["cancel_reason"] = self.rng.choice(_CANCEL_REASONS)
        self._move(story, "cancelled", at, salesperson)

    def _deliver(self, order_id: int, salesperson: int, confirm_day: int, confirm_at: str,
                 states: list[OrderLineState], plan: list[tuple[int, int]], story: dict, rows: OrderRows) -> None:
        made = self.shipping.ship(order_id, salesperson, confirm_day, states)
        for at, state in made.moves:
            self._move(story, state, at, salesperson)
        paid = self.receipts.payments(plan, confirm_day)
        story["paid"] = paid.paid
        rows.shipments, rows.shipment_lines = made.shipments, made.lines
        rows.payments = self.receipts.payment_rows(order_id, salesperson, paid, confirm_at)
        rows.instalments = self.receipts.instalment_rows(order_id, paid, True)
        last_event = max(made.last_day, paid.last_day)
        if story["state"] == "shipped" and paid.paid == plan_total(plan) and last_event + 3 <= self.clock.last_day \
                and self.rng.random() < 0.9:
            day = min(self.clock.last_day, last_event + self.rng.randint(1, 14))
            _day, at = self.clock.moment(self.rng, day, day)
            self._move(story, "closed", at, salesperson)


def plan_total(plan: list[tuple[int, int]]) -> int:
    return sum(amount for _due, amount in plan)

