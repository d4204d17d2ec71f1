"""The quotation screens: a salesperson builds a quotation from the keyboard (the totals shown are
the totals stored), a deep discount goes to approval and the supervisor approves it, and the
selected quotation is exported as a PDF."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.models.notification import Notification
from app.models.quotation import Quotation, QuotationLine
from app.models.user import User
from app.services import products
from app.services.quote_math import amount_in_chinese_capitals, line_amounts, totals
from app.views.dialogs.quotation_dialog import QuotationDialog
from app.views.quotations.line_model import DISCOUNT, PRODUCT, QUANTITY
from app.views.screens.quotations import QuotationsScreen
from tests.gui.customer_helpers import add_customer
from tests.gui.helpers import type_text


def make_products() -> None:
    manager = User.get(User.username == "manager")
    products.create_product(manager, products.ProductInput("KZQ-01", "可编程控制器", "台", "1288.50", "1000", "13"))
    products.create_product(manager, products.ProductInput("DL-02", "屏蔽电缆", "米", "3.33", "2", "13"))


def new_editor(qtbot, window) -> tuple[QuotationsScreen, QuotationDialog]:
    screen = window.open_screen("quotations")
    assert isinstance(screen, QuotationsScreen)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.current_dialog
    assert isinstance(dialog, QuotationDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.raise_()  # the offscreen platform does not activate it by itself
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return screen, dialog


def pick_customer(qtbot, dialog, text: str) -> None:
    type_text(qtbot, dialog.picker.search_box, text)
    qtbot.keyClick(dialog.picker.search_box, Qt.Key.Key_Return)
    assert dialog.picker.chosen_id() is not None


def cell_editor(grid):
    """The editor open in the grid."""
    editors = [w for w in grid.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def edit_cell(qtbot, dialog, row: int, column: int, text: str) -> None:
    """Go to the cell, open it with F2 and type `text` over what it holds; Tab leaves it."""
    grid = dialog.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(row, column))
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = cell_editor(grid)
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_build_a_quotation_from_the_keyboard(qtbot, login_as):
    make_products()
    customer = add_customer(User.get(User.username == "sales1"), "上海甲科技有限公司",
                            owner=User.get(User.username == "sales1"))
    _screen, dialog = new_editor(qtbot, login_as("sales1"))
    pick_customer(qtbot, dialog, "上海甲")
    assert dialog.picker.chosen_id() == customer
    # First line: the product by its code, Tab on to the quantity, type it.
    edit_cell(qtbot, dialog, 0, PRODUCT, "KZQ-01")
    editor = cell_editor(dialog.grid)
    assert dialog.grid.currentIndex().column() == QUANTITY
    type_text(qtbot, editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    # Second line (Ctrl+Enter): the cable by its pinyin initials, 7 metres.
    dialog.grid.setFocus()
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.line_model.rowCount() == 2
    editor = cell_editor(dialog.grid)
    type_text(qtbot, editor, "pbdl")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = cell_editor(dialog.grid)
    type_text(qtbot, editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    # A third line added by mistake and removed with Delete.
    dialog.grid.setFocus()
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Insert)
    qtbot.keyClick(cell_editor(dialog.grid), Qt.Key.Key_Escape)
    assert dialog.line_model.rowCount() == 3
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Delete)
    assert dialog.line_model.rowCount() == 2

    expected = totals([line_amounts(Decimal("3"), Decimal("1288.50"), Decimal(0), Decimal(13)),
                       line_amounts(Decimal("7"), Decimal("3.33"), Decimal(0), Decimal(13))])
    assert dialog.total_label.text() == f"¥{expected.total:,.2f}"
    assert dialog.capitals_label.text() == amount_in_chinese_capitals(expected.total)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _screen.current_dialog is None
    stored = Quotation.get(Quotation.customer == customer)
    assert (stored.net_total, stored.tax_total, stored.total) == (expected.net_total, expected.tax_total,
                                                                   expected.total)
    lines = list(QuotationLine.select().where(QuotationLine.quotation == stored.id).order_by(QuotationLine.position))
    assert [(ln.description, ln.quantity) for ln in lines] == [("可编程控制器", Decimal("3")),
                                                               ("屏蔽电缆", Decimal("7"))]
    assert _screen.shown_numbers() == [stored.number]


def test_a_bad_line_is_marked_on_its_cell(qtbot, login_as):
    make_products()
    sales1 = User.get(User.username == "sales1")
    add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    screen, dialog = new_editor(qtbot, login_as("sales1"))
    pick_customer(qtbot, dialog, "上海甲")
    edit_cell(qtbot, dialog, 0, PRODUCT, "KZQ-01")
    edit_cell(qtbot, dialog, 0, DISCOUNT, "120")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert screen.current_dialog is dialog and not Quotation.select().exists()
    assert dialog.line_error(0, DISCOUNT) == "A discount from 0 to 100 %."
    assert dialog.lines_error.isVisibleTo(dialog)
    dialog.reject()


def test_trigger_approval_and_approve_as_supervisor(qtbot, login_as, monkeypatch):
    make_products()
    sales1 = User.get(User.username == "sales1")
    add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    screen, dialog = new_editor(qtbot, login_as("sales1"))
    pick_customer(qtbot, dialog, "上海甲")
    edit_cell(qtbot, dialog, 0, PRODUCT, "KZQ-01")
    edit_cell(qtbot, dialog, 0, DISCOUNT, "15")  # above sales1's 10 %, within sup1's 20 %
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    quotation = Quotation.get()
    assert quotation.needs_approval and quotation.state == "draft"
    screen.reload(select_id=quotation.id)
    assert not screen.sent_button.isEnabled() and screen.submit_button.isEnabled()
    assert not screen.approve_button.isVisible()
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    assert Quotation.get_by_id(quotation.id).state == "pending"

    boss = login_as("sup1").open_screen("quotations")
    assert isinstance(boss, QuotationsScreen) and boss.approve_button.isVisible()
    boss.reload(select_id=quotation.id)
    monkeypatch.setattr("app.views.screens.quotations.ask_comment", lambda *_args: "同意，下不为例")
    qtbot.mouseClick(boss.approve_button, Qt.MouseButton.LeftButton)
    stored = Quotation.get_by_id(quotation.id)
    assert stored.state == "approved" and stored.approved_by_id == User.get(User.username == "sup1").id
    assert Notification.select().where((Notification.user == sales1.id)
                                       & (Notification.kind == "quotation_approved")).exists()
    assert boss.sent_button.isEnabled()


def test_print_to_pdf(qtbot, login_as, monkeypatch, tmp_path):
    make_products()
    sales1 = User.get(User.username == "sales1")
    add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    screen, dialog = new_editor(qtbot, login_as("sales1"))
    pick_customer(qtbot, dialog, "上海甲")
    edit_cell(qtbot, dialog, 0, PRODUCT, "DL-02")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    quotation = Quotation.get()
    screen.reload(select_id=quotation.id)
    screen.open_quotation()  # opened again, it shows what was stored
    assert screen.current_dialog.line_model.rowCount() == 1
    assert screen.current_dialog.shown_total() == f"¥{quotation.total:,.2f}"
    screen.current_dialog.reject()
    assert screen.current_dialog is None
    target = tmp_path / "out.pdf"
    asked = []
    monkeypatch.setattr("app.views.screens.quotations.choose_pdf_path",
                        lambda _parent, _title, suggested: asked.append(suggested) or str(target))
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    assert asked == [f"{quotation.number}.pdf"]
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
