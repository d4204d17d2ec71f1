# ruff: noqa: F811  (pytest fixtures imported from test_kpi / test_report_kpi are parameters here)
"""The PDF report: the performance report of test_report_kpi's world (eight salespeople, March 2026)
opens with pypdf, has a cover with the period, scope and who made it, the chart as an image, every
salesperson's figures as the table prints them and the totals, "第 N 页 / 共 M 页" on every page; a
table too wide for the page is split into parts that repeat the names; a locked or unwritable target
keeps the old file; a cancelled report writes nothing."""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from app.reports.excel_stream import TargetNotWritable
from app.reports.performance import performance_report
from app.reports.report_pdf import cell_text, write_report_pdf
from app.reports.report_pdf_layout import key_columns, plan_table
from app.reports.report_table import ReportColumn, ReportTable
from app.services import settings
from app.services.progress import Cancelled
from tests.unit.test_kpi import world  # noqa: F401
from tests.unit.test_report_kpi import more  # noqa: F401
from tests.unit.test_report_reports import targets  # noqa: F401

D = Decimal
APRIL_FIRST = dt.date(2026, 4, 1)
AT = dt.datetime(2026, 4, 1, 9, 30)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


@pytest.fixture
def report(targets):
    settings.update_settings(None, {"company_name": "上海示例科技有限公司"}, system=True)
    return performance_report(targets["manager"], 2026, 3, today=APRIL_FIRST)


def test_long_headings_break_where_a_reader_pauses(report, tmp_path):
    """The ranking's receivable and overdue are titled with their day (应收（截至2026-04-01）): the
    heading breaks after 截至, before the date (it broke inside it: 应收（截至202 / 6-04-01）)."""
    path = write_report_pdf(report, tmp_path / "业绩.pdf", generated_by="王经理", generated_at=AT)
    lines = [line.strip() for text in page_texts(path)[1:] for line in text.splitlines()]
    for title in ("应收", "逾期"):
        start = lines.index(f"{title}（截至")
        assert lines[start + 1] == "2026-04-01）", lines[start:start + 2]


def test_cell_text_formats_each_kind():
    money, percent = ReportColumn("m", "金额", "money"), ReportColumn("p", "比率", "percent")
    assert cell_text(money, D("1234567.5")) == "1,234,567.50" and cell_text(money, D("-95.00")) == "-95.00"
    assert cell_text(percent, D("114.00")) == "114.00%" and cell_text(percent, None) == "-"
    assert cell_text(ReportColumn("c", "数", "count"), 12345) == "12,345"
    assert cell_text(ReportColumn("n", "天", "number"), D("8.5")) == "8.50"
    assert cell_text(ReportColumn("d", "日期", "date"), dt.date(2026, 3, 1)) == "2026-03-01"
    assert cell_text(ReportColumn("t", "名称", "text"), None) == ""


def test_the_performance_report_prints_cover_chart_figures_totals_and_page_numbers(report, targets, tmp_path):
    assert len(report.rows) >= 8  # every active salesperson has a row
    path = write_report_pdf(report, tmp_path / "业绩.pdf", generated_by="王经理", generated_at=AT)
    reader = pypdf.PdfReader(path)
    texts = page_texts(path)
    assert len(texts) > 1
    cover = texts[0]
    for expected in ("上海示例科技有限公司", "业绩排行", "2026年3月", "全公司", "王经理", "2026-04-01 09:30",
                     f"共 {len(report.rows)} 行", "1,339.99"):
        assert expected in cover, expected
    lines = [line.strip() for text in texts[1:] for line in text.splitlines()]
    rows = [[cell_text(c, row[c.key]) for c in report.columns] for row in report.rows]
    for row in rows:  # each row's cells in order, as the table prints them
        start = lines.index(row[1]) - 1
        assert lines[start:start + len(row)] == row, row
    sales1 = rows[0]
    assert sales1[:2] == ["1", targets["sales1"].display_name] and sales1[3:] == [
        "1,139.99", "442.48", "3", "380.00", "1,000.00", "114.00%", "66.67%", "0.00%", "3", "8.50", "5,000.00",
        "428.99", "89.99", "123.45"]
    assert rows[1][8] == "-" and rows[1][12] == "-"  # no target, no won deal: no attainment, no cycle
    start = lines.index("合计")
    assert lines[start:start + 10] == ["合计", "1,339.99", "642.48", "4", "1,000.00", "4", "6,234.56", "428.99",
                                       "89.99", "129.00"]
    for number, page in enumerate(texts, start=1):
        assert f"第 {number} 页 / 共 {len(texts)} 页" in page
    assert not reader.pages[0].images and reader.pages[1].images  # the chart, on the page after the cover

    plain = write_report_pdf(report, tmp_path / "plain.pdf", generated_by="王经理", chart=False)
    assert not any(page.images for page in pypdf.PdfReader(plain).pages)


