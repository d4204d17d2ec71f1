"""The month's commission statements as an .xlsx workbook (提成结算): a summary sheet 汇总 (one line per
salesperson: state, attainment, basis and commission, read by formula from the salesperson's sheet,
totals as SUM formulas) and one sheet per salesperson with every row and SUM totals. Excel and
LibreOffice recompute every formula to the stored figures (amounts are cents-exact numbers, summed
without rounding). Text is written formula-safe (`excel_style`); the file is saved beside the target
and renamed over it, so the target is the complete new file or left as it was.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from pathlib import Path

from app.reports.excel_stream import TargetNotWritable
from app.reports.excel_style import style_header_cell, write_table
from app.services.commission_queries import StatementDetail

MONEY_FORMAT = "#,##0.00"
RATE_FORMAT = "0.00"
SUMMARY_TITLE = "汇总"
ROW_HEADERS = ("序号", "来源", "单据", "日期", "提成基数", "规则", "提成比例(%)", "提成", "结转自", "备注")
SUMMARY_HEADERS = ("销售", "状态", "达成率(%)", "提成基数", "提成", "行数")
SOURCE_LABELS = {"payment": "回款", "order": "签约", "shipment": "发货", "adjustment": "调整"}
STATE_LABELS = {"draft": "草稿", "approved": "已审核", "paid": "已发放"}
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_titles(names: Sequence[str]) -> list[str]:
    """Unique sheet titles for these salesperson names (Excel: ≤ 31 characters, no []:*?/\\)."""
    titles: list[str] = []
    taken = {SUMMARY_TITLE}
    for name in names:
        base = (_SHEET_FORBIDDEN.sub("_", name).strip("'") or "销售")[:28]
        title, n = base, 2
        while title.lower() in {t.lower() for t in taken}:
            title, n = f"{base[:28 - len(str(n))]}~{n}", n + 1
        taken.add(title)
        titles.append(title)
    return titles


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _statement_sheet(ws, detail: StatementDetail) -> int:
    """Fill one salesperson's sheet; returns the row number of its totals line."""
    rows = [[line.position, SOURCE_LABELS.get(line.source_kind, line.source_kind), line.document, line.source_date,
             line.basis_amount, line.rule_name, line.rate, line.commission, line.carried_from, line.note]
            for line in detail.lines]
    write_table(ws, ROW_HEADERS, rows)
    last = len(rows) + 1
    total_row = last + 1
    ws.cell(row=total_row, column=1, value="合计")
    ws.cell(row=total_row, column=5, value=f"=SUM(E2:E{last})" if rows else 0)
    ws.cell(row=total_row, column=8, value=f"=SUM(H2:H{last})" if rows else 0)
    for column in (1, 5, 8):
        style_header_cell(ws.cell(row=total_row, column=column))
    for row in range(2, total_row + 1):
        for column, number_format in ((5, MONEY_FORMAT), (7, RATE_FORMAT), (8, MONEY_FORMAT)):
            ws.cell(row=row, column=column).number_format = number_format
    return total_row


def write_commission_workbook(path: str | Path, details: Sequence[StatementDetail]) -> Path:
    """Write the statements `details` (one month, as `commission_queries.month_details` reads them) to
    `path`; returns the path. TargetNotWritable when the file cannot be written."""
    from openpyxl import Workbook

    path = Path(path)
    workbook = Workbook()
    summary = workbook.active
    summary.title = SUMMARY_TITLE
    titles = sheet_titles([d.summary.salesperson_name for d in details])
    lines = []
    for detail, title in zip(details, titles, strict=True):
        total_row = _statement_sheet(workbook.create_sheet(title), detail)
        s = detail.summary
        lines.append([s.salesperson_name, STATE_LABELS.get(s.state, s.state), s.attainment,
                      f"={_quoted(title)}!E{total_row}", f"={_quoted(title)}!H{total_row}", len(detail.lines)])
    write_table(summary, SUMMARY_HEADERS, [[*line[:3], None, None, line[5]] for line in lines])
    for index, line in enumerate(lines, start=2):  # formulas set directly: write_table keeps text formula-safe
        summary.cell(row=index, column=4, value=line[3])
        summary.cell(row=index, column=5, value=line[4])
    last = len(lines) + 1
    total_row = last + 1
    summary.cell(row=total_row, column=1, value="合计")
    for column, letter in ((4, "D"), (5, "E"), (6, "F")):
        summary.cell(row=total_row, column=column, value=f"=SUM({letter}2:{letter}{last})" if lines else 0)
    for column in (1, 4, 5, 6):
        style_header_cell(summary.cell(row=total_row, column=column))
    for row in range(2, total_row + 1):
        summary.cell(row=row, column=3).number_format = RATE_FORMAT
        for column in (4, 5):
            summary.cell(row=row, column=column).number_format = MONEY_FORMAT
    _save(workbook, path)
    return path


def _save(workbook, path: Path) -> None:
    partial = path.with_name(path.name + ".part")
    try:
        workbook.save(partial)
        partial.replace(path)
    except OSError as exc:
        raise TargetNotWritable(path, exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
