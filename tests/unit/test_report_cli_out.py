# ruff: noqa: F811  (pytest fixtures imported from test_kpi / test_report_kpi are parameters here)
"""`salesdesk report NAME --out FILE.xlsx | FILE.pdf` on test_report_kpi's world: the workbook read
back with openpyxl holds the same figures as --json (money, percentages as fractions, counts, the
average cycle as a number), SUM formulas in the totals row and each column's number format; the PDF's
text holds the figures; another suffix, or --json with --out, is bad usage (exit 2, nothing written);
a file that cannot be replaced exits 1 with a sentence and keeps the old file."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdf
import pytest

from app.commands_report import _write_table
from app.reports.catalog import build_report
from app.reports.report_pdf import cell_text
from tests.unit.test_cli import salesdesk
from tests.unit.test_kpi import world  # noqa: F401
from tests.unit.test_report_kpi import more  # noqa: F401
from tests.unit.test_report_reports import targets  # noqa: F401

D = Decimal
MARCH = ("--year", "2026", "--month", "3")
HEADER_ROW = 7  # 1-based: title, 期间, 范围, 生成人, 生成时间, a blank row, then the header


def report(db_target: str, *args: str):
    return salesdesk("--db", db_target, "report", *args)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_out_xlsx_holds_the_json_figures_sum_formulas_and_number_formats(targets, db_target, out):
    listed = report(db_target, "performance", *MARCH, "--json")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    path = out / "业绩.xlsx"
    written = report(db_target, "performance", *MARCH, "--out", str(path))
    assert written.returncode == 0, written.stderr
    assert str(path) in written.stdout and f"({len(data['rows'])} rows)" in written.stdout

    sheet = openpyxl.load_workbook(path).active
    columns = data["columns"]
    assert [sheet.cell(HEADER_ROW, i + 1).value for i in range(len(columns))] == [c["title"] for c in columns]
    assert sheet.cell(2, 2).value == "2026年3月" and sheet.cell(3, 2).value == "全公司"
    for number, row in enumerate(data["rows"]):
        for col, column in enumerate(columns, start=1):
            cell, expected = sheet.cell(HEADER_ROW + 1 + number, col), row[column["key"]]
            kind = column["kind"]
            if expected is None:
                assert cell.value is None, (column["key"], cell.value)
            elif kind == "percent":
                assert D(str(cell.value)) * 100 == D(expected), column["key"]
                assert cell.number_format == "0.00%"
            elif kind in ("money", "number"):
                assert D(str(cell.value)).quantize(D("0.01")) == D(expected), column["key"]
                assert cell.number_format == "#,##0.00"
            elif kind == "count":
                assert cell.value == expected and cell.number_format == "#,##0"
            else:
                assert cell.value == expected
    totals_row = HEADER_ROW + 1 + len(data["rows"])
    first, last = HEADER_ROW + 1, totals_row - 1
    revenue = next(i for i, c in enumerate(columns, start=1) if c["key"] == "revenue")
    letter = openpyxl.utils.get_column_letter(revenue)
    assert sheet.cell(totals_row, 1).value == "合计"
    assert sheet.cell(totals_row, revenue).value == f"=SUM({letter}{first}:{letter}{last})"
    cached = openpyxl.load_workbook(path, data_only=True).active
    for col, column in enumerate(columns, start=1):
        if column["key"] in data["totals"]:
            assert str(sheet.cell(totals_row, col).value).startswith("=SUM(")
            assert D(str(cached.cell(totals_row, col).value)).quantize(D("0.01")) == D(data["totals"][column["key"]])
    assert data["totals"]["revenue"] == "1339.99" and data["totals"]["commission"] == "129.00"


def test_out_pdf_holds_the_figures(targets, db_target, out):
    path = out / "业绩.pdf"
    written = report(db_target, "performance", *MARCH, "--out", str(path))
    assert written.returncode == 0, written.stderr
    assert f"to {path}" in written.stdout
    texts = [page.extract_text() for page in pypdf.PdfReader(path).pages]
    assert len(texts) > 1 and "2026年3月" in texts[0] and "全公司" in texts[0]
    lines = [line.strip() for text in texts[1:] for line in text.splitlines()]
    table = build_report(targets["manager"], "performance", 2026, 3)
    for row in table.rows:
        start = lines.index(row["name"]) - 1
        cells = [cell_text(c, row[c.key]) for c in table.columns]
        assert lines[start:start + len(cells)] == cells
    assert "1,139.99" in lines and "114.00%" in lines and "1,339.99" in lines


def test_an_other_suffix_or_json_with_out_is_bad_usage(more, db_target, out):
    refused = report(db_target, "sales", "--year", "2026", "--out", str(out / "sales.csv"))
    assert refused.returncode == 2 and ".xlsx" in refused.stderr and ".pdf" in refused.stderr
    both = report(db_target, "sales", "--year", "2026", "--json", "--out", str(out / "sales.pdf"))
    assert both.returncode == 2
    assert list(out.iterdir()) == []


def test_an_unknown_user_is_named_for_a_report_and_for_the_statements(more, db_target):
    for kind, month in (("sales", []), ("commissions", ["--month", "3"])):
        refused = report(db_target, kind, "--year", "2026", *month, "--user", "nobody")
        assert refused.returncode == 1 and "there is no active user 'nobody'" in refused.stderr


def test_a_file_that_cannot_be_written_exits_1_and_keeps_the_old_file(more, db_target, out, monkeypatch, capsys):
    folder = out / "sales.pdf"
    folder.mkdir()
    refused = report(db_target, "sales", "--year", "2026", "--out", str(folder))
    assert refused.returncode == 1 and f"cannot write {folder}" in refused.stderr and folder.is_dir()

    locked = out / "locked"
    locked.mkdir()
    for name in ("sales.xlsx", "sales.pdf"):
        (locked / name).write_bytes(b"old")

    def open_in_excel(self, target):  # Windows refuses to replace a file another program holds open
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(Path, "replace", open_in_excel)
    table = build_report(more["manager"], "sales", 2026)
    for name in ("sales.xlsx", "sales.pdf"):
        assert _write_table(table, locked / name, more["manager"]) == 1
        message = capsys.readouterr().err
        assert f"cannot write {locked / name} (Permission denied)" in message
        assert "left as it was" in message and "close it there" in message
    assert sorted(p.name for p in locked.iterdir()) == ["sales.pdf", "sales.xlsx"]
    assert all(p.read_bytes() == b"old" for p in locked.iterdir())


def test_commissions_out_xlsx_still_writes_the_statements_workbook_and_pdf_the_report(more, db_target, out):
    statements = out / "提成.xlsx"
    written = report(db_target, "commissions", *MARCH, "--out", str(statements))
    assert written.returncode == 0, written.stderr
    assert "statements of 2026-03" in written.stdout
    book = openpyxl.load_workbook(statements)
    assert len(book.sheetnames) > 1  # the summary and a sheet per salesperson
    pdf = out / "提成.pdf"
    written = report(db_target, "commissions", *MARCH, "--out", str(pdf))
    assert written.returncode == 0, written.stderr
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "123.45" in text and "5.55" in text and "129.00" in text


def test_commissions_of_a_year_is_the_report_in_every_output(more, db_target, out):
    """No --month: there are no statements of a year, so --json and --out FILE.xlsx give the
    commissions report (it was refused: '--out needs --month'), with the same figures as its PDF."""
    listed = report(db_target, "commissions", "--year", "2026", "--json")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert data["report"] == "commissions" and data["period"] == "2026年"
    path = out / "提成2026.xlsx"
    written = report(db_target, "commissions", "--year", "2026", "--out", str(path))
    assert written.returncode == 0, written.stderr
    sheet = openpyxl.load_workbook(path, data_only=True).active
    keys = [c["key"] for c in data["columns"]]
    total_col = keys.index("commission") + 1
    figures = [D(str(sheet.cell(HEADER_ROW + 1 + i, total_col).value)).quantize(D("0.01"))
               for i in range(len(data["rows"]))]
    assert figures == [D(row["commission"]) for row in data["rows"]]
    assert D(str(sheet.cell(HEADER_ROW + 1 + len(figures), total_col).value)).quantize(D("0.01")) == \
        D(data["totals"]["commission"]) == sum(figures) > 0
