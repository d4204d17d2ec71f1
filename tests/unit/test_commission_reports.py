"""The month's commission workbook (summary + one sheet per salesperson, SUM formulas that recompute
to the stored figures), the statement PDF, and `salesdesk report commissions`."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal as D

import openpyxl
import pytest

from app.models.commission import CommissionStatement
from app.reports.commission_export import sheet_titles, write_commission_workbook
from app.reports.commission_pdf import write_commission_pdf
from app.services.commission_queries import month_details
from app.services.commission_rules import RuleInput, create_rule
from app.services.commission_statements import generate_month
from app.services.errors import PermissionDenied
from app.services.payments import PaymentInput, record_payment
from tests.unit.order_factories import confirmed, item, order_world
from tests.unit.test_cli import salesdesk
from tests.unit.test_quotation_pdf import flat, pdf_text

MARCH = dt.date(2026, 3, 10)


@pytest.fixture
def w(database):
    world = order_world()
    create_rule(world["manager"], RuleInput(name="回款提成", valid_from=dt.date(2026, 1, 1), rate="2.5"))
    first = confirmed(world, item(world, quantity="10"), on=MARCH)
    record_payment(world["sales1"], first.id, PaymentInput(MARCH, "565.00"))  # 500.00 → 12.50
    record_payment(world["sales1"], first.id, PaymentInput(dt.date(2026, 3, 12), "100.00"))  # 88.50 → 2.21
    other = confirmed(world, item(world, quantity="3"), actor="sales5", customer="c5", on=MARCH)
    record_payment(world["sales5"], other.id, PaymentInput(MARCH, "339.00"))  # 300.00 → 7.50
    generate_month(world["manager"], 2026, 3)
    return world


def evaluate(workbook, sheet, value):
    """The value of a cell as a spreadsheet computes it: numbers, =SUM(X2:Xn) and ='sheet'!Xn."""
    if not isinstance(value, str) or not value.startswith("="):
        return D(str(value)) if value is not None else D(0)
    found = re.fullmatch(r"=SUM\(([A-Z])(\d+):([A-Z])(\d+)\)", value)
    if found:
        column, first, _, last = found.groups()
        return sum((evaluate(workbook, sheet, sheet[f"{column}{row}"].value) for row in range(int(first),
                                                                                               int(last) + 1)), D(0))
    found = re.fullmatch(r"='((?:[^']|'')+)'!([A-Z]+\d+)", value)
    assert found, value
    other = workbook[found.group(1).replace("''", "'")]
    return evaluate(workbook, other, other[found.group(2)].value)


def test_workbook_formulas_recompute_to_the_stored_figures(w, tmp_path):
    details = month_details(w["manager"], 2026, 3)
    out = write_commission_workbook(tmp_path / "提成.xlsx", details)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "汇总" and len(book.sheetnames) == 1 + len(details) == 9
    summary = book["汇总"]
    stored = {s.salesperson_name: s for s in (d.summary for d in details)}
    for row in range(2, len(details) + 2):
        name = summary[f"A{row}"].value
        assert evaluate(book, summary, summary[f"D{row}"].value) == stored[name].basis_total
        assert evaluate(book, summary, summary[f"E{row}"].value) == stored[name].total
        assert summary[f"E{row}"].number_format == "#,##0.00"
    total_row = len(details) + 2
    assert summary[f"A{total_row}"].value == "合计"
    assert summary[f"E{total_row}"].value == f"=SUM(E2:E{total_row - 1})"
    assert evaluate(book, summary, summary[f"E{total_row}"].value) == D("22.21")
    assert evaluate(book, summary, summary[f"D{total_row}"].value) == D("888.50")
    sales1 = book[sheet_titles([d.summary.salesperson_name for d in details])[
        [d.summary.salesperson_id for d in details].index(w["sales1"].id)]]
    assert [sales1[f"E{r}"].value for r in (2, 3)] == [500, 88.5]
    assert [sales1[f"H{r}"].value for r in (2, 3)] == [12.5, 2.21]
    assert sales1["H4"].value == "=SUM(H2:H3)" and sales1["H2"].number_format == "#,##0.00"


def test_sheet_titles_are_unique_and_legal():
    assert sheet_titles(["张伟", "张伟", "a/b:c", "x" * 40, "汇总"]) == [
        "张伟", "张伟~2", "a_b_c", "x" * 28, "汇总~2"]


def test_statement_pdf(w, tmp_path):
    statement = CommissionStatement.get(CommissionStatement.salesperson == w["sales1"].id)
    out = write_commission_pdf(w["sales1"], statement.id, tmp_path / "s.pdf")
    pages, texts = pdf_text(out)
    text = flat("".join(texts))
    assert pages == 1
    for expected in ("提成结算单", "2026-03", "SO-202603-0001", "500.00", "88.50", "12.50", "2.21", "14.71", "草稿"):
        assert expected in text, expected
    with pytest.raises(PermissionDenied):
        write_commission_pdf(w["sales5"], statement.id, tmp_path / "t.pdf")


def test_cli_report_json_and_workbook(w, db_target, tmp_path):
    result = salesdesk("--db", db_target, "report", "commissions", "--year", "2026", "--month", "3", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    sales1 = next(s for s in data["statements"] if s["salesperson_id"] == w["sales1"].id)
    assert (sales1["basis_total"], sales1["total"], sales1["state"]) == ("588.50", "14.71", "draft")
    assert [(r["basis"], r["rate"], r["commission"]) for r in sales1["rows"]] == [
        ("500.00", "2.50", "12.50"), ("88.50", "2.50", "2.21")]
    out = tmp_path / "m.xlsx"
    result = salesdesk("--db", db_target, "report", "commissions", "--year", "2026", "--month", "3",
                       "--out", str(out), "--user", "sales1")
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(out).sheetnames == ["汇总", "张伟"]
    result = salesdesk("--db", db_target, "report", "commissions", "--year", "2026", "--month", "3",
                       "--generate", "--user", "sales1")
    assert result.returncode == 1 and "may not" in result.stderr