def wide_table(rows: int = 30) -> ReportTable:
    """17 columns like the performance report, amounts in the hundreds of millions."""
    columns = (ReportColumn("rank", "排名", "count"), ReportColumn("name", "销售员", "text"),
               ReportColumn("team", "团队", "text"),
               *(ReportColumn(f"m{i}", f"金额{i}", "money") for i in range(10)),
               *(ReportColumn(f"p{i}", f"比率{i}", "percent") for i in range(4)))
    data = tuple({"rank": r + 1, "name": f"销售{r + 1}", "team": "华东销售组",
                  **{f"m{i}": D(123456789) + D(r * 1000 + i) / 100 for i in range(10)},
                  **{f"p{i}": D("99.50") + i for i in range(4)}} for r in range(rows))
    return ReportTable("wide", "宽报表", "2026年", "全公司", columns, data, tuple(f"m{i}" for i in range(10)))


def test_a_table_too_wide_for_a_landscape_page_is_split_into_parts_that_repeat_the_names(database, tmp_path):
    table = wide_table()
    rows = [[cell_text(c, row.get(c.key)) for c in table.columns] for row in table.rows]
    plan = plan_table(table.columns, rows, "Helvetica")
    assert plan.landscape and len(plan.parts) == 2 and plan.keys == (0, 1, 2)
    shown = [i for indexes, _ in plan.parts for i in indexes if i not in plan.keys]
    assert sorted(shown) == list(range(3, 17))  # every figure column once
    assert all(indexes[:3] == (0, 1, 2) for indexes, _ in plan.parts)

    path = write_report_pdf(table, tmp_path / "wide.pdf", generated_by="王经理", chart=False)
    reader = pypdf.PdfReader(path)
    assert all(page.mediabox.width > page.mediabox.height for page in reader.pages)  # landscape
    body = "\n".join(page_texts(path)[1:])
    assert "明细（1/2）" in body and "明细（2/2）" in body
    assert body.count("销售30") == 2  # the names repeat in each part
    assert "123,456,789.00" in body and "123,457,079.09" in body and "102.50%" in body
    assert "3,703,708,022.70" in body  # m9's total: 30 × 123,456,789 + (0 + 10 + ... + 290) + 30 × 0.09


def test_a_narrow_table_is_portrait_and_names_are_the_key_columns(database, tmp_path):
    assert key_columns(wide_table().columns[1:]) == (0, 1)
    table = ReportTable("sales", "销售统计", "2026年", "全公司",
                        (ReportColumn("name", "月份", "text"), ReportColumn("revenue", "销售额", "money")),
                        ({"name": "2026-01", "revenue": D("1234.50")},), ("revenue",))
    path = write_report_pdf(table, tmp_path / "narrow.pdf", generated_by="王经理", chart=False)
    page = pypdf.PdfReader(path).pages[1]
    assert page.mediabox.height > page.mediabox.width and "1,234.50" in page.extract_text()


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """The system's temporary folder, here to check a report leaves nothing in it."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def out(tmp_path):
    """The folder the reports are written to (the test database is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_locked_or_unwritable_target_is_refused_and_the_old_file_kept(report, out, scratch, monkeypatch):
    folder = out / "报表.pdf"
    folder.mkdir()  # a folder where the file should go
    with pytest.raises(TargetNotWritable) as refused:
        write_report_pdf(report, folder, generated_by="王经理", chart=False)
    assert refused.value.path == folder and sorted(p.name for p in out.iterdir()) == ["报表.pdf"]
    with pytest.raises(TargetNotWritable):
        write_report_pdf(report, out / "missing" / "x.pdf", generated_by="王经理", chart=False)

    locked = out / "locked.pdf"
    locked.write_bytes(b"old")

    def open_in_a_viewer(self, target):  # Windows refuses to replace a file another program holds open
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(Path, "replace", open_in_a_viewer)
    with pytest.raises(TargetNotWritable) as refused:
        write_report_pdf(report, locked, generated_by="王经理", chart=False)
    assert refused.value.reason == "Permission denied" and locked.read_bytes() == b"old"
    assert sorted(p.name for p in out.iterdir()) == ["locked.pdf", "报表.pdf"]
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize("stop_at", [0, 600], ids=["at-once", "while-laying-out-pages"])
def test_cancelling_writes_nothing_and_keeps_the_old_file(report, out, scratch, stop_at):
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < stop_at

    old = out / "old.pdf"
    old.write_bytes(b"old")
    table = wide_table(200) if stop_at else report  # enough pages to stop in the middle of them
    with pytest.raises(Cancelled):
        write_report_pdf(table, old, generated_by="王经理", chart=False, progress=progress)
    assert old.read_bytes() == b"old" and sorted(p.name for p in out.iterdir()) == ["old.pdf"]
    with pytest.raises(Cancelled):
        write_report_pdf(table, out / "new.pdf", generated_by="王经理", chart=False, progress=progress)
    assert not (out / "new.pdf").exists() and list(scratch.iterdir()) == []
    if stop_at:
        assert any(500 < done < 1000 for done, _ in calls[:-1])  # it stopped while the pages were laid out


def test_progress_reaches_the_end_when_the_report_is_written(report, tmp_path):
    calls: list[tuple[int, int]] = []
    write_report_pdf(report, tmp_path / "r.pdf", generated_by="王经理", chart=False,
                     progress=lambda done, total: calls.append((done, total)) or True)
    assert calls[-1] == (1000, 1000) and [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert pypdf.PdfReader(tmp_path / "r.pdf").pages
