"""Report workbooks (report_excel.py): any ReportTable written formatted with SUM totals that
LibreOffice recomputes to our figures, the native target-vs-actual chart, the streamed detail export
with progress and cancelling, and targets that cannot be written."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
import tempfile
import zipfile
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from app.reports.excel_stream import TargetNotWritable
from app.reports.report_excel import write_detail_rows, write_report_table
from app.reports.report_table import ReportColumn, ReportTable
from app.services.progress import Cancelled

GENERATED = dt.datetime(2027, 1, 5, 9, 30)
TARGET_COLUMNS = (ReportColumn("month", "月份", "text"), ReportColumn("target", "目标", "money"),
                  ReportColumn("actual", "实际", "money"), ReportColumn("attainment", "达成率", "percent"),
                  ReportColumn("last_year", "去年同期", "money"))
DETAIL_COLUMNS = (ReportColumn("number", "订单号", "text"), ReportColumn("date", "签约日期", "date"),
                  ReportColumn("customer", "客户", "text"), ReportColumn("quantity", "数量", "number"),
                  ReportColumn("lines", "行数", "count"), ReportColumn("discount", "折扣", "percent"),
                  ReportColumn("net", "未税金额", "money"))


def target_table() -> ReportTable:
    rows = []
    for month in range(1, 13):
        target = D("120000.00") + month * D("1000.01")
        actual = D("98765.43") + month * D("3210.99")
        rows.append({"month": f"{month}月", "target": None if month == 12 else target, "actual": actual,
                     "attainment": None if month == 12 else (actual / target * 100).quantize(D("0.01")),
                     "last_year": D("90000.07") * month / 6})
    rows = [{**row, "last_year": row["last_year"].quantize(D("0.01"))} for row in rows]
    return ReportTable("targets", "2026年 月度目标达成", "2026-01-01 至 2026-12-31", "全公司", TARGET_COLUMNS,
                       tuple(rows), ("target", "actual", "last_year"))


def detail_row(i: int) -> tuple:
    return (f"SO-202603-{i:04d}", dt.date(2026, 3, 1 + i % 28), f"客户{i % 17}有限公司", D(i % 9 + 1) / 2, i % 5,
            D("5.00") if i % 3 else None, D("1234.56") + i)


def test_a_report_is_written_with_its_heading_formats_totals_frozen_header_and_filter(tmp_path):
    table = target_table()
    path = write_report_table(tmp_path / "目标.xlsx", table, generated_by="王经理", generated_at=GENERATED)
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "2026年 月度目标达成"
    assert [[c.value for c in row[:2]] for row in ws["A1:B5"]] == [
        ["2026年 月度目标达成", None], ["期间", "2026-01-01 至 2026-12-31"], ["范围", "全公司"],
        ["生成人", "王经理"], ["生成时间", "2027-01-05 09:30"]]
    assert [c.value for c in ws[7]] == ["月份", "目标", "实际", "达成率", "去年同期"]
    first = table.rows[0]
    assert [c.value for c in ws[8]] == ["1月", float(first["target"]), float(first["actual"]),
                                        float(first["attainment"]) / 100, float(first["last_year"])]
    assert ws["B19"].value is None and ws["D19"].value is None  # December: no target, no attainment
    assert (ws["B8"].number_format, ws["D8"].number_format, ws["E19"].number_format) == ("#,##0.00", "0.00%",
                                                                                          "#,##0.00")
    assert [c.value for c in ws[20]] == ["合计", "=SUM(B8:B19)", "=SUM(C8:C19)", None, "=SUM(E8:E19)"]
    assert ws["C20"].number_format == "#,##0.00" and ws["C20"].font.b
    assert ws.freeze_panes == "A8" and ws.auto_filter.ref == "A7:E19"
    assert all(ws.column_dimensions[letter].width >= 8 for letter in "ABCDE")

    cached = openpyxl.load_workbook(path, data_only=True).active  # what a viewer that does not recompute shows
    totals = table.totals()
    assert [D(str(cached[f"{letter}20"].value)).quantize(D("0.01")) for letter in "BCE"] == [
        totals["target"], totals["actual"], totals["last_year"]]


def test_the_target_report_carries_a_native_chart_of_columns_with_attainment_on_a_second_axis(tmp_path):
    path = write_report_table(tmp_path / "目标.xlsx", target_table(), generated_by="王经理")
    ws = openpyxl.load_workbook(path).active
    assert len(ws._charts) == 1
    with zipfile.ZipFile(path) as package:
        chart = package.read("xl/charts/chart1.xml").decode()
    assert '<c:barDir val="col"/>' in chart and '<c:grouping val="clustered"/>' in chart and "<c:lineChart>" in chart
    series = re.findall(r"<c:ser>.*?</c:ser>", chart, re.S)
    names = [re.search(r"<c:tx><c:strRef><c:f>([^<]+)</c:f>", s).group(1) for s in series]
    sheet = "'2026年 月度目标达成'"
    assert names == [f"{sheet}!$E$7", f"{sheet}!$B$7", f"{sheet}!$C$7", f"{sheet}!$D$7"]  # last year, target, ...
    assert all(f"<c:cat><c:strRef><c:f>{sheet}!$A$8:$A$19</c:f>" in s for s in series)
    assert f"<c:val><c:numRef><c:f>{sheet}!$D$8:$D$19</c:f>" in series[3]
    assert '<a:alpha val="60000"/>' in series[0]  # last year faint
    assert chart.count("<c:valAx>") == 2 and '<c:crosses val="max"/>' in chart  # attainment's own axis, right


def test_any_report_table_formats_by_column_kind_and_keeps_text_from_turning_into_formulas(tmp_path):
    rows = ({"number": "=HYPERLINK(\"x\")", "date": dt.date(2026, 3, 9), "customer": "甲\x07公司",
             "quantity": D("2.5"), "lines": 3, "discount": D("12.50"), "net": D("100.10")},
            {"number": "SO-2", "date": None, "customer": "", "quantity": None, "lines": 0, "discount": None,
             "net": D("-0.10")})
    table = ReportTable("orders", "订单明细", "2026年3月", "销售一部", DETAIL_COLUMNS, rows, ("lines", "net"))
    path = write_report_table(tmp_path / "明细.xlsx", table, generated_by="张三")
    ws = openpyxl.load_workbook(path).active
    assert ws["A8"].value == '=HYPERLINK("x")' and ws["A8"].data_type == "s" and ws["A8"].quotePrefix
    assert ws["B8"].value == dt.datetime(2026, 3, 9) and ws["B8"].number_format == "yyyy-mm-dd"
    assert ws["C8"].value == "甲公司" and ws["C9"].value is None and ws["B9"].value is None
    assert (ws["D8"].value, ws["D8"].number_format, ws["E8"].number_format) == (2.5, "#,##0.00", "#,##0")
    assert (ws["F8"].value, ws["F8"].number_format) == (0.125, "0.00%")
    assert [c.value for c in ws[10]] == ["合计", None, None, None, "=SUM(E8:E9)", None, "=SUM(G8:G9)"]
    assert ws._charts == []


def test_an_empty_report_still_has_its_header_and_zero_totals(tmp_path):
    table = ReportTable("orders", "订单明细", "2026年3月", "全公司", DETAIL_COLUMNS, (), ("net",))
    ws = openpyxl.load_workbook(write_report_table(tmp_path / "空.xlsx", table, generated_by="张三")).active
    assert [c.value for c in ws[7]][:2] == ["订单号", "签约日期"] and ws["A8"].value == "合计" and ws["G8"].value == 0
    assert ws.auto_filter.ref == "A7:G7"


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _without_cached_results(source: Path, target: Path) -> None:
    """A copy of `source` whose formula cells hold 0 as their last result, so a figure read afterwards
    can only come from the spreadsheet recomputing the formula."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data, found = re.subn(rb"(<f>[^<]*</f>)<v>[^<]*</v>", rb"\1<v>0</v>", data)
                assert found == 3
            new.writestr(item, data)


