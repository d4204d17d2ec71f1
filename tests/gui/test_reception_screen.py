"""The front desk, driven like a receptionist would: type, pick the match, Ctrl+S, read the panel;
then the salesperson's side: the bell, the notification, the new lead in their customer list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator

from app.models.user import User
from app.services.customer_queries import CustomerFilter, count_customers, customer_page
from app.services.customers import ContactInput, CustomerInput, create_customer
from app.services.notifications import list_notifications, unread_count
from app.services.settings import get_settings, update_settings
from app.views import notifications_bell
from app.views.screens.reception import ReceptionScreen
from app.views.screens.settings import SettingsScreen
from tests.gui.helpers import press_ok, type_text

KNOWN_PHONE = "13812345670"
CTRL = Qt.KeyboardModifier.ControlModifier


def user(username: str) -> User:
    return User.get(User.username == username)


def put_on_duty(*usernames: str) -> None:
    update_settings(user("admin"), {"reception_rotation": [user(name).id for name in usernames]})


@pytest.fixture
def known_customer(demo_db) -> int:
    """上海张三丰科技有限公司, owned by sales1 (张伟), contact 张三丰 with a mobile number."""
    data = CustomerInput(name="上海张三丰科技有限公司", notes="内部备注: 报价 88 万",
                         contacts=[ContactInput(name="张三丰", mobile=KNOWN_PHONE, is_primary=True)])
    return create_customer(user("sales1"), data).id


@pytest.fixture
def desk(login_as) -> ReceptionScreen:
    window = login_as("desk1")
    assert window.screen_titles()[0] == "Front desk"
    screen = window.current_screen
    assert isinstance(screen, ReceptionScreen)
    return screen


def wait_for_matches(qtbot, screen: ReceptionScreen, count: int) -> None:
    qtbot.waitUntil(lambda: not screen.current_form.lookup_pending and screen.matches.count() == count, timeout=3000)


def save(qtbot, screen: ReceptionScreen) -> None:
    qtbot.keyClick(screen.focused_field() or screen, Qt.Key.Key_S, CTRL)


def open_bell(qtlog, bell) -> None:
    # The offscreen platform warns that a popup cannot raise itself or grab the keyboard.
    with qtlog.disabled():
        bell.show_popup()


def test_register_a_visitor_who_is_a_known_customer_and_see_the_owner_notified(qtbot, qtlog, desk, known_customer,
                                                                                 login_as):
    form = desk.visit_form
    assert desk.focused_field() is form.name_edit
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab)
    type_text(qtbot, form.phone_edit, KNOWN_PHONE[-4:])  # a fragment is enough
    wait_for_matches(qtbot, desk, 1)
    match = desk.matches.matches()[0]
    assert (match.name, match.contact_name, match.owner_name) == ("上海张三丰科技有限公司", "张三丰", "张伟")
    assert not hasattr(match, "notes")  # the desk sees no notes, no amounts

    qtbot.keyClick(form.phone_edit, Qt.Key.Key_Down)  # into the list
    assert desk.matches.table.hasFocus()
    qtbot.keyClick(desk.matches.table, Qt.Key.Key_Return)  # choose it
    assert form.customer_id == known_customer
    assert (form.name_edit.text(), form.phone_edit.text(), form.company_edit.text()) == (
        "张三丰", KNOWN_PHONE, "上海张三丰科技有限公司")
    assert desk.focused_field() is form.party_spin
    form.party_spin.setValue(2)
    type_text(qtbot, form.purpose_edit, "谈合同")

    save(qtbot, desk)
    assert desk.panel.text() == "Sent to 张伟 (owner)"
    assert desk.last_result.customer_id == known_customer
    # Cleared for the next visitor, cursor in the first field.
    assert (form.name_edit.text(), form.phone_edit.text(), form.customer_id) == ("", "", None)
    assert desk.focused_field() is form.name_edit
    [row] = desk.today.rows()
    assert (row.name, row.route, row.routed_to_name, row.registered_by_name) == ("张三丰", "owner", "张伟", "林小雨")

    owner_window = login_as("sales1")
    bell = owner_window.bell
    assert (bell.count, bell.text_shown()) == (1, "🔔 1")
    open_bell(qtlog, bell)
    assert bell.popup.isVisible()
    [(title, unread)] = bell.popup.titles()
    assert "张三丰" in title and unread
    opened = []
    notifications_bell.OPENERS["customer"] = lambda parent, context, entity_id: opened.append(entity_id)
    try:
        bell.popup.activate_row(0)
    finally:
        notifications_bell.OPENERS["customer"] = notifications_bell.open_customer
    assert opened == [str(known_customer)]
    assert bell.count == 0 and not bell.popup.isVisible()
    assert unread_count(user("sales1")) == 0


def test_register_a_new_caller_and_see_the_lead_in_the_duty_salespersons_list(qtbot, desk, login_as):
    put_on_duty("sales3")
    desk.refresh()
    assert desk.duty_label.text() == "On reception duty next: 赵敏"
    qtbot.keyClick(desk.tabs, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    form = desk.call_form
    assert desk.current_form is form and desk.focused_field() is form.name_edit
    type_text(qtbot, form.name_edit, "钱七")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)  # Enter: next field
    assert desk.focused_field() is form.phone_edit
    type_text(qtbot, form.phone_edit, "13700001234")
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_Return)
    type_text(qtbot, form.company_edit, "杭州钱七电子有限公司")
    wait_for_matches(qtbot, desk, 0)
    assert "new lead" in desk.matches.hint.text()
    for _field in ("company", "summary", "source"):
        qtbot.keyClick(desk.focused_field(), Qt.Key.Key_Return)
    assert desk.focused_field() is form.survey_check
    qtbot.keyClick(form.survey_check, Qt.Key.Key_Return)  # Enter in the last field registers

    assert desk.panel.text() == "New lead 杭州钱七电子有限公司 assigned to 赵敏 (on duty)"
    assert desk.today.rows()[0].kind == "call"
    assert form.name_edit.text() == ""

    duty_window = login_as("sales3")
    assert duty_window.bell.count == 1
    sales3 = user("sales3")
    names = [row.name for row in customer_page(sales3, CustomerFilter(), 0, 50)]
    assert "杭州钱七电子有限公司" in names
    if "customers" in duty_window.screens or "customers" in [s.key for s in duty_window.specs]:
        customers = duty_window.open_screen("customers")
        assert "杭州钱七电子有限公司" in customers.shown_names()


def test_a_market_survey_is_logged_without_a_lead(qtbot, desk):
    put_on_duty("sales3")
    before = count_customers(user("manager"), CustomerFilter())
    form = desk.visit_form
    type_text(qtbot, form.name_edit, "调研员")
    type_text(qtbot, form.phone_edit, "13700009999")
    form.survey_check.setChecked(True)
    save(qtbot, desk)
    assert desk.panel.text() == "Logged as market survey"
    assert count_customers(user("manager"), CustomerFilter()) == before
    assert unread_count(user("sales3")) == 0
    assert desk.today.rows()[0].route == "survey"


def test_nobody_on_duty_leaves_the_new_lead_in_the_pool(qtbot, desk):
    assert get_settings().reception_rotation == ()
    form = desk.visit_form
    type_text(qtbot, form.name_edit, "王五")
    type_text(qtbot, form.company_edit, "杭州王五电子有限公司")
    save(qtbot, desk)
    assert desk.panel.text() == "New lead 杭州王五电子有限公司 left in the public pool (nobody on duty)"


def test_a_bad_phone_is_marked_under_the_field_and_nothing_is_saved(qtbot, desk):
    form = desk.visit_form
    type_text(qtbot, form.name_edit, "李四")
    type_text(qtbot, form.phone_edit, "12345")
    form.party_spin.setValue(3)
    save(qtbot, desk)
    assert "mobile" in form.errors.message("phone")
    assert desk.panel.text() == "Not registered"
    assert desk.last_result is None and desk.today.rows() == []
    assert (form.name_edit.text(), form.phone_edit.text(), form.party_spin.value()) == ("李四", "12345", 3)
    assert desk.focused_field() is form.phone_edit
    form.phone_edit.selectAll()
    type_text(qtbot, form.phone_edit, "13700005555")
    save(qtbot, desk)
    assert form.errors.message("phone") == ""
    assert desk.last_result is not None


def test_clearing_the_phone_unlinks_the_chosen_customer(qtbot, desk, known_customer):
    form = desk.visit_form
    type_text(qtbot, form.name_edit, "张三")
    wait_for_matches(qtbot, desk, 1)
    qtbot.mouseClick(desk.matches.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=desk.matches.table.visualRect(desk.matches.model.index(0, 0)).center())
    assert form.customer_id == known_customer
    assert form.chosen_view.isVisibleTo(form)
    form.phone_edit.selectAll()
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_Delete)
    assert form.customer_id is None and not form.chosen_view.isVisibleTo(form)


def test_the_desk_sees_only_names_owner_and_status(qtbot, desk, known_customer):
    type_text(qtbot, desk.visit_form.name_edit, "zsf")  # pinyin initials of 张三丰
    wait_for_matches(qtbot, desk, 1)
    model = desk.matches.model
    shown = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert shown == ["上海张三丰科技有限公司", "张三丰", KNOWN_PHONE, "张伟", "Medium", "Lead"]
    assert not any("88" in str(value) or "备注" in str(value) for value in shown)


def test_the_admin_sets_the_duty_rotation_in_settings(qtbot, login_as):
    window = login_as("admin")
    screen = window.open_screen("settings")
    assert isinstance(screen, SettingsScreen)
    box = screen.duty_box
    assert "Nobody is on reception duty" in box.summary.text()
    qtbot.mouseClick(box.change_button, Qt.MouseButton.LeftButton)
    dialog = box.current_dialog
    assert dialog is not None
    for name in ("赵敏", "周杰"):
        dialog.set_checked(name, True)
    dialog.list.setCurrentRow(dialog.names().index("周杰"))
    for _step in range(dialog.names().index("周杰")):
        qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert dialog.names()[0] == "周杰"
    press_ok(qtbot, dialog)
    assert box.current_dialog is None
    assert get_settings().reception_rotation == (user("sales5").id, user("sales3").id)
    assert box.summary.text() == "In turn: 周杰 → 赵敏\nNext new lead goes to: 周杰"


def test_the_bell_marks_all_read_and_polls(qtbot, qtlog, login_as, known_customer):
    from app.services.reception import VisitInput, register_visit

    window = login_as("sales1")
    assert window.bell.count == 0
    for name in ("张三丰", "张三丰的同事"):
        register_visit(user("desk1"), VisitInput(visitor_name=name, phone=KNOWN_PHONE))
    window.bell.timer.timeout.emit()  # the 30 s poll
    assert window.bell.count == 2
    open_bell(qtlog, window.bell)
    assert [unread for _title, unread in window.bell.popup.titles()] == [True, True]
    qtbot.mouseClick(window.bell.popup.mark_all_button, Qt.MouseButton.LeftButton)
    assert window.bell.count == 0
    assert [unread for _title, unread in window.bell.popup.titles()] == [False, False]
    assert all(row.read for row in list_notifications(user("sales1")))


def test_a_notification_opens_the_customer_form(qtbot, login_as, known_customer):
    from PySide6.QtWidgets import QDialog

    from app.services.reception import VisitInput, register_visit

    register_visit(user("desk1"), VisitInput(visitor_name="张三丰", phone=KNOWN_PHONE))
    window = login_as("sales1")
    [row] = list_notifications(user("sales1"))
    with qtbot.waitSignal(window.bell.opened) as opened:
        window.bell.open_notification(row)
    assert opened.args == ["customer", str(known_customer)]
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(dialogs) == 1 and type(dialogs[0]).__name__ == "CustomerDialog"
    assert getattr(dialogs[0], "customer_id", known_customer) == known_customer
    dialogs[0].reject()
    assert window.bell.count == 0


class MarkingTranslator(QTranslator):
    """Wraps every text in «», so a test sees which texts went through tr() again."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"«{source_text}»"

    def isEmpty(self):  # an empty translator would not trigger a LanguageChange
        return False


def test_switching_the_language_keeps_what_was_typed(qtbot, qapp, desk, login_as):
    type_text(qtbot, desk.visit_form.name_edit, "张三")
    register_visit_result = desk.register()
    assert register_visit_result is not None
    type_text(qtbot, desk.visit_form.name_edit, "李四")
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    qapp.processEvents()  # LanguageChange reaches the widgets through the event queue
    try:
        assert desk.register_button.text() == "«Register»"
        assert desk.tabs.tabText(1) == "«&Call»"
        assert desk.panel.text().startswith("«New lead")
        assert desk.matches.model.headerData(0, Qt.Orientation.Horizontal) == "«Customer»"
        assert desk.visit_form.source_combo.currentText() == "«Visit»"
        assert desk.visit_form.name_edit.text() == "李四"
        assert desk.window().bell.toolTip() == "«No unread notifications»"
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
    assert desk.register_button.text() == "Register"
