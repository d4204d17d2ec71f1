"""Importing historical orders with their lines from an .xlsx file (companies moving from
spreadsheets): check first, then all orders or none.

Columns and grouping: `order_import_columns`, `order_import_checks`. Orders are stored as they
were: state confirmed (partially shipped or shipped by the shipped quantities), shipped, closed or
cancelled; no approval needed; net/tax/total the sums of lines priced by quote_math; paid total 0
(payments come with `payment_import`). As confirming an order does (`order_workflow`), a sold
order gets one instalment of its total due on its sign date, and its customer stops being a lead
(audited per customer as "first_order").

Numbers: a given 合同编号 is kept; one of the SO-YYYYMM-NNNN form moves that month's counter past
it, so orders entered later never draw it. Orders without a number draw theirs from the counter of
their sign month, after the given ones. One transaction, one audit row for the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from peewee import EXCLUDED, Case

from app.models.base import db, now
from app.models.customer import Customer
from app.models.numbering import DocumentCounter
from app.models.order import Order, OrderLine, PaymentInstalment
from app.models.user import User
from app.services import audit
from app.services.customer_import_reader import preview as read_preview
from app.services.customer_import_reader import read_sheet
from app.services.historical_import import PERMISSION, HistoryReport, chunks, make_report
from app.services.import_report import ImportRefused
from app.services.numbering import format_number, next_sequence
from app.services.order_import_checks import OrderChecker, PendingOrder, sign_datetime
from app.services.order_import_columns import ANCHOR, ANCHOR_LABEL, COLUMNS, column_for_header
from app.services.orders import NUMBER_KIND, line_rows
from app.services.permissions import require
from app.services.progress import ProgressCallback, Stages

__all__ = ["COLUMNS", "OrderImportRefused", "OrderImportResult", "column_for_header", "commit", "dry_run",
           "preview"]
_COUNTED_NUMBER = re.compile(rf"^{NUMBER_KIND}-(\d{{6}})-(\d{{4,}})$")


class OrderImportRefused(ImportRefused):
    """Some order rows are bad, so nothing was imported; `report` lists them."""


@dataclass(frozen=True)
class OrderImportResult:
    orders: int
    lines: int
    customers_won: int  # leads that became customers
    first_number: str
    last_number: str
    report: HistoryReport


def read(path: str | Path, progress: ProgressCallback | None = None):
    """The orders sheet of `path` (customer_import_reader.ImportSheet)."""
    return read_sheet(path, progress=progress, headers=column_for_header, anchor=ANCHOR, anchor_label=ANCHOR_LABEL)


def preview(path: str | Path, limit: int = 50):
    """The columns and first rows of an orders file (customer_import_reader.ImportPreview)."""
    return read_preview(path, limit, headers=column_for_header, anchor=ANCHOR, anchor_label=ANCHOR_LABEL)


def _check(path: str | Path, stages: Stages) -> tuple[HistoryReport, list[PendingOrder]]:
    sheet = read(path, stages.callback("reading"))
    checker = OrderChecker(sheet, stages)
    pending = checker.run()
    report = make_report(sheet, checker.errors)
    report.orders = len(pending)
    report.lines = sum(len(o.lines) for o in pending)
    return report, pending


def dry_run(actor: User, path: str | Path, progress: ProgressCallback | None = None) -> HistoryReport:
    """Read and check every row of `path`; write nothing."""
    require(actor, PERMISSION)
    return _check(path, Stages(progress, reading=1, checking=2))[0]


def commit(actor: User, path: str | Path, progress: ProgressCallback | None = None) -> OrderImportResult:
    """Check `path` like `dry_run`; if any row is bad raise OrderImportRefused and write nothing,
    else store every order with its lines, plan and numbers in one transaction (see the module).
    Cancelling (Cancelled from `progress`) rolls everything back."""
    require(actor, PERMISSION)
    stages = Stages(progress, reading=1, checking=2, writing=3)
    report, pending = _check(path, stages)
    if not report.ok:
        raise OrderImportRefused(report)
    with db.atomic():
        _reserve_given_numbers(pending)
        _draw_numbers(pending)
        _insert_orders(actor, pending, stages)
        won = _win_customers(actor, pending)
        if pending:
            audit.record(actor, "order", "import", "import", {
                "file": (None, report.file_name), "orders": (None, len(pending)), "lines": (None, report.lines),
                "numbers": (None, f"{pending[0].number}..{pending[-1].number}"), "customers_won": (None, won)})
    return OrderImportResult(len(pending), report.lines, won, pending[0].number if pending else "",
                             pending[-1].number if pending else "", report)


def _reserve_given_numbers(pending: list[PendingOrder]) -> None:
    """Move each month's SO counter to at least the highest SO-YYYYMM-NNNN number the file gives."""
    highest: dict[str, int] = {}
    for order in pending:
        match = _COUNTED_NUMBER.match(order.number)
        if match:
            period, sequence = match.group(1), int(match.group(2))
            highest[period] = max(highest.get(period, 0), sequence)
    for period, sequence in sorted(highest.items()):
        (DocumentCounter.insert(kind=NUMBER_KIND, period=period, last=sequence)
         .on_conflict(conflict_target=[DocumentCounter.kind, DocumentCounter.period],
                      update={DocumentCounter.last: Case(None, [(DocumentCounter.last < EXCLUDED.last, EXCLUDED.last)],
                                                         DocumentCounter.last)})
         .execute())


