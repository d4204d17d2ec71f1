"""Exporting the customer list: the formatted workbook, the rows of the filter within the user's
scope, text that looks like a formula kept as text, cancelling; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.models.customer import Customer
from app.models.user import Team, User
from app.reports import customer_export
from app.reports.customer_export import HEADERS, export_customers
from app.services.customer_queries import CustomerFilter, customer_page
from app.services.customers import ContactInput, CustomerInput, insert_customer
from app.services.errors import PermissionDenied
from app.services.progress import Cancelled
from tests.unit.factories import make_user

RISKY_NAMES = ["=1+1", "+86 138 0013 8000", "-x", "@x", "=HYPERLINK(\"http://evil\",\"click\")"]


@pytest.fixture
def staff(database) -> dict[str, User]:
    team = Team.create(name="华东")
    return {
        "manager": make_user("manager", "manager"),
        "sales1": make_user("sales1", "sales", team=team),
        "sales2": make_user("sales2", "sales", team=team),
        "desk1": make_user("desk1", "frontdesk"),
    }


@pytest.fixture
def customers(staff) -> list[Customer]:
    made = []
    for i, name in enumerate(["上海精密机械有限公司", "杭州云栖软件有限公司", *RISKY_NAMES]):
        owner = staff["sales1"] if i % 2 == 0 else staff["sales2"]
        made.append(insert_customer(staff["manager"], CustomerInput(
            name=name, industry="制造业" if i < 4 else "软件", region="上海", source="exhibition", interest="high",
            contacts=[ContactInput(name=f"联系人{i}", mobile=f"1380013800{i}")]), owner.id))
    return made


def read(path) -> tuple[object, list[list[object]]]:
    ws = load_workbook(path).active
    return ws, [[c.value for c in r] for r in ws.iter_rows(min_row=2)]


def test_export_has_a_formatted_frozen_filtered_header_and_the_listed_rows(staff, customers, tmp_path):
    path = tmp_path / "客户.xlsx"
    written = export_customers(staff["manager"], CustomerFilter(), path)
    ws, rows = read(path)
    assert written == len(customers) == len(rows)
    header = list(ws[1])
    assert [c.value for c in header] == HEADERS
    assert all(c.font.b for c in header) and header[0].fill.fgColor.rgb.endswith("DDEBF7")
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:L{len(rows) + 1}"
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width  # fitted: names are wider than codes
    listed = customer_page(staff["manager"], CustomerFilter(), 0, 100)
    assert [r[0] for r in rows] == [c.code for c in listed]
    first = rows[0]
    assert first[1:4] == ["上海精密机械有限公司", "Sales1", "制造业"]
    assert first[6:10] == ["很大", "展会", "联系人0", "13800138000"]
    assert first[10] is None and first[11] == listed[0].created_at  # a real date-time cell


def test_text_that_looks_like_a_formula_comes_back_as_text(staff, customers, tmp_path):
    path = tmp_path / "risky.xlsx"
    export_customers(staff["manager"], CustomerFilter(), path)
    ws = load_workbook(path).active
    cells = {row[1].value: row[1] for row in ws.iter_rows(min_row=2)}
    for name in RISKY_NAMES:
        assert cells[name].data_type == "s" and cells[name].value == name
        assert cells[name].quotePrefix
    assert not cells["上海精密机械有限公司"].quotePrefix
    assert load_workbook(path, data_only=True).active["B4"].value in RISKY_NAMES  # no formula to compute


def test_export_follows_the_filter_and_the_users_scope(staff, customers, tmp_path):
    export_customers(staff["manager"], CustomerFilter(industry="软件"), tmp_path / "a.xlsx")
    assert {r[1] for r in read(tmp_path / "a.xlsx")[1]} == set(RISKY_NAMES[2:])
    export_customers(staff["sales1"], CustomerFilter(), tmp_path / "b.xlsx")
    mine = [c.code for c in customers if c.owner_id == staff["sales1"].id]
    assert [r[0] for r in read(tmp_path / "b.xlsx")[1]] == mine
    export_customers(staff["sales2"], CustomerFilter(search="云栖"), tmp_path / "c.xlsx")
    assert [r[1] for r in read(tmp_path / "c.xlsx")[1]] == ["杭州云栖软件有限公司"]
    with pytest.raises(PermissionDenied):
        export_customers(staff["desk1"], CustomerFilter(), tmp_path / "d.xlsx")


def test_export_reads_page_by_page_in_the_lists_order_and_reports_progress(staff, customers, tmp_path, monkeypatch):
    monkeypatch.setattr(customer_export, "PAGE", 2)
    seen = []
    export_customers(staff["manager"], CustomerFilter(), tmp_path / "p.xlsx", lambda d, t: seen.append((d, t)),
                     sort="name", descending=True)
    total = len(customers)
    assert seen == [(0, total), (2, total), (4, total), (6, total), (7, total)]
    names = [r[1] for r in read(tmp_path / "p.xlsx")[1]]
    assert names == [r.name for r in customer_page(staff["manager"], CustomerFilter(), 0, 100, "name", True)]


def test_cancelling_leaves_an_existing_file_untouched(staff, customers, tmp_path, monkeypatch):
    monkeypatch.setattr(customer_export, "PAGE", 2)
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"the previous export")

    def cancel_after_first_page(done: int, total: int) -> None:
        if done >= 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        export_customers(staff["manager"], CustomerFilter(), path, cancel_after_first_page)
    assert path.read_bytes() == b"the previous export"
    assert list(tmp_path.glob("*.xlsx*")) == [path]


def test_an_empty_list_exports_just_the_header(staff, tmp_path):
    assert export_customers(staff["manager"], CustomerFilter(), tmp_path / "empty.xlsx") == 0
    ws, rows = read(tmp_path / "empty.xlsx")
    assert rows == [] and [c.value for c in ws[1]] == HEADERS and ws.auto_filter.ref == "A1:L1"
