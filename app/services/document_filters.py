"""The filters the document lists share (quotations, orders, shipments, payments): the user's scope,
a state, a search term in the number or the customer's name (and any other text columns), the
salesperson, the customer and an inclusive date range, all in SQL. Each list names its own columns,
so the same rule reads `Quotation.quote_date` for one list and `Shipment.ship_date` for another."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce
from typing import Protocol

from peewee import Expression, Field, ModelSelect


class ListFilter(Protocol):
    """What a list's filter carries for `filter_documents`; "" / None means any. A filter whose
    list has a state column also has `state`."""

    search: str
    salesperson_id: int | None
    customer_id: int | None
    date_from: dt.date | None
    date_to: dt.date | None


@dataclass(frozen=True)
class DocumentFilter:
    """The filter of a document list with nothing of its own (quotations, orders); "" / None means
    any. Dates are inclusive; `search` matches part of the number or of the customer's name."""

    state: str = ""
    search: str = ""
    salesperson_id: int | None = None
    customer_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def filter_documents(query: ModelSelect, flt: ListFilter, *, scope: Expression | None,
                     search: Sequence[Field], date: Field, salesperson: Field, customer: Field,
                     state: Field | None = None) -> ModelSelect:
    """`query` narrowed to `scope` (None: everything) and to `flt`: `state` equal to `flt.state`
    when the list has a state column and one is chosen, part of the search term in any of the
    `search` columns, the chosen salesperson and customer, and `date` within the dates (inclusive)."""
    if scope is not None:
        query = query.where(scope)
    if state is not None and flt.state:
        query = query.where(state == flt.state)
    term = flt.search.strip()
    if term:
        query = query.where(reduce(operator.or_, (column.contains(term) for column in search)))
    if flt.salesperson_id is not None:
        query = query.where(salesperson == flt.salesperson_id)
    if flt.customer_id is not None:
        query = query.where(customer == flt.customer_id)
    if flt.date_from is not None:
        query = query.where(date >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(date <= flt.date_to)
    return query
