"""The customer list, driven as a salesperson or manager would: search as you type (pinyin,
Chinese, phone digits), sort by header clicks, filters, who sees what, and the buttons."""

from __future__ import annotations

import datetime as dt
import sys
import types

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QDialog

from app.models.base import now
from app.models.customer import Customer
from app.services.customer_queries import POOL, CustomerFilter
from app.services.customers import ContactInput
from app.views.customers.filter_bar import ME
from app.views.dialogs.customer_dialog import CustomerDialog
from app.views.screens.customers import CustomersScreen
from tests.gui.customer_helpers import add_customer, open_customers, staff, wait_for_rows
from tests.gui.helpers import type_text

ZSF = "张三丰科技有限公司"
LISI = "李四贸易有限公司"
WANGWU = "王五物流"
SANFENG = "三丰精密机械"
ALL = [SANFENG, WANGWU, LISI, ZSF]  # newest first: the list's default order


@pytest.fixture
def people(demo_db) -> dict:
    """Four customers: two of sales1, one of sales2, one in the pool."""
    users = staff()
    manager, sales1, sales2 = users["manager"], users["sales1"], users["sales2"]
    add_customer(manager, ZSF, ContactInput(name="张三丰", mobile="138 1234 5678"), owner=sales1,
                 interest="high", industry="制造业", region="华东", source="visit", tags=["重点"])
    add_customer(manager, LISI, ContactInput(name="李四", phone="021-58880000", email="lisi@example.cn"),
                 owner=sales2, interest="medium", industry="零售", region="华南", source="phone")
    add_customer(manager, WANGWU, ContactInput(name="王五", mobile="13900001111"), interest="low", source="web")
    add_customer(manager, SANFENG, ContactInput(name="赵六", mobile="13700002222"), owner=sales1,
                 interest="none", industry="制造业", region="华东")
    return users


def test_sales_staff_have_the_customer_screen_and_others_do_not(people, login_as):
    window = login_as("sales1")
    assert "Customers" in window.screen_titles()
    assert isinstance(window.open_screen("customers"), CustomersScreen)
    assert "Customers" not in login_as("desk1").screen_titles()
    assert "Customers" not in login_as("admin").screen_titles()


def test_search_the_list_with_pinyin(qtbot, people, login_as):
    _window, screen = open_customers(login_as, "manager")
    wait_for_rows(qtbot, screen, ALL)
    assert screen.count_label.text() == "4 customers"
    qtbot.keyClicks(screen.search_box, "zsf")
    assert screen.search_box.pending  # debounced: no query per keystroke
    wait_for_rows(qtbot, screen, [ZSF])
    assert screen.count_label.text() == "1 customer"

    qtbot.keyClick(screen.search_box, Qt.Key.Key_Escape)  # Esc clears the search at once
    assert screen.search_box.text() == ""
    assert screen.shown_names() == ALL
    qtbot.keyClicks(screen.search_box, "zhangsan")
    wait_for_rows(qtbot, screen, [ZSF])
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Down)  # on to the results, keyboard only
    assert screen.table.hasFocus() and screen.current_customer().name == ZSF


def test_two_chinese_characters_find_names_and_contacts(qtbot, people, login_as):
    _window, screen = open_customers(login_as, "manager")
    type_text(qtbot, screen.search_box, "三丰")
    wait_for_rows(qtbot, screen, [SANFENG, ZSF])
    screen.search_box.clear_search()
    type_text(qtbot, screen.search_box, "赵六")  # a contact's name
    wait_for_rows(qtbot, screen, [SANFENG])


def test_a_phone_fragment_finds_the_customer(qtbot, people, login_as):
    _window, screen = open_customers(login_as, "manager")
    qtbot.keyClicks(screen.search_box, "2345")
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Return)  # Enter searches without waiting
    assert not screen.search_box.pending and screen.shown_names() == [ZSF]
    screen.search_box.clear_search()
    qtbot.keyClicks(screen.search_box, "5888")  # landline 021-58880000
    wait_for_rows(qtbot, screen, [LISI])
    screen.search_box.clear_search()
    qtbot.keyClicks(screen.search_box, "lisi@example")
    wait_for_rows(qtbot, screen, [LISI])


