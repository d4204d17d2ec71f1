"""Quotations (报价单): create and edit with server-side arithmetic, send, accept, decline, expire,
and revisions. Approval decisions are in `quotation_decisions`, the rule in `quotation_approval`,
the state machine in `quotation_states`, the list in `quotation_queries`.

Promises: lines are priced by `quote_math` from the inputs (client totals are never trusted); the
stored totals are the sums of the rounded lines; every change checks the version it was based on,
runs in one transaction and is audited; states move only along `quotation_states.TRANSITIONS`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, fn

from app.models.base import db, now
from app.models.customer import Contact, Customer
from app.models.product import Product
from app.models.quotation import Quotation, QuotationLine
from app.models.user import User
from app.services import audit
from app.services.customer_scope import get_visible_customer, may_assign_to
from app.services.document_lines import lines_snapshot, priced_amounts, replace_lines
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.locking import bump_version, check_version, save_changes
from app.services.numbering import next_number
from app.services.permissions import require
from app.services.products import MAX_MONEY, parse_decimal
from app.services.quotation_approval import ApprovalNeed, PricedLine, approval_need
from app.services.quotation_queries import quotation_scope
from app.services.quotation_states import EDITABLE_STATES, check_transition
from app.services.quote_math import line_amounts

NUMBER_KIND = "QT"
DEFAULT_VALIDITY_DAYS = 30
SELLER_ROLES = ("sales", "supervisor", "manager")


@dataclass
class LineInput:
    """One line as the editor holds it. `unit_price` None takes the product's list price, `tax_rate`
    None the product's tax rate (0 without a product); an empty description or unit the product's."""

    product_id: int | None = None
    description: str = ""
    quantity: Decimal | str = Decimal("1")
    unit: str = ""
    unit_price: Decimal | str | None = None
    discount: Decimal | str = Decimal("0")
    tax_rate: Decimal | str | None = None


@dataclass
class QuotationInput:
    """Every field of the quotation editor. `valid_until` None means `quote_date` + 30 days;
    `salesperson_id` None means the acting user (salespeople always quote for themselves)."""

    customer_id: int
    quote_date: dt.date
    valid_until: dt.date | None = None
    contact_id: int | None = None
    salesperson_id: int | None = None
    currency: str = "CNY"
    terms: str = ""
    notes: str = ""
    lines: list[LineInput] = field(default_factory=list)


# ---- reading -------------------------------------------------------------------------------------

def get_quotation(actor: User, quotation_id: int) -> Quotation:
    """The quotation if `actor` may see it; NotFound or PermissionDenied otherwise."""
    quotation = Quotation.get_or_none(Quotation.id == quotation_id)
    if quotation is None:
        raise NotFound(f"Quotation {quotation_id} does not exist.")
    scope = quotation_scope(actor)
    if scope is not None and not Quotation.select().join(Customer).where(
            (Quotation.id == quotation_id) & scope).exists():
        raise PermissionDenied("This quotation belongs to another salesperson.")
    return quotation


def get_quotation_by_number(actor: User, number: str) -> Quotation:
    """The quotation with this number if `actor` may see it."""
    quotation = Quotation.get_or_none(Quotation.number == number.strip())
    if quotation is None:
        raise NotFound(f"Quotation {number} does not exist.")
    return get_quotation(actor, quotation.id)


def quotation_lines(actor: User, quotation_id: int) -> list[QuotationLine]:
    """The quotation's lines in position order, each with its product already read (`line.product`
    costs no query: an editor opening 200 lines makes one query, not 201)."""
    get_quotation(actor, quotation_id)
    return list(QuotationLine.select(QuotationLine, Product).join(Product, JOIN.LEFT_OUTER)
                .where(QuotationLine.quotation == quotation_id).order_by(QuotationLine.position))


# ---- validation and pricing ----------------------------------------------------------------------

def price_lines(lines: list[LineInput]) -> list[PricedLine]:
    """Validate the lines and compute each one's net and tax with `quote_math`; ValidationError names
    each bad cell as "lines.N.field"."""
    errors: dict[str, str] = {}
    wanted = {line.product_id for line in lines if line.product_id is not None}
    products = {p.id: p for p in Product.select().where(Product.id.in_(list(wanted)))} if wanted else {}
    priced = []
    for index, line in enumerate(lines):
        key = f"lines.{index}"
        product = products.get(line.product_id) if line.product_id is not None else None
        if line.product_id is not None and product is None:
            errors[f"{key}.product"] = "The product no longer exists."
            continue
        description = line.description.strip() or (product.name if product else "")
        if not description or len(description) > 500:
            errors[f"{key}.description"] = "Choose a product or describe the line (at most 500 characters)."
        unit = line.unit.strip() or (product.unit if product else "")
        if len(unit) > 20:
            errors[f"{key}.unit"] = "At most 20 characters."
        values: dict[str, Decimal] = {}
        raw = {"quantity": (line.quantity, 3, Decimal("0.001"), Decimal("1e9"),
                            "A quantity above 0 with at most three decimals."),
               "unit_price": (product.list_price if line.unit_price is None and product else line.unit_price,
                              2, Decimal(0), MAX_MONEY, "A price of at most two decimals, not negative."),
               "discount": (line.discount, 2, Decimal(0), Decimal(100), "A discount from 0 to 100 %."),
               "tax_rate": ((product.tax_rate if product else Decimal(0)) if line.tax_rate is None else line.tax_rate,
                            2, Decimal(0), Decimal(100), "A tax rate from 0 to 100 %.")}
        for name, (value, places, low, high, message) in raw.items():
            try:
                if value is None:
                    raise ValueError(name)
                values[name] = parse_decimal(value, places, low=low, high=high)
            except ValueError:
                errors[f"{key}.{name}"] = message
        if len(values) < 4 or errors:
            continue
        amounts = line_amounts(values["quantity"], values["unit_price"], values["discount"], values["tax_rate"])
        priced.append(PricedLine(
            product.id if product else None, description, values["quantity"], unit, values["unit_price"],
            values["discount"], values["tax_rate"], amounts.net, amounts.tax,
            product.list_price if product else None, product.floor_price if product else None))
    if errors:
        raise ValidationError(errors)
    return priced


QUOTATION_SELLER_MESSAGES = {"self": "Salespeople quote for themselves.",
                             "assign": "You may not give this quotation to that salesperson."}


def choose_salesperson(actor: User, requested_id: int | None, current_id: int | None = None,
                       messages: dict[str, str] = QUOTATION_SELLER_MESSAGES) -> User:
    """The salesperson a document (quotation, order ...) is saved for: `requested_id`, else the current
    one, else `actor`. Salespeople keep documents for themselves, supervisors within their team,
    managers anyone (PermissionDenied with `messages`); the choice must be an active seller."""
    wanted = requested_id if requested_id is not None else (current_id or actor.id)
    if actor.role == "sales" and wanted != actor.id and wanted != current_id:
        raise PermissionDenied(messages["self"])
    if wanted != current_id and not may_assign_to(actor, wanted):
        raise PermissionDenied(messages["assign"])
    salesperson = User.get_or_none(User.id == wanted)
    if salesperson is None or not salesperson.active or salesperson.role not in SELLER_ROLES:
        raise ValidationError({"salesperson_id": "Choose an active salesperson."})
    return salesperson


def _header(actor: User, data: QuotationInput) -> dict[str, object]:
    errors: dict[str, str] = {}
    customer = get_visible_customer(actor, data.customer_id)
    valid_until = data.valid_until or data.quote_date + dt.timedelta(days=DEFAULT_VALIDITY_DAYS)
    if valid_until < data.quote_date:
        errors["valid_until"] = "The quotation cannot expire before its date."
    currency = data.currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        errors["currency"] = "A three-letter currency code such as CNY."
    if data.contact_id is not None and not Contact.select().where(
            (Contact.id == data.contact_id) & (Contact.customer == customer.id)).exists():
        errors["contact_id"] = "Choose a contact of this customer."
    if errors:
        raise ValidationError(errors)
    return {"customer": customer.id, "contact": data.contact_id, "quote_date": data.quote_date,
            "valid_until": valid_until, "currency": currency, "terms": data.terms.strip(),
            "notes": data.notes.strip()}


def _amounts(lines: list[PricedLine], need: ApprovalNeed) -> dict[str, object]:
    return priced_amounts(lines, need)


def _write_lines(quotation_id: int, lines: list[PricedLine]) -> None:
    replace_lines(QuotationLine, "quotation", quotation_id, lines)


def _snapshot(quotation_id: int) -> list[list[object]]:
    return lines_snapshot(QuotationLine, "quotation", quotation_id)


# ---- create and edit -----------------------------------------------------------------------------

def create_quotation(actor: User, data: QuotationInput) -> Quotation:
    """A new draft for a customer `actor` may see, numbered QT-YYYYMM-NNNN (month of `quote_date`)
    in the same transaction; lines priced here; `needs_approval` set by the approval rule."""
    require(actor, "quotations.edit")
    header = _header(actor, data)
    salesperson = choose_salesperson(actor, data.salesperson_id)
    lines = price_lines(data.lines)
    values = {**header, **_amounts(lines, approval_need(lines, salesperson.discount_limit)),
              "salesperson": salesperson.id}
    with db.atomic():
        number = next_number(NUMBER_KIND, data.quote_date)
        quotation = Quotation.create(number=number, state="draft", updated_by=actor.id, **values)
        _write_lines(quotation.id, lines)
        audit.record(actor, "quotation", quotation.id, "create",
                     {**{k: (None, v) for k, v in values.items()}, "number": (None, number),
                      "lines": (None, _snapshot(quotation.id))})
    return quotation


def update_quotation(actor: User, quotation_id: int, expected_version: int, data: QuotationInput) -> Quotation:
    """Save the editor over a draft or rejected quotation if nobody saved it since `expected_version`
    (else ConflictError). Lines are replaced and priced again; a rejected one becomes a draft again
    and loses the earlier decision (the audit trail keeps it)."""
    require(actor, "quotations.edit")
    quotation = get_quotation(actor, quotation_id)
    if quotation.state not in EDITABLE_STATES:
        raise ValidationError({"state": "Only a draft or rejected quotation can be edited; make a revision."})
    header = _header(actor, data)
    salesperson = choose_salesperson(actor, data.salesperson_id, quotation.salesperson_id)
    lines = price_lines(data.lines)
    changes = {**header, **_amounts(lines, approval_need(lines, salesperson.discount_limit)),
               "salesperson": salesperson.id}
    if quotation.state == "rejected":
        check_transition("rejected", "draft")
        changes.update(state="draft", approved_by=None, approved_at=None, decision_comment="")
    with db.atomic():
        check_version(Quotation, quotation_id, expected_version)
        before = _snapshot(quotation_id)
        _write_lines(quotation_id, lines)
        after = _snapshot(quotation_id)
        diff = save_changes(actor, quotation, expected_version, changes, "quotation")
        if before != after:
            if not diff:
                bump_version(actor, quotation, expected_version)
            audit.record(actor, "quotation", quotation_id, "lines", {"lines": (before, after)})
    return quotation


# ---- states --------------------------------------------------------------------------------------

def move_state(actor: User | None, quotation: Quotation, expected_version: int, target: str,
               extra: dict[str, object] | None = None) -> Quotation:
    """Move `quotation` to `target` along the transitions table (ValidationError otherwise), with the
    version check and audit of `locking.save_changes`."""
    check_transition(quotation.state, target)
    save_changes(actor, quotation, expected_version, {"state": target, **(extra or {})}, "quotation")
    return quotation


def mark_sent(actor: User, quotation_id: int, expected_version: int) -> Quotation:
    """Record that the quotation went to the customer: only an approved one, or a draft that needs
    no approval, with at least one line."""
    require(actor, "quotations.edit")
    quotation = get_quotation(actor, quotation_id)
    if quotation.state == "draft" and quotation.needs_approval:
        raise ValidationError({"state": "This quotation needs approval before it is sent."})
    if not QuotationLine.select().where(QuotationLine.quotation == quotation_id).exists():
        raise ValidationError({"lines": "Add at least one line."})
    return move_state(actor, quotation, expected_version, "sent", {"sent_at": now()})


def mark_accepted(actor: User, quotation_id: int, expected_version: int) -> Quotation:
    """The customer accepted a sent quotation."""
    require(actor, "quotations.edit")
    return move_state(actor, get_quotation(actor, quotation_id), expected_version, "accepted")


def mark_declined(actor: User, quotation_id: int, expected_version: int) -> Quotation:
    """The customer declined a sent quotation."""
    require(actor, "quotations.edit")
    return move_state(actor, get_quotation(actor, quotation_id), expected_version, "declined")


def expire_quotations(today: dt.date, actor: User | None = None) -> int:
    """Mark sent quotations whose `valid_until` is before `today` expired (at start-up and daily);
    returns how many changed. Idempotent, and safe with several apps on one database: each UPDATE
    re-checks the state, and only rows this call changed are audited."""
    due = [q.id for q in Quotation.select(Quotation.id).where(
        (Quotation.state == "sent") & (Quotation.valid_until < today))]
    expired = 0
    for quotation_id in due:
        with db.atomic():
            changed = Quotation.update(state="expired", version=Quotation.version + 1, updated_at=now(),
                                       updated_by=actor.id if actor else None).where(
                (Quotation.id == quotation_id) & (Quotation.state == "sent")).execute()
            if changed:
                audit.record(actor, "quotation", quotation_id, "expire", {"state": ("sent", "expired")})
                expired += 1
    return expired


# ---- revisions -----------------------------------------------------------------------------------

def root_number(number: str) -> str:
    """The number without its revision suffix: QT-202601-0007-R2 -> QT-202601-0007."""
    return number.split("-R", 1)[0]


def make_revision(actor: User, quotation_id: int, on: dt.date | None = None) -> Quotation:
    """A new draft copying a sent quotation, numbered ROOT-R1, -R2 ... (`revision_of` points at the
    source), dated `on` (default today) with the same validity length. The source stays as it was."""
    require(actor, "quotations.edit")
    source = get_quotation(actor, quotation_id)
    if source.state != "sent":
        raise ValidationError({"state": "Only a sent quotation is changed by a revision."})
    on = on or dt.date.today()
    lines = [LineInput(line.product_id, line.description, line.quantity, line.unit, line.unit_price,
                       line.discount, line.tax_rate) for line in quotation_lines(actor, quotation_id)]
    priced = price_lines(lines)
    salesperson = User.get_by_id(source.salesperson_id)
    values = {"customer": source.customer_id, "contact": source.contact_id, "salesperson": salesperson.id,
              "quote_date": on, "valid_until": on + (source.valid_until - source.quote_date),
              "currency": source.currency, "terms": source.terms, "notes": source.notes,
              **_amounts(priced, approval_need(priced, salesperson.discount_limit))}
    root = root_number(source.number)
    with db.atomic():
        family = Quotation.select(fn.MAX(Quotation.revision)).where(
            (Quotation.number == root) | Quotation.number.startswith(root + "-R")).scalar() or 0
        revision = family + 1
        quotation = Quotation.create(number=f"{root}-R{revision}", revision=revision, revision_of=source.id,
                                     state="draft", updated_by=actor.id, **values)
        _write_lines(quotation.id, priced)
        audit.record(actor, "quotation", quotation.id, "revise",
                     {"revision_of": (None, source.number), "number": (None, quotation.number)})
    return quotation
