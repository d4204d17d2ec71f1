"""The printed sales contract (销售合同) of an order as an A4 PDF, UI-free.

`write_order_pdf(actor, order_id, path)` writes: the company header, the contract's number, sign
date, service period (when the order has one), source quotation and salesperson, the seller (the
company from settings) and buyer (customer, contact) blocks, the line table, totals with the amount
in Chinese capitals, the payment plan (due date, amount, share of the total), terms, notes,
signature blocks for both parties and "第 N 页 / 共 M 页" on every page. A draft, pending or
cancelled order says so in its facts, so such a printout is never taken for the signed contract.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.models.order import PaymentInstalment
from app.models.user import User
from app.reports.pdf_document import PdfDocument, customer_rows, money
from app.services.order_queries import order_detail

ORDER_STATE_LABELS = {"draft": "草稿", "pending": "待审批", "confirmed": "已确认", "partially_shipped": "部分发货",
                      "shipped": "已发货", "closed": "已结案", "cancelled": "已作废"}
# states in which the printout is not (or no longer) the contract in force: the state is printed
UNSIGNED_STATES = frozenset({"draft", "pending", "cancelled"})
PLAN_HEADERS = ("期次", "到期日", "金额", "占合同总额")
INTRODUCTION = "经买卖双方友好协商，就下列产品及服务的买卖达成一致，签订本合同，双方共同遵守。"


def _plan_rows(plan: list[PaymentInstalment], total: Decimal) -> list[list[str]]:
    """One row per instalment (its share of the total to 0.01 %), then the sum."""
    def share(amount: Decimal) -> str:
        return f"{(amount * 100 / total).quantize(Decimal('0.01'))}%" if total else ""

    rows = [[f"第 {i.position} 期", i.due_date.isoformat(), money(i.amount), share(i.amount)] for i in plan]
    planned = sum((i.amount for i in plan), Decimal("0.00"))
    return [*rows, ["合计", "", money(planned), share(planned)]]


def _payment_plan(document: PdfDocument, title: str, plan: list[PaymentInstalment], total: Decimal) -> None:
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    mm = document.mm
    document.heading(title)
    table = document.table(PLAN_HEADERS, _plan_rows(plan, total), [18 * mm, 30 * mm, 36 * mm, 26 * mm], "CCRR",
                           h_align="LEFT")
    table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))


def write_order_pdf(actor: User, order_id: int, path: str | Path) -> Path:
    """Write the contract of the order `actor` may see to `path` as an A4 PDF and return the path.

    NotFound / PermissionDenied as `order_queries.get_order`; FontNotFound when no CJK font can be
    loaded."""
    detail = order_detail(actor, order_id)
    order = detail.order
    customer, contact = order.customer, order.contact
    document = PdfDocument("销售合同", order.number)
    document.header()

    period = ""
    if order.start_date or order.end_date:
        period = f"{order.start_date.isoformat() if order.start_date else ''} 至 " \
                 f"{order.end_date.isoformat() if order.end_date else ''}".strip()
    facts = [("合同编号：", order.number), ("签订日期：", order.sign_date.isoformat()), ("服务期限：", period)]
    more = [("销售代表：", detail.salesperson_name), ("币种：", order.currency),
            ("报价单号：", detail.quotation_number or "")]
    if order.state in UNSIGNED_STATES:
        more.append(("状态：", ORDER_STATE_LABELS[order.state]))
    document.facts(facts, more)

    settings = document.settings
    seller = [("卖方：", settings.company_name), ("地址：", settings.company_address),
              ("电话：", settings.company_phone)]
    document.facts(seller, customer_rows(customer, contact, name_label="买方："), split=0.5)
    document.story.append(document.paragraph(INTRODUCTION))
    numerals = iter("一二三四")
    document.heading(f"{next(numerals)}、产品及价格")
    document.priced_lines([state.line for state in detail.lines])
    document.totals(order.net_total, order.tax_total, order.total, order.currency)
    if detail.plan:
        _payment_plan(document, f"{next(numerals)}、付款计划（{order.currency}）", detail.plan, order.total)
    if order.terms:
        document.section(f"{next(numerals)}、合同条款", order.terms)
    document.section("备注", order.notes)

    document.signatures([
        [("卖方（盖章）：", settings.company_name), ("授权代表（签字）：", ""), ("日期：", "")],
        [("买方（盖章）：", customer.name), ("授权代表（签字）：", ""), ("日期：", "")],
    ])
    return document.save(path, subject=customer.name)
