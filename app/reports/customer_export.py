"""Exporting the customer list to Excel: the rows the list shows for a filter, nothing more.

The rows come from customer_queries, the same permission scope as the list on screen (a
salesperson exports only their own customers), a page of 1,000 at a time into a write-only
workbook, so memory stays flat at 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from app.models.user import User
from app.reports.excel_stream import write_streamed_table
from app.services.customer_import_columns import INTEREST_LABELS, SOURCE_LABELS
from app.services.customer_queries import CustomerFilter, CustomerRow, count_customers, customer_page
from app.services.permissions import require
from app.services.progress import ProgressCallback, no_progress

PAGE = 1000
HEADERS = ["编号", "名称", "归属销售", "行业", "区域", "城市", "意向", "来源", "联系人", "电话", "最后跟进", "创建时间"]


def export_row(row: CustomerRow) -> list[object]:
    """One line of the export, choices as their Chinese labels, times as Excel date-times."""
    return [row.code, row.name, row.owner_name, row.industry, row.region, row.city,
            INTEREST_LABELS.get(row.interest, row.interest), SOURCE_LABELS.get(row.source, row.source),
            row.contact_name, row.contact_phone, row.last_follow_up_at, row.created_at]


def export_customers(actor: User, flt: CustomerFilter, path: str | Path, progress: ProgressCallback | None = None,
                     *, sort: str = "code", descending: bool = False) -> int:
    """Write the customers `actor` sees for `flt`, in the list's order, to the .xlsx file `path`;
    returns how many rows were written. Needs "customers.export".

    `progress(done, total)` is called after every page and may raise Cancelled: then no file is
    left behind (an existing file at `path` is replaced only by a complete export). A target that
    cannot be written raises excel_stream.TargetNotWritable."""
    require(actor, "customers.export")
    progress = progress or no_progress
    total = count_customers(actor, flt)
    progress(0, total)
    first = customer_page(actor, flt, 0, PAGE, sort=sort, descending=descending)

    def rows() -> Iterator[list[object]]:
        written, page = 0, first
        while page:
            yield from (export_row(row) for row in page)
            written += len(page)
            progress(min(written, total), total)
            if len(page) < PAGE:
                break
            page = customer_page(actor, flt, written, PAGE, sort=sort, descending=descending)

    return write_streamed_table(path, "客户", HEADERS, rows(), sample=[export_row(r) for r in first[:200]])
