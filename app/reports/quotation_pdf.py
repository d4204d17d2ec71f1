"""The printed quotation (报价单) as an A4 PDF, UI-free (reportlab, imported when first needed).

`write_quotation_pdf(actor, quotation_id, path)` writes: the company header (name, address, phone,
logo from settings), the customer block, number / date / valid until / salesperson, the line table
(its header repeated on every page), totals with the amount in Chinese capitals, terms and notes,
and "第 N 页 / 共 M 页" on every page. The page, the font and the parts shared with the contract and
the delivery note are in `pdf_document`.
"""

from __future__ import annotations

from pathlib import Path

from app.models.user import User
from app.reports.pdf_document import FontNotFound, PdfDocument, customer_rows
from app.services.quotations import get_quotation, quotation_lines

__all__ = ["STATE_LABELS", "FontNotFound", "write_quotation_pdf"]

STATE_LABELS = {"draft": "草稿", "pending": "待审批", "approved": "已批准", "rejected": "已驳回", "sent": "已发送",
                "accepted": "客户接受", "declined": "客户拒绝", "expired": "已过期", "converted": "已转合同"}
# states whose printout is the quotation as the customer receives it (no state line)
FINAL_STATES = frozenset({"approved", "sent", "accepted", "converted"})


def write_quotation_pdf(actor: User, quotation_id: int, path: str | Path) -> Path:
    """Write the quotation `actor` may see to `path` as an A4 PDF and return the path.

    NotFound / PermissionDenied as `get_quotation`; FontNotFound when no CJK font can be loaded."""
    quotation = get_quotation(actor, quotation_id)
    lines = quotation_lines(actor, quotation_id)
    document = PdfDocument("报价单", quotation.number)
    document.header()
    facts = [("报价单号：", quotation.number), ("报价日期：", quotation.quote_date.isoformat()),
             ("有效期至：", quotation.valid_until.isoformat()),
             ("销售代表：", quotation.salesperson.display_name), ("币种：", quotation.currency)]
    if quotation.state not in FINAL_STATES:
        facts.append(("状态：", STATE_LABELS.get(quotation.state, quotation.state)))
    document.facts(customer_rows(quotation.customer, quotation.contact), facts)
    document.priced_lines(lines)
    document.totals(quotation.net_total, quotation.tax_total, quotation.total, quotation.currency)
    document.section("条款", quotation.terms)
    document.section("备注", quotation.notes)
    return document.save(path, subject=quotation.customer.name)
