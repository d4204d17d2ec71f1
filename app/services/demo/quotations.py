"""Demo quotations over the last 18 months for the owned demo customers, written in bulk.

About one quotation family per 9-10 customers (more for keen customers), dated after the customer
came to its owner, who is the salesperson. Amounts are `quote_math`'s (quote_lines.py), the
approval flags `quotation_approval.approval_need`'s with the salesperson's discount limit, the
states and their dates follow the state machine (quote_story.py). Some quotations that went to the
customer got a revision (`-R1`, `-R2`: the source stays sent, or expired after its validity).
Numbers are QT-YYYYMM-NNNN by quote month in the order they were written, and each month's counter
is left at its highest number, so the next quotation made in the app continues the sequence.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.models.base import db, to_scaled_int
from app.models.quotation import STATES
from app.models.user import User
from app.services.demo.bulk import insert_rows, next_id, sync_id_sequence
from app.services.demo.clock import DemoClock
from app.services.demo.products import DemoProduct
from app.services.demo.quote_lines import LineMaker
from app.services.demo.quote_story import Story, StoryTeller
from app.services.numbering import format_number
from app.services.quotation_approval import ApprovalNeed, PricedLine, approval_need
from app.services.quotations import NUMBER_KIND, root_number
from app.services.quote_math import totals

QUOTATION_COLUMNS = ("id", "number", "customer_id", "contact_id", "salesperson_id", "quote_date", "valid_until",
                     "currency", "state", "revision_of_id", "revision", "terms", "notes", "net_total", "tax_total",
                     "total", "needs_approval", "approval_discount", "approved_by_id", "approved_at",
                     "decision_comment", "sent_at", "created_at", "version", "updated_at", "updated_by")
LINE_COLUMNS = ("quotation_id", "position", "product_id", "description", "quantity", "unit", "unit_price",
                "discount", "tax_rate", "net", "tax")

CUSTOMERS_PER_QUOTATION = 9.5  # families of quotations; revisions come on top
DEMO_STATES = tuple(s for s in STATES if s != "converted")  # converted: by the orders made afterwards
REVISION_SHARE = 0.08  # of quotations, changed by a revision at the customer's request after they were sent
_INTEREST_WEIGHT = {"high": 3.0, "medium": 2.0, "low": 1.0, "none": 0.3}
_VALIDITY = ((15, 1), (30, 6), (45, 1), (60, 2), (90, 1))
_PAYMENTS = ("预付30%，发货前付清余款", "货到验收合格后30天内付清", "月结60天", "预付50%，验收合格后付清余款",
             "款到发货")
_SHIPPING = ("汽运送货上门，运费由我方承担", "快递发货，运费由需方承担", "需方自提")
_NOTES = ("客户要求随货提供检测报告。", "交期需与生产部确认。", "含现场调试一次。", "报价依据客户询价单编制。",
          "客户为年度框架协议单位。", "样品已于上月寄出，客户试用良好。")


@dataclass(frozen=True)
class OwnedCustomer:
    """An owned demo customer as the quotations need it."""

    id: int
    owner_id: int
    owner_since: str
    interest: str
    contact_id: int | None


@dataclass
class DemoQuotation:
    """A quotation before it is numbered and written."""

    customer: OwnedCustomer
    salesperson: User
    day: int
    created_at: str
    valid_days: int
    terms: str
    notes: str
    lines: list[PricedLine]
    need: ApprovalNeed
    story: Story
    source: DemoQuotation | None = None
    revision: int = 0
    revised: bool = False  # the customer asked for a revision of it
    id: int = 0
    number: str = ""


def owned_customers() -> tuple[int, list[OwnedCustomer]]:
    """(how many customers there are, the owned ones in id order with their primary contact)."""
    primary = dict(db.execute_sql("SELECT customer_id, id FROM contact WHERE is_primary").fetchall())
    rows = db.execute_sql("SELECT id, owner_id, owner_since, created_at, interest FROM customer ORDER BY id").fetchall()
    owned = [OwnedCustomer(cid, owner, str(since or created), interest, primary.get(cid))
             for cid, owner, since, created, interest in rows if owner is not None]
    return len(rows), owned


class QuotationMaker:
    """Makes the quotations of demo customers, dated by `clock`, for the accounts in `users`."""

    def __init__(self, rng: random.Random, clock: DemoClock, users: Sequence[User], products: Sequence[DemoProduct]):
        self.rng, self.clock = rng, clock
        self.users = {u.id: u for u in users}
        self.lines = LineMaker(rng, products, clock.last_day)
        self.stories = StoryTeller(rng, clock, users)
        self._validity = (tuple(d for d, _w in _VALIDITY), tuple(itertools.accumulate(w for _d, w in _VALIDITY)))

    def family(self, customer: OwnedCustomer) -> list[DemoQuotation]:
        """A quotation for `customer` and the revisions made of it."""
        rng, clock = self.rng, self.clock
        day, created = clock.moment(rng, clock.day_index(customer.owner_since), clock.last_day)
        valid_days = rng.choices(self._validity[0], cum_weights=self._validity[1])[0]
        terms = (f"1. 以上价格含增值税，开具增值税专用发票；\n2. 交货期：合同签订后{rng.randint(1, 8)}周内；\n"
                 f"3. 付款方式：{rng.choice(_PAYMENTS)}；\n4. 运输方式：{rng.choice(_SHIPPING)}。")
        notes = rng.choice(_NOTES) if rng.random() < 0.2 else ""
        quotation = self._quotation(customer, day, max(created, customer.owner_since), valid_days, terms, notes,
                                    self.lines.lines(day), None, REVISION_SHARE)
        made = [quotation]
        while quotation.revised and quotation.story.sent_day is not None:
            latest = min(quotation.day + quotation.valid_days, clock.last_day)
            if quotation.story.sent_day >= latest:
                break
            day, created = clock.moment(rng, quotation.story.sent_day + 1, latest)
            quotation = self._quotation(customer, day, max(created, quotation.story.sent_at), valid_days, terms,
                                        notes, self.lines.revised(quotation.lines), quotation, REVISION_SHARE / 2)
            made.append(quotation)
        return made

    def cover_states(self, made: list[DemoQuotation]) -> None:
        """Give each state missing from `made` to the latest quotation it fits whose own state is
        not its only one (outside revision families), so that even a small demo shows every state."""
        counts = Counter(q.story.state for q in made)
        latest_first = sorted((q for q in made if q.source is None and not q.revised),
                              key=lambda q: q.created_at, reverse=True)
        for state in DEMO_STATES:
            if counts[state]:
                continue
            for q in latest_first:
                valid_until = q.day + q.valid_days
                if counts[q.story.state] > 1 and self.stories.fits(state, q.need.needed, valid_until):
                    counts[q.story.state] -= 1
                    counts[state] += 1
                    q.story = self.stories.tell(state, q.salesperson, q.need.discount, q.day, q.created_at,
                                                valid_until, q.need.needed)
                    break

    def _quotation(self, customer: OwnedCustomer, day: int, created: str, valid_days: int, terms: str, notes: str,
                   lines: list[PricedLine], source: DemoQuotation | None, revise: float) -> DemoQuotation:
        salesperson = self.users[customer.owner_id]
        need = approval_need(lines, salesperson.discount_limit)
        valid_until = day + valid_days
        revised = self.rng.random() < revise
        state = self.stories.state(need.needed, valid_until, revisable=revised)
        story = self.stories.tell(state, salesperson, need.discount, day, created, valid_until, need.needed)
        return DemoQuotation(customer, salesperson, day, created, valid_days, terms, notes, lines, need, story,
                             source, source.revision + 1 if source else 0, revised)


def fill_quotations(rng: random.Random, users: Sequence[User], products: Sequence[DemoProduct],
                    clock: DemoClock | None = None) -> int:
    """Write quotations with their lines for the owned customers in the database and set the QT
    counters; returns how many quotations were written. Call inside the demo's transaction, after
    the customers and products."""
    clock = clock or DemoClock()
    count, customers = owned_customers()
    maker = QuotationMaker(rng, clock, users, products)
    weight = sum(_INTEREST_WEIGHT[c.interest] for c in customers) or 1.0
    scale = count / CUSTOMERS_PER_QUOTATION / weight
    made: list[DemoQuotation] = []
    for customer in customers:
        chance = _INTEREST_WEIGHT[customer.interest] * scale
        for _ in range(int(chance) + (rng.random() < chance % 1)):
            made.extend(maker.family(customer))
    maker.cover_states(made)
    made.sort(key=lambda q: q.created_at)  # stable: a revision always follows its source
    counters = _number(made, clock, next_id("quotation"))
    for start in range(0, len(made), 5000):
        chunk = made[start:start + 5000]
        insert_rows("quotation", QUOTATION_COLUMNS, [_row(q, clock) for q in chunk])
        insert_rows("quotation_line", LINE_COLUMNS, [_line_row(q.id, position, line) for q in chunk
                                                     for position, line in enumerate(q.lines, start=1)])
    insert_rows("document_counter", ("kind", "period", "last"),
                [(NUMBER_KIND, period, last) for period, last in sorted(counters.items())])
    sync_id_sequence("quotation")
    return len(made)


def _number(made: list[DemoQuotation], clock: DemoClock, first_id: int) -> dict[str, int]:
    """Give ids in order and numbers by quote month; returns the last number of each month."""
    counters: dict[str, int] = {}
    for offset, quotation in enumerate(made):
        quotation.id = first_id + offset
        if quotation.source is None:
            on = clock.first + dt.timedelta(days=quotation.day)
            counters[f"{on:%Y%m}"] = sequence = counters.get(f"{on:%Y%m}", 0) + 1
            quotation.number = format_number(NUMBER_KIND, on, sequence)
        else:
            quotation.number = f"{root_number(quotation.source.number)}-R{quotation.revision}"
    return counters


def _cents(value) -> int:
    return to_scaled_int(value, 2)


def _row(q: DemoQuotation, clock: DemoClock) -> tuple:
    sums, story = totals(q.lines), q.story
    return (q.id, q.number, q.customer.id, q.customer.contact_id, q.salesperson.id, clock.date(q.day),
            clock.date(q.day + q.valid_days), "CNY", story.state, q.source.id if q.source else None, q.revision,
            q.terms, q.notes, _cents(sums.net_total), _cents(sums.tax_total), _cents(sums.total), q.need.needed,
            _cents(q.need.discount), story.approved_by, story.approved_at, story.decision_comment, story.sent_at,
            q.created_at, story.version, story.updated_at, story.updated_by)


def _line_row(quotation_id: int, position: int, line: PricedLine) -> tuple:
    return (quotation_id, position, line.product_id, line.description, to_scaled_int(line.quantity, 3), line.unit,
            _cents(line.unit_price), _cents(line.discount), _cents(line.tax_rate), _cents(line.net), _cents(line.tax))