def click_header(qtbot, screen: CustomersScreen, column: int) -> None:
    header = screen.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_clicking_the_name_header_sorts_by_pinyin(qtbot, people, login_as):
    _window, screen = open_customers(login_as, "manager")
    pages = []
    original = screen.model._page_fn
    screen.model.reset(page=lambda *args: pages.append(args[2]) or original(*args))
    click_header(qtbot, screen, 1)
    assert screen.shown_names() == [LISI, SANFENG, WANGWU, ZSF]  # li, san, wang, zhang
    assert pages[-1].key == "name" and not pages[-1].descending  # sorted by the service, in SQL
    click_header(qtbot, screen, 1)
    assert screen.shown_names() == [ZSF, WANGWU, SANFENG, LISI]
    click_header(qtbot, screen, 2)  # owner: 刘洋 (sales2), 张伟 (sales1) twice, the pool last
    assert screen.shown_names()[-1] == WANGWU
    assert screen.table.horizontalHeader().sortIndicatorSection() == 2


def test_filters_by_interest_owner_pool_tag_and_idle_days(qtbot, people, login_as):
    _window, screen = open_customers(login_as, "manager")
    bar = screen.filter_bar
    bar.select(bar.interest_combo, "high")
    wait_for_rows(qtbot, screen, [ZSF])
    assert screen.flt == CustomerFilter(interest="high")
    bar.reset()
    wait_for_rows(qtbot, screen, ALL)

    bar.select_owner(people["sales1"].id)
    wait_for_rows(qtbot, screen, [SANFENG, ZSF])
    bar.select_owner(POOL)
    wait_for_rows(qtbot, screen, [WANGWU])
    bar.select_owner(ME)  # the manager owns none
    wait_for_rows(qtbot, screen, [])
    assert screen.count_label.text() == "0 customers"
    bar.reset()

    bar.select(bar.region_combo, "华南")
    wait_for_rows(qtbot, screen, [LISI])
    bar.reset()
    type_text(qtbot, bar.tag_edit, "重点")
    wait_for_rows(qtbot, screen, [ZSF])
    bar.reset()

    Customer.update(created_at=now() - dt.timedelta(days=60)).where(Customer.name == LISI).execute()
    bar.idle_spin.setValue(30)
    wait_for_rows(qtbot, screen, [LISI])
    bar.reset()
    wait_for_rows(qtbot, screen, ALL)


def test_the_filter_choices_come_from_the_customers_and_staff(people, login_as):
    _window, screen = open_customers(login_as, "manager")
    bar = screen.filter_bar
    industries = [bar.industry_combo.itemText(i) for i in range(bar.industry_combo.count())]
    assert industries == ["All industries", "制造业", "零售"]
    owners = [bar.owner_combo.itemText(i) for i in range(bar.owner_combo.count())]
    assert owners[:3] == ["All owners", "Mine", "Public pool"]
    assert {"张伟", "刘洋", "李红梅"} <= set(owners)  # sales1, sales2, sup1
    interests = [bar.interest_combo.itemText(i) for i in range(bar.interest_combo.count())]
    assert interests == ["Any interest", "High", "Medium", "Low", "None"]


def test_a_salesperson_sees_only_their_own_customers(qtbot, people, login_as):
    _window, screen = open_customers(login_as, "sales1")
    wait_for_rows(qtbot, screen, [SANFENG, ZSF])
    assert screen.filter_bar.owner_combo.isHidden()
    assert screen.merge_button.isHidden() and screen.import_button.isHidden()
    assert not screen.export_button.isHidden()
    qtbot.keyClicks(screen.search_box, "lisi")  # sales2's customer stays invisible
    wait_for_rows(qtbot, screen, [])


def test_a_supervisor_sees_the_team_and_the_pool(qtbot, people, login_as):
    _window, screen = open_customers(login_as, "sup2")  # the other team: sales5..8
    wait_for_rows(qtbot, screen, [WANGWU])