def _draw_numbers(pending: list[PendingOrder]) -> None:
    """Numbers for the orders without one, a block per sign month, in file order."""
    by_period: dict[str, list[PendingOrder]] = {}
    for order in pending:
        if not order.number:
            by_period.setdefault(f"{order.values['sign_date']:%Y%m}", []).append(order)
    for period, orders in sorted(by_period.items()):
        last = next_sequence(NUMBER_KIND, period, len(orders))
        for sequence, order in enumerate(orders, start=last - len(orders) + 1):
            order.number = format_number(NUMBER_KIND, order.values["sign_date"], sequence)


def _order_row(actor: User, order: PendingOrder, at) -> dict[str, object]:
    values = order.values
    return {"number": order.number, "customer": values["customer"], "salesperson": values["salesperson"],
            "sign_date": values["sign_date"], "start_date": values["start_date"], "end_date": values["end_date"],
            "currency": "CNY", "state": order.state, "notes": values["notes"],
            "net_total": values["net_total"], "tax_total": values["tax_total"], "total": values["total"],
            "paid_total": 0, "needs_approval": False, "approval_discount": 0,
            "confirmed_at": sign_datetime(values["sign_date"]) if order.sold else None,
            "cancel_reason": values["notes"] or "历史导入" if order.state == "cancelled" else "",
            "created_at": at, "updated_at": at, "updated_by": actor.id, "version": 1}


def _insert_orders(actor: User, pending: list[PendingOrder], stages: Stages) -> list[int]:
    at = now()
    ids: list[int] = []
    done = 0
    for batch in chunks(pending):
        Order.insert_many([_order_row(actor, order, at) for order in batch]).execute()
        numbers = dict(Order.select(Order.number, Order.id).where(
            Order.number.in_([o.number for o in batch])).tuples())
        lines, plan = [], []
        for order in batch:
            order_id = numbers[order.number]
            ids.append(order_id)
            rows = line_rows(order_id, [line.priced for line in order.lines])
            for row, line in zip(rows, order.lines, strict=True):
                row["shipped_quantity"] = line.shipped or 0
            lines += rows
            if order.sold:
                plan.append({"order": order_id, "position": 1, "due_date": order.values["sign_date"],
                             "amount": order.values["total"]})
        for part in chunks(lines):
            OrderLine.insert_many(part).execute()
        if plan:
            PaymentInstalment.insert_many(plan).execute()
        done += len(lines)
        stages.report("writing", done, sum(len(o.lines) for o in pending))
    return ids


def _win_customers(actor: User, pending: list[PendingOrder]) -> int:
    """Leads with a sold order become customers, each audited with its first sold order's number."""
    first_order: dict[int, str] = {}
    for order in pending:
        if order.sold:
            first_order.setdefault(order.values["customer"], order.number)
    won: list[int] = []
    for part in chunks(sorted(first_order)):
        leads = [i for (i,) in Customer.select(Customer.id).where(
            Customer.id.in_(part) & (Customer.is_lead == True)).tuples()]  # noqa: E712 (peewee)
        if leads:
            Customer.update(is_lead=False, version=Customer.version + 1, updated_at=now(),
                            updated_by=actor.id).where(Customer.id.in_(leads)).execute()
            won += leads
    audit.record_many(actor, "customer", "first_order",
                      [(i, {"is_lead": (True, False), "order": (None, first_order[i])}) for i in won])
    return len(won)
