"""Importing customers from Excel: a good file, seeded errors, English headers, duplicates,
permissions and all-or-nothing; on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.models.audit import AuditLog
from app.models.customer import Contact, Customer
from app.models.user import User
from app.services import customer_import
from app.services.customer_import_reader import ImportFileError, preview
from app.services.customer_queries import CustomerFilter, count_customers, customer_page
from app.services.customers import ContactInput, CustomerInput, insert_customer
from app.services.errors import PermissionDenied
from app.services.progress import Cancelled
from tests.unit.factories import make_user
from tests.unit.import_files import GOOD_ROWS, HEADERS_ZH, SEEDED_ERRORS, bad_file, good_file, row, write_xlsx


@pytest.fixture
def staff(database) -> dict[str, User]:
    users = {name: make_user(name, role) for name, role in (
        ("admin", "admin"), ("manager", "manager"), ("sales1", "sales"), ("sales2", "sales"), ("desk1", "frontdesk"),
        ("gone", "sales"))}
    User.update(display_name="刘洋").where(User.username == "sales2").execute()
    User.update(active=False).where(User.username == "gone").execute()
    return {name: User.get_by_id(user.id) for name, user in users.items()}


def test_good_file_imports_every_row_with_contacts_owners_and_codes(staff, tmp_path):
    path = good_file(tmp_path / "good.xlsx")
    report = customer_import.dry_run(staff["admin"], path)
    assert report.ok and report.rows_total == 4 and report.good_rows == 4
    assert (report.customers, report.contacts) == (3, 3)
    assert Customer.select().count() == 0  # a dry run writes nothing

    result = customer_import.commit(staff["manager"], path)
    assert (result.customers, result.contacts) == (3, 3)
    assert (result.first_code, result.last_code) == ("KH000001", "KH000003")
    machine = Customer.get(Customer.name == "上海张江精密机械有限公司")
    assert machine.code == "KH000001" and machine.owner_id == staff["sales1"].id
    assert (machine.source, machine.interest, machine.scale, machine.region) == ("exhibition", "high", "medium", "上海")
    assert machine.tag_list == ["重点", "华东"] and machine.is_lead
    assert machine.owner_since == machine.last_touch_at == machine.created_at  # the pool's clocks start now
    assert machine.returned_to_pool_at is None
    contacts = list(Contact.select().where(Contact.customer == machine.id).order_by(Contact.id))
    assert [(c.name, c.is_primary) for c in contacts] == [("张三丰", True), ("王五", False)]
    assert contacts[0].mobile_digits == "13800138000" and contacts[1].email_key == "wangwu@example.com"
    software = Customer.get(Customer.name == "杭州云栖软件有限公司")
    assert software.owner_id == staff["sales2"].id and software.interest == "low"  # owner by display name
    assert Contact.get(Contact.customer == software.id).mobile == "13900139000"  # a number cell, read as text
    person = Customer.get(Customer.name == "王小明")
    assert person.owner_id is None and person.kind == "person" and person.source == "referral"
    assert person.interest == "medium" and person.notes == "老客户介绍"

    audit = AuditLog.get((AuditLog.action == "import") & (AuditLog.entity == "customer"))
    assert audit.user_id == staff["manager"].id and '"good.xlsx"' in audit.changes and "KH000003" in audit.changes


def test_codes_drawn_in_blocks_continue_the_forms_numbering(staff, tmp_path):
    from app.models.base import db
    from app.services.customers import customer_codes, next_customer_code

    insert_customer(None, CustomerInput(name="表单客户一"), None)
    customer_import.commit(staff["admin"], good_file(tmp_path / "good.xlsx"))
    assert [c.code for c in Customer.select().order_by(Customer.id)] == [f"KH00000{i}" for i in range(1, 5)]
    with db.atomic():
        assert next_customer_code() == "KH000005"
        assert customer_codes(2) == ["KH000006", "KH000007"]
    with pytest.raises(RuntimeError):
        customer_codes(1)


def test_imported_leads_without_owner_go_through_the_assignment_rules(staff, tmp_path):
    from app.services.assignment_rules import RuleInput, create_rule

    create_rule(staff["manager"], RuleInput("round_robin", "", [staff["sales2"].id]))
    customer_import.commit(staff["admin"], good_file(tmp_path / "good.xlsx"))
    owners = {c.name: c.owner_id for c in Customer.select()}
    assert None not in owners.values()
    assert staff["sales2"].id in owners.values()


@pytest.mark.parametrize("query, name", [("zsf", "上海张江精密机械有限公司"), ("云栖", "杭州云栖软件有限公司"),
                                         ("8886", "上海张江精密机械有限公司"), ("王五", "上海张江精密机械有限公司")])
def test_imported_customers_are_searchable(staff, tmp_path, query, name):
    customer_import.commit(staff["admin"], good_file(tmp_path / "good.xlsx"))
    rows = customer_page(staff["manager"], CustomerFilter(search=query), 0, 10)
    assert [r.name for r in rows] == [name]
    assert count_customers(staff["sales1"], CustomerFilter(search="zsf")) == 1  # it is sales1's now


def test_seeded_errors_are_reported_exactly_and_nothing_is_written(staff, tmp_path):
    path = bad_file(tmp_path / "bad.xlsx")
    report = customer_import.dry_run(staff["admin"], path)
    assert {(e.row, e.column) for e in report.errors} == SEEDED_ERRORS
    assert report.bad_rows == [3, 4, 5, 6, 7, 8, 9] and report.rows_total == 9 and report.good_rows == 2
    messages = {(e.row, e.column): e.message for e in report.errors}
    assert messages[(5, "名称")] == "A name is required."
    assert messages[(6, "归属销售")] == "No user with this user name or name."
    assert messages[(8, "行业")] == "At most 40 characters." and messages[(9, "职务")] == "At most 60 characters."

    with pytest.raises(customer_import.ImportRefused) as refused:
        customer_import.commit(staff["admin"], path)
    assert {(e.row, e.column) for e in refused.value.report.errors} == SEEDED_ERRORS
    assert Customer.select().count() == 0 and Contact.select().count() == 0
    assert not AuditLog.select().where(AuditLog.action == "import").exists()


def test_error_workbook_lists_the_bad_rows_with_red_cells_and_can_be_reimported(staff, tmp_path):
    from openpyxl import load_workbook

    from app.reports.customer_import_files import write_error_workbook

    source = bad_file(tmp_path / "bad.xlsx")
    report = customer_import.dry_run(staff["admin"], source)
    out = write_error_workbook(report, source, tmp_path / "bad.errors.xlsx")
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header == [*HEADERS_ZH, "错误", "原行号"]
    rows = list(ws.iter_rows(min_row=2))
    assert [r[-1].value for r in rows] == [3, 4, 5, 6, 7, 8, 9]
    phone_row = rows[0]
    assert phone_row[0].value == "坏电话公司" and phone_row[HEADERS_ZH.index("电话")].value == "12345"
    assert phone_row[HEADERS_ZH.index("电话")].fill.fgColor.rgb.endswith("FFC7CE")
    assert not phone_row[0].fill.fill_type
    assert phone_row[-2].value.startswith("电话: Use a mobile")
    assert ws.freeze_panes == "A2"

    # Fix the rows in the error workbook and import it as it is: 错误 and 原行号 are ignored.
    ws_fixed = load_workbook(out)
    sheet = ws_fixed.active
    fixes = {"电话": "021-12345678", "邮箱": "ok@example.com", "名称": "补名公司", "归属销售": "sales1",
             "意向": "一般", "行业": "制造业", "职务": "经理"}
    for line in sheet.iter_rows(min_row=2):
        for column, value in fixes.items():
            cell = line[HEADERS_ZH.index(column)]
            if cell.fill.fill_type:
                cell.value = value
    sheet.parent.save(tmp_path / "fixed.xlsx")
    fixed = customer_import.dry_run(staff["admin"], tmp_path / "fixed.xlsx")
    assert fixed.ok and fixed.unrecognised == [] and fixed.customers == 7


def test_english_headers_and_a_title_line_above_them(staff, tmp_path):
    headers = ["Name", "Kind", "Industry", "Scale", "Province", "City", "Address", "Source", "Tags", "Owner",
               "Interest", "Notes", "Contact Name", "Title", "Phone", "Mobile", "E-mail", "WeChat", "Remark column"]
    path = write_xlsx(tmp_path / "en.xlsx", headers, [[*r, "x"] for r in GOOD_ROWS], title_rows=[["客户清单 2026"]])
    shown = preview(path, limit=2)
    assert shown.header_row == 2 and len(shown.rows) == 2 and shown.unrecognised == ["Remark column"]
    assert [c.key for c in shown.columns][:3] == ["name", "kind", "industry"]
    result = customer_import.commit(staff["admin"], path)
    assert result.customers == 3 and result.report.unrecognised == ["Remark column"]
    assert Customer.get(Customer.name == "王小明").kind == "person"


def test_duplicates_against_the_database_and_within_the_file_are_flagged_not_refused(staff, tmp_path):
    insert_customer(staff["manager"], CustomerInput(
        name="上海张江精密机械有限公司", contacts=[ContactInput(name="老张", mobile="+86 139 0013 9000")]),
        staff["sales1"].id)
    path = write_xlsx(tmp_path / "dups.xlsx", HEADERS_ZH, [
        row(name="上海张江精密机械公司", contact_name="甲"),  # row 2: same name once 有限公司/公司 are taken away
        row(name="新星贸易", contact_name="乙", mobile="13900139000"),  # row 3: the stored contact's mobile
        row(name="另一家", contact_name="丙", email="Same@Example.com"),  # row 4
        row(name="又一家", contact_name="丁", email="same@example.com"),  # row 5: row 4's e-mail
        row(name="新星贸易 有限公司", contact_name="戊"),  # row 6: row 3's name, and so not a new contact of row 3
    ])
    report = customer_import.dry_run(staff["admin"], path)
    assert report.ok and report.customers == 5
    found = {(d.row, d.reason, d.code, d.other_row) for d in report.duplicates}
    assert found == {(2, "name", "KH000001", None), (3, "phone", "KH000001", None), (5, "email", "", 4),
                     (6, "name", "", 3)}
    stored = next(d for d in report.duplicates if d.row == 2)
    assert stored.name == "上海张江精密机械有限公司" and stored.owner == "Sales1"
    assert customer_import.commit(staff["admin"], path).customers == 5


def test_a_repeated_name_adds_a_contact_but_may_not_change_the_customer(staff, tmp_path):
    path = write_xlsx(tmp_path / "repeat.xlsx", HEADERS_ZH, [
        row(name="甲公司", industry="化工", contact_name="甲"),
        row(name="甲公司", industry="化工", contact_name="乙"),  # same customer values: fine
        row(name="甲公司", industry="食品", contact_name="丙"),  # row 4: another industry
        row(name="甲公司"),  # row 5: no contact to add
    ])
    report = customer_import.dry_run(staff["admin"], path)
    assert {(e.row, e.column) for e in report.errors} == {(4, "行业"), (5, "联系人")}
    assert "row 2" in report.errors[0].message


def test_owners_must_be_active_sales_staff(staff, tmp_path):
    path = write_xlsx(tmp_path / "owners.xlsx", HEADERS_ZH, [
        row(name="甲", owner="gone"), row(name="乙", owner="desk1"), row(name="丙", owner="MANAGER"),
        row(name="丁", owner="Sales1")])
    report = customer_import.dry_run(staff["admin"], path)
    assert {(e.row, e.message) for e in report.errors} == {
        (2, "This user is deactivated."),
        (3, "This user cannot own customers (only sales staff, supervisors and managers).")}


def test_salespeople_and_front_desk_may_not_import(staff, tmp_path):
    path = good_file(tmp_path / "good.xlsx")
    for name in ("sales1", "desk1"):
        with pytest.raises(PermissionDenied):
            customer_import.dry_run(staff[name], path)
        with pytest.raises(PermissionDenied):
            customer_import.commit(staff[name], path)
    assert Customer.select().count() == 0


def test_cancelling_while_writing_rolls_everything_back(staff, tmp_path, monkeypatch):
    monkeypatch.setattr(customer_import, "BATCH", 1)
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done > 900:  # in the writing stage, after the first customer was inserted
            raise Cancelled()

    with pytest.raises(Cancelled):
        customer_import.commit(staff["admin"], good_file(tmp_path / "good.xlsx"), progress)
    assert Customer.select().count() == 0 and Contact.select().count() == 0
    assert calls == sorted(calls) and calls[-1] <= 1000


def test_files_that_are_not_customer_lists_are_refused(staff, tmp_path):
    (tmp_path / "notes.xlsx").write_text("not a workbook")
    with pytest.raises(ImportFileError, match="not an Excel"):
        customer_import.dry_run(staff["admin"], tmp_path / "notes.xlsx")
    no_name = write_xlsx(tmp_path / "no_name.xlsx", ["公司", "电话"], [["x", "y"]])
    with pytest.raises(ImportFileError, match="名称"):
        customer_import.dry_run(staff["admin"], no_name)
    with pytest.raises(ImportFileError, match="not found"):
        customer_import.dry_run(staff["admin"], tmp_path / "missing.xlsx")


def test_template_headers_are_accepted(staff, tmp_path):
    from app.reports.customer_import_files import write_template

    template = write_template(tmp_path / "template.xlsx")
    shown = preview(template)
    assert shown.unrecognised == [] and shown.rows == []
    assert [c.header for c in shown.columns] == HEADERS_ZH
    assert customer_import.dry_run(staff["admin"], template).rows_total == 0


def test_importing_the_import_services_does_not_load_openpyxl():
    code = ("import sys, app.services.customer_import, app.reports.customer_import_files, "
            "app.reports.customer_export, app.commands_import\nprint('openpyxl' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_contact_added_by_a_later_row_is_primary_when_the_customer_had_none(staff, tmp_path):
    path = write_xlsx(tmp_path / "later.xlsx", HEADERS_ZH, [
        row(name="乙公司", industry="化工"), row(name="乙公司", contact_name="甲"),
        row(name="乙公司", contact_name="乙")])
    customer_import.commit(staff["admin"], path)
    assert [(c.name, c.is_primary) for c in Contact.select().order_by(Contact.id)] == [("甲", True), ("乙", False)]