def test_the_list_model_passes_the_model_tester(qtmodeltester, people, login_as):
    _window, screen = open_customers(login_as, "manager")
    qtmodeltester.check(screen.model, force_py=True)
    row = screen.model.row_at(0)
    assert screen.model.data(screen.model.index(0, 6)) == "None"  # interest, translated
    assert row.name == SANFENG and screen.model.data(screen.model.index(0, 6), Qt.ItemDataRole.ForegroundRole)


def test_the_list_reads_only_the_rows_it_shows(qtbot, demo_db, login_as):
    """600 customers: opening the list reads the first block of 200, not all of them."""
    manager = staff()["manager"]
    for number in range(600):
        add_customer(manager, f"客户{number:03d}")
    _window, screen = open_customers(login_as, "manager")
    pages = []
    original = screen.model._page_fn
    screen.model.reset(page=lambda offset, limit, sort: pages.append(offset) or original(offset, limit, sort))
    qtbot.wait(10)
    assert screen.model.rowCount() == 600
    assert screen.count_label.text() == "600 customers"
    assert set(pages) == {0}
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: 400 in pages)
    assert 200 not in pages  # the middle block was never needed

    screen.table.selectRow(300)
    screen.table.scrollTo(screen.model.index(300, 0))
    place = screen.table.verticalScrollBar().value()
    screen.reload()  # after a save: same place, same selection
    assert screen.table.verticalScrollBar().value() == place and screen.selected_rows() == [300]


def select_rows(screen: CustomersScreen, *rows: int) -> None:
    selection = screen.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(screen.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_merge_is_for_managers_with_exactly_two_rows_selected(qtbot, people, login_as):
    _window, screen = open_customers(login_as, "manager")
    assert not screen.merge_button.isHidden() and not screen.import_button.isHidden()
    select_rows(screen, 0)
    assert not screen.merge_button.isEnabled() and screen.open_button.isEnabled()
    index = screen.model.index(1, 0)
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     screen.table.visualRect(index).center())
    assert screen.selected_ids() == [screen.model.row_at(0).id, screen.model.row_at(1).id]
    assert screen.merge_button.isEnabled()
    select_rows(screen, 0, 1, 2)
    assert not screen.merge_button.isEnabled()


def test_shortcuts_find_new_and_open(qtbot, people, login_as):
    window, screen = open_customers(login_as, "manager")
    screen.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search_box.hasFocus()

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.current_dialog
    assert isinstance(dialog, CustomerDialog) and dialog.customer_id is None
    dialog.reject()
    assert screen.current_dialog is None

    screen.table.selectRow(2)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.current_dialog
    assert isinstance(dialog, CustomerDialog) and dialog.name_edit.text() == LISI
    dialog.reject()

    centre = screen.table.visualRect(screen.model.index(3, 1)).center()
    # A real double-click starts with a click; QTest's mouseDClick alone sends no press first.
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert screen.current_dialog.name_edit.text() == ZSF
    screen.current_dialog.reject()


def test_saving_a_customer_keeps_the_filter_and_selects_it(qtbot, people, login_as):
    _window, screen = open_customers(login_as, "manager")
    screen.filter_bar.select(screen.filter_bar.region_combo, "华东")
    wait_for_rows(qtbot, screen, [SANFENG, ZSF])
    screen.table.selectRow(1)
    screen.open_customer()
    dialog = screen.current_dialog
    dialog.city_edit.setText("上海")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert screen.current_dialog is None
    assert screen.shown_names() == [SANFENG, ZSF]
    assert screen.filter_bar.region_combo.currentData() == "华东"
    assert [screen.model.row_at(r).name for r in screen.selected_rows()] == [ZSF]
    assert screen.model.row_at(1).city == "上海"


@pytest.fixture
def fake_import_export(monkeypatch) -> list[tuple]:
    """Stand-ins for the import dialog and export action (another area's modules): the calls."""
    calls: list[tuple] = []

    class FakeImportDialog(QDialog):
        def __init__(self, actor, parent=None):
            super().__init__(parent)
            calls.append(("import", actor.username))

    def export_customer_list(parent, actor, flt):
        calls.append(("export", actor.username, flt))
        return None

    monkeypatch.setitem(sys.modules, "app.views.dialogs.customer_import_dialog",
                        types.SimpleNamespace(CustomerImportDialog=FakeImportDialog))
    monkeypatch.setitem(sys.modules, "app.views.customer_export_action",
                        types.SimpleNamespace(export_customer_list=export_customer_list))
    return calls


