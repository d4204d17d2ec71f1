"""Which quotations a user may see, the quotation list (filters in SQL, counted and read a page at a
time). The customer timeline's quotation entries live in `timeline.py`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import Expression, Field

from app.models.customer import Customer
from app.models.quotation import Quotation
from app.models.user import User
from app.services.customer_scope import visible_customers
from app.services.document_filters import DocumentFilter, filter_documents
from app.services.permissions import require


def quotation_scope(actor: User) -> Expression | None:
    """A WHERE clause (on Quotation joined to Customer) for the quotations `actor` may see; None = all.

    Managers see every quotation; others those of the customers they may see (`visible_customers`)
    plus their own, and supervisors also their team members' quotations."""
    require(actor, "quotations.view")
    return seller_scope(actor, Quotation.salesperson)


def seller_scope(actor: User, salesperson: Field) -> Expression | None:
    """The scope of a sales document (quotation, order ...) whose `salesperson` column is given, on
    that table joined to Customer: None for managers (all); otherwise the documents of the customers
    `actor` may see plus their own, and a supervisor's team members' too."""
    clause = visible_customers(actor)
    if clause is None:
        return None
    mine = salesperson == actor.id
    if actor.role == "supervisor" and actor.team_id is not None:
        mine = mine | salesperson.in_(User.select(User.id).where(User.team == actor.team_id))
    return clause | mine


@dataclass(frozen=True)
class QuotationFilter(DocumentFilter):
    """What the quotation list is narrowed to (the dates are quote dates)."""


@dataclass(frozen=True)
class QuotationRow:
    """One line of the quotation list."""

    id: int
    number: str
    quote_date: dt.date
    valid_until: dt.date
    customer_id: int
    customer_name: str
    salesperson_name: str
    state: str
    total: Decimal
    currency: str
    needs_approval: bool


def _query(actor: User, flt: QuotationFilter):
    return filter_documents(Quotation.select().join(Customer), flt, scope=quotation_scope(actor),
                            state=Quotation.state, search=(Quotation.number, Customer.name),
                            date=Quotation.quote_date, salesperson=Quotation.salesperson,
                            customer=Quotation.customer)


def count_quotations(actor: User, flt: QuotationFilter) -> int:
    """How many quotations `actor` may see match `flt`."""
    return _query(actor, flt).count()


def quotation_page(actor: User, flt: QuotationFilter, offset: int = 0, limit: int = 200) -> list[QuotationRow]:
    """Quotations `actor` may see matching `flt`, newest date first (then newest number), rows
    offset..offset+limit."""
    salesperson = User.alias()
    query = (_query(actor, flt)
             .select(Quotation.id, Quotation.number, Quotation.quote_date, Quotation.valid_until,
                     Quotation.customer, Customer.name.alias("customer_name"),
                     salesperson.display_name.alias("salesperson_name"), Quotation.state, Quotation.total,
                     Quotation.currency, Quotation.needs_approval)
             .switch(Quotation).join(salesperson, on=(Quotation.salesperson == salesperson.id))
             .order_by(Quotation.quote_date.desc(), Quotation.id.desc()).offset(offset).limit(limit))
    return [QuotationRow(q.id, q.number, q.quote_date, q.valid_until, q.customer_id, q.customer_name,
                         q.salesperson_name, q.state, q.total, q.currency, q.needs_approval)
            for q in query.objects()]
