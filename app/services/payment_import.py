"""Importing historical payments (回款) from an .xlsx file: check first, then all payments or none.

One row is one payment: 合同编号 (an order in the database), 回款日期, 金额, 方式, 凭证号 and
预收/超收原因. The payments service's rule holds: the payments of an order (those stored and those
of the file, in file order) may not take its paid total above its total unless the row gives a
reason, which records it as a prepayment/overpayment; an order before confirmation takes only such
payments; a cancelled order takes none. Unlike a payment entered by hand, a closed order takes
historical payments (it was closed once they were in). `Order.paid_total` moves with the payments
in the same transaction, each order by one UPDATE that re-checks the paid total the check saw.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.models.base import db, now
from app.models.order import Order, Payment
from app.models.user import User
from app.services import audit
from app.services.customer_import_columns import ImportColumn
from app.services.customer_import_reader import preview as read_preview
from app.services.customer_import_reader import read_sheet
from app.services.historical_import import (
    DATE_MESSAGE,
    PERMISSION,
    HistoryReport,
    chunks,
    column_lookup,
    header_for,
    make_report,
    orders_by_number,
    parse_amount,
    parse_date,
)
from app.services.import_report import ImportRefused, RowError
from app.services.normalize import width_fold
from app.services.payments import PREPAYMENT_STATES
from app.services.permissions import require
from app.services.progress import ProgressCallback, Stages

COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("order_number", "合同编号", "order number", "已有合同的编号，必填。",
                 aliases=("订单编号", "合同号", "订单号", "number", "order no"), required=True),
    ImportColumn("pay_date", "回款日期", "pay date", "日期，如 2025-03-10，必填。",
                 aliases=("收款日期", "到账日期", "付款日期", "日期", "date"), required=True),
    ImportColumn("amount", "金额", "amount", "大于 0，最多两位小数，必填。", aliases=("回款金额", "收款金额"),
                 required=True),
    ImportColumn("method", "方式", "method", "转账、现金、支票、承兑汇票、刷卡 或 其他；空 = 转账。",
                 aliases=("回款方式", "收款方式", "付款方式")),
    ImportColumn("reference", "凭证号", "reference", "银行流水号或票据号，最多 80 字。",
                 aliases=("流水号", "单据号", "参考号")),
    ImportColumn("reason", "预收/超收原因", "reason",
                 "可留空。合同确认前的预收款，或使回款合计超过合同金额的超收款，必须写明原因。",
                 aliases=("原因", "预收原因", "超收原因", "prepayment reason")),
)
column_for_header = column_lookup(COLUMNS)
ANCHOR, ANCHOR_LABEL = "order_number", "合同编号 (order number)"
METHOD_WORDS = {"transfer": "transfer", "转账": "transfer", "银行转账": "transfer", "汇款": "transfer",
                "cash": "cash", "现金": "cash", "cheque": "cheque", "支票": "cheque", "acceptance": "acceptance",
                "承兑汇票": "acceptance", "承兑": "acceptance", "汇票": "acceptance", "card": "card", "刷卡": "card",
                "other": "other", "其他": "other"}
RECEIVING_STATES = frozenset({"confirmed", "partially_shipped", "shipped", "closed"})


class PaymentImportRefused(ImportRefused):
    """Some payment rows are bad, so nothing was imported; `report` lists them."""


@dataclass(frozen=True)
class PaymentImportResult:
    payments: int
    orders: int
    amount: Decimal
    report: HistoryReport


@dataclass
class PendingPayment:
    row: int
    order_id: int
    values: dict[str, object]


def preview(path: str | Path, limit: int = 50):
    """The columns and first rows of a payments file (customer_import_reader.ImportPreview)."""
    return read_preview(path, limit, headers=column_for_header, anchor=ANCHOR, anchor_label=ANCHOR_LABEL)


def _check(path: str | Path, stages: Stages) -> tuple[HistoryReport, list[PendingPayment], dict[int, Decimal]]:
    """The report, the good payments, and each order's paid total as the check saw it."""
    sheet = read_sheet(path, progress=stages.callback("reading"), headers=column_for_header, anchor=ANCHOR,
                       anchor_label=ANCHOR_LABEL)
    recognised = sheet.recognised
    errors: list[RowError] = []
    texts_of = [(row, {key: texts[c.index] for key, c in recognised.items()}) for row, texts in sheet.rows]
    orders = orders_by_number(cells.get("order_number", "").strip() for _row, cells in texts_of)
    running = {order.id: order.paid_total for order in orders.values()}
    seen_paid = dict(running)
    pending: list[PendingPayment] = []
    for done, (row, cells) in enumerate(texts_of, start=1):
        problems: dict[str, str] = {}
        number = cells.get("order_number", "").strip()
        order = orders.get(number)
        reason = cells.get("reason", "").strip()
        if order is None:
            problems["order_number"] = "No order with this number." if number else "Give the order number."
        elif order.state not in RECEIVING_STATES | PREPAYMENT_STATES:
            problems["order_number"] = "This order takes no payments (cancelled)."
        elif order.state in PREPAYMENT_STATES and not reason:
            problems["reason"] = "Before confirmation a payment is a prepayment; give the reason."
        try:
            pay_date = parse_date(cells.get("pay_date", ""))
            if pay_date is None:
                problems["pay_date"] = "Give the payment date."
        except ValueError:
            problems["pay_date"] = DATE_MESSAGE
        amount = None
        try:
            amount = parse_amount(cells.get("amount", ""))
        except ValueError:
            problems["amount"] = "An amount above 0 with at most two decimals."
        method_text = width_fold(cells.get("method", "")).strip()
        method = METHOD_WORDS.get(method_text.lower() if method_text else "transfer")
        if method is None:
            problems["method"] = "Use 转账, 现金, 支票, 承兑汇票, 刷卡 or 其他."
        reference = cells.get("reference", "").strip()
        if len(reference) > 80:
            problems["reference"] = "At most 80 characters."
        if not problems and not reason and running[order.id] + amount > order.total:
            problems["amount"] = (f"Above the order's balance of {order.total - running[order.id]}; give the "
                                  "reason for an overpayment, or correct the amount.")
        if not problems:
            running[order.id] += amount  # the balance left for the order's later rows
        if problems:
            errors += [RowError(row, header_for(sheet, COLUMNS, key), message, key)
                       for key, message in problems.items()]
        else:
            pending.append(PendingPayment(row, order.id, {
                "pay_date": pay_date, "amount": amount, "method": method, "reference": reference,
                "is_prepayment": bool(reason), "reason": reason}))
        if done % 500 == 0 or done == len(texts_of):
            stages.report("checking", done, len(texts_of))
    report = make_report(sheet, errors)
    report.payments = len(pending)
    report.orders = len({p.order_id for p in pending})
    report.amount = sum((p.values["amount"] for p in pending), Decimal("0.00"))
    return report, pending, seen_paid