def test_import_and_export_buttons_call_their_area(qtbot, people, login_as, fake_import_export):
    window, screen = open_customers(login_as, "manager")
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert fake_import_export == [("import", "manager")]
    screen.current_dialog.reject()
    assert screen.current_dialog is None
    with qtbot.waitActive(window):  # the offscreen platform does not give it back by itself
        window.activateWindow()

    qtbot.keyClicks(screen.search_box, "zsf")
    wait_for_rows(qtbot, screen, [ZSF])
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert fake_import_export[-1] == ("export", "manager", CustomerFilter(search="zsf"))
    screen.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(fake_import_export) == 3


def test_the_import_button_opens_the_import_dialog(qtbot, people, login_as):
    from app.views.dialogs.customer_import_dialog import CustomerImportDialog

    _window, screen = open_customers(login_as, "manager")
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert isinstance(dialog, CustomerImportDialog) and dialog.actor.username == "manager"
    dialog.reject()
    assert screen.current_dialog is None


def test_a_salesperson_releases_a_customer_to_the_pool(qtbot, people, login_as, monkeypatch):
    from app.services.customer_queries import customer_page
    from app.views.screens import customers as customers_screen

    _window, screen = open_customers(login_as, "sales1")
    wait_for_rows(qtbot, screen, [SANFENG, ZSF])
    assert not screen.release_button.isHidden() and not screen.release_button.isEnabled()
    assert screen.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert screen.table.actions() == [screen.release_action]
    questions = []
    answer = False
    monkeypatch.setattr(customers_screen, "confirm",
                        lambda parent, title, text: questions.append((title, text)) or answer)
    select_rows(screen, 1)
    assert screen.release_button.isEnabled() and screen.release_action.isEnabled()
    qtbot.mouseClick(screen.release_button, Qt.MouseButton.LeftButton)  # "Cancel": nothing happens
    assert questions[0] == ("Release to pool", f"Release {ZSF} to the public pool? Anyone may then claim it.")
    assert Customer.get(Customer.name == ZSF).owner_id == people["sales1"].id

    answer = True
    qtbot.mouseClick(screen.release_button, Qt.MouseButton.LeftButton)
    wait_for_rows(qtbot, screen, [SANFENG])
    assert screen.note_label.text() == "Released 1 to the pool"
    assert Customer.get(Customer.name == ZSF).owner_id is None
    in_pool = customer_page(people["sales1"], CustomerFilter(pool=True), 0, 50)
    assert ZSF in [row.name for row in in_pool]


def test_a_manager_releases_several_from_the_context_menu(qtbot, people, login_as, monkeypatch):
    from app.views.screens import customers as customers_screen

    _window, screen = open_customers(login_as, "manager")
    wait_for_rows(qtbot, screen, ALL)
    questions = []
    monkeypatch.setattr(customers_screen, "confirm", lambda parent, title, text: questions.append(text) or True)
    select_rows(screen, 1, 2, 3)  # WANGWU is in the pool already: only the two owned ones are asked about
    screen.release_action.trigger()
    assert questions == [f"Release 2 customers to the public pool? Anyone may then claim them.\n{LISI}、{ZSF}"]
    assert screen.note_label.text() == "Released 2 to the pool"
    assert screen.shown_names() == ALL  # managers see the pool's customers in their list
    assert [screen.model.row_at(row).owner_name for row in range(4)] == ["张伟", "", "", ""]
    select_rows(screen, 2)
    screen.release_action.trigger()
    assert len(questions) == 1 and screen.note_label.text() == "The selected customers are already in the pool."


def test_release_is_hidden_without_the_edit_permission(people, login_as, monkeypatch):
    from app.services import permissions

    monkeypatch.setitem(permissions.PERMISSIONS, "customers.edit", frozenset({"sales", "supervisor"}))
    _window, screen = open_customers(login_as, "manager")
    assert screen.release_button.isHidden() and not screen.table.actions()
    assert screen.table.contextMenuPolicy() != Qt.ContextMenuPolicy.ActionsContextMenu
