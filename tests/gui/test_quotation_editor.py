"""The quotation editor beyond typing lines: a bundle inserted with Ctrl+B, the customer list that
closes once a customer is chosen, the salesperson a supervisor quotes for, and two editors saving
the same draft (the second is told who changed it and reloads)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.models.quotation import Quotation, QuotationLine
from app.models.user import User
from app.services import products, quotations
from app.views.dialogs.quotation_dialog import QuotationDialog
from app.views.quotations.line_model import QUANTITY
from app.views.screens.quotations import QuotationsScreen
from tests.gui.customer_helpers import add_customer
from tests.gui.helpers import press, replace_text, type_text
from tests.gui.test_quotation_screens import edit_cell, new_editor, pick_customer

SAVE = Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier


def make_bundle() -> None:
    """控制柜标准套装: a controller ×2, 150.5 m of cable and a service no longer sold; and a second bundle."""
    manager = User.get(User.username == "manager")
    new = products.ProductInput
    controller = products.create_product(manager, new("KZQ-01", "可编程控制器", "台", "1288.50", "1000", "13"))
    cable = products.create_product(manager, new("DL-02", "屏蔽电缆", "米", "3.33", "2", "13"))
    products.create_product(manager, new("AZ-03", "安装调试服务", "次", "800", "600", "6"))
    retired = products.create_product(manager, new("OLD-9", "停产模块", "个", "99", "50", "13", active=False))
    item = products.BundleItemInput
    products.create_bundle(manager, products.BundleInput("控制柜标准套装", [
        item(controller.id, "2"), item(cable.id, "150.5"), item(retired.id, "1")]))
    products.create_bundle(manager, products.BundleInput("电缆备件包", [item(cable.id, "50")]))


def insert_bundle(qtbot, dialog: QuotationDialog, search: str) -> None:
    """Ctrl+B in the grid, type `search` in the bundle picker, Enter."""
    dialog.grid.setFocus()
    qtbot.keyClick(dialog.grid, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    picker = dialog.bundles.picker
    assert picker is not None and picker.isVisible()
    type_text(qtbot, picker.search_edit, search)
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert dialog.bundles.picker is None


def shown_lines(dialog: QuotationDialog) -> list[tuple[str, str, str, str, str]]:
    return [(line.product_text, line.quantity, line.unit_price, line.discount, line.tax_rate)
            for line in dialog.line_model.lines]


def open_editor(qtbot, screen: QuotationsScreen, quotation_id: int) -> QuotationDialog:
    """Select the quotation in the list and open it with the Open button."""
    screen.reload(select_id=quotation_id)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert isinstance(dialog, QuotationDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def draft_for(salesperson: User, customer_id: int, notes: str = "") -> Quotation:
    return quotations.create_quotation(salesperson, quotations.QuotationInput(
        customer_id=customer_id, quote_date=dt.date.today(), notes=notes,
        lines=[quotations.LineInput(description="现场调试", quantity="2", unit="天", unit_price="1500", tax_rate="6")]))


def test_a_bundle_goes_in_at_the_current_line(qtbot, login_as):
    make_bundle()
    sales1 = User.get(User.username == "sales1")
    customer = add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    screen, dialog = new_editor(qtbot, login_as("sales1"))
    pick_customer(qtbot, dialog, "上海甲")
    edit_cell(qtbot, dialog, 0, 0, "AZ-03")  # the service line first; the bundle then goes above it
    dialog.grid.setCurrentIndex(dialog.line_model.index(0, 0))
    insert_bundle(qtbot, dialog, "kzg")  # pinyin initials of 控制柜
    assert shown_lines(dialog) == [("KZQ-01  可编程控制器", "2", "1288.50", "0", "13"),
                                   ("DL-02  屏蔽电缆", "150.5", "3.33", "0", "13"),
                                   ("AZ-03  安装调试服务", "1", "800.00", "0", "6")]
    assert dialog.grid.currentIndex().row() == 0 and dialog.grid.currentIndex().column() == QUANTITY
    assert "1 product(s) of the bundle are no longer sold" in dialog.hint_label.text()
    # 2 × 1288.50 = 2577.00 (tax 335.01); 150.5 × 3.33 = 501.17 (65.15); 800.00 (48.00)
    assert dialog.totals.net_label.text() == "¥3,878.17"
    assert dialog.totals.tax_label.text() == "¥448.16"
    assert dialog.total_label.text() == "¥4,326.33"
    assert dialog.capitals_label.text() == "肆仟叁佰贰拾陆元叁角叁分"

    qtbot.keyClick(dialog, *SAVE)
    assert screen.current_dialog is None
    stored = Quotation.get(Quotation.customer == customer)
    assert (stored.net_total, stored.tax_total, stored.total) == (Decimal("3878.17"), Decimal("448.16"),
                                                                   Decimal("4326.33"))
    lines = QuotationLine.select().where(QuotationLine.quotation == stored.id).order_by(QuotationLine.position)
    assert [(ln.description, ln.quantity, ln.unit, ln.unit_price, ln.tax_rate, ln.net) for ln in lines] == [
        ("可编程控制器", Decimal("2"), "台", Decimal("1288.50"), Decimal("13"), Decimal("2577.00")),
        ("屏蔽电缆", Decimal("150.5"), "米", Decimal("3.33"), Decimal("13"), Decimal("501.17")),
        ("安装调试服务", Decimal("1"), "次", Decimal("800.00"), Decimal("6"), Decimal("800.00"))]


def test_a_bundle_fills_the_empty_line_from_the_button(qtbot, qtmodeltester, login_as):
    make_bundle()
    _screen, dialog = new_editor(qtbot, login_as("sales1"))
    assert dialog.line_model.rowCount() == 1  # a new quotation starts with one empty line
    qtmodeltester.check(dialog.line_model, force_py=True)  # and keeps checking the rows removed and inserted
    qtbot.mouseClick(dialog.bundles.button, Qt.MouseButton.LeftButton)
    picker = dialog.bundles.picker
    assert [picker.bundle_list.item(i).text() for i in range(2)] == ["控制柜标准套装", "电缆备件包"]
    type_text(qtbot, picker.search_edit, "电缆")
    assert picker.chosen_id() is not None and picker.bundle_list.currentItem().text() == "电缆备件包"
    assert picker.contents_label.text() == "屏蔽电缆 × 50"
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert shown_lines(dialog) == [("DL-02  屏蔽电缆", "50", "3.33", "0", "13")]
    assert dialog.total_label.text() == "¥188.15"  # 166.50 + 21.65


def test_a_search_without_match_inserts_nothing(qtbot, login_as):
    make_bundle()
    _screen, dialog = new_editor(qtbot, login_as("sales1"))
    dialog.grid.setFocus()
    qtbot.keyClick(dialog.grid, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    picker = dialog.bundles.picker
    type_text(qtbot, picker.search_edit, "xyz")
    assert picker.chosen_id() is None and picker.contents_label.text() == "No bundle matches."
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.isVisible()  # nothing to insert: it stays open
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.bundles.picker is None)
    assert shown_lines(dialog) == [("", "1", "", "0", "")]


def test_a_sent_quotation_takes_no_bundle(qtbot, login_as):
    make_bundle()
    sales1 = User.get(User.username == "sales1")
    quotation = draft_for(sales1, add_customer(sales1, "上海甲科技有限公司", owner=sales1))
    quotations.mark_sent(sales1, quotation.id, quotation.version)
    screen = login_as("sales1").open_screen("quotations")
    dialog = open_editor(qtbot, screen, quotation.id)
    assert not dialog.bundles.button.isEnabled()
    dialog.activateWindow()
    qtbot.keyClick(dialog.grid, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert dialog.bundles.picker is None
    assert dialog.bundles.insert(products.list_bundles(sales1)[0].id) == 0
    assert dialog.line_model.rowCount() == 1 and dialog.total_label.text() == "¥3,180.00"


def test_the_customer_list_closes_once_a_customer_is_chosen(qtbot, login_as):
    sales1 = User.get(User.username == "sales1")
    first = add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    second = add_customer(sales1, "上海乙贸易有限公司", owner=sales1)
    _screen, dialog = new_editor(qtbot, login_as("sales1"))
    picker = dialog.picker
    assert picker.results.isVisible()
    pick_customer(qtbot, dialog, "上海甲")
    assert picker.chosen_id() == first
    assert not picker.results.isVisible() and picker.summary.isVisible()
    assert picker.summary.text().startswith("✓ 上海甲科技有限公司")
    assert dialog.contact_combo.hasFocus()  # Enter goes on to the next field
    # Typing again opens the list; a click on a match chooses it and closes it.
    replace_text(qtbot, picker.search_box, "上海")
    qtbot.waitUntil(lambda: picker.results.isVisible() and picker.results.count() == 2)
    assert not picker.summary.isVisible()
    item = next(picker.results.item(i) for i in range(2) if picker.results.item(i).text().startswith("上海乙"))
    qtbot.mouseClick(picker.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=picker.results.visualItemRect(item).center())
    assert picker.chosen_id() == second and not picker.results.isVisible()
    assert picker.summary.text().startswith("✓ 上海乙贸易有限公司")


def test_a_supervisor_quotes_for_a_member_of_the_team(qtbot, login_as):
    sales1, sales2 = User.get(User.username == "sales1"), User.get(User.username == "sales2")
    customer = add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    screen, dialog = new_editor(qtbot, login_as("sup1"))
    combo = dialog.salesperson.combo
    assert combo.isVisible()
    team = {u.display_name for u in User.select().where((User.team == sales1.team_id) & User.active)}
    assert {combo.itemText(i) for i in range(combo.count())} == team  # not the other team's 周杰
    pick_customer(qtbot, dialog, "上海甲")
    assert dialog.salesperson.shown_name() == "张伟"  # the customer's owner
    combo.setFocus()
    while combo.currentData() != sales2.id:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.findData(sales2.id) > combo.currentIndex() else Qt.Key.Key_Up)
    edit_cell(qtbot, dialog, 0, 0, "现场调试")
    edit_cell(qtbot, dialog, 0, 2, "1500")
    qtbot.keyClick(dialog, *SAVE)
    assert screen.current_dialog is None
    assert Quotation.get(Quotation.customer == customer).salesperson_id == sales2.id


def test_a_manager_quoting_a_pool_customer_is_the_salesperson(qtbot, login_as):
    manager = User.get(User.username == "manager")
    customer = add_customer(manager, "上海甲科技有限公司")  # no owner: in the pool
    _screen, dialog = new_editor(qtbot, login_as("manager"))
    pick_customer(qtbot, dialog, "上海甲")
    assert dialog.salesperson.shown_name() == "王建国"
    edit_cell(qtbot, dialog, 0, 0, "现场调试")
    edit_cell(qtbot, dialog, 0, 2, "1500")
    qtbot.keyClick(dialog, *SAVE)
    assert Quotation.get(Quotation.customer == customer).salesperson_id == manager.id


def test_a_salesperson_sees_their_own_name(qtbot, login_as):
    sales1 = User.get(User.username == "sales1")
    customer = add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    _screen, dialog = new_editor(qtbot, login_as("sales1"))
    pick_customer(qtbot, dialog, "上海甲")
    assert not dialog.salesperson.combo.isVisible() and dialog.salesperson.name_label.text() == "张伟"
    edit_cell(qtbot, dialog, 0, 0, "现场调试")
    edit_cell(qtbot, dialog, 0, 2, "1500")
    qtbot.keyClick(dialog, *SAVE)
    assert Quotation.get(Quotation.customer == customer).salesperson_id == sales1.id


def test_a_stale_edit_is_a_conflict_and_reloads(qtbot, login_as, monkeypatch):
    sales1 = User.get(User.username == "sales1")
    quotation = draft_for(sales1, add_customer(sales1, "上海甲科技有限公司", owner=sales1), notes="初稿")
    screen = login_as("sales1").open_screen("quotations")
    mine = open_editor(qtbot, screen, quotation.id)
    boss_screen = login_as("sup1").open_screen("quotations")
    theirs = open_editor(qtbot, boss_screen, quotation.id)
    replace_text(qtbot, theirs.notes_edit, "主管改过的备注")
    press(qtbot, theirs, QDialogButtonBox.StandardButton.Save)
    assert boss_screen.current_dialog is None
    changed_at = Quotation.get_by_id(quotation.id).updated_at

    asked = []
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr("app.views.errors.QMessageBox.question",
                        lambda _parent, title, text, *_args: asked.append((title, text)) or yes)
    replace_text(qtbot, mine.notes_edit, "我的备注")
    press(qtbot, mine, QDialogButtonBox.StandardButton.Save)
    assert asked == [("Changed by someone else",
                      f"This record was changed by 李红梅 ({changed_at:%Y-%m-%d %H:%M}) after you opened it.\n"
                      "Reload it to see the current version; your changes will be lost.")]
    assert mine.reload_requested and screen.current_dialog is None
    stored = Quotation.get_by_id(quotation.id)
    assert stored.notes == "主管改过的备注" and stored.version == quotation.version + 1
    again = open_editor(qtbot, screen, quotation.id)  # reloaded: it shows the stored version
    assert again.notes_edit.text() == "主管改过的备注" and again.version == stored.version
