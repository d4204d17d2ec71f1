"""What every Excel file SalesDesk writes has in common: a formatted, frozen, filterable header
row, column widths that fit the content, and text that can never turn into a formula.

Formula injection: a cell whose text begins with = + - @ (or a tab / carriage return) would be
run as a formula by Excel when someone edits it, or by other programs reading the file. Such
text is written as a plain string cell (`t="inlineStr"`) with the quote-prefix style, exactly as
Excel stores text typed after an apostrophe, so the value stays what the user typed.

openpyxl takes ~170 ms to import, so it is imported inside the functions, never at start-up.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

HEADER_FILL = "DDEBF7"  # light blue, readable in print
BAD_FILL = "FFC7CE"  # Excel's own "bad" red
BAD_FONT = "9C0006"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
MAX_WIDTH = 50  # characters; long addresses and notes wrap in Excel instead of running off
MIN_WIDTH = 6

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Control characters that XML (and so .xlsx) cannot hold; openpyxl refuses them.
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")


def is_formula_like(value: object) -> bool:
    """True for text Excel or another spreadsheet could read as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_START)


def clean_text(value: str) -> str:
    """`value` without the control characters an .xlsx file cannot store."""
    return _ILLEGAL.sub("", value)


def display_width(value: object) -> int:
    """How many character widths `value` takes in a cell: CJK characters count twice."""
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fitted_widths(headers: Sequence[str], rows: Iterable[Sequence[object]], cap: int = MAX_WIDTH) -> list[float]:
    """Column widths for `headers` and a sample of `rows`, a little padding, at most `cap`."""
    widths = [display_width(h) for h in headers]
    for row in rows:
        for i, value in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], display_width(value))
    return [min(max(w + 2, MIN_WIDTH), cap) for w in widths]


def set_safe_value(cell: Any, value: object) -> None:
    """Put `value` into an openpyxl cell (normal or write-only) without ever making a formula."""
    if isinstance(value, str):
        value = clean_text(value)
        cell.value = value
        if is_formula_like(value):
            cell.data_type = "s"
            cell.quotePrefix = True
        return
    cell.value = value
    if isinstance(value, dt.datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT


def _header_style():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    return (Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL),
            Alignment(vertical="center"), Border(bottom=Side(style="thin", color="8EA9DB")))


def style_header_cell(cell: Any) -> None:
    """Bold text on a light fill with a thin line under it."""
    cell.font, cell.fill, cell.alignment, cell.border = _header_style()


def mark_bad(cell: Any) -> None:
    """Red fill and dark red text: the cell holds a value that was refused."""
    from openpyxl.styles import Font, PatternFill

    cell.fill = PatternFill("solid", fgColor=BAD_FILL)
    cell.font = Font(color=BAD_FONT)


def _set_widths(ws: Any, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def _filter_ref(columns: int, last_row: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"A1:{get_column_letter(max(columns, 1))}{max(last_row, 1)}"


def write_table(ws: Any, headers: Sequence[str], rows: Iterable[Sequence[object]],
                widths: Sequence[float] | None = None) -> None:
    """Fill a normal (not write-only) worksheet: header row styled and frozen, the rows written
    formula-safe, widths fitted to the content (or `widths`), an auto-filter over the table."""
    rows = [list(r) for r in rows]
    for c, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=c)
        set_safe_value(cell, header)
        style_header_cell(cell)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None and value != "":
                set_safe_value(ws.cell(row=r, column=c), value)
    _set_widths(ws, widths if widths is not None else fitted_widths(headers, rows))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = _filter_ref(len(headers), len(rows) + 1)


class StreamingTable:
    """A table written row by row into a write-only worksheet, so memory stays flat however many
    rows there are. Widths come from the header and a sample of rows given up front (write-only
    sheets write their column widths before the first row); `number_formats` gives a column's
    numbers an Excel format (e.g. "#,##0.00"); the auto-filter is set by `finish()`.
    """

    def __init__(self, ws: Any, headers: Sequence[str], sample_rows: Sequence[Sequence[object]] = (),
                 number_formats: Sequence[str | None] = ()):
        from openpyxl.cell import WriteOnlyCell

        self._ws = ws
        self._cell_class = WriteOnlyCell
        self._columns = len(headers)
        # column index -> Excel number format for the numbers written in that column
        self._number_formats = {i: f for i, f in enumerate(number_formats) if f}
        self._rows = 0
        _set_widths(ws, fitted_widths(headers, sample_rows))
        ws.freeze_panes = "A2"
        header_cells = []
        for header in headers:
            cell = WriteOnlyCell(ws)
            set_safe_value(cell, header)
            style_header_cell(cell)
            header_cells.append(cell)
        ws.append(header_cells)

    def append(self, row: Sequence[object]) -> None:
        """Write one row; text that looks like a formula, dates and formatted numbers get a cell of their own."""
        values: list[object] = []
        for index, value in enumerate(row):
            number_format = self._number_formats.get(index)
            if number_format and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                cell = self._cell_class(self._ws, value=value)
                cell.number_format = number_format
                value = cell
            elif isinstance(value, str):
                value = clean_text(value)
                if is_formula_like(value):
                    cell = self._cell_class(self._ws)
                    set_safe_value(cell, value)
                    value = cell
            elif isinstance(value, dt.date):
                cell = self._cell_class(self._ws)
                set_safe_value(cell, value)
                value = cell
            values.append(value)
        self._ws.append(values)
        self._rows += 1

    def finish(self) -> None:
        """Put the auto-filter over the header and every row written."""
        self._ws.auto_filter.ref = _filter_ref(self._columns, self._rows + 1)
