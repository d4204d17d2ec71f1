"""The data import screen's historical orders and payments: a manager checks an orders file with
a seeded error, then imports a good one (progress off the UI thread), then its payments."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.models.customer import Customer
from app.models.order import Order
from app.models.user import User
from app.services import products
from app.views.dialogs import order_import_dialog
from app.views.dialogs.order_import_dialog import OrderImportDialog, PaymentImportDialog
from tests.unit.customer_factories import add_customer
from tests.unit.history_files import order_row, orders_file, payment_row, payments_file


def check_file(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.open_file(path)
    with qtbot.waitSignal(dialog.check_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_a_manager_imports_historical_orders_and_payments(qtbot, login_as, tmp_path, monkeypatch):
    manager = User.get(User.username == "manager")
    customer = add_customer(manager, "历史导入测试公司", owner=User.get(User.username == "sales1"))
    products.create_product(manager, products.ProductInput("HIST-1", "历史产品", "台", "100.00", "80.00", "13"))
    window = login_as("manager")
    screen = window.open_screen("imports")
    assert {"orders", "payments"} <= set(screen.cards)
    assert screen.cards["orders"].title_label.text() == "Historical orders"
    qtbot.mouseClick(screen.cards["orders"].import_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert isinstance(dialog, OrderImportDialog)
    line = {"customer": "历史导入测试公司", "salesperson": "sales1", "product_code": "HIST-1", "quantity": 3,
            "unit_price": "99.99", "discount": 5}
    report = check_file(qtbot, dialog, orders_file(tmp_path / "bad.xlsx", [
        order_row(number="HIST-0001", sign_date="2024-02-30", **line)]))
    assert [(e.row, e.column) for e in report.errors] == [(2, "签约日期")]
    assert not dialog.import_button.isEnabled()
    cell = dialog.preview_table.item(0, 3)
    assert cell.toolTip() and cell.text() == "2024-02-30"  # the bad cell is marked in the preview

    report = check_file(qtbot, dialog, orders_file(tmp_path / "good.xlsx", [
        order_row(number="HIST-0001", sign_date="2024-02-28", **line),
        order_row(number="HIST-0001", description="安装", quantity=1, unit_price=500, tax_rate=6)]))
    assert report.ok and dialog.import_button.isEnabled()
    assert "Ready to import 1 orders with 2 lines." in dialog.summary_label.text()
    asked = []
    monkeypatch.setattr(order_import_dialog, "confirm", lambda parent, title, question: asked.append(question) or True)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert asked == ["Import 1 orders with 2 lines from good.xlsx?"]
    assert blocker.args[0].orders == 1
    order = Order.get(Order.number == "HIST-0001")
    assert (order.net_total, order.tax_total, order.total) == (Decimal("784.97"), Decimal("67.05"), Decimal("852.02"))
    assert not Customer.get_by_id(customer).is_lead
    assert "Imported 1 orders with 2 lines" in dialog.summary_label.text()
    dialog.close_dialog()
    assert screen.current_dialog is None

    qtbot.mouseClick(screen.cards["payments"].import_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert isinstance(dialog, PaymentImportDialog)
    report = check_file(qtbot, dialog, payments_file(tmp_path / "pay.xlsx", [
        payment_row(order_number="HIST-0001", pay_date="2024-03-10", amount="852.02", method="转账")]))
    assert report.ok and report.amount == Decimal("852.02")
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert Order.get_by_id(order.id).paid_total == Decimal("852.02")
    dialog.close_dialog()
