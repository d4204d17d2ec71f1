"""Checking a historical orders file (`order_import`): rows grouped into orders, every cell parsed,
lines priced by `quotations.price_lines` (quote_math, exactly as the orders service prices them),
and a file's own amounts compared with the computed ones, never taken over.

Grouping: rows with the same 合同编号 are one order; a row with neither 合同编号 nor 客户 continues
the order of the row above; any other row without 合同编号 is an order of its own (numbered on
import). An order's columns take their first non-empty value; a later row that gives another value
is refused at that cell.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.models.order import Order
from app.services.customer_import_checks import OwnerLookup
from app.services.errors import ValidationError
from app.services.historical_import import (
    DATE_MESSAGE,
    CustomerLookup,
    chunks,
    header_for,
    orders_by_number,
    parse_amount,
    parse_date,
    percent_text,
    products_by_code,
)
from app.services.import_report import RowError
from app.services.normalize import width_fold
from app.services.order_import_columns import COLUMNS, DATE_KEYS, ORDER_KEYS, STATE_MESSAGE, state_word
from app.services.order_workflow import SOLD_STATES
from app.services.products import parse_decimal
from app.services.progress import Stages
from app.services.quotation_approval import PricedLine
from app.services.quotations import LineInput, price_lines
from app.services.quote_math import totals

NUMBER_LENGTH = Order.number.max_length
DEFAULT_TAX_RATE = "13"


@dataclass
class PendingLine:
    row: int
    cells: dict[str, str]
    line: LineInput | None = None  # None when a cell of the row is already refused
    priced: PricedLine | None = None
    shipped: Decimal | None = None


@dataclass
class PendingOrder:
    """An order of the file: its rows, its order cells (key -> (row, text)) and, once checked, the
    values to store."""

    first_row: int
    number: str
    cells: dict[str, tuple[int, str]] = field(default_factory=dict)
    lines: list[PendingLine] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)
    state: str = "confirmed"

    @property
    def sold(self) -> bool:
        return self.state in SOLD_STATES


def _canonical(key: str, text: str) -> str:
    text = width_fold(text).strip()
    if key in DATE_KEYS:
        try:
            return str(parse_date(text))
        except ValueError:
            return text
    return text


class OrderChecker:
    """Checks a sheet; `errors` and `orders` (the orders whose every row is good are `good_orders`)."""

    def __init__(self, sheet, stages: Stages):
        self.sheet = sheet
        self.stages = stages
        self.errors: list[RowError] = []
        self.orders: list[PendingOrder] = []
        self._bad_rows: set[int] = set()

    def error(self, row: int, key: str, message: str) -> None:
        self.errors.append(RowError(row, header_for(self.sheet, COLUMNS, key), message, key))
        self._bad_rows.add(row)

    def run(self) -> list[PendingOrder]:
        self._group()
        self._check_orders()
        self._check_lines()
        self._finish_orders()
        return [o for o in self.orders if not any(line.row in self._bad_rows for line in o.lines)]

    # -- grouping --------------------------------------------------------------------------------

    def _group(self) -> None:
        recognised = self.sheet.recognised
        by_number: dict[str, PendingOrder] = {}
        previous: PendingOrder | None = None
        for row, texts in self.sheet.rows:
            cells = {key: texts[column.index] for key, column in recognised.items()}
            number = cells.get("number", "").strip()
            if number:
                order = by_number.get(number)
                if order is None:
                    order = by_number[number] = PendingOrder(row, number)
                    self.orders.append(order)
            elif cells.get("customer", "").strip() or previous is None:
                order = PendingOrder(row, "")
                self.orders.append(order)
            else:
                order = previous
            previous = order
            for key in ORDER_KEYS:
                text = cells.get(key, "").strip()
                if not text:
                    continue
                if key not in order.cells:
                    order.cells[key] = (row, text)
                elif _canonical(key, text) != _canonical(key, order.cells[key][1]):
                    self.error(row, key, f"Differs from row {order.cells[key][0]} of this order "
                                         f"({order.cells[key][1]}).")
            order.lines.append(PendingLine(row, cells))

    # -- the order's columns ---------------------------------------------------------------------

    def _check_orders(self) -> None:
        orders = self.orders
        customers = CustomerLookup(o.cells.get("customer", (0, ""))[1] for o in orders)
        owners = OwnerLookup()
        stored = orders_by_number(o.number for o in orders)
        for order in orders:
            cell = order.cells.get
            row = order.first_row
            if order.number and order.number in stored:
                self.error(row, "number", "Another order has this number.")
            elif len(order.number) > NUMBER_LENGTH:
                self.error(row, "number", f"At most {NUMBER_LENGTH} characters.")
            row_c, text = cell("customer", (row, ""))
            order.values["customer"], message = customers.resolve(text) if text else (None, "Give the customer.")
            if message:
                self.error(row_c, "customer", message)
            row_s, text = cell("salesperson", (row, ""))
            user, message = owners.resolve(text, allow_inactive=True) if text else (None, "Give the salesperson.")
            if message:
                self.error(row_s, "salesperson", message)
            order.values["salesperson"] = user.id if user else None
            for key in DATE_KEYS:
                row_d, text = cell(key, (row, ""))
                try:
                    order.values[key] = parse_date(text)
                except ValueError:
                    self.error(row_d, key, DATE_MESSAGE)
                    order.values[key] = None
                    continue
                if key == "sign_date" and order.values[key] is None:
                    self.error(row_d, key, "Give the sign date.")
            start, end = order.values.get("start_date"), order.values.get("end_date")
            if start and end and end < start:
                self.error(cell("end_date")[0], "end_date", "The contract cannot end before it starts.")
            row_t, text = cell("state", (row, ""))
            order.state = state_word(text) or ""
            if not order.state:
                self.error(row_t, "state", STATE_MESSAGE)
            order.values["notes"] = cell("notes", (row, ""))[1]

    # -- the lines -------------------------------------------------------------------------------

    def _check_lines(self) -> None:
        lines = [line for order in self.orders for line in order.lines]
        products = products_by_code(line.cells.get("product_code", "").strip() for line in lines)
        for line in lines:
            cells = line.cells
            code = cells.get("product_code", "").strip()
            product = products.get(code) if code else None
            if code and product is None:
                self.error(line.row, "product_code", "No product with this code.")
                continue
            tax = percent_text(cells.get("tax_rate", "")) or (None if product else DEFAULT_TAX_RATE)
            price = cells.get("unit_price", "").strip()
            if not price:
                self.error(line.row, "unit_price", "Give the unit price.")
            if not cells.get("quantity", "").strip():
                self.error(line.row, "quantity", "Give the quantity.")
                continue
            if price:
                line.line = LineInput(product_id=product.id if product else None,
                                      description=cells.get("description", ""), quantity=cells["quantity"],
                                      unit=cells.get("unit", ""), unit_price=price,
                                      discount=percent_text(cells.get("discount", "")) or "0", tax_rate=tax)
        priceable = [line for line in lines if line.line is not None]
        done = 0
        for part in chunks(priceable):
            self._price(part)
            done += len(part)
            self.stages.report("checking", done, len(priceable))

    def _price(self, part: list[PendingLine]) -> None:
        try:
            for line, priced in zip(part, price_lines([p.line for p in part]), strict=True):
                line.priced = priced
        except ValidationError as exc:
            if len(part) > 1:  # price them one by one to find the good ones and the bad cells
                for line in part:
                    self._price([line])
                return
            for name, message in exc.fields.items():
                key = name.rsplit(".", 1)[-1]
                self.error(part[0].row, "product_code" if key == "product" else key, message)

    # -- amounts and states ----------------------------------------------------------------------

    def _finish_orders(self) -> None:
        for order in self.orders:
            for line in order.lines:
                self._check_line_amounts(order, line)
            priced = [line.priced for line in order.lines]
            if any(p is None for p in priced):
                continue
            sums = totals(priced)
            order.values.update(net_total=sums.net_total, tax_total=sums.tax_total, total=sums.total)
            row, text = order.cells.get("order_total", (0, ""))
            if text:
                try:
                    given = parse_amount(text, low=Decimal(0))
                except ValueError:
                    self.error(row, "order_total", "An amount with at most two decimals.")
                    continue
                if given != sums.total:
                    self.error(row, "order_total", f"The lines add up to {sums.total} with tax, not {given}.")
            order.state = self._stored_state(order)

    def _check_line_amounts(self, order: PendingOrder, line: PendingLine) -> None:
        priced = line.priced
        net_text = line.cells.get("line_net", "").strip()
        if priced is not None and net_text:
            try:
                given = parse_amount(net_text, low=Decimal(0))
                if given != priced.net:
                    self.error(line.row, "line_net", f"Quantity × price × (1 − discount) is {priced.net}, not {given}.")
            except ValueError:
                self.error(line.row, "line_net", "An amount with at most two decimals.")
        shipped_text = line.cells.get("shipped", "").strip()
        if not shipped_text or priced is None:
            line.shipped = priced.quantity if priced is not None and order.state in ("shipped", "closed") else None
            return
        try:
            line.shipped = parse_decimal(width_fold(shipped_text), 3, low=Decimal(0), high=priced.quantity)
        except ValueError:
            self.error(line.row, "shipped", f"A quantity from 0 to the line's {priced.quantity}.")
            return
        if order.state in ("shipped", "closed") and line.shipped != priced.quantity:
            self.error(line.row, "shipped", "A shipped or closed order has every line shipped in full.")
        elif order.state == "cancelled" and line.shipped:
            self.error(line.row, "shipped", "A cancelled order has nothing shipped.")

    @staticmethod
    def _stored_state(order: PendingOrder) -> str:
        if order.state != "open":
            return order.state
        shipped = [(line.shipped or Decimal(0), line.priced.quantity) for line in order.lines]
        if all(done >= quantity for done, quantity in shipped):
            return "shipped"
        return "partially_shipped" if any(done > 0 for done, _ in shipped) else "confirmed"


def sign_datetime(day: dt.date) -> dt.datetime:
    """When a historical order counts as confirmed: the start of its sign date."""
    return dt.datetime.combine(day, dt.time())
