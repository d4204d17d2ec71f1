"""The workbooks around the imports of historical orders and payments: the empty templates (sheet
合同 or 回款 with the Chinese headers, sheet 说明 explaining each column) and the error workbooks
(the customer import's: the bad rows as they were, plus 错误 and 原行号)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from app.reports.customer_import_files import HELP_SHEET, TEMPLATE_ROWS, atomic_save
from app.reports.customer_import_files import write_error_workbook as write_customer_error_workbook
from app.reports.excel_style import MAX_WIDTH, write_table
from app.services import order_import_columns, payment_import
from app.services.customer_import_columns import ImportColumn

ORDER_EXAMPLE = {"number": "", "customer": "上海示例贸易有限公司", "salesperson": "sales1", "sign_date": "2024-03-15",
                 "state": "已发货", "start_date": "", "end_date": "", "order_total": "1130.00", "notes": "",
                 "product_code": "LS-M8-30", "description": "", "quantity": "10", "unit": "盒",
                 "unit_price": "100.00", "discount": "0", "tax_rate": "13", "line_net": "1000.00", "shipped": ""}
ORDER_NOTE = ("每行是合同的一行明细；合同编号相同的行属于同一合同（合同各列在后续行留空或与第一行相同）。"
              "合同编号留空时，客户也留空的行接续上一行的合同，否则新建一个合同并按签约月份编号。"
              "金额按 数量×单价×(1−折扣) 四舍五入到分"
              "再加税计算，文件中的金额只用于核对。导入前先检查：有任何错误时不会导入任何数据。")
PAYMENT_EXAMPLE = {"order_number": "SO-202403-0001", "pay_date": "2024-04-10", "amount": "1130.00", "method": "转账",
                   "reference": "HX20240410001", "reason": ""}
PAYMENT_NOTE = ("每行一笔回款，合同必须已经存在（先导入合同）。一个合同的回款合计不能超过合同金额，"
                "除非填写预收/超收原因。导入前先检查：有任何错误时不会导入任何数据。")
STATE_CHOICES = ["已确认", "已发货", "已结案", "已作废"]
METHOD_CHOICES = ["转账", "现金", "支票", "承兑汇票", "刷卡", "其他"]


def write_columns_template(path: str | Path, sheet_title: str, columns: Sequence[ImportColumn],
                           example: dict[str, str], note: str, choices: dict[str, list[str]]) -> Path:
    """An empty import file: the Chinese header row on `sheet_title` (drop-down `choices` by column
    key), and sheet 说明 with each column's English header, whether it is required, its help and an
    example, then `note`."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    data = workbook.active
    data.title = sheet_title
    headers = [c.zh for c in columns]
    write_table(data, headers, [], widths=[max(12, min(len(h) * 2 + 6, MAX_WIDTH)) for h in headers])
    for number, column in enumerate(columns):
        if column.key not in choices:
            continue
        letter = data.cell(row=1, column=number + 1).column_letter
        # showErrorMessage off: the importer also takes English words and checks every cell itself
        validation = DataValidation(type="list", formula1='"' + ",".join(choices[column.key]) + '"',
                                    allow_blank=True, showErrorMessage=False)
        validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
        data.add_data_validation(validation)
    helper = workbook.create_sheet(HELP_SHEET)
    rows = [[c.zh, c.en, "是" if c.required else "", c.help, example.get(c.key, "")] for c in columns]
    rows += [[], ["", "", "", note, ""]]
    write_table(helper, ["列", "English", "必填", "说明", "示例"], rows, widths=[12, 16, 6, 70, 20])
    return atomic_save(workbook, Path(path))


def write_order_template(path: str | Path) -> Path:
    """The empty historical orders file (sheet 合同)."""
    return write_columns_template(path, "合同", order_import_columns.COLUMNS, ORDER_EXAMPLE, ORDER_NOTE,
                                  {"state": STATE_CHOICES})


def write_payment_template(path: str | Path) -> Path:
    """The empty historical payments file (sheet 回款)."""
    return write_columns_template(path, "回款", payment_import.COLUMNS, PAYMENT_EXAMPLE, PAYMENT_NOTE,
                                  {"method": METHOD_CHOICES})


def write_order_error_workbook(report, source_path: str | Path, out_path: str | Path,
                               translate: Callable[[str], str] | None = None) -> Path:
    """The bad rows of an orders file as they were, plus 错误 and 原行号; bad cells are red."""
    return write_customer_error_workbook(report, source_path, out_path, translate,
                                         headers=order_import_columns.column_for_header,
                                         anchor=order_import_columns.ANCHOR)


def write_payment_error_workbook(report, source_path: str | Path, out_path: str | Path,
                                 translate: Callable[[str], str] | None = None) -> Path:
    """The bad rows of a payments file as they were, plus 错误 and 原行号; bad cells are red."""
    return write_customer_error_workbook(report, source_path, out_path, translate,
                                         headers=payment_import.column_for_header, anchor=payment_import.ANCHOR)