# LibreOffice trusts the results stored in an .xlsx by default; this profile makes it recompute on load.
RECALCULATE_ON_LOAD = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""


def _libreoffice_csv(workbook: Path, tmp_path: Path) -> list[list[str]]:
    """The first sheet of `workbook` as LibreOffice computes it on load, as CSV rows of stored values."""
    profile = tmp_path / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALCULATE_ON_LOAD, encoding="utf-8")
    # CSV filter options: comma, double quote, UTF-8, from line 1, ..., values as stored, not as shown
    subprocess.run([_soffice(), "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false", "--outdir",
                    str(tmp_path / "out"), str(workbook)], check=True, capture_output=True, timeout=180)
    with open(tmp_path / "out" / (workbook.stem + ".csv"), encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


needs_libreoffice = pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not installed")


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_recomputes_the_totals_to_our_figures(tmp_path):
    table = target_table()
    written = write_report_table(tmp_path / "目标.xlsx", table, generated_by="王经理")
    blank = tmp_path / "blank.xlsx"
    _without_cached_results(written, blank)
    total_line = next(row for row in _libreoffice_csv(blank, tmp_path) if row and row[0] == "合计")
    totals = table.totals()
    recomputed = [D(total_line[i]).quantize(D("0.01")) for i in (1, 2, 4)]
    assert recomputed == [totals["target"], totals["actual"], totals["last_year"]]
    assert totals["actual"] == sum(row["actual"] for row in table.rows)


def test_a_detail_export_streams_rows_with_progress_frozen_header_filter_and_formats(tmp_path):
    calls = []
    count = write_detail_rows(tmp_path / "明细.xlsx", DETAIL_COLUMNS, (detail_row(i) for i in range(2500)),
                              lambda done, total: calls.append((done, total)), total=2500)
    assert count == 2500
    assert calls == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]
    ws = openpyxl.load_workbook(tmp_path / "明细.xlsx").active
    assert ws.title == "明细" and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:G2501"
    assert [c.value for c in ws[1]] == [c.title for c in DETAIL_COLUMNS]
    assert [c.value for c in ws[2]] == ["SO-202603-0000", dt.datetime(2026, 3, 1), "客户0有限公司", 0.5, 0, None,
                                        1234.56]
    assert [c.value for c in ws[2501]][-1] == 1234.56 + 2499
    assert [ws.cell(2, i).number_format for i in (2, 4, 5, 7)] == ["yyyy-mm-dd", "#,##0.00", "#,##0", "#,##0.00"]
    assert ws["F3"].value == 0.05 and ws["F3"].number_format == "0.00%"
    assert ws.max_row == 2501 and ws.column_dimensions["C"].width >= 14


