"""The data import screen (数据导入): administrators (who have no customer list) and managers reach
the Excel imports there; each kind of import saves its template and opens its import dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.services.customer_import_columns import COLUMNS
from app.services.customer_import_reader import preview
from app.views.dialogs.customer_import_dialog import CustomerImportDialog
from app.views.screens import imports
from app.views.screens.imports import IMPORTS, ImportsScreen


def open_imports(login_as, username: str = "admin") -> ImportsScreen:
    window = login_as(username)
    assert "Data import" in window.screen_titles()
    screen = window.open_screen("imports")
    assert isinstance(screen, ImportsScreen)
    return screen


def test_administrators_and_managers_have_the_screen_and_sales_staff_do_not(login_as):
    titles = login_as("admin").screen_titles()
    assert titles[:2] == ["Products", "Users"] and titles.index("Data import") > titles.index("Settings")
    assert "Data import" in login_as("manager").screen_titles()
    for username in ("sales1", "sup1", "desk1"):
        assert "Data import" not in login_as(username).screen_titles()


def test_one_card_per_kind_of_import(login_as):
    screen = open_imports(login_as)
    assert [kind.key for kind in IMPORTS] == ["customers", "products", "orders", "payments"]
    card = screen.cards["customers"]
    assert card.title_label.text() == "Customers and contacts"
    assert "public pool" in card.description_label.text()
    assert card.template_button.text() == "Save template…" and card.import_button.text() == "Import…"


def test_save_template_writes_a_file_the_importer_reads(qtbot, login_as, tmp_path, monkeypatch):
    screen = open_imports(login_as)
    asked = []

    def get_save_file_name(parent, title, default, filters):
        asked.append((title, default, filters))
        return str(tmp_path / "模板"), filters  # no suffix typed: .xlsx is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    qtbot.mouseClick(screen.cards["customers"].template_button, Qt.MouseButton.LeftButton)
    title, default, _filters = asked[0]
    assert title == "Save the import template" and default.endswith("客户导入模板.xlsx")
    out = tmp_path / "模板.xlsx"
    assert screen.note_label.text() == "Template saved to 模板.xlsx"

    from openpyxl import load_workbook

    headers = [cell.value for cell in next(load_workbook(out, read_only=True).active.iter_rows(max_row=1))]
    assert headers == [column.zh for column in COLUMNS]
    sheet = preview(out)
    assert {c.key for c in sheet.columns} == {column.key for column in COLUMNS}
    assert sheet.unrecognised == [] and sheet.rows == []


def test_cancelling_the_file_question_writes_nothing(qtbot, login_as, tmp_path, monkeypatch):
    screen = open_imports(login_as)
    monkeypatch.setattr(imports, "ask_template_path", lambda parent, default: None)
    qtbot.mouseClick(screen.cards["customers"].template_button, Qt.MouseButton.LeftButton)
    assert screen.note_label.text() == "" and not list(tmp_path.glob("*.xlsx"))


def test_import_opens_the_import_dialog(qtbot, login_as):
    screen = open_imports(login_as)
    qtbot.mouseClick(screen.cards["customers"].import_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert isinstance(dialog, CustomerImportDialog) and dialog.actor.username == "admin"
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(screen.cards["customers"].import_button, Qt.MouseButton.LeftButton)
    assert screen.current_dialog is dialog  # one at a time
    dialog.close_dialog()
    assert screen.current_dialog is None


def test_products_card_imports_a_product_file(qtbot, login_as, tmp_path, monkeypatch):
    from app.models.product import Product
    from app.views.dialogs import product_import_dialog
    from app.views.dialogs.product_import_dialog import ProductImportDialog
    from tests.unit.import_files import write_xlsx
    from tests.unit.test_product_import import BAD, GOOD, HEADERS, SEEDED

    screen = open_imports(login_as)
    assert screen.cards["products"].title_label.text() == "Products"
    qtbot.mouseClick(screen.cards["products"].import_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert isinstance(dialog, ProductImportDialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.open_file(write_xlsx(tmp_path / "bad.xlsx", HEADERS, BAD))
    with qtbot.waitSignal(dialog.check_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert {(e.row, e.column) for e in blocker.args[0].errors} == SEEDED
    assert not dialog.import_button.isEnabled()
    before = Product.select().count()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.open_file(write_xlsx(tmp_path / "good.xlsx", HEADERS, GOOD))
    with qtbot.waitSignal(dialog.check_finished, timeout=20_000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    monkeypatch.setattr(product_import_dialog, "confirm", lambda parent, title, question: True)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].products == 4 and Product.select().count() == before + 4
    assert "Imported 4 products" in dialog.summary_label.text()
    dialog.close_dialog()
    assert screen.current_dialog is None
