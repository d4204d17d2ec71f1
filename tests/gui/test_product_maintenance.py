"""Maintaining products in the window: an administrator opens the product list and edits a product;
a manager adds, renames and deactivates a product line and builds, reorders and deletes a bundle;
the list exports to Excel as filtered; a salesperson sees no maintenance buttons."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.models.product import Bundle, BundleItem, Product, ProductLine
from app.models.user import User
from app.services import products
from app.services.products import ProductInput
from app.views import excel_export
from app.views.dialogs import forms
from app.views.dialogs.bundle_dialog import BundleDialog
from app.views.dialogs.bundles_dialog import BundlesDialog
from app.views.dialogs.product_dialog import ProductDialog
from app.views.dialogs.product_lines_dialog import ProductLinesDialog
from tests.gui.helpers import press, press_ok, replace_text, type_text


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, table, row: int) -> None:
    centre = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def make_products(username: str = "manager") -> dict[str, Product]:
    actor = User.get(User.username == username)
    line = products.create_product_line(actor, "测试紧固件").id
    made = {}
    for code, name, price in (("TST-M8", "测试不锈钢螺栓", "45"), ("TST-DJ", "测试伺服电机", "1280"),
                              ("TST-QT", "测试安装服务", "300")):
        made[code] = products.create_product(actor, ProductInput(code=code, name=name, unit="个", list_price=price,
                                                                 line_id=line if code == "TST-M8" else None))
    return made


def test_an_administrator_opens_the_product_list_and_edits_a_product(qtbot, login_as):
    made = make_products("admin")
    window = login_as("admin")
    titles = window.screen_titles()
    assert "Products" in titles and "Customers" not in titles and "Quotations" not in titles
    screen = window.open_screen("products")
    for button in (screen.new_button, screen.edit_button, screen.lines_button, screen.bundles_button,
                   screen.export_button):
        assert button.isVisible()
    type_text(qtbot, screen.search_box, "TST-DJ")
    qtbot.waitUntil(lambda: screen.shown_codes() == ["TST-DJ"])
    click_row(qtbot, screen.table, 0)
    click(qtbot, screen.edit_button)
    dialog = screen.current_dialog
    assert isinstance(dialog, ProductDialog)
    qtbot.waitUntil(dialog.isVisible)
    replace_text(qtbot, dialog.list_price_edit, "1350.5")
    replace_text(qtbot, dialog.floor_price_edit, "1200")
    press_ok(qtbot, dialog)
    assert screen.current_dialog is None
    stored = Product.get_by_id(made["TST-DJ"].id)
    assert (stored.list_price, stored.floor_price, stored.version) == (Decimal("1350.50"), Decimal("1200.00"), 2)


def test_a_manager_maintains_product_lines(qtbot, login_as):
    screen = login_as("manager").open_screen("products")
    click(qtbot, screen.lines_button)
    dialog = screen.current_dialog
    assert isinstance(dialog, ProductLinesDialog)
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.add_button)  # nothing typed
    assert dialog.errors.message("name") == "A name of 1 to 80 characters."
    type_text(qtbot, dialog.name_edit, "测试阀门")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter adds
    line = ProductLine.get(ProductLine.name == "测试阀门")
    assert line.active and ("测试阀门", True) in dialog.line_names()
    assert dialog.errors.message("name") == ""

    dialog.select_line("测试阀门")
    replace_text(qtbot, dialog.name_edit, "测试气动阀门")
    click(qtbot, dialog.rename_button)
    assert ProductLine.get_by_id(line.id).name == "测试气动阀门"
    assert dialog.toggle_button.text() == "&Deactivate"
    click(qtbot, dialog.toggle_button)
    assert not ProductLine.get_by_id(line.id).active
    assert ("测试气动阀门", False) in dialog.line_names() and dialog.toggle_button.text() == "&Activate"

    replace_text(qtbot, dialog.name_edit, "测试气动阀门")
    click(qtbot, dialog.add_button)  # the name is taken
    assert dialog.errors.message("name") == "A product line with this name exists."
    assert ProductLine.select().where(ProductLine.name == "测试气动阀门").count() == 1

    press(qtbot, dialog, QDialogButtonBox.StandardButton.Close)
    assert screen.current_dialog is None
    assert screen.line_combo.findText("测试气动阀门") >= 0  # the list's filter was read again


def test_a_manager_builds_a_bundle_of_two_products(qtbot, login_as, monkeypatch):
    made = make_products()
    screen = login_as("manager").open_screen("products")
    click(qtbot, screen.bundles_button)
    bundles = screen.current_dialog
    assert isinstance(bundles, BundlesDialog)
    qtbot.waitUntil(bundles.isVisible)
    click(qtbot, bundles.new_button)
    form = bundles.current_dialog
    assert isinstance(form, BundleDialog)
    qtbot.waitUntil(form.isVisible)
    type_text(qtbot, form.name_edit, "测试安装套装")
    type_text(qtbot, form.product_edit, "csbxg")  # pinyin initials of 测试不锈钢螺栓
    replace_text(qtbot, form.quantity_edit, "20")
    qtbot.keyClick(form.quantity_edit, Qt.Key.Key_Return)  # Enter in the quantity adds, it does not save
    assert form.isVisible() and form.quantity_edit.text() == "1"
    type_text(qtbot, form.product_edit, "TST-QT")
    qtbot.keyClick(form.product_edit, Qt.Key.Key_Return)  # Enter in the product field adds with quantity 1
    type_text(qtbot, form.product_edit, "没有这个产品")
    click(qtbot, form.add_button)
    assert form.general.text() == "No active product matches \u201c没有这个产品\u201d."
    assert form.listed() == [("TST-M8", "20"), ("TST-QT", "1")]

    click_row(qtbot, form.table, 1)
    click(qtbot, form.up_button)
    assert form.listed() == [("TST-QT", "1"), ("TST-M8", "20")]
    form.table.item(1, 3).setText("0")  # as if typed into the quantity cell
    press_ok(qtbot, form)
    assert "A quantity above 0 with at most three decimals." in form.general.text()
    assert not Bundle.select().where(Bundle.name == "测试安装套装").exists()
    form.table.item(1, 3).setText("12.5")
    press_ok(qtbot, form)
    assert bundles.current_dialog is None
    bundle = Bundle.get(Bundle.name == "测试安装套装")
    items = [(i.product.code, i.quantity) for i in BundleItem.select().where(BundleItem.bundle == bundle)
             .order_by(BundleItem.position)]
    assert items == [("TST-QT", Decimal("1")), ("TST-M8", Decimal("12.5"))]
    assert "测试安装套装" in bundles.bundle_names() and bundles.items_table.rowCount() == 2

    # Edit: remove the service and add the motor twice (its quantities add up).
    click(qtbot, bundles.edit_button)
    form = bundles.current_dialog
    qtbot.waitUntil(form.isVisible)
    assert form.listed() == [("TST-QT", "1"), ("TST-M8", "12.5")]
    click_row(qtbot, form.table, 0)
    click(qtbot, form.remove_button)
    for _ in range(2):
        type_text(qtbot, form.product_edit, "TST-DJ")
        click(qtbot, form.add_button)
    press_ok(qtbot, form)
    assert [(i.product_id, i.quantity) for i in BundleItem.select().where(BundleItem.bundle == bundle)
            .order_by(BundleItem.position)] == [(made["TST-M8"].id, Decimal("12.5")), (made["TST-DJ"].id, 2)]

    asked = []
    monkeypatch.setattr(forms, "confirm", lambda _parent, _title, text: asked.append(text) or True)
    bundles.reload(select_id=bundle.id)
    click(qtbot, bundles.delete_button)
    assert asked and "测试安装套装" in asked[0]
    assert not Bundle.select().where(Bundle.id == bundle.id).exists()
    assert "测试安装套装" not in bundles.bundle_names()
    press(qtbot, bundles, QDialogButtonBox.StandardButton.Close)
    assert screen.current_dialog is None


def test_the_list_exports_as_filtered(qtbot, login_as, tmp_path, monkeypatch):
    make_products()
    screen = login_as("sales1").open_screen("products")
    assert screen.export_button.isVisible()
    type_text(qtbot, screen.search_box, "TST-")
    qtbot.waitUntil(lambda: screen.shown_codes() == ["TST-DJ", "TST-M8", "TST-QT"])
    out = tmp_path / "产品.xlsx"
    monkeypatch.setattr(screen, "ask_export_path", lambda: out)
    click(qtbot, screen.export_button)
    rows = [[c.value for c in r] for r in load_workbook(out)["产品"].iter_rows(min_row=2)]
    assert rows == [[None, "TST-DJ", "测试伺服电机", "个", 1280, 0, 13, "是"],
                    ["测试紧固件", "TST-M8", "测试不锈钢螺栓", "个", 45, 0, 13, "是"],
                    [None, "TST-QT", "测试安装服务", "个", 300, 0, 13, "是"]]

    shown = []
    monkeypatch.setattr(excel_export, "show_error", lambda _parent, exc: shown.append(str(exc)))
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    monkeypatch.setattr(screen, "ask_export_path", lambda: folder)
    assert screen.export_list() is None
    assert shown and shown[0].startswith("folder.xlsx could not be written (")


def test_a_salesperson_sees_no_maintenance_buttons(login_as):
    screen = login_as("sales1").open_screen("products")
    for button in (screen.new_button, screen.edit_button, screen.lines_button, screen.bundles_button):
        assert not button.isVisible()
    screen.open_product_lines()
    screen.open_bundles()
    assert screen.current_dialog is None
