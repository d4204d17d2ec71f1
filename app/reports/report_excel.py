"""Reports (报表) as Excel workbooks: XlsxWriter for a report, a streamed sheet of our own for detail rows.

    write_report_table(path, table, generated_by="王经理")        # any ReportTable, formatted
    write_detail_rows(path, columns, rows, progress, total=n)     # 100,000+ rows streamed from the database

A report workbook has the title, period, scope, who generated it and when above the table; money as
#,##0.00, percentages as Excel percentages (Decimal("95.00") is stored as 0.95, shown 95.00%), counts
as #,##0, dates as dates; a totals row of SUM formulas (their cached values are our own totals, so a
reader that does not recompute shows the same figures); the header frozen, an auto-filter over the
rows and column widths fitted to the content. The target-vs-actual report (columns month, target,
actual, attainment, last_year) also gets a native Excel chart (report_excel_chart.py) that stays live
in Excel, WPS and LibreOffice.

A detail export streams each row's XML straight into the zip member of its sheet (xlsx_rows.py), so
memory stays flat however many rows the caller's iterator yields: 100,000 order lines × 10 columns
take ~5 s from the database to the file, where XlsxWriter's constant_memory mode took ~20 s (13 s of
CPU) and openpyxl's write-only mode ~30 s. Both kinds are saved beside the target and renamed over
it (excel_stream.ReplacedFile): a locked or unwritable target raises TargetNotWritable and keeps the
old file; `progress` raising services.progress.Cancelled leaves no file.

Text is always written as text, never as a formula; text that starts like one gets Excel's quote
prefix (excel_style.py). XlsxWriter is imported inside the functions, never at start-up.
"""

from __future__ import annotations

import datetime as dt
import itertools
import zipfile
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.reports.excel_stream import SAMPLE_ROWS, ReplacedFile
from app.reports.excel_style import (
    DATE_FORMAT,
    HEADER_FILL,
    clean_text,
    display_width,
    fitted_widths,
    is_formula_like,
)
from app.reports.report_table import ReportColumn, ReportTable, value_text
from app.services.progress import ProgressCallback, no_progress

MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.00%"
COUNT_FORMAT = "#,##0"
NUMBER_FORMAT = "#,##0.00"
NUMBER_FORMATS = {"money": MONEY_FORMAT, "percent": PERCENT_FORMAT, "count": COUNT_FORMAT,
                  "number": NUMBER_FORMAT, "date": DATE_FORMAT}
TOTAL_LABEL = "合计"
LABEL_WIDTH = display_width("生成时间") + 2
HEADER_ROW = 6  # 0-based: title, 期间, 范围, 生成人, 生成时间, a blank row, then the header
PROGRESS_EVERY = 1000  # rows between progress calls of a detail export
_EXCEL_EPOCH = dt.date(1899, 12, 30).toordinal()  # Excel's day 0 (1900 date system, after 1 March 1900)

CellWriter = Callable[[int, int, Any], None]


class _Formats:
    """The workbook's cell formats, one per column kind and role, created once."""

    def __init__(self, workbook: Any):
        add = workbook.add_format
        self.header = add({"bold": True, "bg_color": f"#{HEADER_FILL}", "bottom": 1, "bottom_color": "#8EA9DB",
                           "valign": "vcenter"})
        self.title = add({"bold": True, "font_size": 14})
        self.label = add({"font_color": "#595959"})
        self.quoted = add({"quote_prefix": True})
        self.kind = {kind: add({"num_format": fmt}) for kind, fmt in NUMBER_FORMATS.items()}
        self.total_label = add({"bold": True, "top": 1})
        self.total = {kind: add({"bold": True, "top": 1, "num_format": fmt}) for kind, fmt in NUMBER_FORMATS.items()}
        self.total_blank = add({"top": 1})


def excel_serial(value: dt.date) -> float:
    """The Excel day number of a date (or date and time), as a cell with a date format stores it."""
    serial = float(value.toordinal() - _EXCEL_EPOCH)
    if isinstance(value, dt.datetime):
        serial += (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    return serial


def _cell_writer(ws: Any, column: ReportColumn, formats: _Formats) -> CellWriter:
    """A function writing one value of `column` to (row, col): chosen once per column, since a detail
    export calls it a million times. None and "" leave the cell empty."""
    if column.kind == "text":
        write_string, quoted = ws.write_string, formats.quoted

        def write_text(row: int, col: int, value: Any) -> None:
            if value is None or value == "":
                return
            text = clean_text(value if isinstance(value, str) else str(value))
            if is_formula_like(text):
                write_string(row, col, text, quoted)
            else:
                write_string(row, col, text)
        return write_text

    write_number, cell_format = ws.write_number, formats.kind[column.kind]
    if column.kind == "date":
        def write_date(row: int, col: int, value: Any) -> None:
            if value is not None:
                write_number(row, col, excel_serial(value), cell_format)
        return write_date
    if column.kind == "percent":
        def write_percent(row: int, col: int, value: Any) -> None:
            if value is not None:
                # scaled as a Decimal: float(Decimal("66.67")) / 100 would store 0.6667000000000001
                write_number(row, col, float(Decimal(value).scaleb(-2)), cell_format)
        return write_percent

    def write_figure(row: int, col: int, value: Any) -> None:
        if value is not None:
            write_number(row, col, float(value), cell_format)
    return write_figure


def shown(column: ReportColumn, value: object) -> str:
    """`value` roughly as Excel shows it in `column` (what the column widths are fitted to)."""
    return value_text(column, value)


def _widths(columns: Sequence[ReportColumn], sample: Iterable[Sequence[object]]) -> list[float]:
    return fitted_widths([c.title for c in columns],
                         ([shown(c, v) for c, v in zip(columns, row, strict=False)] for row in sample))


def _close(workbook: Any) -> None:
    from xlsxwriter.exceptions import FileCreateError

    try:
        workbook.close()
    except FileCreateError as exc:  # XlsxWriter wraps the OSError; ReplacedFile turns that into a sentence
        raise exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc)) from exc


