"""Exporting the product list to Excel in the product import's own layout.

The sheet 产品 has exactly the import template's columns and headers (product_import.COLUMNS), so
an exported file imports back: prices as numbers formatted #,##0.00, the tax rate as a number
(13 = 13 %), 启用 as 是/否. The rows are the list's for a filter (products.product_page, code
order), a page at a time into a write-only workbook saved beside the target and renamed over it.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from app.models.user import User
from app.reports.excel_stream import write_streamed_table
from app.reports.product_import_files import DATA_SHEET
from app.services.product_import import COLUMNS
from app.services.products import ProductFilter, ProductRow, count_products, product_page
from app.services.progress import ProgressCallback, no_progress

PAGE = 1000
HEADERS = [c.zh for c in COLUMNS]
PRICE_FORMAT = "#,##0.00"
_FORMATS = {"list_price": PRICE_FORMAT, "floor_price": PRICE_FORMAT}
NUMBER_FORMATS = [_FORMATS.get(c.key) for c in COLUMNS]


def export_row(row: ProductRow) -> list[object]:
    """One product as the import reads it, in COLUMNS order."""
    values = {"line": row.line_name, "code": row.code, "name": row.name, "unit": row.unit,
              "list_price": row.list_price, "floor_price": row.floor_price,
              "tax_rate": _plain_number(row.tax_rate), "active": "是" if row.active else "否"}
    return [values[c.key] for c in COLUMNS]


def _plain_number(value: Decimal) -> Decimal | int:
    """13.00 -> 13, 6.50 -> 6.5 (normalize alone would write 10 as 1E+1)."""
    return int(value) if value == value.to_integral_value() else value.normalize()


def export_products(actor: User, flt: ProductFilter, path: str | Path,
                    progress: ProgressCallback | None = None) -> int:
    """Write the products matching `flt` (as the product list shows them) to the .xlsx file `path`
    in the import template's layout; returns how many rows were written. Anyone who may look products
    up may export them. `progress(done, total)` after every page may raise Cancelled: then no file is
    left behind and an existing file at `path` stays as it was; an unwritable target raises
    excel_stream.TargetNotWritable."""
    progress = progress or no_progress
    total = count_products(actor, flt)
    progress(0, total)
    first = product_page(actor, flt, 0, PAGE)

    def rows() -> Iterator[list[object]]:
        written, page = 0, first
        while page:
            yield from (export_row(row) for row in page)
            written += len(page)
            progress(min(written, total), total)
            if len(page) < PAGE:
                break
            page = product_page(actor, flt, written, PAGE)

    return write_streamed_table(path, DATA_SHEET, HEADERS, rows(), sample=[export_row(r) for r in first[:200]],
                                number_formats=NUMBER_FORMATS)