def test_a_detail_export_of_unknown_length_reports_the_count_at_the_end(tmp_path):
    calls = []
    write_detail_rows(tmp_path / "x.xlsx", DETAIL_COLUMNS, iter([detail_row(1)]), lambda *a: calls.append(a))
    assert calls == [(0, 0), (1, 1)]


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """The system's temporary folder, here to check an export leaves nothing in it."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_cancelling_a_detail_export_leaves_no_file_and_the_old_one_untouched(tmp_path, scratch):
    old = tmp_path / "明细.xlsx"
    old.write_bytes(b"old")

    def cancel_at_1500(done, total):
        if done >= 1500:
            raise Cancelled()

    with pytest.raises(Cancelled):
        write_detail_rows(old, DETAIL_COLUMNS, (detail_row(i) for i in range(5000)), cancel_at_1500, total=5000)
    assert old.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["scratch", "明细.xlsx"]
    assert list(scratch.iterdir()) == []

    new = tmp_path / "new.xlsx"
    with pytest.raises(Cancelled):
        write_detail_rows(new, DETAIL_COLUMNS, (detail_row(i) for i in range(5000)), cancel_at_1500)
    assert not new.exists() and list(scratch.iterdir()) == []


def test_a_failing_row_source_leaves_no_file(tmp_path, scratch):
    def rows():
        yield detail_row(1)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_detail_rows(tmp_path / "x.xlsx", DETAIL_COLUMNS, rows())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scratch"] and list(scratch.iterdir()) == []


@pytest.mark.parametrize("write", [
    lambda path: write_report_table(path, target_table(), generated_by="王经理"),
    lambda path: write_detail_rows(path, DETAIL_COLUMNS, [detail_row(1)]),
], ids=["report", "detail"])
def test_a_locked_or_unwritable_target_is_refused_and_the_old_file_kept(tmp_path, monkeypatch, write):
    folder = tmp_path / "报表.xlsx"
    folder.mkdir()  # a folder where the file should go
    with pytest.raises(TargetNotWritable) as refused:
        write(folder)
    assert refused.value.path == folder and [p.name for p in tmp_path.iterdir()] == ["报表.xlsx"]

    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"old")

    def open_in_excel(self, target):  # Windows refuses to replace a file another program holds open
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(Path, "replace", open_in_excel)
    with pytest.raises(TargetNotWritable) as refused:
        write(locked)
    assert refused.value.reason == "Permission denied" and str(locked) in str(refused.value)
    assert locked.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["locked.xlsx", "报表.xlsx"]


def test_a_folder_that_cannot_be_created_in_is_refused(tmp_path):
    with pytest.raises(TargetNotWritable):
        write_report_table(tmp_path / "missing" / "x.xlsx", target_table(), generated_by="王经理")


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_reads_a_streamed_detail_export(tmp_path):
    path = tmp_path / "detail.xlsx"
    write_detail_rows(path, DETAIL_COLUMNS, (detail_row(i) for i in range(300)))
    rows = _libreoffice_csv(path, tmp_path)
    assert rows[0] == [c.title for c in DETAIL_COLUMNS] and len(rows) == 301
    assert rows[2][:3] == ["SO-202603-0001", "2026-03-02", "客户1有限公司"]
    assert rows[2][3:] == ["1", "1", "5%", "1235.56"]
