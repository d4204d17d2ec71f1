"""One commission statement (提成结算单) as an A4 PDF on the shared `PdfDocument`: the company header,
salesperson, month, state, attainment, approval and payment, every row (source, document, date,
basis, rule, rate, commission, carried from) and the totals, with signature lines. Read through
`commission_queries.get_statement`, so what may be printed follows what the user may see.
"""

from __future__ import annotations

from pathlib import Path

from app.models.user import User
from app.reports.commission_export import SOURCE_LABELS, STATE_LABELS
from app.reports.pdf_document import PdfDocument, money, percent, text
from app.services.commission_queries import get_statement


def write_commission_pdf(actor: User, statement_id: int, path: str | Path) -> Path:
    """Write the statement `actor` may see to `path` and return the path (NotFound, PermissionDenied
    as `get_statement`; FontNotFound when no CJK font can be loaded)."""
    detail = get_statement(actor, statement_id)
    s = detail.summary
    document = PdfDocument("提成结算单", f"{s.label} {s.salesperson_name}")
    document.header()
    document.facts([("销售：", s.salesperson_name), ("月份：", s.label),
                    ("达成率：", "无目标" if s.attainment is None else f"{s.attainment:.2f} %")],
                   [("状态：", STATE_LABELS.get(s.state, s.state)), ("审核人：", s.approved_by_name),
                    ("审核时间：", f"{s.approved_at:%Y-%m-%d %H:%M}" if s.approved_at else ""),
                    ("发放时间：", f"{s.paid_at:%Y-%m-%d %H:%M}" if s.paid_at else "")])
    rows = [[str(line.position), SOURCE_LABELS.get(line.source_kind, line.source_kind),
             document.paragraph(text(line.document)), line.source_date.isoformat(), money(line.basis_amount),
             document.paragraph(text(line.rule_name)), percent(line.rate), money(line.commission),
             line.carried_from] for line in detail.lines]
    mm = document.mm
    document.table(("序号", "来源", "单据", "日期", "提成基数", "规则", "比例%", "提成", "结转自"), rows,
                   [10 * mm, 11 * mm, 30 * mm, 19 * mm, 24 * mm, 0, 13 * mm, 21 * mm, 15 * mm], "CCLCRLRRC")
    gap = "&nbsp;" * 6  # a Paragraph collapses ordinary white space
    totals = f"共 {len(rows)} 行{gap}提成基数合计：{money(s.basis_total)}{gap}提成合计：{money(s.total)}"
    document.story.append(document.paragraph(totals, "right"))
    document.signatures([[("销售签字：", "")], [("审核：", "")]])
    return document.save(path, subject=f"提成结算单 {s.label} {s.salesperson_name}")
