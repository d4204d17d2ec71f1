"""Duplicate customers: flagged while a customer or contact is typed and on import; merged by a manager."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from app.models.activity import Call, FollowUp, Visit
from app.models.base import db
from app.models.customer import Contact, Customer
from app.models.order import Order
from app.models.quotation import Quotation
from app.models.user import User
from app.services import audit
from app.services.customer_index import index_customers, remove_from_index
from app.services.errors import NotFound, ValidationError
from app.services.normalize import company_key, email_key, phone_digits
from app.services.permissions import require

# (model, foreign key field name) of every record that belongs to a customer; later areas
# (quotations, orders ...) add theirs, and a merge moves them all to the survivor.
CUSTOMER_REFERENCES: list[tuple[type, str]] = [(Contact, "customer"), (FollowUp, "customer"),
                                               (Visit, "customer"), (Call, "customer"), (Quotation, "customer"),
                                               (Order, "customer")]


@dataclass(frozen=True)
class DuplicateMatch:
    """A customer that looks like the one being typed, and why."""

    customer_id: int
    code: str
    name: str
    owner_name: str
    reason: str  # "name", "phone" or "email"


def find_duplicates(name: str = "", phones: list[str] | None = None, emails: list[str] | None = None,
                    exclude_id: int | None = None, limit: int = 10) -> list[DuplicateMatch]:
    """Customers with the same normalised company name, phone/mobile digits or e-mail.

    Shows name and owner only, whoever owns them: the point is to tell the typist that someone
    already has this customer."""
    found: dict[int, DuplicateMatch] = {}
    owner = User.alias()
    base = (Customer.select(Customer.id, Customer.code, Customer.name, owner.display_name.alias("owner_name"))
            .join(owner, JOIN.LEFT_OUTER, on=(Customer.owner == owner.id)))
    if exclude_id is not None:
        base = base.where(Customer.id != exclude_id)
    key = company_key(name) if name.strip() else ""
    if len(key) >= 2:
        _collect(found, base.where(Customer.name_key == key), "name", limit)
    digits = [d for d in (phone_digits(p) for p in phones or []) if len(d) >= 7]
    if digits:
        with_phone = Contact.select(Contact.customer).where(
            Contact.phone_digits.in_(digits) | Contact.mobile_digits.in_(digits))
        _collect(found, base.where(Customer.id.in_(with_phone)), "phone", limit)
    keys = [k for k in (email_key(e) for e in emails or []) if "@" in k]
    if keys:
        with_email = Contact.select(Contact.customer).where(Contact.email_key.in_(keys))
        _collect(found, base.where(Customer.id.in_(with_email)), "email", limit)
    return list(found.values())[:limit]


def _collect(found: dict[int, DuplicateMatch], query, reason: str, limit: int) -> None:
    for row in query.limit(limit).objects():
        found.setdefault(row.id, DuplicateMatch(row.id, row.code, row.name, row.owner_name or "", reason))


def merge_customers(actor: User, survivor_id: int, duplicate_id: int) -> Customer:
    """Move everything of `duplicate_id` to `survivor_id` and delete the duplicate (managers).

    The survivor keeps its own values and takes the duplicate's where its own are empty; tags are
    united; the later follow-up time wins; it stays a lead only if both were leads. One audit row
    keeps the duplicate's values."""
    require(actor, "customers.merge")
    if survivor_id == duplicate_id:
        raise ValidationError({"duplicate": "Choose two different customers."})
    with db.atomic():
        survivor = Customer.get_or_none(Customer.id == survivor_id)
        duplicate = Customer.get_or_none(Customer.id == duplicate_id)
        if survivor is None or duplicate is None:
            raise NotFound("One of the customers no longer exists.")
        moved = {}
        for model, field_name in CUSTOMER_REFERENCES:
            field = getattr(model, field_name)
            moved[model.__name__] = model.update({field: survivor.id}).where(field == duplicate.id).execute()
        for name in ("industry", "scale", "region", "city", "address", "notes"):
            if not getattr(survivor, name) and getattr(duplicate, name):
                setattr(survivor, name, getattr(duplicate, name))
        tags = survivor.tag_list + [t for t in duplicate.tag_list if t not in survivor.tag_list]
        survivor.tags = ("," + ",".join(tags) + ",") if tags else ""
        if survivor.owner_id is None:
            survivor.owner = duplicate.owner_id
        times = [t for t in (survivor.last_follow_up_at, duplicate.last_follow_up_at) if t]
        survivor.last_follow_up_at = max(times) if times else None
        survivor.is_lead = survivor.is_lead and duplicate.is_lead
        survivor.version += 1
        survivor.updated_by = actor.id
        survivor.save()
        snapshot = {k: (v, None) for k, v in duplicate.__data__.items() if k not in ("pinyin", "initials")}
        snapshot["merged_into"] = (None, survivor.code)
        snapshot["moved"] = (None, moved)
        Customer.delete_by_id(duplicate.id)
        remove_from_index([duplicate.id])
        index_customers([survivor.id])
        audit.record(actor, "customer", duplicate.id, "merge", snapshot)
        audit.record(actor, "customer", survivor.id, "merge", {"merged": (None, duplicate.code)})
    return survivor
