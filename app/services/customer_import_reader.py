"""Reading a customer import workbook: find the header row, recognise the columns, read the rows
as text (openpyxl in read-only mode, so a large file is streamed, not loaded whole).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.services.customer_import_columns import IGNORED_HEADERS, column_for_header
from app.services.errors import ServiceError
from app.services.progress import ProgressCallback, no_progress

HEADER_SEARCH_ROWS = 10  # a title line or two above the header row is common in hand-made files


class ImportFileError(ServiceError):
    """The file cannot be read as a customer list (not .xlsx, damaged, no 名称 column)."""


@dataclass(frozen=True)
class SheetColumn:
    """A column of the file: its position (0-based), its header as written, the field it feeds
    (None when the header is not recognised or repeats an earlier column's)."""

    index: int
    header: str
    key: str | None


@dataclass
class ImportSheet:
    """The header and rows of the sheet being imported; each row is (Excel row number, texts)."""

    file_name: str
    sheet_name: str
    header_row: int
    columns: list[SheetColumn]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)

    @property
    def recognised(self) -> dict[str, SheetColumn]:
        """Field key -> the column that feeds it."""
        return {c.key: c for c in self.columns if c.key is not None}

    @property
    def unrecognised(self) -> list[str]:
        """Headers that feed no field (ignored on import), except the error workbook's own."""
        return [c.header for c in self.columns if c.key is None and c.header not in IGNORED_HEADERS]


def cell_text(value: object) -> str:
    """A cell's value as the text a person sees: numbers without a trailing .0 (a mobile number
    typed into a number cell comes back as 13800138000.0), dates as ISO text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _open(path: Path):
    from openpyxl import load_workbook

    if not path.exists():
        raise ImportFileError(f"File not found: {path}")
    try:
        # data_only: a formula cell gives the value Excel saved with it, never the formula text
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl errors all mean the same to the user
        raise ImportFileError(f"{path.name} is not an Excel .xlsx workbook that can be read ({exc}).") from exc


HeaderLookup = Callable[[str], "str | None"]  # a header's text -> the column key it names, or None


def _columns(header_cells: tuple, column_for_header: HeaderLookup = column_for_header) -> list[SheetColumn]:
    columns, taken = [], set()
    for index, value in enumerate(header_cells):
        header = cell_text(value)
        if not header:
            continue
        key = column_for_header(header)
        if key in taken:
            key = None
        taken.add(key)
        columns.append(SheetColumn(index, header, key))
    return columns


def read_sheet(path: str | Path, limit: int | None = None, progress: ProgressCallback | None = None,
               headers: HeaderLookup = column_for_header, anchor: str = "name",
               anchor_label: str = "名称 (name)") -> ImportSheet:
    """The first sheet that has a 名称/name header in its first rows, with its non-empty rows
    (at most `limit` of them). Raises ImportFileError when the file is unusable. `headers` maps a
    header to its column key (customers' columns unless another import passes its own); `anchor`
    is the key whose header marks the header row (`anchor_label` names it in the refusal)."""
    path = Path(path)
    progress = progress or no_progress
    workbook = _open(path)
    try:
        for ws in workbook.worksheets:
            sheet = _read_worksheet(path, ws, limit, progress, headers, anchor)
            if sheet is not None:
                return sheet
    finally:
        workbook.close()
    raise ImportFileError(f"{path.name}: no sheet has a {anchor_label} column header in its first "
                          f"{HEADER_SEARCH_ROWS} rows. Start from the template.")


def _read_worksheet(path: Path, ws, limit: int | None, progress: ProgressCallback,
                    headers: HeaderLookup, anchor: str) -> ImportSheet | None:
    rows = ws.iter_rows(values_only=True)
    sheet = None
    for number, cells in enumerate(rows, start=1):
        if number > HEADER_SEARCH_ROWS:
            return None
        columns = _columns(cells, headers)
        if any(c.key == anchor for c in columns):
            sheet = ImportSheet(path.name, ws.title, number, columns)
            break
    if sheet is None:
        return None
    estimate = max((ws.max_row or 0) - sheet.header_row, 0)
    width = max(c.index for c in sheet.columns) + 1
    for number, cells in enumerate(rows, start=sheet.header_row + 1):
        texts = [cell_text(v) for v in cells[:width]]
        if not any(texts):
            continue
        texts += [""] * (width - len(texts))
        sheet.rows.append((number, texts))
        if limit is not None and len(sheet.rows) >= limit:
            break
        if number % 500 == 0:
            progress(number - sheet.header_row, estimate)
    return sheet


@dataclass(frozen=True)
class ImportPreview:
    """What the file looks like before checking: its columns (recognised or not) and first rows."""

    file_name: str
    sheet_name: str
    header_row: int
    columns: list[SheetColumn]
    rows: list[tuple[int, list[str]]]
    unrecognised: list[str]


def preview(path: str | Path, limit: int = 50, headers: HeaderLookup = column_for_header,
            anchor: str = "name", anchor_label: str = "名称 (name)") -> ImportPreview:
    """The columns and the first `limit` non-empty rows of an import file (no database needed)."""
    sheet = read_sheet(path, limit=limit, headers=headers, anchor=anchor, anchor_label=anchor_label)
    return ImportPreview(sheet.file_name, sheet.sheet_name, sheet.header_row, sheet.columns, sheet.rows,
                         sheet.unrecognised)
