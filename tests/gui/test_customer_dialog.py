"""The customer form and the merge dialog, driven through the customer screen: typing into the
fields, contacts, field messages, the duplicate warning, a stale save, merge and the timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from app.models.activity import FollowUp
from app.models.base import now
from app.models.customer import Contact, Customer
from app.services.customers import ContactInput, get_customer, input_from, update_customer
from app.services.reception import VisitInput, register_visit
from app.views import errors as errors_module
from app.views.dialogs import forms
from app.views.dialogs.customer_dialog import CustomerDialog
from app.views.dialogs.merge_dialog import MergeDialog
from tests.gui.customer_helpers import add_customer, open_customers, staff, wait_for_rows
from tests.gui.helpers import press, type_text


@pytest.fixture
def users(demo_db) -> dict:
    return staff()


def new_customer_dialog(qtbot, screen) -> CustomerDialog:
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert isinstance(dialog, CustomerDialog) and dialog.customer_id is None
    return dialog


def test_create_a_customer_with_two_contacts(qtbot, users, login_as):
    _window, screen = open_customers(login_as, "manager")
    dialog = new_customer_dialog(qtbot, screen)
    type_text(qtbot, dialog.name_edit, "深圳海纳电子有限公司")
    type_text(qtbot, dialog.industry_edit, "电子")
    type_text(qtbot, dialog.region_edit, "华南")
    type_text(qtbot, dialog.city_edit, "深圳")
    dialog.interest_combo.setCurrentIndex(dialog.interest_combo.findData("high"))
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(users["sales5"].id))
    type_text(qtbot, dialog.tags_edit, "重点，展会")

    contacts = dialog.contacts_editor
    assert contacts.row_count() == 1 and contacts.selected_row() == 0  # a new form starts with one contact
    type_text(qtbot, contacts.edits["name"], "陈静")
    type_text(qtbot, contacts.edits["title"], "采购经理")
    qtbot.keyClicks(contacts.edits["mobile"], "137 1111 2222")
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    assert contacts.selected_row() == 1 and contacts.edits["name"].text() == ""
    type_text(qtbot, contacts.edits["name"], "刘洋")
    qtbot.keyClicks(contacts.edits["phone"], "0755-12345678")
    qtbot.keyClicks(contacts.edits["email"], "liu@example.cn")
    assert contacts.table.item(1, 0).text() == "刘洋"  # the table follows the fields
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    assert dialog.result() == QDialog.DialogCode.Accepted
    customer = Customer.get(Customer.name == "深圳海纳电子有限公司")
    assert (customer.owner_id, customer.interest, customer.industry, customer.city) == (
        users["sales5"].id, "high", "电子", "深圳")
    assert customer.tag_list == ["重点", "展会"]
    stored = list(Contact.select().where(Contact.customer == customer.id).order_by(Contact.id))
    assert [(c.name, c.title, c.mobile, c.phone, c.email, c.is_primary) for c in stored] == [
        ("陈静", "采购经理", "137 1111 2222", "", "", True), ("刘洋", "", "", "0755-12345678", "liu@example.cn", False)]
    # Back in the list: shown (newest first) and selected.
    assert screen.shown_names() == ["深圳海纳电子有限公司"]
    assert screen.selected_ids() == [customer.id]
    assert screen.model.row_at(0).contact_name == "陈静"


def test_a_bad_phone_is_shown_at_its_contact_and_nothing_is_saved(qtbot, users, login_as):
    _window, screen = open_customers(login_as, "sales1")
    dialog = new_customer_dialog(qtbot, screen)
    type_text(qtbot, dialog.name_edit, "错号码公司")
    contacts = dialog.contacts_editor
    type_text(qtbot, contacts.edits["name"], "王五")
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, contacts.edits["name"], "赵六")
    qtbot.keyClicks(contacts.edits["phone"], "12345")
    contacts.select_row(0)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    assert dialog.isVisible() and screen.current_dialog is dialog
    assert Customer.select().count() == 0
    assert contacts.selected_row() == 1  # the refused contact is selected ...
    assert contacts.errors.message("phone").startswith("Use a mobile")  # ... its message under the field
    assert set(contacts.problems(1)) == {"phone"} and contacts.problems(0) == {}
    assert contacts.table.item(1, 2).toolTip().startswith("Use a mobile")  # and its row is marked

    qtbot.keyClick(contacts.edits["phone"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(contacts.edits["phone"], "021-58886666")
    assert contacts.errors.message("phone") == ""  # the message goes once the field is edited
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Customer.get().owner_id == users["sales1"].id


def test_a_missing_name_is_shown_under_the_name(qtbot, users, login_as):
    _window, screen = open_customers(login_as, "sales1")
    dialog = new_customer_dialog(qtbot, screen)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.message("name") == "A name is required."
    assert dialog.name_edit.hasFocus() or not dialog.isActiveWindow()
    assert Customer.select().count() == 0


def test_typing_a_known_name_or_phone_warns_with_the_owner(qtbot, users, login_as):
    add_customer(users["manager"], "张三丰科技有限公司", ContactInput(name="张三丰", mobile="13812345678"),
                 owner=users["sales1"])
    _window, screen = open_customers(login_as, "sales2")
    dialog = new_customer_dialog(qtbot, screen)
    assert dialog.duplicates.isHidden()
    type_text(qtbot, dialog.name_edit, "张三丰科技")  # the legal-form suffix does not matter
    assert dialog.duplicate_timer.isActive()  # checked once the typing pauses
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible())
    text = dialog.duplicates.text()
    assert "KH000001" in text and "张三丰科技有限公司" in text and "owner: 张伟" in text and "same name" in text

    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, "另一家公司")
    qtbot.waitUntil(lambda: dialog.duplicates.isHidden())
    qtbot.keyClicks(dialog.contacts_editor.edits["mobile"], "+86 138 1234 5678")
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible())
    assert "owner: 张伟" in dialog.duplicates.text() and "same phone" in dialog.duplicates.text()


def test_saving_a_stale_version_offers_to_reload(qtbot, users, login_as, monkeypatch):
    customer_id = add_customer(users["manager"], "华信科技", ContactInput(name="李雷", mobile="13900001111"),
                               owner=users["sales1"], city="苏州")
    _window, screen = open_customers(login_as, "sales1")
    screen.table.selectRow(0)
    screen.open_customer()
    dialog = screen.current_dialog
    assert dialog.city_edit.text() == "苏州"

    # Meanwhile the manager moves the customer to 上海.
    customer, contacts = get_customer(users["manager"], customer_id)
    data = input_from(customer, contacts)
    data.city = "上海"
    update_customer(users["manager"], customer_id, customer.version, data)

    asked = []

    def answer_reload(_parent, title, text, *_args):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(errors_module.QMessageBox, "question", answer_reload)
    type_text(qtbot, dialog.address_edit, "人民路 1 号")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert asked and asked[0][0] == "Changed by someone else" and "王建国" in asked[0][1]
    assert dialog.isVisible()  # reloaded, not closed: the stored values are shown
    assert (dialog.city_edit.text(), dialog.address_edit.text()) == ("上海", "")
    type_text(qtbot, dialog.address_edit, "人民路 1 号")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = Customer.get_by_id(customer_id)
    assert (stored.city, stored.address, stored.version) == ("上海", "人民路 1 号", 3)


def test_a_manager_merges_two_customers(qtbot, users, login_as, monkeypatch):
    manager = users["manager"]
    older = add_customer(manager, "华信科技", ContactInput(name="李雷", mobile="13900001111"), owner=users["sales1"])
    newer = add_customer(manager, "华信科技有限公司", ContactInput(name="韩梅梅", email="han@example.cn"),
                         industry="电子")
    questions = []
    monkeypatch.setattr(forms, "confirm", lambda _parent, _title, text: questions.append(text) or True)
    _window, screen = open_customers(login_as, "manager")
    screen.table.selectAll()
    qtbot.mouseClick(screen.merge_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert isinstance(dialog, MergeDialog)
    assert dialog.survivor.id == older  # the older one is proposed
    assert [s.contacts for s in dialog.summaries] == [1, 1]
    assert dialog.value_labels[1]["owner"].text() == "张伟"  # row 1: the older customer (newest first)
    dialog.choose_survivor(newer)
    dialog.choose_survivor(older)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    assert questions == ["Merge KH000002 into KH000001? This cannot be undone."]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [c.id for c in Customer.select()] == [older]
    survivor = Customer.get_by_id(older)
    assert survivor.industry == "电子" and survivor.owner_id == users["sales1"].id
    assert sorted(c.name for c in Contact.select().where(Contact.customer == older)) == ["李雷", "韩梅梅"]
    assert screen.shown_names() == ["华信科技"] and screen.selected_ids() == [older]


def test_the_timeline_lists_visits_and_follow_ups_newest_first(qtbot, users, login_as):
    customer_id = add_customer(users["manager"], "博远机械", ContactInput(name="孙磊", mobile="13600001111"),
                               owner=users["sales1"])
    FollowUp.create(customer=customer_id, user=users["sales1"].id, at=now() - dt.timedelta(days=5), kind="call",
                    content="电话沟通需求")
    FollowUp.create(customer=customer_id, user=users["sales1"].id, at=now() - dt.timedelta(days=1),
                    kind="meeting", content="上门拜访")
    register_visit(users["desk1"], VisitInput(visitor_name="孙磊", purpose="看样品", customer_id=customer_id))
    _window, screen = open_customers(login_as, "sales1")
    screen.table.selectRow(0)
    screen.open_customer()
    dialog = screen.current_dialog
    assert dialog.timeline.entries == []  # read when the tab is opened
    dialog.tabs.setCurrentWidget(dialog.timeline)
    model = dialog.timeline.model
    rows = [[model.data(model.index(row, column)) for column in range(1, 5)] for row in range(model.rowCount())]
    assert rows == [["Front-desk visit", "孙磊", "看样品", "林小雨"],
                    ["Follow-up", "Meeting", "上门拜访", "张伟"],
                    ["Follow-up", "Call", "电话沟通需求", "张伟"]]
    assert dialog.timeline.empty_label.isHidden()


def test_a_new_customer_has_no_timeline_and_a_salesperson_cannot_choose_the_owner(qtbot, users, login_as):
    _window, screen = open_customers(login_as, "sales1")
    dialog = new_customer_dialog(qtbot, screen)
    assert dialog.timeline is None and dialog.tabs.count() == 1
    assert not dialog.owner_combo.isEnabled() and dialog.owner_combo.currentText() == "张伟"
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert screen.current_dialog is None


def test_a_supervisor_may_give_customers_to_the_team_or_the_pool(qtbot, users, login_as):
    _window, screen = open_customers(login_as, "sup1")
    dialog = new_customer_dialog(qtbot, screen)
    owners = [dialog.owner_combo.itemText(i) for i in range(dialog.owner_combo.count())]
    assert owners == ["李红梅", "刘洋", "孙磊", "张伟", "赵敏", "(public pool)"]  # team 华东, in pinyin order
    dialog.owner_combo.setCurrentIndex(owners.index("(public pool)"))
    type_text(qtbot, dialog.name_edit, "公海客户")
    dialog.contacts_editor.remove_contact()
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Customer.get().owner_id is None
    wait_for_rows(qtbot, screen, ["公海客户"])


def test_record_a_follow_up_from_the_customer_form(qtbot, users, login_as):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    customer_id = add_customer(users["manager"], "博远机械", owner=users["sales1"])
    _window, screen = open_customers(login_as, "sales1")
    screen.table.selectRow(0)
    screen.open_customer()
    dialog = screen.current_dialog
    assert dialog.follow_up_button.text() == "Record follow-up…"

    def fill_in() -> None:
        form = QApplication.activeModalWidget()
        try:
            type_text(qtbot, form.content_edit, "电话沟通, 约下周拜访")
            form.accept()
        finally:
            if form.isVisible():
                form.reject()

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(dialog.follow_up_button, Qt.MouseButton.LeftButton)
    follow_up = FollowUp.get(FollowUp.customer == customer_id)
    assert (follow_up.content, follow_up.user_id) == ("电话沟通, 约下周拜访", users["sales1"].id)
    assert Customer.get_by_id(customer_id).last_follow_up_at == follow_up.at
    dialog.tabs.setCurrentWidget(dialog.timeline)
    assert dialog.timeline.model.data(dialog.timeline.model.index(0, 3)) == "电话沟通, 约下周拜访"