def dry_run(actor: User, path: str | Path, progress: ProgressCallback | None = None) -> HistoryReport:
    """Read and check every row of `path`; write nothing."""
    require(actor, PERMISSION)
    return _check(path, Stages(progress, reading=1, checking=2))[0]


def commit(actor: User, path: str | Path, progress: ProgressCallback | None = None) -> PaymentImportResult:
    """Check `path` like `dry_run`; if any row is bad raise PaymentImportRefused and write nothing,
    else store every payment and raise each order's paid total by its payments, in one transaction
    with one audit row. An order whose paid total changed since the check refuses the file."""
    require(actor, PERMISSION)
    stages = Stages(progress, reading=1, checking=2, writing=3)
    report, pending, seen_paid = _check(path, stages)
    if not report.ok:
        raise PaymentImportRefused(report)
    by_order: dict[int, list[PendingPayment]] = defaultdict(list)
    for payment in pending:
        by_order[payment.order_id].append(payment)
    at = now()
    with db.atomic():
        for done, (order_id, payments) in enumerate(by_order.items(), start=1):
            added = sum((p.values["amount"] for p in payments), Decimal("0.00"))
            # the paid total the check saw, so a payment recorded meanwhile cannot slip past the balance rule
            changed = Order.update(paid_total=Order.paid_total + added).where(
                (Order.id == order_id) & (Order.paid_total == seen_paid[order_id])).execute()
            if not changed:
                report.errors.append(RowError(payments[0].row, header_for_report(report), "The order's payments "
                                              "changed while importing; check the file again.", "order_number"))
                raise PaymentImportRefused(report)
            if done % 200 == 0:
                stages.report("writing", done, len(by_order))
        rows = [{**p.values, "order": p.order_id, "recorded_by": actor.id, "created_at": at} for p in pending]
        for part in chunks(rows):
            Payment.insert_many(part).execute()
        if pending:
            audit.record(actor, "payment", "import", "import", {
                "file": (None, report.file_name), "payments": (None, len(pending)),
                "orders": (None, len(by_order)), "amount": (None, report.amount)})
        stages.report("writing", 1, 1)
    return PaymentImportResult(len(pending), len(by_order), report.amount, report)


def header_for_report(report: HistoryReport) -> str:
    """The file's header of the 合同编号 column."""
    return next((c.header for c in report.columns if c.key == "order_number"), COLUMNS[0].zh)
