"""ReportTable: totals over total_keys, JSON rows with two-decimal amounts and ISO dates, and the
JSON read back into an equal table."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from app.reports.report_table import ReportColumn, ReportTable, table_from_json

D = Decimal


def sample() -> ReportTable:
    columns = (ReportColumn("name", "销售员", "text"), ReportColumn("revenue", "销售额", "money"),
               ReportColumn("orders", "订单数", "count"), ReportColumn("attainment", "达成率", "percent"),
               ReportColumn("day", "日期", "date"))
    rows = ({"name": "张三", "revenue": D("1000.5"), "orders": 2, "attainment": D("95.00"),
             "day": dt.date(2026, 3, 1)},
            {"name": "李四", "revenue": D("0.00"), "orders": 0, "attainment": None, "day": None})
    return ReportTable("sales", "销售统计", "2026", "全公司", columns, rows, ("revenue", "orders"))


def test_totals_and_json_rows():
    table = sample()
    assert table.totals() == {"revenue": D("1000.50"), "orders": 2}
    assert table.as_json_rows()[0] == {"name": "张三", "revenue": "1000.50", "orders": 2,
                                       "attainment": "95.00", "day": "2026-03-01"}
    assert table.as_json_rows()[1]["attainment"] is None
    data = table.as_json()
    assert data["totals"] == {"revenue": "1000.50", "orders": 2}
    assert data["columns"][1] == {"key": "revenue", "title": "销售额", "kind": "money"}


def test_json_read_back_equals_table():
    table = sample()
    assert table_from_json(json.loads(json.dumps(table.as_json(), ensure_ascii=False))) == table


def test_unknown_kind_refused():
    with pytest.raises(ValueError):
        ReportColumn("x", "x", "float")
