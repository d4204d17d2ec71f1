"""Reading shipments (发货单) and returns for the screens: the list (filters in SQL, counted and read
a page at a time, within the order scope) and the quantities already held by draft shipments, so a
form can offer what is really left to ship or to take back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from app.models.customer import Customer
from app.models.order import Order, Shipment, ShipmentLine
from app.models.user import User
from app.services.document_filters import filter_documents
from app.services.order_queries import get_order, order_scope


@dataclass(frozen=True)
class ShipmentFilter:
    """What the shipment list is narrowed to; "" / None means any. Dates (ship date) are inclusive;
    `search` matches part of the shipment or order number, the customer's name or the tracking
    number; `kind` is "" (both), "shipment" or "return"; salesperson and customer are the order's."""

    state: str = ""
    search: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kind: str = ""
    salesperson_id: int | None = None
    customer_id: int | None = None


@dataclass(frozen=True)
class ShipmentRow:
    """One line of the shipment list."""

    id: int
    number: str
    order_id: int
    order_number: str
    customer_id: int
    customer_name: str
    ship_date: dt.date
    carrier: str
    tracking_no: str
    freight: Decimal
    packaging: Decimal
    state: str
    is_return: bool
    version: int


def _query(actor: User, flt: ShipmentFilter):
    query = filter_documents(Shipment.select().join(Order).join(Customer), flt, scope=order_scope(actor),
                             state=Shipment.state,
                             search=(Shipment.number, Order.number, Customer.name, Shipment.tracking_no),
                             date=Shipment.ship_date, salesperson=Order.salesperson, customer=Order.customer)
    if flt.kind:
        query = query.where(Shipment.is_return == (flt.kind == "return"))
    return query


def count_shipments(actor: User, flt: ShipmentFilter) -> int:
    """How many shipments and returns of orders `actor` may see match `flt`."""
    return _query(actor, flt).count()


def shipment_page(actor: User, flt: ShipmentFilter, offset: int = 0, limit: int = 200) -> list[ShipmentRow]:
    """Shipments of orders `actor` may see matching `flt`, newest ship date first (then newest id),
    rows offset..offset+limit."""
    query = (_query(actor, flt)
             .select(Shipment.id, Shipment.number, Shipment.order, Order.number.alias("order_number"),
                     Order.customer.alias("customer_ref"), Customer.name.alias("customer_name"), Shipment.ship_date,
                     Shipment.carrier,
                     Shipment.tracking_no, Shipment.freight, Shipment.packaging, Shipment.state,
                     Shipment.is_return, Shipment.version)
             .order_by(Shipment.ship_date.desc(), Shipment.id.desc()).offset(offset).limit(limit))
    return [ShipmentRow(s.id, s.number, s.order_id, s.order_number, s.customer_ref, s.customer_name, s.ship_date,
                        s.carrier, s.tracking_no, s.freight, s.packaging, s.state, s.is_return, s.version)
            for s in query.objects()]


def drafted_quantities(actor: User, order_id: int, is_return: bool) -> dict[int, Decimal]:
    """Per order line, the quantity held by the order's draft shipments (or, with `is_return`, draft
    returns, as a positive number): what `shipments.create_shipment` / `create_return` count
    against the limit besides the shipped quantity."""
    get_order(actor, order_id)
    query = (ShipmentLine.select(ShipmentLine.order_line, fn.SUM(ShipmentLine.quantity))
             .join(Shipment).where((Shipment.order == order_id) & (Shipment.state == "draft")
                                   & (Shipment.is_return == is_return))
             .group_by(ShipmentLine.order_line).tuples())
    return {line_id: abs(Decimal(int(total)).scaleb(-3)) for line_id, total in query}
