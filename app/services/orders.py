"""Orders / contracts (合同·订单): enter one directly, convert an accepted quotation, edit a draft.

States and approval are in `order_workflow`, the payment plan in `payment_plan`, the list and the
detail read in `order_queries`, shipments in `shipments`, payments in `payments`.

Promises: lines are priced by `quote_math` through `quotations.price_lines` (client totals are
never trusted) and the stored net/tax/total are the sums of the rounded lines, written in the same
transaction as the lines; numbers SO-YYYYMM-NNNN (month of the sign date) are drawn in the order's
transaction; every change checks the version it was based on and is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.models.base import db
from app.models.customer import Contact
from app.models.order import Order, OrderLine
from app.models.quotation import QuotationLine
from app.models.user import User
from app.services import audit
from app.services.customer_scope import get_visible_customer
from app.services.document_lines import lines_snapshot, priced_amounts, priced_line_rows, replace_lines
from app.services.errors import ValidationError
from app.services.locking import bump_version, check_version, save_changes
from app.services.numbering import next_number
from app.services.order_queries import get_order, get_order_by_number, order_lines
from app.services.payment_plan import InstalmentInput, check_plan, write_plan
from app.services.permissions import require
from app.services.quotation_approval import PricedLine, approval_need
from app.services.quotation_states import check_transition as check_quotation_transition
from app.services.quotations import LineInput, choose_salesperson, price_lines

NUMBER_KIND = "SO"
EDITABLE_STATES = frozenset({"draft"})
__all__ = ["OrderInput", "convert_quotation", "create_order", "get_order", "get_order_by_number", "order_lines",
           "update_order"]
ORDER_SELLER_MESSAGES = {"self": "Salespeople take orders for themselves.",
                         "assign": "You may not give this order to that salesperson."}


@dataclass
class OrderInput:
    """Every field of the order editor. `salesperson_id` None means the acting user (or, on an edit,
    the current salesperson); `plan` None leaves the payment plan as it is (empty on a new order)."""

    customer_id: int
    sign_date: dt.date
    contact_id: int | None = None
    salesperson_id: int | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    currency: str = "CNY"
    terms: str = ""
    notes: str = ""
    lines: list[LineInput] = field(default_factory=list)
    plan: list[InstalmentInput] | None = None


# ---- validation ----------------------------------------------------------------------------------

def _header(actor: User, data: OrderInput) -> dict[str, object]:
    errors: dict[str, str] = {}
    customer = get_visible_customer(actor, data.customer_id)
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = "The contract cannot end before it starts."
    currency = data.currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        errors["currency"] = "A three-letter currency code such as CNY."
    if data.contact_id is not None and not Contact.select().where(
            (Contact.id == data.contact_id) & (Contact.customer == customer.id)).exists():
        errors["contact_id"] = "Choose a contact of this customer."
    if errors:
        raise ValidationError(errors)
    return {"customer": customer.id, "contact": data.contact_id, "sign_date": data.sign_date,
            "start_date": data.start_date, "end_date": data.end_date, "currency": currency,
            "terms": data.terms.strip(), "notes": data.notes.strip()}


def _amounts(lines: list[PricedLine], salesperson: User) -> dict[str, object]:
    return priced_amounts(lines, approval_need(lines, salesperson.discount_limit))


def line_rows(order_id: int, lines: list[PricedLine]) -> list[dict[str, object]]:
    """Insert rows of priced lines for `order_id`, positions from 1 (also for bulk loads)."""
    return priced_line_rows("order", order_id, lines)


def _write_lines(order_id: int, lines: list[PricedLine]) -> None:
    replace_lines(OrderLine, "order", order_id, lines)


def _snapshot(order_id: int) -> list[list[object]]:
    return lines_snapshot(OrderLine, "order", order_id)


# ---- create and edit -----------------------------------------------------------------------------

def create_order(actor: User, data: OrderInput) -> Order:
    """A new draft order for a customer `actor` may see, numbered SO-YYYYMM-NNNN (month of the sign
    date) in the same transaction as its lines and plan; `needs_approval` set by the quotation rule.
    A plan, when given, must sum to the order total."""
    require(actor, "orders.edit")
    header = _header(actor, data)
    salesperson = choose_salesperson(actor, data.salesperson_id, messages=ORDER_SELLER_MESSAGES)
    lines = price_lines(data.lines)
    values = {**header, **_amounts(lines, salesperson), "salesperson": salesperson.id}
    plan = check_plan(data.plan, values["total"]) if data.plan is not None else []
    with db.atomic():
        number = next_number(NUMBER_KIND, data.sign_date)
        order = Order.create(number=number, state="draft", updated_by=actor.id, **values)
        _write_lines(order.id, lines)
        write_plan(order.id, plan)
        audit.record(actor, "order", order.id, "create",
                     {**{k: (None, v) for k, v in values.items()}, "number": (None, number),
                      "lines": (None, _snapshot(order.id)),
                      "plan": (None, [[d.isoformat(), str(a)] for d, a in plan])})
    return order


def update_order(actor: User, order_id: int, expected_version: int, data: OrderInput) -> Order:
    """Save the editor over a draft order if nobody saved it since `expected_version` (else
    ConflictError). Lines are replaced and priced again, totals and the approval need recomputed;
    a plan given replaces the old one and must sum to the new total."""
    require(actor, "orders.edit")
    order = get_order(actor, order_id)
    if order.state not in EDITABLE_STATES:
        raise ValidationError({"state": "Only a draft order can be edited."})
    header = _header(actor, data)
    salesperson = choose_salesperson(actor, data.salesperson_id, order.salesperson_id, ORDER_SELLER_MESSAGES)
    lines = price_lines(data.lines)
    changes = {**header, **_amounts(lines, salesperson), "salesperson": salesperson.id}
    plan = check_plan(data.plan, changes["total"]) if data.plan is not None else None
    with db.atomic():
        check_version(Order, order_id, expected_version)
        before = _snapshot(order_id)
        _write_lines(order_id, lines)
        after = _snapshot(order_id)
        if plan is not None:
            write_plan(order_id, plan)
        diff = save_changes(actor, order, expected_version, changes, "order")
        if before != after or plan is not None:
            if not diff:
                bump_version(actor, order, expected_version)
            audit.record(actor, "order", order_id, "lines", {"lines": (before, after)})
    return order


def convert_quotation(actor: User, quotation_id: int, expected_version: int,
                      sign_date: dt.date | None = None) -> Order:
    """Turn an accepted quotation into a draft order in one transaction: customer, contact,
    salesperson, currency, terms and every line with its stored prices and amounts are copied as
    they are (the totals stay exactly the quotation's); the quotation becomes "converted" and the
    order links to it. The quotation's approval carries over (`approved_by/at`), so the order needs
    none unless it is edited. ConflictError if the quotation changed since `expected_version`."""
    from app.services.quotations import get_quotation

    require(actor, "orders.edit")
    quotation = get_quotation(actor, quotation_id)
    check_quotation_transition(quotation.state, "converted")
    sign_date = sign_date or dt.date.today()
    values = {"customer": quotation.customer_id, "contact": quotation.contact_id,
              "salesperson": quotation.salesperson_id, "quotation": quotation.id, "sign_date": sign_date,
              "currency": quotation.currency, "terms": quotation.terms, "notes": quotation.notes,
              "net_total": quotation.net_total, "tax_total": quotation.tax_total, "total": quotation.total,
              "needs_approval": False, "approval_discount": quotation.approval_discount,
              "approved_by": quotation.approved_by_id, "approved_at": quotation.approved_at}
    copied = ("position", "description", "quantity", "unit", "unit_price", "discount", "tax_rate",
              "net", "tax")
    with db.atomic():
        save_changes(actor, quotation, expected_version, {"state": "converted"}, "quotation")
        number = next_number(NUMBER_KIND, sign_date)
        order = Order.create(number=number, state="draft", updated_by=actor.id, **values)
        source = QuotationLine.select().where(QuotationLine.quotation == quotation.id).order_by(QuotationLine.position)
        rows = [{"order": order.id, "product": line.product_id, **{name: getattr(line, name) for name in copied}}
                for line in source]
        for start in range(0, len(rows), 500):
            OrderLine.insert_many(rows[start:start + 500]).execute()
        audit.record(actor, "order", order.id, "convert",
                     {**{k: (None, v) for k, v in values.items()}, "number": (None, number),
                      "lines": (None, _snapshot(order.id))})
    return order


def sum_lines(order_id: int) -> tuple[Decimal, Decimal]:
    """(Σ net, Σ tax) of the stored lines: what the order's stored totals must equal."""
    nets = [(line.net, line.tax) for line in OrderLine.select(OrderLine.net, OrderLine.tax)
            .where(OrderLine.order == order_id)]
    return sum((n for n, _ in nets), Decimal("0.00")), sum((t for _, t in nets), Decimal("0.00"))