def write_report_table(path: str | Path, table: ReportTable, *, generated_by: str,
                       generated_at: dt.datetime | None = None) -> Path:
    """Write `table` to a one-sheet workbook at `path` (module notes: heading, formats, SUM totals,
    frozen header, auto-filter, widths; the native chart for the target-vs-actual report); returns the
    path. An existing file is replaced only by a complete one; TargetNotWritable when `path` cannot be
    written, the old file then untouched."""
    import xlsxwriter

    from app.reports.report_excel_chart import add_target_chart, has_target_columns

    generated_at = generated_at or dt.datetime.now().replace(microsecond=0)
    columns = table.columns
    with ReplacedFile(path) as target:
        workbook = xlsxwriter.Workbook(str(target.partial))
        formats = _Formats(workbook)
        ws = workbook.add_worksheet(sheet_name(table.title))
        ws.write_string(0, 0, clean_text(table.title), formats.title)
        for row, (label, value) in enumerate((("期间", table.period), ("范围", table.scope),
                                              ("生成人", generated_by)), start=1):
            ws.write_string(row, 0, label, formats.label)
            ws.write_string(row, 1, clean_text(value))
        ws.write_string(4, 0, "生成时间", formats.label)
        ws.write_string(4, 1, f"{generated_at:%Y-%m-%d %H:%M}")  # text: it spills over, a date would show ####

        for col, column in enumerate(columns):
            ws.write_string(HEADER_ROW, col, clean_text(column.title), formats.header)
        writers = [_cell_writer(ws, column, formats) for column in columns]
        first = HEADER_ROW + 1
        for row, values in enumerate(table.rows, start=first):
            for col, (column, write) in enumerate(zip(columns, writers, strict=True)):
                write(row, col, values.get(column.key))
        last = first + len(table.rows) - 1  # == HEADER_ROW without rows
        total_row = _write_totals(ws, table, formats, first, last)

        ws.freeze_panes(first, 0)
        ws.autofilter(HEADER_ROW, 0, max(last, HEADER_ROW), max(len(columns) - 1, 0))
        widths = _widths(columns, [[values.get(c.key) for c in columns] for values in table.rows[:SAMPLE_ROWS]])
        if widths:  # the labels of the heading (期间, 生成时间 ...) stand in the first column
            widths[0] = max(widths[0], LABEL_WIDTH)
        for col, width in enumerate(widths):
            ws.set_column(col, col, width)
        if has_target_columns(table) and table.rows:
            add_target_chart(workbook, ws, table, first_row=first, last_row=last, anchor_row=total_row + 2)
        target.commit(lambda _partial: _close(workbook))
    return Path(path)


def _write_totals(ws: Any, table: ReportTable, formats: _Formats, first: int, last: int) -> int:
    """The totals row under the rows: 合计, then SUM over each total column (cached: our own total)."""
    from xlsxwriter.utility import xl_rowcol_to_cell

    total_row = last + 1
    if not table.total_keys:
        return last
    totals = table.totals()
    for col, column in enumerate(table.columns):
        if column.key in totals:
            value = float(totals[column.key])
            if last >= first:
                span = f"{xl_rowcol_to_cell(first, col)}:{xl_rowcol_to_cell(last, col)}"
                ws.write_formula(total_row, col, f"=SUM({span})", formats.total[column.kind], value)
            else:
                ws.write_number(total_row, col, 0, formats.total[column.kind])
        elif col == 0:
            ws.write_string(total_row, col, TOTAL_LABEL, formats.total_label)
        else:
            ws.write_blank(total_row, col, None, formats.total_blank)
    return total_row


def sheet_name(title: str) -> str:
    """`title` as a worksheet name: without the characters Excel refuses, at most 31 characters."""
    name = "".join(" " if ch in "[]:*?/\\" else ch for ch in clean_text(title)).strip().strip("'")
    return name[:31] or "报表"


def write_detail_rows(path: str | Path, columns: Sequence[ReportColumn], rows: Iterable[Sequence[object]],
                      progress: ProgressCallback | None = None, *, total: int = 0, sheet_title: str = "明细") -> int:
    """Stream every row of `rows` (tuples in `columns` order) to a new workbook at `path`: the header
    frozen and filtered, values formatted by column kind, widths fitted to the first rows; memory stays
    flat however many rows there are. Calls `progress(done, total)` every PROGRESS_EVERY rows (`total`
    0 when the caller does not know it) and once at the end; Cancelled raised from it, or any error of
    `rows`, leaves no file. Returns how many rows were written; TargetNotWritable as write_report_table."""
    from app.reports.xlsx_rows import RowSheet

    report = progress or no_progress
    source = iter(rows)
    report(0, total)
    first = list(itertools.islice(source, SAMPLE_ROWS))  # the widths come before the rows in the sheet
    written = 0

    def save(partial: Path) -> None:
        nonlocal written
        with (zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as package,
              RowSheet(package, sheet_name(sheet_title), [c.title for c in columns], [c.kind for c in columns],
                       _widths(columns, first)) as sheet):
            for values in itertools.chain(first, source):
                sheet.append(values)
                written += 1
                if written % PROGRESS_EVERY == 0:
                    report(written, total)
            sheet.finish()
        report(written, max(total, written))

    with ReplacedFile(path) as target:
        target.commit(save)
    return written
