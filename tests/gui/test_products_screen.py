"""The product list: a manager creates a product through the form (field errors first) and finds it
by pinyin; salespeople look products up without the form; a stale edit is a conflict."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models.product import Product
from app.models.user import User
from app.services import products
from app.views.dialogs.product_dialog import ProductDialog
from app.views.screens.products import ProductsScreen
from tests.gui.helpers import press_ok, replace_text, type_text


def test_a_manager_creates_a_product_and_finds_it_by_pinyin(qtbot, login_as):
    manager = User.get(User.username == "manager")
    products.create_product_line(manager, "紧固件")
    window = login_as("manager")
    assert "Products" in window.screen_titles()
    screen = window.open_screen("products")
    assert isinstance(screen, ProductsScreen) and screen.new_button.isVisible()
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert isinstance(dialog, ProductDialog)
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.code_edit, "LS-M8")
    type_text(qtbot, dialog.name_edit, "不锈钢螺栓")
    replace_text(qtbot, dialog.list_price_edit, "45")
    replace_text(qtbot, dialog.floor_price_edit, "50")
    press_ok(qtbot, dialog)
    assert dialog.errors.message("floor_price") == "The floor price cannot be above the list price."
    assert not Product.select().where(Product.code == "LS-M8").exists()
    replace_text(qtbot, dialog.floor_price_edit, "38.5")
    dialog.line_combo.setCurrentIndex(dialog.line_combo.findText("紧固件"))
    type_text(qtbot, dialog.unit_edit, "盒")
    press_ok(qtbot, dialog)
    assert screen.current_dialog is None
    product = Product.get(Product.code == "LS-M8")
    assert product.line.name == "紧固件" and str(product.floor_price) == "38.50"

    type_text(qtbot, screen.search_box, "buxiugang")
    qtbot.waitUntil(lambda: screen.shown_codes() == ["LS-M8"])
    screen.search_box.clear_search()
    type_text(qtbot, screen.search_box, "bxg")
    qtbot.waitUntil(lambda: screen.shown_codes() == ["LS-M8"])
    screen.search_box.clear_search()
    screen.line_combo.setCurrentIndex(screen.line_combo.findText("紧固件"))
    assert screen.shown_codes() == ["LS-M8"]


def test_a_stale_edit_is_a_conflict(qtbot, login_as, monkeypatch):
    manager = User.get(User.username == "manager")
    product = products.create_product(manager, products.ProductInput(code="P-1", name="电机"))
    screen = login_as("manager").open_screen("products")
    screen.reload(select_id=product.id)
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    qtbot.waitUntil(dialog.isVisible)
    products.update_product(manager, product.id, 1, products.ProductInput(code="P-1", name="伺服电机"))
    shown = []
    monkeypatch.setattr("app.views.dialogs.forms.show_error", lambda parent, exc: shown.append(exc) or True)
    replace_text(qtbot, dialog.name_edit, "步进电机")
    press_ok(qtbot, dialog)
    assert shown and type(shown[0]).__name__ == "ConflictError"
    assert screen.current_dialog is None and Product.get_by_id(product.id).name == "伺服电机"


def test_a_salesperson_looks_products_up_without_the_form(login_as):
    screen = login_as("sales1").open_screen("products")
    assert not screen.new_button.isVisible() and not screen.edit_button.isVisible()
    screen.new_product()
    assert screen.current_dialog is None
