"""The customer list: filters, search and sort in SQL, counted and read a page at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from app.models.base import now
from app.models.customer import Contact, Customer
from app.models.user import User
from app.services.customer_index import matching_ids_sql
from app.services.customer_scope import visible_customers

POOL = -1  # owner_id value that means "in the public pool"


@dataclass(frozen=True)
class CustomerFilter:
    """What the list is narrowed to; None or "" means any."""

    search: str = ""
    owner_id: int | None = None  # a user id, or POOL
    industry: str = ""
    region: str = ""
    interest: str = ""
    source: str = ""
    tag: str = ""
    no_follow_up_days: int | None = None
    leads_only: bool = False


@dataclass(frozen=True)
class CustomerRow:
    """One line of the list."""

    id: int
    code: str
    name: str
    owner_name: str
    industry: str
    region: str
    city: str
    interest: str
    source: str
    contact_name: str
    contact_phone: str
    last_follow_up_at: dt.datetime | None
    created_at: dt.datetime
    is_lead: bool


OwnerUser = User.alias()
SORT_KEYS = {
    "code": Customer.code, "name": Customer.pinyin, "owner": OwnerUser.display_name,
    "industry": Customer.industry, "region": Customer.region, "city": Customer.city,
    "interest": Customer.interest, "source": Customer.source, "last_follow_up_at": Customer.last_follow_up_at,
    "created_at": Customer.created_at,
}


def _where(actor: User, flt: CustomerFilter):
    conditions = []
    scope = visible_customers(actor)
    if scope is not None:
        conditions.append(scope)
    ids = matching_ids_sql(flt.search)
    if ids is not None:
        conditions.append(Customer.id.in_(ids))
    if flt.owner_id == POOL:
        conditions.append(Customer.owner.is_null())
    elif flt.owner_id is not None:
        conditions.append(Customer.owner == flt.owner_id)
    for name in ("industry", "region", "interest", "source"):
        value = getattr(flt, name)
        if value:
            conditions.append(getattr(Customer, name) == value)
    if flt.tag:
        conditions.append(Customer.tags.contains("," + flt.tag.strip() + ","))
    if flt.no_follow_up_days is not None:
        cutoff = now() - dt.timedelta(days=flt.no_follow_up_days)
        conditions.append(fn.COALESCE(Customer.last_follow_up_at, Customer.created_at) < cutoff)
    if flt.leads_only:
        conditions.append(Customer.is_lead == True)  # noqa: E712 (peewee expression)
    return conditions


def count_customers(actor: User, flt: CustomerFilter) -> int:
    """How many customers the list shows for `flt` (within what `actor` may see)."""
    query = Customer.select(Customer.id)
    for condition in _where(actor, flt):
        query = query.where(condition)
    return query.count()


def customer_page(actor: User, flt: CustomerFilter, offset: int, limit: int,
                  sort: str = "code", descending: bool = False) -> list[CustomerRow]:
    """Rows offset..offset+limit of the list sorted by `sort` (a SORT_KEYS name), ties by id."""
    key = SORT_KEYS[sort]
    order = [key.desc(nulls="LAST") if descending else key.asc(nulls="LAST"),
             Customer.id.desc() if descending else Customer.id.asc()]
    query = (Customer.select(Customer, OwnerUser.display_name.alias("owner_name"))
             .join(OwnerUser, JOIN.LEFT_OUTER, on=(Customer.owner == OwnerUser.id)))
    for condition in _where(actor, flt):
        query = query.where(condition)
    customers = list(query.order_by(*order).offset(offset).limit(limit).objects())
    contacts = _first_contacts([c.id for c in customers])
    return [CustomerRow(
        id=c.id, code=c.code, name=c.name, owner_name=c.owner_name or "", industry=c.industry, region=c.region,
        city=c.city, interest=c.interest, source=c.source,
        contact_name=contacts.get(c.id, ("", ""))[0], contact_phone=contacts.get(c.id, ("", ""))[1],
        last_follow_up_at=c.last_follow_up_at, created_at=c.created_at, is_lead=c.is_lead,
    ) for c in customers]


def _first_contacts(customer_ids: list[int]) -> dict[int, tuple[str, str]]:
    """The primary (else first) contact's name and phone for each customer, in one query."""
    found: dict[int, tuple[str, str]] = {}
    if not customer_ids:
        return found
    query = (Contact.select(Contact.customer, Contact.name, Contact.mobile, Contact.phone)
             .where(Contact.customer.in_(customer_ids))
             .order_by(Contact.customer, Contact.is_primary.desc(), Contact.id))
    for contact in query:
        found.setdefault(contact.customer_id, (contact.name, contact.mobile or contact.phone))
    return found


def filter_choices(actor: User) -> dict[str, list[str]]:
    """The distinct industries, regions and tags among visible customers, for the filter boxes."""
    scope = visible_customers(actor)
    result = {}
    for name in ("industry", "region"):
        column = getattr(Customer, name)
        query = Customer.select(column).distinct().where(column != "").order_by(column)
        if scope is not None:
            query = query.where(scope)
        result[name] = [getattr(row, name) for row in query]
    return result
