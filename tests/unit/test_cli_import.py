"""`salesdesk template customers` and `salesdesk import customers` in a separate process, as a user runs them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.models.base import db
from app.models.connection import close_database, open_database
from tests.unit.factories import make_user
from tests.unit.import_files import HEADERS_ZH, SEEDED_ERRORS, bad_file, good_file, write_xlsx
from tests.unit.test_cli import salesdesk


@pytest.fixture(scope="module")
def staffed_file(tmp_path_factory) -> Path:
    """A SQLite file with an administrator, a manager and two salespeople, and no customers."""
    path = tmp_path_factory.mktemp("cli_import") / "base.sqlite3"
    open_database(str(path))
    try:
        for name, role in (("admin", "admin"), ("manager", "manager"), ("sales1", "sales"), ("sales2", "sales")):
            make_user(name, role)
        db.execute_sql("UPDATE user SET display_name = '刘洋' WHERE username = 'sales2'")
    finally:
        close_database()
        db.initialize(None)
    return path


@pytest.fixture
def db_file(staffed_file, tmp_path) -> Path:
    copy = tmp_path / "salesdesk.sqlite3"
    shutil.copyfile(staffed_file, copy)
    return copy


def customer_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM customer").fetchone()[0]
    finally:
        con.close()


def test_a_file_with_bad_rows_exits_1_with_the_error_workbook_and_imports_nothing(db_file, tmp_path):
    source = bad_file(tmp_path / "客户.xlsx")
    result = salesdesk("--db", str(db_file), "import", "customers", str(source))
    assert result.returncode == 1, result.stderr
    errors = tmp_path / "客户.errors.xlsx"
    assert f"error workbook: {errors}" in result.stdout
    assert "7 of 9 rows have problems; nothing was imported." in result.stdout
    assert "row 3, 电话:" in result.stdout
    assert customer_count(db_file) == 0
    ws = load_workbook(errors).active
    listed = {(r[-1], HEADERS_ZH[i]) for r in ws.iter_rows(min_row=2, values_only=True)
              for i in range(len(HEADERS_ZH)) if f"{HEADERS_ZH[i]}:" in (r[-2] or "")}
    assert listed == SEEDED_ERRORS


def test_a_good_file_imports_and_exits_0(db_file, tmp_path):
    source = good_file(tmp_path / "good.xlsx")
    dry = salesdesk("--db", str(db_file), "import", "customers", str(source), "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "3 customers with 3 contacts would be imported" in dry.stdout
    assert customer_count(db_file) == 0
    result = salesdesk("--db", str(db_file), "import", "customers", str(source), "--user", "manager")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "imported 3 customers with 3 contacts from good.xlsx (KH000001..KH000003)" in result.stdout
    assert customer_count(db_file) == 3
    con = sqlite3.connect(db_file)
    who = con.execute("SELECT u.username FROM audit_log a JOIN user u ON u.id = a.user_id "
                      "WHERE a.action = 'import'").fetchall()
    con.close()
    assert who == [("manager",)]
    again = salesdesk("--db", str(db_file), "import", "customers", str(source), "--dry-run")
    assert again.returncode == 0 and "3 row(s) look like existing customers" in again.stdout


def test_an_unwritable_folder_puts_the_error_workbook_in_the_current_folder(tmp_path, monkeypatch):
    import app.commands_import as commands_import

    assert commands_import.error_workbook_path(tmp_path / "a.xlsx") == tmp_path / "a.errors.xlsx"
    monkeypatch.setattr(commands_import.os, "access", lambda path, mode: False)
    assert commands_import.error_workbook_path(tmp_path / "a.xlsx") == Path.cwd() / "a.errors.xlsx"


def test_a_salesperson_may_not_import_and_an_unknown_user_is_refused(db_file, tmp_path):
    source = good_file(tmp_path / "good.xlsx")
    denied = salesdesk("--db", str(db_file), "import", "customers", str(source), "--user", "sales1")
    assert denied.returncode == 1 and "may not do 'customers.import'" in denied.stderr
    unknown = salesdesk("--db", str(db_file), "import", "customers", str(source), "--user", "nobody")
    assert unknown.returncode == 1 and "no user 'nobody'" in unknown.stderr
    missing = salesdesk("--db", str(db_file), "import", "customers", str(tmp_path / "missing.xlsx"))
    assert missing.returncode == 1 and "File not found" in missing.stderr
    assert customer_count(db_file) == 0


def test_template_writes_a_file_the_importer_accepts(db_file, tmp_path):
    template = tmp_path / "模板.xlsx"
    result = salesdesk("template", "customers", str(template))
    assert result.returncode == 0 and template.exists(), result.stderr
    ws = load_workbook(template)["客户"]
    headers = [c.value for c in ws[1]]
    assert headers == HEADERS_ZH
    filled = write_xlsx(tmp_path / "filled.xlsx", headers, [["模板客户有限公司", *[""] * 8, "sales1"]])
    imported = salesdesk("--db", str(db_file), "import", "customers", str(filled))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    empty = salesdesk("--db", str(db_file), "import", "customers", str(template), "--dry-run")
    assert empty.returncode == 1 and "has no customer rows" in empty.stderr
