"""Customer records and their contacts: create and edit with validation, version check and audit."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.models.base import db
from app.models.customer import INTEREST_LEVELS, KINDS, SCALES, SOURCES, Contact, Customer
from app.models.user import User
from app.services import audit
from app.services.assignment_rules import place_lead
from app.services.customer_index import index_customers
from app.services.customer_scope import get_visible_customer, may_assign_to
from app.services.errors import PermissionDenied, ValidationError
from app.services.locking import bump_version, check_version, save_changes
from app.services.normalize import company_key, email_key, email_problem, phone_digits, phone_problem
from app.services.numbering import next_sequence
from app.services.ownership import owner_clock_values
from app.services.permissions import require
from app.services.pinyin_keys import pinyin_keys


@dataclass
class ContactInput:
    """One contact as the form edits it; `id` None for a new one."""

    name: str
    title: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    wechat: str = ""
    is_primary: bool = False
    id: int | None = None


@dataclass
class CustomerInput:
    """Every field of the customer form."""

    name: str
    kind: str = "company"
    industry: str = ""
    scale: str = ""
    region: str = ""
    city: str = ""
    address: str = ""
    source: str = "other"
    tags: list[str] = field(default_factory=list)
    owner_id: int | None = None
    interest: str = "medium"
    notes: str = ""
    contacts: list[ContactInput] = field(default_factory=list)


LIMITS = {"name": 120, "industry": 40, "region": 40, "city": 40, "address": 200}


def customer_values(data: CustomerInput) -> dict[str, object]:
    """Validate `data`; return the Customer column values. Raises ValidationError naming each bad field
    (contact fields as contacts[i].field)."""
    errors: dict[str, str] = {}
    name = data.name.strip()
    if not name:
        errors["name"] = "A name is required."
    for key, limit in LIMITS.items():
        if len(getattr(data, key).strip()) > limit:
            errors[key] = f"At most {limit} characters."
    for key, allowed in (("kind", KINDS), ("scale", SCALES), ("source", SOURCES), ("interest", INTEREST_LEVELS)):
        if getattr(data, key) not in allowed:
            errors[key] = "Choose one of the listed values."
    if data.owner_id is not None and not User.select().where(User.id == data.owner_id).exists():
        errors["owner"] = "No such user."
    for i, contact in enumerate(data.contacts):
        errors.update({f"contacts[{i}].{k}": v for k, v in contact_problems(contact).items()})
    if errors:
        raise ValidationError(errors)
    tags = []
    for tag in data.tags:
        tag = tag.strip().replace(",", " ")
        if tag and tag not in tags:
            tags.append(tag)
    full, initials = pinyin_keys(name)
    return {
        "name": name, "name_key": company_key(name) or name.lower(), "kind": data.kind,
        "industry": data.industry.strip(), "scale": data.scale, "region": data.region.strip(),
        "city": data.city.strip(), "address": data.address.strip(), "source": data.source,
        "tags": ("," + ",".join(tags) + ",") if tags else "", "owner": data.owner_id,
        "interest": data.interest, "notes": data.notes.strip(), "pinyin": full, "initials": initials,
    }


def contact_problems(contact: ContactInput) -> dict[str, str]:
    """Field -> message for one contact (empty when it is fine)."""
    problems = {}
    if not contact.name.strip():
        problems["name"] = "A contact needs a name."
    for key in ("phone", "mobile"):
        message = phone_problem(getattr(contact, key))
        if message:
            problems[key] = message
    message = email_problem(contact.email)
    if message:
        problems["email"] = message
    return problems


def contact_values(contact: ContactInput) -> dict[str, object]:
    name = contact.name.strip()
    full, initials = pinyin_keys(name)
    return {
        "name": name, "title": contact.title.strip(), "phone": contact.phone.strip(),
        "mobile": contact.mobile.strip(), "email": contact.email.strip(), "wechat": contact.wechat.strip(),
        "phone_digits": phone_digits(contact.phone), "mobile_digits": phone_digits(contact.mobile),
        "email_key": email_key(contact.email), "is_primary": contact.is_primary,
        "pinyin": full, "initials": initials,
    }


def next_customer_code() -> str:
    """KH000001, KH000002 ...: drawn inside the transaction that stores the customer."""
    return customer_codes(1)[0]


def customer_codes(count: int) -> list[str]:
    """`count` consecutive customer codes in one counter step (imports draw a batch at once)."""
    last = next_sequence("KH", count=count)
    return [f"KH{number:06d}" for number in range(last - count + 1, last + 1)]


def create_customer(actor: User, data: CustomerInput) -> Customer:
    """Create a customer (a lead until its first confirmed order) with its contacts.

    A salesperson's new customer is their own; supervisors and managers may name another owner or
    leave it in the pool (owner None)."""
    require(actor, "customers.edit")
    owner_id = data.owner_id if data.owner_id is not None or actor.role != "sales" else actor.id
    if not may_assign_to(actor, owner_id):
        raise PermissionDenied("You may only create customers for yourself.")
    return insert_customer(actor, data, owner_id)


def insert_customer(actor: User | None, data: CustomerInput, owner_id: int | None) -> Customer:
    """Validate and store a new customer for `owner_id` with code, contacts, index and audit row.

    No permission check: callers (the customer form, the front desk, imports) check their own."""
    values = customer_values(data)
    with db.atomic():
        customer = Customer.create(code=next_customer_code(), updated_by=actor.id if actor else None,
                                   **{**values, **owner_clock_values(owner_id), "returned_to_pool_at": None})
        _replace_contacts(customer, data.contacts)
        index_customers([customer.id])
        if owner_id is None:  # a new lead without owner goes through the assignment rules
            placed = place_lead(customer)
            if placed is not None:
                Customer.update(owner=placed.id).where(Customer.id == customer.id).execute()
                customer.owner = placed.id
                values["owner"] = placed.id
        shown = {k: (None, v) for k, v in values.items() if v not in ("", None) and k not in ("pinyin", "initials")}
        shown["contacts"] = (None, [c.name for c in data.contacts])
        audit.record(actor, "customer", customer.id, "create", shown)
    return customer


def update_customer(actor: User, customer_id: int, expected_version: int, data: CustomerInput) -> Customer:
    """Save the form: fields and contacts in one transaction; ConflictError when someone saved first."""
    require(actor, "customers.edit")
    customer = get_visible_customer(actor, customer_id)
    values = customer_values(data)
    if values["owner"] != customer.owner_id and not may_assign_to(actor, data.owner_id):
        raise PermissionDenied("You may not give this customer to that owner.")
    with db.atomic():
        check_version(Customer, customer.id, expected_version)
        old_contacts = _contact_summary(customer.id)
        if values["owner"] != customer.owner_id:
            values.update(owner_clock_values(values["owner"]))
        changed = save_changes(actor, customer, expected_version, values, "customer")
        _replace_contacts(customer, data.contacts)
        new_contacts = _contact_summary(customer.id)
        if new_contacts != old_contacts:
            if not changed:  # only the contacts changed: the record still gets a new version
                bump_version(actor, customer, expected_version)
            audit.record(actor, "customer", customer.id, "contacts", {"contacts": (old_contacts, new_contacts)})
        index_customers([customer.id])
    return customer


def _contact_summary(customer_id: int) -> list[str]:
    return [f"{c.name} {c.mobile or c.phone} {c.email}".strip()
            for c in Contact.select().where(Contact.customer == customer_id).order_by(Contact.id)]


def _replace_contacts(customer: Customer, contacts: list[ContactInput]) -> None:
    keep = {c.id for c in contacts if c.id is not None}
    Contact.delete().where((Contact.customer == customer.id) & Contact.id.not_in(keep or {0})).execute()
    for contact in contacts:
        values = contact_values(contact)
        if contact.id is None:
            Contact.create(customer=customer.id, **values)
        else:
            Contact.update(values).where((Contact.id == contact.id) & (Contact.customer == customer.id)).execute()


def get_customer(actor: User, customer_id: int) -> tuple[Customer, list[Contact]]:
    """The customer with its contacts (primary first), if `actor` may see it."""
    customer = get_visible_customer(actor, customer_id)
    contacts = list(Contact.select().where(Contact.customer == customer.id)
                    .order_by(Contact.is_primary.desc(), Contact.id))
    return customer, contacts


def input_from(customer: Customer, contacts: list[Contact]) -> CustomerInput:
    """The form's data for a stored customer (to edit it)."""
    return CustomerInput(
        name=customer.name, kind=customer.kind, industry=customer.industry, scale=customer.scale,
        region=customer.region, city=customer.city, address=customer.address, source=customer.source,
        tags=customer.tag_list, owner_id=customer.owner_id, interest=customer.interest, notes=customer.notes,
        contacts=[ContactInput(name=c.name, title=c.title, phone=c.phone, mobile=c.mobile, email=c.email,
                               wechat=c.wechat, is_primary=c.is_primary, id=c.id) for c in contacts],
    )
