"""The workbooks around a customer import: the empty template, and the error workbook that gives
back the bad rows with what is wrong in them.

The error workbook keeps the source's columns as they were, so the user can correct the rows in
it and import that file; the two columns it adds (错误, 原行号) are ignored by the importer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.reports.excel_style import MAX_WIDTH, mark_bad, set_safe_value, write_table
from app.services.customer_import import ImportReport
from app.services.customer_import_columns import (
    COLUMNS,
    ERROR_COLUMN,
    INTEREST_LABELS,
    KIND_LABELS,
    SCALE_LABELS,
    SOURCE_LABELS,
    SOURCE_ROW_COLUMN,
    column_for_header,
)
from app.services.customer_import_reader import HeaderLookup, read_sheet

DATA_SHEET = "客户"
HELP_SHEET = "说明"
TEMPLATE_ROWS = 2000  # rows that get the drop-down lists of the choice columns
CHOICE_LISTS = {"kind": KIND_LABELS, "scale": SCALE_LABELS, "source": SOURCE_LABELS, "interest": INTEREST_LABELS}
EXAMPLE = {"name": "上海示例贸易有限公司", "kind": "公司", "industry": "制造业", "scale": "中型", "region": "上海",
           "city": "上海", "address": "浦东新区张江路 88 号", "source": "展会", "tags": "重点、华东",
           "owner": "sales1", "interest": "很大", "notes": "", "contact_name": "张三丰", "title": "采购经理",
           "phone": "021-58886666", "mobile": "13800138000", "email": "zhang@example.com", "wechat": "zsf2024"}


def atomic_save(workbook, path: Path) -> Path:
    # Save next to the target and rename: an existing file is replaced only by a complete one.
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        workbook.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def write_template(path: str | Path) -> Path:
    """An empty import file: the Chinese header row on sheet 客户 (drop-down lists in the choice
    columns), and sheet 说明 explaining each column, its English header and an example."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    data = workbook.active
    data.title = DATA_SHEET
    headers = [c.zh for c in COLUMNS]
    write_table(data, headers, [], widths=[max(12, min(len(h) * 2 + 6, MAX_WIDTH)) for h in headers])
    data.column_dimensions["A"].width = 30
    for number, column in enumerate(COLUMNS):
        labels = CHOICE_LISTS.get(column.key)
        if labels is None:
            continue
        letter = data.cell(row=1, column=number + 1).column_letter
        # showErrorMessage off: the importer also takes the English codes, and checks every cell itself
        validation = DataValidation(type="list", formula1='"' + ",".join(labels.values()) + '"',
                                    allow_blank=True, showErrorMessage=False)
        validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
        data.add_data_validation(validation)
    helper = workbook.create_sheet(HELP_SHEET)
    rows = [[c.zh, c.en, "是" if c.required else "", c.help, EXAMPLE.get(c.key, "")] for c in COLUMNS]
    rows.append([])
    rows.append(["", "", "", "每行一个客户，最多一个联系人；名称与前面某行相同的行，为该客户再添一个联系人"
                 "（该行的客户列留空或与前面相同）。表头可用中文或英文。导入前先检查：有任何错误时不会导入任何数据。",
                 ""])
    write_table(helper, ["列", "English", "必填", "说明", "示例"], rows, widths=[10, 14, 6, 70, 26])
    return atomic_save(workbook, Path(path))


def write_error_workbook(report: ImportReport, source_path: str | Path, out_path: str | Path,
                         translate: Callable[[str], str] | None = None,
                         headers: HeaderLookup = column_for_header, anchor: str = "name") -> Path:
    """The bad rows of `source_path` with their columns as they were, plus 错误 (every problem of
    the row as "column: message") and 原行号 (the row number in the source); bad cells are red.
    `translate` turns the English messages into the user's language (the GUI passes Qt's); `headers`
    recognises the columns of another kind of import (products pass theirs; any report with
    `errors` of row, column, message and key will do; `anchor` is the key that marks their header row)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    translate = translate or (lambda text: text)
    by_row: dict[int, list] = {}
    for error in report.errors:
        by_row.setdefault(error.row, []).append(error)
    sheet = read_sheet(source_path, headers=headers, anchor=anchor)
    positions = {c.key: c.index for c in sheet.columns if c.key is not None}
    width = max((c.index for c in sheet.columns), default=-1) + 1
    headers = [""] * width
    for column in sheet.columns:
        headers[column.index] = column.header
    headers += [ERROR_COLUMN, SOURCE_ROW_COLUMN]
    bad = [(row, texts) for row, texts in sheet.rows if row in by_row]

    workbook = Workbook()
    ws = workbook.active
    ws.title = "错误行"
    write_table(ws, headers, [[*texts, "", row] for row, texts in bad])
    wrap = Alignment(wrap_text=True, vertical="top")
    for out_row, (row, _texts) in enumerate(bad, start=2):
        lines = []
        for error in by_row[row]:
            lines.append(f"{error.column}: {translate(error.message)}")
            if error.key in positions:
                mark_bad(ws.cell(row=out_row, column=positions[error.key] + 1))
        cell = ws.cell(row=out_row, column=width + 1)
        set_safe_value(cell, "\n".join(lines))
        cell.alignment = wrap
        mark_bad(cell)
    ws.column_dimensions[ws.cell(row=1, column=width + 1).column_letter].width = MAX_WIDTH
    return atomic_save(workbook, Path(out_path))
