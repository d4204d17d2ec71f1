"""The native Excel chart of the target-vs-actual report (目标达成), so the chart stays live in Excel, WPS
and LibreOffice: clustered columns of target and actual per month, attainment as a line on a
secondary percentage axis, last year's actual as a faint column behind them. It reads its figures
from the report's own cells, so editing a figure in the sheet redraws the chart.

report_excel.write_report_table adds it to any ReportTable with the columns month, target, actual,
attainment and last_year (the report's screen draws the same chart with matplotlib).
"""

from __future__ import annotations

from typing import Any

from app.reports.report_table import ReportTable

TARGET_CHART_KEYS = ("month", "target", "actual", "attainment", "last_year")
TARGET_COLOR = "#5B9BD5"
ACTUAL_COLOR = "#ED7D31"
ATTAINMENT_COLOR = "#375623"
LAST_YEAR_COLOR = "#BFBFBF"


def has_target_columns(table: ReportTable) -> bool:
    """True when `table` has every column the target-vs-actual chart reads."""
    keys = {column.key for column in table.columns}
    return all(key in keys for key in TARGET_CHART_KEYS)


def add_target_chart(workbook: Any, ws: Any, table: ReportTable, *, first_row: int, last_row: int,
                     anchor_row: int, anchor_col: int = 0) -> Any:
    """Add the target-vs-actual chart of `table` to XlsxWriter sheet `ws`, whose rows `first_row` ..
    `last_row` (0-based, the header right above) hold the table's rows; place it at (anchor_row,
    anchor_col). Returns the chart."""
    col = {column.key: index for index, column in enumerate(table.columns)}
    title_row = first_row - 1

    def series(key: str, **style: Any) -> dict:
        return {"name": [ws.name, title_row, col[key]],
                "categories": [ws.name, first_row, col["month"], last_row, col["month"]],
                "values": [ws.name, first_row, col[key], last_row, col[key]], **style}

    columns = workbook.add_chart({"type": "column"})
    # last year first, so it stands at the left of each month's group, faint behind this year's figures
    columns.add_series(series("last_year", fill={"color": LAST_YEAR_COLOR, "transparency": 40},
                              border={"none": True}))
    columns.add_series(series("target", fill={"color": TARGET_COLOR}, border={"none": True}))
    columns.add_series(series("actual", fill={"color": ACTUAL_COLOR}, border={"none": True}, gap=60))
    attainment = workbook.add_chart({"type": "line"})
    attainment.add_series(series("attainment", y2_axis=True, line={"color": ATTAINMENT_COLOR, "width": 2},
                                 marker={"type": "circle", "size": 5, "fill": {"color": ATTAINMENT_COLOR},
                                         "border": {"color": ATTAINMENT_COLOR}}))
    columns.combine(attainment)
    columns.set_title({"name": table.title, "name_font": {"size": 12, "bold": True}})
    columns.set_x_axis({"name": table.columns[col["month"]].title})
    columns.set_y_axis({"name": "金额", "num_format": "#,##0", "major_gridlines": {"visible": True,
                                                                               "line": {"color": "#E0E0E0"}}})
    attainment.set_y2_axis({"name": table.columns[col["attainment"]].title, "num_format": "0%", "min": 0})
    columns.set_legend({"position": "bottom"})
    columns.show_blanks_as("gap")  # a month without target has no attainment: a gap, not a drop to 0
    columns.set_size({"width": 860, "height": 400})
    ws.insert_chart(anchor_row, anchor_col, columns, {"x_offset": 4, "y_offset": 4})
    return columns
