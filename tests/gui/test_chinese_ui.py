"""The Chinese interface (zh_CN, the default language): with the translation installed, no screen,
dialog, service message or notification shows an English word.

The other GUI tests run in English (conftest sets SALESDESK_LANG=en) so that they read the source
texts; these install the zh_CN translator the way the application does (i18n.install_translator)
and switch back to English afterwards. The translation is built from the .ts file when the .qm is
missing (it is not in git) or older.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget

from app.models.customer import Customer
from app.models.user import User
from app.services import pool
from app.services.customers import ContactInput
from app.services.demo import DEMO_PASSWORD
from app.services.errors import ConflictError, LoginThrottled, PermissionDenied, ValidationError
from app.services.follow_ups import FollowUpInput, record_follow_up
from app.services.notifications import notify
from app.services.opportunities import OpportunityInput, create_opportunity, pipeline
from app.services.reception import CallInput, VisitInput, register_call, register_visit
from app.services.settings import update_settings
from app.views.errors import error_text
from app.views.i18n import install_translator
from app.views.service_text import translate_service_message
from tests.gui.chinese_texts import english_leftovers, english_words, ensure_translation_built
from tests.gui.customer_helpers import add_customer, staff


@pytest.fixture
def chinese(qapp, demo_db):
    """The zh_CN translator installed for the test, English again afterwards (while the database
    is still open: switching back retranslates the open windows, and some screens read again)."""
    ensure_translation_built()
    assert install_translator(qapp, "zh_CN")
    qapp.processEvents()
    yield
    install_translator(qapp, "en")
    qapp.processEvents()  # the windows still open retranslate now, not after the database closed


@pytest.fixture
def sample_data(demo_db) -> dict[str, int]:
    """A few records of every kind, so lists, boards and notifications have rows to show."""
    people = staff()
    sales1, manager, desk = people["sales1"], people["manager"], people["desk1"]
    update_settings(people["admin"], {"reception_rotation": [sales1.id]})
    mine = add_customer(sales1, "上海甲科技有限公司", ContactInput(name="王强", mobile="13900001111", is_primary=True),
                        owner=sales1, industry="制造业", region="华东", city="上海", interest="high")
    add_customer(manager, "杭州乙贸易有限公司", ContactInput(name="李娜", phone="0571-88889999"), region="华东")
    record_follow_up(sales1, FollowUpInput(mine, "call", "电话沟通需求", next_action="发送报价",
                                           next_action_on=dt.date.today()))
    create_opportunity(sales1, OpportunityInput(mine, "ERP 升级", Decimal("120000"), dt.date.today()))
    register_visit(desk, VisitInput(visitor_name="赵先生", company="苏州丙电子有限公司", phone="13700002222"))
    register_call(desk, CallInput(caller_name="王强", phone="13900001111", summary="询问交期"))
    notify(sales1.id, "pool.returned", "Customer returned to the pool", "No follow-up within the return period.",
           "customer", mine)
    notify(sales1.id, "pool.warning", f"上海甲科技有限公司 returns to the pool on {dt.date.today():%Y-%m-%d}",
           "Record a follow-up to keep this customer.", "customer", mine)
    notify(sales1.id, "reminder", "发送报价", f"Due {dt.date.today():%Y-%m-%d}", "customer", mine)
    return {"customer": mine}


def user_names() -> set[str]:
    """Login names appear as they are (the users list, the login dialog's demo accounts)."""
    return {u.username for u in User.select(User.username)}


def walk_screens(qtbot, window) -> list[str]:
    """Open every screen of the navigation (and every tab in it); the English texts found."""
    problems = []
    allowed = user_names()
    for row, spec in enumerate(window.specs):
        window.select_row(row)
        qtbot.wait(20)  # lists load their first page on the next turn of the event loop
        problems += english_leftovers(window, spec.key, allowed)
        for tabs in window.current_screen.findChildren(QTabWidget):
            for index in range(tabs.count()):
                if tabs.isVisible():
                    tabs.setCurrentIndex(index)
                    qtbot.wait(10)
                    problems += english_leftovers(tabs.currentWidget(), f"{spec.key}/{tabs.tabText(index)}",
                                                  allowed)
    return problems


@pytest.mark.parametrize("username", ["manager", "admin", "desk1", "sales1"])
def test_every_screen_speaks_chinese(qtbot, chinese, sample_data, login_as, username):
    window = login_as(username)
    assert window.screen_titles()[window.navigation.currentRow()] in {"工作台", "前台接待", "用户"}
    problems = walk_screens(qtbot, window)
    assert not problems, "English left in the Chinese interface:\n" + "\n".join(problems)


def _dialogs(actor: User, customer_id: int):
    """Every dialog a user meets, built for `actor` (they are not shown modally here)."""
    from app.views.dialogs.assignment_rules_dialog import AssignmentRulesDialog
    from app.views.dialogs.customer_dialog import CustomerDialog
    from app.views.dialogs.customer_import_dialog import CustomerImportDialog
    from app.views.dialogs.follow_up_dialog import FollowUpDialog
    from app.views.dialogs.merge_dialog import MergeDialog
    from app.views.dialogs.user_dialog import PasswordDialog, UserDialog
    from app.views.first_run_dialog import FirstRunDialog
    from app.views.login_dialog import LoginDialog
    from app.views.pipeline.lost_dialog import LostDialog
    from app.views.pipeline.opportunity_dialog import OpportunityDialog
    from app.views.pool.assign_dialog import AssignDialog
    from app.views.reception.rotation import DutyRotationDialog

    other = Customer.select().where(Customer.id != customer_id).get().id
    card = next(c for stage in pipeline(actor) for c in stage.cards)
    sales1 = User.get(User.username == "sales1")
    yield "login", LoginDialog("manager")
    yield "first run", FirstRunDialog()
    yield "new customer", CustomerDialog(actor)
    yield "customer", CustomerDialog(actor, customer_id)
    yield "follow-up", FollowUpDialog(actor, customer_id)
    yield "merge", MergeDialog(actor, customer_id, other)
    yield "import", CustomerImportDialog(actor)
    yield "new opportunity", OpportunityDialog(actor)
    yield "opportunity", OpportunityDialog(actor, card)
    yield "lost", LostDialog(actor, card)
    yield "assign", AssignDialog(actor, [other], ["杭州乙贸易有限公司"])
    yield "rules", AssignmentRulesDialog(actor)
    yield "rotation", DutyRotationDialog(actor)
    yield "new user", UserDialog(actor)
    yield "user", UserDialog(actor, sales1.id)
    yield "password", PasswordDialog(actor, sales1)


def test_every_dialog_speaks_chinese(qtbot, chinese, sample_data, demo_db):
    manager = User.get(User.username == "manager")
    problems = []
    for name, dialog in _dialogs(manager, sample_data["customer"]):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(10)
        problems += english_leftovers(dialog, name, user_names() | {DEMO_PASSWORD})
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                problems += english_leftovers(tabs.currentWidget(), f"{name}/{tabs.tabText(index)}", user_names())
        dialog.close()
    assert not problems, "English left in the Chinese interface:\n" + "\n".join(problems)


def test_a_refused_form_says_what_to_fix_in_chinese(qtbot, chinese, demo_db):
    from app.views.dialogs.customer_dialog import CustomerDialog

    dialog = CustomerDialog(User.get(User.username == "sales1"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # no name: the service refuses
    message = dialog.errors.message("name")
    assert message == "请填写名称。"


def test_service_messages_with_names_and_numbers_read_chinese(chinese):
    assert translate_service_message("Too many failed attempts. Try again in 42 s.") == "失败次数过多，请 42 秒后再试。"
    assert (translate_service_message("Changed by 张伟 at 2026-11-25 10:30; reload to see the changes.")
            == "张伟 已于 2026-11-25 10:30 修改，请重新加载。")
    claim = translate_service_message(
        "The daily claim limit is 20; you have claimed 20 today and may claim 0 more.")
    assert "20" in claim and "0" in claim and not english_words(claim)
    assert translate_service_message("Customer 12 does not exist.") == "客户（ID 12）不存在。"
    assert translate_service_message("Someone typed this.") == "Someone typed this."
    for exc in (LoginThrottled(30), ConflictError("Changed by 张伟 at 2026-11-25 10:30; reload to see the changes.",
                                                  changed_by="张伟", changed_at=dt.datetime(2026, 11, 25, 10, 30)),
                PermissionDenied("Role 'sales' may not do 'users.manage'."),
                ValidationError({"name": "A name is required.", "phone": "At most 40 characters."})):
        title, text = error_text(exc)
        assert not english_words(title + text.replace("users.manage", "")), (title, text)


def test_a_pool_claim_over_the_limit_is_refused_in_chinese(qtbot, chinese, demo_db, login_as, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    people = staff()
    update_settings(people["admin"], {"claim_limit_per_day": 1})
    for name in ("无锡丁公司", "常州戊公司"):
        add_customer(people["manager"], name)
    pool.claim(people["sales1"], [Customer.get(Customer.name == "无锡丁公司").id])
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    window = login_as("sales1")
    screen = window.open_screen("pool")
    qtbot.waitUntil(lambda: screen.pool_list.model.rowCount() == 1)
    screen.pool_list.table.selectRow(0)
    screen.claim_selected()
    assert shown == [("无法领取", "每日领取上限为 1 个，今天已领取 1 个，还可领取 0 个。")]


def test_the_bell_lists_notifications_in_chinese(qtbot, qtlog, chinese, sample_data, login_as):
    window = login_as("sales1")
    assert window.bell.count >= 4
    with qtlog.disabled():  # offscreen: a popup cannot grab the keyboard
        window.bell.show_popup()
    problems = english_leftovers(window.bell.popup, "bell", user_names())
    texts = " ".join(label.text() for label in window.bell.popup.list.findChildren(QLabel))
    window.bell.popup.hide()
    assert not problems, "\n".join(problems)
    for words in ("客户已退回公海", "在回收期限内没有跟进。", "将于", "请记录一次跟进以保留该客户。", "到期日",
                  "前台：来访", "前台新线索，登记人：林小雨"):
        assert words in texts
