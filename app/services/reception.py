"""The front desk (前台接待): recognise a caller as they type, register visits and calls, route them.

Routing on save:
- market survey only -> logged, no lead, nobody notified (route "survey");
- a known customer with an owner -> the owner is notified (route "owner");
- anyone else -> a lead (new, or a known pool customer) goes to the next salesperson on reception
  duty (settings.reception_rotation, in turn, skipping inactive users) and they are notified
  (route "duty"); with nobody on duty a new lead goes through the assignment rules (route "rule")
  or stays in the public pool (route "pool").
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from app.models.activity import Call, Visit
from app.models.base import db
from app.models.customer import SOURCES, Contact, Customer
from app.models.user import User
from app.services import audit
from app.services.customer_index import matching_ids_sql
from app.services.customers import ContactInput, CustomerInput, contact_problems, insert_customer
from app.services.errors import NotFound, ValidationError
from app.services.normalize import is_mobile, phone_digits
from app.services.notifications import notify
from app.services.numbering import next_sequence
from app.services.ownership import set_owner
from app.services.permissions import require
from app.services.settings import get_settings


@dataclass(frozen=True)
class ReceptionMatch:
    """What the front desk may see of a customer: no amounts, no notes."""

    customer_id: int
    code: str
    name: str
    contact_name: str
    contact_phone: str
    owner_name: str
    interest: str
    is_lead: bool


def reception_lookup(actor: User, query: str, limit: int = 8) -> list[ReceptionMatch]:
    """Customers (of anyone, and the pool) matching a phone fragment, name, pinyin or code."""
    require(actor, "reception.lookup")
    ids = matching_ids_sql(query)
    if ids is None:
        return []
    owner = User.alias()
    rows = (Customer.select(Customer.id, Customer.code, Customer.name, Customer.interest, Customer.is_lead,
                            owner.display_name.alias("owner_name"))
            .join(owner, JOIN.LEFT_OUTER, on=(Customer.owner == owner.id))
            .where(Customer.id.in_(ids)).order_by(Customer.last_follow_up_at.desc(nulls="LAST"), Customer.id)
            .limit(limit).objects())
    rows = list(rows)
    contacts: dict[int, Contact] = {}
    for contact in (Contact.select().where(Contact.customer.in_([r.id for r in rows]))
                    .order_by(Contact.is_primary.desc(), Contact.id)):
        contacts.setdefault(contact.customer_id, contact)
    return [ReceptionMatch(r.id, r.code, r.name, contacts[r.id].name if r.id in contacts else "",
                           (contacts[r.id].mobile or contacts[r.id].phone) if r.id in contacts else "",
                           r.owner_name or "", r.interest, r.is_lead) for r in rows]


@dataclass
class VisitInput:
    visitor_name: str
    company: str = ""
    phone: str = ""
    party_size: int = 1
    purpose: str = ""
    contacted_before: bool = False
    contacted_salesperson: str = ""
    source: str = "visit"
    market_survey: bool = False
    customer_id: int | None = None  # chosen from the matches; None: look up by phone, else new


@dataclass
class CallInput:
    caller_name: str
    phone: str = ""
    company: str = ""
    summary: str = ""
    direction: str = "in"
    source: str = "phone"
    market_survey: bool = False
    customer_id: int | None = None


@dataclass(frozen=True)
class RoutingResult:
    """Where the visitor or caller went: route is owner, duty, pool or survey."""

    record_id: int
    route: str
    customer_id: int | None
    customer_name: str
    new_customer: bool
    routed_to_id: int | None
    routed_to_name: str


def active_rotation() -> list[User]:
    """The active members of the reception rotation (settings.reception_rotation), in turn order."""
    rotation = get_settings().reception_rotation
    active = {u.id: u for u in User.select().where(User.id.in_(list(rotation)) & (User.active == True))}  # noqa: E712
    return [active[i] for i in rotation if i in active]


def next_on_duty() -> User | None:
    """The next salesperson in the reception rotation (skipping inactive ones); None if nobody.
    Draws a turn, so call it inside the transaction that assigns the lead."""
    on_duty = active_rotation()
    if not on_duty:
        return None
    return on_duty[(next_sequence("DUTY") - 1) % len(on_duty)]


def _check(name: str, phone: str, source: str, party_size: int = 1) -> None:
    errors = {f: m for f, m in contact_problems(ContactInput(name=name, phone=phone)).items()}
    if source not in SOURCES:
        errors["source"] = "Choose one of the listed values."
    if not 1 <= party_size <= 500:
        errors["party_size"] = "From 1 to 500."
    if errors:
        raise ValidationError(errors)


def _route(actor: User, *, name: str, company: str, phone: str, source: str, market_survey: bool,
           customer_id: int | None, what: str) -> tuple[str, Customer | None, bool, User | None]:
    if market_survey:
        return "survey", None, False, None
    customer = None
    if customer_id is not None:
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFound("The chosen customer no longer exists.")
    elif len(phone_digits(phone)) >= 7:
        digits = phone_digits(phone)
        known = Contact.select(Contact.customer).where(
            (Contact.mobile_digits == digits) | (Contact.phone_digits == digits))
        customer = Customer.get_or_none(Customer.id.in_(known))
    if customer is not None and customer.owner_id is not None:
        owner = User.get_by_id(customer.owner_id)
        if owner.active:
            notify(owner.id, f"reception.{what}", f"{name or company} ({customer.name})",
                   f"Registered by {actor.display_name}", "customer", customer.id)
            return "owner", customer, False, owner
    on_duty = next_on_duty()
    new = customer is None
    if new:
        mobile = is_mobile(phone)
        contact = ContactInput(name=name.strip() or company.strip(), mobile=phone if mobile else "",
                               phone="" if mobile else phone, is_primary=True)
        data = CustomerInput(name=company.strip() or name.strip(), kind="company" if company.strip() else "person",
                             source=source, interest="medium", contacts=[contact])
        customer = insert_customer(actor, data, on_duty.id if on_duty else None)
    elif on_duty is not None:
        set_owner(actor, [customer.id], on_duty.id, "assign_on_duty")
    if on_duty is None:
        customer = Customer.get_by_id(customer.id)
        if customer.owner_id is not None:  # placed by an assignment rule
            owner = User.get_by_id(customer.owner_id)
            notify(owner.id, f"reception.{what}", f"{name or company} ({customer.name})",
                   f"New lead from the front desk, registered by {actor.display_name}", "customer", customer.id)
            return "rule", customer, new, owner
        return "pool", customer, new, None
    notify(on_duty.id, f"reception.{what}", f"{name or company} ({customer.name})",
           f"New lead from the front desk, registered by {actor.display_name}", "customer", customer.id)
    return "duty", customer, new, on_duty


def register_visit(actor: User, data: VisitInput) -> RoutingResult:
    """Log a visitor and route them (see module docstring); all in one transaction."""
    require(actor, "reception.register")
    if not data.visitor_name.strip() and not data.company.strip():
        raise ValidationError({"visitor_name": "Enter the visitor's name or company."})
    _check(data.visitor_name or data.company, data.phone, data.source, data.party_size)
    with db.atomic():
        route, customer, new, routed_to = _route(
            actor, name=data.visitor_name, company=data.company, phone=data.phone, source=data.source,
            market_survey=data.market_survey, customer_id=data.customer_id, what="visit")
        visit = Visit.create(
            visitor_name=data.visitor_name.strip(), company=data.company.strip(), phone=data.phone.strip(),
            party_size=data.party_size, purpose=data.purpose.strip(), contacted_before=data.contacted_before,
            contacted_salesperson=data.contacted_salesperson.strip(), source=data.source,
            market_survey=data.market_survey, customer=customer.id if customer else None, new_customer=new,
            route=route, routed_to=routed_to.id if routed_to else None, received_by=actor.id)
        audit.record(actor, "visit", visit.id, "create", {"route": (None, route)})
    return RoutingResult(visit.id, route, customer.id if customer else None, customer.name if customer else "",
                         new, routed_to.id if routed_to else None, routed_to.display_name if routed_to else "")


def register_call(actor: User, data: CallInput) -> RoutingResult:
    """Log a phone call and route the caller like a visitor; all in one transaction."""
    require(actor, "reception.register")
    if not data.caller_name.strip() and not data.company.strip() and not data.phone.strip():
        raise ValidationError({"caller_name": "Enter the caller's name, company or phone."})
    if data.direction not in ("in", "out"):
        raise ValidationError({"direction": "in or out."})
    _check(data.caller_name or data.company or "?", data.phone, data.source)
    with db.atomic():
        route, customer, new, routed_to = _route(
            actor, name=data.caller_name, company=data.company, phone=data.phone, source=data.source,
            market_survey=data.market_survey, customer_id=data.customer_id, what="call")
        call = Call.create(
            direction=data.direction, caller_name=data.caller_name.strip(), phone=data.phone.strip(),
            company=data.company.strip(), summary=data.summary.strip(), source=data.source,
            market_survey=data.market_survey, customer=customer.id if customer else None, new_customer=new,
            route=route, routed_to=routed_to.id if routed_to else None, taken_by=actor.id)
        audit.record(actor, "call", call.id, "create", {"route": (None, route)})
    return RoutingResult(call.id, route, customer.id if customer else None, customer.name if customer else "",
                         new, routed_to.id if routed_to else None, routed_to.display_name if routed_to else "")
