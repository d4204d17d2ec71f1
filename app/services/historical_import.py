"""What the imports of historical orders (`order_import`) and payments (`payment_import`) share:
their column tables and header lookup, cell parsing (dates, amounts), the lookups of customers,
products and orders named in a file (a few `IN (...)` queries per 500 names), and the report.

Both read the file with `customer_import_reader.read_sheet` (their own headers and anchor column),
report problems as `import_report.RowError` and refuse with `ImportRefused`, as every import does.
Managers and administrators import (`customers.import` is the data import permission).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from app.models.customer import Customer
from app.models.order import Order
from app.models.product import Product
from app.services.customer_import_columns import ImportColumn, header_key
from app.services.customer_import_reader import HeaderLookup, ImportSheet
from app.services.import_report import RowError, SheetReport
from app.services.normalize import width_fold
from app.services.products import MAX_MONEY, parse_decimal

PERMISSION = "customers.import"  # the data import permission: managers and administrators
CHUNK = 500  # names per IN (...) query, rows per insert
DATE_MESSAGE = "A date such as 2025-03-10."
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


def column_lookup(columns: Iterable[ImportColumn]) -> HeaderLookup:
    """A header -> column key function for `columns` (Chinese, English, key and aliases)."""
    table = {header_key(text): c.key for c in columns for text in (c.zh, c.en, c.key, *c.aliases)}
    return lambda text: table.get(header_key(text)) if text else None


def header_for(sheet: ImportSheet, columns: Iterable[ImportColumn], key: str) -> str:
    """The header of column `key` as written in the file, else the template's Chinese header."""
    column = sheet.recognised.get(key)
    if column is not None:
        return column.header
    return next(c.zh for c in columns if c.key == key)


def parse_date(text: str) -> dt.date | None:
    """A date cell: 2025-03-10, 2025/3/10, 2025.3.10, 2025年3月10日 or 20250310 (a date cell of Excel
    arrives as ISO text); None when empty; ValueError when it is no date."""
    text = width_fold(text).strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    match = _DATE.match(text)
    if match is None:
        raise ValueError(text)
    return dt.date(*(int(part) for part in match.groups()))


def parse_amount(text: str, low: Decimal = Decimal("0.01")) -> Decimal:
    """A money cell (thousands commas, ¥ or 元 allowed) with at most two decimals; ValueError otherwise."""
    text = width_fold(text).strip().lstrip("¥￥").removesuffix("元").strip()
    if not text:
        raise ValueError("empty")
    return parse_decimal(text, 2, low=low, high=MAX_MONEY)


def percent_text(text: str) -> str:
    """A percentage cell without its % sign (13% -> 13)."""
    return width_fold(text).strip().rstrip("%").strip()


def chunks(values: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


class CustomerLookup:
    """Customers named in a file by code or exact name (codes win; a name two customers share is
    refused), read in a few queries."""

    def __init__(self, texts: Iterable[str]):
        wanted = sorted({t for t in texts if t})
        self._by_code: dict[str, int] = {}
        self._by_name: dict[str, list[int]] = {}
        for part in chunks(wanted):
            for customer_id, code, name in (Customer.select(Customer.id, Customer.code, Customer.name)
                                            .where(Customer.code.in_(part) | Customer.name.in_(part)).tuples()):
                if code in part:
                    self._by_code[code] = customer_id
                if name in part:
                    self._by_name.setdefault(name, []).append(customer_id)

    def resolve(self, text: str) -> tuple[int | None, str | None]:
        """(customer id, None) or (None, message)."""
        if text in self._by_code:
            return self._by_code[text], None
        matches = self._by_name.get(text, [])
        if len(matches) > 1:
            return None, "Several customers have this name; use the customer code."
        if not matches:
            return None, "No customer with this code or name."
        return matches[0], None


def products_by_code(codes: Iterable[str]) -> dict[str, Product]:
    """The products with these codes (id, code, name, unit, tax rate, active)."""
    found: dict[str, Product] = {}
    for part in chunks(sorted({c for c in codes if c})):
        for product in Product.select(Product.id, Product.code, Product.name, Product.unit, Product.tax_rate,
                                      Product.active).where(Product.code.in_(part)):
            found[product.code] = product
    return found


def orders_by_number(numbers: Iterable[str]) -> dict[str, Order]:
    """The stored orders with these numbers (id, number, state, total, paid total)."""
    found: dict[str, Order] = {}
    for part in chunks(sorted({n for n in numbers if n})):
        for order in Order.select(Order.id, Order.number, Order.state, Order.total, Order.paid_total).where(
                Order.number.in_(part)):
            found[order.number] = order
    return found


@dataclass
class HistoryReport(SheetReport):
    """What a check of an orders or payments file found: the base report plus what would be
    written (`orders`, `lines` of an orders file; `payments` and their `amount` of a payments file)."""

    orders: int = 0
    lines: int = 0
    payments: int = 0
    amount: Decimal = Decimal("0.00")


def make_report(sheet: ImportSheet, errors: list[RowError]) -> HistoryReport:
    report = HistoryReport(sheet.file_name, sheet.columns, sheet.header_row, rows_total=len(sheet.rows),
                           errors=sorted(errors, key=lambda e: e.row))
    report.good_rows = report.rows_total - len(report.bad_rows)
    return report
