"""How a report's table goes across A4 paper (report_pdf.py): the page's orientation, the font size,
each column's width, and, for a table too wide for a landscape page, how it is split into parts.

Each column is as wide as its widest printed value (a text column at most TEXT_MAX wide: longer
text wraps) and wide enough for its title: on one line up to SHORT_TITLE characters, else on two
lines of about equal length. The first of CANDIDATES the whole
table fits is taken: portrait at 9 to 8 pt, then landscape at 9 to 7.5 pt. A table wider than that
is printed landscape at SPLIT_SIZE in parts: each part repeats the identifying columns (`key_columns`:
rank, name, team ...) and takes the next figures that fit, the parts about equally wide. A table
narrower than the page is widened (at most MAX_STRETCH) towards the page's width.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.reports.report_table import ReportColumn

MM = 72 / 25.4
PORTRAIT_WIDTH, LANDSCAPE_WIDTH = 180 * MM, 267 * MM  # A4 less 15 mm margins each side
PORTRAIT_HEIGHT, LANDSCAPE_HEIGHT = 266 * MM, 179 * MM  # A4 less 15 mm top and 16 mm bottom margins
CANDIDATES = ((False, 9.0), (False, 8.5), (False, 8.0), (True, 9.0), (True, 8.5), (True, 8.0), (True, 7.5))
SPLIT_SIZE = 8.5
PADDING = 3.0
TEXT_MAX = 45 * MM
MAX_STRETCH = 1.5
SHORT_TITLE = 4  # characters of a column title never broken over two lines
FIGURE_KINDS = ("money", "percent", "number")


@dataclass(frozen=True)
class TablePlan:
    """landscape or portrait, the body's font size, each part's column indexes and their widths (pt),
    the identifying columns every part repeats, the cell padding and about how many rows a page holds."""

    landscape: bool
    font_size: float
    parts: tuple[tuple[tuple[int, ...], tuple[float, ...]], ...]
    keys: tuple[int, ...]
    padding: float
    rows_per_page: int


def key_columns(columns: Sequence[ReportColumn]) -> tuple[int, ...]:
    """The columns that name a row: those before the first figure (money, percent, number) up to the
    last text column among them (rank, name, team); the first column when none is text."""
    last_text = -1
    for index, column in enumerate(columns):
        if column.kind in FIGURE_KINDS:
            break
        if column.kind == "text":
            last_text = index
    return tuple(range(last_text + 1)) if last_text >= 0 else (0,) if columns else ()


def column_widths(columns: Sequence[ReportColumn], rows: Sequence[Sequence[str]], font: str,
                  size: float) -> list[float]:
    """Each column's natural width at `size` pt, padding included (module notes)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = []
    for index, column in enumerate(columns):
        values = max((stringWidth(row[index], font, size) for row in rows), default=0.0)
        if column.kind == "text":
            values = min(values, TEXT_MAX)
        title = stringWidth(column.title, font, size)
        if title <= values or len(column.title) <= SHORT_TITLE:
            heading = title
        else:  # two balanced lines
            half = math.ceil(len(column.title) / 2)
            heading = max(stringWidth(column.title[:half], font, size), stringWidth(column.title[half:], font, size))
        widths.append(max(values, heading, 2 * size) + 2 * PADDING)
    return widths


def _rows_per_page(landscape: bool, size: float) -> int:
    height = LANDSCAPE_HEIGHT if landscape else PORTRAIT_HEIGHT
    return max(1, int((height - 3 * size) / (size * 1.25 + 4.5)))


def _stretched(widths: Sequence[float], room: float) -> tuple[float, ...]:
    total = sum(widths)
    factor = min(room / total, MAX_STRETCH) if total else 1.0
    return tuple(w * max(factor, 1.0) for w in widths)


def plan_table(columns: Sequence[ReportColumn], rows: Sequence[Sequence[str]], font: str) -> TablePlan:
    """The layout of a table of `columns` whose printed cells are `rows` (totals included)."""
    keys = key_columns(columns)
    everything = tuple(range(len(columns)))
    for landscape, size in CANDIDATES:
        widths = column_widths(columns, rows, font, size)
        room = LANDSCAPE_WIDTH if landscape else PORTRAIT_WIDTH
        if sum(widths) <= room:
            return TablePlan(landscape, size, ((everything, _stretched(widths, room)),), keys, PADDING,
                             _rows_per_page(landscape, size))
    widths = column_widths(columns, rows, font, SPLIT_SIZE)
    room = LANDSCAPE_WIDTH - sum(widths[i] for i in keys)
    rest = [i for i in everything if i not in keys]
    count = math.ceil(sum(widths[i] for i in rest) / room)
    share = sum(widths[i] for i in rest) / count
    groups: list[list[int]] = []
    current: list[int] = []
    used = 0.0
    for index in rest:
        width = widths[index]
        if current and (used + width > room or (used + width / 2 > share and len(groups) < count - 1)):
            groups.append(current)
            current, used = [], 0.0
        current.append(index)
        used += width
    groups.append(current)
    parts = tuple((indexes, _stretched([widths[i] for i in indexes], LANDSCAPE_WIDTH))
                  for indexes in (tuple(keys) + tuple(group) for group in groups))
    return TablePlan(True, SPLIT_SIZE, parts, keys, PADDING, _rows_per_page(True, SPLIT_SIZE))
