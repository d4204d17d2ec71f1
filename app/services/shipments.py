"""Shipments (发货单 DN-YYYYMM-NNNN) and returns (退货) of an order: draft → shipped → delivered, or a
draft cancelled.

Promises: a shipment never carries more of a line than remains to ship, a return never takes back
more than was shipped (net of earlier returns); both are checked when the draft is made (counting
other drafts) and again, race-safe, when it is shipped: each line's `shipped_quantity` moves by a
conditional UPDATE that only succeeds while the limit holds, in the shipment's transaction, and the
order's state follows (`order_workflow.follow_shipments`). Quantities are stored negative on a return.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import fn

from app.models.base import db, now
from app.models.order import Order, OrderLine, Shipment, ShipmentLine
from app.models.user import User
from app.services import audit
from app.services.errors import NotFound, ValidationError
from app.services.locking import save_changes
from app.services.numbering import next_number
from app.services.order_queries import get_order
from app.services.order_workflow import follow_shipments
from app.services.permissions import require
from app.services.products import MAX_MONEY, parse_decimal

NUMBER_KIND = "DN"
SHIPPING_STATES = frozenset({"confirmed", "partially_shipped"})
RETURN_STATES = frozenset({"partially_shipped", "shipped"})


@dataclass(frozen=True)
class ShipmentLineInput:
    """How much of an order line to ship (or, on a return, to take back): always above 0 here."""

    order_line_id: int
    quantity: Decimal | str


@dataclass
class ShipmentInput:
    """The shipment form; lines with quantity 0 are left out."""

    ship_date: dt.date
    lines: list[ShipmentLineInput] = field(default_factory=list)
    carrier: str = ""
    tracking_no: str = ""
    freight: Decimal | str = Decimal("0")
    packaging: Decimal | str = Decimal("0")
    notes: str = ""


def get_shipment(actor: User, shipment_id: int) -> Shipment:
    """The shipment if `actor` may see its order."""
    shipment = Shipment.get_or_none(Shipment.id == shipment_id)
    if shipment is None:
        raise NotFound(f"Shipment {shipment_id} does not exist.")
    get_order(actor, shipment.order_id)
    return shipment


def _lock_order(order_id: int) -> Order:
    """Re-read the order holding its row lock (PostgreSQL; SQLite's write lock already serialises)."""
    query = Order.select().where(Order.id == order_id)
    return (query.for_update() if db.for_update else query).get()


def _header(data: ShipmentInput) -> dict[str, object]:
    errors: dict[str, str] = {}
    values: dict[str, object] = {"ship_date": data.ship_date, "carrier": data.carrier.strip(),
                                 "tracking_no": data.tracking_no.strip(), "notes": data.notes.strip()}
    for name in ("carrier", "tracking_no"):
        if len(values[name]) > 80:
            errors[name] = "At most 80 characters."
    for name in ("freight", "packaging"):
        try:
            values[name] = parse_decimal(getattr(data, name), 2, low=Decimal(0), high=MAX_MONEY)
        except ValueError:
            errors[name] = "An amount of at most two decimals, not negative."
    if errors:
        raise ValidationError(errors)
    return values


def _drafted(order_id: int, is_return: bool) -> dict[int, Decimal]:
    """Quantities per order line already in this order's draft shipments (or draft returns)."""
    query = (ShipmentLine.select(ShipmentLine.order_line, fn.SUM(ShipmentLine.quantity))
             .join(Shipment).where((Shipment.order == order_id) & (Shipment.state == "draft")
                                   & (Shipment.is_return == is_return))
             .group_by(ShipmentLine.order_line).tuples())
    return {line_id: Decimal(int(total)).scaleb(-3) for line_id, total in query}


def _lines(order: Order, data: ShipmentInput, is_return: bool) -> list[tuple[int, Decimal]]:
    """(order line id, signed quantity) after checking every quantity against what is left."""
    lines = {line.id: line for line in OrderLine.select().where(OrderLine.order == order.id)}
    drafted = _drafted(order.id, is_return)
    errors: dict[str, str] = {}
    chosen: dict[int, Decimal] = {}
    for index, item in enumerate(data.lines):
        key = f"lines.{index}.quantity"
        line = lines.get(item.order_line_id)
        if line is None:
            errors[f"lines.{index}.order_line"] = "Choose a line of this order."
            continue
        try:
            quantity = parse_decimal(item.quantity, 3, low=Decimal(0), high=Decimal("1e9"))
        except ValueError:
            errors[key] = "A quantity of at least 0 with at most three decimals."
            continue
        total = chosen.get(line.id, Decimal(0)) + quantity
        if is_return:
            available = line.shipped_quantity + drafted.get(line.id, Decimal(0))  # drafted returns are negative
            if total > available:
                errors[key] = "More than was shipped of this line."
        elif total > line.quantity - line.shipped_quantity - drafted.get(line.id, Decimal(0)):
            errors[key] = "More than remains to ship of this line."
        if quantity:
            chosen[line.id] = total
    if errors:
        raise ValidationError(errors)
    if not chosen:
        raise ValidationError({"lines": "Give a quantity for at least one line."})
    return [(line_id, -quantity if is_return else quantity) for line_id, quantity in chosen.items()]


def _create(actor: User, order_id: int, data: ShipmentInput, is_return: bool) -> Shipment:
    require(actor, "shipments.edit")
    order = get_order(actor, order_id)
    allowed = RETURN_STATES if is_return else SHIPPING_STATES
    if order.state not in allowed:
        raise ValidationError({"state": "Goods can be returned only from a shipped order."
                               if is_return else "Only a confirmed order that is not fully shipped can ship."})
    header = _header(data)
    with db.atomic():
        order = _lock_order(order_id)
        lines = _lines(order, data, is_return)
        number = next_number(NUMBER_KIND, data.ship_date)
        shipment = Shipment.create(number=number, order=order_id, is_return=is_return, state="draft",
                                   created_by=actor.id, updated_by=actor.id, **header)
        ShipmentLine.insert_many([{"shipment": shipment.id, "order_line": line_id, "quantity": quantity}
                                  for line_id, quantity in lines]).execute()
        audit.record(actor, "shipment", shipment.id, "create",
                     {**{k: (None, v) for k, v in header.items()}, "number": (None, number),
                      "order": (None, order.number), "is_return": (None, is_return),
                      "lines": (None, [[line_id, str(q)] for line_id, q in lines])})
    return shipment


def create_shipment(actor: User, order_id: int, data: ShipmentInput) -> Shipment:
    """A draft delivery note for a confirmed or partially shipped order, numbered DN-YYYYMM-NNNN in
    its transaction; each quantity at most what remains to ship after other draft shipments."""
    return _create(actor, order_id, data, False)


def create_return(actor: User, order_id: int, data: ShipmentInput) -> Shipment:
    """A draft return (退货) against shipped lines: quantities given above 0 are stored negative, each
    at most what was shipped of the line net of earlier returns and other draft returns."""
    return _create(actor, order_id, data, True)


def update_shipment(actor: User, shipment_id: int, expected_version: int, data: ShipmentInput) -> Shipment:
    """Change the date, carrier, tracking number, fees and notes of a draft or shipped shipment
    (tracking numbers often come later); lines are not changed here."""
    require(actor, "shipments.edit")
    shipment = get_shipment(actor, shipment_id)
    if shipment.state not in ("draft", "shipped"):
        raise ValidationError({"state": "This shipment can no longer change."})
    save_changes(actor, shipment, expected_version, _header(data), "shipment")
    return shipment


def ship(actor: User, shipment_id: int, expected_version: int) -> Shipment:
    """The draft leaves the warehouse (or a return comes back): the order lines' shipped quantities
    move in the same transaction, refused if a limit no longer holds, and the order state follows."""
    require(actor, "shipments.edit")
    shipment = get_shipment(actor, shipment_id)
    if shipment.state != "draft":
        raise ValidationError({"state": "Only a draft shipment can be shipped."})
    with db.atomic():
        order = _lock_order(shipment.order_id)
        if order.state not in (RETURN_STATES if shipment.is_return else SHIPPING_STATES):
            raise ValidationError({"state": "The order is not in a state to ship or take back goods."})
        save_changes(actor, shipment, expected_version, {"state": "shipped", "shipped_at": now()}, "shipment")
        for line in ShipmentLine.select().where(ShipmentLine.shipment == shipment_id):
            # Field-first expressions, so that peewee stores the Decimal as thousandths
            limit = ((OrderLine.shipped_quantity + line.quantity >= 0) if shipment.is_return
                     else (OrderLine.quantity >= OrderLine.shipped_quantity + line.quantity))
            moved = OrderLine.update(shipped_quantity=OrderLine.shipped_quantity + line.quantity).where(
                (OrderLine.id == line.order_line_id) & limit).execute()
            if not moved:
                raise ValidationError({"lines": "More than was shipped of this line." if shipment.is_return
                                       else "More than remains to ship of this line."})
        follow_shipments(actor, shipment.order_id)
    return shipment


def deliver(actor: User, shipment_id: int, expected_version: int) -> Shipment:
    """The customer received a shipped shipment (签收)."""
    require(actor, "shipments.edit")
    shipment = get_shipment(actor, shipment_id)
    if shipment.state != "shipped":
        raise ValidationError({"state": "Only a shipped shipment can be delivered."})
    save_changes(actor, shipment, expected_version, {"state": "delivered", "delivered_at": now()}, "shipment")
    return shipment


def cancel_shipment(actor: User, shipment_id: int, expected_version: int) -> Shipment:
    """Cancel a draft shipment that never left; its number stays used."""
    require(actor, "shipments.edit")
    shipment = get_shipment(actor, shipment_id)
    if shipment.state != "draft":
        raise ValidationError({"state": "Only a draft shipment can be cancelled."})
    save_changes(actor, shipment, expected_version, {"state": "cancelled"}, "shipment")
    return shipment


def shipment_lines(actor: User, shipment_id: int) -> list[tuple[ShipmentLine, OrderLine]]:
    """The shipment's lines with their order lines, in the order's line order (for the delivery note)."""
    get_shipment(actor, shipment_id)
    query = (ShipmentLine.select(ShipmentLine, OrderLine).join(OrderLine)
             .where(ShipmentLine.shipment == shipment_id).order_by(OrderLine.position))
    return [(line, line.order_line) for line in query]
