"""The workbooks around a product import: the empty template (its 说明 sheet says that a stored code
updates its product, empty cells keeping the stored values), and the error workbook (the customer
import's, with the product columns recognised)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.reports.customer_import_files import HELP_SHEET, TEMPLATE_ROWS, atomic_save
from app.reports.customer_import_files import write_error_workbook as write_customer_error_workbook
from app.reports.excel_style import MAX_WIDTH, write_table
from app.services.product_import import COLUMNS, ProductImportReport, column_for_header

DATA_SHEET = "产品"
EXAMPLE = {"line": "紧固件", "code": "LS-M8-30", "name": "不锈钢六角螺栓 M8×30", "unit": "盒", "list_price": "45.00",
           "floor_price": "38.50", "tax_rate": "13", "active": "是"}


def write_template(path: str | Path) -> Path:
    """An empty product import file: the Chinese header row on sheet 产品 (a 是/否 list in 启用), and
    sheet 说明 explaining each column, its English header and an example."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    data = workbook.active
    data.title = DATA_SHEET
    headers = [c.zh for c in COLUMNS]
    write_table(data, headers, [], widths=[max(12, min(len(h) * 2 + 6, MAX_WIDTH)) for h in headers])
    data.column_dimensions["C"].width = 30
    letter = data.cell(row=1, column=len(COLUMNS)).column_letter
    validation = DataValidation(type="list", formula1='"是,否"', allow_blank=True, showErrorMessage=False)
    validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
    data.add_data_validation(validation)
    helper = workbook.create_sheet(HELP_SHEET)
    rows = [[c.zh, c.en, "是" if c.required else "", c.help, EXAMPLE.get(c.key, "")] for c in COLUMNS]
    rows.append([])
    rows.append(["", "", "", "每行一个产品。表头可用中文或英文。导入前先检查：有任何错误时不会导入任何数据。", ""])
    rows.append(["", "", "", "编号已存在的行更新该产品（如修改价格）：导出的产品表可直接修改后导入；"
                 "留空的单元格保持原值，与原值相同的行不做修改。", ""])
    write_table(helper, ["列", "English", "必填", "说明", "示例"], rows, widths=[10, 14, 6, 70, 26])
    return atomic_save(workbook, Path(path))


def write_error_workbook(report: ProductImportReport, source_path: str | Path, out_path: str | Path,
                         translate: Callable[[str], str] | None = None) -> Path:
    """The bad rows of `source_path` as they were, plus 错误 and 原行号; bad cells are red."""
    return write_customer_error_workbook(report, source_path, out_path, translate, headers=column_for_header)
